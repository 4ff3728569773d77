/* The pattern scan does work linear in its input whatever the input holds: for each
 * adversarial shape (a long JWT signature, long key bodies, long digit runs, repeated
 * e-mail fragments, PEM lines, assignments …) the bytes the span finders and validators
 * examine grow at most ~5x when the input grows 4x, and stay under a fixed number per
 * input byte. Nothing is timed: scrub/patterns.c is compiled into this test with its work
 * counter (LETHE_PATTERN_WORK), so the figures are the same on any machine and under ASan. */
#define LETHE_PATTERN_WORK
#include "scrub/patterns.c"
/* The cue words, keys and table columns (issue 15) count into the same counter. */
#include "scrub/columns.c"

#include "tests/unit/pattern_testing.h"
#include "tests/unit/work_testing.h"

static struct column_cues cues;


static const struct shape shapes[] = {
    { "JWT signature", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.", "SflKxwRJSMeKKF2QT4fwpMeJf36P", "" },
    { "JWT-shaped run", "", "eyJhbGciOi.", "" },
    { "OpenAI key body", "sk-proj-abcdefghijklmnopqrstT3BlbkFJ", "Ab3dE_f9-hIj", "" },
    { "Anthropic key body", "sk-ant-api03-", "AbcdEfgh12-_AA", "" },
    { "GitHub token body", "ghp_", "aB3dE4fG5h", "" },
    { "GitHub PAT body", "github_pat_", "aB3_dE4fG5h", "" },
    { "repeated GitHub prefixes", "", "ghp_aB3dE4fG5hghp_", "" },
    { "AWS key id body", "AKIA", "ABCDEFGHIJKLMNOP234567", "" },
    { "repeated AWS prefixes", "", "AKIAABCD", "" },
    { "Google key body", "AIza", "SyA-b_3dE4fG5h", "" },
    { "repeated Google prefixes", "", "AIzaSyB3", "" },
    { "Slack token body", "xoxb-", "12345-abcdE", "" },
    { "Stripe key body", "sk_live_", "aB3dE4fG5h", "" },
    { "token after cues", "", "token=aB3dE4fG5hX9", "" },
    { "high-entropy token", "api_key: ", "aB3dE4fG5hX9_kLm-Q7", "" },
    { "password assignments", "", "DB_PASSWORD=hunter2x", "" },
    { "password lines", "", "DB_PASSWORD=hunter2x\n", "" },
    { "password parameters", "", "Password=hunter2x;", "" },
    { "password is sentences", "", "the password is hunter2x. ", "" },
    { "long assigned value", "DB_PASSWORD=", "s3cr3t!Xy", "" },
    { "AWS secret assignments", "", "aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY ", "" },
    { "PEM END lines", "-----BEGIN RSA PRIVATE KEY-----\n", "MIIE\n-----END RSA PRIVATE KEY-----\n", "" },
    { "e-mail fragments", "", "a@a.", "com" },
    { "e-mail addresses", "", "ab@cd.ef ", "" },
    { "digits", "", "4111111111", "" },
    { "grouped digits", "", "4111 ", "" },
    { "single digits", "", "1 ", "" },
    { "dashed digits", "", "123-45-", "6789" },
    { "dotted digits", "", "10.1.", "2.3" },
    { "IPv6 groups", "", "fe80:", ":1" },
    { "phone digits", "", "+47 912 ", "" },
    { "phone cues", "", "phone 415 555 ", "2671" },
    { "IBAN groups", "DE89 ", "3704 ", "" },
    { "NINO groups", "", "AB 12 34 ", "56 C" },
    { "routing cues", "", "routing 0", "11000015" },
    { "URL password body", "postgres://app:", "aB3dE4!fG5h", "@db.example.com" },
    { "URL credentials", "", "redis://u:pW9x@", "" },
    { "URL users with '@'", "s://", "me@ex.com", ":pw@h.io" },
    { "e-mails after URL users", "smtp://u:", "p!w@h.io,", "" },
    { "connection parameters", "", ";Password=aB3d;Encrypt=", "" },
    { "parameter-like value", "Password=", "a;b;c;d&e", "" },
    { "long parameter names", "Password=aB3dE4fG;", "Abcdefghij", "=x" },
    { "authorization headers", "", "Authorization: Bearer aB3dE4fG5h\n", "" },
    { "long bearer token", "Authorization: Bearer ", "aB3dE4fG5h", "" },
    { "hex under keys", "session_key=", "0123456789abcdef", "" },
    { "repeated hex keys", "", "session_key=0123456789abcdef ", "" },
    { "Telegram-shaped", "", "123456789:AAHfiqksKZ8WmR2zSjiQ7_v4TMAKdiHm9T0:", "" },
    { "webhook path", "https://hooks.slack.com/services/", "T0123ABCD/", "" },
    { "mysql -p flags", "mysql ", "-u root -pQw3rty9x ", "" },
    { "curl -u flags", "curl ", "-u admin:Adm1nPw ", "" },
    { "CLI flags", "", " --password Pg5Secret1", "" },
    { "placeholder words", "API_KEY=", "your_api_key_", "" },
    { "docker auths", "", "\"auth\": \"dXNlcjpwYXNzd29yZA==\", ", "" },
    { "getConnection calls", "", "getConnection(url, \"app\", \"pW9x2kQ\");", "" },
    { "mysql -p runs", "mysql ", "-p", "" },
    { "sig= parameters", "", "&sig=Ab3dEf9hIjKlMnOp%2B", "" },
    /* Secrets whose name is not joined to the value by '=' or ':' (issue 15, dev3). */
    { "name/value pairs", "", "{\"key\": \"db_password\", \"value\": \"aB3dE4fG5h\"}, ", "" },
    { "pair names without values", "", "{\"key\": \"db_password\",\n  ", "" },
    { "XML elements", "", "<password>aB3dE4fG5h</password>", "" },
    { "quoted names in code", "", "t.Setenv(\"DB_PASSWORD\", \"aB3dE4fG5h\"); ", "" },
    { "setters", "", ".password(\"aB3dE4fG5h\")", "" },
    { "Terraform variables", "", "variable \"db_password\" { default = \"aB3dE4fG5h\" }\n", "" },
    { "password words", "", "password aB3dE4fG5h9 ", "" },
    { "long value after a password word", "the password is ", "aB3dE4fG5h", "" },
    { "password words alone", "", "password password token ", "" },
    { "redis -a flags", "", "redis-cli -a aB3dE4fG5h ", "" },
    { "escaped JSON secrets", "", "\\\"password\\\":\\\"aB3dE4fG5h\\\",", "" },
    { "hex under keys", "", "routing_key: 0123456789abcdef0123\n", "" },
    { "Go DSNs", "", "app:pW9x2kQ@tcp(db:3306)/x ", "" },
    { "long Go DSN password", "app:", "aB3dE4fG5h", "@tcp(db)/x" },
    { "tokens as URL users", "", "https://aB3dE4fG5hX9kLmQ7@h.io ", "" },
    { "long URL user", "https://", "aB3dE4fG5h~", "@h.io" },
    { "Oracle thin URLs", "", "jdbc:oracle:thin:scott/t1ger@db:1521/X ", "" },
    { "pgpass lines", "", "\nh:5432:d:u:aB3dE4fG5h9", "" },
    /* Round three (issue 15, unseen halves): parents of secrets, prose between a password
     * word and its verb, chat answers, logins as pairs, headers, cookies, secret columns. */
    { "secret parents", "secrets:\n", "  db: aB3dE4fG5h9\n", "" },
    { "secret parents in JSON", "{\"apiKeys\": {", "\"a\": \"aB3dE4fG5h9\", ", "}}" },
    { "words after password", "", "password for the wifi is aB3dE4fG5h9 ", "" },
    { "password questions", "", "the redis pass?\n<ops> it's aB3dE4fG5h9\n", "" },
    { "logins as pairs", "", "user a@b.io, pass aB3dE4fG5h9 ", "" },
    { "x- headers", "", "X-Functions-Key: aB3dE4fG5h9\n", "" },
    { "cookies", "Cookie: ", "session=aB3dE4fG5h9; ", "" },
    { "secret columns", "user,password\n", "app,aB3dE4fG5h9\n", "" },
    { "secret words in lines", "", "pass,token;secret|", "\n1" },
    /* Words that name a token, packed (scrub/named_tokens.h reads the token from each, and
     * the labelled key from each "key"): a window of 20 bytes per word must not be read again. */
    { "key words packed", "", "key ", "" },
    { "key- runs packed", "", "key-", "" },
    { "api key words packed", "", "api key ", "" },
    { "API Key: labels packed", "", "API Key: ", "" },
    { "glued credential words packed", "", "apikeytokensecret", "" },
    { "remarks after token words", "", "token (prod) ", "" },
    { "session id words", "", "session id ", "" },
    { "labelled keys", "", "Integration key: aB3dE4fG5hX9kLmQ7 ", "" },
    { "routing cues in other languages", "", "Routingnummer 0", "11000015" },
    /* Structure as context (scrub/columns.c): cue words with and without values, keys,
     * tables, long header lines, values before their cue, dates after birth cues. */
    { "cue words alone", "", "tel ", "" },
    { "cue words in one line", "", "phone,", "" },
    { "cue words in a table line", "", "|phone", "\n|1" },
    /* Every prose line with a cue word is tested as a blank-aligned header (two blanks in
     * a row, sixteen bytes a step) and its possessives looked up in indexed word lists. */
    { "cue lines without double blanks", "", "my phone is at the desk of mi amigo, his number is on it\n", "" },
    { "cue lines with late double blanks", "", "her phone number of the day is 4 and  5\n", "" },
    { "cue words around digits", "", "tel 1 ", "" },
    { "digit runs after a cue", "tel ", "1234567 ", "" },
    { "keys with values", "", "ssn: 123456789\n", "" },
    { "JSON records", "[", "{\"phone\": \"+47 912 34 567\", \"dob\": \"12.03.1985\"}, ", "]" },
    { "CSV rows", "id,phone,ssn,dob\n", "1,91234567,123456789,1985-03-12\n", "" },
    { "psql rows", " id | telefon\n----+---------\n", "  1 | 912 34 567\n", "" },
    { "birth cues", "", "born 12 March 1985 ", "" },
    { "values before cues", "", "12345678 is my phone number ", "" },
    { "labels of several words", "", "Mi n\xc3\xbamero de seguro social es 131951726. ", "" },
    { "labels without values", "", "Social Security Number ", "" },
    /* A prose cue word near a digit with three words after it and one before: the labels
     * classify_prose tries, split once; and one word of many parts, read label by label. */
    { "prose cue words with words around", "", "the office desk line was 7, ", "" },
    { "prose cue words before many-part words", "", "office a-b-c-d-e-f-g-h-i-j-k-l-m-n 1 ", "" },
    { "unclosed quotes after keys", "", "phone: \"", "" },
    /* Round two: SQL column lists, pairs of numbers, values on the next line. */
    { "SQL tuples", "INSERT INTO c (id, phone, birth_date) VALUES\n", "  (1, '91234567', '1993-01-12'),\n", "" },
    { "SQL headers with open quotes", "", "INSERT INTO c (phone) VALUES ('", "" },
    { "SQL long cells", "INSERT INTO c (phone, note) VALUES (1, '", "abc ", "')" },
    { "numbers joined by or", "Handy 0171 1234567", " oder 1 or 2 ou 3", "" },
    { "phone pairs", "", "Erreichbar unter 0171 1234567 oder dienstlich 0151 23456789. ", "" },
    { "YAML lists under a key", "phones:\n", "  - 91234567\n", "" },
    { "labels on their own lines", "", "Telefon:\n", "" },
    { "chat answers", "", "what's your social\n[1/2/24, 10:00] A: 536 22 8726\n", "" },
    { "cues after values with 's", "", "536228726 \xe2\x80\x94 that's my social, ", "" },
    { "national numbers with slashes", "", "Handy: 0221/", "1246821" },
    /* Round four (issue 15, dev4/dev5 classes): values on the line after their name, logins'
     * outcomes, positional passwords, quoted values with '&', phones before other numbers,
     * dotted and slashed phones, blank-aligned tables, SSNs after their last four digits,
     * key fingerprints. */
    { "values on the next line", "", "\"password\":\n    \"aB3dE4fG5h9\",\n", "" },
    { "YAML block scalars", "", "token: |\n    aB3dE4fG5h9\n", "" },
    { "login outcomes", "", "AUTH fails with aB3dE4fG5h9 ", "" },
    { "password words before a service", "", "mot de passe redis aB3dE4fG5h9 ", "" },
    { "positional passwords", "", "AUTH app aB3dE4fG5h9\nACL SETUSER u on >aB3dE4fG5h9 ", "" },
    { "quoted values with parameters", "SECRET_KEY = 'a", "&k=v9", "'" },
    { "phones before numbers", "", "(512) 247 0060 738312933 ", "" },
    { "dotted and slashed phones", "", "418.92.624 072.663.56.78 04/72/18/93/55 22-31-47-09 ", "" },
    { "blank-aligned tables", "     name     phone     iban\n", "17   Ola Nordmann   412 34 567   x\n", "" },
    { "blank-aligned long rows", "     name     phone\n1", "  a", "\n" },
    /* A carriage return right after a cell's two blanks: the cell reader stood still on it
     * and the row was counted for ever (found by fuzz_scrub). */
    { "blank-aligned rows with a bare CR", "rtn       phone\n", "rtn     P\r  g 4203\n", "" },
    { "SSN after short numbers", "", "SSN: 12 \xe2\x80\x94 34 \xe2\x80\x94 ", "" },
    { "key fingerprints", "ssh_key: MD5:", "e6:d7:", "a7" },
    { "twilio clients", "", "Client(\"AC0123456789abcdef0123456789abcdef\", \"0123456789abcdef0123\") ", "" },
    /* Round five (issue 15, dev6 classes): passphrases of words, quoted with blanks, bars
     * and arrows between a name and its value, tools' positional passwords, cheque and
     * NACHA routing numbers, dates with Roman or year-first months, places before a cue. */
    { "word passphrases", "", "signing.password=otter purple kettle 52\n", "" },
    { "long word passphrase", "password: ", "otter ", "" },
    { "quoted passphrases", "", "password: \"blue horse 42!\" ", "" },
    { "long quoted passphrase", "password: \"", "blue horse ", "\"" },
    { "bars and arrows", "",
      "webhook_secret|aB3dE4fG5h9\nadmin.password <- aB3dE4fG5h9\n| Password | aB3dE4fG5h9 |\n", "" },
    { "tools' positional passwords", "",
      "keytool -storepass aB3dE4fG5h9 lftp -u u,aB3dE4fG5h9 smbclient -U u%aB3 ", "" },
    { "cheque and NACHA lines", "",
      "|:047039241|: 6845 \u2446066300362\u2446\n101 254900370 9\n622 076690402 8\n", "" },
    { "long MICR digit runs", "|:", "0123456789", "" },
    { "Roman and year-first dates", "", "Pasient A, f. 02.IX.1950, f. 1979 mai 11, f. 1965-des-07, DÉC ", "" },
    { "places before birth cues", "", "am 17. M\xc3\xa4rz 1984 in Hamburg geboren. ", "" },
    /* Round six (issue 15, dev5-dev7 secret classes): values read back from a password word
     * after them, echo and printf pipes read back to their prefix, a command's printed
     * output, redis replies, test selectors, one-dash flags, clauses before a verb. */
    { "values before password words", "", "Xk9#mPq2vL er passordet ", "" },
    { "password words after words", "", "a is the new wlan password ", "" },
    { "repeated password words", "", "password ", "" },
    { "echo pipes", "", "echo aB3dE4fG5h9 | docker login --password-stdin ", "" },
    { "echo prefixes before many pipes", "echo ", "x| --password-stdin ", "" },
    { "printf pipes", "", "printf '%s' aB3dE4fG5h9 | sudo -S ls\n", "" },
    { "printed secrets", "", "$ cat auth.txt\nana@example.com\naB3dE4fG5h9\n", "" },
    { "redis replies", "", "1) \"password\"\n2) \"aB3dE4fG5h9\"\n", "" },
    { "test selectors", "", "cy.get('#password').type('aB3dE4fG5h9')\n", "" },
    { "one-dash flags", "", " -password aB3dE4fG5h9 -pass pass:aB3dE4fG5h9", "" },
    { "clauses before a verb", "", "Das Passwort f\xc3\xbcr die Staging-Kiste ist aB3dE4fG5h9, ", "" },
    { "sentences after a password word", "", "the password is never sent over plain email ", "" },
    { "SQL secret columns", "INSERT INTO u (name, password) VALUES\n", "  ('a', 'aB3dE4fG5h9'),\n", "" },
    { "secret words closing parentheses", "", "(password) (token, x) ", "" },
    { "changed passwords", "", "changed the password to aB3dE4fG5h9 and ", "" },
    { "keys in signing calls", "", "jwt.encode(p, 'aB3dE4fG5h9') hmac.new(b'aB3dE4fG5h9', m) ", "" },
    { "signing calls without keys", "", "jwt.encode(", "" },
    /* Round eight (dev8 secret classes): typed values, credentials in lists and in a JSON
     * string, remarks before a token, access codes, what one types, whose login is which,
     * values that open with '&'. */
    { "typed values", "", "-> db.password: Str(aB3dE4fG5h9) api_key: Some(\"aB3dE4fG5h9\") ", "" },
    { "wrapped values without end", "password: Str(", "aB3dE4fG5h9(", "" },
    { "credentials in lists", "",
      "\"credentials\": [{\"type\": \"password\", \"value\": \"aB3dE4fG5h9\"}] JWT_SECRET: '{\"key\":\"0a1b\"}' ", "" },
    { "remarks before tokens", "", "signing secret (from the dashboard): aB3dE4fG5h9Xk9mPq2vLzzQ ", "" },
    { "long remarks", "secret ", "(x) ", "" },
    { "access codes", "", "new code for the door is aB3dE4fG5h9, d\xc3\xb8rkoden er aB3dE4fG5h9. ", "" },
    { "what one types", "", "the thing you type at the vpn prompt is aB3dE4fG5h9, was du eintippst, ist ", "" },
    { "whose login", "", "both need a login; Mary's is aB3dE4fG5h9. ", "" },
    { "logins before possessives", "login ", "Tom's is ", "" },
    { "values opening with an ampersand", "", "the password is &Uv7Xf!K*L71 &lt;aB3dE4fG5h9&gt; ", "" },
    { "comma options", "", "-o username=u,password=aB3dE4fG5h9,vers=3.0 ", "" },
    { "long comma runs", "password=a", ",b", "" },
    { "user and password flags", "", "psexec -u admin -p aB3dE4fG5h9 -u x -p ", "" },
    { "protocol logins in traced writes", "",
      "write(3, \"PASS aB3dE4fG5h9\\r\\n\", 19)\n\"a1 LOGIN u aB3dE4fG5h9\\0\" ", "" },
    { "escapes closing a string", "\"password aB3", "\\n", "\"" },
    /* Round seven (issue 15, dev7 number classes): owners between a cue and its value, a
     * second personnummer after a conjunction, redis replies and X12 segments, remarks in
     * parentheses, values before dotted labels, birth dates with short years, toll-free
     * letters, a trunk 0 in parentheses, bare personnummer and Steuer-IDs. */
    { "owners after cues", "", "Geburtsdatum von Anna Maria Schmidt-Lange steht ", "" },
    { "owners before a colon", "Fecha de nacimiento de ", "Ana Sáenz de ", ": 1" },
    { "joined personnummer", "", "personnummer 196908029348 och min morfar har 7506013262. ", "" },
    { "long conjunction runs", "personnummer 196908029348", " och", "" },
    { "numbered replies", "", "1) \"dob\"\n2) \"1962-01-19\"\n3) \"phone\"\n4) \"912 34 567\"\n", "" },
    { "numbered lines", "3) \"dob\"\n", "12) ", "" },
    { "X12 segments", "", "REF*0F*028178287~DMG*D8*19561209*F~REF*SY*", "" },
    { "remarks in parentheses", "SSN ", "(see form ", "): 1" },
    { "values before dotted labels", "", "146 24 5520 as the soc. sec. no. ", "" },
    { "short birth years", "", "f\xc3\xb8" "dt 14. mai -87, DOB Sep-19-1981, born March the 28th, '70 ", "" },
    { "toll-free letters", "", "1-888-DENTIST (877) GET-HELP +1 800 ", "" },
    { "trunk 0 in parentheses", "", "(0)72-742 36 89 (0)", "" },
    { "bare personnummer and Steuer-IDs", "", "195503232430 61 803 152 495 19", "" },
    { "HL7 segments", "",
      "PID|1||4||D^J||19800101|F|||x||6177711947||||||108564379\nNK1|1|D^J|SPO|||2065475241\n", "" },
    { "HL7 fields without end", "PID|", "1|", "" },
    { "HL7 names in a line", "", "PID|", "" },
    { "phone signs and abbreviations", "", "\xe2\x98\x8e 3127950616 Tfno.: 6067 ph. 1 Signal: 9402 kontakt ", "" },
    { "birthday words", "", "bursdagen 03.03.1985 cumplea\xc3\xb1os fnac: 1 RT 0 ", "" },
    /* Round eight (issue 15, dev8 number classes): values taken up by a pronoun or a
     * when-clause before their cue, GEDCOM births, a form's '+' spaces, stacked form labels,
     * blank-aligned headers holding a comma, one-value lists. */
    { "values taken up before cues", "", "1 das ist die Steuer-ID 2, som allts\xc3\xa5 \xc3\xa4r personnumret ", "" },
    { "when clauses before birth cues", "", "1 that's when a b c d was born ", "" },
    { "GEDCOM births", "", "1 BIRT\n2 DATE 25 IX 2001\n", "" },
    { "form-encoded spaces", "", "my+ssn+is+", "" },
    { "stacked form labels", "", "Full legal name\nDate of birth\nSocial Security No.\n", "" },
    { "stacked form labels and values", "", "Date of birth\nSocial Security No.\n1\n2\n", "" },
    { "blank-aligned comma headers", "", "Name, Vorname          Geburtsdatum        Steuer-ID\n", "" },
    { "one-value lists", "", "\"birthdate\": [\"1\"], ", "" },
    { "quoted JSON keys on a comma line", "\"dob\": ", "\"a\": [\"1\"], \"phone\": 2, ", "\n" },
    /* Credential words packed: each is an anchor of the key reader, which reads a packed run of
     * name bytes or an unended value once per scan (scrub/secret_keys.h). */
    { "key words", "", "key ", "" },
    { "api key words", "", "api key ", "" },
    { "glued credential words", "", "apikeytokensecret", "" },
    { "credential words, punctuation", "", "pass;key,token|secret/auth:bearer(", "" },
    { "packed credential keys", "", "DB_PASSWORD_api_key.token-", "" },
    { "packed assignments", "", "x=DB_PASSWORD=hunter2x", "" },
};

/* Bytes examined while scanning the shape at `size` bytes. */
static size_t work_for(const struct shape *shape, size_t size, size_t *len)
{
    enum { MAX_CANDIDATES = 1 << 16 };
    static struct candidate found[MAX_CANDIDATES];
    char *text = build_shape(shape, size, len);
    pattern_work = 0;
    size_t count = pattern_set_scan(&set, text, *len, found, MAX_CANDIDATES);
    assert_true(count != (size_t)-1 && count < MAX_CANDIDATES);
    count = column_cues_find(&cues, text, *len, found, MAX_CANDIDATES);
    free(text);
    assert_true(count != (size_t)-1 && count < MAX_CANDIDATES);
    return pattern_work;
}

/* Every shape's work grows linearly (work_testing.h). */
static void work_is_linear_in_the_input(void **state)
{
    (void)state;
    assert_work_linear(shapes, sizeof shapes / sizeof shapes[0], work_for);
}

static int setup(void **state)
{
    compile_builtin(state);
    char error[256];
    if (!column_cues_init(&cues, builtin_entity_types, builtin_entity_type_count, error, sizeof error)) {
        fail_msg("%s", error);
    }
    return 0;
}

static int teardown(void **state)
{
    column_cues_release(&cues);
    return release_builtin(state);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(work_is_linear_in_the_input),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}

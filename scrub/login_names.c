#include "scrub/login_names.h"

#include <string.h>

#include "transforms/foundation/ascii.h"
#include "transforms/foundation/caseless.h"
#include "transforms/foundation/latin1_fold.h"

enum { MAX_LOGIN = 32, MAX_CUE_TAIL = 32, MIN_GLUED_PART = 4, MAX_FILLERS = 2 };

/* Flags that make a word of a language of a first name or a name part ("will", "mark", "kan"). */
#define WORD_FLAGS (NAME_WORD | NAME_FOREIGN_WORD | NAME_SENTENCE_WORD | NAME_NEVER | NAME_PLACE | NAME_CUE)

/* The accounts of systems, services, robots and shared desks: form words, never a person's login. */
static const char *const system_accounts[] = {
    "root", "admin", "admins", "administrator", "administrador", "administrateur", "postgres", "postgresql",
    "www-data", "www", "nginx", "apache", "httpd", "ubuntu", "debian", "centos", "fedora", "alpine", "ec2-user",
    "git", "gitlab", "github", "gitlab-runner", "nobody", "daemon", "deploy", "deployer", "jenkins", "ansible",
    "backup", "backups", "grafana", "prometheus", "monitoring", "nagios", "zabbix", "mysql", "mariadb", "redis",
    "oracle", "vagrant", "docker", "bin", "sys", "sync", "mail", "ftp", "guest", "test", "tester", "demo", "user",
    "users", "support", "service", "system", "operator", "postmaster", "hostmaster", "webmaster", "sa", "dba",
    "elastic", "kibana", "tomcat", "jira", "confluence", "bamboo", "sonar", "nexus", "ci", "cd", "build", "runner",
    "bot", "robot", "noreply", "no-reply", "anonymous", "default", "public", "dev", "prod", "staging", "local",
    "localhost", "unknown", "none", "null", "sshd", "systemd", "messagebus", "syslog", "cron", "nfsnobody",
    "games", "man", "lp", "news", "uucp", "proxy", "list", "irc", "gnats", "pi", "azureuser", "opc", "cloud-user",
    "manager", "owner", "master", "superuser", "guest1", "user1", "test1", "demo1", "travis", "circleci",
    "buildkite", "teamcity", "drone", "oauth", "oauth2", "oauth2accesstoken", "x-access-token", "x-oauth-basic",
    "token", "apikey", "api", "service-account", "serviceaccount",
};

static bool separator(unsigned char c)
{
    return c == '.' || c == '_' || c == '-';
}

/* A byte of a login: a letter of either case, a UTF-8 letter's byte, a digit, or a separator. */
static bool login_byte(unsigned char c)
{
    return ascii_alnum(c) || c >= 0x80 || separator(c);
}

static bool is_system_account(const char *token, size_t len)
{
    if (caseless_in_list(token, len, system_accounts, sizeof system_accounts / sizeof system_accounts[0])) {
        return true;
    }
    /* svc_sql, svc-backup, ci-bot, dependabot, renovate-bot: a service's or a robot's by its form */
    if (len > 3 && caseless_equals(token, 3, "svc") && separator((unsigned char)token[3])) {
        return true;
    }
    return len >= 3 && caseless_equals(token + len - 3, 3, "bot");
}

/* The gazetteer's flags of text[0, len) in small letters (or capitals), spelled as the lists spell it:
 * its first letter a capital ("smith" -> "Smith", "JÜRGEN" -> "Jürgen", "åse" -> "Åse"). */
static unsigned part_flags(const struct name_table *table, const char *part, size_t len)
{
    char spelled[MAX_LOGIN] = { 0 };
    if (len == 0 || len > sizeof spelled) {
        return 0;
    }
    for (size_t i = 0; i < len; i++) {
        /* a Latin-1 capital in a word in capitals folds with the ASCII ones */
        spelled[i] = (char)latin1_fold(i > 0 ? (unsigned char)part[i - 1] : 0, (unsigned char)part[i]);
    }
    unsigned char first = (unsigned char)spelled[0];
    if (ascii_lower(first)) {
        spelled[0] = (char)(first - 'a' + 'A');
    } else if (first == 0xC3 && len > 1 && (unsigned char)spelled[1] >= 0xA0 && (unsigned char)spelled[1] <= 0xBE
               && (unsigned char)spelled[1] != 0xB7) {
        spelled[1] = (char)(spelled[1] - 0x20);
    }
    return name_flags(table, spelled, len);
}

static bool first_name(unsigned flags)
{
    return (flags & NAME_FIRST) && !(flags & WORD_FLAGS);
}

/* A name part that is no word of any language: a surname the login may carry alone or glued. */
static bool plain_name_part(unsigned flags)
{
    return (flags & (NAME_PART | NAME_FIRST)) && !(flags & (WORD_FLAGS | NAME_DICTIONARY_WORD));
}

/* A name part beside a first name: a dictionary word is a surname there ("kari.berg"). */
static bool name_part(unsigned flags)
{
    return (flags & (NAME_PART | NAME_FIRST)) && !(flags & (NAME_NEVER | NAME_PLACE | NAME_CUE));
}

/* A name part glued to an initial or a first name: an English word that is a surname is one there
 * ("jsmith"), and so is a dictionary word of the other languages ("knordmann", "aberg"). */
static bool glued_name_part(unsigned flags)
{
    return (flags & (NAME_PART | NAME_FIRST))
           && !(flags & (NAME_NEVER | NAME_PLACE | NAME_CUE | NAME_FOREIGN_WORD | NAME_SENTENCE_WORD));
}

static bool letters_only(const char *part, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        if (!(ascii_letter((unsigned char)part[i]) || (unsigned char)part[i] >= 0x80)) {
            return false;
        }
    }
    return true;
}

/* One run of letters: a first name, a plain name part, an initial and one, one and an initial, or a
 * first name and a name part glued. At most len + 3 probes. */
static bool one_part_is_person(const struct name_table *table, const char *part, size_t len)
{
    unsigned whole = part_flags(table, part, len);
    if (first_name(whole) || (len >= MIN_GLUED_PART && plain_name_part(whole))) {
        return true;
    }
    if (whole != 0 || len < MIN_GLUED_PART + 1 || (unsigned char)part[0] >= 0x80) {
        return false;                 /* a word of the lists that is no name says what it is */
    }
    if (glued_name_part(part_flags(table, part + 1, len - 1))
        || ((unsigned char)part[len - 1] < 0x80 && glued_name_part(part_flags(table, part, len - 1)))) {
        return true;                  /* "jsmith", "knordmann"; "smithj" */
    }
    for (size_t split = 3; split + 3 <= len; split++) {
        if ((unsigned char)part[split] >= 0x80 && ((unsigned char)part[split] & 0xC0) == 0x80) {
            continue;                 /* inside a UTF-8 letter */
        }
        if (first_name(part_flags(table, part, split))
            && glued_name_part(part_flags(table, part + split, len - split))) {
            return true;              /* "johnsmith" */
        }
    }
    return false;
}

/* Two runs of letters joined by `joint` ('.', '_' or '-'). */
static bool two_parts_are_person(const struct name_table *table, const char *a, size_t a_len, char joint,
                                 const char *b, size_t b_len)
{
    unsigned first = part_flags(table, a, a_len), second = part_flags(table, b, b_len);
    bool first_is_name = a_len >= 2 && (first_name(first) || (a_len >= MIN_GLUED_PART && plain_name_part(first)));
    if (first_is_name && (name_part(second) || b_len <= 2 || (second == 0 && b_len >= MIN_GLUED_PART))) {
        return true;                  /* "john_smith", "ola_n", "kari.n", "nordmann.kari" */
    }
    if ((first & NAME_FIRST) && !(first & (NAME_NEVER | NAME_PLACE | NAME_CUE)) && plain_name_part(second)) {
        return true;                  /* a first name that is a word beside a surname that is none ("mark_hansen") */
    }
    /* "jo.smith", "j.smith": a given name's letters and a dot; "pm_lisa", "hr-anna" are a role's */
    return joint == '.' && a_len <= 2 && b_len >= MIN_GLUED_PART && glued_name_part(second);
}

bool login_name_is_person(const struct name_table *table, const char *token, size_t len)
{
    if (table == NULL || len < 2 || len > MAX_LOGIN || is_system_account(token, len)) {
        return false;
    }
    size_t body = len;
    while (body > 0 && ascii_digit((unsigned char)token[body - 1])) {
        body--;                       /* "jsmith2", "john.smith92" */
    }
    size_t cut = body;
    for (size_t i = 0; i < body; i++) {
        if (separator((unsigned char)token[i])) {
            if (cut != body) {
                return false;         /* three parts: a host, a file or a version, not a login */
            }
            cut = i;
        }
    }
    if (cut == body) {
        return body >= 3 && letters_only(token, body) && one_part_is_person(table, token, body);
    }
    if (cut == 0 || cut + 1 >= body || !letters_only(token, cut) || !letters_only(token + cut + 1, body - cut - 1)) {
        return false;
    }
    return two_parts_are_person(table, token, cut, token[cut], token + cut + 1, body - cut - 1);
}

/* One case throughout: small letters (UTF-8 letters allowed) or capitals, never "Kari" or "jSmith". */
static bool one_case(const char *token, size_t len)
{
    bool smalls = false, capitals = false;
    for (size_t i = 0; i < len; i++) {
        smalls |= ascii_lower((unsigned char)token[i]);
        capitals |= ascii_upper((unsigned char)token[i]);
    }
    return smalls != capitals;
}

/* Is `word` at `at` one of the words that may stand between a cue and its login ("username is",
 * "brukernavnet mitt er")? Returns its length, or 0. */
static size_t filler_at(const char *text, size_t len, size_t at)
{
    static const char *const fillers[] = { "is", "was", "er", "var", "\xc3\xa4r", "ist", "war", "est", "es",
                                           "mitt", "min", "mein", "mon" };
    for (size_t i = 0; i < sizeof fillers / sizeof fillers[0]; i++) {
        size_t n = strlen(fillers[i]);
        if (at + n < len && memcmp(text + at, fillers[i], n) == 0 && text[at + n] == ' ') {
            return n + 1;
        }
    }
    return 0;
}

/* Where the login after the cue ending at `at` starts, or len: the cue's word must end there, then
 * a closing quote, blanks, '=' or ':', blanks, filler words, an opening quote or '<'. A home folder's
 * cue ("/home/", "\Users\") is followed by the login at once. */
static size_t login_start(const char *text, size_t len, size_t at)
{
    unsigned char last = (unsigned char)text[at - 1];
    if (last == '/' || last == '\\') {
        return at;
    }
    size_t i = at, limit = at + MAX_CUE_TAIL < len ? at + MAX_CUE_TAIL : len;
    if (i < limit && (text[i] == '"' || text[i] == '\'')) {
        i++;
    }
    if (i + 1 < limit && text[i] == '/' && at >= 5 && text[at - 5] == ':') {
        return i + 1;                 /* an IAM ARN's ":user/jsmith" */
    }
    size_t blanks = i;
    while (i < limit && (text[i] == ' ' || text[i] == '\t')) {
        i++;
    }
    bool assigned = i < limit && (text[i] == '=' || text[i] == ':');
    if (assigned) {
        i++;
        while (i < limit && (text[i] == ' ' || text[i] == '\t')) {
            i++;
        }
    } else if (i == blanks && last != ' ') {
        return len;                   /* "usernames", "user.name", "userid": the cue word goes on */
    }
    for (int n = 0; n < MAX_FILLERS && !assigned && i < limit; n++) {
        size_t filler = filler_at(text, limit, i);
        if (filler == 0) {
            break;
        }
        i += filler;
    }
    if (i < limit && (text[i] == '"' || text[i] == '\'' || text[i] == '<' || text[i] == '`')) {
        i++;
    }
    /* a Windows domain before the account: "CORP\jsmith", "/user:ACME\JSMITH" */
    size_t domain = i;
    while (domain < limit && (ascii_upper((unsigned char)text[domain]) || ascii_digit((unsigned char)text[domain])
                              || text[domain] == '-')) {
        domain++;
    }
    if (domain > i && domain + 1 < limit && text[domain] == '\\') {
        i = domain + 1;
    }
    return i < limit ? i : len;
}

/* May a login end at `at`? A home folder's login goes on to '/' or '\'; "x(uid=1003)" is pam's. */
static bool login_may_end(const char *text, size_t len, size_t at, bool folder)
{
    if (at == len) {
        return true;
    }
    unsigned char c = (unsigned char)text[at];
    if (c == '/' || c == '\\') {
        return folder;
    }
    if (c == '(') {
        return at + 4 <= len && memcmp(text + at + 1, "uid", 3) == 0;
    }
    return !(login_byte(c) || c == '$' || c == '%' || c == '{' || c == '[' || c == '*' || c == '=');
}

bool login_name_read(const struct name_table *table, const char *text, size_t len, size_t anchor_end, size_t *start,
                     size_t *end, size_t *examined)
{
    *examined = 0;
    if (table == NULL || anchor_end == 0 || anchor_end >= len) {
        return false;
    }
    bool folder = text[anchor_end - 1] == '/' || text[anchor_end - 1] == '\\';
    size_t from = login_start(text, len, anchor_end);
    if (from >= len || !(ascii_letter((unsigned char)text[from])
                         || (unsigned char)text[from] >= 0xC3)) {
        *examined = MAX_CUE_TAIL;
        return false;
    }
    size_t run = from;
    while (run < len && run - from <= MAX_LOGIN && login_byte((unsigned char)text[run])) {
        run++;
    }
    *examined = MAX_CUE_TAIL + (run - from);
    size_t to = run;
    while (to > from && separator((unsigned char)text[to - 1])) {
        to--;                         /* "… was locked for jsmith." */
    }
    if (run - from > MAX_LOGIN || !login_may_end(text, len, run, folder) || !one_case(text + from, to - from)
        || !login_name_is_person(table, text + from, to - from)) {
        return false;
    }
    *start = from;
    *end = to;
    return true;
}

#include "scrub/patterns.h"

#include "scrub/password_forms.h"
#include "scrub/login_names.h"
#include "scrub/named_tokens.h"
#include "scrub/secret_keys.h"
#include "scrub/secret_places.h"
#include "scrub/token_forms.h"
#include "scrub/tool_credentials.h"
#include "scrub/validators.h"
#include "scrub/word_byte.h"
#include "transforms/foundation/caseless.h"

#include <ctype.h>
#include <hs/hs.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Bytes examined by the span finders and validators, counted only when a test compiles
 * this file with LETHE_PATTERN_WORK (tests/unit/test_pattern_work.c) to check that the
 * work per scan is linear in its input, without timing anything. */
#ifdef LETHE_PATTERN_WORK
static size_t pattern_work;
#define COUNT_WORK(bytes) (pattern_work += (size_t)(bytes))
#else
#define COUNT_WORK(bytes) ((void)sizeof(bytes))
#endif

/* What one type decided about a run of text in the current scan; a later end offset
 * inside [covers_from, covers_to] gets the same answer without reading the run again. */
struct decided_span {
    size_t scan;                      /* the pattern_set scan it belongs to */
    size_t covers_from, covers_to;    /* ends this decision answers */
    size_t run_start;                 /* where the run of value characters starts */
    size_t reach;                     /* value characters run at least to here */
    bool reach_is_run_end;            /* ... and stop exactly here */
    size_t trimmed_end;               /* reach without trailing [.,;] (SPAN_ASSIGNED) */
    bool found;
    size_t start, end;
};

/* max_length of a type whose value is its whole run of characters, however long: larger
 * than any text, and small enough that adding an offset to it cannot overflow. */
#define RUN_LENGTH_UNBOUNDED (SIZE_MAX / 4)

/* ---- what values are made of ---- */

static bool token_char(unsigned char c)
{
    return isalnum(c) || c == '-' || c == '_';
}

static bool jwt_char(unsigned char c)
{
    return token_char(c) || c == '.';
}

static bool email_char(unsigned char c)
{
    return isalnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '@';
}

/* An address no person reads: a machine's own account on a name that only resolves inside a
 * network ("root@ip-10-0-15-84.ec2.internal", "deploy@build.local": cron's and a daemon's
 * sender), or a sender that takes no replies ("noreply@acme.org", "MAILER-DAEMON@…"). A
 * person's mailbox on an internal name ("anna.berg@corp.local", an Active Directory domain, a
 * laptop in a .mailmap) is still a person's: only the accounts machines run as are kept. */
static bool email_names_no_person(const char *text, size_t len, const char *at)
{
    static const char *const private_suffixes[] = { ".internal", ".local", ".localdomain", ".lan", ".intranet",
                                                    ".localhost", ".home.arpa" };
    static const char *const machine_accounts[] = {
        "root", "admin", "administrator", "daemon", "cron", "deploy", "deployer", "www-data", "www", "nobody",
        "ubuntu", "debian", "ec2-user", "centos", "jenkins", "gitlab-runner", "runner", "git", "postgres", "mysql",
        "redis", "backup", "backups", "nagios", "zabbix", "prometheus", "grafana", "alertmanager", "monitoring",
        "monitor", "alerts", "ci", "build", "builder", "ansible", "system", "apache", "nginx", "mail", "logwatch",
    };
    static const char *const no_reply[] = { "noreply", "no-reply", "no_reply", "donotreply", "do-not-reply",
                                            "do_not_reply", "mailer-daemon", "postmaster" };
    size_t local = (size_t)(at - text);
    if (caseless_in_list(text, local, no_reply, sizeof no_reply / sizeof no_reply[0])) {
        return true;
    }
    if (!caseless_in_list(text, local, machine_accounts, sizeof machine_accounts / sizeof machine_accounts[0])) {
        return false;
    }
    for (size_t i = 0; i < sizeof private_suffixes / sizeof private_suffixes[0]; i++) {
        size_t suffix = strlen(private_suffixes[i]);
        if (len > suffix && strncasecmp(text + len - suffix, private_suffixes[i], suffix) == 0) {
            return true;
        }
    }
    return false;
}

/* local@domain.tld: one @, nothing empty, no dot at either end, a 2+ letter TLD. */
static bool email_valid(const char *text, size_t len)
{
    const char *at = memchr(text, '@', len);
    if (at == NULL || at == text || memchr(at + 1, '@', len - (size_t)(at - text) - 1) != NULL
        || text[0] == '.' || text[len - 1] == '.') {
        return false;
    }
    const char *dot = NULL;
    for (const char *c = at + 1; c < text + len; c++) {
        if (*c == '.') {
            dot = c;
        }
    }
    if (dot == NULL || dot == at + 1 || text + len - dot - 1 < 2) {
        return false;
    }
    for (const char *c = dot + 1; c < text + len; c++) {
        if (!isalpha((unsigned char)*c)) {
            return false;
        }
    }
    return !email_names_no_person(text, len, at);
}

static bool upper_alnum_char(unsigned char c)
{
    return isupper(c) || isdigit(c);
}

static bool aws_key_id_valid(const char *text, size_t len)
{
    static const char *const prefixes[] = { "AKIA", "ASIA", "ABIA", "ACCA" };
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
        if (len == 20 && memcmp(text, prefixes[i], 4) == 0) {
            return !secret_is_placeholder(text, len);          /* not AKIAXXXXXXXXXXXXXXXX */
        }
    }
    return false;
}

static bool jwt_valid(const char *text, size_t len)
{
    /* header.payload.signature, the first two base64url JSON objects ("ey" = "{"). */
    size_t dots = 0;
    for (size_t i = 0; i < len; i++) {
        dots += text[i] == '.';
    }
    const char *second = memchr(text, '.', len);
    return dots == 2 && len > 20 && second != NULL && second[1] == 'e' && second[2] == 'y'
           && !published_sample(text, len);        /* not jwt.io's sample */
}

/* A secret's value: anything printable but whitespace and quotes; UTF-8 too ("Hösten1992?"). */
static bool secret_value_char(unsigned char c)
{
    return c > 0x20 && c != 0x7f && c != '"' && c != '\'' && c != '`';
}

static bool base64_char(unsigned char c)
{
    return isalnum(c) || c == '/' || c == '+';
}

static bool any_char(unsigned char c)
{
    (void)c;
    return true;
}

struct character_mix {
    size_t upper, lower, digits;
    double bits_per_char;                       /* Shannon entropy of the byte histogram */
};

static struct character_mix character_mix(const char *text, size_t len)
{
    struct character_mix mix = { 0 };
    unsigned counts[256] = { 0 };
    unsigned char distinct[256];
    size_t distinct_count = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if (counts[c]++ == 0) {
            distinct[distinct_count++] = c;
        }
        mix.upper += isupper(c) != 0;
        mix.lower += islower(c) != 0;
        mix.digits += isdigit(c) != 0;
    }
    /* Only the bytes the text holds: a secret has a few dozen, not 256. */
    for (size_t i = 0; i < distinct_count; i++) {
        double p = (double)counts[distinct[i]] / (double)len;
        mix.bits_per_char -= p * log2(p);
    }
    return mix;
}

/* 40 base64 characters as AWS issues them: all three classes, random-looking. */
static bool aws_secret_valid(const char *text, size_t len)
{
    if (len != 40) {
        return false;
    }
    struct character_mix mix = character_mix(text, len);
    return mix.upper && mix.lower && mix.digits && mix.bits_per_char > 4.0
           && !published_sample(text, len);        /* not wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY */
}

/* What a URL's password is made of, up to the '@' that ends it: not the characters that
 * delimit the parts of a URL, nor quotes, brackets or whitespace. */
static bool url_password_char(unsigned char c)
{
    return c > 0x20 && c < 0x7f && strchr(":/@?\"'`<>", c) == NULL;
}

/* A password in a colon-separated line (.pgpass): anything but the colon. */
static bool field_value_char(unsigned char c)
{
    return secret_value_char(c) && c != ':';
}

/* A connection string's value (Password=...;, &password=...&): up to the next parameter. */
static bool connection_value_char(unsigned char c)
{
    return secret_value_char(c) && c != ';' && c != '&';
}

/* Base64 with its padding, and %-escapes for the base64 of a SAS signature in a URL. */
static bool padded_base64_char(unsigned char c)
{
    return base64_char(c) || c == '=' || c == '%';
}

/* The body of a PEM block: base64 lines, their padding and line breaks. */
static bool pem_body_char(unsigned char c)
{
    return base64_char(c) || c == '=' || c == '\n' || c == '\r';
}

/* A webhook's path after its host: the ids and the secret, '/' between them. */
static bool webhook_path_char(unsigned char c)
{
    return isalnum(c) || c == '/';
}

/* Rows whose pattern ends at the value's first character check its length here: a
 * fixed-length tail in the pattern costs Hyperscan more on every key it finds. */
static bool webhook_token_valid(const char *text, size_t len)
{
    return len >= 32 && secret_value_valid(text, len);    /* a Discord webhook's token */
}

/* PowerShell's Verb-Noun: "$pw = Read-Host -AsSecureString", "ConvertTo-SecureString". */
static bool powershell_command(const char *text, size_t len)
{
    const char *dash = memchr(text, '-', len);
    if (dash == NULL || dash == text || dash + 2 > text + len || !isupper((unsigned char)text[0])
        || !isupper((unsigned char)dash[1])) {
        return false;
    }
    for (const char *c = text; c < text + len; c++) {
        if (c != dash && !isalpha((unsigned char)*c)) {
            return false;
        }
    }
    return true;
}

static bool password_value_valid(const char *text, size_t len)
{
    return len >= 6 && secret_value_valid(text, len) && !powershell_command(text, len);
}

/* A .pgpass password: a bare lowercase word there ("localhost:5432:*:postgres:postgres") is
 * a default account's name used again, not a secret someone chose. */
static bool field_password_valid(const char *text, size_t len)
{
    struct character_mix mix = character_mix(text, len);
    return password_value_valid(text, len) && (mix.digits > 0 || mix.upper > 0 || mix.lower < len);
}

/* The token68 of an Authorization header (RFC 7235). */
static bool authorization_char(unsigned char c)
{
    return isalnum(c) || (c != '\0' && strchr("-._~+/=", c) != NULL);
}

/* A SAS signature ("sig=…" in an Azure URL): url-encoded base64, random. */
static int hex_value(char c)
{
    return isdigit((unsigned char)c) ? c - '0' : (tolower((unsigned char)c) - 'a' + 10);
}

static bool signature_valid(const char *text, size_t len)
{
    /* Judged on the base64 it encodes: a signature dense with %2B and %2F escapes repeats
     * "%2" so often that its escaped spelling looks less random than it is. */
    char decoded[512];
    size_t decoded_len = 0;
    for (size_t i = 0; i < len && decoded_len < sizeof decoded; i++) {
        if (text[i] == '%' && i + 2 < len && isxdigit((unsigned char)text[i + 1])
            && isxdigit((unsigned char)text[i + 2])) {
            decoded[decoded_len++] = (char)(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
            i += 2;
        } else {
            decoded[decoded_len++] = text[i];
        }
    }
    COUNT_WORK(len);
    struct character_mix mix = character_mix(decoded, decoded_len);
    return mix.upper > 0 && mix.lower > 0 && mix.bits_per_char >= 3.5;
}

static bool hex_char(unsigned char c)
{
    return isxdigit(c) != 0;
}

/* A Telegram bot token, "123456789:AA…": the bot's number, a colon, the secret. */
static bool telegram_char(unsigned char c)
{
    return token_char(c) || c == ':';
}

static bool telegram_token_valid(const char *text, size_t len)
{
    size_t digits = 0;
    while (digits < len && isdigit((unsigned char)text[digits])) {
        digits++;
    }
    return digits >= 8 && digits <= 10 && len == digits + 36 && text[digits] == ':'
           && memchr(text + digits + 1, ':', len - digits - 1) == NULL && !secret_is_placeholder(text, len);
}

/* A key of a provider's shape, unless it is a placeholder in that shape
 * (ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX). */
static bool token_not_placeholder(const char *text, size_t len)
{
    return !secret_is_placeholder(text, len);
}

/* A vendor token after its documented prefix: letters and digits both (a random body has
 * them; "sqa_team_channel", a word with the prefix, has no digit), and no placeholder in the
 * vendor's shape (bkua_XXXX…, dapi0000…, lin_api_your-token-here), nor a body counted out
 * ("dapi0123456789abcdef0123…": a random body holds "12345678" about once in 10^8). */
static bool vendor_token_valid(const char *text, size_t len)
{
    struct character_mix mix = character_mix(text, len);
    return mix.digits > 0 && mix.upper + mix.lower > 0 && memmem(text, len, "12345678", 8) == NULL
           && memmem(text, len, "abcdefgh", 8) == NULL && memmem(text, len, "ABCDEFGH", 8) == NULL
           && !secret_is_placeholder(text, len);
}

/* An Atlassian API token ends with '=' and eight hex digits of checksum ("ATATT3xFfGF0…=1A2B3C4D"). */
static bool atlassian_token_char(unsigned char c)
{
    return token_char(c) || c == '=';
}

/* Braintree's access token parts its environment, merchant and secret by '$'
 * ("access_token$production$…$…"). */
static bool braintree_token_char(unsigned char c)
{
    return token_char(c) || c == '$';
}

/* A Terraform Cloud / HCP Terraform token: 14 characters, ".atlasv1.", then the secret. */
static bool terraform_token_valid(const char *text, size_t len)
{
    return len > 23 && memcmp(text + 14, ".atlasv1.", 9) == 0 && vendor_token_valid(text, len);
}

/* A hex secret (a session id, a signature, an HMAC): one case, letters and digits both,
 * not a filler. */
static bool hex_token_valid(const char *text, size_t len)
{
    if (len < 16) {
        return false;
    }
    struct character_mix mix = character_mix(text, len);
    return mix.digits > 0 && mix.digits < len && !(mix.upper && mix.lower) && mix.bits_per_char >= 3.0
           && !secret_is_placeholder(text, len);
}

/* A Discord bot token: the bot's id in base64, the time, the HMAC, parted by two dots
 * ("MTA1…xOTg4.GhXk2P.ab…"): 18 or more, 5 to 7, 27 or more characters. */
static bool discord_token_valid(const char *text, size_t len)
{
    const char *first = memchr(text, '.', len);
    if (first == NULL || first - text < 18) {
        return false;
    }
    const char *second = memchr(first + 1, '.', len - (size_t)(first + 1 - text));
    if (second == NULL || second - first - 1 < 5 || second - first - 1 > 7 || text + len - second - 1 < 27
        || memchr(second + 1, '.', len - (size_t)(second + 1 - text)) != NULL) {
        return false;
    }
    return !secret_is_placeholder(text, len);
}

/* A docker "auth" (base64 of user:password): mixed like base64, not a placeholder. */
static bool base64_secret_valid(const char *text, size_t len)
{
    struct character_mix mix = character_mix(text, len);
    return (mix.digits > 0 || (mix.upper > 0 && mix.lower > 0)) && mix.bits_per_char >= 3.0
           && secret_value_valid(text, len);
}

/* A token in secret-like context: long, mixed, and not an English word or a path. */
static bool high_entropy_token_valid(const char *text, size_t len)
{
    struct character_mix mix = character_mix(text, len);
    /* An SSH public key after "host key:" is random too, and public ("AAAAC3NzaC1…"). */
    return mix.upper >= 2 && mix.lower >= 2 && mix.digits >= 2 && mix.bits_per_char >= 3.5
           && secret_value_valid(text, len);
}

/* A value that opens with '&' ("&Uv7Xf!K*L71k"): not the shell's "&&" or "& ", nor an HTML
 * entity ("&lt;", "&#60;", "&quot;"), which a page escapes a placeholder's brackets with. */
static bool ampersand_opens_value(const char *text, size_t len)
{
    if (len < 2 || text[1] == '&' || text[1] == '#') {
        return false;
    }
    size_t letters = 1;
    while (letters < len && letters <= 8 && isalpha((unsigned char)text[letters])) {
        letters++;
    }
    return !(letters > 1 && letters < len && text[letters] == ';');
}

/* A value named by a word with no '=' or ':' between them (prose, a `vault kv get` table,
 * Dockerfile's "ENV NAME value", .netrc, "password is …"), or by a quoted name in code:
 * it must look made, not written: letters and digits both, or more case changes than a
 * word has. "password reset", "token limit", "password_confirmation" stay. */
static bool password_shaped_valid(const char *text, size_t len)
{
    if (len < 8 || strchr("}])>|,;", text[0]) != NULL) {
        return false;                 /* "{{ .Values.db.password }}@db": the rest of a template */
    }
    if (text[0] == '&' && !ampersand_opens_value(text, len)) {
        return false;                 /* "… is && make", "&lt;from-vault&gt;" */
    }
    if (memcmp(text, "HTTP/", 5) == 0) {
        return false;                 /* "POST /oauth/token HTTP/1.1": a request line's version */
    }
    size_t digits = 0, upper = 0, lower = 0;   /* no entropy: this runs after every such word */
    for (size_t i = 0; i < len; i++) {
        digits += isdigit((unsigned char)text[i]) != 0;
        upper += isupper((unsigned char)text[i]) != 0;
        lower += islower((unsigned char)text[i]) != 0;
    }
    COUNT_WORK(len);
    bool made = (digits > 0 && upper + lower > 0) || (len >= 12 && upper >= 3 && lower >= 3);
    return made && secret_value_valid(text, len);
}

/* An Entra ID client secret's characters. */
static bool azure_secret_char(unsigned char c)
{
    return isalnum(c) || c == '_' || c == '~' || c == '.' || c == '-';
}

/* "Xr58Q~" and 34 characters: the digit and "Q~" in their places, letters of both cases. */
static bool azure_client_secret_valid(const char *text, size_t len)
{
    struct character_mix mix = character_mix(text, len);
    return len == 40 && isdigit((unsigned char)text[3]) && text[4] == 'Q' && text[5] == '~' && mix.upper > 0
           && mix.lower > 0 && !secret_is_placeholder(text, len);
}

/* An ODBC value in braces: up to the closing one. */
static bool braced_value_char(unsigned char c)
{
    return c > 0x20 && c < 0x7f && c != '}';
}

/* A credential in an Authorization header with no scheme before it: made like a token,
 * with a lowercase letter (AWS4-HMAC-SHA256 and other schemes are capitals). */
static bool bare_credential_valid(const char *text, size_t len)
{
    struct character_mix mix = character_mix(text, len);
    return mix.lower > 0 && password_shaped_valid(text, len);
}

static bool digit_char(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static bool word_passphrase_valid(const char *text, size_t len);

/* A quoted value that may hold blanks: it ends at the closing quote or the line's end. */
static bool phrase_value_char(unsigned char c)
{
    return c >= 0x20 && c != 0x7f && c != '"' && c != '\'' && c != '`';
}

/* A passphrase: words with a blank between them and something made among them (a digit
 * or a symbol), so "not set yet" and "ask the admin" stay. */
static bool passphrase_valid(const char *text, size_t len)
{
    if (len < 8 || text[len - 1] == ' ' || memchr(text, ' ', len) == NULL) {
        return false;
    }
    size_t letters = 0, made = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        letters += isalpha(c) != 0;
        made += isdigit(c) != 0 || (ispunct(c) && c != '.' && c != ',');
    }
    COUNT_WORK(len);
    return letters > 0 && (made > 0 || word_passphrase_valid(text, len)) && secret_value_valid(text, len);
}

/* A quoted key: a passphrase with blanks, or one word that looks made. */
static bool quoted_key_valid(const char *text, size_t len)
{
    return memchr(text, ' ', len) != NULL ? passphrase_valid(text, len) : password_shaped_valid(text, len);
}

/* A passphrase of plain words: lowercase letters, digits and the blanks between them. */
static bool word_phrase_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ';
}

/* Words of four letters or more that a sentence about a password is made of, in the six
 * languages: "the password is never sent over email", "passordet er ikke lagret her". A
 * passphrase of random words holds none of them. */
static bool sentence_word(const char *word, size_t len)
{
    static const char *const words[] = {
        "that", "this", "with", "from", "have", "been", "will", "must", "over", "into", "your", "when",
        "what", "then", "than", "they", "them", "were", "only", "also", "just", "here", "there", "same",
        "sent", "never", "stored", "saved", "kept", "always", "should", "would", "could", "does", "done",
        "ikke", "eller", "noen", "bare", "blir", "lagret", "samme", "denne", "dette", "skal", "inte",
        "samma", "finns", "sparat", "bara", "nicht", "oder", "wird", "wurde", "noch", "auch", "immer",
        "diese", "dieses", "einem", "einer", "dans", "avec", "pour", "toujours", "jamais", "aussi", "sera",
        "para", "siempre", "nunca", "esta", "este", "igual",
    };
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        if (strlen(words[i]) == len && memcmp(words[i], word, len) == 0) {
            return true;
        }
    }
    return false;
}

/* Three words or more, each of four lowercase letters or more, single blanks between
 * them, and at most a number of up to four digits at the end; no word of a sentence. */
static bool word_passphrase_valid(const char *text, size_t len)
{
    while (len > 0 && text[len - 1] == ' ') {
        len--;
    }
    COUNT_WORK(len);
    size_t words = 0, at = 0;
    while (at < len) {
        size_t start = at;
        while (at < len && text[at] >= 'a' && text[at] <= 'z') {
            at++;
        }
        if (at - start < 4) {
            size_t digits = at;
            while (digits < len && isdigit((unsigned char)text[digits])) {
                digits++;
            }
            return at == start && digits == len && digits - start <= 4 && words >= 3;
        }
        words++;
        if ((at < len && (text[at] != ' ' || at + 1 == len || text[at + 1] == ' '))
            || sentence_word(text + start, at - start)) {
            return false;
        }
        at += at < len;
    }
    return words >= 3;
}

/* A table cell's value: it ends at the bar that closes the cell. */
static bool cell_secret_char(unsigned char c)
{
    return secret_value_char(c) && c != '|';
}

/* An XML element's text: "<password>…</password>". */
static bool element_value_char(unsigned char c)
{
    return secret_value_char(c) && c != '<';
}

/* A line a command printed as a secret: made like one, and not a line of "NAME=value" or
 * "key: value" (a config printed whole, read by the rows for names). */
static bool printed_secret_valid(const char *text, size_t len)
{
    size_t name = 0;
    while (name < len && (isalnum((unsigned char)text[name]) || text[name] == '_' || text[name] == '.')) {
        name++;
    }
    COUNT_WORK(name);
    if (name >= 2 && name < len && (text[name] == '=' || text[name] == ':')) {
        return false;
    }
    return password_shaped_valid(text, len);
}

/* A value after a tool's flag: not a number alone (a port, a count: "login -p 2222"). */
static bool flag_secret_valid(const char *text, size_t len)
{
    size_t digits = 0;
    while (digits < len && isdigit((unsigned char)text[digits])) {
        digits++;
    }
    COUNT_WORK(digits);
    return digits < len && secret_value_valid(text, len);
}

/* A header's value in a server's config: up to the quote or the ';' that ends the directive. */
static bool header_value_char(unsigned char c)
{
    return secret_value_char(c) && c != ';';
}

/* What echo prints before the pipe: the value, not the bar after it. */
static bool pipe_value_char(unsigned char c)
{
    return secret_value_char(c) && c != '|';
}

/* A key under a label of words ("Integration key: …", "Service key : …") or given as curl's
 * user ("-u <key>:"): hex in one case, or random like a key (digits, both cases). */
static bool labelled_key_valid(const char *text, size_t len)
{
    size_t hex = 0;
    while (hex < len && isxdigit((unsigned char)text[hex])) {
        hex++;
    }
    COUNT_WORK(hex);
    return (hex == len && hex_token_valid(text, len)) || (len >= 20 && high_entropy_token_valid(text, len));
}

/* The Wi-Fi key Windows prints ("Key Content : …"): WPA's 8 to 63 characters, anything in
 * them, words and blanks too; not a placeholder ("<hidden>", "********"). */
static bool printed_wifi_key_valid(const char *text, size_t len)
{
    while (len > 0 && text[len - 1] == ' ') {
        len--;
    }
    return len >= 8 && len <= 63 && !secret_is_placeholder(text, len);
}

/* A Google OAuth refresh token, "1//0…": a token's characters and the slashes of its prefix. */
static bool refresh_token_char(unsigned char c)
{
    return token_char(c) || c == '/';
}

/* What names a password field in a test's selector: '#password', '[name=pwd]', 'Password'. */
#define SELECTOR_WORD "(passw(or)?d|pwd|pass|passphrase|secret|token|api[_-]?key)"
/* A JSON string inside a JSON string (aws secretsmanager's SecretString): \"password\":\"…\";
 * Markdown's `…` around a value and ** or __ around the name or after the separator ("**Password:**
 * …", "__Passwort__: …"); Go's ":=", Perl's "=>", R's "<-", an arrow "->" in notes;
 * LDIF's "::" before a base64 value (userPassword:: e1NTSEF9…); a typed value as a
 * collector's debug exporter or Rust's Debug prints it: "db.password: Str(…)", Some("…"); a
 * name in brackets, as PHP's print_r prints an array ("[api_key] => …") and code assigns one
 * ("$cfg['api_token'] = …"); make's conditional assignment ("API_TOKEN ?= …"). */
#define ASSIGNMENT "\\\\?[\"'`]?\\]?(\\*\\*?|__?)?[ \\t]*(:=|::|->|<-|=>|\\?=|[:=])(\\*\\*?|__?)?[ \\t]*" \
    "([Ss]tr(ing)?\\(|Some\\(|Bytes\\()?" \
    "(\\\\?[\"'`]|\"\"\")?"
/* The AWS secret access key's name and value; its ends are read by hand from the "key" stem
 * (aws_secret_value_ends, named_tokens.h: the same parses of ASSIGNMENT). */
#define AWS_SECRET_SPEC "(aws)?[ _]?sec(ret)?[ _]?(access)?[ _]?key([ \\t]*\\[[A-Za-z0-9*]{0,24}\\])?(" ASSIGNMENT "|[ \\t]+)" \
    "[A-Za-z0-9/+]{40}"
/* What names a secret in a name/value pair, an element, a quoted name or a setter. */
/* "password" in the six languages, as alternatives (no group of its own). */
#define PASSWORD_WORDS "passw(or)?d|passwort|kennwort|passord|l\xc3\xb6senord|contrase\xc3\xb1" "a|mot de passe"
#define SECRET_WORD "(passw(or)?d|passwd|pwd|passphrase|secret|token|api[_-]?key|apikey|credentials?" \
    "|private_?key|access_?key)"

/* What names a secret in the five other languages besides "password": key, token, secret,
 * API key (clave, cle_api, jeton, Schlüssel, nøkkel, nyckel, hemmelighet, hemlighet,
 * Geheimnis, secreto, llave). The value must look made (password_shaped_valid): "clave:
 * nombre" in a key/value list stays. */
#define FOREIGN_SECRET_WORD "clave([ _]de[ _]api)?|cl(e|\xc3\xa9)[ _-]?(d')?(api|secr(e|\xc3\xa8)te)|jeton" \
    "|schl(\xc3\xbc|ue?)ssel" \
    "|n(\xc3\xb8|o)kkel|nyckel|hemmelighet|hemlighet|geheimnis|secreto|llave"

/* The code that opens a door, a gate, an alarm or a key box, in the six languages: "door
 * code", "code for the front door", "dørkode", "koden til porten", "portkod", "koden till
 * dörren", "Türcode", "Code für das Tor", "digicode", "code de la porte", "código de la
 * puerta". "code" alone names too much (error codes, source code) to be a cue. */
#define ACCESS_CODE_THING "(door|gate|garage|alarm|building|lockbox|key ?box|key ?safe|keypad|padlock|safe)"
#define ACCESS_CODE "(door|gate|garage|alarm|entry|building|lockbox|key ?box|key ?safe|keypad|padlock)[ -]?(code|pin)" \
    "|\\bcodes?[ \\t]+(for|to|of|on)[ \\t]+(the[ \\t]+)?((front|back|main|side)[ \\t]+)?" ACCESS_CODE_THING \
    "|\\b(d\xc3\xb8r|port|alarm|garasje|d\xc3\xb6rr|larm|t\xc3\xbcr|tor|haust\xc3\xbcr)(kode|kod|code)" \
    "|\\bkoden?[ \\t]+till?[ \\t]+(d\xc3\xb8r|d\xc3\xb6rr|port|alarm|larm|garas?j|garage|n\xc3\xb8kkelboks)" \
    "|\\bcode[ \\t]+f\xc3\xbcr[ \\t]+(die|das|den)[ \\t]+(t\xc3\xbcr|tor|alarm|garage)" \
    "|digicode|\\bcode[ \\t]+(de|du|d'|pour)[ \\t]*(la[ \\t]+|le[ \\t]+|l')?(porte|portail|alarme|garage|immeuble)" \
    "|\\bc\xc3\xb3" "digo[ \\t]+(de|del|para)[ \\t]+(la[ \\t]+|el[ \\t]+)?(puerta|portal|port\xc3\xb3n|alarma|garaje)"

/* A wireless network's key as French names it: "la clé wifi", "la clé WPA", "la clé de
 * sécurité du réseau" (the network after "clé"; "clé" alone names too many things: "clé
 * USB"). English's "Wi-Fi key", "network security key" are not here: a regex ending in "key"
 * made Hyperscan confirm every "key" of a text (+12 % on packed key words, callgrind); those
 * belong with the key cue words read by hand (KEY_SENTENCE_CUE, key_sentence_ends). */
#define NETWORK_KEY_WORD "\\bcl(e|\xc3\xa9)[ -]?(wi-?fi|wpa2?|wep|r(e|\xc3\xa9)seau" \
    "|de (s(e|\xc3\xa9)curit(e|\xc3\xa9)|r(e|\xc3\xa9)seau)|du (r(e|\xc3\xa9)seau|wi-?fi))"

/* The sentence row's cue words other than the password words, read from the password-word
 * anchor (PASSWORD_SENTENCE_SPEC), and what follows them. Those ending in "key"
 * (KEY_SENTENCE_CUE) are read from the credential-key anchor's stems when the main database
 * scans it (key_sentence_ends): the row is then compiled without them (SENTENCE_UNKEYED_SPEC);
 * on bodies packed with "api key" their windows were 30-44 % of the main scan. */
#define SENTENCE_OTHER_CUES "\\bpw|\\bmdp|code wi-?fi|wi-?fi[ -]?code|passcode|" NETWORK_KEY_WORD "|" FOREIGN_SECRET_WORD \
    "|" ACCESS_CODE
#define SENTENCE_ROW_SPEC "(" KEY_SENTENCE_CUE "|" SENTENCE_OTHER_CUES ")" PASSWORD_SENTENCE_TAIL
#define SENTENCE_UNKEYED_SPEC "(" SENTENCE_OTHER_CUES ")" PASSWORD_SENTENCE_TAIL

const struct entity_type builtin_entity_types[] = {
    { "OPENAI_API_KEY", SPAN_FROM_PREFIX, "sk-(proj-|svcacct-|admin-)?[A-Za-z0-9_-]{16,}T3BlbkFJ[A-Za-z0-9_-]{16}",
      "sk-", 40, 220, token_char, NULL, false, SCAN_WHOLE_TEXT },
    { "ANTHROPIC_API_KEY", SPAN_FROM_PREFIX, "sk-ant-(api03|admin01)-[A-Za-z0-9_-]{93}AA",
      "sk-ant-", 100, 120, token_char, NULL, false, SCAN_WHOLE_TEXT },
    { "GITHUB_TOKEN", SPAN_FROM_PREFIX, "gh[pousr]_[A-Za-z0-9]{36}",
      "gh", 40, 40, token_char, token_not_placeholder, false, SCAN_WHOLE_TEXT },
    { "GITHUB_TOKEN", SPAN_FROM_PREFIX, "github_pat_[A-Za-z0-9_]{82}",
      "github_pat_", 93, 93, token_char, token_not_placeholder, false, SCAN_WHOLE_TEXT },
    /* In the SCAN_ALONE database: with the rest it cost the main one 6 % on mixed text and
     * 20 % on dense, alone 2 % (instructions, bench/scrub_bench.c's texts). */
    { "AWS_ACCESS_KEY_ID", SPAN_OVER_CHARS, "(AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}",
      NULL, 20, 20, upper_alnum_char, aws_key_id_valid, false, SCAN_ALONE },
    { "SLACK_TOKEN", SPAN_FROM_PREFIX, "xox[bpe]-[A-Za-z0-9-]{10}",
      "xox", 15, 255, token_char, token_not_placeholder, false, SCAN_WHOLE_TEXT },
    { "SLACK_TOKEN", SPAN_FROM_PREFIX, "xapp-[A-Za-z0-9-]{10}",
      "xapp-", 15, 255, token_char, token_not_placeholder, false, SCAN_WHOLE_TEXT },
    { "STRIPE_KEY", SPAN_FROM_PREFIX, "sk_(live|test)_[A-Za-z0-9]{16}",
      "sk_", 24, 255, token_char, token_not_placeholder, false, SCAN_WHOLE_TEXT },
    { "STRIPE_KEY", SPAN_FROM_PREFIX, "rk_(live|test)_[A-Za-z0-9]{16}",
      "rk_", 24, 255, token_char, token_not_placeholder, false, SCAN_WHOLE_TEXT },
    { "GOOGLE_API_KEY", SPAN_FROM_PREFIX, "AIza[A-Za-z0-9_-]{35}",
      "AIza", 39, 39, token_char, token_not_placeholder, false, SCAN_WHOLE_TEXT },
    /* Google's OAuth tokens: an access token ("ya29.…", what gcloud auth print-access-token
     * prints) and a refresh token ("1//0…"). */
    { "SECRET_TOKEN", SPAN_FROM_PREFIX, "ya29\\.[A-Za-z0-9_-]{20}",
      "ya29.", 25, 2048, jwt_char, token_not_placeholder, false, SCAN_WHOLE_TEXT },
    { "SECRET_TOKEN", SPAN_FROM_PREFIX, "1//0[A-Za-z0-9_-]{30}",
      "1//0", 34, 512, refresh_token_char, high_entropy_token_valid, false, SCAN_WHOLE_TEXT },
    /* A Rancher API token, its name and its secret: "token-x9g55:…". */
    { "SECRET_TOKEN", SPAN_FROM_PREFIX, "token-[a-z0-9]{5}:[a-z0-9]{40}",
      "token-", 46, 128, telegram_char, token_not_placeholder, false, SCAN_WHOLE_TEXT },
    /* A JWT has no length limit: the whole run is the value, however long, so no part of
     * a long token is sent. The run is still read once (find_span_in_run). */
    { "JWT", SPAN_FROM_PREFIX, "ey[A-Za-z0-9_-]{8,}\\.ey[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8}",
      "ey", 30, RUN_LENGTH_UNBOUNDED, jwt_char, jwt_valid, false, SCAN_WHOLE_TEXT },
    /* Digit-shaped values end at a word boundary (\\b): a value's inner group ends are
     * not reported, which spares the validators most of their calls. */
    { "CREDIT_CARD", SPAN_BY_VALIDATOR, "[0-9]{4}[ -]?[0-9]{4,6}[ -]?[0-9]{4,5}([ -]?[0-9]{1,4}){0,2}\\b",
      NULL, 12, 23, NULL, credit_card_valid, false, SCAN_NUMBER_RUNS },
    { "IBAN", SPAN_BY_VALIDATOR, "[A-Z]{2}[0-9]{2}( ?[A-Z0-9]{4}){2,7}( ?[A-Z0-9]{1,3})?\\b",
      NULL, 15, 42, NULL, iban_valid, false, SCAN_LETTERED_RUNS },
    { "SSN_US", SPAN_BY_VALIDATOR, "[0-9]{3}-[0-9]{2}-[0-9]{4}\\b",
      NULL, 11, 11, NULL, ssn_us_valid, false, SCAN_NUMBER_RUNS },
    { "SIN_CA", SPAN_BY_VALIDATOR, "[0-9]{3}[ -][0-9]{3}[ -][0-9]{3}\\b",
      NULL, 11, 11, NULL, sin_ca_valid, false, SCAN_NUMBER_RUNS },
    { "NO_FNR", SPAN_BY_VALIDATOR, "[0-9]{6}[ -]?[0-9]{5}\\b", NULL, 11, 12, NULL, no_fnr_valid, false,
      SCAN_NUMBER_RUNS },
    { "SE_PERSONNUMMER", SPAN_BY_VALIDATOR, "([0-9]{2})?[0-9]{6}[-+][0-9]{4}\\b",
      NULL, 11, 13, NULL, se_personnummer_valid, false, SCAN_NUMBER_RUNS },
    /* Twelve digits with no dash and no cue ("196802209533 står på gamla papper"): a birth
     * year of 1900-2009 first, so a build stamp (202405121530) stays (validators.h). */
    { "SE_PERSONNUMMER", SPAN_BY_VALIDATOR, "\\b(19[0-9]|200)[0-9]{9}\\b",
      NULL, 12, 12, NULL, se_personnummer_bare_valid, false, SCAN_NUMBER_RUNS },
    /* A Steuer-ID as the Finanzamt prints it, 2-3-3-3 ("80 147 465 239"), or in one block as
     * a booking line or an export holds it ("Erstattung Jörg Lenz 25611743982"), with no cue. */
    { "DE_TAX_ID", SPAN_BY_VALIDATOR, "\\b([1-9][0-9] [0-9]{3} [0-9]{3} [0-9]{3}|[1-9][0-9]{10})\\b",
      NULL, 11, 14, NULL, de_tax_id_printed_valid, false, SCAN_NUMBER_RUNS },
    { "UK_NINO", SPAN_BY_VALIDATOR, "[A-Z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]\\b",
      NULL, 9, 13, NULL, uk_nino_valid, false, SCAN_LETTERED_RUNS },
    /* "+49/160/21232181", "+49 (0) 172/7614 9198"; "(0047) 55774350", "(+34) 755950314". */
    { "PHONE", SPAN_BY_VALIDATOR, "(\\+|\\((\\+|00)[1-9][0-9]{0,2}\\) ?)[0-9][0-9 ()./-]{6,18}[0-9]\\b",
      NULL, 9, 24, NULL, phone_e164_valid, false, SCAN_DIALLED_RUNS },
    { "IP_ADDRESS", SPAN_BY_VALIDATOR, "[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\b",
      NULL, 7, 15, NULL, ip_address_valid, false, SCAN_NUMBER_RUNS },
    { "IP_ADDRESS", SPAN_BY_VALIDATOR,
      "([0-9A-Fa-f]{1,4}(:[0-9A-Fa-f]{1,4}){7}"
      "|([0-9A-Fa-f]{1,4}:){1,7}:[0-9A-Fa-f]{1,4}(:[0-9A-Fa-f]{1,4}){0,5}"
      "|::[0-9A-Fa-f]{1,4}(:[0-9A-Fa-f]{1,4}){0,6}"
      /* an IPv4-mapped address, "::ffff:84.201.3.9", is one value with its prefix */
      "|::[Ff]{4}:[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3})",
      NULL, 3, 39, NULL, ip_address_valid, false, SCAN_WHOLE_TEXT },
    { "EMAIL", SPAN_OVER_CHARS, "[A-Za-z0-9._%+-]@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}",
      NULL, 6, 254, email_char, email_valid, false, SCAN_WHOLE_TEXT },
    { "PHONE", SPAN_BY_VALIDATOR, "\\([2-9][0-9]{2}\\)[ -]?[2-9][0-9]{2}[ .-][0-9]{4}\\b",
      NULL, 13, 14, NULL, phone_national_valid, false, SCAN_DIALLED_RUNS },
    /* A phone where no word names it (a signature, a table cell, after a name, in a list):
     * only the groupings countries write their numbers in, with a separator, so a bare
     * run of digits (an order number), a dotted version or a date stays. It starts at a
     * word boundary, as its span must: matches from inside a group ("04 3704 3704" in an
     * IBAN's run of groups) were reported at every group and each tried ~15 starts. */
    { "PHONE", SPAN_BY_VALIDATOR,
      "\\b(00[1-9][0-9]{0,2}[ .-](\\(0\\) ?)?[0-9][0-9 .-]{5,16}[0-9]"
      "|(1[ .-])?[2-9][0-9]{2}([ .-][2-9][0-9]{2}[ .-]|/[2-9][0-9]{2}-)[0-9]{4}"
      "|1 \\([2-9][0-9]{2}\\) ?[2-9][0-9]{2}-[0-9]{4}"
      "|0[1-9]([ .-][0-9]{2}){4}|0[1-9](/[0-9]{2}){4}|[2-9][0-9](-[0-9]{2}){3}"
      "|0[1-9][0-9]{0,3}\\)?( - | / | |-|/|\\.)([0-9]{6,8}|[0-9]{2,4}([ -][0-9]{2,4}){1,3})"
      "|0[67][0-9]{8}|07[0-9]{9}|01[5-7][0-9]{8,9}|47[49][0-9]{7}"
      /* a mobile with its '+' dropped, in one block or spaced after its country code:
       * "46701234567", "47 91 23 45 67", "44 7911 123456" (phone_dropped_plus_valid). The
       * codes are left to the validator: a class and a repeat keep the database fast on
       * long digit runs, where ten two-digit openings doubled its time. */
      "|[34][0-9]{9,12}|[34][0-9]( [0-9]{1,8}){1,5}"
      "|[2-9][0-9]{1,2}( [0-9]{2,3}){2,3}"
      "|[6-9][0-9]{2}([-.])[0-9]{3}[-.][0-9]{3}"
      /* Norwegian mobiles in dots, 3.2.3 ("418.92.624"), Spanish ones 3.2.2.2 ("612.34.56.78",
       * "635-29-04-71" in dashes);
       * dotted national numbers with a trunk 0 and an area of two or three digits
       * ("072.663.56.78", "030.1234.5678"). */
      "|[2-9][0-9]{2}\\.[0-9]{2}\\.[0-9]{3}|[6-9][0-9]{2}([.-][0-9]{2}){3}"
      "|0[1-9][0-9]{1,2}\\.[0-9]{2,4}(\\.[0-9]{2,4}){1,2})\\b",
      NULL, 9, 24, NULL, phone_shape_valid, false, SCAN_NUMBER_RUNS },
    /* North America's toll-free numbers spelled in letters: "1-888-DENTIST", "+1 800 MYLEGAL",
     * "(888) FIX-ROOF". Text, not a number run: most of it is letters. */
    { "PHONE", SPAN_BY_VALIDATOR,
      "(\\(8(00|33|44|55|66|77|88)\\) ?|\\b8(00|33|44|55|66|77|88)[ -])[A-Z0-9]{2,7}(-[A-Z0-9]{1,5})?\\b",
      NULL, 11, 18, NULL, phone_vanity_valid, false, SCAN_WHOLE_TEXT },
    /* A WhatsApp click-to-chat link, "wa.me/4791234567": the link's format is the international
     * number without its '+', so the place says what the digits are (census round 3). */
    { "PHONE", SPAN_ASSIGNED, "wa\\.me/[1-9][0-9]{7}", NULL, 8, 15, digit_char, phone_link_digits_valid, false,
      SCAN_WHOLE_TEXT },
    /* The trunk 0 in parentheses with no country code before it, as Swedes and Germans
     * copy a number from its international form: "(0)72-742 36 89", "(0)30 9898442". */
    { "PHONE", SPAN_BY_VALIDATOR, "\\(0\\)[1-9][0-9]{0,3}[ /-]?([0-9]{6,8}|[0-9]{2,4}([ -][0-9]{2,4}){1,3})\\b",
      NULL, 11, 24, NULL, phone_shape_valid, false, SCAN_DIALLED_RUNS },
    /* National formats, tax ids, routing numbers and dates of birth need a cue: a word
     * before or after the value, a key, a label or a table column that names the type.
     * scrub/columns.c finds those cues as literals and checks the value next to them, so
     * these rows have no pattern of their own: cue patterns with a gap before the value
     * ("phone[^0-9\\n]{0,30}…", caseless) cost more than the rest of the database. */
    { "DE_TAX_ID", SPAN_BY_VALIDATOR, NULL, NULL, 11, 14, NULL, de_tax_id_valid, false, SCAN_WHOLE_TEXT },
    { "US_ABA_ROUTING", SPAN_BY_VALIDATOR, NULL, NULL, 9, 9, NULL, aba_routing_valid, false, SCAN_WHOLE_TEXT },
    /* A cheque's MICR line: the routing number between two transit symbols (U+2446, or
     * "|:" where a font lacks it), "⑆121000358⑆ 000123456789⑈"; the symbol is its cue and
     * its rare bytes. A NACHA file: the header's immediate destination ("101 0210…") and
     * an entry's receiving bank ("622 0766…", credits and debits 22-39). */
    { "US_ABA_ROUTING", SPAN_ASSIGNED, "(\xe2\x91\x86|\\|:|(^|\\n)(101|6[23][2-9]) )[0-9]{9}",
      NULL, 9, 9, digit_char, aba_routing_valid, false, SCAN_WHOLE_TEXT },
    { "DATE_OF_BIRTH", SPAN_BY_VALIDATOR, NULL, NULL, 6, 40, NULL, date_of_birth_valid, false, SCAN_WHOLE_TEXT },
    /* The AWS CLI's prompt shows "[None]" or the old key's tail before the colon; fluentd's
     * and other configs' directives put a blank for the '=' and shorten the name ("aws_sec_key …").
     * Read from the credential-key anchor's "key" (aws_secret_value_ends, named_tokens.h) when the
     * main database scans that anchor, and then not compiled. */
    { "AWS_SECRET_ACCESS_KEY", SPAN_ASSIGNED, AWS_SECRET_SPEC,
      NULL, 40, 40, base64_char, aws_secret_valid, true, SCAN_WHOLE_TEXT },
    /* A key id and its secret side by side, with no name for the secret: a credentials CSV
     * row ("AKIA…,wJalr…"), "AKIA…:wJalr…", "AKIA… / wJalr…", a blank, a line break, '=' or an
     * arrow between them, a joining word in the six languages ("AKIA… and wJalr…", "… og …"),
     * or a short label of the secret's own ("AKIA… secret=wJalr…", "AKIA…\nSecret: wJalr…"), or
     * on the next line of a JSON or YAML list ("\"AKIA…\",\n  \"wJalr…\"", "- AKIA…\n  - wJalr…").
     * A bare '/' cannot part them: it is a character of the secret. The secret must be 40
     * characters exactly, random as AWS issues them. Beside the key id's row, in its database. */
    { "AWS_SECRET_ACCESS_KEY", SPAN_ASSIGNED,
      "(AKIA|ASIA)[A-Z2-7]{16}[\"']?[ \t]*([:,;|\t=]|/[ \t]|->|=>|\r?\n|[ \t]"
      "|[ \t,;]+(and|with|og|med|och|und|mit|et|avec|y|con)[ \t]"
      "|[ \t,;]*\r?\n?[ \t]*[A-Za-z][A-Za-z _-]{0,24}[ \t]*[:=])[ \t]*(\r?\n[ \t]*)?(-[ \t]+)?[\"']?"
      "[A-Za-z0-9/+]{40}",
      NULL, 40, 40, base64_char, aws_secret_valid, false, SCAN_ALONE },
    { "PRIVATE_KEY", SPAN_BLOCK,
      "-----BEGIN [A-Z ]{0,30}PRIVATE KEY( BLOCK)?-----[\\s\\S]*-----END [A-Z ]{0,30}PRIVATE KEY( BLOCK)?-----",
      "-----BEGIN ", 60, 65536, any_char, NULL, false, SCAN_WHOLE_TEXT },
    /* OpenVPN's static key (<tls-auth>, <tls-crypt>, <secret>): 16 lines of hex between its
     * BEGIN and END lines, the whole block masked as a private key is. */
    { "PRIVATE_KEY", SPAN_BLOCK,
      "-----BEGIN OpenVPN Static key V1-----[\\s\\S]*-----END OpenVPN Static key V1-----",
      "-----BEGIN ", 60, 65536, any_char, NULL, false, SCAN_WHOLE_TEXT },
    /* A private key pasted cut off, with no END line ("-----BEGIN PRIVATE KEY-----\nMIIEvQ…
     * (truncated)"): its base64 lines after the BEGIN line. A whole block is the row above's. */
    { "PRIVATE_KEY", SPAN_ASSIGNED, "-----BEGIN [A-Z ]{0,30}PRIVATE KEY( BLOCK)?-----\\r?\\n[A-Za-z0-9+/]{16}",
      NULL, 16, 65536, pem_body_char, base64_secret_valid, false, SCAN_WHOLE_TEXT },
    /* A Microsoft Entra ID (Azure AD) client secret: three characters, a digit, "Q~", then
     * 34 more ("xxx8Q~…", 40 in all), no prefix word before it. ENV_SECRET, as it is under a
     * credential key (the key readers below name it so). */
    { "ENV_SECRET", SPAN_OVER_CHARS, "[0-9]Q~[A-Za-z0-9_~.-]{31}",
      NULL, 40, 40, azure_secret_char, azure_client_secret_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "glpat-[A-Za-z0-9_-]{20}",
      "glpat-", 26, 80, token_char, NULL, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "hf_[A-Za-z]{34}",
      "hf_", 37, 37, token_char, NULL, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "npm_[A-Za-z0-9]{36}",
      "npm_", 40, 40, token_char, NULL, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50}",
      "pypi-", 70, 300, token_char, NULL, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}",
      "SG.", 69, 69, jwt_char, NULL, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "dop_v1_[a-f0-9]{64}",
      "dop_v1_", 71, 71, token_char, NULL, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "shp(at|ss|ca|pa)_[a-fA-F0-9]{32}",
      "shp", 38, 38, token_char, NULL, false, SCAN_WHOLE_TEXT },
    /* Vendors that document a prefix for their tokens, so that a leaked one can be found: each is
     * found by its shape anywhere, with no key before it (tests/scrub/census/generate_tokens.py).
     * A literal prefix, the documented body (length, alphabet), and the run of value characters
     * must open with the prefix, which is the word boundary ("are_…", "ssl.…" never start one);
     * vendor_token_valid wants letters and digits and no placeholder. Prefixes that are words or
     * short (API-, dapi, sq, gl, hv, EZ) have their exact length and alphabet. Left out for their cost
     * (callgrind, bench/scrub_bench.c mixed text): the two- and three-letter prefixes that open
     * common words or identifiers (Twilio SK…, Meta and Square EAA…, Mailgun key-, Resend re_,
     * Airtable pat…, Dropbox sl.) cost 0.2 % together; a Discord bot token alone, with no literal,
     * 2.6 %. The secret_keys rows still find those under a key. */
    /* Atlassian (Jira, Confluence) API tokens; Bitbucket app passwords. */
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "ATATT3[A-Za-z0-9_-]{150}",
      "ATATT3", 180, 260, atlassian_token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "ATBB[A-Za-z0-9]{32}",
      "ATBB", 36, 40, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    /* CI and code quality: Buildkite, SonarQube (user, project, analysis), CircleCI, Sourcegraph, Pulumi. */
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "bkua_[a-f0-9]{40}",
      "bkua_", 45, 45, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "sq[upa]_[a-f0-9]{40}",
      "sq", 44, 44, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}",
      "CCIPAT_", 70, 70, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "sgp_([a-f0-9]{16}_)?[a-f0-9]{40}",
      "sgp_", 44, 61, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "pul-[a-f0-9]{40}",
      "pul-", 44, 44, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    /* Work tools: Linear, Notion (ntn_ and the older secret_), Postman, Figma, HubSpot private apps,
     * ReadMe, Contentful. */
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "lin_api_[A-Za-z0-9]{40}",
      "lin_api_", 48, 48, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "ntn_[0-9]{11}[A-Za-z0-9]{35}",
      "ntn_", 50, 50, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "secret_[A-Za-z0-9]{43}",
      "secret_", 50, 50, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "PMAK-[a-f0-9]{24}-[a-f0-9]{34}",
      "PMAK-", 64, 64, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "figd_[A-Za-z0-9_-]{40}",
      "figd_", 45, 45, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "pat-(na|eu|ap)[0-9]-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}"
      "-[a-f0-9]{12}",
      "pat-", 44, 44, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "rdme_[a-z0-9]{70}",
      "rdme_", 75, 75, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "CFPAT-[A-Za-z0-9_-]{43}",
      "CFPAT-", 49, 49, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    /* Secret stores and infrastructure: Doppler, Vault (service, batch, recovery), Grafana, New Relic,
     * Sentry, Dynatrace, Honeycomb, 1Password service accounts, age, Tailscale, Prefect, Infracost, Octopus. */
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "dp\\.(pt|st|sa|ct|scim|audit)\\.[A-Za-z0-9_.-]{40}",
      "dp.", 46, 80, jwt_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "hv[sbr]\\.[A-Za-z0-9_-]{90}",
      "hv", 94, 400, jwt_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "glsa_[A-Za-z0-9]{32}_[a-f0-9]{8}",
      "glsa_", 46, 46, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "glc_eyJ[A-Za-z0-9_-]{40}",
      "glc_", 47, 600, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "NRAK-[A-Z0-9]{27}",
      "NRAK-", 32, 32, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "sntrys_eyJ[A-Za-z0-9_-]{40}",
      "sntrys_", 60, 400, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "sntryu_[a-f0-9]{64}",
      "sntryu_", 71, 71, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "dt0c01\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}",
      "dt0c01.", 96, 96, jwt_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "hcaik_[a-z0-9]{58}",
      "hcaik_", 64, 64, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "ops_eyJ[A-Za-z0-9_-]{100}",
      "ops_", 107, 4096, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}",
      "AGE-SECRET-KEY-1", 74, 74, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "tskey-[a-z]{3,7}-[A-Za-z0-9]{6,20}CNTRL-[A-Za-z0-9]{20}",
      "tskey-", 40, 120, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "pnu_[A-Za-z0-9]{36}",
      "pnu_", 40, 40, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "ico-[A-Za-z0-9]{32}",
      "ico-", 36, 36, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "API-[A-Z0-9]{26}",
      "API-", 30, 30, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    /* Hosting and databases: Fly, Render, Supabase, Netlify, Deno Deploy, PlanetScale, Neon, Heroku,
     * Databricks, Cloudflare's Origin CA key, Docker Hub, GitLab's other tokens (glpat- is above). */
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "fo1_[A-Za-z0-9_-]{43}",
      "fo1_", 47, 47, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "rnd_[A-Za-z0-9]{32}",
      "rnd_", 36, 36, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "sbp_[a-f0-9]{40}",
      "sbp_", 44, 44, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "nfp_[A-Za-z0-9]{36}",
      "nfp_", 40, 40, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "ddp_[A-Za-z0-9]{36}",
      "ddp_", 40, 40, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "pscale_(tkn|pw|oauth)_[A-Za-z0-9_.-]{32}",
      "pscale_", 42, 80, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "napi_[a-z0-9]{64}",
      "napi_", 69, 69, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "HRKU-[A-Za-z0-9_-]{58}",
      "HRKU-", 63, 70, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "dapi[a-f0-9]{32}",
      "dapi", 36, 40, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}",
      "v1.0-", 176, 176, jwt_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "dckr_(pat|oat)_[A-Za-z0-9_-]{27}",
      "dckr_", 36, 40, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "gl(ptt|dt|rt|cbt|imt|ft|soat|oas)-[A-Za-z0-9_-]{20}",
      "gl", 23, 80, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    /* Models: Replicate, Groq, Perplexity, xAI, LangSmith, Pinecone, OpenRouter, Cerebras, NVIDIA. */
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "r8_[A-Za-z0-9]{37}",
      "r8_", 40, 40, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "gsk_[A-Za-z0-9]{52}",
      "gsk_", 56, 56, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "pplx-[A-Za-z0-9]{48}",
      "pplx-", 53, 53, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "xai-[A-Za-z0-9]{80}",
      "xai-", 84, 84, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "lsv2_(pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}",
      "lsv2_", 51, 51, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "pcsk_[A-Za-z0-9]{5}_[A-Za-z0-9]{60}",
      "pcsk_", 70, 80, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "sk-or-v1-[a-f0-9]{64}",
      "sk-or-", 73, 73, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "csk-[a-z0-9]{48}",
      "csk-", 52, 52, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "nvapi-[A-Za-z0-9_-]{64}",
      "nvapi-", 70, 70, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    /* Payments and mail: Stripe's webhook secret, Square, Shippo, Duffel, EasyPost, Flutterwave, Plaid,
     * Braintree, Brevo, MailerSend. */
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "whsec_[A-Za-z0-9]{32}",
      "whsec_", 38, 80, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "sq0(atp|csp|idp)-[A-Za-z0-9_-]{22}",
      "sq0", 29, 60, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "shippo_(live|test)_[a-f0-9]{40}",
      "shippo_", 52, 52, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "duffel_(live|test)_[A-Za-z0-9_-]{43}",
      "duffel_", 55, 60, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "EZ[AT]K[a-f0-9]{54}",
      "EZ", 58, 58, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "FLWSECK(_TEST)?-[a-f0-9]{32}-X",
      "FLWSECK", 42, 50, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "access-(production|sandbox|development)-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}"
      "-[a-f0-9]{4}-[a-f0-9]{12}",
      "access-", 51, 58, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "access_token\\$production\\$[a-z0-9]{16}\\$[a-f0-9]{32}",
      "access_token$", 73, 73, braintree_token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}",
      "xkeysib-", 89, 89, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "mlsn\\.[a-f0-9]{64}",
      "mlsn.", 69, 69, jwt_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    /* Cloud and the rest: Alibaba and Tencent access
     * keys, Firebase Cloud Messaging server keys, Mapbox secret tokens (pk.eyJ is public), Google
     * OAuth client secrets, Adafruit IO, PostHog's personal key (phc_ is public), package
     * registries (RubyGems, NuGet, Clojars, JFrog). */
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "LTAI[A-Za-z0-9]{12}",
      "LTAI", 16, 30, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "AKID[A-Za-z0-9]{32}",
      "AKID", 36, 36, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{100}",
      "AAAA", 140, 200, telegram_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "sk\\.eyJ[A-Za-z0-9_-]{40}",
      "sk.", 70, 300, jwt_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "GOCSPX-[A-Za-z0-9_-]{28}",
      "GOCSPX-", 35, 35, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "aio_[A-Za-z0-9]{28}",
      "aio_", 32, 32, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "phx_[A-Za-z0-9]{43}",
      "phx_", 47, 47, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "rubygems_[a-f0-9]{48}",
      "rubygems_", 57, 57, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "oy2[a-z0-9]{43}",
      "oy2", 46, 46, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "CLOJARS_[a-f0-9]{60}",
      "CLOJARS_", 68, 68, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    { "GENERIC_API_KEY", SPAN_FROM_PREFIX, "AKCp[A-Za-z0-9]{69}",
      "AKCp", 73, 73, token_char, vendor_token_valid, false, SCAN_WHOLE_TEXT },
    /* A Terraform Cloud token opens with 14 characters of its own: the ".atlasv1." after them is its mark. */
    { "GENERIC_API_KEY", SPAN_OVER_CHARS, "[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_-]{60}",
      NULL, 83, 120, jwt_char, terraform_token_valid, false, SCAN_WHOLE_TEXT },
    /* scheme://user:password@host, any scheme (postgres, mysql, redis, mongodb+srv, amqp,
     * ftp, smtp, ldap, http …): only the password, so scheme, user and host still read. No
     * ',' in the user: a CSV row's URL ends at its comma ("https://bank.example,kari@…,…"). */
    { "URL_CREDENTIAL", SPAN_BEFORE_DELIMITER, "://[^\\s/:,\"'`<>]*:[^\\s:/@?\"'`<>]+@",
      NULL, 1, 256, url_password_char, secret_value_valid, false, SCAN_WHOLE_TEXT },
    /* Go's MySQL DSN has no scheme: "app:password@tcp(db:3306)/orders", "@unix(/run/…)". */
    { "URL_CREDENTIAL", SPAN_BEFORE_DELIMITER, ":[^\\s:/@?\"'`<>]+@(tcp|tcp6|unix|udp)\\(",
      NULL, 1, 256, url_password_char, secret_value_valid, false, SCAN_WHOLE_TEXT },
    /* Oracle's thin driver: "jdbc:oracle:thin:scott/tiger@//db:1521/ORCL". */
    { "URL_CREDENTIAL", SPAN_BEFORE_DELIMITER, "jdbc:oracle:[a-z0-9]+:[A-Za-z0-9_$#.]+/[^\\s@/:\"'`<>]+@",
      NULL, 1, 256, url_password_char, secret_value_valid, false, SCAN_WHOLE_TEXT },
    /* A token as the whole user part: "https://<token>@github.com/acme/app.git". */
    { "URL_CREDENTIAL", SPAN_BEFORE_DELIMITER, "://[^\\s/:@?#,\"'`<>]{16,}@",
      NULL, 16, 256, url_password_char, password_shaped_valid, false, SCAN_WHOLE_TEXT },
    /* JDBC and ADO.NET: "?user=app&password=…&ssl=true", ";Password=…;Encrypt=True", "Pwd=". */
    { "URL_CREDENTIAL", SPAN_PASSWORD_PARAMETER, PASSWORD_PARAMETER_ANCHOR,
      NULL, PASSWORD_PARAMETER_VALUE_LENGTH, 256, connection_value_char, secret_value_valid, true, SCAN_WHOLE_TEXT },
    /* Oracle's tools take user/password@service on the command line: sqlplus scott/tiger@ORCL. */
    { "URL_CREDENTIAL", SPAN_ASSIGNED,
      "\\b(sqlplus|sqlldr|expdp|impdp|rman|dgmgrl)(\\s+-[A-Za-z]+)*\\s+[\"']?[A-Za-z0-9_$#.]+/[^\\s@/\"'`]{4}",
      NULL, 4, 256, url_password_char, secret_value_valid, false, SCAN_WHOLE_TEXT },
    /* An Azure SAS URL's signature, and webhook URLs whose path is the credential. */
    { "URL_CREDENTIAL", SPAN_ASSIGNED, "[?&]sig=[A-Za-z0-9%+/=]{16}",
      NULL, 16, 512, padded_base64_char, signature_valid, false, SCAN_WHOLE_TEXT },
    { "SLACK_TOKEN", SPAN_ASSIGNED, "hooks\\.slack\\.com/(services|workflows|triggers)/[A-Za-z0-9]{8}",
      NULL, 8, 256, webhook_path_char, secret_value_valid, false, SCAN_WHOLE_TEXT },
    { "URL_CREDENTIAL", SPAN_ASSIGNED, "discord(app)?\\.com/api/webhooks/[0-9]+/[A-Za-z0-9_-]",
      NULL, 1, 256, token_char, webhook_token_valid, false, SCAN_WHOLE_TEXT },
    /* Telegram bot tokens, in the Bot API's URL and alone. */
    { "SECRET_TOKEN", SPAN_ASSIGNED, "api\\.telegram\\.org/bot[0-9]{8}",
      NULL, 8, 64, telegram_char, telegram_token_valid, false, SCAN_WHOLE_TEXT },
    { "SECRET_TOKEN", SPAN_OVER_CHARS, "[0-9]{8,10}:AA[A-Za-z0-9_-]{33}",
      NULL, 44, 47, telegram_char, telegram_token_valid, false, SCAN_WHOLE_TEXT },
    /* "Authorization: Bearer …" / "Basic …" in curl commands, HTTP dumps and code. */
    { "SECRET_TOKEN", SPAN_ASSIGNED,
      "authorization[\"']?[ \\t]*[:=][ \\t]*[fb]?[\"'`]?(bearer|basic|token|bot|splunk|apikey|api-key|sso-key)[ \\t]+[A-Za-z0-9._~+/=-]{8}",
      NULL, 8, 4096, authorization_char, secret_value_valid, true, SCAN_WHOLE_TEXT },
    /* docker config.json: "auth": "<base64 of user:password>". */
    { "ENV_SECRET", SPAN_ASSIGNED, "[\"']auth[\"'][ \\t]*:[ \\t]*[\"'][A-Za-z0-9+/]{12}",
      NULL, 12, 1024, padded_base64_char, base64_secret_valid, false, SCAN_WHOLE_TEXT },
    /* Any name with password or passwd in it (userPassword, DB_PASSWORD_HASH), and pass,
     * pwd, db_pass, mysql_pwd as a whole word or after '_' or '-', in any case: from six
     * characters. One row for them all, so a PASSWORD= is read once (bench: "PASSWORD=").
     * The names holding a password word are read from the anchor below (PASSWORD_ASSIGNED_SPEC);
     * the pattern keeps the short names. */
    { "ENV_SECRET", SPAN_PASSWORD_ASSIGNED,
      "((\\b|[_-])(pass|pwd|pw|pass[_-]?phrase|psk|pat|salt|pepper|passcode|pin|pincode)|[a-z0-9_]*requirepass)"
      ASSIGNMENT "[^\\s\"'`]",
      NULL, 1, 256, secret_value_char, password_value_valid, true, SCAN_WHOLE_TEXT },
    /* The anchor of the forms above and below that start at a password word (rows marked
     * with their password_word_form): their password words were the start of four regex
     * rows, each starting Hyperscan's engines at every one, and together they cost 100 KB of
     * "the password is …" sentences 6.7 ms and of "Password=…;" parameters 5.5 ms. One reader
     * reads all four forms from here (scrub/password_forms.h, each checked against its old
     * regex on generated texts); each form's other cue words stay in its row's pattern. */
    { "ENV_SECRET", SPAN_PASSWORD_WORD, PASSWORD_WORD_ANCHOR,
      NULL, 1, 256, secret_value_char, NULL, true, SCAN_ALONE },
    /* A quoted passphrase with blanks in it: password: "blue horse 42!", PASSWORD='mi gato 7',
     * fetchmail's "with password 'otter maple kettle'".
     * The row above stops at the first blank; this one runs to the closing quote. */
    { "ENV_SECRET", SPAN_PASSWORD_QUOTED, NULL /* PASSWORD_QUOTED_SPEC, read from the anchor above */,
      NULL, 8, 64, phrase_value_char, passphrase_valid, true, SCAN_WHOLE_TEXT },
    /* A passphrase of plain words, unquoted: "signing.password=otter purple kettle 52",
     * "gpg_passphrase = copper maple purple cobalt", "wifi-passordet: spruce copper kettle",
     * "the wifi password is horse otter harbour.", "le mot de passe wifi : …", "la clave del
     * wifi: …" (two short words between). Three words or more of four letters or
     * more, a number at the end allowed; the run stops at a capital or punctuation, so the
     * next sentence stays, and a function word ("is stored in the vault") refuses it.
     * In the SCAN_ALONE database: in the main one, "DB_PASSWORD=…" runs took 4.1 instead of
     * 2.3 ms per 90 KB (its password words start one more engine beside the many the main
     * database's rows already start there); alone it adds ~0.5 ms there and 0.2 % of the
     * instructions on mixed text (callgrind; natively within the noise, 2-4 % of the scan).
     * Its pattern is now read by hand from the password word (PASSWORD_PHRASE_SPEC in
     * scrub/password_forms.h): the bounded repeat each password word started made 100 KB of
     * "the password is …" sentences take 7.5 ms, 6.0 ms read by hand (scrub_text: 12.5 % fewer
     * instructions there, 0.6 % fewer on mixed text, callgrind). */
    { "ENV_SECRET", SPAN_PASSWORD_PHRASE, PASSWORD_PHRASE_ANCHOR,
      NULL, PASSWORD_PHRASE_VALUE_LENGTH, 96, word_phrase_char, word_passphrase_valid, true, SCAN_ALONE },
    /* camelCase names the caseless row above cannot see the word start of: dbPass, rootPw,
     * keystorePass, encryptionSalt. */
    { "ENV_SECRET", SPAN_ASSIGNED,
      "[a-z0-9](Pass|Pwd|Pw|Passphrase|Pat|Salt|Pepper|Passcode|Pincode)" ASSIGNMENT "[^\\s\"'`]",
      NULL, 1, 256, secret_value_char, password_value_valid, false, SCAN_WHOLE_TEXT },
    /* Names with '=' or ':' (creds:, AUTH=, bearer:, api_key=, SECRET_TOKEN=) and long
     * flags (--password x, --token=x, --signing-key x) are read by the generic reader of any
     * key that names a credential (SPAN_SECRET_KEY, below). mysql's -p'x', -px: */
    { "ENV_SECRET", SPAN_ASSIGNED,
      "\\b(mysql|mysqldump|mysqladmin|mariadb)\\s([^\\n]{0,100}\\s)?-p([\"'][^\\s\"'`]|[^\\s\"'`-])[^\\s\"'`]{3}",
      NULL, 4, 256, secret_value_char, secret_value_valid, false, SCAN_WHOLE_TEXT },
    { "URL_CREDENTIAL", SPAN_ASSIGNED,
      "\\bcurl\\s([^\\n]{0,200}\\s)?(-u|--user)[ \\t]+[\"']?[^\\s:\"'`]+:[\"']?[^\\s\"'`@]{4}",
      NULL, 4, 256, secret_value_char, secret_value_valid, false, SCAN_WHOLE_TEXT },
    /* .pgpass: hostname:port:database:username:password, one a line. */
    { "ENV_SECRET", SPAN_ASSIGNED, ":([0-9]{2,5}|\\*):[^\\s:]+:[^\\s:]+:[^\\s:\"'`]{4}",
      NULL, 4, 256, field_value_char, field_password_valid, false, SCAN_WHOLE_TEXT },
    /* A file of logins as quoted pairs, one a line: pgbouncer's userlist.txt ("app" "…"),
     * a user then the password. The value must look made. */
    { "ENV_SECRET", SPAN_ASSIGNED, "(^|\\n)[ \\t]*\"[^\"\\s]{1,64}\"[ \\t]+\"[^\\s\"'`]{8}",
      NULL, 8, 256, secret_value_char, password_shaped_valid, false, SCAN_WHOLE_TEXT },
    /* A Wi-Fi key, quoted, often a passphrase of words with its blanks: OpenWrt's
     * "wireless.radio0.key='maple copper spruce 24'" and "option key '…'", wpa_supplicant's
     * psk="…", wifi_key: "…". */
    { "ENV_SECRET", SPAN_ASSIGNED,
      "((\\.key|\\bpsk|(wi-?fi|wlan|wpa[23]?)[ _-]?(key|psk))[\"']?[ \\t]*[:=]|\\boption[ \\t]+key[ \\t])"
      "[ \\t]*[\"'][^\\s\"'][^\"'\\n]{7}",
      NULL, 8, 64, phrase_value_char, quoted_key_valid, true, SCAN_WHOLE_TEXT },
    /* A Discord bot's token passed to the client in code: discord.py's client.run('…'),
     * discord.js's client.login('…'). */
    { "SECRET_TOKEN", SPAN_ASSIGNED, "\\b(client|bot)\\.(run|login)\\([ \\t]*[\"'`][A-Za-z0-9_-]{18}",
      NULL, 18, 120, jwt_char, discord_token_valid, false, SCAN_WHOLE_TEXT },
    /* Windows' net use: the password after the share, before or after "/user:…" ("net use Z:
     * \\fs01\share … /user:CORP\ola"); an option opens with '/', a prompt is '*'. */
    { "ENV_SECRET", SPAN_ASSIGNED,
      "\\bnet[ \\t]+use[ \\t]+([a-z*]:[ \\t]+)?\\\\\\\\[^\\s]+([ \\t]+/user:[^\\s]+)?[ \\t]+[\"']?[^\\s\"'`/*-][^\\s\"'`]{3}",
      NULL, 4, 256, secret_value_char, flag_secret_valid, true, SCAN_WHOLE_TEXT },
    /* HTTPie: http -a user:password, https --auth user:password. */
    { "URL_CREDENTIAL", SPAN_ASSIGNED,
      "\\b(https?|xh)\\s([^\\n]{0,200}\\s)?(-a|--auth)[ \\t=]+[\"']?[^\\s:\"'`]+:[^\\s\"'`@]{4}",
      NULL, 4, 256, secret_value_char, secret_value_valid, false, SCAN_WHOLE_TEXT },
    /* JDBC's DriverManager.getConnection(url, user, password). */
    { "ENV_SECRET", SPAN_ASSIGNED, "getConnection\\([^,\\n]{1,200},[ \\t]*\"[^\"\\n]{0,64}\",[ \\t]*\"[^\\s\"'`]{4}",
      NULL, 4, 256, secret_value_char, secret_value_valid, false, SCAN_WHOLE_TEXT },
    /* Name/value pairs (Postman, k8s env entries, <add key=… value=…/>), XML elements, a quoted
     * name then the value in code ('password' => '…', t.Setenv("DB_PASSWORD", "…")), setters
     * (.password("…")), "name|value" and directives ("shared_key …") are read by the generic
     * reader of any key that names a credential (SPAN_SECRET_KEY, scrub/secret_keys.h). */
    /* Terraform: variable "db_password" { type = string  default = "…" }. */
    { "ENV_SECRET", SPAN_ASSIGNED,
      "variable[ \\t]+\"[a-z0-9_-]*" SECRET_WORD "[a-z0-9_-]*\"[ \\t]*\\{[^{}]{0,300}"
      "default[ \\t]*=[ \\t]*\"[^\\s\"'`]{6}",
      NULL, 6, 256, secret_value_char, password_value_valid, true, SCAN_WHOLE_TEXT },
    /* The word alone before the value, in the six languages: "password    s3cr3t" (vault
     * kv get, .netrc), "ENV DB_PASSWORD s3cr3t", "the wifi password is …", "Passwort
     * lautet …", "le mot de passe est …", "la contraseña es …", "lösenordet är …"; redis's
     * "requirepass …" and "AUTH" "…", SQL's IDENTIFIED BY '…' and PASSWORD '…'. English
     * names with ':' or '=' are the rows below (one row per assignment: "PASSWORD=" is read
     * once); the other languages' names take them here. The password words are read from the
     * password-word anchor (PASSWORD_ALONE_SPEC); the pattern keeps the other names. */
    { "ENV_SECRET", SPAN_PASSWORD_ALONE,
      "(((secret|token|api[ _-]?key|apikey)[a-z_]*|requirepass|masterauth|(\\b|[_-])auth"
      "|identified[ \\t]+(with[ \\t]+[a-z0-9_]{1,40}[ \\t]+)?by)[\"']?[ \\t]+((is|was|es|est|ist|er|\xc3\xa4r)[ \\t]+)?"
      "|\\b(pwd|pass|pw)[ \\t]+(is|was|es|est|ist|er|\xc3\xa4r)[ \\t]+"
      "|(\\bmdp|\\bcontra[ \\t]*:|l\xc3\xb6sen|mot[ _-]?de[ _-]?passe|" FOREIGN_SECRET_WORD ")[a-z_]*"
      "(([\"']?[ \\t]*[:=]|[,;]?[ \\t]+(ist|lautet|est|c'est|es|er|\xc3\xa4r))[ \\t]*|[ \\t]+))[\"'`]?[^\\s\"'`]{8}",
      NULL, 8, 256, secret_value_char, password_shaped_valid, true, SCAN_WHOLE_TEXT },
    /* MySQL's and MariaDB's SET PASSWORD: "SET PASSWORD FOR 'app'@'%' = '…'", "= PASSWORD('…')". */
    { "ENV_SECRET", SPAN_ASSIGNED,
      "\\bset[ \\t]+password[ \\t]+(for[ \\t]+[^\\s=]{1,80}[ \\t]*)?=[ \\t]*(password[ \\t]*\\([ \\t]*)?"
      "[\"'][^\\s\"'`]{8}",
      NULL, 8, 256, secret_value_char, password_shaped_valid, true, SCAN_WHOLE_TEXT },
    /* A password word, a few words about what it opens, a verb, the value: "the password for
     * the guest wifi is …", "Das Passwort fürs WLAN lautet …", "Passordet til ruteren er
     * …", "La contraseña del wifi es …", "Le mot de passe du wifi est …", "Lösenordet till
     * wifi:t är …"; the code to a door, a gate or an alarm ("new code for the door is …",
     * "dørkoden er …", "le digicode c'est …"). The value must look made. The password words
     * are read from the password-word anchor (PASSWORD_SENTENCE_SPEC), those ending in "key"
     * from the credential-key anchor's stems (KEY_SENTENCE_CUE); the pattern keeps the other
     * cue words (SENTENCE_UNKEYED_SPEC is what is compiled). */
    { "ENV_SECRET", SPAN_PASSWORD_SENTENCE, SENTENCE_ROW_SPEC,
      NULL, 8, 256, secret_value_char, password_shaped_valid, true, SCAN_WHOLE_TEXT },
    /* A login pasted as a pair: "user bob@example.com, pass …", "username: ops / pwd: …":
     * the password word after a comma, a slash or a bar, then the value. */
    { "ENV_SECRET", SPAN_PASSWORD_LISTED, NULL /* PASSWORD_LISTED_SPEC, read from the anchor above */,
      NULL, 8, 256, secret_value_char, password_shaped_valid, false, SCAN_WHOLE_TEXT },
    /* A table's row: the password word in one cell and the value in the next, "| Password |
     * …|", "Passwort | …". The bar is the rare byte. */
    { "ENV_SECRET", SPAN_ASSIGNED,
      "(" PASSWORD_WORDS ")[ \\t]*\\|[ \\t]*"
      "[\"'`]?[^\\s\"'`|]{8}",
      NULL, 8, 256, cell_secret_char, password_shaped_valid, true, SCAN_WHOLE_TEXT },
    /* A chat's answer to a question asking for a password: "anyone know the stage redis
     * pass?\n[…] <oncall> bob: it's …", "what's the wifi password?\n[…] Ana: …". */
    { "ENV_SECRET", SPAN_PASSWORD_ANSWER, PASSWORD_ANSWER_ANCHOR,
      NULL, PASSWORD_ANSWER_VALUE_LENGTH, 256, secret_value_char, password_shaped_valid, true, SCAN_WHOLE_TEXT },
    /* A login's outcome and the value it was tried with: "redis AUTH fails with …", "login
     * failed using …". The value must look made. */
    { "ENV_SECRET", SPAN_ASSIGNED,
      "\\b(auth|login|log[ -]in|sign[ -]in|password|passwd)[ \\t]+(fails?|failed|is failing|rejected|rejects"
      "|works|worked|succeeds|succeeded|accepted)[ \\t]+(with|using|for)[ \\t]+[\"'`]?[^\\s\"'`]{8}",
      NULL, 8, 256, secret_value_char, password_shaped_valid, true, SCAN_WHOLE_TEXT },
    /* The password word, what it opens, the value, no verb: "mot de passe redis …",
     * "password for staging …", "Passwort für den Admin …" has a verb (rows above). */
    { "ENV_SECRET", SPAN_PASSWORD_OPENS, NULL /* PASSWORD_OPENS_SPEC, read from the password-word anchor */,
      NULL, 8, 256, secret_value_char, password_shaped_valid, true, SCAN_WHOLE_TEXT },
    /* The value before its password word, in the six languages: "Adm1n&671e er passordet til
     * testserveren", "… is the wifi password", "… ist das neue Passwort", "… est le mot de
     * passe", "… es la contraseña", "… är lösenordet", "use … as the password". The pattern
     * is the password word alone: the verb and the value before it are read back from it
     * (find_value_before_cue), so no part of the pattern runs ahead of a literal over prose
     * (with the value and verb in the pattern it cost the scan of mixed text 25 %). */
    { "ENV_SECRET", SPAN_BEFORE_CUE,
      "(passw(or)?d|passwort|kennwort|passord|l\xc3\xb6senord|mot de passe|\\bmdp\\b|contrase\xc3\xb1" "a|\\bclave"
      "|\\bpwd?\\b|passphrase)",
      NULL, 8, 64, secret_value_char, password_shaped_valid, true, SCAN_ALONE },
    /* A key before the words that name it: "Lq8v… is the new api key", "… er API-nøkkelen",
     * "… ist der API-Schlüssel", "… est la clé API", "use … as the access key". Read back from
     * the word as above; the value must be random like a key (digits, both cases). "token" and
     * "secret" as cues here cost the scan of mixed text 3.8 % (callgrind): not taken. */
    { "SECRET_TOKEN", SPAN_BEFORE_CUE,
      "(api[ _-]?key|access[ _-]?key|api-?n(\xc3\xb8|o)kkel|api-?nyckel|api-?schl(\xc3\xbc|ue?)ssel"
      "|cl(e|\xc3\xa9)[ _-](d'|de[ _-])?api)",
      NULL, 16, 128, secret_value_char, high_entropy_token_valid, true, SCAN_WHOLE_TEXT },
    /* A chat's answer to a question about a password with no '?': "yo whats the staging db pw
     * again\n[…] kari: …", "anyone got the redis password\n<ops> …". */
    { "ENV_SECRET", SPAN_ASSIGNED,
      "\\b(what'?s|wats|what is|hva er|hva var|vad \xc3\xa4r|vad var|was ist|wie lautet|quel est|c'est quoi"
      "|cu\xc3\xa1l es|cual es|any ?(one|body)|who has|got the|need the|send me the)[^\\n]{0,60}"
      "\\b(pw|pwd|pass|password|passwd|passordet|passord|l\xc3\xb6senordet|passwort|kennwort|mot de passe|mdp"
      "|contrase\xc3\xb1" "a|clave)\\b[^\\n?]{0,40}\\r?\\n[^\\n]{0,80}[:>][ \\t]+[\"'`]?[^\\s\"'`]{8}",
      NULL, 8, 256, secret_value_char, password_shaped_valid, true, SCAN_WHOLE_TEXT },
    /* A login written as user / password: "login admin / Tr0ub4dor#89", "creds: ops/…",
     * "Zugangsdaten für den Server: admin / …", "identifiants : admin / …"; "log in as admin
     * with …", "user admin pw …"; whose login is which, on the line after the word: "both need a
     * login; Mary's is …", "… creds, mine is …", "… identifiants, celui de Marie c'est …",
     * "… Zugang, der von Jörg ist …". The value must look made. */
    { "ENV_SECRET", SPAN_ASSIGNED,
      "(\\b(login|logon|creds|credentials|zugang|zugangsdaten|anmeldung|identifiants?|credenciales|acceso"
      "|innlogging|inloggning|p\xc3\xa5logging)([ \\t]+[^\\s:/]{1,16}){0,3}[ \\t]*:?[ \\t]+[^\\s/]{1,40}[ \\t]*/"
      "|\\b(log-?ins?|logons?|creds|credentials|zugang|zugangsdaten|identifiants?|credenciales|cuentas?|accesos?"
      "|innlogging(en)?|inloggning(en)?)\\b[^\\n]{0,80}"
      "([ \\t][^\\s]{1,40}'s|\\b(mine|his|hers|theirs|yours|ours)|\\b(celui|celle)[ \\t]+d(e[ \\t]+|')[^\\s]{1,40}"
      "|\\b(el|la)[ \\t]+de[ \\t]+[^\\s]{1,40}|\\b(das|der|die)[ \\t]+von[ \\t]+[^\\s]{1,40}"
      "|\\b(den|det)[ \\t]+till?[ \\t]+[^\\s]{1,40})"
      "[,;]?[ \\t]+(is|was|est|c'est|es|ist|lautet|er|\xc3\xa4r)[ \\t]+"
      "|\\blog[ -]?in[ \\t]+as[ \\t]+[^\\s]{1,40}[ \\t]+(with|using)([ \\t]+(the[ \\t]+)?password)?"
      "|\\buser(name)?[ \\t]*[:=]?[ \\t]+[^\\s,;]{1,40}[ \\t]+(pw|pwd|pass)[ \\t]*[:=]?)[ \\t]*[\"'`]?[^\\s\"'`]{8}",
      NULL, 8, 256, secret_value_char, password_shaped_valid, true, SCAN_WHOLE_TEXT },
    /* A secret told by what one types, with no password word: "the thing you type at the vpn
     * prompt is …", "what you enter at the login screen is …", "det du skriver inn på VPN-en,
     * er …", "det du skriver i VPN-rutan, är …", "was du beim VPN eintippst, ist …", "ce que
     * tu tapes pour le VPN, c'est …", "lo que escribes en la VPN es …". The value must look made.
     * One blank between the pronoun and the verb, so that the pair is a literal: with "[ \\t]+"
     * there every "you", "du" and "tu" started the row (0.8 % of the scan of mixed text). */
    { "ENV_SECRET", SPAN_ASSIGNED,
      "(\\b(you|u|du|tu|vous) (type|enter|key in|paste|skriver|taster|tastar|tapes|tapez|saisis"
      "|saisissez|entres|entrez)|\\bque (escribes|tecleas|pones|introduces|metes|ingresas)"
      "|\\b(eintippst|eingibst|eintippen|eingeben))\\b([ \\t]+[^\\s]{1,24}){0,6}[,;]?"
      "[ \\t]+(is|was|er|var|\xc3\xa4r|ist|war|lautet|c'est|est|es|era)[ \\t]*:?[ \\t]+[\"'`]?[^\\s\"'`]{8}",
      NULL, 8, 256, secret_value_char, password_shaped_valid, true, SCAN_WHOLE_TEXT },
    /* A test typing into a password field: cy.get('#password').type('…'), page.locator(
     * '[name=password]').fill('…'), find_element(By.ID, "password").send_keys("…"),
     * $('#pass').val('…'), getByLabel('Password').fill('…'), an attribute selector's
     * page.fill('input[name="password"]', '…'). The pattern opens at the password word, not
     * at the quote before it: every quote of code opening one cost the scan 4 %. */
    { "ENV_SECRET", SPAN_ASSIGNED,
      "(" SELECTOR_WORD "[a-z0-9_-]{0,12}[\"']?\\]?[\"'][ \\t]*\\)[ \\t]*\\.[ \\t]*"
      "(type|fill|send_?keys|setvalue|set_value|val|presssequentially|press_sequentially|set)[ \\t]*\\("
      "|" SELECTOR_WORD "[a-z0-9_-]{0,12}[\"']?\\][\"'][ \\t]*,"
      "|fill_in[ \\t]*\\(?[ \\t]*[\"'][^\"'\\n]{0,40}" SELECTOR_WORD "[^\"'\\n]{0,40}[\"'][ \\t]*,[ \\t]*with:)"
      "[ \\t]*[\"'`][^\\s\"'`]{6}",
      NULL, 6, 256, secret_value_char, password_value_valid, true, SCAN_WHOLE_TEXT },
    /* redis-cli's numbered replies: 7) "session"\n8) "b1c1…", 1) "requirepass"\n2) "…". */
    { "ENV_SECRET", SPAN_ASSIGNED,
      "[0-9]{1,4}\\)[ \\t]+\"[a-z0-9_.:-]*(passw(or)?d|pwd|pass|secret|token|session|auth|api[_-]?key|apikey|salt"
      "|credentials?)[a-z0-9_.:-]*\"\\r?\\n[0-9]{1,4}\\)[ \\t]+\"[^\\s\"'`]{8}",
      NULL, 8, 256, secret_value_char, password_shaped_valid, true, SCAN_WHOLE_TEXT },
    /* A shell command that prints a secret by its name, and its output on the next line or
     * the one after: "$ consul kv get config/db_password\n…", "$ vault kv get -field=password
     * …", "$ cat auth.txt\nuser@example.com\n…", "$ echo $DB_PASSWORD\n…". The line must
     * look made, not be "OK" or "NAME=value". The command's words before the verb are plain
     * words: any bytes there cost the scan of mixed text 10 % (every '#' and '>' opens one). */
    { "ENV_SECRET", SPAN_ASSIGNED,
      "[$#>%][ \\t]+([a-z0-9_.-]{1,16}[ \\t:]+){0,3}"
      "(cat|get|read|show|echo|printenv|type|reveal|decrypt|view|head|tail)"
      "[ \\t-]"
      "[^\\n]{0,100}(passw(or)?d|pwd|pass|secret|token|api[_-]?key|apikey|auth|creds?|credentials)[^\\n]{0,80}"
      "\\r?\\n([^\\n$#>]{1,120}\\r?\\n)?[\"']?[^\\s\"'`$#>][^\\s\"'`]{7}",
      NULL, 8, 256, secret_value_char, printed_secret_valid, true, SCAN_WHOLE_TEXT },
    /* curlrc and wgetrc: user = "name:password"; --user=name:password. */
    { "ENV_SECRET", SPAN_ASSIGNED,
      "(\\b|[_-])user[ \\t]*=[ \\t]*[\"']?[^\\s:\"'@=]{1,64}:[^\\s\"'`]{6}",
      NULL, 6, 256, secret_value_char, password_shaped_valid, true, SCAN_WHOLE_TEXT },
    /* A password piped to a tool that reads it from stdin: echo "…" | docker login
     * --password-stdin, echo '…' | sudo -S, echo … | passwd --stdin user. */
    { "ENV_SECRET", SPAN_AFTER_PREFIX,
      "\\becho[ \\t]+(-[ne][ \\t]+)?[\"']?[^\\s\"'`|]{6}[^\\n|]{0,64}\\|[ \\t]*[^\\n|]{0,100}"
      "(--password-stdin|--passphrase-stdin|\\bsudo[ \\t]+-S|passwd[ \\t]+--stdin|\\bchpasswd|--passphrase-fd[ \\t]+0)",
      "echo ", 6, 256, pipe_value_char, password_value_valid, false, SCAN_WHOLE_TEXT },
    /* Long flags with one dash (Go, Java and PowerShell tools): influx -password …, -token=…,
     * Invoke-Sqlcmd -Password …, New-LocalUser -Password …; and a password given as
     * "pass:…" to any pass flag (jarsigner -storepass pass:…, apksigner --ks-pass pass:…). */
    { "ENV_SECRET", SPAN_ASSIGNED,
      "\\s-(password|passwd|pass|pwd|passphrase|token|secret|apikey|api-key|auth-token|access-token|secret-key"
      "|client-secret)([ \\t]+|=)[\"']?[^\\s\"'`-][^\\s\"'`]{3}",
      NULL, 4, 256, secret_value_char, secret_value_valid, true, SCAN_WHOLE_TEXT },
    { "ENV_SECRET", SPAN_ASSIGNED, "\\s--?[a-z-]*pass[a-z]*[ \\t=]+[\"']?pass:[^\\s\"'`]{4}",
      NULL, 4, 256, secret_value_char, secret_value_valid, true, SCAN_WHOLE_TEXT },
    /* More tools with a password after a flag or in a fixed place: openssl passwd -6 …,
     * ssh-keygen -N …, macOS security … -w …, plink/pscp -pw …, xfreerdp /p:…, cmdkey
     * /pass:…, net user NAME …, bcp/isql -P …, vault login …, any "… login -p …"; any tool's
     * user then password, "-u USER -p …" (psexec, rdesktop, pgloader, ftp clients) or "-u USER
     * -P …" (mosquitto_pub/sub, ipmitool; mysql's "-P 3306" is a port, a number alone, which
     * flag_secret_valid refuses); FTP's and POP3's "PASS …" and IMAP's "a1 LOGIN user …" in a
     * transcript or a traced write(). */
    { "ENV_SECRET", SPAN_ASSIGNED,
      "(\\bopenssl[ \\t]+passwd([ \\t]+-[a-z0-9]+)*[ \\t]+|\\bssh-keygen\\s([^\\n]{0,100}\\s)?-[NP][ \\t]+"
      "|\\s-[uU][ \\t]+[^\\s-][^\\s]{0,63}[ \\t]+-[pP][ \\t]+|(^|[\\n\"]|> )PASS[ \\t]+"
      "|(^|[\\n\"]|> )[A-Za-z0-9.]{1,8}[ \\t]+LOGIN[ \\t]+[^\\s\"]{1,64}[ \\t]+"
      "|\\bsecurity[ \\t]+(add|set)-[a-z]+-password\\s([^\\n]{0,100}\\s)?-w[ \\t]+"
      "|\\b(plink|pscp|psftp|putty)(\\.exe)?\\s([^\\n]{0,100}\\s)?-pw[ \\t]+|\\s/(p|pass|password|pwd):"
      "|\\bnet[ \\t]+user[ \\t]+[^\\s/]{1,64}[ \\t]+|\\b(bcp|isql|osql)\\s([^\\n]{0,100}\\s)?-P[ \\t]*"
      "|\\bvault[ \\t]+login[ \\t]+|\\blogin\\s([^\\n]{0,100}\\s)?-p[ \\t]+)"
      "[\"']?[^\\s\"'`/\\\\-][^\\s\"'`]{3}",
      NULL, 4, 256, secret_value_char, flag_secret_valid, false, SCAN_WHOLE_TEXT },
    /* A secret set by a CLI under its name: npm/yarn/pnpm config set …token …, dotnet
     * user-secrets set "Db:Password" "…", doppler secrets set API_KEY …, poetry config
     * pypi-token.pypi …, gh secret set NAME --body …. */
    { "ENV_SECRET", SPAN_ASSIGNED,
      "\\b(config|user-secrets|secrets?)[ \\t]+((set|add|put|create)[ \\t]+)?(--?[a-z-]+[ \\t]+)*[\"']?"
      "[^\\s\"'=]{0,60}(passw(or)?d|passwd|pwd|token|secret|api[_-]?key|apikey|auth)[^\\s\"'=]{0,60}[\"']?"
      "([ \\t]+(-b|--body))?[ \\t]+[\"']?[^\\s\"'`-][^\\s\"'`]{7}",
      NULL, 8, 256, secret_value_char, password_shaped_valid, true, SCAN_WHOLE_TEXT },
    /* A header set in a server's config: nginx proxy_set_header Authorization "Bearer …",
     * proxy_set_header X-Api-Key …, Apache RequestHeader set …, HAProxy set-header …. */
    { "ENV_SECRET", SPAN_ASSIGNED,
      "(proxy_set_header|add_header|more_set_headers|requestheader[ \\t]+(set|append)|header[ \\t]+set|set-header)"
      "[ \\t]+[\"']?[a-z0-9-]*(key|token|secret|auth|authorization|signature)[a-z0-9-]*[\"']?[ \\t]+[\"']?"
      "((bearer|basic|token)[ \\t]+)?[^\\s\"'`;]{8}",
      NULL, 8, 256, header_value_char, password_shaped_valid, true, SCAN_WHOLE_TEXT },
    /* A here-string into a tool that reads a password from stdin: docker login
     * --password-stdin <<< "…". Its "secrets set" is read from the credential-key anchor's
     * "secret" (secret_here_string_ends, named_tokens.h) when the main database scans that
     * anchor, and HERE_STRING_UNSTEMMED_SPEC compiled. */
    { "ENV_SECRET", SPAN_ASSIGNED, HERE_STRING_SPEC,
      NULL, 6, 256, secret_value_char, password_value_valid, false, SCAN_WHOLE_TEXT },
    /* printf '%s' '…' | docker login --password-stdin. */
    { "ENV_SECRET", SPAN_AFTER_PREFIX,
      "\\bprintf[ \\t]+[\"']%s(\\\\n)?[\"'][ \\t]+[\"']?[^\\s\"'`|]{6}[^\\n|]{0,64}\\|[ \\t]*[^\\n|]{0,100}"
      "(--password-stdin|--passphrase-stdin|\\bsudo[ \\t]+-S|passwd[ \\t]+--stdin|\\bchpasswd|--passphrase-fd[ \\t]+0)",
      "printf ", 6, 256, pipe_value_char, password_value_valid, false, SCAN_WHOLE_TEXT },
    /* Robot Framework: Input Password    id=password    …. */
    { "ENV_SECRET", SPAN_ASSIGNED, "\\binput[ \\t]+password([ \\t]{2,}|\\t)[^\\s]+([ \\t]{2,}|\\t)[ \\t]*[^\\s]{6}",
      NULL, 6, 256, secret_value_char, password_value_valid, true, SCAN_WHOLE_TEXT },
    /* An element named by an attribute, its text the value: <param name="password">…</param>,
     * <entry key="api_key">…</entry>, Android's <string name="api_key">…</string>. */
    { "ENV_SECRET", SPAN_ASSIGNED,
      "<[a-z0-9_:.-]+[ \\t][^<>\\n]{0,60}(name|key)[ \\t]*=[ \\t]*[\"'][^\"'<>\\n]{0,40}" SECRET_WORD
      "[^\"'<>\\n]{0,40}[\"'][^<>\\n]{0,60}>[^\\s<\"'`]{6}",
      NULL, 6, 256, element_value_char, password_value_valid, true, SCAN_WHOLE_TEXT },
    /* A password changed to a value: "the password was reset to …", "I changed the password to
     * …", "endret passordet til …", "bytt lösenordet till …", "changé le mot de passe en …",
     * "cambié la contraseña a …". "the password to the VPN …" has no change verb and stays.
     * At most an article between the verb and the password word: with two words of any kind
     * there, every "updated" and "reset" in prose cost the scan of mixed text 10 %. */
    { "ENV_SECRET", SPAN_ASSIGNED,
      "((changed|reset|updated|rotated|chang\xc3\xa9|modifi\xc3\xa9|cambi\xc3\xa9|cambiado|cambiada"
      "|actualic\xc3\xa9|endret|endra|byttet|bytte|\xc3\xa4ndrade|\xc3\xa4ndrat|bytt|\xc3\xa4nderte|ge\xc3\xa4ndert)"
      "[ \\t]+([a-z]{1,5}[ \\t]+)?"
      "(passw(or)?d|passordet|passord|l\xc3\xb6senordet|mot de passe|contrase\xc3\xb1" "a|clave|passwort|kennwort)"
      "|(passw(or)?d|passordet|passord|l\xc3\xb6senordet|mot de passe|contrase\xc3\xb1" "a|clave)"
      "([ \\t]+[^\\s]{1,16}){0,3}[ \\t]+(changed|reset|set|updated|rotated|endret|byttet|satt|\xc3\xa4ndrat|bytt"
      "|chang\xc3\xa9|modifi\xc3\xa9|cambiad[ao]|actualizad[ao]))"
      "[ \\t]+(to|til|till|auf|en|a|zu|p\xc3\xa5)[ \\t]+[\"'`]?[^\\s\"'`]{8}",
      NULL, 8, 256, secret_value_char, password_shaped_valid, true, SCAN_WHOLE_TEXT },
    /* The value alone on the line after "password:" (a login pasted as lines, a form). */
    { "ENV_SECRET", SPAN_ASSIGNED,
      "\\b(" PASSWORD_WORDS "|pwd)"
      "[ \\t]*:[ \\t]*\\r?\\n[\"'`]?[^\\s\"'`]{8}",
      NULL, 8, 256, secret_value_char, printed_secret_valid, true, SCAN_WHOLE_TEXT },
    /* A secret stored by a cloud CLI: az keyvault secret set … --value …, aws ssm put-parameter
     * … --value …, aws secretsmanager create-secret … --secret-string …. Its "secret(s) set"
     * is read from the credential-key anchor's "secret" (secret_store_value_ends, named_tokens.h)
     * when the main database scans that anchor, and SECRET_STORE_UNSTEMMED_SPEC compiled. */
    { "ENV_SECRET", SPAN_ASSIGNED, SECRET_STORE_SPEC,
      NULL, 6, 256, secret_value_char, password_value_valid, true, SCAN_WHOLE_TEXT },
    /* Tools that take the password after a short flag: redis-cli -a, sshpass -p, mongosh -p,
     * sqlcmd -P, ldapsearch -w, docker login -p, keytool -storepass; or after the user:
     * lftp -u user,…, smbclient -U user%…. */
    { "ENV_SECRET", SPAN_ASSIGNED,
      "\\b(redis-cli\\s([^\\n]{0,100}\\s)?-a|\\bAUTH[ \\t]+[a-z0-9_.-]{1,32}[ \\t]"
      "|\\bACL[ \\t]+SETUSER[ \\t]+[^\\s]{1,64}[ \\t]([^\\n]{0,100}[ \\t])?>"
      "|\\brabbitmqctl[ \\t]+(add_user|change_password)[ \\t]+[^\\s]{1,64}[ \\t]|sshpass\\s([^\\n]{0,100}\\s)?-p"
      "|mongo(sh|dump|restore|export|import)?\\s([^\\n]{0,100}\\s)?-p|sqlcmd\\s([^\\n]{0,100}\\s)?-P"
      "|ldap(search|modify|add|delete|whoami|passwd)\\s([^\\n]{0,100}\\s)?-w"
      "|(docker|podman|nerdctl|buildah|skopeo|oras) login\\s([^\\n]{0,100}\\s)?-p"
      "|\\bkeytool\\s([^\\n]{0,100}\\s)?-(store|key|src|dest)(store)?pass"
      "|\\blftp\\s([^\\n]{0,100}\\s)?-u[ \\t]+[^\\s,]{1,64},|\\bsmbclient\\s([^\\n]{0,100}\\s)?-U[ \\t]+[^\\s%]{1,64}%"
      "|\\baz\\s([^\\n]{0,100}\\s)?-p|\\b(zip|unzip)\\s([^\\n]{0,100}\\s)?-P|\\b7z(a)?\\s([^\\n]{0,100}\\s)?-p"
      "|\\bopenssl\\s([^\\n]{0,100}\\s)?(-k|-pass(in|out)?[ \\t]+pass:)"
      "|\\bmc\\s+(alias\\s+set|config\\s+host\\s+add)\\s+[^\\s]+\\s+[^\\s]+\\s+[^\\s]+\\s)"
      "[ \\t]*[\"']?[^\\s\"'`-][^\\s\"'`]{3}",
      NULL, 4, 256, secret_value_char, secret_value_valid, false, SCAN_WHOLE_TEXT },
    /* A user and a password as a call's two string arguments: auth=("admin", "…"),
     * HTTPBasicAuth("u", "…"), new NetworkCredential("u", "…"), smtp.login("u", "…"),
     * new PasswordAuthentication("u", "…"), Perl's DBI->connect($dsn, "u", "…"), PHP's new
     * PDO($dsn, "u", "…"), $smtp->auth("u", "…"). */
    { "ENV_SECRET", SPAN_ASSIGNED,
      "(auth[ \\t]*=[ \\t]*\\(|basicauth\\(|networkcredential\\(|credentials?\\(|\\blogin\\("
      "|passwordauthentication\\(|(->|\\.)auth\\("
      "|(dbi->connect|new[ \\t]+pdo)\\([ \\t]*[\"'][^\"'\\n]{1,200}[\"'][ \\t]*,)"
      "[ \\t]*[\"'][^\"'\\n]{1,64}[\"'][ \\t]*,[ \\t]*[\"'][^\\s\"'`]{6}",
      NULL, 6, 256, secret_value_char, password_value_valid, true, SCAN_WHOLE_TEXT },
    /* A key handed to a signing or encryption call: jwt.encode(payload, '…'), jwt.sign(p, "…"),
     * hmac.new(b'…', …), Fernet(b'…'), crypto.createHmac('sha256', '…'). */
    { "ENV_SECRET", SPAN_ASSIGNED,
      "(\\bjwt\\.(encode|sign|decode|verify)\\([^,\\n]{1,100},|\\bhmac\\.new\\(|\\bfernet\\("
      "|\\bcreatehmac\\([ \\t]*[\"'][a-z0-9-]{1,12}[\"'][ \\t]*,)[ \\t]*[br]?[\"'][^\\s\"'`]{8}",
      NULL, 8, 256, secret_value_char, password_shaped_valid, true, SCAN_WHOLE_TEXT },
    /* htpasswd -b FILE USER PASSWORD; PowerShell's ConvertTo-SecureString "…" -AsPlainText;
     * postfix's sasl_passwd "[smtp.example.com]:587 user:password". */
    { "ENV_SECRET", SPAN_ASSIGNED,
      "(\\bhtpasswd(\\s+-[A-Za-z]+)*\\s+-[A-Za-z]*b[A-Za-z]*(\\s+-[A-Za-z]+)*\\s+[^\\s-][^\\s]*\\s+[^\\s-][^\\s]*\\s+"
      "|ConvertTo-SecureString[ \\t]+(-String[ \\t]+)?|\\][ \\t]*:[0-9]{1,5}[ \\t]+[^\\s:]+:)"
      "[\"']?[^\\s\"'`-][^\\s\"'`]{3}",
      NULL, 4, 256, secret_value_char, secret_value_valid, false, SCAN_WHOLE_TEXT },
    /* HTTP headers that carry a key or token by name: X-Functions-Key, X-Auth-Token,
     * X-Shopify-Access-Token, X-Secret (X-Api-Key is a row above). */
    { "ENV_SECRET", SPAN_ASSIGNED,
      "\\bx-([a-z0-9]+-)*(key|token|secret|auth|signature)(-[a-z0-9]+)*" ASSIGNMENT "[^\\s\"'`]{8}",
      NULL, 8, 256, secret_value_char, password_shaped_valid, true, SCAN_WHOLE_TEXT },
    /* A credential sent with no scheme: "Authorization: <token>" (a scheme is one word and
     * a space, the row below SECRET_TOKEN's; AWS4-HMAC-SHA256 is a scheme, no lowercase). */
    { "SECRET_TOKEN", SPAN_ASSIGNED,
      "authorization[\"']?[ \\t]*[:=][ \\t]*[\"']?[A-Za-z0-9._~+/=-]{16}",
      NULL, 16, 4096, authorization_char, bare_credential_valid, true, SCAN_WHOLE_TEXT },
    /* SMTP's and IMAP's AUTH PLAIN / LOGIN with the base64 credential on the line, its
     * padding too. */
    { "SECRET_TOKEN", SPAN_ASSIGNED, "\\bauth(enticate)?[ \\t]+(plain|login|xoauth2)[ \\t]+[A-Za-z0-9+/]{8}",
      NULL, 8, 1024, padded_base64_char, base64_secret_valid, true, SCAN_WHOLE_TEXT },
    /* A session cookie: "Cookie: session=…; theme=dark", "Set-Cookie: sid=…". */
    { "SECRET_TOKEN", SPAN_ASSIGNED,
      "cookie:([^\\n]*;)?[ \\t]*[a-z0-9_.-]*(sess|sid|token|auth|jwt)[a-z0-9_.-]*=[^;\\s\"'`]{8}",
      NULL, 8, 4096, connection_value_char, password_shaped_valid, true, SCAN_WHOLE_TEXT },
    /* Secrets one level under a parent that holds them, in JSON or YAML: {"apiKeys":
     * {"stripe": "…"}}, "secrets:\n  db: …" (any child); {"credentials": {"value": "…"}},
     * "auth:\n  key: …" (the child that is the secret; its user name is not); a list of them,
 * Keycloak's "credentials": [{"type": "password", "value": "…"}]; a JSON object as the string
 * of a setting, Hasura's JWT_SECRET: '{"type":"HS256","key":"…"}'. One row for
     * them all: each row of this shape costs the scan of every text about 0.5 instructions
     * a byte (callgrind, bench/scrub_bench.c's mixed text). */
    { "ENV_SECRET", SPAN_ASSIGNED,
      "((secrets|api[_-]?keys|tokens|passwords|bearer|bearer[_-]?tokens|auth[_-]?tokens)"
      "([\"']?[ \\t]*:[ \\t]*\\{([^{}]*,)?[ \\t\\r\\n]*[\"'][^\"'\\n]{1,40}[\"']"
      "|:[ \\t]*\\r?\\n([ \\t]+[^\\n]*\\n)*[ \\t]+[a-z0-9_.-]{1,40})"
      "|(credentials?|creds|auth|secret|basic_?auth|jwt|oauth2?|signing|encryption|hmac|webhooks?"
      "|[a-z0-9_]*passw(or)?d)"
      "([\"']?[ \\t]*:[ \\t]*[\"']?\\[?[ \\t\\r\\n]*\\{([^{}]*,)?[ \\t\\r\\n]*[\"'](value|key|data|secret|default)[\"']"
      "|:[ \\t]*\\r?\\n([ \\t]+[^\\n]*\\n)*[ \\t]+(value|key|data|secret|default)))"
      "[ \\t]*:[ \\t]*[\"']?[^\\s\"'`]{8}",
      NULL, 8, 256, secret_value_char, password_shaped_valid, true, SCAN_WHOLE_TEXT },
    /* The value on the line after its name: pretty-printed JSON ("password":\n    "…") and
     * YAML block scalars (password: >-\n    …, token: |\n    …). On the same line the rows
     * above read it. Its rare bytes are the newline right after the colon. Beside the
     * credential-key row, its words but the seeds' and recovery codes' are read from that
     * row's stems (next_line_value_end) and NEXT_LINE_UNSTEMMED_SPEC is compiled. */
    { "ENV_SECRET", SPAN_ASSIGNED,
      NEXT_LINE_VALUE_SPEC,
      NULL, 8, 256, secret_value_char, password_shaped_valid, true, SCAN_WHOLE_TEXT },
    /* ODBC braces a value that holds ';': "Pwd={p@ss;word}". */
    { "URL_CREDENTIAL", SPAN_ASSIGNED, "[;?&][ \\t]*(password|passwd|pwd|pass)[ \\t]*=[ \\t]*\\{[^}\\s]{4}",
      NULL, 4, 256, braced_value_char, secret_value_valid, true, SCAN_WHOLE_TEXT },
    /* Twilio's client built from the account SID and the auth token: Client("AC…", "…"). */
    { "ENV_SECRET", SPAN_ASSIGNED, "[\"']AC[0-9a-f]{32}[\"'][ \\t]*,[ \\t]*[\"'][0-9a-f]{16}",
      NULL, 16, 256, hex_char, hex_token_valid, false, SCAN_WHOLE_TEXT },
    /* Hex under any *_key (PagerDuty's routing_key, service_key, integration_key): a
     * RabbitMQ routing key ("orders.created") or a sort key is no hex. */
    { "ENV_SECRET", SPAN_ASSIGNED, "[a-z0-9][_-]?key[\"']?[ \\t]*[:=][ \\t]*[\"']?[0-9a-f]",
      NULL, 1, 256, hex_char, hex_token_valid, true, SCAN_WHOLE_TEXT },
    /* A key under a label of words whose last word is "key", with a blank before it:
     * "Integration key: …", "Routing key : …" (the row above reads "routing_key"). The
     * pattern opens at the blank and "key": from the line's start every line started it.
     * Not compiled beside the credential-key row: read from its "key" (labelled_key_end). */
    { "ENV_SECRET", SPAN_ASSIGNED, LABELLED_KEY_SPEC,
      NULL, 16, 256, token_char, labelled_key_valid, true, SCAN_WHOLE_TEXT },
    /* An API key given to curl as the user, the password left empty ("-u <key>:", Stripe's and
     * Checkr's way). A name ("-u admin:") is no key. */
    { "ENV_SECRET", SPAN_ASSIGNED,
      "\\bcurl\\s([^\\n]{0,200}\\s)?(-u|--user)[ \\t=]+[\"']?[^\\s:\"'`$]{16}",
      NULL, 16, 256, field_value_char, labelled_key_valid, false, SCAN_WHOLE_TEXT },
    /* An SNMP community string, the password of SNMP v1 and v2c: Cisco's "snmp-server
     * community … RO", net-snmp's "rocommunity …", "snmp_community: …". */
    { "ENV_SECRET", SPAN_ASSIGNED,
      "(\\bsnmp-server[ \\t]+community|\\br[ow]community6?|snmp[_-]?community|community[_-]?string)"
      "([\"']?[ \\t]*[:=]|[ \\t])[ \\t]*[\"']?[^\\s\"'`]{8}",
      NULL, 8, 256, secret_value_char, password_shaped_valid, true, SCAN_WHOLE_TEXT },
    /* A Wi-Fi key unquoted at the start of its line, as NetworkManager's keyfiles and
     * hostapd-like configs write it ("psk=maple copper spruce"): the value is the whole rest of
     * the line, blanks too. */
    { "ENV_SECRET", SPAN_ASSIGNED, "(^|\\n)[ \\t]*(psk|wpa[_-]?psk|(wi-?fi|wlan)[_-]?(key|psk))[ \\t]*=[ \\t]*[^\\s\"'`]",
      NULL, 1, 64, phrase_value_char, printed_wifi_key_valid, true, SCAN_WHOLE_TEXT },
    /* The Wi-Fi key Windows prints (netsh wlan show profile … key=clear): "Key Content : …",
     * words and blanks as they are, to the end of the line. */
    { "ENV_SECRET", SPAN_ASSIGNED, "\\bkey content[ \\t]*:[ \\t]*[^\\s]",
      NULL, 1, 64, phrase_value_char, printed_wifi_key_valid, true, SCAN_WHOLE_TEXT },
    /* A DNS provider's token in a Caddyfile: "dns cloudflare …", "acme_dns route53 …". */
    { "SECRET_TOKEN", SPAN_ASSIGNED, "\\b(acme_)?dns[ \\t]+[a-z0-9_]{2,24}[ \\t]+[A-Za-z0-9_-]{16}",
      NULL, 16, 256, token_char, high_entropy_token_valid, false, SCAN_WHOLE_TEXT },
    /* cloud-init's chpasswd list, user:password a line ("chpasswd:\n  list: |\n    root:…"),
     * up to eight users. */
    { "ENV_SECRET", SPAN_ASSIGNED,
      "\\bchpasswd:[ \\t]*\\r?\\n([ \\t]+[a-z]{1,12}:[^\\n]{0,24}\\n){0,3}[ \\t]+list:[ \\t]*[|>]?-?[ \\t]*\\r?\\n"
      "([ \\t]+[a-z_][a-z0-9_.-]{0,15}:[^\\s]{1,64}\\r?\\n){0,6}[ \\t]+[a-z_][a-z0-9_.-]{0,15}:[^\\s\"'`]{6}",
      NULL, 6, 256, secret_value_char, field_password_valid, true, SCAN_WHOLE_TEXT },
    /* A label of a few words, one of them naming a key, a token or an access code in one of the
     * six languages, then a colon and a value random like a key: "Token de la API de Holded:
     * …", "Tilgangskode til Vipps-API-et: …", "Clé d'accès Qonto : …", "API-Schlüssel (prod): …".
     * ENV_SECRET, as the generic rows below name a "token": … they read too. The word opens its
     * line (or a list's item): anywhere, every "tokenizer" of prose ran the words after it
     * (3 % of the scan of mixed text, callgrind). */
    { "ENV_SECRET", SPAN_ASSIGNED,
      "(^|\\n)[ \\t]{0,8}([-*][ \\t])?"
      "(token|jeton|tilgangskode|tilgangsn\xc3\xb8kkel|\xc3\xa5tkomstkod|\xc3\xa5tkomstnyckel|zugangscode"
      "|schl\xc3\xbcssel|cl\xc3\xa9|llave|clave)[^\\s:]{0,24}([ \\t][^\\s:]{1,24}){0,6}[ \\t]*:[ \\t]*"
      "[\"'`]?[^\\s\"'`]{16}",
      NULL, 16, 256, secret_value_char, labelled_key_valid, true, SCAN_WHOLE_TEXT },
    /* A Wi-Fi key under a label in one of the six languages, a passphrase of words with its
     * blanks: "Clé wifi du bureau : …", "WLAN-Schlüssel Büro: …", "Wi-Fi key (guest): …". */
    { "ENV_SECRET", SPAN_ASSIGNED,
      "(cl(e|\xc3\xa9)[ \\t]+(du[ \\t]+|de[ \\t]+la[ \\t]+)?wi-?fi|clave[ \\t]+(del[ \\t]+)?wi-?fi"
      "|(wi-?fi|wlan)[ _-]?(key|schl\xc3\xbcssel|n\xc3\xb8kkel|nyckel|clave|kode|kod))"
      "([ \\t][^\\s:]{1,24}){0,3}[ \\t]*:[ \\t]*[^\\s\"'`]",
      NULL, 1, 64, phrase_value_char, quoted_key_valid, true, SCAN_WHOLE_TEXT },
    /* A cookie in a browser's or a test tool's cookie jar: Playwright's storageState and
     * Puppeteer's {"name": "sid", "value": "…"}, a session's or a token's cookie. */
    { "SECRET_TOKEN", SPAN_ASSIGNED,
      "\"name\"[ \\t]*:[ \\t]*\"[a-z0-9_.-]*(sid|sess|session|token|auth|jwt)[a-z0-9_.-]*\"[ \\t]*,[ \\t\\r\\n]*"
      "\"value\"[ \\t]*:[ \\t]*\"[^\\s\"'`]{16}",
      NULL, 16, 4096, secret_value_char, labelled_key_valid, true, SCAN_WHOLE_TEXT },
    /* user:password under a key that names an authentication: ngrok's and Caddy's
     * basic_auth: ["user:…"], auth: "user:…", credentials = "user:…". */
    { "ENV_SECRET", SPAN_ASSIGNED,
      "(basic[_-]?auth|\\bauth|credentials?|userinfo)[\"']?[ \\t]*[:=][ \\t]*\\[?[ \\t]*[\"'][^\\s:\"'@]{1,64}:"
      "[^\\s\"'`]{6}",
      NULL, 6, 256, secret_value_char, password_value_valid, true, SCAN_WHOLE_TEXT },
    /* Nagios's and Icinga's resource file: $USER3$=…, the macros that hold passwords (and
     * user names and paths, which are not made like one). */
    { "ENV_SECRET", SPAN_ASSIGNED, "\\$USER[0-9]{1,3}\\$[ \\t]*=[ \\t]*[^\\s\"'`]{8}",
      NULL, 8, 256, secret_value_char, password_shaped_valid, false, SCAN_WHOLE_TEXT },
    /* A secret piped into a secret store: echo "…" | docker secret create NAME -. */
    { "ENV_SECRET", SPAN_AFTER_PREFIX,
      "\\becho[ \\t]+(-[ne][ \\t]+)?[\"']?[^\\s\"'`|]{6}[^\\n|]{0,64}\\|[ \\t]*(docker|podman)[ \\t]+secret[ \\t]+create\\b",
      "echo ", 6, 256, pipe_value_char, password_value_valid, false, SCAN_WHOLE_TEXT },
    /* MinIO's client adding a user: mc admin user add ALIAS USER PASSWORD. */
    { "ENV_SECRET", SPAN_ASSIGNED,
      "\\bmc[ \\t]+admin[ \\t]+user[ \\t]+add[ \\t]+[^\\s]{1,64}[ \\t]+[^\\s]{1,64}[ \\t]+[\"']?[^\\s\"'`]{4}",
      NULL, 4, 256, secret_value_char, secret_value_valid, false, SCAN_WHOLE_TEXT },
    /* A login under a label written as user / password, no password word: "- Router admin: admin
     * / …", "VPN: kari.nordmann / …". The value must look made. */
    { "ENV_SECRET", SPAN_ASSIGNED, ":[ \\t]*[A-Za-z0-9_.@-]{1,40} / [^\\s\"'`/]{8}",
      NULL, 8, 256, secret_value_char, password_shaped_valid, false, SCAN_WHOLE_TEXT },
    /* The keys az prints as a table (az storage account keys list -o table): "key1  FULL  …". */
    { "ENV_SECRET", SPAN_ASSIGNED, "\\bkey[12][ \\t]+(full|read)[ \\t]+[A-Za-z0-9+/]{20}",
      NULL, 20, 256, padded_base64_char, base64_secret_valid, true, SCAN_WHOLE_TEXT },
    /* Any key whose words name a credential, in any case style and the six languages, in
     * any container (env, YAML, JSON, TOML, INI, .properties, XML, HCL, directives, code,
     * flags, k8s env entries, logs, tables): the pattern is a credential word's stem, and
     * scrub/secret_keys.c reads the key around it, judges its words and reads the value.
     * The value must be made like a secret (secret_key_value_made); it is judged once
     * Hyperscan has passed its end, so that a value the rows above took ("DB_PASSWORD=…") is
     * not judged again (struct scan's `pending`). */
    { "ENV_SECRET", SPAN_SECRET_KEY, SECRET_KEY_ANCHOR,
      NULL, 8, SECRET_KEY_VALUE_MAX, secret_value_char, NULL, true, SCAN_WHOLE_TEXT },
    /* Secrets with no key before them (scrub/secret_places.h, the census secret_places.jsonl):
     * the line a secret-printing command prints ("$ gcloud secrets versions access …\n…"),
     * and the value after a cue once the sentence or the one before named the credential
     * ("the db password was changed, now it is …", "nå er det …", "jetzt …"). The
     * patterns are anchors; the readers judge the value like a secret's. */
    { "ENV_SECRET", SPAN_SECRET_PRINTED, SECRET_PRINTED_ANCHOR,
      NULL, 8, SECRET_PLACE_VALUE_MAX, secret_value_char, NULL, true, SCAN_WHOLE_TEXT },
    { "ENV_SECRET", SPAN_SECRET_CUED, SECRET_CUED_ANCHOR,
      NULL, 4, SECRET_PLACE_VALUE_MAX, secret_value_char, NULL, true, SCAN_WHOLE_TEXT },
    { "ENV_SECRET", SPAN_SECRET_DIRECTIVE, SECRET_DIRECTIVE_ANCHOR,
      NULL, 4, SECRET_PLACE_VALUE_MAX, secret_value_char, NULL, true, SCAN_WHOLE_TEXT },
    /* Admin work's places (scrub/tool_credentials.h, the census admin_secrets.jsonl):
     * "login …: user / …", define('AUTH_KEY', '…'), and net-snmp's -A/-X, keytool's
     * -storepass, kickstart's rootpw, wpa_passphrase. */
    { "ENV_SECRET", SPAN_SECRET_LOGIN, TOOL_LOGIN_ANCHOR,
      NULL, 8, SECRET_PLACE_VALUE_MAX, secret_value_char, NULL, false, SCAN_WHOLE_TEXT },
    { "ENV_SECRET", SPAN_SECRET_DEFINE, TOOL_DEFINE_ANCHOR,
      NULL, 8, SECRET_PLACE_VALUE_MAX, secret_value_char, NULL, true, SCAN_WHOLE_TEXT },
    { "ENV_SECRET", SPAN_SECRET_TOOL, TOOL_ARGUMENT_ANCHOR,
      NULL, 4, SECRET_PLACE_VALUE_MAX, secret_value_char, NULL, false, SCAN_WHOLE_TEXT },
    /* A heading of backup or recovery codes, or a security question: each line's codes, the
     * answer (scrub/tool_credentials.h, the census credentials3.jsonl). */
    { "ENV_SECRET", SPAN_SECRET_CODES, TOOL_CODES_ANCHOR,
      NULL, 4, SECRET_PLACE_VALUE_MAX, secret_value_char, NULL, true, SCAN_WHOLE_TEXT },
    /* Generic shapes last: on an equal span a specific type above wins.
     * Upper-case names with KEY, PWD or PASS anywhere in them (MASTERKEY, DBPASS, SMTP_PWD).
     * Scanned alone: compiled with the rest, on "DB_PASSWORD=…" runs it made the main
     * database 2x slower (22 -> 11 ns a byte alone), its own scan costs ~2.4 ns a byte
     * there and ~0.03 on prose (bench/scrub_bench.c, "PASSWORD= assignments"). */
    { "ENV_SECRET", SPAN_ASSIGNED, "[A-Z0-9_]*(KEY|PWD|PASS)[A-Z0-9_]*" ASSIGNMENT "[^\\s\"'`]{8}",
      NULL, 8, 256, secret_value_char, secret_value_valid, false, SCAN_ALONE },
    /* Hex under a key that names no secret by itself (session ids, signatures, auth
     * values): the other secret-like keys take any value above. */
    { "SECRET_TOKEN", SPAN_ASSIGNED, "(auth|signature|session|cookie|salt|hmac)[a-z0-9_-]*" ASSIGNMENT "[0-9a-f]",
      NULL, 1, 256, hex_char, hex_token_valid, true, SCAN_WHOLE_TEXT },
    /* A high-entropy token up to 20 bytes after a word that names it, and past a remark in
     * parentheses: "signing secret (from the dashboard): …", "API key (prod, read-only): …".
     * The pattern is the words alone; scrub/named_tokens.c reads the token's ends from each
     * (NAMED_TOKEN_SPEC was this row's regex: its 40-byte window, open at every word, was a
     * third of the main scan's work on a body packed with them). */
    { "SECRET_TOKEN", SPAN_NAMED_TOKEN, NAMED_TOKEN_ANCHOR,
      NULL, NAMED_TOKEN_LENGTH, 256, token_char, high_entropy_token_valid, true, SCAN_WHOLE_TEXT },
    /* A vendor token by its form, whatever the vendor: a short prefix, a separator, a random
     * body ("tgp_v1_BheN…", "MIMIW_PROD_wZFz…"); read by hand around the digits
     * (scrub/token_forms.h states the form), after the vendor rows above. */
    { "SECRET_TOKEN", SPAN_TOKEN_FORM, NULL, NULL, 23, RUN_LENGTH_UNBOUNDED, token_char, NULL, false,
      SCAN_WHOLE_TEXT },
};
const size_t builtin_entity_type_count = sizeof builtin_entity_types / sizeof builtin_entity_types[0];

/* A person's name written as a login after a login cue ("--user=jsmith", "Accepted publickey for
 * kari_n", "/home/jsmith"; the census logins.jsonl): the pattern is the cue, scrub/login_names.c
 * reads the login after it and judges it with the name table. */
const struct entity_type login_name_entity_type = {
    "PERSON", SPAN_LOGIN_NAME, LOGIN_CUE_ANCHOR, NULL, 2, 32, token_char, NULL, true, SCAN_WHOLE_TEXT,
};

/* The rows read from the password-word anchor: each rule's form, in the same order. */
_Static_assert(SPAN_PASSWORD_QUOTED - SPAN_PASSWORD_ASSIGNED == PASSWORD_WORD_QUOTED
               && SPAN_PASSWORD_LISTED - SPAN_PASSWORD_ASSIGNED == PASSWORD_WORD_LISTED
               && SPAN_PASSWORD_SENTENCE - SPAN_PASSWORD_ASSIGNED == PASSWORD_WORD_SENTENCE
               && SPAN_PASSWORD_ALONE - SPAN_PASSWORD_ASSIGNED == PASSWORD_WORD_ALONE
               && SPAN_PASSWORD_OPENS - SPAN_PASSWORD_ASSIGNED == PASSWORD_WORD_OPENS
               && PASSWORD_WORD_ASSIGNED == 0 && PASSWORD_WORD_FORM_COUNT == 6,
               "a password-word row's rule names its form");

/* ---- compiling ---- */

/* Does the main database scan for SECRET_KEY_ANCHOR? Then the SPAN_NAMED_TOKEN row reads
 * its cue words from those matches and scans for the one word they lack (named_tokens.h). */
static bool scans_secret_key_anchor(const struct entity_type *types, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        if (types[i].rule == SPAN_SECRET_KEY && types[i].scan == SCAN_WHOLE_TEXT && types[i].caseless
            && types[i].pattern != NULL && strcmp(types[i].pattern, SECRET_KEY_ANCHOR) == 0) {
            return true;
        }
    }
    return false;
}

static bool is_labelled_key_row(const struct entity_type *type)
{
    return type->rule == SPAN_ASSIGNED && type->scan == SCAN_WHOLE_TEXT && type->caseless && type->pattern != NULL
           && strcmp(type->pattern, LABELLED_KEY_SPEC) == 0;
}

static bool is_next_line_value_row(const struct entity_type *type)
{
    return type->rule == SPAN_ASSIGNED && type->scan == SCAN_WHOLE_TEXT && type->caseless && type->pattern != NULL
           && strcmp(type->pattern, NEXT_LINE_VALUE_SPEC) == 0;
}

static bool is_secret_store_row(const struct entity_type *type)
{
    return type->rule == SPAN_ASSIGNED && type->scan == SCAN_WHOLE_TEXT && type->caseless && type->pattern != NULL
           && strcmp(type->pattern, SECRET_STORE_SPEC) == 0;
}

static bool is_here_string_row(const struct entity_type *type)
{
    return type->rule == SPAN_ASSIGNED && type->scan == SCAN_WHOLE_TEXT && !type->caseless && type->pattern != NULL
           && strcmp(type->pattern, HERE_STRING_SPEC) == 0;
}

static bool is_aws_secret_row(const struct entity_type *type)
{
    return type->rule == SPAN_ASSIGNED && type->scan == SCAN_WHOLE_TEXT && type->caseless && type->pattern != NULL
           && strcmp(type->pattern, AWS_SECRET_SPEC) == 0;
}

static bool is_key_sentence_row(const struct entity_type *type)
{
    return type->rule == SPAN_PASSWORD_SENTENCE && type->scan == SCAN_WHOLE_TEXT && type->caseless
           && type->pattern != NULL && strcmp(type->pattern, SENTENCE_ROW_SPEC) == 0;
}

/* The pattern a row is compiled with; NULL: none, its ends are read from the credential-key
 * anchor's matches (read_secret_key). */
static const char *compiled_pattern(const struct entity_type *type, bool from_key_anchor)
{
    if (type->rule == SPAN_NAMED_TOKEN && from_key_anchor) {
        return NAMED_TOKEN_OWN_ANCHOR;
    }
    if (from_key_anchor && is_labelled_key_row(type)) {
        return NULL;
    }
    if (from_key_anchor && is_key_sentence_row(type)) {
        return SENTENCE_UNKEYED_SPEC;
    }
    if (from_key_anchor && is_next_line_value_row(type)) {
        return NEXT_LINE_UNSTEMMED_SPEC;
    }
    if (from_key_anchor && is_secret_store_row(type)) {
        return SECRET_STORE_UNSTEMMED_SPEC;
    }
    if (from_key_anchor && is_here_string_row(type)) {
        return HERE_STRING_UNSTEMMED_SPEC;
    }
    if (from_key_anchor && is_aws_secret_row(type)) {
        return NULL;
    }
    return type->pattern;
}

/* One database of the types whose `scan` is `scan`; NULL in *out if none. */
static bool compile_database(const struct entity_type *types, size_t count, enum pattern_scan scan,
                             bool named_token_from_key_anchor, hs_database_t **out,
                             char *error, size_t error_size)
{
    *out = NULL;
    const char **expressions = calloc(count, sizeof *expressions);
    unsigned *flags = calloc(count, sizeof *flags);
    unsigned *ids = calloc(count, sizeof *ids);
    unsigned chosen = 0;
    if (expressions == NULL || flags == NULL || ids == NULL) {
        free(expressions);
        free(flags);
        free(ids);
        snprintf(error, error_size, "scrub: out of memory compiling patterns");
        return false;
    }
    for (size_t i = 0; i < count; i++) {
        const char *pattern = compiled_pattern(&types[i], named_token_from_key_anchor);
        if (types[i].scan != scan || pattern == NULL) {
            continue;                 /* no pattern: found by the structure (scrub/columns.c) or read from an anchor */
        }
        expressions[chosen] = pattern;
        /* No SOM for built-in shapes: their span is found by hand, and SOM can cost 100x.
         * Custom patterns have no hand-written span rule, so they pay for it. */
        flags[chosen] = (types[i].caseless ? HS_FLAG_CASELESS : 0)
                        | (types[i].rule == SPAN_REPORTED ? HS_FLAG_SOM_LEFTMOST : 0);
        ids[chosen++] = (unsigned)i;
    }
    hs_compile_error_t *compile_error = NULL;
    hs_error_t status = chosen == 0 ? HS_SUCCESS
                      : hs_compile_multi(expressions, flags, ids, chosen, HS_MODE_BLOCK, NULL, out, &compile_error);
    if (status != HS_SUCCESS) {
        int which = compile_error ? compile_error->expression : -1;
        snprintf(error, error_size, "scrub: the pattern of %s does not compile: %s",
                 which >= 0 && (unsigned)which < chosen ? types[ids[which]].name : "an entity type",
                 compile_error ? compile_error->message : "unknown error");
        hs_free_compile_error(compile_error);
    }
    free(expressions);
    free(flags);
    free(ids);
    return status == HS_SUCCESS;
}

enum { DATABASE_COUNT = SCAN_DIALLED_RUNS + 1 };

static void free_databases(hs_database_t **databases)
{
    for (int which = 0; which < DATABASE_COUNT; which++) {
        hs_free_database(databases[which]);
    }
}

bool pattern_set_compile(struct pattern_set *set, const struct entity_type *types, size_t count,
                         char *error, size_t error_size)
{
    memset(set, 0, sizeof *set);
    secret_words_init(&set->secret_words);
    set->named_token_from_key_anchor = scans_secret_key_anchor(types, count);
    hs_database_t *databases[DATABASE_COUNT] = { NULL };
    for (int which = 0; which < DATABASE_COUNT; which++) {
        if (!compile_database(types, count, (enum pattern_scan)which, set->named_token_from_key_anchor,
                              &databases[which], error, error_size)) {
            free_databases(databases);
            return false;
        }
    }
    /* One scratch serves every database. */
    hs_scratch_t *scratch = NULL;
    for (int which = 0; which < DATABASE_COUNT; which++) {
        if (databases[which] != NULL && hs_alloc_scratch(databases[which], &scratch) != HS_SUCCESS) {
            hs_free_scratch(scratch);
            free_databases(databases);
            snprintf(error, error_size, "scrub: cannot allocate Hyperscan scratch space");
            return false;
        }
    }
    set->types = types;
    set->count = count;
    set->database = databases[SCAN_WHOLE_TEXT];
    set->number_database = databases[SCAN_NUMBER_RUNS];
    set->alone_database = databases[SCAN_ALONE];
    set->lettered_database = databases[SCAN_LETTERED_RUNS];
    set->dialled_database = databases[SCAN_DIALLED_RUNS];
    set->scratch = scratch;
    for (size_t i = 0; i < count; i++) {
        if (types[i].rule >= SPAN_PASSWORD_ASSIGNED && types[i].rule <= SPAN_PASSWORD_OPENS
            && set->password_word_rows[types[i].rule - SPAN_PASSWORD_ASSIGNED] == NULL) {
            set->password_word_rows[types[i].rule - SPAN_PASSWORD_ASSIGNED] = &types[i];
        }
        if (types[i].rule == SPAN_NAMED_TOKEN && types[i].scan == SCAN_WHOLE_TEXT && set->named_token_row == NULL) {
            set->named_token_row = &types[i];
        }
        if (types[i].rule == SPAN_TOKEN_FORM && set->token_form_row == NULL) {
            set->token_form_row = &types[i];
        }
        if (set->named_token_from_key_anchor && is_labelled_key_row(&types[i]) && set->labelled_key_row == NULL) {
            set->labelled_key_row = &types[i];
        }
        if (set->named_token_from_key_anchor && is_key_sentence_row(&types[i]) && set->key_sentence_row == NULL) {
            set->key_sentence_row = &types[i];
        }
        if (set->named_token_from_key_anchor && is_next_line_value_row(&types[i]) && set->next_line_value_row == NULL) {
            set->next_line_value_row = &types[i];
        }
        if (set->named_token_from_key_anchor && is_secret_store_row(&types[i]) && set->secret_store_row == NULL) {
            set->secret_store_row = &types[i];
        }
        if (set->named_token_from_key_anchor && is_here_string_row(&types[i]) && set->here_string_row == NULL) {
            set->here_string_row = &types[i];
        }
        if (set->named_token_from_key_anchor && is_aws_secret_row(&types[i]) && set->aws_secret_row == NULL) {
            set->aws_secret_row = &types[i];
        }
    }
    set->decided = calloc(count, sizeof *set->decided);
    if (set->decided == NULL) {
        pattern_set_release(set);
        snprintf(error, error_size, "scrub: out of memory compiling patterns");
        return false;
    }
    return true;
}

void pattern_set_release(struct pattern_set *set)
{
    if (set->scratch != NULL) {
        hs_free_scratch(set->scratch);
    }
    hs_free_database(set->database);
    hs_free_database(set->number_database);
    hs_free_database(set->alone_database);
    hs_free_database(set->lettered_database);
    hs_free_database(set->dialled_database);
    free(set->decided);
    memset(set, 0, sizeof *set);
}

/* ---- scanning ---- */

struct joined_runs;

struct scan {
    struct pattern_set *set;
    const char *text;
    size_t len;
    struct candidate *out;
    size_t count, max;
    const struct joined_runs *joined; /* the number runs being scanned, if they are */
    /* The spans the main database found, by (start, end), while the others are scanned:
     * found_by_earlier_row sees only the last few candidates, and those are the main
     * scan's last ones, not the ones at the same place. Slots hold index + 1; 0 is empty. */
    uint32_t *earlier_spans;
    size_t earlier_mask;
    /* A credential key's value read at its anchor (SPAN_SECRET_KEY) and judged only once
     * Hyperscan has passed its end: the rows that match inside it report first, and a value
     * one of them took ("DB_PASSWORD=…") is not judged again. */
    struct secret_assignment pending;
    const struct entity_type *pending_type;
    struct secret_key_memory secret_memory; /* what the anchors' reads have read (packed runs once) */
    struct named_token_memory named_memory; /* the same for the words that name a token */
    struct key_sentence_memory key_sentence_memory; /* the same for the sentence's key cue words */
    struct next_line_memory next_line_memory;       /* the same for the names before a next line's value */
    struct secret_store_memory secret_store_memory; /* the same for a CLI's "secrets set" windows */
    struct secret_store_memory here_string_memory;  /* the same for a here-string's "secrets set" windows */
};

/* "FR30 7247 7412 5644 1619 5315 268": a valid card number can hide inside a longer
 * number written in groups. A span whose neighbour across one of its own separators is
 * another group of the same number is part of that number, not a value of its own. */
/* Is the run of digits from `at` on (step 1) or back (step -1) six digits or more? Groups of
 * a written number have at most five; "(512) 247 0060 738312933 is my social": a phone, then
 * another number. Reads at most six bytes. */
static bool long_digit_run(const char *text, size_t len, size_t at, int step)
{
    for (size_t count = 0; count < 6; count++) {
        if (at >= len || (unsigned char)(text[at] - '0') > 9) {  /* isdigit without its table call */
            return false;
        }
        if (step < 0 && at == 0) {
            return count + 1 >= 6;
        }
        at = step > 0 ? at + 1 : at - 1;
    }
    return true;
}

/* A neighbour of six digits or more is another number only next to a span written in short
 * groups: "601921868 000340" between two long runs is one run cut anywhere. The span's groups
 * are read only when such a neighbour is there. */
static bool another_number(const char *text, size_t len, size_t start, size_t end, size_t at, int step)
{
    if (!long_digit_run(text, len, at, step)) {
        return false;
    }
    size_t group = 0;
    for (size_t i = start; i < end; i++) {
        group = isdigit((unsigned char)text[i]) ? group + 1 : 0;
        if (group > 5) {
            return false;
        }
    }
    return true;
}

static bool continues_a_grouped_number(const char *text, size_t len, size_t start, size_t end)
{
    for (size_t i = start; i < end; i++) {
        char separator = text[i];
        if (separator != ' ' && separator != '-') {
            continue;
        }
        /* The right neighbour is read only when the left one is no group of this number:
         * in a long run of groups ("DE89 3704 3704 …") every group end asks both. */
        bool left = start >= 2 && text[start - 1] == separator && isdigit((unsigned char)text[start - 2])
                    && !another_number(text, len, start, end, start - 2, -1);
        return left || (end + 1 < len && text[end] == separator && isdigit((unsigned char)text[end + 1])
                        && !another_number(text, len, start, end, end + 1, 1));
    }
    return false;
}

/* Digit-shaped values: the separators they use are ordinary text too, so the span
 * cannot be read off the characters. Hyperscan's end must be a word boundary (not
 * inside a longer number or address); the start is the leftmost boundary-aligned one
 * within the type's lengths that the validator accepts. */
static bool value_ends_at(const char *text, size_t len, size_t end)
{
    /* "…-5678" goes on; "(+34) 755950314-M" (a booking's mobile tag) ends at the dash. */
    return !(end < len && (scrub_is_word_byte((unsigned char)text[end])
                           || ((text[end] == '.' || text[end] == ':') && end + 1 < len
                               && isalnum((unsigned char)text[end + 1]))
                           || (text[end] == '-' && end + 1 < len && isdigit((unsigned char)text[end + 1]))));
}

/* Where the port number (1 to 65535, at most five digits) after the ':' at `colon` ends, with
 * the number in `port`; 0 if no such number is there. */
static size_t port_digits_end(const char *text, size_t len, size_t colon, unsigned long *port)
{
    if (colon >= len || text[colon] != ':') {
        return 0;
    }
    size_t end = colon + 1;
    *port = 0;
    while (end < len && end - colon <= 5 && isdigit((unsigned char)text[end])) {
        *port = *port * 10 + (unsigned long)(text[end] - '0');
        end++;
    }
    return end == colon + 1 || *port == 0 || *port > 65535 ? 0 : end;
}

/* Docker's "-p 10.0.0.5:8080:80" and compose's "10.0.0.5:5432:5432" (host address, host
 * port, container port, "/udp" maybe): a second port after the first. A time's minutes and
 * seconds ("10.11.12.13:45:00") are two digits below 60 each, and stay refused. */
static bool container_port_follows(const char *text, size_t len, size_t at, size_t end, unsigned long first)
{
    unsigned long port = 0;
    size_t second = port_digits_end(text, len, end, &port);
    if (second == 0) {
        return false;
    }
    bool slash_protocol = second < len && text[second] == '/';
    if (!slash_protocol && !value_ends_at(text, len, second)) {
        return false;
    }
    bool clock_like = end - at - 1 == 2 && first < 60 && second - end - 1 == 2 && port < 60;
    return !clock_like || slash_protocol;
}

/* Where ":port" (1 to 65535) after offset `at` ends and a value's boundary follows; 0 if
 * no port is there. "10.11.12.13:45:00" reads as a time, not a port: refused. */
static size_t port_end_after(const char *text, size_t len, size_t at)
{
    unsigned long port = 0;
    size_t end = port_digits_end(text, len, at, &port);
    if (end == 0) {
        return 0;
    }
    /* ".pgpass"'s host:port:database:user:password: a name after the port is no time. */
    bool field_follows = end + 1 < len && text[end] == ':' && isalpha((unsigned char)text[end + 1]);
    if (!(value_ends_at(text, len, end) || field_follows || container_port_follows(text, len, at, end, port))) {
        return 0;
    }
    return end;
}

/* "version 10.4.2.1", "Build 16.0.4.2", "firmware v2.1.0.7", "Kernel 5.15.0.91": four dotted
 * numbers after a word that names a release or a versioned product are a version, not an
 * address. The word must end right before `start` (spaces, ':', '/' or "v" between). */
static bool after_version_word(const char *text, size_t start)
{
    static const char *const words[] = { "version", "versjon", "versionen", "versi\xc3\xb3n", "ver", "build",
                                         "release", "firmware", "fw", "rev", "revision", "v", "kernel", "chrome",
                                         "firefox", "android", "dotnet", "jdk", "sdk",
                                         /* a document's dotted section number (census round): "section
                                          * 4.2.1.3", "Abschnitt", "avsnitt", "punkt", "article", "apartado" */
                                         "section", "sect", "sec", "chapter", "clause", "paragraph", "para",
                                         "abschnitt", "kapitel", "ziffer", "punkt", "avsnitt", "kapittel",
                                         "article", "art", "chapitre", "apartado", "art\xc3\xad" "culo",
                                         "cap\xc3\xad" "tulo", "secci\xc3\xb3n", "punto", "\xc2\xa7" };
    size_t end = start;
    if (end > 0 && (text[end - 1] == 'v' || text[end - 1] == 'V')) {
        end--;                        /* "v2.1.0.7" */
    }
    while (end > 0 && start - end < 4 && (text[end - 1] == ' ' || text[end - 1] == ':' || text[end - 1] == '/')) {
        end--;                        /* "Chrome/120.0.6099.109" in a user agent */
    }
    size_t word = end;
    while (word > 0 && end - word < 10
           && (isalpha((unsigned char)text[word - 1]) || (unsigned char)text[word - 1] >= 0x80)) {
        word--;
    }
    if (word == end || (word > 0 && isalnum((unsigned char)text[word - 1]))) {
        return false;
    }
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        if (strlen(words[i]) == end - word && strncasecmp(words[i], text + word, end - word) == 0) {
            return true;
        }
    }
    return false;
}

/* "10.0.0.5-10.0.0.9": an IPv4 range, a dash between two addresses, ends one and opens the
 * other (a phone's "…-5678" goes on). */
static bool ip_range_dash(const struct entity_type *type, const char *text, size_t len, size_t dash)
{
    return type->validate == ip_address_valid && dash > 0 && dash + 1 < len && text[dash] == '-'
           && isdigit((unsigned char)text[dash - 1]) && isdigit((unsigned char)text[dash + 1]);
}

static bool is_phone_validator(bool (*validate)(const char *, size_t))
{
    return validate == phone_e164_valid || validate == phone_national_valid || validate == phone_shape_valid;
}

/* "+44 20 7946 0060", "+1 613 555 0174": a number of the fiction ranges, refused whole, must
 * not be masked in part ("+44 20 7946" alone is a valid length). The run of digits and
 * single separators from `start` on, at most a phone's length, is asked as a whole. */
static bool phone_run_is_fictional(const char *text, size_t len, size_t start, size_t end)
{
    while (end < len && end - start < 24
           && (isdigit((unsigned char)text[end])
               || (strchr(" -./", text[end]) != NULL && end + 1 < len && isdigit((unsigned char)text[end + 1])))) {
        end++;
    }
    return phone_is_fictional(text + start, end - start);
}

/* "Referencia: 0774030626", "Ordre-ID: 0707151509", "Bestellnummer 0612345678": a number
 * whose label names another kind of number (label_names_another_number) is no phone by its
 * grouping alone. The label's word ends at most a few bytes before the number. */
static bool after_other_number_label(const char *text, size_t start)
{
    size_t end = start;
    while (end > 0 && start - end < 4 && strchr(" :#=.\t\"'", text[end - 1]) != NULL) {
        end--;
    }
    size_t word = end;
    while (word > 0 && end - word < 32
           && (isalpha((unsigned char)text[word - 1]) || (unsigned char)text[word - 1] >= 0x80
               || text[word - 1] == '-' || text[word - 1] == '_')) {
        word--;
    }
    if (word == end || end == start) {
        return false;
    }
    /* "Order number:", "Invoice no.", "Numéro de commande": the word before "number" names it;
     * so it does before "number" abbreviated as French and Spanish write it, "Commande n° …",
     * "Factura nº …", "Factura n.º …" (census round) */
    if (end - word == 2 && word >= 2 && text[word - 1] == '.' && (text[word - 2] == 'n' || text[word - 2] == 'N')
        && (memcmp(text + word, "\xc2\xba", 2) == 0 || memcmp(text + word, "\xc2\xb0", 2) == 0)) {
        word -= 2;                    /* "n.º": the dot splits the word */
    }
    static const char *const number_words[] = { "number", "no", "nr", "num", "nummer", "numero", "num\xc3\xa9ro",
                                                "n\xc3\xbamero", "n\xc2\xb0", "n\xc2\xba", "n.\xc2\xba",
                                                "n.\xc2\xb0" };
    for (size_t i = 0; i < sizeof number_words / sizeof number_words[0]; i++) {
        if (strlen(number_words[i]) == end - word && strncasecmp(text + word, number_words[i], end - word) == 0) {
            size_t before = word;
            while (before > 0 && word - before < 2 && text[before - 1] == ' ') {
                before--;
            }
            size_t previous = before;
            while (previous > 0 && before - previous < 32 && isalpha((unsigned char)text[previous - 1])) {
                previous--;
            }
            return previous < before && before < word && label_names_another_number(text + previous, before - previous);
        }
    }
    return label_names_another_number(text + word, end - word);
}

/* "Steuer-ID 25611743982", "Tax-ID: …": a label ending in "-ID" names another number than a
 * phone, but a tax id's own. Reads at most the 16 bytes before the value. */
static bool after_tax_word(const char *text, size_t start)
{
    size_t from = start > 16 ? start - 16 : 0;
    for (size_t at = from; at + 3 <= start; at++) {
        if (strncasecmp(text + at, "tax", 3) == 0 || (at + 6 <= start && strncasecmp(text + at, "steuer", 6) == 0)) {
            return true;
        }
    }
    return false;
}

/* "::ffff:10.0.4.17" before ":8080": an IPv4-mapped address keeps its prefix when a port
 * follows, as it does alone; its only colons are the prefix's. */
static bool ipv4_mapped_prefix(const char *span, size_t len)
{
    return len > 7 && strncasecmp(span, "::ffff:", 7) == 0 && memchr(span + 7, ':', len - 7) == NULL;
}

static bool find_span_by_validator(const struct entity_type *type, const char *text, size_t len, size_t end,
                                   size_t *span_start, size_t *span_end)
{
    /* "10.1.2.3:5432": a port does not make an IPv4 address part of a longer token. Only
     * the address is the value; the port stays, since it names a service, not a host, and
     * keeps the text readable. An IPv6 address takes a port only in brackets. */
    bool port_follows = false;
    if (!value_ends_at(text, len, end) && !ip_range_dash(type, text, len, end)) {
        if (type->validate != ip_address_valid || port_end_after(text, len, end) == 0) {
            return false;
        }
        port_follows = true;
    }
    size_t first = end > type->max_length ? end - type->max_length : 0;
    for (size_t start = first; start + type->min_length <= end; start++) {
        COUNT_WORK(1);
        if (start > 0 && (scrub_is_word_byte((unsigned char)text[start - 1]) || text[start - 1] == '+'
                          || text[start - 1] == '.'
                          || (text[start - 1] == '-' && !ip_range_dash(type, text, len, start - 1)))) {
            continue;
        }
        /* "::ffff:10.0.4.17", "::1": an IPv6 address may open with its "::". */
        bool double_colon = text[start] == ':' && start + 1 < end && text[start + 1] == ':'
                            && type->validate == ip_address_valid && (start == 0 || text[start - 1] != ':');
        if (!scrub_is_word_byte((unsigned char)text[start]) && text[start] != '+' && text[start] != '('
            && !double_colon) {
            continue;
        }
        COUNT_WORK(end - start);
        if (port_follows && memchr(text + start, ':', end - start) != NULL
            && !ipv4_mapped_prefix(text + start, end - start)) {
            continue;
        }
        /* The grouping test first: it reads up to the span's first separator, while a
         * validator reads the whole span, and in a long run of groups ("4111 4111 …") every
         * end is refused by it. */
        if (!continues_a_grouped_number(text, len, start, end) && type->validate(text + start, end - start)) {
            if (type->validate == ip_address_valid && memchr(text + start, ':', end - start) == NULL
                && after_version_word(text, start)) {
                return false;
            }
            if (is_phone_validator(type->validate) && phone_run_is_fictional(text, len, start, end)) {
                return false;
            }
            if ((type->validate == phone_shape_valid
                 || (type->validate == de_tax_id_printed_valid && !after_tax_word(text, start)))
                && after_other_number_label(text, start)) {
                return false;
            }
            *span_start = start;
            *span_end = end;
            return true;
        }
    }
    return false;
}

static struct decided_span *decided_for(const struct scan *scan, const struct entity_type *type)
{
    return &scan->set->decided[type - scan->set->types];
}

static bool decided_answers(const struct scan *scan, const struct decided_span *decided, size_t end)
{
    return decided->scan == scan->set->scans && end >= decided->covers_from && end <= decided->covers_to;
}

/* A PEM block: its END line closes the match, the nearest BEGIN before it opens it. The
 * nearest BEGIN found for one END line serves the next: only the text between them is
 * searched again, so many END lines after one BEGIN cost one pass. */
static bool find_block_span(const struct scan *scan, const struct entity_type *type, size_t end,
                            size_t *span_start, size_t *span_end)
{
    const char *text = scan->text;
    size_t floor = end > type->max_length ? end - type->max_length : 0;
    size_t prefix_len = strlen(type->prefix);
    size_t top = end - type->min_length + 1;            /* search positions below this */
    struct decided_span *decided = decided_for(scan, type);
    size_t searched_to = 0;                             /* [.., searched_to) already searched */
    if (decided->scan == scan->set->scans && decided->covers_to <= top) {
        searched_to = decided->covers_to;
    }
    size_t begin = (size_t)-1;
    for (size_t at = top; at-- > (searched_to > floor ? searched_to : floor);) {
        COUNT_WORK(1);
        if (memcmp(text + at, type->prefix, prefix_len) == 0) {
            begin = at;
            break;
        }
    }
    if (begin == (size_t)-1 && searched_to > floor && decided->found && decided->start >= floor) {
        begin = decided->start;                         /* the nearest BEGIN below searched_to */
    }
    *decided = (struct decided_span){ .scan = scan->set->scans, .covers_to = top,
                                      .found = begin != (size_t)-1, .start = begin };
    if (begin == (size_t)-1) {
        return false;
    }
    *span_start = begin;
    *span_end = end;
    return true;
}

/* "Password=s3cret;Encrypt=True", "?password=s3cret&ssl=true", mount's "-o password=s3cret,
 * vers=3.0": a ';', '&' or ',' followed by a parameter's name and '=' ends the value before it.
 * The name is read at most PARAMETER_NAME_MAX bytes far, so each such byte costs a bounded look. */
enum { PARAMETER_NAME_MAX = 40 };

static bool starts_next_parameter(const struct scan *scan, size_t at)
{
    const char *text = scan->text;
    if (text[at] != ';' && text[at] != '&' && text[at] != ',') {
        return false;
    }
    size_t limit = scan->len - at - 1 < PARAMETER_NAME_MAX ? scan->len : at + 1 + PARAMETER_NAME_MAX;
    size_t name = at + 1;
    while (name < limit && (isalnum((unsigned char)text[name]) || text[name] == '_' || text[name] == ' '
                            || text[name] == '.' || text[name] == '-')) {
        name++;
    }
    COUNT_WORK(name - at);
    return name > at + 1 && name < limit && text[name] == '=';
}

/* The value that ends at `value_end`: back over the type's characters (at most
 * max_length: a longer run is no value of the type), then its length and validator.
 * The tail of the span rules that find where a value ends before they know its start. */
static bool value_ending_at(const struct entity_type *type, const char *text, size_t value_end, size_t *span_start,
                            size_t *span_end)
{
    size_t floor = value_end > type->max_length ? value_end - type->max_length : 0;
    size_t start = value_end;
    while (start > floor && type->value_char((unsigned char)text[start - 1])) {
        start--;
    }
    COUNT_WORK(value_end - start);
    if (start > 0 && type->value_char((unsigned char)text[start - 1])) {
        return false;                 /* longer than any value of the type */
    }
    size_t span = value_end - start;
    if (span < type->min_length || (type->validate != NULL && !type->validate(text + start, span))) {
        return false;
    }
    *span_start = start;
    *span_end = value_end;
    return true;
}

/* scheme://user:password@host: the match ends at the '@', the value is the run of
 * value characters before it (the password cannot hold the ':' or '@' that frame it, so
 * the runs of different matches never overlap and each is read once). */
enum { DELIMITER_TAIL_MAX = 6 };

static bool find_value_before_delimiter(const struct scan *scan, const struct entity_type *type, size_t end,
                                        size_t *span_start, size_t *span_end)
{
    const char *text = scan->text;
    /* The delimiter is the match's last byte, or an '@' a few bytes before it: Go's
     * "user:password@tcp(host:3306)/db" is found up to "tcp(". */
    size_t value_end = end - 1;
    for (size_t back = 1; back <= DELIMITER_TAIL_MAX && back < end && text[value_end] != '@'; back++) {
        if (text[end - 1 - back] == '@') {
            value_end = end - 1 - back;
        }
    }
    return value_ending_at(type, text, value_end, span_start, span_end);
}

/* "Adm1n&671eWc er passordet til …", "… is the pw", "… est le mot de passe": the match
 * ends with the password word. Back from there over words of letters ('-' and an
 * apostrophe too, no digit) to a linking verb (is, er, ist, est, as, som …): the word
 * before it is the value. The password word, up to three words and the verb: at most
 * CUE_WORDS_MAX words and CUE_BYTES_MAX bytes are read back, then the value's own run,
 * so each match costs a bounded look. */
enum { CUE_WORDS_MAX = 5, CUE_BYTES_MAX = 72 };

static bool cue_word_char(unsigned char c)
{
    return isalpha(c) || c >= 0x80 || c == '-' || c == '\'';
}

static bool linking_verb(const char *word, size_t len)
{
    /* Listed by first letter, which names the few to compare: "api key api key …" reads
     * five words back at every match, and a loop over all sixteen verbs a word was a tenth
     * of that body's scrubbing. */
    static const char *const verbs[] = { "is", "ist", "was", "war", "er", "est", "es", "var", "\xc3\xa4r",
                                         "c'est", "comme", "como", "lautet", "as", "als", "som" };
    size_t from;
    size_t count;
    if (len == 0) {
        return false;
    }
    switch (ascii_fold((unsigned char)word[0])) {
    case 'i': from = 0, count = 2; break;
    case 'w': from = 2, count = 2; break;
    case 'e': from = 4, count = 3; break;
    case 'v': from = 7, count = 1; break;
    case 0xc3: from = 8, count = 1; break;
    case 'c': from = 9, count = 3; break;
    case 'l': from = 12, count = 1; break;
    case 'a': from = 13, count = 2; break;
    case 's': from = 15, count = 1; break;
    default: return false;
    }
    return caseless_in_list(word, len, verbs + from, count);
}

static bool find_value_before_cue(const struct scan *scan, const struct entity_type *type, size_t end,
                                  size_t *span_start, size_t *span_end)
{
    const char *text = scan->text;
    size_t floor = end > CUE_BYTES_MAX ? end - CUE_BYTES_MAX : 0;
    size_t at = end;
    size_t value_end = (size_t)-1;
    for (int words = 0; words < CUE_WORDS_MAX && value_end == (size_t)-1; words++) {
        size_t word_end = at;
        while (at > floor && cue_word_char((unsigned char)text[at - 1])) {
            at--;
        }
        COUNT_WORK(word_end - at);
        bool blank_before = at > floor && (text[at - 1] == ' ' || text[at - 1] == '\t');
        if (at == word_end || !blank_before) {
            return false;             /* no linking verb before the cue: "reset the s3cr3t password" */
        }
        bool verb = linking_verb(text + at, word_end - at);
        while (at > floor && (text[at - 1] == ' ' || text[at - 1] == '\t')) {
            at--;
        }
        if (verb) {
            value_end = at;           /* the word before "is", "er", "ist": the value */
        }
    }
    if (value_end != (size_t)-1 && value_end > 0
        && (text[value_end - 1] == '"' || text[value_end - 1] == '\'' || text[value_end - 1] == '`')) {
        value_end--;                  /* "`Xk9#mPq2` is the password": the quote closes it */
    }
    if (value_end == (size_t)-1 || value_end == 0) {
        return false;
    }
    return value_ending_at(type, text, value_end, span_start, span_end);
}

/* "echo 'S3cr3t!' | docker login -u ci --password-stdin registry": what the nearest
 * `prefix` ("echo ") before the match's end prints, after an option (-n, -e) and a quote,
 * is the value. The prefix is looked for at most PREFIX_WINDOW bytes back. */
enum { PREFIX_WINDOW = 256 };

static bool find_value_after_prefix(const struct scan *scan, const struct entity_type *type, size_t end,
                                    size_t *span_start, size_t *span_end)
{
    const char *text = scan->text;
    size_t len = scan->len;
    size_t prefix_len = strlen(type->prefix);
    size_t floor = end > PREFIX_WINDOW ? end - PREFIX_WINDOW : 0;
    size_t at = end;
    while (at > floor && !(at + prefix_len <= end && memcmp(text + at, type->prefix, prefix_len) == 0)) {
        at--;
    }
    COUNT_WORK(end - at);
    if (at + prefix_len > end || memcmp(text + at, type->prefix, prefix_len) != 0) {
        return false;
    }
    size_t start = at + prefix_len;
    while (start + 2 < end && text[start] == '-' && (text[start + 1] == 'n' || text[start + 1] == 'e')
           && text[start + 2] == ' ') {
        start += 3;
    }
    if (start + 1 < end && (text[start] == '"' || text[start] == '\'') && text[start + 1] == '%') {
        size_t format_end = start + 2;            /* printf '%s' or "%s\n": the format, then the value */
        while (format_end < end && format_end - start < 8 && text[format_end] != text[start]) {
            format_end++;
        }
        start = format_end + 1;
        while (start < end && (text[start] == ' ' || text[start] == '\t')) {
            start++;
        }
    }
    start += start < end && (text[start] == '"' || text[start] == '\'');
    size_t value_end = start;
    while (value_end < len && value_end - start <= type->max_length
           && type->value_char((unsigned char)text[value_end])) {
        value_end++;
    }
    COUNT_WORK(value_end - start);
    size_t span = value_end - start;
    if (span < type->min_length || span > type->max_length
        || (type->validate != NULL && !type->validate(text + start, span))) {
        return false;
    }
    *span_start = start;
    *span_end = value_end;
    return true;
}

/* "redis://default:hR7nB2qX@cache.internal", "postgres://app:q8#Lm!xZ@db.example.com":
 * the password and host read like an e-mail address, or its end does, but a run that
 * lies in the password after "scheme://user:" is a URL's password and host. The colon
 * and the "://" before it are looked for at most URL_USER_MAX bytes back. */
enum { URL_USER_MAX = 128 };

/* "fdupont@gmail.com:yAU8Q~UJy~RYJ…" (Postfix's sasl_passwd, a credentials list): after an
 * address and a colon, a password, not scp's path. A path opens with '/' or '~', holds a
 * '/', or is a port or a file's name ("git@github.com:acme/web.git", "u@host:backup.tar");
 * a password has other characters ('~', '!', '#', …) or mixes case and digits with no dot. */
static bool password_after_address(const char *text, size_t len, size_t at)
{
    size_t end = at;
    bool digits = false, upper = false, lower = false, dot = false, other = false;
    while (end < len && end - at < 128 && !isspace((unsigned char)text[end]) && text[end] != '"'
           && text[end] != '\'' && text[end] != ',' && text[end] != ';') {
        unsigned char c = (unsigned char)text[end];
        if (c == '/' || (end == at && c == '~')) {
            return false;
        }
        digits |= isdigit(c) != 0;
        upper |= isupper(c) != 0;
        lower |= islower(c) != 0;
        dot |= c == '.';
        other |= !isalnum(c) && c != '.' && c != '-' && c != '_';
        end++;
    }
    if (end - at < 8) {
        return false;                 /* a port, a short path */
    }
    return other || (digits && upper && lower && !dot);
}

static bool follows_url_user(const struct scan *scan, size_t run_start)
{
    const char *text = scan->text;
    size_t floor = run_start > URL_USER_MAX ? run_start - URL_USER_MAX : 0;
    size_t at = run_start;
    /* A ',' ends the walk: a CSV row's URL ends at its comma ("https://bank.example,kari@…"). */
    while (at > floor && url_password_char((unsigned char)text[at - 1]) && text[at - 1] != ',') {
        at--;
    }
    COUNT_WORK(run_start - at);
    if (at < run_start && at >= 3 && at > floor && memcmp(text + at - 3, "://", 3) == 0) {
        return true;                  /* "https://K7c~Fy8Z@github.com": the tail of a token as the user */
    }
    if (at <= floor || text[at - 1] != ':') {
        return false;
    }
    for (at--; at-- > floor;) {
        COUNT_WORK(1);
        unsigned char c = (unsigned char)text[at];
        if (c == '/' && at >= 2 && text[at - 1] == '/' && text[at - 2] == ':') {
            return true;
        }
        if (c <= 0x20 || c == '/' || c == ':' || c == '"' || c == '\'') {
            return false;
        }
    }
    return false;
}

/* Several rows find the same assigned value (DB_PASSWORD= is a "PASSWORD" name, a
 * capitalised "PASS" name and a "pass" key): once a row listed no later has it, another
 * could change nothing, and its checks are skipped. */
static size_t span_hash(size_t start, size_t end)
{
    return (start * 0x9E3779B1u) ^ (end * 0x85EBCA77u);
}

/* A candidate of `earlier`'s row decides the span for `type`'s: its row is listed no later, so
 * it wins the tie, or its type has the same name, so the tie writes the same placeholder (the
 * SPAN_SECRET_KEY row and the password-word rows read one "DB_PASSWORD=…" from two databases). */
static bool decides_for(const struct entity_type *earlier, const struct entity_type *type)
{
    return earlier <= type || strcmp(earlier->name, type->name) == 0;
}

static bool found_by_earlier_row(const struct scan *scan, const struct entity_type *type, size_t start, size_t end)
{
    for (size_t i = scan->count; i-- > 0 && i + 4 > scan->count;) {
        if (scan->out[i].start == start && scan->out[i].end == end && decides_for(scan->out[i].type, type)) {
            return true;
        }
    }
    if (scan->earlier_spans == NULL) {
        return false;
    }
    for (size_t at = span_hash(start, end) & scan->earlier_mask; scan->earlier_spans[at] != 0;
         at = (at + 1) & scan->earlier_mask) {
        const struct candidate *earlier = &scan->out[scan->earlier_spans[at] - 1];
        if (earlier->start == start && earlier->end == end && decides_for(earlier->type, type)) {
            return true;
        }
    }
    return false;
}

/* "the password is …" is found by three rows, and Hyperscan may report a later-listed one
 * first: then found_by_earlier_row cannot skip the others, but a span some row with the
 * same validator already took has passed that validator, and reading it again would give
 * the same answer. */
static bool validated_by_another_row(const struct scan *scan, const struct entity_type *type, size_t start,
                                     size_t end)
{
    for (size_t i = scan->count; i-- > 0 && i + 4 > scan->count;) {
        if (scan->out[i].start == start && scan->out[i].end == end && scan->out[i].type->validate == type->validate) {
            return true;
        }
    }
    return false;
}

/* The main scan's spans, for the SCAN_ALONE rows (the DB_PASSWORD= value the main rows
 * found is read again by the upper-case row: 8 % of the work on dense text). Without
 * memory for it nothing changes but that work. */
static void remember_earlier_spans(struct scan *scan)
{
    size_t slots = 16;
    while (slots < 2 * scan->count) {
        slots *= 2;
    }
    if (scan->count == 0 || scan->count >= UINT32_MAX) {
        return;
    }
    scan->earlier_spans = calloc(slots, sizeof *scan->earlier_spans);
    if (scan->earlier_spans == NULL) {
        return;
    }
    scan->earlier_mask = slots - 1;
    for (size_t i = 0; i < scan->count; i++) {
        size_t at = span_hash(scan->out[i].start, scan->out[i].end) & scan->earlier_mask;
        while (scan->earlier_spans[at] != 0) {
            at = (at + 1) & scan->earlier_mask;
        }
        scan->earlier_spans[at] = (uint32_t)(i + 1);
    }
}

/* Where the run of value characters from `at` ends: at a byte not of the value, or at a
 * ';' or '&' that opens the next parameter. The run can be the rest of the text (no blank
 * in a "DB_PASSWORD=…" run), so the rows' usual secret_value_char is tested inline rather
 * than through the pointer: a third of the work on such text. */
static size_t assigned_run_end(const struct scan *scan, const struct entity_type *type, size_t at)
{
    const char *text = scan->text;
    size_t len = scan->len;
    bool secret = type->value_char == secret_value_char;
    /* SECRET_KEY = '…&j=b0!…': in quotes ';' and '&' are the value's own, not a next parameter. */
    bool quoted = at > 0 && (text[at - 1] == '"' || text[at - 1] == '\'');
    for (; at < len; at++) {
        unsigned char c = (unsigned char)text[at];
        if (!(secret ? secret_value_char(c) : type->value_char(c))
            || (!quoted && (c == ';' || c == '&' || c == ',') && starts_next_parameter(scan, at))) {
            break;
        }
    }
    return at;
}

/* A passphrase of words runs to a byte no word of it is made of; when that byte is a
 * letter ("thistle battery 86 lösen: …", "… spruce otter Kan du"), the run stopped inside
 * the next word, which is not the value's: the value ends before it, blanks off. */
static size_t phrase_end(const char *text, size_t len, size_t start, size_t end)
{
    size_t cut = end;
    if (end < len && end > start && text[end - 1] != ' '
        && (isalpha((unsigned char)text[end]) || (unsigned char)text[end] >= 0x80)) {
        while (cut > start && text[cut - 1] != ' ') {
            cut--;
        }
    }
    while (cut > start && text[cut - 1] == ' ') {
        cut--;
    }
    COUNT_WORK(end - cut);
    return cut;
}

/* NAME=value: the pattern ends exactly min_length value characters after the
 * assignment, so the value starts there; it runs on over value_char. Where that run
 * ends (and where it ends once trailing punctuation is off) is found once per run. */
static bool find_assigned_span(const struct scan *scan, const struct entity_type *type, size_t end,
                               size_t *span_start, size_t *span_end)
{
    const char *text = scan->text;
    size_t len = scan->len;
    size_t start = end - type->min_length;
    struct decided_span *decided = decided_for(scan, type);
    if (!(decided->scan == scan->set->scans && start >= decided->run_start && end <= decided->reach)) {
        size_t reach = assigned_run_end(scan, type, start);
        COUNT_WORK(reach - start);
        size_t trimmed = reach;
        while (trimmed > start && (text[trimmed - 1] == ',' || text[trimmed - 1] == ';')) {
            trimmed--;
        }
        if (trimmed == reach && trimmed > start && text[trimmed - 1] == '\\' && reach < len && text[reach] == '"') {
            trimmed--;                /* \"password\":\"s3cret\": the escape of the closing quote */
        }
        if (type->value_char == word_phrase_char) {
            trimmed = phrase_end(text, len, start, trimmed);
        }
        COUNT_WORK(reach - trimmed);
        *decided = (struct decided_span){ .scan = scan->set->scans, .run_start = start, .reach = reach,
                                          .trimmed_end = trimmed };
    }
    /* The value runs to the end of the run, trailing punctuation off; past max_length it is
     * cut one character beyond it (refused unless punctuation ends it there). */
    size_t value_end = decided->trimmed_end;
    if (value_end > start + 1 && text[value_end - 1] == ')' && start > 0 && text[start - 1] == '(') {
        value_end--;                  /* db.password: Str(…): the wrapper's closing parenthesis (the run
                                       * may be shared with a start before the '(') */
    }
    bool closed = value_end < len && text[value_end] == '"';
    for (int escapes = 0; escapes < 2 && closed && value_end > start + 2 && text[value_end - 2] == '\\'
                          && strchr("0nrt", text[value_end - 1]) != NULL; escapes++) {
        value_end -= 2;               /* write(3, "PASS s3cret\r\n", 13): a C string's escapes, not the value */
    }
    if (decided->reach - start > type->max_length) {
        value_end = start + type->max_length + 1;
        while (value_end > start && (text[value_end - 1] == ',' || text[value_end - 1] == ';')) {
            value_end--;
        }
        COUNT_WORK(start + type->max_length + 1 - value_end);
    }
    if (value_end < start || value_end - start < type->min_length || value_end - start > type->max_length) {
        return false;
    }
    if (found_by_earlier_row(scan, type, start, value_end)) {
        return false;
    }
    COUNT_WORK(value_end - start);
    if (type->validate != NULL && !validated_by_another_row(scan, type, start, value_end)
        && !type->validate(text + start, value_end - start)) {
        return false;
    }
    *span_start = start;
    *span_end = value_end;
    return true;
}

/* SPAN_FROM_PREFIX and SPAN_OVER_CHARS: back from Hyperscan's end over the run of
 * value characters (at most max_length), forward over the same run, then the checks.
 * The answer depends only on the run, not on which of its ends Hyperscan reported:
 * it is remembered, and the other ends in the run cost nothing. */
static bool find_span_in_run(const struct scan *scan, const struct entity_type *type, size_t end,
                             size_t *span_start, size_t *span_end)
{
    struct decided_span *decided = decided_for(scan, type);
    if (decided_answers(scan, decided, end)) {
        if (!decided->found || end - decided->run_start > type->max_length) {
            return false;             /* the value's start lies more than max_length back */
        }
        *span_start = decided->start;
        *span_end = decided->end;
        return true;
    }
    const char *text = scan->text;
    size_t len = scan->len;
    size_t floor = end > type->max_length ? end - type->max_length : 0;
    size_t run_start = end;
    while (run_start > floor && type->value_char((unsigned char)text[run_start - 1])) {
        run_start--;
    }
    /* Cut off by max_length: the run is longer than any value of the type, here and at
     * every later end in it. */
    bool cut = run_start > 0 && run_start == floor && type->value_char((unsigned char)text[run_start - 1]);
    size_t reach = end;
    size_t reach_limit = type->max_length < len - end ? end + type->max_length : len;
    while (reach < len && reach < reach_limit && type->value_char((unsigned char)text[reach])) {
        reach++;
    }
    COUNT_WORK(reach - run_start);
    *decided = (struct decided_span){ .scan = scan->set->scans, .covers_from = cut ? end : run_start + 1,
                                      .covers_to = reach, .run_start = run_start, .found = false };
    if (cut) {
        return false;
    }
    /* SPAN_FROM_PREFIX: the prefix opens the run. The value's body may contain its prefix
     * again ("gh" inside a GitHub token), and an earlier token with the same prefix
     * ("sk-test ... sk-proj-…") is not part of it. */
    if (type->value_char == email_char && follows_url_user(scan, run_start)) {
        return false;
    }
    size_t start = run_start;
    if (type->rule == SPAN_FROM_PREFIX && (start + strlen(type->prefix) > end
                                           || memcmp(text + start, type->prefix, strlen(type->prefix)) != 0)) {
        return false;
    }
    size_t value_end = reach - start < type->max_length ? reach : start + type->max_length;
    /* A trailing dot ends a sentence, not a value (tokens may end in '-' or '_'). */
    while (value_end > start && text[value_end - 1] == '.') {
        value_end--;
    }
    size_t span = value_end - start;
    if (span < type->min_length || span > type->max_length) {
        return false;
    }
    /* "git@github.com:acme/web.git": an SSH remote (scp syntax), user@host:path, not an
     * e-mail address; its user is the service's, its host public. */
    if (type->value_char == email_char && value_end + 1 < len && text[value_end] == ':'
        && !(start >= 3 && memcmp(text + start - 3, "://", 3) == 0) /* smtp://ops@example.org:pw@…: a URL's user */
        && (isalnum((unsigned char)text[value_end + 1]) || text[value_end + 1] == '~'
            || text[value_end + 1] == '/')
        && !password_after_address(text, len, value_end + 1)) {
        return false;
    }
    COUNT_WORK(span);
    if (type->validate != NULL && !type->validate(text + start, span)) {
        return false;
    }
    decided->found = true;
    decided->start = start;
    decided->end = value_end;
    *span_start = start;
    *span_end = value_end;
    return true;
}

static bool find_span(const struct scan *scan, const struct entity_type *type, size_t from, size_t end,
                      size_t *span_start, size_t *span_end)
{
    switch (type->rule) {
    case SPAN_BY_VALIDATOR:
        return find_span_by_validator(type, scan->text, scan->len, end, span_start, span_end);
    case SPAN_BLOCK:
        return find_block_span(scan, type, end, span_start, span_end);
    case SPAN_ASSIGNED:
        return find_assigned_span(scan, type, end, span_start, span_end);
    case SPAN_BEFORE_DELIMITER:
        return find_value_before_delimiter(scan, type, end, span_start, span_end);
    case SPAN_BEFORE_CUE:
        return find_value_before_cue(scan, type, end, span_start, span_end);
    case SPAN_AFTER_PREFIX:
        return find_value_after_prefix(scan, type, end, span_start, span_end);
    case SPAN_REPORTED:
    case SPAN_SECRET_KEY:             /* read and judged by scrub/secret_keys.c */
    case SPAN_SECRET_PRINTED:         /* read and judged by scrub/secret_places.c */
    case SPAN_SECRET_CUED:
    case SPAN_SECRET_DIRECTIVE:
    case SPAN_SECRET_LOGIN:
    case SPAN_SECRET_DEFINE:
    case SPAN_SECRET_TOOL:
    case SPAN_SECRET_CODES:
    case SPAN_LOGIN_NAME:             /* read and judged by scrub/login_names.c */
        *span_start = from;
        *span_end = end;
        return end > from;
    case SPAN_PASSWORD_PARAMETER:
    case SPAN_PASSWORD_ANSWER:
    case SPAN_PASSWORD_PHRASE:
    case SPAN_PASSWORD_ASSIGNED:
    case SPAN_PASSWORD_QUOTED:
    case SPAN_PASSWORD_LISTED:
    case SPAN_PASSWORD_SENTENCE:
    case SPAN_PASSWORD_ALONE:
    case SPAN_PASSWORD_OPENS:
        return find_assigned_span(scan, type, end, span_start, span_end);
    case SPAN_PASSWORD_WORD:
        return false;                 /* an anchor: its forms' ends are their rows' (read_password_words) */
    case SPAN_NAMED_TOKEN:            /* an end its reader found (read_named_token) */
        /* A run glued to a '$' is a field of a modular crypt hash ("$2b$12$…", "$6$rounds=…$…",
         * "$argon2id$…$…"), which is stored and kept (README, "Placeholders are not secrets"),
         * or a variable's name: not a token the word before names. */
        return find_span_in_run(scan, type, end, span_start, span_end)
               && !(*span_start > 0 && scan->text[*span_start - 1] == '$');
    case SPAN_FROM_PREFIX:
    case SPAN_OVER_CHARS:
    case SPAN_TOKEN_FORM:             /* never matched: its reader adds whole spans (add_token_forms) */
        break;
    }
    return find_span_in_run(scan, type, end, span_start, span_end);
}

static int add_candidate(struct scan *scan, const struct entity_type *type, size_t from, size_t to);

/* One end of a password form a reader found from its anchor (scrub/password_forms.h). */
struct form_context {
    struct scan *scan;
    const struct entity_type *type;
    int full;                         /* add_candidate's answer: 1 when out of room */
};

static bool on_form_end(size_t end, void *context)
{
    struct form_context *form = context;
    form->full = add_candidate(form->scan, form->type, end, end);
    return form->full != 0;
}

/* An anchor of a password form: its reader reports the form's ends, each read as an
 * assigned value. */
static int read_password_form(struct scan *scan, const struct entity_type *type, size_t anchor_end)
{
    struct form_context form = { scan, type, 0 };
    size_t examined = type->rule == SPAN_PASSWORD_PARAMETER
                    ? password_parameter_ends(scan->text, scan->len, anchor_end, on_form_end, &form)
                    : type->rule == SPAN_PASSWORD_ANSWER
                    ? password_answer_ends(scan->text, scan->len, anchor_end, on_form_end, &form)
                    : password_phrase_ends(scan->text, scan->len, anchor_end, on_form_end, &form);
    COUNT_WORK(examined);
    return form.full;
}

/* The pending credential value, if any: judged, and a candidate if it holds. */
static int judge_pending_secret(struct scan *scan)
{
    const struct entity_type *type = scan->pending_type;
    if (type == NULL) {
        return 0;
    }
    scan->pending_type = NULL;
    const struct secret_assignment *assignment = &scan->pending;
    if (found_by_earlier_row(scan, type, assignment->value_start, assignment->value_end)) {
        return 0;                     /* "DB_PASSWORD=…": a row that matched inside it took it, judged */
    }
    COUNT_WORK(assignment->value_end - assignment->judged_start);
    if (!secret_key_assignment_holds(&scan->set->secret_words, scan->text, assignment)) {
        return 0;
    }
    return add_candidate(scan, type, assignment->value_start, assignment->value_end);
}

static int read_named_token(struct scan *scan, const struct entity_type *type, size_t anchor_end);

/* A "secret" stem: a cloud CLI's "secrets set … --value …" and a here-string's "secrets
 * create … <<< …" (named_tokens.h), when their rows are read from the anchor. */
static int read_secret_stores(struct scan *scan, size_t anchor_end)
{
    int full = 0;
    if (scan->set->secret_store_row != NULL) {
        struct form_context form = { scan, scan->set->secret_store_row, 0 };
        size_t examined = secret_store_value_ends(scan->text, scan->len, anchor_end, &scan->secret_store_memory,
                                                  on_form_end, &form);
        COUNT_WORK(examined);
        full = form.full;
    }
    if (full == 0 && scan->set->here_string_row != NULL) {
        struct form_context form = { scan, scan->set->here_string_row, 0 };
        size_t examined = secret_here_string_ends(scan->text, scan->len, anchor_end, &scan->here_string_memory,
                                                  on_form_end, &form);
        COUNT_WORK(examined);
        full = form.full;
    }
    return full;
}

static bool on_word_form_end(enum password_word_form which, size_t end, void *context);

/* A credential word's stem: the value assigned to the key around it, read now, judged
 * when Hyperscan has passed its end (or another key comes first). The stem may end a word
 * that names a token, read here for the SPAN_NAMED_TOKEN row (named_tokens.h), or the
 * "key" of a labelled key ("Integration key: …", labelled_key_end), the "key" of a
 * sentence's key cue word ("API key for staging is …", key_sentence_ends), or a name whose
 * value is on the next line ("password":\n  "…", next_line_value_end), or a cloud CLI's
 * "secrets set … --value …" (secret_store_value_ends) or "secrets create … <<< …"
 * (secret_here_string_ends), or a device's
 * or service's own credential word ("password 0 …", tool_key_word_read). */
static int read_secret_key(struct scan *scan, const struct entity_type *type, size_t anchor_end)
{
    int full = judge_pending_secret(scan);
    if (full == 0 && scan->set->named_token_from_key_anchor && scan->set->named_token_row != NULL) {
        size_t cue_end = named_token_cue_at_stem(scan->text, scan->len, anchor_end);
        COUNT_WORK(10);
        full = cue_end != 0 ? read_named_token(scan, scan->set->named_token_row, cue_end) : 0;
    }
    if (full == 0 && scan->set->labelled_key_row != NULL) {
        size_t examined = 0;
        size_t end = labelled_key_end(scan->text, scan->len, anchor_end, &examined);
        COUNT_WORK(examined);
        full = end != 0 ? add_candidate(scan, scan->set->labelled_key_row, end, end) : 0;
    }
    if (full == 0 && scan->set->key_sentence_row != NULL) {
        struct form_context form = { scan, NULL, 0 };
        size_t examined = key_sentence_ends(scan->text, scan->len, anchor_end, &scan->key_sentence_memory,
                                            on_word_form_end, &form);
        COUNT_WORK(examined);
        full = form.full;
    }
    if (full == 0 && scan->set->next_line_value_row != NULL) {
        size_t examined = 0;
        size_t end = next_line_value_end(scan->text, scan->len, anchor_end, &scan->next_line_memory, &examined);
        COUNT_WORK(examined);
        full = end != 0 ? add_candidate(scan, scan->set->next_line_value_row, end, end) : 0;
    }
    if (full == 0 && secret_stem_at(scan->text, scan->len, anchor_end)) {
        full = read_secret_stores(scan, anchor_end);
    }
    if (full == 0 && scan->set->aws_secret_row != NULL
        && aws_secret_name_may_end(scan->text, scan->len, anchor_end)) {
        struct form_context form = { scan, scan->set->aws_secret_row, 0 };
        size_t examined = aws_secret_value_ends(scan->text, scan->len, anchor_end, on_form_end, &form);
        COUNT_WORK(examined);
        full = form.full;
    }
    if (full == 0 && tool_key_word_may_follow(scan->text, scan->len, anchor_end)) {
        /* "password 0 …", "secret 0 …", "password cipher …", "password $2b$…", insecure-password,
         * plaintext-password, auth_pass (tool_credentials.h) */
        struct secret_place place;
        size_t read = 0;
        bool device = tool_key_word_read(scan->text, scan->len, anchor_end, &place, &read);
        COUNT_WORK(read);
        full = device ? add_candidate(scan, type, place.start, place.end) : 0;
    }
    struct secret_assignment assignment;
    size_t examined;
    bool found = secret_key_read(scan->text, scan->len, anchor_end, &scan->secret_memory, &assignment, &examined);
    COUNT_WORK(examined);
    if (found && full == 0) {
        scan->pending = assignment;
        scan->pending_type = type;
    }
    return full;
}

static bool on_word_form_end(enum password_word_form which, size_t end, void *context)
{
    struct form_context *form = context;
    const struct entity_type *row = form->scan->set->password_word_rows[which];
    if (row == NULL) {
        return false;                 /* its type is off in this scrubber */
    }
    form->full = add_candidate(form->scan, row, end, end);
    return form->full != 0;
}

/* The anchor of the forms that start at a password word: each end is read as an assigned
 * value of its form's row. */
static int read_password_words(struct scan *scan, size_t anchor_end)
{
    struct form_context form = { scan, NULL, 0 };
    size_t examined = password_word_ends(scan->text, scan->len, anchor_end, on_word_form_end, &form);
    COUNT_WORK(examined);
    return form.full;
}

/* A word that names a token: each run of token bytes its regex would have ended in, once,
 * read over its characters (find_span_in_run). */
static int read_named_token(struct scan *scan, const struct entity_type *type, size_t anchor_end)
{
    struct form_context form = { scan, type, 0 };
    size_t examined = named_token_ends(scan->text, scan->len, anchor_end, &scan->named_memory, on_form_end, &form);
    COUNT_WORK(examined);
    return form.full;
}

/* A secret-printing command or a cue: the value its reader takes, judged there. */
static int read_secret_place(struct scan *scan, const struct entity_type *type, size_t anchor_end)
{
    struct secret_place place;
    size_t examined;
    enum secret_place_form form = (enum secret_place_form)(type->rule - SPAN_SECRET_PRINTED);
    bool found = secret_place_read(form, scan->text, scan->len, anchor_end, &place, &examined);
    COUNT_WORK(examined);
    return found ? add_candidate(scan, type, place.start, place.end) : 0;
}

static bool on_codes_span(size_t start, size_t end, void *context)
{
    struct form_context *form = context;
    form->full = add_candidate(form->scan, form->type, start, end);
    return form->full != 0;
}

/* A heading of backup codes: each line's codes (scrub/tool_credentials.h). */
static int read_secret_codes(struct scan *scan, const struct entity_type *type, size_t anchor_end)
{
    struct form_context form = { scan, type, 0 };
    size_t examined = tool_codes_read(scan->text, scan->len, anchor_end, on_codes_span, &form);
    COUNT_WORK(examined);
    return form.full;
}

/* A login cue: the login after it, if the name table judges it a person's (scrub/login_names.h). */
static int read_login_name(struct scan *scan, const struct entity_type *type, size_t anchor_end)
{
    size_t start, end, examined;
    bool found = login_name_read(scan->set->names, scan->text, scan->len, anchor_end, &start, &end, &examined);
    COUNT_WORK(examined);
    return found ? add_candidate(scan, type, start, end) : 0;
}

static int on_match(unsigned int id, unsigned long long from, unsigned long long to, unsigned int flags, void *context)
{
    struct scan *scan = context;
    (void)flags;
    const struct entity_type *type = &scan->set->types[id];
    if (scan->pending_type != NULL && to > scan->pending.value_end && judge_pending_secret(scan) != 0) {
        return 1;
    }
    if (type->rule == SPAN_SECRET_KEY) {
        return read_secret_key(scan, type, (size_t)to);
    }
    if (type->rule == SPAN_PASSWORD_WORD) {
        return read_password_words(scan, (size_t)to);
    }
    if (type->rule == SPAN_NAMED_TOKEN) {
        return read_named_token(scan, type, (size_t)to);
    }
    if (type->rule >= SPAN_SECRET_PRINTED && type->rule <= SPAN_SECRET_TOOL) {
        return read_secret_place(scan, type, (size_t)to);
    }
    if (type->rule == SPAN_SECRET_CODES) {
        return read_secret_codes(scan, type, (size_t)to);
    }
    if (type->rule == SPAN_LOGIN_NAME) {
        return read_login_name(scan, type, (size_t)to);
    }
    if (type->rule == SPAN_PASSWORD_PARAMETER || type->rule == SPAN_PASSWORD_ANSWER
        || type->rule == SPAN_PASSWORD_PHRASE) {
        return read_password_form(scan, type, (size_t)to);
    }
    return add_candidate(scan, type, (size_t)from, (size_t)to);
}

/* The span of `type` the match [from, to) holds, if any, as a candidate; 1 if there is no
 * room left (the scan stops and is run again with more). */
static int add_candidate(struct scan *scan, const struct entity_type *type, size_t from, size_t to)
{
    size_t start, end;
    if (!find_span(scan, type, from, to, &start, &end)) {
        return 0;
    }
    /* Hyperscan reports many ends for one value: they widen to the same span. */
    for (size_t i = scan->count; i-- > 0 && i + 4 > scan->count;) {
        if (scan->out[i].start == start && scan->out[i].end == end) {
            if (type < scan->out[i].type) {
                scan->out[i].type = type;     /* the same span: the type listed first */
            }
            return 0;
        }
    }
    if (scan->count == scan->max) {
        return 1;                     /* full: stop scanning */
    }
    scan->out[scan->count++] = (struct candidate){ start, end, type };
    return 0;
}

static int by_start_then_longest(const void *a, const void *b)
{
    const struct candidate *x = a, *y = b;
    if (x->start != y->start) {
        return x->start < y->start ? -1 : 1;
    }
    if (y->end - y->start != x->end - x->start) {
        return (y->end - y->start) > (x->end - x->start) ? 1 : -1;
    }
    uintptr_t x_type = (uintptr_t)x->type, y_type = (uintptr_t)y->type;
    return x_type < y_type ? -1 : x_type > y_type;          /* the type listed first */
}

/* Candidates come as a few runs each in order: a scan's matches (Hyperscan reports by
 * end, and most spans start in the same order), then the number runs' matches, then the
 * names and the cued values a caller appends. Up to MAX_RUNS runs are merged, in linear
 * time, instead of sorted; more (or no room to merge) sort as before. Candidates that
 * compare equal are equal, so the order is the same either way. */
enum { MAX_RUNS = 4, SPARE_CANDIDATES = 64 };

/* Merge the ordered [0, first) and [first, count), the first copied to `aside`. */
static void merge_two_runs(struct candidate *candidates, size_t first, size_t count, struct candidate *aside)
{
    memcpy(aside, candidates, first * sizeof *aside);
    size_t left = 0, right = first, out = 0;
    while (left < first && right < count) {
        candidates[out++] = by_start_then_longest(&candidates[right], &aside[left]) < 0 ? candidates[right++]
                                                                                          : aside[left++];
    }
    memcpy(candidates + out, aside + left, (first - left) * sizeof *aside);
}

static void order_candidates(struct candidate *candidates, size_t count)
{
    size_t ends[MAX_RUNS + 1];
    size_t runs = 0;
    for (size_t i = 1; i <= count; i++) {
        if (i == count || by_start_then_longest(&candidates[i - 1], &candidates[i]) > 0) {
            if (runs == MAX_RUNS) {
                qsort(candidates, count, sizeof *candidates, by_start_then_longest);
                return;
            }
            ends[runs++] = i;
        }
    }
    if (runs <= 1) {
        return;
    }
    struct candidate spare[SPARE_CANDIDATES];
    size_t widest = ends[runs - 2];       /* the longest first part merged: all runs but the last */
    struct candidate *aside = widest <= SPARE_CANDIDATES ? spare : malloc(widest * sizeof *aside);
    if (aside == NULL) {
        qsort(candidates, count, sizeof *candidates, by_start_then_longest);
        return;
    }
    for (size_t run = 1; run < runs; run++) {
        merge_two_runs(candidates, ends[run - 1], ends[run], aside);
    }
    if (aside != spare) {
        free(aside);
    }
}

size_t candidates_resolve(struct candidate *candidates, size_t count)
{
    order_candidates(candidates, count);
    /* Overlaps keep the longest span (the type listed first on ties). */
    size_t kept = 0;
    for (size_t i = 0; i < count; i++) {
        if (kept > 0 && candidates[i].start < candidates[kept - 1].end) {
            if (candidates[i].end - candidates[i].start > candidates[kept - 1].end - candidates[kept - 1].start) {
                candidates[kept - 1] = candidates[i];
            }
            continue;
        }
        candidates[kept++] = candidates[i];
    }
    return kept;
}

/* ---- number runs ---- */

/* What a digit-shaped value is written with: digits (2), capitals (IBAN, NINO) and
 * separators (1). A table: this test runs on every byte of a number run. */
static const unsigned char number_run_class[256] = {
    ['0' ... '9'] = 2, ['A' ... 'Z'] = 1, [' '] = 1, ['-'] = 1, ['.'] = 1, ['('] = 1, [')'] = 1, ['+'] = 1, ['/'] = 1,
};

size_t pattern_next_digit(const char *text, size_t len, size_t at)
{
#ifdef __SSE2__
    const __m128i zero = _mm_set1_epi8('0'), nine = _mm_set1_epi8(9);
    while (at + 16 <= len) {
        __m128i offset = _mm_sub_epi8(_mm_loadu_si128((const __m128i *)(const void *)(text + at)), zero);
        /* Unsigned: a byte minus '0' is a digit when it is at most 9. */
        int digits = _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(offset, nine), offset));
        if (digits != 0) {
            return at + (size_t)__builtin_ctz((unsigned)digits);
        }
        at += 16;
    }
#endif
    while (at < len && number_run_class[(unsigned char)text[at]] != 2) {
        at++;
    }
    return at;
}

static bool number_run_char(unsigned char c)
{
    return number_run_class[c] != 0;
}

/* The bits set in a 16-bit mask, without a library call (no POPCNT in the baseline x86-64). */
static inline size_t bits_in_16(unsigned mask)
{
    mask = mask - ((mask >> 1) & 0x5555u);
    mask = (mask & 0x3333u) + ((mask >> 2) & 0x3333u);
    mask = (mask + (mask >> 4)) & 0x0F0Fu;
    return (size_t)((mask + (mask >> 8)) & 0x1Fu);
}

/* Where the run that goes on at `last` ends: the first byte from `last` that is no number_run_char, or
 * the first of two spaces; the digits and dots before it are added to *digits and *dots. Runs are a fifth
 * of chat text (timestamps, ids, JSON numbers): SSE2 classifies sixteen bytes at a time. */
static size_t number_run_end(const char *text, size_t len, size_t last, size_t *digits, size_t *dots)
{
#ifdef __SSE2__
    const __m128i zero = _mm_set1_epi8('0'), nine = _mm_set1_epi8(9);
    const __m128i capital_a = _mm_set1_epi8('A'), capital_span = _mm_set1_epi8('Z' - 'A');
    /* the separators: '(' to '/' but '*' and ',', and the space */
    const __m128i open = _mm_set1_epi8('('), open_span = _mm_set1_epi8('/' - '(');
    const __m128i star = _mm_set1_epi8('*'), comma = _mm_set1_epi8(','), space = _mm_set1_epi8(' ');
    const __m128i dot = _mm_set1_epi8('.');
    while (last + 17 <= len) {
        __m128i bytes = _mm_loadu_si128((const __m128i *)(const void *)(text + last));
        __m128i next_bytes = _mm_loadu_si128((const __m128i *)(const void *)(text + last + 1));
        __m128i digit_offset = _mm_sub_epi8(bytes, zero), capital_offset = _mm_sub_epi8(bytes, capital_a);
        __m128i mark_offset = _mm_sub_epi8(bytes, open);
        __m128i digit = _mm_cmpeq_epi8(_mm_min_epu8(digit_offset, nine), digit_offset);
        __m128i capital = _mm_cmpeq_epi8(_mm_min_epu8(capital_offset, capital_span), capital_offset);
        __m128i mark = _mm_andnot_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, star), _mm_cmpeq_epi8(bytes, comma)),
                                        _mm_cmpeq_epi8(_mm_min_epu8(mark_offset, open_span), mark_offset));
        __m128i spaces = _mm_cmpeq_epi8(bytes, space);
        __m128i run = _mm_or_si128(_mm_or_si128(digit, capital), _mm_or_si128(mark, spaces));
        __m128i two_spaces = _mm_and_si128(spaces, _mm_cmpeq_epi8(next_bytes, space));
        unsigned ends = (unsigned)_mm_movemask_epi8(_mm_andnot_si128(two_spaces, run)) ^ 0xFFFFu;
        unsigned inside = ends != 0 ? ((1u << __builtin_ctz(ends)) - 1) : 0xFFFFu;
        unsigned dots_inside = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, dot)) & inside;
        *digits += bits_in_16((unsigned)_mm_movemask_epi8(digit) & inside);
        *dots += dots_inside != 0 ? bits_in_16(dots_inside) : 0;
        if (ends != 0) {
            return last + (size_t)__builtin_ctz(ends);
        }
        last += 16;
    }
#endif
    while (last < len && number_run_char((unsigned char)text[last])
           && !(text[last] == ' ' && last + 1 < len && text[last + 1] == ' ')) {
        *digits += number_run_class[(unsigned char)text[last]] == 2;
        *dots += text[last] == '.';
        last++;
    }
    return last;
}

/* The next run of number_run_char around a digit at or after *at that holds enough
 * digits for a value: [start, end). A run may start up to four characters before its first digit
 * ("DE89", "AB 12", "+47 ", "(415"); two spaces or a newline end it. */
static bool next_number_run(const char *text, size_t len, size_t *at, size_t *start, size_t *end)
{
    size_t i = *at;
    while (i < len) {
        i = pattern_next_digit(text, len, i);
        if (i == len) {
            break;
        }
        size_t first = i;
        size_t lead = 0;
        while (lead < 4 && first > 0 && text[first - 1] != ' ' && number_run_char((unsigned char)text[first - 1])) {
            first--;
            lead++;
        }
        /* "AB 12 34 56 C", "+47 912": one space inside the lead. */
        if (first > 1 && text[first - 1] == ' ' && lead < 3 && number_run_char((unsigned char)text[first - 2])
            && text[first - 2] != ' ') {
            first -= 2;
            while (first > 0 && lead < 3 && text[first - 1] != ' ' && number_run_char((unsigned char)text[first - 1])) {
                first--;
                lead++;
            }
        }
        size_t digits = 0, dots = 0, last = number_run_end(text, len, i, &digits, &dots);
        i = last;
        /* Six digits at least (a NINO has six), or an IPv4 address's four and three dots. */
        if (digits >= 6 || (digits >= 4 && dots >= 3)) {
            *start = first;
            *end = last;
            *at = last;
            return true;
        }
    }
    *at = len;
    return false;
}

/* The number runs of a text joined by newlines (no digit-shaped pattern crosses one),
 * with where each run came from, so one scan covers them all: a scan call per run
 * costs more than the scanning. The copy is wiped before it is freed. */
struct joined_runs {
    char *text;
    size_t len;
    size_t *joined_start, *text_start;
    size_t count;
};

/* The length of run `i` of `joined`, without the newline after it. */
static size_t joined_run_length(const struct joined_runs *joined, size_t i)
{
    size_t next_start = i + 1 < joined->count ? joined->joined_start[i + 1] : joined->len;
    return next_start - joined->joined_start[i] - 1;
}

static bool join_number_runs(const char *text, size_t len, struct joined_runs *joined)
{
    memset(joined, 0, sizeof *joined);
    size_t at = 0, start, end, capacity = 0;
    while (next_number_run(text, len, &at, &start, &end)) {
        if (joined->count == capacity) {
            capacity = capacity ? capacity * 2 : 64;
            size_t *joined_start = realloc(joined->joined_start, capacity * sizeof *joined_start);
            if (joined_start == NULL) {
                return false;
            }
            joined->joined_start = joined_start;
            size_t *text_start = realloc(joined->text_start, capacity * sizeof *text_start);
            if (text_start == NULL) {
                return false;
            }
            joined->text_start = text_start;
        }
        joined->text_start[joined->count] = start;
        joined->joined_start[joined->count++] = joined->len;
        joined->len += end - start + 1;
    }
    if (joined->count == 0) {
        return true;
    }
    joined->text = malloc(joined->len);
    if (joined->text == NULL) {
        return false;
    }
    for (size_t i = 0; i < joined->count; i++) {
        size_t run_len = joined_run_length(joined, i);
        memcpy(joined->text + joined->joined_start[i], text + joined->text_start[i], run_len);
        joined->text[joined->joined_start[i] + run_len] = '\n';
    }
    return true;
}

static void release_joined_runs(struct joined_runs *joined)
{
    if (joined->text != NULL) {
        explicit_bzero(joined->text, joined->len);
    }
    free(joined->text);
    free(joined->joined_start);
    free(joined->text_start);
}

/* A match in the joined runs, back in the text's own coordinates. */
static size_t text_offset(const struct joined_runs *joined, size_t offset)
{
    size_t low = 0, high = joined->count;
    while (high - low > 1) {
        size_t middle = (low + high) / 2;
        if (joined->joined_start[middle] <= offset) {
            low = middle;
        } else {
            high = middle;
        }
    }
    return joined->text_start[low] + (offset - joined->joined_start[low]);
}

static int on_number_match(unsigned int id, unsigned long long from, unsigned long long to, unsigned int flags,
                           void *context)
{
    struct scan *scan = context;
    /* `to` is just past the match: map its last byte, which lies in the same run. */
    size_t end = text_offset(scan->joined, (size_t)to - 1) + 1;
    return on_match(id, end - (size_t)(to - from), end, flags, context);
}

/* Does a number run hold two capitals before a digit, a space between allowed ("GB82 WEST", "QQ 12 34")?
 * Every match of an IBAN's or a NINO's pattern does, so a run without is not scanned for them. */
static bool run_holds_lettered_digits(const char *run, size_t len)
{
    for (size_t at = 0; at + 2 < len; at++) {
        if ((unsigned)(run[at] - 'A') < 26 && (unsigned)(run[at + 1] - 'A') < 26
            && ((unsigned)(run[at + 2] - '0') < 10
                || (run[at + 2] == ' ' && at + 3 < len && (unsigned)(run[at + 3] - '0') < 10))) {
            return true;
        }
    }
    return false;
}

/* Does a number run hold a '+' or a '(': every match of the phones that open with one does. */
static bool run_holds_dialling_mark(const char *run, size_t len)
{
    return memchr(run, '+', len) != NULL || memchr(run, '(', len) != NULL;
}

/* The runs of `all` that `holds` accepts, joined the same way into `selected` (each run whole, with the
 * newline after it, so that a pattern sees the same bytes around its match). `holds` is asked once a run:
 * its answers are kept for the copy. */
static bool select_runs(const struct joined_runs *all, bool (*holds)(const char *run, size_t len),
                        struct joined_runs *selected)
{
    memset(selected, 0, sizeof *selected);
    if (all->count == 0) {
        return true;
    }
    bool *held = malloc(all->count * sizeof *held);
    if (held == NULL) {
        return false;
    }
    size_t count = 0, bytes = 0;
    for (size_t i = 0; i < all->count; i++) {
        size_t run_len = joined_run_length(all, i);
        COUNT_WORK(run_len);
        held[i] = holds(all->text + all->joined_start[i], run_len);
        if (held[i]) {
            count++;
            bytes += run_len + 1;
        }
    }
    if (count == 0) {
        free(held);
        return true;
    }
    selected->text = malloc(bytes);
    selected->joined_start = malloc(count * sizeof *selected->joined_start);
    selected->text_start = malloc(count * sizeof *selected->text_start);
    if (selected->text == NULL || selected->joined_start == NULL || selected->text_start == NULL) {
        free(held);
        return false;                 /* the caller releases what was allocated */
    }
    for (size_t i = 0; i < all->count; i++) {
        if (!held[i]) {
            continue;
        }
        size_t run_len = joined_run_length(all, i);
        selected->text_start[selected->count] = all->text_start[i];
        selected->joined_start[selected->count++] = selected->len;
        memcpy(selected->text + selected->len, all->text + all->joined_start[i], run_len + 1);
        selected->len += run_len + 1;
    }
    free(held);
    return true;
}

/* Scan the runs of `all` that `holds` accepts with `database`, if any. */
static hs_error_t scan_selected_runs(struct scan *scan, const hs_database_t *database,
                                     const struct joined_runs *all, bool (*holds)(const char *run, size_t len))
{
    if (database == NULL || all->count == 0) {
        return HS_SUCCESS;
    }
    struct joined_runs selected;
    hs_error_t status = HS_SUCCESS;
    if (!select_runs(all, holds, &selected)) {
        status = HS_NOMEM;
    } else if (selected.count > 0) {
        scan->joined = &selected;
        status = hs_scan(database, selected.text, (unsigned)selected.len, 0, scan->set->scratch, on_number_match,
                         scan);
        scan->joined = NULL;
    }
    release_joined_runs(&selected);
    return status;
}

/* Vendor tokens by their form (scrub/token_forms.h), as a run of candidates of their own;
 * stops when out of room (the caller scans again with more). */
static void add_token_forms(struct scan *scan)
{
    const struct entity_type *row = scan->set->token_form_row;
    if (row == NULL) {
        return;
    }
    struct token_form_reading reading = { 0 };
    size_t start, end;
    while (scan->count < scan->max && token_form_next(scan->text, scan->len, &reading, &start, &end)) {
        scan->out[scan->count++] = (struct candidate){ start, end, row };
    }
}

size_t pattern_set_scan(struct pattern_set *set, const char *text, size_t len, struct candidate *out, size_t max)
{
    set->scans++;                     /* what earlier scans decided no longer applies */
    struct scan scan = { .set = set, .text = text, .len = len, .out = out, .max = max };
    hs_error_t status = HS_SUCCESS;
    if (set->database != NULL) {
        status = hs_scan(set->database, text, (unsigned)len, 0, set->scratch, on_match, &scan);
        if (status == HS_SUCCESS) {
            judge_pending_secret(&scan); /* full: scan.count == max, the caller scans again */
        }
    }
    /* Its own run of candidates, in end order like the first: merged, not sorted. */
    if (set->alone_database != NULL && status == HS_SUCCESS) {
        remember_earlier_spans(&scan);
        status = hs_scan(set->alone_database, text, (unsigned)len, 0, set->scratch, on_match, &scan);
        free(scan.earlier_spans);
        scan.earlier_spans = NULL;
    }
    /* Digit-shaped patterns have no literal to anchor on: over whole texts they cost more
     * than everything else together. A hand-written pass finds the runs they can match
     * in, and only those are scanned (bench/scrub_bench.c has the figures). */
    struct joined_runs joined = { 0 };
    bool numbers = set->number_database != NULL || set->lettered_database != NULL || set->dialled_database != NULL;
    if (numbers && status == HS_SUCCESS) {
        if (!join_number_runs(text, len, &joined)) {
            status = HS_NOMEM;
        } else if (joined.count > 0 && set->number_database != NULL) {
            scan.joined = &joined;
            status = hs_scan(set->number_database, joined.text, (unsigned)joined.len, 0, set->scratch,
                             on_number_match, &scan);
        }
    }
    /* Rows that need a mark most runs lack (timestamps, order numbers, card numbers) scan only the runs
     * that hold it: a pattern with no literal costs its engine's work at every digit of every run it
     * is given. Their candidates come as runs of their own, like the SCAN_ALONE rows'. */
    if (status == HS_SUCCESS) {
        status = scan_selected_runs(&scan, set->lettered_database, &joined, run_holds_lettered_digits);
    }
    if (status == HS_SUCCESS) {
        status = scan_selected_runs(&scan, set->dialled_database, &joined, run_holds_dialling_mark);
    }
    if (status == HS_SUCCESS) {
        add_token_forms(&scan);
    }
    release_joined_runs(&joined);
    if (status != HS_SUCCESS && status != HS_SCAN_TERMINATED) {
        return (size_t)-1;
    }
    if (scan.count == max) {
        return max;                   /* out of room: the caller scans again with more */
    }
    return candidates_resolve(out, scan.count);
}

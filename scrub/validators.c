#include "scrub/validators.h"

#include "transforms/foundation/caseless.h"
#include "transforms/foundation/latin1_fold.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <string.h>
#include <strings.h>

enum { MAX_DIGITS = 40 };

/* The digits of text, skipping the separators a format allows; false if anything else
 * appears or there are too many. */
static bool collect_digits(const char *text, size_t len, const char *separators, char *digits, size_t *count)
{
    *count = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if (isdigit(c)) {
            if (*count == MAX_DIGITS) {
                return false;
            }
            digits[(*count)++] = (char)c;
        } else if (separators == NULL || strchr(separators, c) == NULL || c == '\0') {
            return false;
        }
    }
    return true;
}

/* Do the first `n` bytes of `bytes` equal the first `n` of one of list[0, count)? (Each
 * listed entry holds `n` bytes or more: a list of fixed-length prefixes.) */
static bool starts_as_one_of(const char *bytes, size_t n, const char *const *list, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        if (memcmp(bytes, list[i], n) == 0) {
            return true;
        }
    }
    return false;
}

static int number_at(const char *digits, size_t start, size_t count)
{
    int value = 0;
    for (size_t i = 0; i < count; i++) {
        value = value * 10 + (digits[start + i] - '0');
    }
    return value;
}

bool luhn_valid(const char *digits, size_t len)
{
    if (len == 0) {
        return false;
    }
    int sum = 0;
    for (size_t i = 0; i < len; i++) {
        int digit = digits[len - 1 - i] - '0';
        if (digit < 0 || digit > 9) {
            return false;
        }
        if (i % 2 == 1) {
            digit *= 2;
            if (digit > 9) {
                digit -= 9;
            }
        }
        sum += digit;
    }
    return sum % 10 == 0;
}

/* ---- cards ---- */

struct card_network {
    int prefix_low, prefix_high, prefix_digits;
    int length_low, length_high;
    int only_length_2;                /* a second allowed length outside the range, or 0 */
};

static const struct card_network card_networks[] = {
    { 4, 4, 1, 16, 16, 13 }, { 4, 4, 1, 18, 19, 0 },         /* Visa (13: old cards, still valid) */
    { 51, 55, 2, 16, 16, 0 }, { 2221, 2720, 4, 16, 16, 0 },   /* Mastercard */
    { 34, 34, 2, 15, 15, 0 }, { 37, 37, 2, 15, 15, 0 },       /* Amex */
    { 300, 305, 3, 14, 14, 16 }, { 36, 36, 2, 14, 14, 16 },   /* Diners */
    { 38, 39, 2, 14, 14, 16 }, { 300, 305, 3, 19, 19, 0 },
    { 36, 36, 2, 19, 19, 0 }, { 38, 39, 2, 19, 19, 0 },
    { 6011, 6011, 4, 16, 16, 19 }, { 644, 649, 3, 16, 16, 19 }, { 65, 65, 2, 16, 16, 19 },  /* Discover */
    { 3528, 3589, 4, 16, 19, 0 },                             /* JCB */
    { 62, 62, 2, 16, 19, 0 },                                 /* UnionPay */
    { 50, 50, 2, 12, 19, 0 }, { 56, 69, 2, 12, 19, 0 },       /* Maestro */
};

bool credit_card_valid(const char *text, size_t len)
{
    char digits[MAX_DIGITS];
    size_t count;
    if (!collect_digits(text, len, " -", digits, &count) || count < 12 || count > 19) {
        return false;
    }
    bool network = false;
    for (size_t i = 0; i < sizeof card_networks / sizeof card_networks[0] && !network; i++) {
        const struct card_network *n = &card_networks[i];
        int prefix = number_at(digits, 0, (size_t)n->prefix_digits);
        bool length = ((int)count >= n->length_low && (int)count <= n->length_high)
                      || (n->only_length_2 && (int)count == n->only_length_2);
        network = prefix >= n->prefix_low && prefix <= n->prefix_high && length;
    }
    /* Only Maestro (5x, 6x) has 12 to 15 digits: in one block they are far more often an
     * account, an API key or a customer number than such a card, which is printed grouped
     * ("5018 0000 0009"). */
    if (count < 16 && count == len && (digits[0] == '5' || digits[0] == '6')) {
        return false;
    }
    return network && luhn_valid(digits, count) && !published_sample(digits, count);   /* not 4111 1111 … */
}

/* ---- IBAN ---- */

/* The SWIFT IBAN registry as of 2025: 89 countries and the length of their IBANs. */
static const struct { char country[3]; int length; } iban_lengths[] = {
    { "AD", 24 }, { "AE", 23 }, { "AL", 28 }, { "AT", 20 }, { "AZ", 28 }, { "BA", 20 }, { "BE", 16 },
    { "BG", 22 }, { "BH", 22 }, { "BI", 27 }, { "BR", 29 }, { "BY", 28 }, { "CH", 21 }, { "CR", 22 },
    { "CY", 28 }, { "CZ", 24 }, { "DE", 22 }, { "DJ", 27 }, { "DK", 18 }, { "DO", 28 }, { "EE", 20 },
    { "EG", 29 }, { "ES", 24 }, { "FI", 18 }, { "FK", 18 }, { "FO", 18 }, { "FR", 27 }, { "GB", 22 },
    { "GE", 22 }, { "GI", 23 }, { "GL", 18 }, { "GR", 27 }, { "GT", 28 }, { "HN", 28 }, { "HR", 21 },
    { "HU", 28 }, { "IE", 22 }, { "IL", 23 }, { "IQ", 23 }, { "IS", 26 }, { "IT", 27 }, { "JO", 30 },
    { "KW", 30 }, { "KZ", 20 }, { "LB", 28 }, { "LC", 32 }, { "LI", 21 }, { "LT", 20 }, { "LU", 20 },
    { "LV", 21 }, { "LY", 25 }, { "MC", 27 }, { "MD", 24 }, { "ME", 22 }, { "MK", 19 }, { "MN", 20 },
    { "MR", 27 }, { "MT", 31 }, { "MU", 30 }, { "NI", 28 }, { "NL", 18 }, { "NO", 15 }, { "OM", 23 },
    { "PK", 24 }, { "PL", 28 }, { "PS", 29 }, { "PT", 25 }, { "QA", 29 }, { "RO", 24 }, { "RS", 22 },
    { "RU", 33 }, { "SA", 24 }, { "SC", 31 }, { "SD", 18 }, { "SE", 24 }, { "SI", 19 }, { "SK", 24 },
    { "SM", 27 }, { "SO", 23 }, { "ST", 25 }, { "SV", 28 }, { "TL", 23 }, { "TN", 24 }, { "TR", 26 },
    { "UA", 29 }, { "VA", 22 }, { "VG", 24 }, { "XK", 20 }, { "YE", 30 },
};

bool iban_valid(const char *text, size_t len)
{
    char compact[40];
    size_t count = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == ' ') {
            continue;
        }
        if (!isalnum(c) || count == sizeof compact) {
            return false;
        }
        /* Two letters, then two digits: refused at once, not after the whole run (the cue
         * pass tries every cut of "89 3704 0044 …" after "account"). */
        if (count < 4 && (count < 2 ? !isalpha(c) : !isdigit(c))) {
            return false;
        }
        compact[count++] = (char)toupper(c);
    }
    if (count < 15 || !isalpha((unsigned char)compact[0]) || !isalpha((unsigned char)compact[1])
        || !isdigit((unsigned char)compact[2]) || !isdigit((unsigned char)compact[3])) {
        return false;
    }
    int expected = 0;
    for (size_t i = 0; i < sizeof iban_lengths / sizeof iban_lengths[0]; i++) {
        if (memcmp(iban_lengths[i].country, compact, 2) == 0) {
            expected = iban_lengths[i].length;
            break;                    /* each country once: the cue pass tries a value's cuts here */
        }
    }
    if (expected == 0 || (int)count != expected) {
        return false;
    }
    /* Move the first four characters to the end, letters as 10..35, mod 97 piecewise. */
    int remainder = 0;
    for (size_t k = 0; k < count; k++) {
        char c = compact[(k + 4) % count];
        if (isdigit((unsigned char)c)) {
            remainder = (remainder * 10 + (c - '0')) % 97;
        } else {
            remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
        }
    }
    return remainder == 1 && !published_sample(compact, count);    /* not DE89 3704 0044 … */
}

/* ---- national identifiers ---- */

bool ssn_us_valid(const char *text, size_t len)
{
    char digits[MAX_DIGITS];
    size_t count;
    if (!collect_digits(text, len, "- ", digits, &count) || count != 9) {
        return false;
    }
    int area = number_at(digits, 0, 3), group = number_at(digits, 3, 2), serial = number_at(digits, 5, 4);
    if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0) {
        return false;
    }
    /* Numbers printed as examples, never issued: the Woolworth wallet card, the SSA's
     * pamphlet, a 1940s ad, and the "123-45-6789" every form and document shows. */
    static const char *const fakes[] = { "078051120", "219099999", "457555462", "123456789" };
    return !starts_as_one_of(digits, 9, fakes, sizeof fakes / sizeof fakes[0]);
}

bool sin_ca_valid(const char *text, size_t len)
{
    char digits[MAX_DIGITS];
    size_t count;
    if (!collect_digits(text, len, " -", digits, &count) || count != 9) {
        return false;
    }
    return digits[0] != '0' && digits[0] != '8' && luhn_valid(digits, count);
}

static bool leap_year(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static bool date_exists(int year, int month, int day)
{
    static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (month < 1 || month > 12 || day < 1) {
        return false;
    }
    return day <= days[month - 1] + (month == 2 && leap_year(year));
}

/* The century of a Norwegian birth number, from its individual number. */
static int norwegian_century(int individual, int year)
{
    if (individual <= 499) {
        return 1900;
    }
    if (individual <= 749 && year >= 54) {
        return 1800;
    }
    if (individual >= 900 && year >= 40) {
        return 1900;
    }
    return year <= 39 ? 2000 : -1;
}

bool no_fnr_valid(const char *text, size_t len)
{
    char digits[MAX_DIGITS];
    size_t count;
    /* "031056 20542", and "031056-20542" as forms split the birth date from the rest */
    const char *dash = memchr(text, '-', len);
    if (dash != NULL && (dash - text != 6 || memchr(dash + 1, '-', len - 7) != NULL)) {
        return false;
    }
    if (!collect_digits(text, len, " -", digits, &count) || count != 11) {
        return false;
    }
    int d[11];
    for (int i = 0; i < 11; i++) {
        d[i] = digits[i] - '0';
    }
    static const int weights_1[] = { 3, 7, 6, 1, 8, 9, 4, 5, 2 };
    static const int weights_2[] = { 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 };
    int sum = 0;
    for (int i = 0; i < 9; i++) {
        sum += weights_1[i] * d[i];
    }
    int control_1 = (11 - sum % 11) % 11;
    sum = 0;
    for (int i = 0; i < 10; i++) {
        sum += weights_2[i] * d[i];
    }
    int control_2 = (11 - sum % 11) % 11;
    if (control_1 == 10 || control_2 == 10 || control_1 != d[9] || control_2 != d[10]) {
        return false;
    }
    int day = number_at(digits, 0, 2), month = number_at(digits, 2, 2), year = number_at(digits, 4, 2);
    if (day > 40) {
        day -= 40;                    /* D-number */
    }
    if (month > 40) {
        month -= 40;                  /* H-number */
    }
    int century = norwegian_century(number_at(digits, 6, 3), year);
    return century > 0 && date_exists(century + year, month, day);
}

bool se_personnummer_valid(const char *text, size_t len)
{
    char digits[MAX_DIGITS];
    size_t count;
    if (!collect_digits(text, len, "-+", digits, &count) || (count != 10 && count != 12)) {
        return false;
    }
    const char *ten = count == 12 ? digits + 2 : digits;
    int year = count == 12 ? number_at(digits, 0, 4) : 2000 + number_at(ten, 0, 2);
    int month = number_at(ten, 2, 2), day = number_at(ten, 4, 2);
    if (day > 60) {
        day -= 60;                    /* samordningsnummer */
    }
    /* With a two-digit year the century is unknown: the date must exist in one of them. */
    bool date = date_exists(year, month, day) || (count == 10 && date_exists(year - 100, month, day));
    return date && luhn_valid(ten, 10);
}

bool se_personnummer_bare_valid(const char *text, size_t len)
{
    bool last_century = len == 12 && text[0] == '1' && text[1] == '9';
    bool this_decade = len == 12 && text[0] == '2' && text[1] == '0' && text[2] == '0';
    if (!last_century && !this_decade) {
        return false;
    }
    for (size_t i = 0; i < len; i++) {
        if (!isdigit((unsigned char)text[i])) {
            return false;
        }
    }
    return se_personnummer_valid(text, len);
}

bool de_tax_id_printed_valid(const char *text, size_t len)
{
    if (!de_tax_id_valid(text, len)) {
        return false;
    }
    /* Of the first ten digits one stands twice or three times, the others once (8 or 9
     * distinct): a random number of 11 digits rarely is one. */
    unsigned seen = 0, distinct = 0, digits = 0;
    for (size_t i = 0; i < len && digits < 10; i++) {
        if (isdigit((unsigned char)text[i])) {
            unsigned bit = 1u << (text[i] - '0');
            distinct += (seen & bit) == 0;
            seen |= bit;
            digits++;
        }
    }
    if (distinct != 8 && distinct != 9) {
        return false;
    }
    /* In one block, eleven digits are more often a mobile with its '+' dropped (46701234567):
     * masked as that. */
    return memchr(text, ' ', len) != NULL || !phone_dropped_plus_valid(text, len);
}

bool de_tax_id_valid(const char *text, size_t len)
{
    char digits[MAX_DIGITS];
    size_t count;
    if (!collect_digits(text, len, " ", digits, &count) || count != 11 || digits[0] == '0') {
        return false;
    }
    int product = 10;
    for (int i = 0; i < 10; i++) {
        int sum = (digits[i] - '0' + product) % 10;
        if (sum == 0) {
            sum = 10;
        }
        product = (2 * sum) % 11;
    }
    int check = 11 - product;
    if (check == 10) {
        check = 0;
    }
    return check == digits[10] - '0';
}

bool uk_nino_valid(const char *text, size_t len)
{
    char compact[12];
    size_t count = 0;
    for (size_t i = 0; i < len; i++) {
        if (text[i] == ' ') {
            continue;
        }
        if (count == sizeof compact) {
            return false;
        }
        compact[count++] = (char)toupper((unsigned char)text[i]);
    }
    if (count != 9 || !isalpha((unsigned char)compact[0]) || !isalpha((unsigned char)compact[1])) {
        return false;
    }
    for (int i = 2; i < 8; i++) {
        if (!isdigit((unsigned char)compact[i])) {
            return false;
        }
    }
    if (compact[8] < 'A' || compact[8] > 'D' || strchr("DFIQUV", compact[0]) || strchr("DFIOQUV", compact[1])) {
        return false;
    }
    static const char *const refused[] = { "BG", "GB", "NK", "KN", "NT", "TN", "ZZ" };
    return !starts_as_one_of(compact, 2, refused, sizeof refused / sizeof refused[0]);
}

bool aba_routing_valid(const char *text, size_t len)
{
    char digits[MAX_DIGITS];
    size_t count;
    if (!collect_digits(text, len, " -", digits, &count) || count != 9 || memcmp(digits, "000000000", 9) == 0) {
        return false;
    }
    int d[9];
    for (int i = 0; i < 9; i++) {
        d[i] = digits[i] - '0';
    }
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0;
}

/* "D3:41:37:7D:3A:A0:49:80:…", "MD5:e6:d7:a7:5f:…": a key's fingerprint, colons between
 * pairs of hex digits; an IPv6 address's groups are not all two digits, eight and more. */
static bool colon_hex_pairs(const char *text, size_t len)
{
    size_t pairs = 0, i = 0;
    while (i + 2 <= len && isxdigit((unsigned char)text[i]) && isxdigit((unsigned char)text[i + 1])
           && (i + 2 == len || text[i + 2] == ':')) {
        pairs++;
        i += 3;
    }
    return pairs >= 8 && i >= len;
}

/* An IPv4 address that names no host of anyone's: this host (0.0.0.0, "listen on every
 * interface"), loopback (127.0.0.0/8, the same on every machine) and a netmask
 * (255.255.255.0, contiguous ones from the top, 255 first). Kept, so the model can still
 * read "bind 0.0.0.0:8080", "127.0.0.1:6379>" and "Mask:255.255.0.0". */
static bool ipv4_names_no_host(const unsigned char address[4])
{
    uint32_t value = (uint32_t)address[0] << 24 | (uint32_t)address[1] << 16 | (uint32_t)address[2] << 8 | address[3];
    if (value == 0 || address[0] == 127) {
        return true;
    }
    uint32_t inverted = ~value;
    return address[0] == 255 && (inverted & (inverted + 1)) == 0;
}

/* "084.201.003.009": an IPv4 address as fixed-width tools print it, every part three digits
 * (inet_pton refuses a leading zero). A dotted version or date is not written so. */
static bool padded_ipv4(const char *text, size_t len, unsigned char binary[4])
{
    if (len != 15) {
        return false;
    }
    for (size_t part = 0; part < 4; part++) {
        const char *at = text + part * 4;
        if (!isdigit((unsigned char)at[0]) || !isdigit((unsigned char)at[1]) || !isdigit((unsigned char)at[2])
            || (part < 3 && at[3] != '.')) {
            return false;
        }
        int value = (at[0] - '0') * 100 + (at[1] - '0') * 10 + (at[2] - '0');
        if (value > 255) {
            return false;
        }
        binary[part] = (unsigned char)value;
    }
    return true;
}

/* An IPv4 address in dotted quads, into `binary`: as inet_pton reads it (four parts of one to
 * three digits, none over 255, none with a leading zero), or padded to three digits a part. */
static bool ipv4_parse(const char *text, size_t len, unsigned char binary[4])
{
    char address[16];
    if (len == 0 || len >= sizeof address) {
        return false;
    }
    memcpy(address, text, len);
    address[len] = '\0';
    return inet_pton(AF_INET, address, binary) == 1 || padded_ipv4(address, len, binary);
}

/* An IPv4 address, never a phone, whatever word comes before it ("ping 84.201.3.9",
 * "084.201.003.009"). Sweden's dotted mobiles ("072.103.36.06") have a leading zero and
 * parts of two. */
static bool ipv4_shaped(const char *text, size_t len)
{
    unsigned char binary[4];
    return ipv4_parse(text, len, binary);
}

bool ip_address_valid(const char *text, size_t len)
{
    char address[64];
    if (len == 0 || len >= sizeof address) {
        return false;
    }
    memcpy(address, text, len);
    address[len] = '\0';
    unsigned char binary[16];
    if (ipv4_parse(text, len, binary)) {
        return !ipv4_names_no_host(binary);
    }
    char *zone = strchr(address, '%');
    if (zone != NULL) {
        *zone = '\0';                 /* fe80::1%eth0: the zone is not part of the address */
    }
    if (strchr(address, ':') == NULL || colon_hex_pairs(address, len) || inet_pton(AF_INET6, address, binary) != 1) {
        return false;
    }
    /* "::" and "::1" (every interface, loopback) name no host; "::ffff:a.b.c.d" is the IPv4
     * address inside, judged as one. */
    static const unsigned char mapped_prefix[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff };
    static const unsigned char zeros[15] = { 0 };
    if (memcmp(binary, zeros, 15) == 0 && binary[15] <= 1) {
        return false;
    }
    return memcmp(binary, mapped_prefix, 12) != 0 || !ipv4_names_no_host(binary + 12);
}

/* The numbers set aside for fiction and documentation, which ring no one: North America's
 * 555-0100 to 555-0199 (any area code), and Ofcom's drama ranges (020 7946 0xxx, 0161 496
 * 0xxx, 01632 960xxx, 07700 900xxx, …). Kept as the test cards are: masking them protects
 * nobody and costs the reader a film's, an ad's or a test suite's number. */
bool phone_is_fictional(const char *text, size_t len)
{
    static const char *const ofcom_drama[] = {
        "02079460", "01134960", "01144960", "01154960", "01164960", "01174960", "01214960", "01314960", "01414960",
        "01514960", "01614960", "01914980", "02896496", "02920180", "01632960", "07700900", "08081570", "09098790",
        "03069990",
    };
    char digits[16];
    size_t count = 0;
    for (size_t i = 0; i < len; i++) {
        if (isdigit((unsigned char)text[i])) {
            if (count == sizeof digits - 1) {
                return false;
            }
            digits[count++] = text[i];
        }
    }
    const char *national = digits;
    bool international = len > 0 && (text[0] == '+' || (text[0] == '(' && len > 1 && text[1] == '+'));
    if (!international && count > 2 && digits[0] == '0' && digits[1] == '0') {
        international = true;
        national += 2;
        count -= 2;
    }
    if (count == 7) {
        return !international && memcmp(national, "55501", 5) == 0;         /* "555-0179" */
    }
    if (count == 11 && national[0] == '1') {
        national++;                   /* +1 613 555 0186, 1-212-555-0101 */
        count--;
    } else if (international && count >= 12 && national[0] == '4' && national[1] == '4') {
        char uk[16] = "0";            /* +44 20 7946 0060: the national number, trunk 0 first */
        size_t skip = national[2] == '0' ? 3 : 2;   /* "+44 (0)20 …" */
        if (count - skip != 10) {
            return false;
        }
        memcpy(uk + 1, national + skip, 10);
        return starts_as_one_of(uk, 8, ofcom_drama, sizeof ofcom_drama / sizeof ofcom_drama[0]);
    } else if (international) {
        return false;
    }
    if (count == 10 && national[0] != '0') {
        return memcmp(national + 3, "55501", 5) == 0;
    }
    return count == 11 && national[0] == '0'
           && starts_as_one_of(national, 8, ofcom_drama, sizeof ofcom_drama / sizeof ofcom_drama[0]);
}

bool label_names_another_number(const char *label, size_t len)
{
    /* Opening a label: "Bestellnummer", "order_no", "Rechnungs-Nr.", "commande". (Not "kunde"
     * or "customer", "booking" or "reserva": "Kundenservice: 0800 …" and "Reservas: 91 …" are
     * phones.) */
    static const char *const stems[] = {
        "order", "ordre", "orden", "bestell", "bestilling", "best\xc3\xa4llning", "commande", "pedido", "invoice",
        "faktura", "rechnung", "factur", "ticket", "tracking", "sendung", "parcel", "colis", "paquete", "artikel",
        "artikkel", "article", "serial", "transa", "confirm", "kundennummer", "kundenummer", "kundnummer",
        "referen", "r\303\251f\303\251rence" /* octal: a hex escape would take the f */, "referanse",
        "saksnummer", "saksnr", "kontonummer", "kontonr", "accountnumber", "account_n", "account-n",
        "identification", "dossier", "aktenzeichen", "expediente",
        /* a parcel's tracking number in each language ("Sporingsnummer", "Kollinummer",
         * "numéro de suivi", "número de seguimiento"), a listing's number ("listing #…",
         * "annonse", "Anzeige", "anuncio") and a company's ("Organisasjonsnummer", "org.nr"):
         * census round, dev10, heldout2 */
        "sporing", "sp\xc3\xa5rning", "sparning", "kolli", "suivi", "seguimiento", "listing", "annons", "anzeige",
        "annonce", "anuncio", "organisa", "orgnr", "org.nr",
        /* German's order beside "Bestellung": "Auftragsnummer", "Auftrags-Nr." (census round 3) */
        "auftrag",
    };
    /* The whole label: short words that open too many others ("Casey", "Refilwe"). */
    static const char *const words[] = { "ref", "id", "case", "sak", "sku", "ean", "isbn", "txn", "refnr", "org",
                                         /* a bank account: "Account: 393512864010", "Konto: 4915…" */
                                         "account", "acct", "konto", "cuenta", "compte" };
    /* ... unless it names a line to call: "Bestellhotline", "Ticket-Telefon", "order_phone". */
    static const char *const phone_parts[] = { "hotline", "telef", "phone", "fon", "tlf", "mobil", "fax", "line" };
    for (size_t at = 0; at < len; at++) {
        if (caseless_list_prefix(label, at, len, phone_parts, sizeof phone_parts / sizeof phone_parts[0]) > 0) {
            return false;
        }
    }
    if (caseless_in_list(label, len, words, sizeof words / sizeof words[0])) {
        return true;
    }
    if (len > 3 && strncasecmp(label + len - 2, "id", 2) == 0 && (label[len - 3] == '-' || label[len - 3] == '_')) {
        return true;                  /* "Ordre-ID", "order_id", "booking_id" */
    }
    return caseless_list_prefix(label, 0, len, stems, sizeof stems / sizeof stems[0]) > 0;
}

size_t phone_with_ascii_separators(const char *text, size_t len, char *out)
{
    /* "[415] 850-0694", "{030} 1234 5678": an area code in square brackets or braces */
    char close = len > 0 && text[0] == '[' ? ']' : len > 0 && text[0] == '{' ? '}' : 0;
    size_t first = 0;
    while (close == 0 && first < len && (unsigned char)text[first] < 0xc2) {
        first++;                      /* most values: ASCII to the end, read once */
    }
    if (first == len || len > PHONE_TEXT_MAX) {
        return 0;
    }
    memcpy(out, text, first);
    size_t n = first;
    bool replaced = false;
    for (size_t i = first; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        char ascii = ' ';
        if (close != 0 && (i == 0 || c == (unsigned char)close)) {
            ascii = i == 0 ? '(' : ')';
            close = i == 0 ? close : 0;
        } else if (c == 0xc2 && i + 1 < len && (unsigned char)text[i + 1] == 0xa0) {
            i += 1;
        } else if (c == 0xe2 && i + 2 < len && (unsigned char)text[i + 1] == 0x80
                   && ((unsigned char)text[i + 2] == 0x89 || (unsigned char)text[i + 2] == 0xaf)) {
            i += 2;
        } else if ((c == 0xc2 && i + 1 < len && (unsigned char)text[i + 1] == 0xb7)
                   || (c == 0xe2 && i + 2 < len && (unsigned char)text[i + 1] == 0x80
                       && (unsigned char)text[i + 2] == 0x93)) {
            i += c == 0xc2 ? 1 : 2;   /* a middle dot or an en dash between groups: a dash */
            ascii = '-';
        } else {
            out[n++] = (char)c;
            continue;
        }
        out[n++] = ascii;
        replaced = true;
    }
    return replaced ? n : 0;
}

bool phone_e164_valid(const char *text, size_t len)
{
    if (phone_is_fictional(text, len)) {
        return false;
    }
    /* "(+47) 912 34 567": the country code in parentheses, the number after them. */
    if (len > 5 && text[0] == '(' && text[1] == '+' && memchr(text + 2, ')', 4) != NULL) {
        text++;
        len--;
    } else if (len > 6 && text[0] == '(' && text[1] == '0' && text[2] == '0' && memchr(text + 3, ')', 4) != NULL) {
        text++;                       /* "(0047) 55774350" */
        len--;
    }
    /* '+', or "00", which dials out as '+' does. */
    size_t prefix = len >= 2 && text[0] == '+' ? 1 : len >= 3 && text[0] == '0' && text[1] == '0' ? 2 : 0;
    if (prefix == 0) {
        return false;
    }
    char digits[MAX_DIGITS];
    size_t count;
    if (!collect_digits(text + prefix, len - prefix, " -()./", digits, &count)) {
        return false;
    }
    return count >= 8 && count <= 15 && digits[0] != '0';
}

/* A number written the national way: digit groups split by one ' ', '-', '.' or '/'
 * (0221/1246821), an area code in parentheses first at most. The first three groups are kept, for dates. */
struct digit_groups {
    size_t digits, count;
    unsigned value[3], length[3];
    char separator[2];          /* after the first and the second group; ')' for "(0295) " */
};

static bool read_digit_groups(const char *text, size_t len, struct digit_groups *groups)
{
    memset(groups, 0, sizeof *groups);
    bool open_paren = false, closed_paren = false, last_was_separator = true;
    char separator = 0;
    for (size_t i = 0; i < len; i++) {
        char c = text[i];
        if (c >= '0' && c <= '9') {
            if (last_was_separator) {
                if (groups->count >= 1 && groups->count <= 2) {
                    groups->separator[groups->count - 1] = separator;
                }
                groups->count++;
            }
            if (groups->count <= 3 && groups->length[groups->count - 1] < 9) {
                groups->value[groups->count - 1] = groups->value[groups->count - 1] * 10 + (unsigned)(c - '0');
                groups->length[groups->count - 1]++;
            }
            groups->digits++;
            last_was_separator = false;
        } else if (c == '(' && (i == 0 || (i == 2 && text[1] == ' ' && groups->digits == 1))) {
            open_paren = true;        /* "(030) …"; a one-digit trunk before the area: "0 (532) 123 45 67" */
        } else if (c == ')' && open_paren && !closed_paren && groups->digits >= 2 && groups->digits <= 5) {
            closed_paren = true;
            last_was_separator = true;
            separator = ')';
            if (i + 1 < len && (text[i + 1] == ' ' || text[i + 1] == '-')) {
                i++;                  /* ") " and ")-" are one separator: "(512)-876-8951" */
            }
        } else if ((c == ' ' || c == '-' || c == '.' || c == '/') && !last_was_separator) {
            last_was_separator = true;
            separator = c;
            if (c == ' ' && i + 2 < len && (text[i + 1] == '-' || text[i + 1] == '/') && text[i + 2] == ' ') {
                separator = text[i + 1];
                i += 2;               /* "089 - 7946201", "935 / 230 / 765": " - " is one separator */
            }
        } else {
            return false;
        }
    }
    return open_paren == closed_paren && !last_was_separator;
}

static bool is_year(unsigned value, unsigned length)
{
    return (length == 4 && value >= 1900 && value <= 2099) || length == 2;
}

static bool is_day_and_month(unsigned first, unsigned second)
{
    return first >= 1 && second >= 1 && ((first <= 31 && second <= 12) || (first <= 12 && second <= 31));
}

/* 2024-05-12, 12.05.2024, 1.5.24: a year, a month and a day around one separator used
 * twice. "0672-68 81" and "07 49 78 10 61" are numbers to call. */
static bool is_written_date(const struct digit_groups *groups)
{
    const unsigned *v = groups->value, *n = groups->length;
    if (groups->count != 3 || groups->separator[0] != groups->separator[1] || groups->separator[0] == ')') {
        return false;
    }
    if (n[0] == 4 && n[1] <= 2 && n[2] <= 2) {
        return is_year(v[0], 4) && is_day_and_month(v[2], v[1]);
    }
    /* "12 05 24" is how a short number is grouped in several countries: a two-digit
     * year only counts with a date's separator. */
    bool year_last = n[2] == 4 || (n[2] == 2 && groups->separator[0] != ' ');
    return n[0] <= 2 && n[1] <= 2 && year_last && is_year(v[2], n[2]) && is_day_and_month(v[0], v[1]);
}

/* "0049 151 …", "0033 6 12 …", "(+34) 612 …": the international prefix written 00 or in
 * parentheses, then a country code and the number: E.164 in another spelling. */
static bool international_spelling_valid(const char *text, size_t len)
{
    if (len > 3 && text[0] == '(' && text[1] == '+') {
        return phone_e164_valid(text + 1, len - 1);
    }
    if (len > 3 && text[0] == '0' && text[1] == '0' && text[2] >= '1' && text[2] <= '9') {
        char digits[MAX_DIGITS];
        size_t count;
        return collect_digits(text + 2, len - 2, " -().", digits, &count) && count >= 8 && count <= 15;
    }
    return false;
}

/* The mobile ranges of countries whose numbers are often written with the '+' dropped: the
 * country code, the first digits only a mobile's national number (trunk 0 left out) starts
 * with, and that number's lengths. A landline's area codes are too many to tell apart from
 * an order number, so only mobiles are read this way without a cue. */
static const struct {
    char code[3];
    const char *starts;         /* one- or two-digit openings, split by spaces */
    unsigned char shortest, longest;
} dropped_plus_mobiles[] = {
    { "31", "6", 9, 9 },                    /* Netherlands, 06 */
    { "32", "45 46 47 48 49", 9, 9 },       /* Belgium, 04[5-9] */
    { "33", "6 7", 9, 9 },                  /* France, 06 and 07 */
    { "34", "6 7", 9, 9 },                  /* Spain, 6 and 7 */
    { "41", "75 76 77 78 79", 9, 9 },       /* Switzerland, 07[5-9] */
    { "44", "71 72 73 74 75 77 78 79", 10, 10 },    /* the UK, 07 (not 070 and 076) */
    { "46", "70 72 73 76 79", 9, 9 },       /* Sweden, 07[02369] */
    { "47", "4 9", 8, 8 },                  /* Norway, 4 and 9 */
    { "49", "15 16 17", 10, 11 },           /* Germany, 015x, 016x, 017x */
};

static bool opens_with_one_of(const char *digits, const char *openings)
{
    for (const char *at = openings; *at != '\0';) {
        size_t length = strcspn(at, " ");
        if (strncmp(digits, at, length) == 0) {
            return true;
        }
        at += length;
        at += *at == ' ';
    }
    return false;
}

/* The digits of a number written in one block, or as a country code of `code_length`
 * digits, a space and then groups of one to eight digits split by single spaces
 * ("47 40 22 86 71", "33 6 01 01 91 80", "44 7911 123456"). False for any other grouping. */
static bool dropped_plus_digits(const char *text, size_t len, size_t code_length, char *digits, size_t *count)
{
    bool spaced = len > code_length && text[code_length] == ' ';
    size_t group = 0;
    *count = 0;
    for (size_t i = 0; i < len; i++) {
        if (isdigit((unsigned char)text[i])) {
            if (*count == MAX_DIGITS || (spaced && i > code_length && ++group > 8)) {
                return false;
            }
            digits[(*count)++] = text[i];
            continue;
        }
        if (!spaced || text[i] != ' ' || (i != code_length && group == 0)) {
            return false;             /* another separator, or two spaces in a row */
        }
        group = 0;
    }
    return !spaced || group > 0;
}

/* A mobile number with its international '+' dropped, as contact exports, SIP logs and
 * people copying from a card write it: 46701234567, 4915123456789, 447911123456,
 * "47 91 23 45 67", "33 6 12 34 56 78", "34 612 345 678" (dropped_plus_mobiles). */
static bool dropped_plus_mobile(const char *text, size_t len)
{
    char digits[MAX_DIGITS];
    size_t count;
    if (len < 10 || !isdigit((unsigned char)text[0]) || !isdigit((unsigned char)text[1])
        || !dropped_plus_digits(text, len, 2, digits, &count)) {
        return false;
    }
    char international[MAX_DIGITS + 1] = "+";   /* "447700900123": Ofcom's drama range all the same */
    memcpy(international + 1, digits, count);
    if (phone_is_fictional(international, count + 1)) {
        return false;
    }
    for (size_t i = 0; i < sizeof dropped_plus_mobiles / sizeof dropped_plus_mobiles[0]; i++) {
        if (memcmp(digits, dropped_plus_mobiles[i].code, 2) == 0) {
            size_t national = count - 2;
            return national >= dropped_plus_mobiles[i].shortest && national <= dropped_plus_mobiles[i].longest
                   && opens_with_one_of(digits + 2, dropped_plus_mobiles[i].starts);
        }
    }
    return false;
}

/* North America's eleven digits with the country code 1 and no '+' or separator,
 * 14155552671: an area code and an exchange that do not open with 0 or 1. */
static bool dropped_plus_north_american(const char *text, size_t len)
{
    if (len != 11 || text[0] != '1' || text[1] < '2' || text[4] < '2') {
        return false;
    }
    for (size_t i = 1; i < len; i++) {
        if (!isdigit((unsigned char)text[i])) {
            return false;
        }
    }
    return true;
}

bool phone_dropped_plus_valid(const char *text, size_t len)
{
    return !phone_is_fictional(text, len)
           && (dropped_plus_mobile(text, len) || dropped_plus_north_american(text, len));
}

bool phone_national_valid(const char *text, size_t len)
{
    struct digit_groups groups;
    if (phone_is_fictional(text, len) || ipv4_shaped(text, len)) {
        return false;
    }
    if (international_spelling_valid(text, len) || phone_dropped_plus_valid(text, len)) {
        return true;
    }
    return read_digit_groups(text, len, &groups) && groups.digits >= 8 && groups.digits <= 12
           && !is_written_date(&groups);
}

/* The national shapes a weak cue ("number", "contact", "text me") is trusted with: US
 * (415) 555-2671 and 415.555.2671, a trunk-0 number of 9 to 13 digits in three groups at
 * most (020 7946 0958, 0171 1234567), Norway's 912 34 567 and 91234567, and 22 33 44 55. */
bool phone_national_shape_valid(const char *text, size_t len)
{
    struct digit_groups groups;
    if (phone_is_fictional(text, len) || ipv4_shaped(text, len)) {
        return false;
    }
    if (international_spelling_valid(text, len) || phone_dropped_plus_valid(text, len)) {
        return true;                  /* "text 14155552671", "sms 46701234567" */
    }
    if (!read_digit_groups(text, len, &groups) || is_written_date(&groups)) {
        return false;
    }
    const unsigned *n = groups.length, *v = groups.value;
    bool dots = memchr(text, '.', len) != NULL || memchr(text, '/', len) != NULL;
    bool us = groups.count == 3 && n[0] == 3 && n[1] == 3 && n[2] == 4 && v[0] >= 200 && v[1] >= 200
              && memchr(text, '/', len) == NULL;
    bool parenthesised = text[0] == '(';
    bool has_dot = memchr(text, '.', len) != NULL;
    /* 020 7946 0958, 0171 1234567, 0172/5551889, (030) 99228977 */
    const char *national = parenthesised ? text + 1 : text;
    bool trunk = !has_dot && len > 2 && national[0] == '0' && national[1] >= '1' && national[1] <= '9'
                 && groups.count <= 3 && groups.digits >= 9 && groups.digits <= 13
                 && (groups.count == 1 || (n[0] >= 3 && n[0] <= 5));
    /* Sweden: an area code, a dash, the rest in twos and threes: 08-937 41 27, 070-201 01 70 */
    bool swedish = text[0] == '0' && groups.separator[0] == '-' && n[0] >= 2 && n[0] <= 4 && groups.digits >= 8
                   && groups.digits <= 10;
    /* Sweden's mobiles with dots: 072.663.56.78 */
    bool swedish_dotted = text[0] == '0' && text[1] == '7' && groups.digits == 10 && groups.count == 4
                          && n[0] == 3 && n[1] == 3 && n[2] == 2 && memchr(text, '.', len) != NULL;
    /* France: ten digits in twos, 06 12 34 56 78, 06.12.34.56.78, 06-12-34-56-78 */
    bool french = text[0] == '0' && groups.count == 5 && groups.digits == 10 && n[0] == 2 && n[1] == 2 && n[2] == 2;
    /* Spain: nine digits from 6 to 9, 612 345 678, 612-345-678, 91 234 56 78, 612 34 56 78 */
    bool spanish = groups.digits == 9 && text[0] >= '6' && text[0] <= '9' && !has_dot
                   && (groups.count == 1 || (groups.count == 3 && n[0] == 3 && n[1] == 3)
                       || (groups.count == 4 && ((n[0] == 2 && n[1] == 3) || (n[0] == 3 && n[1] == 2))));
    bool eight = !dots && !parenthesised && groups.digits == 8 && text[0] >= '2' && text[0] <= '9'
                 && memchr(text, '-', len) == NULL
                 && (groups.count == 1 || (groups.count == 2 && (n[0] == 3 || n[0] == 4 || n[0] == 5))
                     || (groups.count == 3 && n[0] == 3 && n[1] == 2 && n[2] == 3)
                     || (groups.count == 4 && n[0] == 2 && n[1] == 2 && n[2] == 2));
    return us || trunk || eight || swedish || swedish_dotted || french || spanish;
}

bool phone_after_cue_valid(const char *text, size_t len)
{
    if (phone_is_fictional(text, len) || ipv4_shaped(text, len)) {
        return false;
    }
    if (international_spelling_valid(text, len) || phone_e164_valid(text, len)) {
        return true;                  /* "+44 (0)7313 367034" too */
    }
    if (len > 0 && text[0] == '+') {
        text++;                       /* "+0715…": not E.164, but written as a number to call */
        len--;
    }
    struct digit_groups groups;
    return read_digit_groups(text, len, &groups) && groups.digits >= 6 && groups.digits <= 14
           && !is_written_date(&groups);
}

/* A number read out or dictated, as a call's transcript or a chat writes it down (census
 * typography): groups of one to five digits split by ", " ("415, 850, 06, 94"), a group spelt
 * digit by digit with single blanks ("4 1 5, 8 5 0, 0 6, 9 4"), or the whole number so spelt
 * ("9 1 2 3 4 5 6 7"). A digit right after the last group's ", " starts one more group. */
size_t phone_dictated_length(const char *text, size_t len, char *digits, size_t *count)
{
    size_t limit = len < PHONE_TEXT_MAX ? len : PHONE_TEXT_MAX, at = 0, end = 0, n = 0, commas = 0;
    bool all_spelt = true;
    while (at < limit && isdigit((unsigned char)text[at])) {
        size_t group = 0;
        while (at < limit && isdigit((unsigned char)text[at]) && n < PHONE_DICTATED_DIGITS) {
            digits[n++] = text[at++];
            group++;
        }
        bool spelt = false;
        while (group == 1 && at + 1 < limit && text[at] == ' ' && isdigit((unsigned char)text[at + 1])
               && (at + 2 == len || !isdigit((unsigned char)text[at + 2])) && n < PHONE_DICTATED_DIGITS) {
            digits[n++] = text[at + 1];          /* "4 1 5": one digit, a blank, one digit … */
            at += 2;
            spelt = true;
        }
        if ((group > 5 && !spelt) || (at < len && isdigit((unsigned char)text[at]))) {
            return 0;                 /* a block of six digits is not read out; or too many digits */
        }
        all_spelt = all_spelt && spelt;
        end = at;
        if (at + 2 < limit && text[at] == ',' && text[at + 1] == ' ' && isdigit((unsigned char)text[at + 2])) {
            at += 2;
            commas++;
            continue;
        }
        break;
    }
    if (n < 8 || n > 13 || (commas == 0 && !all_spelt) || (end < len && isalpha((unsigned char)text[end]))) {
        return 0;
    }
    *count = n;
    return end;
}

/* ---- phones by their shape alone ---- */

/* A number split into groups, every group and separator kept: what a phone looks like
 * by itself is how it is grouped. */
enum { PHONE_GROUPS_MAX = 8 };

struct phone_groups {
    size_t count, digits;
    unsigned char length[PHONE_GROUPS_MAX];
    char separator[PHONE_GROUPS_MAX];       /* before group i (i >= 1); ')' after "(030)" */
    bool parenthesised;                     /* the first group in parentheses */
};

static bool read_phone_groups(const char *text, size_t len, struct phone_groups *groups)
{
    memset(groups, 0, sizeof *groups);
    size_t i = 0;
    if (len > 0 && text[0] == '(') {
        groups->parenthesised = true;
        i = 1;
    }
    char separator = 0;
    bool in_group = false;
    for (; i < len; i++) {
        char c = text[i];
        if (c >= '0' && c <= '9') {
            if (!in_group) {
                if (groups->count == PHONE_GROUPS_MAX) {
                    return false;
                }
                groups->separator[groups->count++] = separator;
                in_group = true;
            }
            if (groups->length[groups->count - 1] == 15) {
                return false;
            }
            groups->length[groups->count - 1]++;
            groups->digits++;
            continue;
        }
        if (!in_group) {
            return false;             /* two separators in a row */
        }
        in_group = false;
        if (c == ')') {
            if (!groups->parenthesised || groups->count != 1) {
                return false;
            }
            separator = ')';
            if (i + 1 < len && text[i + 1] == ' ') {
                i++;
            }
        } else if (c == ' ' && i + 2 < len && (text[i + 1] == '-' || text[i + 1] == '/') && text[i + 2] == ' ') {
            separator = text[i + 1];  /* "089 - 5455072", "0151 / 198 469 18" */
            i += 2;
        } else if (c == ' ' || c == '-' || c == '.' || c == '/') {
            separator = c;
        } else {
            return false;
        }
    }
    return in_group && groups->count >= 2 && (!groups->parenthesised || groups->separator[1] == ')');
}

/* Every separator from group `from` on is `separator`. */
static bool separators_all(const struct phone_groups *groups, size_t from, char separator)
{
    for (size_t i = from; i < groups->count; i++) {
        if (groups->separator[i] != separator) {
            return false;
        }
    }
    return true;
}

static bool lengths_are(const struct phone_groups *groups, const char *lengths)
{
    size_t n = strlen(lengths);
    if (n != groups->count) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if (groups->length[i] != (unsigned char)(lengths[i] - '0')) {
            return false;
        }
    }
    return true;
}

/* The country codes of ITU-T E.164 that are one or two digits long; any other code is
 * three digits, and starts with one of 2, 3, 4, 5, 6, 8, 9. */
static size_t country_code_length(const char *digits, size_t count)
{
    static const unsigned char two_digit[] = {
        20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49, 51, 52, 53, 54, 55, 56, 57, 58,
        60, 61, 62, 63, 64, 65, 66, 81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98,
    };
    if (count < 3 || digits[0] == '0') {
        return 0;
    }
    if (digits[0] == '1' || digits[0] == '7') {
        return 1;
    }
    unsigned two = (unsigned)(digits[0] - '0') * 10 + (unsigned)(digits[1] - '0');
    for (size_t i = 0; i < sizeof two_digit; i++) {
        if (two_digit[i] == two) {
            return 2;
        }
    }
    return strchr("2345689", digits[0]) != NULL ? 3 : 0;
}

/* "0046 73-403 1267", "0033 5 52 38 30 77", "0049 15212345678", "0049 (0)30 9898442": the
 * international prefix 00, a country code that exists, a separator after it (and the
 * trunk 0 in parentheses the way Germans and the French write it), 8 to 15 digits in all. */
static bool international_prefix_shape(const char *text, size_t len)
{
    if (len < 8 || text[0] != '0' || text[1] != '0') {
        return false;
    }
    size_t code_end = 2;
    while (code_end < len && code_end < 6 && text[code_end] >= '0' && text[code_end] <= '9') {
        code_end++;
    }
    if (code_end == len || (text[code_end] != ' ' && text[code_end] != '-' && text[code_end] != '.')) {
        return false;
    }
    char code[4] = { 0 };
    size_t count = code_end - 2;
    memcpy(code, text + 2, count);
    if (country_code_length(code, 3) != count) {
        return false;                 /* the digits before the separator are one country code */
    }
    char digits[MAX_DIGITS];
    size_t rest = code_end + 1;
    if (len - rest > 4 && memcmp(text + rest, "(0)", 3) == 0) {
        rest += text[rest + 3] == ' ' ? 4 : 3;
    }
    size_t national;
    if (rest >= len || text[rest] < '0' || text[rest] > '9'
        || !collect_digits(text + rest, len - rest, " -.", digits, &national)) {
        return false;
    }
    return count + national >= 8 && count + national <= 15;
}

/* North America: 415-555-2671, 415.555.2671, 415 555 2671, 1-415-555-2671; an area code
 * and an exchange that do not start with 0 or 1, one separator throughout. */
static bool north_american_shape(const char *text, size_t len, const struct phone_groups *groups)
{
    /* "1 (303) 461-7235": the trunk 1 before the parenthesised area code. */
    if (len == 16 && text[0] == '1' && text[1] == ' ' && text[2] == '(') {
        return phone_national_valid(text + 2, len - 2) && text[3] >= '2' && text[8] >= '2';
    }
    /* "902/964-3822", "617 641-4752": the area code before a slash or a space. */
    if (lengths_are(groups, "334") && (groups->separator[1] == '/' || groups->separator[1] == ' ')
        && groups->separator[2] == '-') {
        return text[0] >= '2' && text[4] >= '2';
    }
    size_t first = 0;
    if (groups->count == 4 && groups->length[0] == 1 && text[0] == '1') {
        first = 1;
    }
    if (groups->count - first != 3 || groups->length[first] != 3 || groups->length[first + 1] != 3
        || groups->length[first + 2] != 4 || groups->parenthesised) {
        return false;
    }
    /* One separator throughout, or mixed as people type them: "1 415 332-1331", "713 590.6293". */
    for (size_t i = 1; i < groups->count; i++) {
        if (groups->separator[i] != '-' && groups->separator[i] != '.' && groups->separator[i] != ' ') {
            return false;
        }
    }
    size_t area = first == 0 ? 0 : 2;
    size_t exchange = area + 4;
    return text[area] >= '2' && text[exchange] >= '2';
}

/* France: ten digits in pairs from 0[1-9], one separator throughout: 06 12 34 56 78,
 * 06.12.34.56.78, 06-12-34-56-78. */
static bool french_shape(const char *text, const struct phone_groups *groups)
{
    return lengths_are(groups, "22222") && text[0] == '0' && text[1] != '0' && !groups->parenthesised
           && separators_all(groups, 2, groups->separator[1]);
}

/* A trunk-0 number in its national grouping (UK, Germany, Sweden, …): an area code of
 * two to five digits, in parentheses or not, then the subscriber number in one block of
 * six to eight digits or in groups of two to four spaced: 020 7946 0958, (020) 7290 8304,
 * 07700 900123, 0171 1234567, 0221/1234567, 089 - 5455072, 08-937 41 27, 070-201 01 70.
 * Never dotted (versions), never day-month first (dates). */
static bool trunk_shape(const char *text, const struct phone_groups *groups)
{
    const char *national = groups->parenthesised ? text + 1 : text;
    if (national[0] != '0' || national[1] < '1' || national[1] > '9' || groups->digits < 9 || groups->digits > 12
        || groups->length[0] < 2 || groups->length[0] > 5) {
        return false;
    }
    char first = groups->separator[1];
    if (groups->length[0] <= 2 && groups->length[1] <= 2) {
        return false;
    }
    if (groups->count == 2) {       /* "0176.41782990" too: a version has no 8-digit part */
        return groups->length[1] >= 6 && groups->length[1] <= 8 && (first != '.' || groups->length[0] >= 3);
    }
    /* "072.663.56.78": dots all through after an area of three digits or more (a date's
     * day has two: "01.12.2023" stays). */
    bool dotted = first == '.' && groups->length[0] >= 3 && separators_all(groups, 1, '.');
    /* "07913-464-417": dashes all through after an area of four digits or more */
    bool dashed = first == '-' && groups->length[0] >= 4 && separators_all(groups, 1, '-');
    if (!dotted && !dashed && (first == '.' || !separators_all(groups, 2, ' '))) {
        return false;
    }
    for (size_t i = 1; i < groups->count; i++) {
        if (groups->length[i] < 2 || groups->length[i] > 4) {
            return false;
        }
    }
    return true;
}

/* No trunk prefix, eight or nine digits spaced as Norway and Spain write them: 912 34 567,
 * 22 27 06 27, 405 112 60; 612 345 678, 612-345-678, 612.345.678, 612 34 56 78,
 * 93 110 99 23. */
static bool spaced_national_shape(const char *text, const struct phone_groups *groups)
{
    if (text[0] < '2' || text[0] > '9' || groups->parenthesised) {
        return false;
    }
    if (groups->digits == 8) {
        /* Norway's numbers in dots too, 3.2.3 (418.92.624, 554.66.289): no version or date is
         * written so. */
        bool dotted_mobile = separators_all(groups, 1, '.') && lengths_are(groups, "323");
        /* ... and landlines in dashes: 22-03-27-45. */
        bool dashed_pairs = separators_all(groups, 1, '-') && lengths_are(groups, "2222");
        return dotted_mobile || dashed_pairs
               || (separators_all(groups, 1, ' ')
                   && (lengths_are(groups, "323") || lengths_are(groups, "332") || lengths_are(groups, "2222")));
    }
    if (groups->digits != 9 || text[0] < '6') {
        return false;
    }
    if (lengths_are(groups, "333")) {
        return separators_all(groups, 1, ' ') || separators_all(groups, 1, '-') || separators_all(groups, 1, '.');
    }
    /* Spain's mobiles in dots too, 612.34.56.78: an IPv4 address in that grouping starts with 1 or 2,
     * a version is not nine digits from 6 up. */
    if (lengths_are(groups, "3222") && (separators_all(groups, 1, '.') || separators_all(groups, 1, '-'))) {
        return true;                  /* and in dashes, 635-29-04-71 */
    }
    return separators_all(groups, 1, ' ') && (lengths_are(groups, "3222") || lengths_are(groups, "2322"));
}

/* A mobile number in one block, by the prefixes only mobiles have: France's and Sweden's
 * 06/07 and ten digits, the UK's 07 and eleven, Germany's 015x/016x/017x and eleven or
 * twelve. Other numbers in one block need a cue. */
static bool bare_mobile_shape(const char *text, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        if (text[i] < '0' || text[i] > '9') {
            return false;
        }
    }
    if (text[0] != '0') {
        return false;
    }
    bool french_or_swedish = len == 10 && (text[1] == '6' || text[1] == '7');
    bool british = len == 11 && text[1] == '7';
    bool german = (len == 11 || len == 12) && text[1] == '1' && text[2] >= '5' && text[2] <= '7';
    return french_or_swedish || british || german;
}

/* Norway's mobiles with the country code and no '+', as payment apps print them:
 * 4791234567, 4741234567 (47, then a mobile's 4 or 9, then seven digits). */
static bool norwegian_international_mobile(const char *text, size_t len)
{
    if (len != 10 || text[0] != '4' || text[1] != '7' || (text[2] != '4' && text[2] != '9')) {
        return false;
    }
    for (size_t i = 3; i < len; i++) {
        if (!isdigit((unsigned char)text[i])) {
            return false;
        }
    }
    return true;
}

bool phone_link_digits_valid(const char *text, size_t len)
{
    char international[16] = "+";
    if (len < 8 || len > 15 || text[0] == '0') {
        return false;
    }
    for (size_t i = 0; i < len; i++) {
        if (!isdigit((unsigned char)text[i])) {
            return false;
        }
    }
    memcpy(international + 1, text, len);
    return !phone_is_fictional(international, len + 1);
}

bool phone_vanity_valid(const char *text, size_t len)
{
    size_t at = 0;
    if (len > 3 && memcmp(text, "+1 ", 3) == 0) {
        at = 3;
    } else if (len > 2 && text[0] == '1' && (text[1] == '-' || text[1] == ' ')) {
        at = 2;
    }
    bool parenthesised = at < len && text[at] == '(';
    at += parenthesised;
    if (len - at < 11 || text[at] != '8' || text[at + 1] != text[at + 2] || strchr("0345678", text[at + 1]) == NULL
        || (text[at + 1] == '0' && text[at + 2] != '0')) {
        return false;                 /* 800, 833, 844, 855, 866, 877, 888 */
    }
    at += 3;
    if (parenthesised && text[at++] != ')') {
        return false;
    }
    if (text[at] == ' ' || text[at] == '-') {
        at++;
    }
    size_t characters = 0, letters = 0, dashes = 0;
    for (; at < len; at++) {
        if (isupper((unsigned char)text[at])) {
            letters++;
        } else if (text[at] == '-' && dashes == 0 && characters > 0) {
            dashes++;
            continue;
        } else if (!isdigit((unsigned char)text[at])) {
            return false;
        }
        characters++;
    }
    return characters == 7 && letters >= 3;
}

bool phone_shape_valid(const char *text, size_t len)
{
    if (phone_is_fictional(text, len) || ipv4_shaped(text, len)) {
        return false;                 /* "084.201.003.009" is an address */
    }
    if (len < 9) {
        return false;
    }
    if (memcmp(text, "(0)", 3) == 0 && len - 2 <= 32 && text[3] >= '1' && text[3] <= '9') {
        /* "(0)72-742 36 89": the trunk 0 in parentheses, read as 072-742 36 89 */
        char national[32];
        national[0] = '0';
        memcpy(national + 1, text + 3, len - 3);
        return phone_shape_valid(national, len - 2);
    }
    if (international_prefix_shape(text, len) || bare_mobile_shape(text, len)
        || norwegian_international_mobile(text, len) || dropped_plus_mobile(text, len)) {
        return true;
    }
    struct phone_groups groups;
    if (len == 16 && text[0] == '1' && text[1] == ' ' && text[2] == '(') {
        memset(&groups, 0, sizeof groups);
        return north_american_shape(text, len, &groups);
    }
    if (!read_phone_groups(text, len, &groups)) {
        return false;
    }
    return north_american_shape(text, len, &groups) || french_shape(text, &groups) || trunk_shape(text, &groups)
           || spaced_national_shape(text, &groups);
}

/* ---- dates of birth ---- */

/* Month names and their usual abbreviations in en, nb, sv, de, fr and es, lowercase
 * (UTF-8 as written: "märz", "février", "août", "décembre"). */
static const struct { const char *name; int month; } month_names[] = {
    { "january", 1 }, { "januar", 1 }, { "januari", 1 }, { "janvier", 1 }, { "enero", 1 }, { "jan", 1 }, { "ene", 1 },
    { "february", 2 }, { "februar", 2 }, { "februari", 2 }, { "f\xc3\xa9vrier", 2 }, { "fevrier", 2 },
    { "febrero", 2 }, { "feb", 2 }, { "f\xc3\xa9v", 2 }, { "fev", 2 },
    { "march", 3 }, { "mars", 3 }, { "m\xc3\xa4rz", 3 }, { "maerz", 3 }, { "marzo", 3 }, { "mar", 3 },
    { "april", 4 }, { "avril", 4 }, { "abril", 4 }, { "apr", 4 }, { "avr", 4 }, { "abr", 4 },
    { "may", 5 }, { "mai", 5 }, { "maj", 5 }, { "mayo", 5 },
    { "june", 6 }, { "juni", 6 }, { "juin", 6 }, { "junio", 6 }, { "jun", 6 },
    { "july", 7 }, { "juli", 7 }, { "juillet", 7 }, { "julio", 7 }, { "jul", 7 }, { "juil", 7 },
    { "august", 8 }, { "augusti", 8 }, { "ao\xc3\xbbt", 8 }, { "aout", 8 }, { "agosto", 8 }, { "aug", 8 },
    { "ago", 8 },
    { "september", 9 }, { "septembre", 9 }, { "septiembre", 9 }, { "setiembre", 9 }, { "sep", 9 },
    { "sept", 9 },
    { "october", 10 }, { "oktober", 10 }, { "octobre", 10 }, { "octubre", 10 }, { "oct", 10 }, { "okt", 10 },
    { "november", 11 }, { "novembre", 11 }, { "noviembre", 11 }, { "nov", 11 },
    { "december", 12 }, { "desember", 12 }, { "dezember", 12 }, { "d\xc3\xa9" "cembre", 12 },
    { "decembre", 12 }, { "diciembre", 12 }, { "dec", 12 }, { "des", 12 }, { "dez", 12 }, { "dic", 12 },
    /* French and German abbreviations: "20 aoû 1950", "10 déc. 1952", "3. Mrz. 1985", "26 MÄR 1965". */
    { "ao\xc3\xbb", 8 }, { "d\xc3\xa9" "c", 12 }, { "janv", 1 }, { "f\xc3\xa9vr", 2 }, { "fevr", 2 }, { "mrz", 3 },
    /* Swedish and German February cut after its r: "21 febr. 2020", "3. Febr. 1985". */
    { "febr", 2 },
    { "m\xc3\xa4r", 3 },
    /* French "jui" is juin or juillet: July, whose 31 days hold every day of June. */
    { "jui", 7 },
    /* Austrian January: "12. Jänner 1987", "3. Jän. 1990". */
    { "j\xc3\xa4nner", 1 }, { "jaenner", 1 }, { "j\xc3\xa4n", 1 },
};

/* The month named by the word at `at` (letters and UTF-8 bytes, an abbreviation's dot
 * after it), or 0; *end is set past it. */
/* A month in Roman numerals, upper case as records write it ("03.IX.1965", "12 II 1958") or
 * all in lower case as hand and typewriter did ("6.xii.2015", "13.ix.1985"); never mixed. */
static int roman_month_at(const char *text, size_t len, size_t at, size_t *end)
{
    static const char *const romans[] = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII" };
    const char *numerals = at < len && islower((unsigned char)text[at]) ? "ivx" : "IVX";
    size_t n = 0;
    while (at + n < len && n < 5 && strchr(numerals, text[at + n]) != NULL && text[at + n] != '\0') {
        n++;
    }
    if (n == 0 || (at + n < len && isalnum((unsigned char)text[at + n]))) {
        return 0;
    }
    for (int i = 0; i < 12; i++) {
        if (strlen(romans[i]) == n && strncasecmp(romans[i], text + at, n) == 0) {
            *end = at + n + (at + n < len && text[at + n] == '.');
            return i + 1;
        }
    }
    return 0;
}

static int month_at(const char *text, size_t len, size_t at, size_t *end)
{
    int roman = roman_month_at(text, len, at, end);
    if (roman != 0) {
        return roman;
    }
    char word[16];
    size_t n = 0;
    while (at + n < len && n < sizeof word
           && (isalpha((unsigned char)text[at + n]) || (unsigned char)text[at + n] >= 0x80)) {
        /* Latin-1 capitals too (É, Ä after 0xc3), as "16 DÉC 1994" needs. */
        word[n] = (char)latin1_fold(n > 0 ? (unsigned char)text[at + n - 1] : 0, (unsigned char)text[at + n]);
        n++;
    }
    if (n < 3 || n == sizeof word) {
        return 0;
    }
    for (size_t i = 0; i < sizeof month_names / sizeof month_names[0]; i++) {
        if (strlen(month_names[i].name) == n && memcmp(month_names[i].name, word, n) == 0) {
            *end = at + n + (at + n < len && text[at + n] == '.');
            return month_names[i].month;
        }
    }
    return 0;
}

/* Up to `most` digits at `at`: their value, and *end past them; -1 if fewer than `least`. */
static int digits_at(const char *text, size_t len, size_t at, size_t least, size_t most, size_t *end)
{
    size_t n = 0;
    int value = 0;
    while (at + n < len && n < most && isdigit((unsigned char)text[at + n])) {
        value = value * 10 + (text[at + n] - '0');
        n++;
    }
    if (n < least || (at + n < len && isdigit((unsigned char)text[at + n]))) {
        return -1;
    }
    *end = at + n;
    return value;
}

/* `word` (lowercase) at `at`, followed by a space or a line break (a form's field wrapped:
 * "16 de mayo de\n1985"): *at is moved past both. */
static bool skip_word(const char *text, size_t len, size_t *at, const char *word)
{
    size_t n = strlen(word);
    if (*at + n >= len || strncasecmp(text + *at, word, n) != 0 || (text[*at + n] != ' ' && text[*at + n] != '\n')) {
        return false;
    }
    *at += n + 1;
    return true;
}

static bool birth_year(int year)
{
    return year >= 1900 && year <= 2099;
}

/* A two-digit year as a birth year: 00..29 in this century, the rest in the last. */
static int century_of(int year)
{
    return year < 30 ? 2000 + year : 1900 + year;
}

/* The apostrophe that stands for a year's century, ASCII or U+2019, at `at`: its length, or 0. */
static size_t year_apostrophe(const char *text, size_t len, size_t at)
{
    if (at < len && text[at] == '\'') {
        return 1;
    }
    return at + 3 <= len && memcmp(text + at, "\xe2\x80\x99", 3) == 0 ? 3 : 0;
}

/* The year after a month written by name: four digits, or two after an apostrophe ("'77",
 * U+2019 too), after the Nordic dash ("14. mai -87") or alone ("21 fevrier 83", "del 93"). Its
 * value, *end past it; -1 if none. Two digits are never followed by ':' (a time). */
static int named_date_year(const char *text, size_t len, size_t at, size_t *end)
{
    int year = digits_at(text, len, at, 4, 4, end);
    if (year >= 0) {
        return birth_year(year) ? year : -1;
    }
    if (at < len && text[at] == '-') {
        at++;
    } else {
        at += year_apostrophe(text, len, at);
    }
    year = digits_at(text, len, at, 4, 4, end);
    if (year >= 0) {
        return birth_year(year) ? year : -1;     /* "10 januari -1985" */
    }
    year = digits_at(text, len, at, 2, 2, end);
    if (year < 0 || (*end < len && (text[*end] == ':' || isalnum((unsigned char)text[*end])))) {
        return -1;
    }
    return century_of(year);
}

/* An ordinal's ending after a day: "3rd", "1er", "3:e", "20:a", Spanish "1º". */
static size_t ordinal_suffix(const char *text, size_t len, size_t at)
{
    static const char *const suffixes[] = { "st", "nd", "rd", "th", "er", ":e", ":a", "\xc2\xba" };
    /* All two bytes and no two alike: one at most starts the text. */
    if (caseless_list_prefix(text, at, len, suffixes, sizeof suffixes / sizeof suffixes[0]) == 0) {
        return 0;
    }
    return at + 2 == len || !isalpha((unsigned char)text[at + 2]) ? 2 : 0;
}

/* 1985-03-12, 1985/03/12, 1985.03.12; 12.03.1985, 12/03/1985, 12-03-1985, and the US
 * 03/12/1985 when the day cannot be a month; 19850312. */
static size_t numeric_date_length(const char *text, size_t len)
{
    size_t at;
    int first = digits_at(text, len, 0, 1, 8, &at);
    if (first < 0) {
        return 0;
    }
    if (at == 8) {
        /* 19850312, or the day first as forms without separators write it: 12031985 */
        int year = first / 10000, month = first / 100 % 100, day = first % 100;
        int late_year = first % 10000, late_month = first / 10000 % 100, late_day = first / 1000000;
        return (birth_year(year) && date_exists(year, month, day))
                       || (birth_year(late_year) && date_exists(late_year, late_month, late_day))
                   ? 8
                   : 0;
    }
    if (at == 6 && (at == len || !isalnum((unsigned char)text[at]))) {
        /* "580407" (YYMMDD, the Swedish way) or "070458" (DDMMYY): only after a birth cue */
        int high = first / 10000, middle = first / 100 % 100, low = first % 100;
        return date_exists(century_of(high), middle, low) || date_exists(century_of(low), middle, high) ? 6 : 0;
    }
    if (at >= len
        || (text[at] != '-' && text[at] != '.' && text[at] != '/' && !(text[at] == ' ' && (at <= 2 || at == 4)))) {
        return 0;                     /* spaces only after a day or a year: "15 03 1969", "1954 01 17" */
    }
    char separator = text[at];
    size_t second_end, third_end;
    int second = digits_at(text, len, at + 1, 1, 2, &second_end);
    if (second >= 0 && separator == '/' && at <= 2 && second_end < len
        && (text[second_end] == ' ' || text[second_end] == '-')) {
        /* "16/5 1963", "25/7-1950", "26/10 -71": the Swedish day/month, then the year, four
         * digits or two after a dash */
        size_t year_at = second_end + 1, mark = 0;
        if (text[second_end] == ' ' && year_at < len && text[year_at] == '-') {
            year_at++;
        } else if (text[second_end] == ' ') {
            mark = year_apostrophe(text, len, year_at);     /* "13/5 '60" */
            year_at += mark;
        }
        int year = mark > 0 ? -1 : digits_at(text, len, year_at, 4, 4, &third_end);
        if (year < 0 && (text[year_at - 1] == '-' || text[year_at - 1] == ' ' || mark > 0)) {   /* "född 13/7 57" too */
            year = digits_at(text, len, year_at, 2, 2, &third_end);
            if (year < 0 || (third_end < len && (isalnum((unsigned char)text[third_end]) || text[third_end] == ':'))) {
                return 0;
            }
            year = century_of(year);
        }
        return year >= 0 && birth_year(year) && date_exists(year, second, first) ? third_end : 0;
    }
    if (second >= 0 && separator == '.' && at <= 2 && second_end + 1 < len && text[second_end] == ' ') {
        /* "12.3 1985", "12.03 1985": the month's point left out before the year's blank */
        int year = digits_at(text, len, second_end + 1, 4, 4, &third_end);
        return year >= 0 && birth_year(year) && date_exists(year, second, first) ? third_end : 0;
    }
    if (second < 0 || second_end >= len || text[second_end] != separator) {
        return 0;
    }
    if (at == 4) {
        int third = digits_at(text, len, second_end + 1, 1, 2, &third_end);
        if (third >= 0 && separator == ' ' && (second_end - at != 3 || third_end - second_end != 3)) {
            return 0;                 /* spaced, only as "1954 01 17" */
        }
        return third >= 0 && birth_year(first) && date_exists(first, second, third) ? third_end : 0;
    }
    /* "12.03.'85", "11.4.'05", "12/03/'85": the year's two digits after an apostrophe; "12.3.-85",
     * "12.03.-85": after the dash Norwegians and Swedes put there */
    size_t mark = year_apostrophe(text, len, second_end + 1);
    if (mark == 0 && separator == '.' && second_end + 1 < len && text[second_end + 1] == '-') {
        mark = 1;
    }
    int year = mark > 0 ? -1 : digits_at(text, len, second_end + 1, 4, 4, &third_end);
    if (at <= 2 && year < 0) {
        /* "12.03.85", "5/2/88", "61-06-20": a two-digit year, last or (with two digits in
         * each group, and no apostrophe) first. Only ever read after a birth cue. */
        int third = digits_at(text, len, second_end + 1 + mark, 2, 2, &third_end);
        if (third < 0) {
            return 0;
        }
        bool day_first = date_exists(century_of(third), second, first) || date_exists(century_of(third), first, second);
        bool year_first = mark == 0 && at == 2 && second_end - at == 3 && date_exists(century_of(first), second, third);
        return day_first || year_first ? third_end : 0;
    }
    if (at > 2 || year < 0 || !birth_year(year) || (separator == ' ' && second_end - at != 3)) {
        return 0;
    }
    return date_exists(year, second, first) || date_exists(year, first, second) ? third_end : 0;
}

/* A passport's visual zone names the month twice, in the issuer's language and then in
 * English or French (ICAO 9303): "10 AUG/AOÛT 63", "19 JUN /JUN 1980". Past the second name
 * when it names `month` too, else `at`. */
static size_t second_language_month(const char *text, size_t len, size_t at, int month)
{
    size_t slash = at < len && text[at] == ' ' ? at + 1 : at;
    if (slash >= len || text[slash] != '/') {
        return at;
    }
    size_t second = slash + 1 < len && text[slash + 1] == ' ' ? slash + 2 : slash + 1, end;
    return month_at(text, len, second, &end) == month ? end : at;
}

/* "12 March 1985", "12. mars 1985", "12th of March, 1985", "1er mars 1985",
 * "12 de marzo de 1985". */
static size_t day_first_date_length(const char *text, size_t len)
{
    size_t at;
    int day = digits_at(text, len, 0, 1, 2, &at);
    if (day < 0) {
        return 0;
    }
    bool dotted = at < len && text[at] == '.';
    at += dotted ? 1 : ordinal_suffix(text, len, at);
    if (dotted && at + 2 <= len && memcmp(text + at, "\xc2\xba", 2) == 0) {
        at += 2;                      /* Spanish "1.º de marzo" */
    }
    if (!dotted && at < len && isalpha((unsigned char)text[at])) {
        /* "12APR1987", "03MAR85": day, month and year run together, as passports, tickets
         * and airline records (DOCS) print them. */
        size_t month_end, year_end;
        int month = month_at(text, len, at, &month_end);
        if (month == 0 || month_end >= len || !isdigit((unsigned char)text[month_end])) {
            return 0;
        }
        int year = named_date_year(text, len, month_end, &year_end);
        return year >= 0 && date_exists(year, month, day) ? year_end : 0;
    }
    if (at < len && (text[at] == '-' || text[at] == '/')) {
        /* "25-Nov-2000", "13-Jun-02", "21/octubre/1957" */
        char separator = text[at];
        size_t month_end, year_end;
        int month = month_at(text, len, at + 1, &month_end);
        if (month == 0 || month_end >= len || text[month_end] != separator) {
            return 0;
        }
        int year = named_date_year(text, len, month_end + 1, &year_end);
        return year >= 0 && date_exists(year, month, day) ? year_end : 0;
    }
    /* "21.Oktober 1953", "16.mar.2003": after a dot the month and the year may follow
     * without a space. */
    if (at < len && text[at] == ' ') {
        at++;
    } else if (!dotted) {
        return 0;
    }
    if (!skip_word(text, len, &at, "de")) {
        skip_word(text, len, &at, "of");
    }
    size_t month_end;
    int month = month_at(text, len, at, &month_end);
    if (month == 0) {
        return 0;
    }
    at = second_language_month(text, len, month_end, month);
    if (at < len && text[at] == ',') {
        at++;
    }
    if (at < len && (text[at] == ' ' || text[at] == '\n')) {
        at++;                         /* a line break too: a form's field wrapped, "5 February\n1985" */
    } else if (text[at - 1] != '.') {
        return 0;
    }
    if (!skip_word(text, len, &at, "de")) {
        skip_word(text, len, &at, "del");    /* "23 de abril del 1998", "17 de febrero del 93" */
    }
    size_t year_end;
    int year = named_date_year(text, len, at, &year_end);
    return year >= 0 && date_exists(year, month, day) ? year_end : 0;
}

/* The year first and the month by name: "1985-jun-12", "1974 november 9", "1990 mai 3". */
static size_t year_first_named_date_length(const char *text, size_t len)
{
    size_t at;
    int year = digits_at(text, len, 0, 4, 4, &at);
    if (year < 0 || !birth_year(year) || at + 1 >= len || (text[at] != '-' && text[at] != ' ')) {
        return 0;
    }
    char separator = text[at];
    size_t month_end, day_end;
    int month = month_at(text, len, at + 1, &month_end);
    if (month == 0 || month_end >= len || text[month_end] != separator) {
        return 0;
    }
    int day = digits_at(text, len, month_end + 1, 1, 2, &day_end);
    return day > 0 && date_exists(year, month, day) ? day_end + ordinal_suffix(text, len, day_end) : 0;
}

/* "March 12, 1985", "Mar 12 1985", "March 12th, 1985", "March the 28th, 1970", "Sep-19-1981",
 * "Sep/19/1981", "May 1st '68". */
static size_t month_first_date_length(const char *text, size_t len)
{
    size_t at;
    int month = month_at(text, len, 0, &at);
    if (month == 0 || at >= len || (text[at] != ' ' && text[at] != '-' && text[at] != '/')) {
        return 0;
    }
    char separator = text[at++];
    if (separator == ' ') {
        skip_word(text, len, &at, "the");
    }
    int day = digits_at(text, len, at, 1, 2, &at);
    if (day < 0) {
        return 0;
    }
    at += ordinal_suffix(text, len, at);
    if (separator == ' ' && at < len && text[at] == ',') {
        at++;
    }
    if (at >= len || text[at] != separator) {
        return 0;
    }
    size_t year_end;
    int year = named_date_year(text, len, at + 1, &year_end);
    return year >= 0 && date_exists(year, month, day) ? year_end : 0;
}

/* The time a record stores with a year-first date: "T00:00:00Z", "T00:00:00.000+02:00",
 * " 10:42", " 00:00:00" (a timestamp column). Its length at `at`, or 0. */
static size_t time_of_day_length(const char *text, size_t len, size_t at)
{
    if (at + 6 > len || (text[at] != 'T' && text[at] != ' ')) {
        return 0;
    }
    size_t end = at + 1;
    for (int part = 0; part < 3; part++) {
        if (part > 0 && (end + 3 > len || text[end] != ':')) {
            break;
        }
        size_t digits_start = end + (part > 0);
        if (digits_start + 2 > len || !isdigit((unsigned char)text[digits_start])
            || !isdigit((unsigned char)text[digits_start + 1])) {
            return part >= 2 ? end : 0;
        }
        end = digits_start + 2;
    }
    if (end - at < 6) {
        return 0;                     /* hours and minutes at least */
    }
    if (end + 1 < len && text[end] == '.' && isdigit((unsigned char)text[end + 1])) {
        end++;
        while (end < len && end - at < 20 && isdigit((unsigned char)text[end])) {
            end++;
        }
    }
    if (end < len && text[end] == 'Z') {
        return end + 1 - at;
    }
    if (end + 3 <= len && (text[end] == '+' || text[end] == '-') && isdigit((unsigned char)text[end + 1])
        && isdigit((unsigned char)text[end + 2])) {
        size_t zone = end + 3;
        if (zone + 3 <= len && text[zone] == ':' && isdigit((unsigned char)text[zone + 1])
            && isdigit((unsigned char)text[zone + 2])) {
            zone += 3;
        }
        return zone - at;
    }
    return end - at;
}

/* A weekday's name before a date, in the six languages, with its comma or "den" and the
 * space ("Tuesday, 12 March 1985", "fredag 13. juni 1980", "Dienstag, 10. Mai 1966", "mardi
 * 11 janvier 1983", "jueves, 9 de septiembre de 1965", "tisdagen den 17 juli 1979", "Tuesday,
 * March 12, 1985"): how many
 * bytes it takes, or 0. The date that follows is the value; the weekday goes with it. */
static size_t weekday_length(const char *text, size_t len)
{
    static const char *const weekdays[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "l\xc3\xb8rdag", "s\xc3\xb8ndag",
        "m\xc3\xa5ndag", "tisdag", "l\xc3\xb6rdag", "s\xc3\xb6ndag", "tisdagen", "m\xc3\xa5ndagen", "onsdagen",
        "torsdagen", "fredagen", "l\xc3\xb6rdagen", "s\xc3\xb6ndagen",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lunes", "martes", "mi\xc3\xa9rcoles", "miercoles", "jueves", "viernes", ("s\xc3\xa1" "bado"), "sabado", "domingo",
    };
    size_t n = 0;
    while (n < len && n < 12 && (isalpha((unsigned char)text[n]) || (unsigned char)text[n] >= 0x80)) {
        n++;
    }
    if (n < 5 || n == 12) {
        return 0;
    }
    if (!caseless_in_list(text, n, weekdays, sizeof weekdays / sizeof weekdays[0])) {
        return 0;
    }
    if (n < len && text[n] == ',') {
        n++;
    }
    if (n >= len || text[n] != ' ') {
        return 0;
    }
    n++;
    if (n + 4 <= len && strncasecmp(text + n, "den ", 4) == 0) {
        n += 4;                       /* "tisdagen den 17 juli" */
    }
    size_t month_end;
    return n < len && (isdigit((unsigned char)text[n]) || month_at(text, len, n, &month_end) != 0) ? n : 0;
}

/* "12–03–1985", "12 – 03 – 1985", "1985–03–12": an en dash (U+2013) where a date's dash stands,
 * as word processors set one, blanks on both sides or none; read as numeric_date_length reads
 * the dash. Its length in `text`, or 0. Reads at most EN_DASH_DATE_MAX bytes of the date. */
enum { EN_DASH_DATE_MAX = 24 };

static size_t en_dash_date_length(const char *text, size_t len)
{
    char ascii[EN_DASH_DATE_MAX];
    size_t ends[EN_DASH_DATE_MAX + 1] = { 0 };    /* where each byte of `ascii` ends in `text` */
    size_t n = 0, at = 0, dashes = 0;
    while (at < len && n < EN_DASH_DATE_MAX) {
        size_t blank = text[at] == ' ' && n > 0 ? 1 : 0;
        if (at + blank + 3 <= len && memcmp(text + at + blank, "\xe2\x80\x93", 3) == 0) {
            at += blank + 3;
            if (blank > 0 && (at >= len || text[at] != ' ')) {
                return 0;
            }
            at += blank;
            ascii[n++] = '-';
            dashes++;
        } else if (isdigit((unsigned char)text[at])) {
            ascii[n++] = text[at++];
        } else {
            break;
        }
        ends[n] = at;
    }
    if (dashes != 2) {
        return 0;
    }
    size_t read = numeric_date_length(ascii, n);
    return read == n ? ends[n] : 0;
}

size_t date_length(const char *text, size_t len)
{
    if (len == 0) {
        return 0;
    }
    size_t weekday = weekday_length(text, len);
    if (weekday > 0) {
        size_t date = date_length(text + weekday, len - weekday);
        return date ? weekday + date : 0;
    }
    if (len > 4 && (strncasecmp(text, "den ", 4) == 0 || strncasecmp(text, "the ", 4) == 0)
        && isdigit((unsigned char)text[4])) {
        size_t day_first = day_first_date_length(text + 4, len - 4);  /* "den 17 december 1993", "the 3rd of May" */
        return day_first ? 4 + day_first : 0;
    }
    if (!isdigit((unsigned char)text[0])) {
        return month_first_date_length(text, len);
    }
    size_t numeric = numeric_date_length(text, len);
    if (numeric == 10 && !isdigit((unsigned char)text[4])) {
        return numeric + time_of_day_length(text, len, numeric);   /* "1987-04-12T00:00:00Z" */
    }
    if (numeric) {
        return numeric;
    }
    size_t en_dash = en_dash_date_length(text, len);
    if (en_dash) {
        return en_dash;
    }
    size_t day_first = day_first_date_length(text, len);
    return day_first ? day_first : year_first_named_date_length(text, len);
}

bool date_of_birth_valid(const char *text, size_t len)
{
    return len > 0 && date_length(text, len) == len;
}

/* ---- secrets: what is not one ----
 *
 * Configs, docs and prompts are full of values that stand where a secret would and are
 * none: references to one (${DB_PASSWORD}, $TOKEN, $(cat file), {{ .Values.key }},
 * %(password)s, <your-key>), masks and fillers (****, xxxx, sk-proj-XXXXXXXXXXXX, ...),
 * words that name what belongs there (YOUR_API_KEY, your-api-key-here, changeme,
 * REDACTED), code (os.getenv(, settings.db_password, getpass()), paths and URLs. Each
 * rule is about the value's shape, never a list of the decoys themselves. */

/* Words a placeholder is written with: the thing it stands for and the instruction
 * around it. A value made only of these (and of words of one or two letters) holds no
 * secret; a digit anywhere makes it a value. */
#define WORD(word) { word, sizeof word - 1 }
static const struct { const char *word; size_t len; } placeholder_words[] = {
    WORD("your"), WORD("here"), WORD("insert"), WORD("enter"), WORD("put"), WORD("replace"), WORD("with"),
    WORD("the"), WORD("goes"), WORD("this"), WORD("that"), WORD("own"), WORD("actual"), WORD("real"),
    WORD("new"), WORD("some"), WORD("value"), WORD("val"), WORD("string"), WORD("str"), WORD("text"),
    WORD("placeholder"), WORD("example"), WORD("sample"), WORD("dummy"), WORD("fake"), WORD("test"),
    WORD("demo"), WORD("changeme"), WORD("change"), WORD("changeit"), WORD("secret"), WORD("secrets"),
    WORD("password"), WORD("passwd"), WORD("pass"), WORD("pwd"), WORD("passphrase"), WORD("token"),
    WORD("tokens"), WORD("key"), WORD("keys"), WORD("api"), WORD("apikey"), WORD("access"), WORD("auth"),
    WORD("bearer"), WORD("basic"), WORD("client"), WORD("private"), WORD("public"), WORD("redacted"),
    WORD("removed"), WORD("hidden"), WORD("masked"), WORD("omitted"), WORD("none"), WORD("null"), WORD("nil"),
    WORD("undefined"), WORD("empty"), WORD("true"), WORD("false"), WORD("yes"), WORD("required"),
    WORD("optional"), WORD("todo"), WORD("tbd"), WORD("fixme"), WORD("foo"), WORD("bar"), WORD("baz"),
    WORD("qux"), WORD("user"), WORD("username"), WORD("name"), WORD("proj"), WORD("live"), WORD("xxx"),
    WORD("xxxx"), WORD("webhook"), WORD("url"), WORD("hook"), WORD("credential"), WORD("credentials"),
    WORD("signature"), WORD("session"), WORD("app"), WORD("insecure"), WORD("django"),
    /* A provider's prefix and what the stand-in names: xoxb-your-bot-token, ghp_your_token_here. */
    WORD("bot"), WORD("xoxb"), WORD("xoxp"), WORD("xoxe"), WORD("xapp"), WORD("ghp"), WORD("glpat"), WORD("npm"),
    /* A setting of a secret, not the secret: password_policy: strong, password_hash: bcrypt,
     * token_storage: encrypted, secret_rotation: enabled. */
    WORD("strong"), WORD("weak"), WORD("medium"), WORD("bcrypt"), WORD("argon"), WORD("scrypt"), WORD("pbkdf"),
    WORD("sha"), WORD("plain"), WORD("plaintext"), WORD("encrypted"), WORD("hashed"), WORD("enabled"),
    WORD("disabled"), WORD("never"), WORD("always"), WORD("random"), WORD("generated"), WORD("managed"),
    WORD("rotate"), WORD("rotating"), WORD("inherit"), WORD("default"), WORD("ignore"),
    /* No value at all: not-set, unset, not_configured, missing, blank. */
    WORD("not"), WORD("set"), WORD("unset"), WORD("configured"), WORD("missing"), WORD("blank"),
};
#undef WORD

static bool placeholder_word(const char *word, size_t len)
{
    for (size_t i = 0; i < sizeof placeholder_words / sizeof placeholder_words[0]; i++) {
        if (placeholder_words[i].len == len && (placeholder_words[i].word[0] | 0x20) == (word[0] | 0x20)
            && strncasecmp(placeholder_words[i].word, word, len) == 0) {
            return true;
        }
    }
    return false;
}

/* YOUR_API_KEY, your-api-key-here, yourApiKey, changeme, REDACTED: words split at
 * anything but a letter and where a lowercase letter meets a capital. */
static bool made_of_placeholder_words(const char *text, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        if (text[i] >= '0' && text[i] <= '9') {
            return false;             /* most values: no word need be looked up */
        }
    }
    size_t words = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)text[i];
        if (isdigit(c) || c >= 0x80) {
            return false;
        }
        if (!isalpha(c)) {
            i++;
            continue;
        }
        size_t start = i++;
        while (i < len && isalpha((unsigned char)text[i])
               && !(islower((unsigned char)text[i - 1]) && isupper((unsigned char)text[i]))) {
            i++;
        }
        if (i - start > 2) {
            if (!placeholder_word(text + start, i - start)) {
                return false;
            }
            words++;
        }
    }
    return words > 0;
}

/* The bytes of the character at `at`: one, or a UTF-8 sequence's length. */
static size_t character_length(const char *text, size_t len, size_t at)
{
    unsigned char lead = (unsigned char)text[at];
    size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    return length < len - at ? length : len - at;
}

/* ****, xxxx, ..., ••••, sk-proj-XXXXXXXXXXXXXXXX, ghp_XXXX...: at least 40% of the value
 * is runs of one character three or more long, or mask characters. A random token almost
 * never repeats a character three times in a row. */
static bool mostly_filler(const char *text, size_t len)
{
    size_t filler = 0;
    for (size_t i = 0; i < len;) {
        size_t width = character_length(text, len, i);
        size_t run = 1;
        if (width == 1) {
            while (i + run < len && text[i + run] == text[i]) {
                run++;
            }
        } else {
            while (i + (run + 1) * width <= len && memcmp(text + i + run * width, text + i, width) == 0) {
                run++;
            }
        }
        /* A year's "000" or "999" ("Bamse2000*", "Sommer1999!") is a password's, not a mask's:
         * a digit counts as filler from four in a row ("0000", "9999999"). */
        bool digit = text[i] >= '0' && text[i] <= '9';
        if (run >= (digit ? 4u : 3u) || text[i] == '*' || text[i] == '.') {
            filler += run * width;
        }
        i += run * width;
    }
    return filler * 5 >= len * 2;
}

/* ${VAR}, $VAR, $(cmd), <token>, {{ x }}, %(x)s, %s, [REDACTED], @Value(...), and Concourse's and
 * BOSH's ((var)) (a credential manager's name, quoted or not). */
static bool template_reference(const char *text, size_t len)
{
    if (text[0] != '\0' && strchr("$<{[@", text[0]) != NULL) {
        return true;
    }
    if (len >= 5 && text[0] == '(' && text[1] == '(' && text[len - 1] == ')' && text[len - 2] == ')') {
        return true;
    }
    /* %(name)s, %s, %{x}, %VAR% (Windows): a '%' that opens a password does not. */
    if (text[0] == '%' && (len == 1 || strchr("({sd", text[1]) != NULL || text[len - 1] == '%')) {
        return true;
    }
    for (size_t i = 1; i < len; i++) {
        if ((text[i] == '{' || text[i] == '(') && (text[i - 1] == '$' || (text[i] == '{' && text[i - 1] == '{'))) {
            return true;
        }
    }
    return false;
}

static bool identifier_char(unsigned char c)
{
    return isalnum(c) || c == '_';
}

/* "nQkyCyTsy.DkCckvKw": letters whose case changes every letter or two, as a generator
 * writes them; an identifier's case changes at its words ("settings.dbPassword", "getApiKey"):
 * runs of one case average two letters or more there. */
static bool case_jumbled(const char *text, size_t len)
{
    size_t letters = 0, runs = 0;
    int previous = 0;                 /* 0: no letter, 1: lower, 2: upper */
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        int kind = islower(c) ? 1 : isupper(c) ? 2 : 0;
        letters += kind != 0;
        runs += kind != 0 && kind != previous;
        previous = kind;
    }
    return runs >= 6 && letters < 2 * runs;
}

/* os.getenv(, getpass(), request.form[, settings.db_password, process.env.API_KEY: an
 * identifier called or indexed, or a dotted chain of identifiers with no digit. */
static bool code_reference(const char *text, size_t len)
{
    if (len > 1 && text[0] == ':') {
        text++;                       /* "Password::new(…)" read from its second colon */
        len--;
    }
    if (!isalpha((unsigned char)text[0]) && text[0] != '_') {
        return false;
    }
    size_t i = 0, dots = 0;
    bool digits = false;
    while (i < len && (identifier_char((unsigned char)text[i]) || text[i] == '.')) {
        if (i + 2 < len && text[i + 1] == ':' && text[i + 2] == ':') {
            i += 2;                   /* Password::new(…), Secret::from(…): a path, like a dot */
        }
        digits = digits || isdigit((unsigned char)text[i]);
        dots += text[i] == '.';
        if (text[i] == '.' && (i + 1 == len || !(isalpha((unsigned char)text[i + 1]) || text[i + 1] == '_'))) {
            return false;
        }
        i++;
    }
    if (i < len && (text[i] == '(' || text[i] == '[')) {
        return true;
    }
    return i == len && dots > 0 && !digits && !case_jumbled(text, len);
}

/* /run/secrets/db, ~/.pgpass, ./key.pem; https://oauth2.googleapis.com/token (a URL's
 * own credentials are found in it as URL_CREDENTIAL); 2024-05-01T00:00:00Z. */
/* Forty characters of base64 with capitals, small letters and digits, as AWS issues a secret
 * key: one that opens with '/' or '+' (one in 32) is no path. */
static bool aws_secret_shaped(const char *text, size_t len)
{
    if (len != 40) {
        return false;
    }
    size_t upper = 0, lower = 0, digits = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if (!isalnum(c) && c != '/' && c != '+') {
            return false;
        }
        upper += isupper(c) != 0;
        lower += islower(c) != 0;
        digits += isdigit(c) != 0;
    }
    return upper >= 3 && lower >= 3 && digits >= 2;
}

static bool path_url_or_date(const char *text, size_t len)
{
    if (text[0] == '/' && !aws_secret_shaped(text, len)) {
        return true;
    }
    if (len > 1 && (text[0] == '~' || text[0] == '.') && text[1] == '/') {
        return true;
    }
    for (size_t i = 0; i + 2 < len; i++) {
        if (text[i] == ':' && text[i + 1] == '/' && text[i + 2] == '/') {
            return true;
        }
    }
    return len >= 10 && isdigit((unsigned char)text[0]) && isdigit((unsigned char)text[3]) && text[4] == '-'
           && isdigit((unsigned char)text[5]) && text[7] == '-';
}

/* Values vendors print in their documentation and test suites, which belong to no one: a
 * published sample is no one's secret or account, and masking it costs the reader the
 * example while protecting nothing. One list, written out whole: a value that only
 * resembles one of these (another digit, another letter) is masked as any other. Each is
 * stored compact, as the callers pass it: a card's digits, an IBAN without blanks in
 * capitals, a key as written. */
#define SAMPLE(value) { value, sizeof value - 1 }
struct published_value { const char *value; size_t len; };

/* The networks' and processors' test cards (Visa, Mastercard, Amex, Discover, Diners, JCB,
 * UnionPay, Maestro as Stripe, Braintree, Adyen and PayPal document them). */
static const struct published_value sample_cards[] = {
    SAMPLE("4111111111111111"), SAMPLE("4242424242424242"), SAMPLE("4012888888881881"), SAMPLE("4222222222222"),
    SAMPLE("4000056655665556"), SAMPLE("4000000000000002"), SAMPLE("4000000000009995"), SAMPLE("4000000000000077"),
    SAMPLE("4000002500003155"), SAMPLE("4000000000003220"), SAMPLE("4000000760000002"), SAMPLE("4005519200000004"),
    SAMPLE("4009348888881881"), SAMPLE("4012000033330026"), SAMPLE("4012000077777777"), SAMPLE("4217651111111119"),
    SAMPLE("4500600000000061"), SAMPLE("5555555555554444"), SAMPLE("5105105105105100"), SAMPLE("5200828282828210"),
    SAMPLE("2223003122003222"), SAMPLE("5454545454545454"), SAMPLE("5425233430109903"), SAMPLE("378282246310005"),
    SAMPLE("371449635398431"), SAMPLE("378734493671000"), SAMPLE("6011111111111117"), SAMPLE("6011000990139424"),
    SAMPLE("6011981111111113"), SAMPLE("30569309025904"), SAMPLE("38520000023237"), SAMPLE("3056930009020004"),
    SAMPLE("36227206271667"), SAMPLE("3530111333300000"), SAMPLE("3566002020360505"), SAMPLE("3566111111111113"),
    SAMPLE("6200000000000005"), SAMPLE("6759649826438453"),
    /* Stripe's cards for 3-D Secure, declines and disputes. */
    SAMPLE("4000002760003184"), SAMPLE("4000003800000446"), SAMPLE("4000008400001629"), SAMPLE("4000008260003178"),
    SAMPLE("4100000000000019"), SAMPLE("4000000000000341"), SAMPLE("4000000000009235"), SAMPLE("4000000000000101"),
    SAMPLE("4000000000000127"), SAMPLE("4000000000000069"), SAMPLE("4000000000000119"), SAMPLE("4000000000000259"),
    SAMPLE("4000000000001976"), SAMPLE("4000000000005126"), SAMPLE("4000002500001001"),
};

/* The IBANs of the ISO 13616 standard, the SWIFT IBAN registry and the banks' and
 * encyclopedias' format pages. */
static const struct published_value sample_ibans[] = {
    SAMPLE("DE89370400440532013000"), SAMPLE("DE91100000000123456789"), SAMPLE("GB82WEST12345698765432"),
    SAMPLE("GB29NWBK60161331926819"), SAMPLE("GB98MIDL07009312345678"), SAMPLE("FR1420041010050500013M02606"),
    SAMPLE("FR7630006000011234567890189"), SAMPLE("NL91ABNA0417164300"), SAMPLE("BE68539007547034"),
    SAMPLE("BE71096123456769"), SAMPLE("CH9300762011623852957"), SAMPLE("CH5604835012345678009"),
    SAMPLE("ES9121000418450200051332"), SAMPLE("ES7921000813610123456789"), SAMPLE("IT60X0542811101000000123456"),
    SAMPLE("NO9386011117947"), SAMPLE("SE4550000000058398257466"), SAMPLE("DK5000400440116243"),
    SAMPLE("FI2112345600000785"), SAMPLE("AT611904300234573201"), SAMPLE("PL61109010140000071219812874"),
    SAMPLE("PL10105000997603123456789123"), SAMPLE("IE29AIBK93115212345678"), SAMPLE("PT50000201231234567890154"),
    SAMPLE("LU280019400644750000"), SAMPLE("GR1601101250000000012300695"), SAMPLE("GR9608100010000001234567890"),
    SAMPLE("RO09BCYP0000001234567890"), SAMPLE("SA4420000001234567891234"), SAMPLE("CZ6508000000192000145399"),
    SAMPLE("HU42117730161111101800000000"), SAMPLE("SK3112000000198742637541"), SAMPLE("EE382200221020145685"),
    SAMPLE("LT121000011101001000"), SAMPLE("LV80BANK0000435195001"), SAMPLE("HR1210010051863000160"),
    SAMPLE("BG80BNBG96611020345678"), SAMPLE("IS140159260076545510730339"), SAMPLE("TR330006100519786457841326"),
    SAMPLE("CY17002001280000001200527600"), SAMPLE("MT84MALT011000012345MTLCAST001S"), SAMPLE("LI21088100002324013AA"),
    SAMPLE("SI56263300012039086"),
};

/* Keys and tokens printed in API documentation: Stripe's test keys, GitHub's sample token,
 * Slack's sample bot token, jwt.io's token. (AWS's samples end in EXAMPLE: see below.) */
static const struct published_value sample_tokens[] = {
    SAMPLE("sk_test_4eC39HqLyjWDarjtT1zdp7dc"), SAMPLE("pk_test_TYooMQauvdEDq54NiTphI7jx"),
    SAMPLE("sk_test_BQokikJOvBiI2HlWgH4olfQ2"), SAMPLE("pk_test_6pRNASCoBOKtIshFeQd4XMUh"),
    SAMPLE("sk_test_26PHem9AhJZvU623DfE1x4sd"), SAMPLE("ghp_16C7e42F292c6912E7710c838347Ae178B4a"),
    SAMPLE("your-256-bit-secret"),                   /* jwt.io's HS256 secret */
    SAMPLE("xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy"),
    /* jwt.io's token, whole and by its parts (a rule that reads a run up to a '.' sees one
     * part): {"alg":"HS256","typ":"JWT"}, the header of every such token and no secret;
     * {"sub":"1234567890","name":"John Doe","iat":1516239022}; the signature with "secret". */
    SAMPLE("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5"
           "MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"),
    SAMPLE("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"),
    SAMPLE("eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"),
    SAMPLE("SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"),
};
#undef SAMPLE

static bool listed_sample(const struct published_value *list, size_t count, const char *text, size_t len)
{
    for (size_t i = 0; i < count; i++) {
        if (list[i].len == len && memcmp(list[i].value, text, len) == 0) {
            return true;
        }
    }
    return false;
}

#define LISTED(list, text, len) listed_sample((list), sizeof(list) / sizeof((list)[0]), (text), (len))

/* AWS writes every sample credential in its documentation as a key id of 20 ending in
 * EXAMPLE (AKIAIOSFODNN7EXAMPLE, AKIAI44QH8DHBEXAMPLE) and a secret key of 40 ending in
 * EXAMPLEKEY (wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY); a key AWS issues never spells a
 * word in capitals at its end. */
static bool aws_documentation_sample(const char *text, size_t len)
{
    if (len == 20 && text[0] == 'A') {
        return memcmp(text + 13, "EXAMPLE", 7) == 0;
    }
    return len == 40 && memcmp(text + 30, "EXAMPLEKEY", 10) == 0;
}

bool published_sample(const char *compact, size_t len)
{
    if (len < 13) {
        return false;
    }
    if (isdigit((unsigned char)compact[0])) {
        return LISTED(sample_cards, compact, len);
    }
    if (isupper((unsigned char)compact[0]) && isupper((unsigned char)compact[1]) && isdigit((unsigned char)compact[2])
        && isdigit((unsigned char)compact[3])) {
        return LISTED(sample_ibans, compact, len);
    }
    return aws_documentation_sample(compact, len) || LISTED(sample_tokens, compact, len);
}

#undef LISTED

bool secret_is_placeholder(const char *text, size_t len)
{
    return len == 0 || template_reference(text, len) || mostly_filler(text, len)
           || made_of_placeholder_words(text, len) || published_sample(text, len);
}

/* Where a secret is kept, not the secret: secret_name: prod/db/password (a store's path
 * of lowercase names), secret_ref: vault:db, valueFrom: ssm:/app/db, arn:aws:secretsmanager:…
 * A random password mixes cases or symbols; these are lowercase names and separators. */
/* A public key or a key's fingerprint, not a secret: "SHA256:JyfF…", "MD5:e6:d7:…",
 * "FD:7B:0C:…", "ssh-ed25519 AAAAC3Nza…" (the key's base64 names its own type). */
static bool has_prefix(const char *text, size_t len, const char *prefix, size_t prefix_len)
{
    return len >= prefix_len && memcmp(text, prefix, prefix_len) == 0;
}

#define HAS_PREFIX(text, len, literal) has_prefix((text), (len), (literal), sizeof(literal) - 1)

static bool public_key_or_fingerprint(const char *text, size_t len)
{
    switch (text[0]) {                /* this runs on every secret-like value: one byte decides */
    case 'S':
        return HAS_PREFIX(text, len, "SHA256:") || HAS_PREFIX(text, len, "SHA1:");
    case 'M':
        return HAS_PREFIX(text, len, "MD5:");
    case 's':
        return HAS_PREFIX(text, len, "ssh-ed25519") || HAS_PREFIX(text, len, "ssh-rsa");
    case 'e':
        return HAS_PREFIX(text, len, "ecdsa-sha2-");
    case 'A':
        return HAS_PREFIX(text, len, "AAAAC3NzaC1") || HAS_PREFIX(text, len, "AAAAB3NzaC1")
               || HAS_PREFIX(text, len, "AAAAE2VjZHNh");
    default:
        return len > 2 && text[2] == ':' && colon_hex_pairs(text, len);
    }
}

static bool store_reference(const char *text, size_t len)
{
    static const char *const stores[] = { "vault", "env", "arn", "ssm", "secretsmanager", "keyvault",
                                          "kms", "sops", "gcp", "gsm", "awssm", "akv", "file", "ref" };
    if (text[0] == '!' && len >= 3 && len <= 16) {
        size_t letters = 1;           /* a YAML tag: Ansible's "!vault |", CloudFormation's "!Ref X" */
        while (letters < len && isalpha((unsigned char)text[letters])) {
            letters++;
        }
        return letters == len;
    }
    if (!islower((unsigned char)text[0])) {
        return false;
    }
    const char *colon = memchr(text, ':', len < 16 ? len : 16);
    if (colon != NULL && colon + 1 < text + len) {
        size_t name = (size_t)(colon - text);
        for (size_t i = 0; i < sizeof stores / sizeof stores[0]; i++) {
            if (strncmp(stores[i], text, name) == 0 && stores[i][name] == '\0') {
                return true;
            }
        }
        return false;
    }
    bool slash = false;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if (!(islower(c) || isdigit(c) || c == '_' || c == '-' || c == '.' || c == '/')) {
            return false;
        }
        if (c == '/' && (i + 1 == len || text[i + 1] == '/')) {
            return false;
        }
        slash = slash || c == '/';
    }
    return slash;
}

bool secret_value_valid(const char *text, size_t len)
{
    return !secret_is_placeholder(text, len) && !code_reference(text, len) && !path_url_or_date(text, len)
           && !store_reference(text, len) && !public_key_or_fingerprint(text, len);
}

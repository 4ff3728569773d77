#include "scrub/validators.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <string.h>

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
    return network && luhn_valid(digits, count);
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
    return remainder == 1;
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
    static const char *const fakes[] = { "078051120", "219099999", "457555462" };
    for (size_t i = 0; i < sizeof fakes / sizeof fakes[0]; i++) {
        if (memcmp(digits, fakes[i], 9) == 0) {
            return false;
        }
    }
    return true;
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
    if (!collect_digits(text, len, " ", digits, &count) || count != 11) {
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
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++) {
        if (memcmp(compact, refused[i], 2) == 0) {
            return false;
        }
    }
    return true;
}

bool aba_routing_valid(const char *text, size_t len)
{
    char digits[MAX_DIGITS];
    size_t count;
    if (!collect_digits(text, len, NULL, digits, &count) || count != 9 || memcmp(digits, "000000000", 9) == 0) {
        return false;
    }
    int d[9];
    for (int i = 0; i < 9; i++) {
        d[i] = digits[i] - '0';
    }
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0;
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
    if (inet_pton(AF_INET, address, binary) == 1) {
        return true;
    }
    char *zone = strchr(address, '%');
    if (zone != NULL) {
        *zone = '\0';                 /* fe80::1%eth0: the zone is not part of the address */
    }
    return strchr(address, ':') != NULL && inet_pton(AF_INET6, address, binary) == 1;
}

bool phone_e164_valid(const char *text, size_t len)
{
    if (len < 2 || text[0] != '+') {
        return false;
    }
    char digits[MAX_DIGITS];
    size_t count;
    if (!collect_digits(text + 1, len - 1, " -().", digits, &count)) {
        return false;
    }
    return count >= 8 && count <= 15 && digits[0] != '0';
}

/* A number written the national way: digit groups split by one ' ', '-' or '.', an
 * area code in parentheses first at most. The first three groups are kept, for dates. */
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
        } else if (c == '(' && i == 0) {
            open_paren = true;
        } else if (c == ')' && open_paren && !closed_paren && groups->digits >= 2 && groups->digits <= 5) {
            closed_paren = true;
            last_was_separator = true;
            separator = ')';
            if (i + 1 < len && text[i + 1] == ' ') {
                i++;                  /* ") " is one separator */
            }
        } else if ((c == ' ' || c == '-' || c == '.') && !last_was_separator) {
            last_was_separator = true;
            separator = c;
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

bool phone_national_valid(const char *text, size_t len)
{
    struct digit_groups groups;
    return read_digit_groups(text, len, &groups) && groups.digits >= 8 && groups.digits <= 12
           && !is_written_date(&groups);
}

bool phone_after_cue_valid(const char *text, size_t len)
{
    if (len > 0 && text[0] == '+') {
        text++;                       /* "+0715…": not E.164, but written as a number to call */
        len--;
    }
    struct digit_groups groups;
    return read_digit_groups(text, len, &groups) && groups.digits >= 6 && groups.digits <= 14
           && !is_written_date(&groups);
}

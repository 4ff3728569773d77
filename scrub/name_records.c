#include "scrub/name_records.h"

#include <stdbool.h>
#include <string.h>

enum { MRZ_TD1 = 30, MRZ_TD2 = 36, MRZ_TD3 = 44, MRZ_HEADER = 5 };

static bool mrz_byte(char c)
{
    return (c >= 'A' && c <= 'Z') || c == '<';
}

/* One run of capitals joined by single '<' from `at` ("AL<ZAHRANI", "KARI<MARIE"), up to "<<" or the line's
 * end: its end, or `at` if no capital starts there. */
static size_t mrz_field_end(const char *text, size_t end, size_t at)
{
    size_t field_end = at;
    for (size_t i = at; i < end; i++) {
        if (text[i] != '<') {
            field_end = i + 1;
        } else if (i + 1 >= end || text[i + 1] == '<') {
            break;
        }
    }
    return field_end;
}

size_t mrz_name_fields(const char *text, size_t len, size_t at, size_t spans[2 * MRZ_NAME_FIELDS], size_t *line_end)
{
    size_t end = at;
    bool doubled = false;
    while (end < len && end - at <= MRZ_TD3 && mrz_byte(text[end])) {
        doubled = doubled || (text[end] == '<' && end > at && text[end - 1] == '<');
        end++;
    }
    size_t length = end - at;
    if (!doubled || (end < len && text[end] != '\n' && text[end] != '\r')
        || (length != MRZ_TD1 && length != MRZ_TD2 && length != MRZ_TD3)) {
        return 0;
    }
    size_t name = at;
    if (length != MRZ_TD1) {
        char code = text[at];
        if (code != 'P' && code != 'V' && code != 'I' && code != 'A' && code != 'C') {
            return 0;
        }
        name = at + MRZ_HEADER;       /* the document's code (two) and the issuing state (three) */
    }
    if (name >= end || text[name] == '<') {
        return 0;
    }
    size_t surname_end = mrz_field_end(text, end, name);
    spans[0] = name;
    spans[1] = surname_end;
    *line_end = end;
    size_t given = surname_end + 2;
    if (given >= end || text[surname_end] != '<' || text[surname_end + 1] != '<' || text[given] == '<') {
        return 1;
    }
    spans[2] = given;
    spans[3] = mrz_field_end(text, end, given);
    return 2;
}

/* ---- a person beside their own address ---- */

enum {
    LOCAL_MAX = 64,         /* the longest local part read (RFC 5321's limit) */
    OWNER_WORDS = 6,        /* the words of a run read, the nearest ones */
    OWNER_GAP = 48,         /* the separators read between a run and its address ("  |  ", " <", "\" (") */
    FOLDED_MAX = 48,        /* a word's letters, folded */
};

/* Latin-1's letters folded to ASCII, U+00C0 to U+00FF (NULL: no letter). */
static const char *const latin1_folds[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", NULL, "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", NULL, "o", "u", "u", "u", "u", "y", "th", "y",
};

/* Latin Extended-A, U+0100 to U+017F, by the last code point of each letter's run. */
static const struct {
    unsigned short last;
    char fold[3];
} extended_folds[] = {
    { 0x0105, "a" }, { 0x010D, "c" }, { 0x0111, "d" }, { 0x011B, "e" }, { 0x0123, "g" }, { 0x0127, "h" },
    { 0x0131, "i" }, { 0x0133, "ij" }, { 0x0135, "j" }, { 0x0138, "k" }, { 0x0142, "l" }, { 0x014B, "n" },
    { 0x0151, "o" }, { 0x0153, "oe" }, { 0x0159, "r" }, { 0x0161, "s" }, { 0x0167, "t" }, { 0x0173, "u" },
    { 0x0175, "w" }, { 0x0178, "y" }, { 0x017E, "z" }, { 0x017F, "s" },
};

/* The code point of a two-byte UTF-8 letter of Latin-1 or Latin Extended-A at text[at] (at + 1 < end),
 * or 0. */
static unsigned latin_code_point(const char *text, size_t end, size_t at)
{
    unsigned char lead = (unsigned char)text[at];
    if (at + 1 >= end || (lead != 0xC3 && lead != 0xC4 && lead != 0xC5)) {
        return 0;
    }
    unsigned char next = (unsigned char)text[at + 1];
    if ((next & 0xC0) != 0x80) {
        return 0;
    }
    return ((unsigned)(lead & 0x1F) << 6) | (next & 0x3F);
}

static const char *fold_code_point(unsigned cp)
{
    if (cp >= 0xC0 && cp <= 0xFF) {
        return latin1_folds[cp - 0xC0];
    }
    for (size_t i = 0; cp >= 0x100 && i < sizeof extended_folds / sizeof extended_folds[0]; i++) {
        if (cp <= extended_folds[i].last) {
            return extended_folds[i].fold;
        }
    }
    return NULL;
}

/* The second spelling German and the Nordic languages use for a letter in an address ("ö" as "oe"). */
static const char *second_spelling(unsigned cp)
{
    switch (cp | 0x20) {      /* the capital's code point and the small letter's differ in 0x20 */
    case 0xE4: return "ae";
    case 0xF6: case 0xF8: return "oe";
    case 0xFC: return "ue";
    case 0xE5: return "aa";
    default: return NULL;
    }
}

struct folded {
    char plain[FOLDED_MAX], second[FOLDED_MAX];
    size_t plain_len, second_len;
};

static bool append_fold(char *out, size_t *n, const char *letters)
{
    for (; *letters != '\0'; letters++) {
        if (*n == FOLDED_MAX) {
            return false;
        }
        out[(*n)++] = *letters;
    }
    return true;
}

/* A word's letters, ASCII and small, in both spellings; '-', '\'' and '.' dropped. False if the word holds
 * a byte of another script or is too long: it is compared with nothing. */
static bool fold_word(const char *text, size_t start, size_t end, struct folded *out)
{
    out->plain_len = out->second_len = 0;
    for (size_t at = start; at < end; at++) {
        unsigned char c = (unsigned char)text[at];
        if (c == '-' || c == '\'' || c == '.') {
            continue;
        }
        char ascii[2] = { (char)(c | 0x20), '\0' };
        const char *plain = ascii, *second = ascii;
        if (c >= 0x80) {
            unsigned cp = latin_code_point(text, end, at);
            plain = cp != 0 ? fold_code_point(cp) : NULL;
            if (plain == NULL) {
                return false;
            }
            second = second_spelling(cp) != NULL ? second_spelling(cp) : plain;
            at++;
        } else if (!ascii_letter(c)) {
            return false;
        }
        if (!append_fold(out->plain, &out->plain_len, plain) || !append_fold(out->second, &out->second_len, second)) {
            return false;
        }
    }
    return out->plain_len > 0;
}

static inline bool local_byte(char c)
{
    return ascii_letter((unsigned char)c) || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

/* A byte of a word of a display name: letters of any script, an apostrophe, a hyphen, an initial's dot. */
static inline bool run_byte(char c)
{
    return ascii_letter((unsigned char)c) || (unsigned char)c >= 0x80 || c == '-' || c == '\'' || c == '.';
}

/* Particles a surname opens with, in the six languages and the names of people who moved there. */
static const char *const particles[] = { "van", "von", "de", "der", "den", "du", "del", "della", "la", "le", "da",
                                         "di", "dos", "das", "zu", "af", "ter", "ten" };

static bool particle_at(const char *text, size_t start, size_t end)
{
    for (size_t i = 0; i < sizeof particles / sizeof particles[0]; i++) {
        size_t n = strlen(particles[i]);
        if (end - start == n && memcmp(text + start, particles[i], n) == 0) {
            return true;
        }
    }
    return false;
}

enum word_kind { WORD_OTHER, WORD_CAPITAL, WORD_PARTICLE };

static enum word_kind word_kind(const char *text, size_t start, size_t end)
{
    unsigned char c = (unsigned char)text[start];
    if (c >= 'A' && c <= 'Z') {
        return WORD_CAPITAL;
    }
    if (c >= 0x80) {
        return latin_capital_length(text, end, start) != 0 ? WORD_CAPITAL : WORD_OTHER;
    }
    return particle_at(text, start, end) ? WORD_PARTICLE : WORD_OTHER;
}

struct run_word {
    size_t start, end;
    enum word_kind kind;
    bool spelled;
};

struct run {
    struct run_word words[OWNER_WORDS];
    size_t count;
};

/* The words of text[lo, hi) (single blanks between, and one ", "), the nearest OWNER_WORDS to `near_end` (the
 * run's end when true, its start when false); a word of small letters that is no particle ends the run there,
 * and so does a word that may be cut at a window's edge (`cut_lo`). */
static void read_run(const char *text, size_t lo, size_t hi, bool near_end, bool cut_lo, struct run *run)
{
    run->count = 0;
    size_t at = lo;
    bool first = true;
    while (at < hi) {
        size_t end = at;
        while (end < hi && run_byte(text[end])) {
            end++;
        }
        size_t word_end = end;
        if (word_end - at > 2 && text[word_end - 1] == '.') {
            word_end--;       /* a sentence's full stop, not an initial's */
        }
        enum word_kind kind = end > at && !(first && cut_lo) ? word_kind(text, at, word_end) : WORD_OTHER;
        first = false;
        if (kind == WORD_OTHER) {
            if (!near_end) {
                return;
            }
            run->count = 0;
        } else if (run->count < OWNER_WORDS) {
            run->words[run->count++] = (struct run_word){ at, word_end, kind, false };
        } else if (near_end) {
            memmove(run->words, run->words + 1, (OWNER_WORDS - 1) * sizeof run->words[0]);
            run->words[OWNER_WORDS - 1] = (struct run_word){ at, word_end, kind, false };
        } else {
            return;
        }
        at = end + (end < hi && text[end] == ',') + 1;
    }
}

static bool holds_at(const char *local, size_t local_len, size_t at, const char *word, size_t n)
{
    return at + n <= local_len && memcmp(local + at, word, n) == 0;
}

static bool holds(const char *local, size_t local_len, const char *word, size_t n)
{
    for (size_t at = 0; n >= 2 && at + n <= local_len; at++) {
        if (memcmp(local + at, word, n) == 0) {
            return true;
        }
    }
    return false;
}

static bool holds_word(const char *local, size_t local_len, const struct folded *f)
{
    return holds(local, local_len, f->plain, f->plain_len) || holds(local, local_len, f->second, f->second_len);
}

/* Does the rest of the local part from `at` open the word (three letters or more), or the word open it? */
static bool opens_word(const char *local, size_t local_len, size_t at, const struct folded *f)
{
    size_t rest = local_len - at;
    size_t plain = rest < f->plain_len ? rest : f->plain_len, second = rest < f->second_len ? rest : f->second_len;
    return (plain >= 3 && memcmp(local + at, f->plain, plain) == 0)
           || (second >= 3 && memcmp(local + at, f->second, second) == 0);
}

/* "kberg", "equr", "lvonkrogh": the initial of word i, maybe a particle, then word j's opening. */
static bool initial_spells(const char *local, size_t local_len, const struct folded *folded, size_t i, size_t j)
{
    if (folded[i].plain[0] != local[0]) {
        return false;
    }
    if (opens_word(local, local_len, 1, &folded[j])) {
        return true;
    }
    /* one particle or two ("jdelacastro"): each a short word of a fixed list, so the work stays bounded */
    for (size_t p = 0; p < sizeof particles / sizeof particles[0]; p++) {
        size_t n = strlen(particles[p]);
        if (!holds_at(local, local_len, 1, particles[p], n)) {
            continue;
        }
        if (opens_word(local, local_len, 1 + n, &folded[j])) {
            return true;
        }
        for (size_t q = 0; q < sizeof particles / sizeof particles[0]; q++) {
            size_t m = strlen(particles[q]);
            if (holds_at(local, local_len, 1 + n, particles[q], m)
                && opens_word(local, local_len, 1 + n + m, &folded[j])) {
                return true;
            }
        }
    }
    return false;
}

/* The first letter a capital word folds to, or 0: the cheap test before any word is folded. */
static char first_folded(const char *text, const struct run_word *w)
{
    unsigned char c = (unsigned char)text[w->start];
    if (c < 0x80) {
        return (char)(c | 0x20);
    }
    const char *fold = fold_code_point(latin_code_point(text, w->end, w->start));
    return fold != NULL ? fold[0] : 0;
}

/* Mark the words the local part spells; true if it spells the run (see the header). Every rule needs two
 * capital words and one of them to open the local part (its first letter), so a run is folded only then. */
static bool spell_run(const char *text, const char *local, size_t local_len, bool handle, struct run *run)
{
    size_t capitals = 0;
    bool opens = false;
    for (size_t i = 0; i < run->count; i++) {
        if (run->words[i].kind == WORD_CAPITAL) {
            capitals++;
            opens = opens || first_folded(text, &run->words[i]) == local[0];
        }
    }
    if (capitals < 2 || !opens) {
        return false;
    }
    size_t whole = 0;
    struct folded folded[OWNER_WORDS];
    bool foldable[OWNER_WORDS];
    for (size_t i = 0; i < run->count; i++) {
        struct run_word *w = &run->words[i];
        foldable[i] = w->kind == WORD_CAPITAL && fold_word(text, w->start, w->end, &folded[i]);
        w->spelled = foldable[i] && holds_word(local, local_len, &folded[i]);
        whole += w->spelled;
    }
    if (whole >= 2) {
        return true;
    }
    for (size_t i = 0; i < run->count; i++) {
        for (size_t j = 0; j < run->count && foldable[i]; j++) {
            if (j != i && foldable[j] && initial_spells(local, local_len, folded, i, j)) {
                run->words[i].spelled = run->words[j].spelled = true;
                return true;
            }
        }
    }
    /* "@cadwallon (Cadwallon Tregunna)": a handle that is the first of two words or more */
    if (handle && run->words[0].kind == WORD_CAPITAL && foldable[0] && local_len >= 3
        && ((folded[0].plain_len == local_len && memcmp(local, folded[0].plain, local_len) == 0)
            || (folded[0].second_len == local_len && memcmp(local, folded[0].second, local_len) == 0))) {
        for (size_t i = 0; i < run->count; i++) {
            run->words[i].spelled = true;
        }
        return true;
    }
    return false;
}

/* The span from the first word spelled (with the particles right before it) to the last; before an address, on
 * to the run's end: the words between a name the address spells and the address are the name's too ("Rhys Van
 * Houten <rhysvan1992@…>"). */
static void spelled_span(const struct run *run, bool before_address, size_t *start, size_t *end)
{
    size_t first = run->count, last = 0;
    for (size_t i = 0; i < run->count; i++) {
        if (run->words[i].spelled) {
            first = first == run->count ? i : first;
            last = i;
        }
    }
    while (first > 0 && run->words[first - 1].kind == WORD_PARTICLE) {
        first--;
    }
    if (before_address) {
        last = run->count - 1;
    }
    *start = run->words[first].start;
    *end = run->words[last].end;
}

/* Separators between a run and its address, backwards from `at`: blanks, quotes, brackets, cell bars, and one
 * "(…)" group ("\"Kari Berg (Payroll)\" <"). Returns where the run may end. */
static size_t gap_before(const char *text, size_t at, size_t floor)
{
    size_t stop = at > floor + OWNER_GAP ? at - OWNER_GAP : floor;
    bool group = false;
    while (at > stop) {
        char c = text[at - 1];
        if (c == ')' && !group) {
            size_t open = at - 1;
            while (open > stop && text[open - 1] != '(' && text[open - 1] != '\n') {
                open--;
            }
            if (open == stop || text[open - 1] != '(') {
                return at;
            }
            group = true;
            at = open - 1;
            continue;
        }
        if (c != ' ' && c != '\t' && c != '<' && c != '"' && c != '\'' && c != '(' && c != '[' && c != '|'
            && c != ';' && c != ',' && c != ':') {
            return at;
        }
        at--;
    }
    return at;
}

static size_t gap_after(const char *text, size_t len, size_t at)
{
    size_t stop = at + OWNER_GAP < len ? at + OWNER_GAP : len;
    while (at < stop) {
        char c = text[at];
        if (c != ' ' && c != '\t' && c != '>' && c != '"' && c != '\'' && c != '(' && c != ')' && c != ']'
            && c != '|' && c != ';' && c != ',') {
            return at;
        }
        at++;
    }
    return at;
}

/* Where a run that may start at `at` ends, reading forward: words, single blanks and one ", ". */
static size_t run_end_after(const char *text, size_t len, size_t at)
{
    size_t stop = at + OWNER_WINDOW < len ? at + OWNER_WINDOW : len;
    bool comma = false;
    size_t end = at;
    while (end < stop) {
        char c = text[end];
        if (run_byte(c)) {
            end++;
        } else if (c == ' ' && end + 1 < stop && run_byte(text[end + 1]) && end > at) {
            end++;
        } else if (c == ',' && !comma && end + 2 < stop && text[end + 1] == ' ' && run_byte(text[end + 2])) {
            comma = true;
            end += 2;
        } else {
            break;
        }
    }
    return end;
}

/* Where a run that ends at `at` may start, reading back: words, single blanks and one ", ". */
static size_t run_start_before(const char *text, size_t at, size_t floor)
{
    bool comma = false;
    size_t start = at;
    while (start > floor) {
        char c = text[start - 1];
        if (run_byte(c)) {
            start--;
        } else if (c == ' ' && start - 1 > floor && run_byte(text[start - 2]) && start < at) {
            start--;
        } else if (c == ' ' && !comma && start >= floor + 3 && text[start - 2] == ',' && run_byte(text[start - 3])) {
            comma = true;
            start -= 2;
        } else {
            break;
        }
    }
    return start;
}

bool address_owner_name(const char *text, size_t len, size_t at, size_t *start, size_t *end, size_t *work)
{
    *work = 1;
    if (at >= len || text[at] != '@') {
        return false;
    }
    /* the local part: an address's before the '@', a handle's after it */
    bool handle = at == 0 || !local_byte(text[at - 1]);
    size_t local_start = at, local_end = at;
    if (handle) {
        local_start = at + 1;
        local_end = local_start;
        while (local_end < len && local_end - local_start < LOCAL_MAX && local_byte(text[local_end])) {
            local_end++;
        }
    } else {
        while (local_start > 0 && at - local_start < LOCAL_MAX && local_byte(text[local_start - 1])) {
            local_start--;
        }
    }
    size_t address_end = handle ? local_end : at + 1;
    while (!handle && address_end < len && address_end - at < OWNER_WINDOW
           && (local_byte(text[address_end]) && text[address_end] != '_' && text[address_end] != '+')) {
        address_end++;
    }
    *work = address_end - local_start + 1;
    /* a separator on one side at least: not "postgres://app@db:5432", "user@host:/path" */
    size_t anchor = handle ? at : local_start;
    bool may_before = anchor > 0 && strchr(" \t<\"'([|;,:", text[anchor - 1]) != NULL && text[anchor - 1] != '\0';
    bool may_after = address_end < len && strchr(" \t>\"'()]|;,", text[address_end]) != NULL
                     && text[address_end] != '\0';
    if (!may_before && !may_after) {
        return false;
    }
    char local[LOCAL_MAX];
    size_t local_len = 0;
    for (size_t i = local_start; i < local_end; i++) {
        if (ascii_letter((unsigned char)text[i])) {
            local[local_len++] = (char)(text[i] | 0x20);
        }
    }
    if (local_len < 3 || (local_start > 0 && (unsigned char)text[local_start - 1] >= 0x80)) {
        return false;
    }
    struct run run;
    /* before it: "Kari Berg <kari.berg@…>", "| Emir Qureshi | equreshi@… |" */
    size_t floor = anchor > OWNER_WINDOW ? anchor - OWNER_WINDOW : 0;
    size_t run_end = may_before ? gap_before(text, anchor, floor) : anchor;
    size_t run_start = run_start_before(text, run_end, floor);
    *work = address_end - run_start;    /* the bytes this reads, each a bounded number of times */
    if (run_start < run_end) {
        /* a run that reaches the window's edge may have lost its first word's start there */
        bool cut = run_start == floor && floor > 0 && (run_byte(text[floor - 1]) || text[floor - 1] == ' ');
        read_run(text, run_start, run_end, true, cut, &run);
        if (run.count > 0 && spell_run(text, local, local_len, handle, &run)) {
            spelled_span(&run, true, start, end);
            return true;
        }
    }
    /* after it: "kari.berg@… (Kari Berg)", "@cadwallon (Cadwallon Tregunna)" */
    size_t after = may_after ? gap_after(text, len, address_end) : address_end;
    size_t after_end = run_end_after(text, len, after);
    *work += after_end - address_end;
    if (after < after_end) {
        read_run(text, after, after_end, false, false, &run);
        if (run.count > 0 && spell_run(text, local, local_len, handle, &run)) {
            spelled_span(&run, false, start, end);
            return true;
        }
    }
    return false;
}

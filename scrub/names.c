#include "scrub/names.h"
#include "scrub/name_records.h"
#include "scrub/word_index.h"
#include "transforms/foundation/ascii.h"

#include <ctype.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { MAX_NAME_TOKENS = 4, MAX_PHRASE_WORDS = 5, MAX_WORD = 64, MAX_CELL_PADDING = 64 };

/* Bytes examined by the scans, for tests/unit/test_names_work.c, which compiles this file with
 * LETHE_NAMES_WORK to check that the work stays linear in the input whatever it holds. */
#ifdef LETHE_NAMES_WORK
static size_t names_work;
#define COUNT_NAMES_WORK(bytes) (names_work += (size_t)(bytes))
static size_t phrase_lookups;
#define COUNT_PHRASE_LOOKUP() (phrase_lookups++)
static size_t cue_probes;
#define COUNT_CUE_PROBE() (cue_probes++)
#else
#define COUNT_NAMES_WORK(bytes) ((void)0)
#define COUNT_PHRASE_LOOKUP() ((void)0)
#define COUNT_CUE_PROBE() ((void)0)
#endif

/* ---- the gazetteer ---- */

static void mark_cues(struct name_table *table);
static bool index_cues(struct name_table *table);

static inline uint64_t load_bytes(const char *bytes, size_t count)
{
    uint64_t value = 0;
    memcpy(&value, bytes, count);
    return value;
}

/* Eight bytes at a time, a word's last eight (or its halves, or three of its bytes) read whole: every
 * capitalised word of a prompt is hashed once or more, and a byte at a time was most of a look-up. The
 * top bits of a multiplication: the tables take the low bits of what this returns. */
static uint32_t hash_word(const char *word, size_t len)
{
    const uint64_t multiplier = 0x9E3779B97F4A7C15ull;
    uint64_t hash = (len + 1) * multiplier, tail;
    if (len >= 8) {
        for (size_t at = 0; at + 8 < len; at += 8) {
            hash = (hash ^ load_bytes(word + at, 8)) * multiplier;
            hash ^= hash >> 32;
        }
        tail = load_bytes(word + len - 8, 8);
    } else if (len >= 4) {
        tail = load_bytes(word, 4) | load_bytes(word + len - 4, 4) << 32;
    } else {
        tail = len == 0 ? 0
                        : (uint64_t)(unsigned char)word[0] | (uint64_t)(unsigned char)word[len / 2] << 8
                              | (uint64_t)(unsigned char)word[len - 1] << 16;
    }
    hash = (hash ^ tail) * multiplier;
    return (uint32_t)(hash >> 32);
}

/* A slot's tag: the hash's top byte, which no table's index (its low bits, 2^19 slots at most) reads. */
static inline uint8_t slot_tag(uint32_t hash)
{
    return (uint8_t)(hash >> 24);
}

static unsigned parse_flags(const char *text, size_t len)
{
    unsigned flags = 0;
    for (size_t i = 0; i < len; i++) {
        switch (text[i]) {
        case 'F': flags |= NAME_FIRST; break;
        case 'S': flags |= NAME_PART; break;
        case 'A': flags |= NAME_WORD; break;
        case 'X': flags |= NAME_NEVER; break;
        case 'P': flags |= NAME_PHRASE_START; break;
        case 'L': flags |= NAME_FOREIGN_WORD; break;
        case 'C': flags |= NAME_PLACE; break;
        case 'W': flags |= NAME_SENTENCE_WORD; break;
        case 'D': flags |= NAME_DICTIONARY_WORD; break;
        default: return 0;
        }
    }
    return flags;
}

/* The given-name filter: 2^20 bits (128 KB) for about 63,000 first names, two bits a name in one 64-bit
 * word (a blocked Bloom filter: one load a test), so that about one word in sixty of running lowercase
 * text that is no first name passes it and is looked up (one bit a name let one in sixteen through). */
enum { GIVEN_FILTER_BITS = 20 };

enum { GIVEN_KEY_MAX = 16 };

/* The filter's key of a word of 1 to GIVEN_KEY_MAX bytes in small letters: its first eight bytes and its
 * length, mixed by one multiplication; the key's top bits choose the filter's word, two groups of six
 * bits below them the two bits in it. `readable` says that eight bytes may be loaded from `word`
 * whatever its length (lowercase_pair_in reads the text's words so). */
static inline uint64_t given_key(const char *word, size_t length, bool readable)
{
    uint64_t bytes = 0;
    if (readable) {
        memcpy(&bytes, word, sizeof bytes);
        bytes &= length >= 8 ? ~(uint64_t)0 : ((uint64_t)1 << (8 * length)) - 1;
    } else {
        for (size_t i = 0; i < length && i < 8; i++) {
            bytes |= (uint64_t)(unsigned char)word[i] << (8 * i);
        }
    }
    return (bytes ^ length) * 0x9E3779B97F4A7C15ull;
}

static inline size_t given_word(uint64_t key)
{
    return (size_t)(key >> (64 - (GIVEN_FILTER_BITS - 6)));
}

static inline uint64_t given_bits(uint64_t key)
{
    return ((uint64_t)1 << ((key >> 20) & 63)) | ((uint64_t)1 << ((key >> 26) & 63));
}

static inline bool given_filter_has(const struct name_table *table, uint64_t key)
{
    uint64_t bits = given_bits(key);
    return (table->given_filter[given_word(key)] & bits) == bits;
}

/* A first name in small letters: ASCII capitals and Latin-1 capitals (UTF-8 C3 80-9E, but ×) lowered, as
 * a text in small letters writes it ("Séverine" -> "séverine"). */
static void lower_spelling(const char *word, size_t len, char *lower)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)word[i];
        lower[i] = (char)(isupper(c) ? c - 'A' + 'a' : c);
        if (c == 0xC3 && i + 1 < len) {
            unsigned char next = (unsigned char)word[i + 1];
            lower[i + 1] = (char)(next >= 0x80 && next <= 0x9E && next != 0x97 ? next + 0x20 : next);
            i++;
        }
    }
}

/* Set the filter's bit of every first name of one word that is no word of a language. */
static bool fill_given_filter(struct name_table *table)
{
    table->given_filter = calloc((size_t)1 << (GIVEN_FILTER_BITS - 6), sizeof *table->given_filter);
    if (table->given_filter == NULL) {
        return false;
    }
    for (size_t at = 0; at <= table->mask; at++) {
        const struct name_slot *slot = &table->slots[at];
        /* only a first name that is no word of any language: with no cue, lowercase_name_end takes no other */
        if (slot->len == 0 || !(slot->flags & NAME_FIRST)
            || (slot->flags & (NAME_NEVER | NAME_WORD | NAME_FOREIGN_WORD | NAME_SENTENCE_WORD))) {
            continue;
        }
        char lower[MAX_WORD];
        const char *word = table->text + slot->offset;
        if (slot->len >= GIVEN_KEY_MAX || memchr(word, ' ', slot->len) != NULL
            || memchr(word, '-', slot->len) != NULL) {
            continue;
        }
        lower_spelling(word, slot->len, lower);
        uint64_t key = given_key(lower, slot->len, false);
        table->given_filter[given_word(key)] |= given_bits(key);
    }
    return true;
}

/* The phrase filter: 2^17 bits (16 KB) for the words before each space or dot of the about 6,600 listed
 * phrases, one bit each from the top of the word's hash (the slots take its low bits). */
enum { PHRASE_FILTER_BITS = 17 };

static inline bool phrase_filter_has(const struct name_table *table, uint32_t hash)
{
    uint32_t bit = hash >> (32 - PHRASE_FILTER_BITS);
    return (table->phrase_filter[bit >> 6] >> (bit & 63)) & 1;
}

/* Set the bit of every listed phrase's words up to each space or dot in it: phrase_end reads the text's
 * words one at a time, and the next word is joined by a space or an abbreviation's dot. */
static bool fill_phrase_filter(struct name_table *table)
{
    table->phrase_filter = calloc((size_t)1 << (PHRASE_FILTER_BITS - 6), sizeof *table->phrase_filter);
    if (table->phrase_filter == NULL) {
        return false;
    }
    for (size_t at = 0; at <= table->mask; at++) {
        const struct name_slot *slot = &table->slots[at];
        if (slot->len == 0 || !(slot->flags & NAME_NEVER)) {
            continue;
        }
        const char *phrase = table->text + slot->offset;
        for (size_t end = 1; end < slot->len; end++) {
            if (phrase[end] == ' ' || phrase[end] == '.') {
                uint32_t bit = hash_word(phrase, end) >> (32 - PHRASE_FILTER_BITS);
                table->phrase_filter[bit >> 6] |= (uint64_t)1 << (bit & 63);
            }
        }
    }
    return true;
}

static void fill_company_form_starts(struct name_table *table);

bool name_table_init(struct name_table *table, const char *text, size_t len)
{
    memset(table, 0, sizeof *table);
    size_t lines = 0;
    for (size_t i = 0; i < len; i++) {
        lines += text[i] == '\n';
    }
    size_t slots = 1024;
    while (slots * 13 < lines * 20) {           /* load at most 0.65: 336,000 words in 512 Ki slots, 4 MB */
        slots *= 2;
    }
    table->slots = calloc(slots, sizeof *table->slots);
    if (table->slots == NULL) {
        return false;
    }
    table->text = text;
    table->mask = slots - 1;
    const char *line = text, *end = text + len;
    while (line < end) {
        const char *newline = memchr(line, '\n', (size_t)(end - line));
        const char *tab = memchr(line, '\t', (size_t)((newline ? newline : end) - line));
        if (newline == NULL || tab == NULL || tab == line || tab - line > MAX_WORD) {
            name_table_release(table);
            return false;
        }
        unsigned flags = parse_flags(tab + 1, (size_t)(newline - tab - 1));
        size_t word_len = (size_t)(tab - line);
        uint32_t hash = hash_word(line, word_len);
        size_t at = hash & table->mask;
        while (table->slots[at].len != 0) {
            at = (at + 1) & table->mask;
        }
        table->slots[at] = (struct name_slot){ (uint32_t)(line - text), (uint8_t)word_len, slot_tag(hash),
                                               (uint16_t)flags };
        line = newline + 1;
    }
    if (!index_cues(table) || !fill_given_filter(table) || !fill_phrase_filter(table)) {
        name_table_release(table);
        return false;
    }
    mark_cues(table);
    fill_company_form_starts(table);
    return true;
}

void name_table_release(struct name_table *table)
{
    free(table->slots);
    free(table->cues);
    free(table->given_filter);
    free(table->phrase_filter);
    memset(table, 0, sizeof *table);
}

/* The slot of `word`, whose hash_word is `hash`, or NULL. */
static struct name_slot *find_hashed_slot(const struct name_table *table, const char *word, size_t len,
                                          uint32_t hash)
{
    uint8_t tag = slot_tag(hash);
    for (size_t at = hash & table->mask; table->slots[at].len != 0; at = (at + 1) & table->mask) {
        struct name_slot *slot = &table->slots[at];
        if (slot->len == len && slot->tag == tag && memcmp(table->text + slot->offset, word, len) == 0) {
            return slot;
        }
    }
    return NULL;
}

static struct name_slot *find_slot(const struct name_table *table, const char *word, size_t len)
{
    if (len == 0 || len > MAX_WORD) {
        return NULL;
    }
    return find_hashed_slot(table, word, len, hash_word(word, len));
}

unsigned name_flags(const struct name_table *table, const char *word, size_t len)
{
    const struct name_slot *slot = find_slot(table, word, len);
    return slot != NULL ? slot->flags : 0;
}

/* Latin-1 and Latin Extended-A letters (U+00C0-U+017F, UTF-8 lead bytes C3-C5) by their
 * base letter, '?' where there is none of one byte (Æ, ß, Œ). */
static const char base_letters[] =
    "AAAAAA?CEEEEIIIIDNOOOOO?OUUUUY??aaaaaa?ceeeeiiiidnooooo?ouuuuy?y"
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi??JjKkkLlLlLlLl"
    "LlNnNnNnnNnOoOoOo??RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

/* The word with its accents dropped (Raúl -> Raul, Łucja -> Lucja), or false if it has
 * none or a letter without a base. */
static bool fold_accents(const char *word, size_t len, char *folded, size_t *folded_len)
{
    size_t out = 0;
    bool changed = false;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)word[i];
        if (c < 0x80) {
            folded[out++] = (char)c;
            continue;
        }
        unsigned char next = i + 1 < len ? (unsigned char)word[i + 1] : 0;
        if (c < 0xC3 || c > 0xC5 || (next & 0xC0) != 0x80) {
            return false;
        }
        char base = base_letters[(c - 0xC3) * 64 + (next - 0x80)];
        if (base == '?') {
            return false;
        }
        folded[out++] = base;
        changed = true;
        i++;
    }
    *folded_len = out;
    return changed;
}

/* A word's flags as spelled; a word in no list is looked up again without its accents: the lists
 * hold Raul and Lucja, texts also write Raúl and Łucja. A word listed only as the start
 * of a phrase (Nicolás, of a city's name) is such a word too. */
/* Does the word hold ö, ø, å, æ, ä or ü (either case)? */
static bool nordic_letters(const char *word, size_t len)
{
    for (size_t i = 0; i + 1 < len; i++) {
        if ((unsigned char)word[i] != 0xC3) {
            continue;
        }
        unsigned char next = (unsigned char)word[i + 1] | 0x20;   /* Ö (96) -> ö (B6) */
        if (next == 0xB6 || next == 0xB8 || next == 0xA5 || next == 0xA6 || next == 0xA4 || next == 0xBC) {
            return true;
        }
    }
    return false;
}

static unsigned spelled_flags(const struct name_table *table, const char *word, size_t len)
{
    unsigned flags = name_flags(table, word, len);
    char folded[MAX_WORD];
    size_t folded_len;
    bool listed = (flags & ~(unsigned)(NAME_PHRASE_START | NAME_PLACE)) != 0;
    if ((listed && !(flags & NAME_PART)) || (flags & NAME_FIRST) || len > MAX_WORD
        || !fold_accents(word, len, folded, &folded_len)) {
        return flags;
    }
    unsigned folded_flags = name_flags(table, folded, folded_len);
    /* María is listed as a name part only, Maria as a first name: the accented spelling is the
     * first name of Spain, and no English word. */
    if (listed) {
        return flags | (folded_flags & NAME_FIRST);
    }
    /* Sölve is no "Solve": no English word is written with the letters of Nordic and German (ö, ø, å, æ,
     * ä, ü), so a word that folds to one and nothing else stays in no list; "Hôtel" and "Détails" are the
     * English words of French spelling. */
    if ((folded_flags & ~(unsigned)(NAME_PHRASE_START | NAME_PLACE)) == NAME_WORD && nordic_letters(word, len)) {
        return flags;
    }
    return flags | folded_flags;
}

enum { MAX_COMPOUND_PARTS = 3 };

/* A hyphenated word the lists lack, by its parts: "Anne-Kathrin" (first names: a first name),
 * "Müller-Lüdenscheid", "Bastide-Fournier" (a name part and a part in no list: a name part). Never a
 * name when a part is a word or a place ("Konrad-Adenauer-Straße", "Coca-Cola" stays a name part
 * only, which starts no name alone). Reads at most three parts. */
static bool compound_ends_in_a_thing(const char *word, size_t start, size_t end);

static unsigned compound_flags(const struct name_table *table, const char *word, size_t len)
{
    size_t start = 0;
    unsigned parts = 0, first_names = 0, name_parts = 0, plain_names = 0;
    while (start < len) {
        const char *hyphen = memchr(word + start, '-', len - start);
        size_t end = hyphen != NULL ? (size_t)(hyphen - word) : len;
        if (++parts > MAX_COMPOUND_PARTS || end == start
            || !(isupper((unsigned char)word[start]) || (unsigned char)word[start] >= 0xC3)) {
            return 0;
        }
        if (end == len && parts > 1 && compound_ends_in_a_thing(word, start, end)) {
            return NAME_NEVER;        /* "Willy-Brandt-Haus", "Konrad-Adenauer-Ufer": a place named after one */
        }
        unsigned flags = spelled_flags(table, word + start, end - start);
        /* a first name that is also a word stays one in a double first name: "Hans-Peter", and so does a
         * month's after a first name ("Ernst-August", "Lucinda-May"); a surname that is also a word stays
         * one beside a name that is none ("Lie-Nielsen", "Strøm-Olsen") */
        bool second_first_name = (flags & NAME_FIRST) && parts > 1 && first_names == parts - 1;
        bool worded = (flags & (NAME_WORD | NAME_FOREIGN_WORD | NAME_PLACE)) != 0;
        if (((flags & NAME_NEVER) && !second_first_name)
            || (worded && !(flags & NAME_FIRST)
                && ((flags & (NAME_FOREIGN_WORD | NAME_PLACE)) || !(flags & NAME_PART)))) {
            return 0;
        }
        first_names += (flags & NAME_FIRST) != 0;
        name_parts += (flags & (NAME_FIRST | NAME_PART)) != 0;
        plain_names += (flags & (NAME_FIRST | NAME_PART)) != 0 && !worded && !(flags & NAME_NEVER);
        start = end + 1;
    }
    if (parts < 2 || name_parts == 0 || (first_names != parts && plain_names == 0 && name_parts != first_names)) {
        return 0;
    }
    return first_names == parts ? NAME_FIRST | NAME_PART : NAME_PART;
}

/* A word's flags; a word in no list is looked up again without its accents (Raúl -> Raul), and
 * a hyphenated one by its parts. */
static unsigned word_flags(const struct name_table *table, const char *word, size_t len)
{
    unsigned flags = spelled_flags(table, word, len);
    if (flags == 0 && len > 4 && memchr(word, '-', len) != NULL) {
        return compound_flags(table, word, len);
    }
    return flags;
}

/* ---- words in the text ---- */

struct word_list {
    const char *word;
    size_t len;
};

#define W(text) { text, sizeof text - 1 }

struct word {
    size_t start, end;           /* the word, without a possessive 's */
    size_t next;                 /* where the text goes on after it */
    unsigned flags;
};

static bool letter(unsigned char c)
{
    return (unsigned)((c | 0x20) - 'a') < 26 || c >= 0x80;
}

static bool lowercase(unsigned char c)
{
    return (unsigned)(c - 'a') < 26 || c >= 0x80;
}

enum { MAX_PROPERTY = 40 };

/* Does the ':' at `colon` end a property name that opens its line, written without a space as
 * vCard and iCal do: "FN:", "N:", "ORGANIZER;CN=…:"? Uppercase letters, digits, '-', ';', '=' and
 * ',' back to the line's start, at most MAX_PROPERTY bytes; not "mailto:" or "https:". */
static bool property_opens_line(const char *text, size_t colon)
{
    size_t i = colon;
    bool small = false;               /* a parameter's value in small letters: "N;CHARSET=utf-8:", "LANGUAGE=de" */
    while (i > 0 && colon - i < MAX_PROPERTY) {
        unsigned char c = (unsigned char)text[i - 1];
        if (c == '\n') {
            break;
        }
        if (c == ';') {
            small = false;            /* the small letters were a parameter's */
        } else if (islower(c) || c == '.') {
            small = true;
        } else if (!isupper(c) && !isdigit(c) && c != '-' && c != '=' && c != ',' && c != ' ') {
            return false;
        }
        i--;
    }
    return i < colon && !small && (i == 0 || text[i - 1] == '\n') && isupper((unsigned char)text[i]);
}

/* A word may start here: nothing word-like or address-like touches it on the left. */
static inline bool word_may_start(const char *text, size_t at)
{
    if (at == 0) {
        return true;
    }
    switch (text[at - 1]) {
    case ' ': case '\n': case '\t': case '\r': case '(': case '"': case '\'': case '[': case '{': case '<': case '*':
    case '=':                                    /* owner=Jane Doe */
    case ',': case ';': case '|':               /* a CSV or table field: 42,Jane Doe,… */
    case '^':                                    /* an HL7 name's components: |Ramirez^Priya^^^| */
    case '>':                                    /* an XML or HTML element's text: <name>Oswin Trevelyan</name> */
        return true;
    case '/':                                    /* a signature: "Mötet flyttas. /Kalle", not a path */
    case '@':                                    /* a chat's mention: "@Rosalind Featherstone", no mail */
        return at == 1 || isspace((unsigned char)text[at - 2]);
    case ':':                                    /* a vCard or iCal property: "FN:Kari Berg", "N:Berg;Kari" */
        return property_opens_line(text, at - 1);
    default:
        return false;
    }
}

/* Does text[start, end) end in a street's noun ("Goethestraße", "Jarlsgatan", "Storgata", "Lindenweg",
 * "Bismarckallee"), on a word long enough to hold a name before it? */
static bool street_compound(const char *text, size_t start, size_t end)
{
    static const struct word_list streets[] = {
        W("straße"), W("strasse"), W("gasse"), W("weg"), W("allee"), W("platz"), W("ring"), W("gatan"),
        W("gata"), W("gate"), W("gaten"), W("veien"), W("vegen"), W("vägen"), W("vej"), W("torget"), W("plassen"),
        W("damm"), W("ufer"), W("markt"), { NULL, 0 },
    };
    if (end - start < 7 || !isupper((unsigned char)text[start]) || !memchr("eegznatmr", text[end - 1] | 0x20, 9)) {
        return false;                 /* the last letters of the nouns below: most words end otherwise */
    }
    char last = (char)(text[end - 1] | 0x20);
    for (const struct word_list *street = streets; street->word != NULL; street++) {
        if (street->word[street->len - 1] == last && end - start > street->len + 3
            && strncasecmp(text + end - street->len, street->word, street->len) == 0) {
            return true;
        }
    }
    return false;
}

/* Does text[start, end) end as a name never does, so that a word in no list is still a word? A
 * lowercase part after a hyphen (French "Pourriez-vous", "Peut-être", English "Follow-up"; names
 * capitalise theirs: Jean-Paul), or a noun's ending (German "Teamleitung", "Sicherheit",
 * "Gesellschaft"; "Information", "Dirección"), on a word long enough to be no short name. */
static bool shaped_as_a_word(const char *text, size_t start, size_t end)
{
    /* Endings by their last byte, so that a word is compared with the few that end as it does (this runs
     * for every capitalised word in no list):
     * - a noun's, German "Teamleitung", "Sicherheit", "Gesellschaft"; "Information", "Dirección";
     * - job titles and departments, compounds in nb/nn, da, sv, de: "Teamleder", "Økonomisjef",
     *   "Regnskapsfører", "Salgsavdelingen", "Personalavdelningen", "Vertriebsleiter";
     * - nouns, adverbs and participles of fr, es, de, nb/nn, sv that open a sentence or a label's value
     *   and that no name has ("Désolé", "Félicitations", "Malheureusement", "Atentamente", "Confirmée",
     *   "Bestillingsbekreftelse"); participles by their ending, not every final é: Aubigné is a name. */
    static const struct word_list ending_a[] = {
        W("avdelinga"), W("sköterska"), { NULL, 0 }
    };
    static const struct word_list ending_d[] = {
        W("idad"), { NULL, 0 }
    };
    static const struct word_list ending_e[] = {
        W("ledare"), W("rådgivare"), W("medarbetare"), W("tjeneste"), W("handläggare"), W("samordnare"), W("ée"),
        W("mente"), W("ique"), W("ance"), W("ence"), W("aire"), W("else"),
        /* a trade's worker: "Lagerarbetare", "Gymnasielärare", "Systemutvecklare", "Lastbilsförare" */
        W("arbetare"), W("lärare"), W("utvecklare"), W("säljare"), W("förare"), W("skötare"), W("snickare"),
        { NULL, 0 }
    };
    static const struct word_list ending_f[] = {
        W("sjef"), W("chef"), { NULL, 0 }
    };
    static const struct word_list ending_g[] = {
        W("ung"), W("ansvarlig"), W("ansvarig"), W("avdeling"), W("avdelning"), W("abteilung"), W("ering"),
        { NULL, 0 }
    };
    static const struct word_list ending_h[] = {
        W("lich"), { NULL, 0 }
    };
    static const struct word_list ending_n[] = {
        W("tion"), W("ción"), W("sion"), W("sión"), W("nummern"), W("lederen"), W("sjefen"), W("chefen"),
        W("avdelingen"), W("avdelningen"), W("tjenesten"), W("leiterin"), W("beraterin"), W("ungen"), W("heiten"),
        W("keiten"), W("schaften"), W("elsen"), W("eringen"), W("heten"), W("assistentin"), W("lehrerin"),
        W("entwicklerin"), W("arbeiterin"), W("technikerin"), { NULL, 0 }
    };
    static const struct word_list ending_o[] = {
        W("miento"), { NULL, 0 }
    };
    static const struct word_list ending_r[] = {
        W("nummer"), W("leder"), W("fører"), W("rådgiver"), W("direktør"), W("direktör"), W("medarbeider"),
        W("koordinator"), W("sekretær"), W("ingeniør"), W("leiter"), W("berater"),
        /* "Lagerarbeider", "Hjelpearbejder", "Bauarbeiter", "Adjunkt-lærer", "Sykepleier", "Systemutvikler" */
        W("arbeider"), W("arbejder"), W("arbeiter"), W("lærer"), W("lehrer"), W("pleier"), W("utvikler"),
        W("entwickler"), W("techniker"), W("tekniker"), W("elektriker"), W("verkäufer"), W("sjåfør"),
        W("chaufför"), { NULL, 0 }
    };
    static const struct word_list ending_s[] = {
        W("ismus"), W("és"), W("ées"), W("tions"), W("sions"), W("ciones"), W("siones"), W("ments"), W("iques"),
        W("ances"), W("ences"), W("aires"), W("idades"), { NULL, 0 }
    };
    static const struct word_list ending_t[] = {
        W("heit"), W("keit"), W("schaft"), W("ität"), W("nummeret"), W("numret"), W("konsulent"), W("konsult"),
        W("ment"), W("het"), W("assistent"), W("fachkraft"), { NULL, 0 }
    };
    static const struct word_list ending_e_acute[] = {
        W("ité"), W("olé"), W("ulé"), W("rmé"), W("iné"), W("oyé"), W("isé"), W("ié"), W("eté"), W("été"),
        W("ayé"), W("qué"), W("gué"), W("bué"), W("nué"), W("tué"), W("lué"),  /* not Goasdoué: "Marqué", "Attribué" */
        { NULL, 0 }
    };
    const char *hyphen = memchr(text + start, '-', end - start);
    if (hyphen != NULL && islower((unsigned char)hyphen[1])) {
        return true;
    }
    if (end - start < 7) {
        return false;
    }
    if (street_compound(text, start, end)) {
        return true;                  /* "Goethestraße, Leipzig" is an address */
    }
    const struct word_list *endings;
    switch ((unsigned char)text[end - 1]) {
    case 'a': endings = ending_a; break;
    case 'd': endings = ending_d; break;
    case 'e': endings = ending_e; break;
    case 'f': endings = ending_f; break;
    case 'g': endings = ending_g; break;
    case 'h': endings = ending_h; break;
    case 'n': endings = ending_n; break;
    case 'o': endings = ending_o; break;
    case 'r': endings = ending_r; break;
    case 's': endings = ending_s; break;
    case 't': endings = ending_t; break;
    case 0xA9: endings = ending_e_acute; break;
    default: return false;
    }
    /* the byte before the last first (every ending has two or more): most words share the last with a few
     * endings and no more */
    for (const struct word_list *ending = endings; ending->word != NULL; ending++) {
        if (end - start > ending->len && text[end - 2] == ending->word[ending->len - 2]
            && memcmp(text + end - ending->len, ending->word, ending->len) == 0) {
            return true;
        }
    }
    return false;
}

/* Does a sentence start at `at`: the text's or a line's start, or after '.', '!' or '?' and a space?
 * Bounded: looks back over spaces only. */
static bool opens_sentence(const char *text, size_t at)
{
    size_t i = at;
    while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t')) {
        i--;
    }
    if (i == 0 || text[i - 1] == '\n' || text[i - 1] == '\r') {
        return true;
    }
    return i < at && (text[i - 1] == '.' || text[i - 1] == '!' || text[i - 1] == '?');
}

/* Does a day and a month follow the word that ends at `end`, so that it is a weekday's abbreviation
 * in a date ("Tor. 27. juni", "Sam. 1 févr.", "Do., 27. Juni", "Jue 27 de junio")? Reads a few
 * bytes: '.' or ',', a space, one or two digits, '.', a space, "de " and a month's first letters. */
static bool day_and_month_follow(const char *text, size_t len, size_t end)
{
    static const struct word_list months[] = {
        W("jan"), W("feb"), W("fév"), W("mar"), W("mär"), W("apr"), W("avr"), W("abr"), W("mai"), W("may"),
        W("maj"), W("jun"), W("jui"), W("jul"), W("aug"), W("aoû"), W("ago"), W("sep"), W("set"), W("okt"),
        W("oct"), W("nov"), W("des"), W("dec"), W("déc"), W("dez"), W("dic"), W("ene"), { NULL, 0 },
    };
    size_t at = end;
    while (at < len && at < end + 2 && (text[at] == '.' || text[at] == ',')) {
        at++;
    }
    if (at + 1 >= len || text[at] != ' ' || !isdigit((unsigned char)text[at + 1])) {
        return false;
    }
    at += 2;
    if (at < len && isdigit((unsigned char)text[at])) {
        at++;
    }
    if (at < len && text[at] == '.') {
        at++;
    }
    if (at + 1 >= len || text[at] != ' ') {
        return false;
    }
    at++;
    if (at + 3 < len && memcmp(text + at, "de ", 3) == 0) {
        at += 3;                                  /* "27 de junio" */
    }
    if (at >= len || !memchr("jfmasondJFMASOND", text[at], 16)) {
        return false;                             /* every month starts with one of these */
    }
    for (const struct word_list *month = months; month->word != NULL; month++) {
        if (at + month->len <= len && strncasecmp(text + at, month->word, month->len) == 0) {
            return true;
        }
    }
    return false;
}

/* A capitalised word at `at` (letters, inner apostrophes and hyphens, some lowercase),
 * ending where a word ends. False for ALL-CAPS, identifiers and addresses. */
static bool read_word(const struct name_table *table, const char *text, size_t len, size_t at, struct word *word)
{
    size_t capital = latin_capital_length(text, len, at);
    if (capital == 0 || !word_may_start(text, at)) {
        return false;
    }
    size_t end = at + capital;
    bool lower = false;
    while (end < len) {
        unsigned char c = (unsigned char)text[end];
        if (letter(c)) {
            lower = lower || lowercase(c);
            end++;
        } else if ((c == '\'' || c == '-') && end + 1 < len && letter((unsigned char)text[end + 1])) {
            end++;
        } else {
            break;
        }
    }
    if (!lower) {
        return false;
    }
    size_t next = end;
    if (next < len) {
        unsigned char after = (unsigned char)text[next];
        /* a word between slashes that ends its line is a genealogy file's surname ("NAME Eirik /Aas-Eng/"),
         * not a path's folder: gedcom_surname decides */
        bool slashed = after == '/' && at >= 2 && text[at - 1] == '/' && text[at - 2] == ' '
                       && (next + 1 == len || text[next + 1] == '\n' || text[next + 1] == '\r');
        if (ascii_digit(after) || after == '_' || after == '@' || (after == '/' && !slashed)
            || ((after == '.' || after == ':') && next + 1 < len && ascii_alnum((unsigned char)text[next + 1]))) {
            return false;
        }
    }
    /* Sarah's: the name is Sarah. */
    if (end - at > 3 && text[end - 2] == '\'' && text[end - 1] == 's') {
        end -= 2;
    }
    word->start = at;
    word->end = end;
    word->next = next;
    word->flags = word_flags(table, text + at, end - at);
    if (word->flags & NAME_SENTENCE_WORD) {
        if (opens_sentence(text, at) && next + 1 < len && text[next] == ' '
            && lowercase((unsigned char)text[next + 1])) {
            word->flags |= NAME_WORD | NAME_FOREIGN_WORD;     /* "Alene kan vi …", "Hela teamet …" */
        }
    }
    if (end - at <= 4 && day_and_month_follow(text, len, end)) {
        word->flags = NAME_WORD | NAME_FOREIGN_WORD;           /* a weekday: "Tor. 27. juni" */
    }
    /* a genitive stands before its noun: "Torgeirs bil", "Jörgs Rechner"; not "(Malvinas)" */
    if (word->flags == 0 && end - at > 3 && text[end - 1] == 's' && end + 1 < len && text[end] == ' '
        && letter((unsigned char)text[end + 1])) {
        unsigned stem = word_flags(table, text + at, end - at - 1);
        if ((stem & NAME_FIRST) && !(stem & (NAME_WORD | NAME_NEVER | NAME_FOREIGN_WORD))) {
            word->flags = stem;        /* the genitive of nb/nn, da, sv, de: "Torgeirs bil", "Jörgs Rechner" */
        }
    }
    if (word->flags == 0 && shaped_as_a_word(text, at, end)) {
        word->flags = NAME_WORD | NAME_FOREIGN_WORD;
    }
    return true;
}

/* A word in capitals ("BREKKE", "ÅKESSON", "GARCÍA-MÁRQUEZ"), read as the name lists spell it
 * ("Brekke"): the flags of its capitalised form. Only where a key, a title or a ticket's slash says a
 * name is written in capitals do callers ask; elsewhere capitals are headings. The caller checks
 * that a word may start at `at` (a ticket's given name follows a '/'). */
static bool read_caps_word(const struct name_table *table, const char *text, size_t len, size_t at,
                           struct word *word)
{
    if (latin_capital_length(text, len, at) == 0) {
        return false;
    }
    char spelled[MAX_WORD];
    size_t out = 0, end = at, letters = 0;
    bool word_start = true;
    while (end < len && out + 2 <= sizeof spelled) {
        size_t capital = latin_capital_length(text, len, end);
        unsigned char c = (unsigned char)text[end];
        if (capital == 0) {
            if ((c == '-' || c == '\'') && end + 1 < len && latin_capital_length(text, len, end + 1) != 0) {
                spelled[out++] = (char)c;
                end++;
                word_start = true;   /* "ANNE-MARIE": Anne-Marie */
                continue;
            }
            if (letter(c)) {
                return false;        /* a lowercase letter: read_word's, not ours */
            }
            break;
        }
        spelled[out] = text[end];
        if (capital == 2) {
            spelled[out + 1] = text[end + 1];
            if (!word_start) {       /* É (C3 89) -> é (C3 A9); Latin Extended-A: the small letter is next */
                unsigned char second = (unsigned char)text[end + 1];
                spelled[out + 1] = (char)(c == 0xC3 ? second + 0x20 : second < 0xBF ? second + 1 : second);
            }
        } else if (!word_start) {
            spelled[out] = (char)tolower(c);
        }
        out += capital;
        end += capital;
        letters++;
        word_start = false;
    }
    if (letters < 2 || (end < len && (letter((unsigned char)text[end]) || isdigit((unsigned char)text[end])
                                       || text[end] == '_' || text[end] == '@'))) {
        return false;
    }
    word->start = at;
    word->end = end;
    word->next = end;
    word->flags = word_flags(table, spelled, out);
    return true;
}

/* The word before `at`, skipping whitespace and at most one ',', ':' or '=' (returned
 * in `punctuation`: "owner=Jane"), and a '.' right after it (`dotted`). */
static bool previous_word(const char *text, size_t at, size_t *start, size_t *end, char *punctuation, bool *dotted)
{
    *punctuation = 0;
    *dotted = false;
    size_t i = at;
    while (i > 0 && ascii_space((unsigned char)text[i - 1])) {
        i--;
    }
    if (i == at && (i == 0 || text[i - 1] != '=')) {
        return false;                /* something other than space or '=' joins them */
    }
    if (i > 0 && (text[i - 1] == ',' || text[i - 1] == ':' || text[i - 1] == '=')) {
        *punctuation = text[--i];
    } else if (i > 0 && text[i - 1] == '.') {
        *dotted = true;
        i--;
    }
    *end = i;
    while (i > 0 && (letter((unsigned char)text[i - 1]) || text[i - 1] == '\'')) {
        i--;
    }
    *start = i;
    return *end > *start;
}


/* The first-letter indexes of this file's word lists (word_index.h), folded as word_is
 * folds: made on a list's first look-up; the lists are static and the scrubber runs in one
 * thread per worker process. Longer lists are read whole. */
static struct word_index_table name_word_indexes;

static const struct word_index *word_index_of(const struct word_list *list)
{
    struct word_index *index;
    enum word_index_state state = word_index_find(&name_word_indexes, list, &index);
    if (state == WORD_INDEX_NEW) {
        unsigned char first_bytes[WORD_INDEX_MAX_WORDS];
        size_t count = 0;
        for (; list[count].word != NULL; count++) {
            if (count < WORD_INDEX_MAX_WORDS) {
                first_bytes[count] = (unsigned char)(list[count].word[0] | 0x20);
            }
        }
        word_index_fill(index, first_bytes, count);
    }
    return state != WORD_INDEX_FULL && index->indexed ? index : NULL;
}

/* Case-insensitive membership; lengths and first letters rule out almost every entry
 * before a comparison, as this runs for every capitalised word of every prompt. */
static bool word_is(const char *text, size_t start, size_t end, const struct word_list *list)
{
    size_t len = end - start;
    char first = (char)(text[start] | 0x20);
    const struct word_index *index = word_index_of(list);
    if (index != NULL) {
        for (uint64_t candidates = word_index_candidates(index, (unsigned char)first); candidates != 0;
             candidates &= candidates - 1) {
            const struct word_list *entry = &list[__builtin_ctzll(candidates)];
            if (entry->len == len && strncasecmp(text + start, entry->word, len) == 0) {
                return true;
            }
        }
        return false;
    }
    for (size_t i = 0; list[i].word != NULL; i++) {
        if (list[i].len == len && (list[i].word[0] | 0x20) == first
            && strncasecmp(text + start, list[i].word, len) == 0) {
            return true;
        }
    }
    return false;
}

/* Does a hyphenated word's last part, text[start, end), name a place or thing, so that the name before it
 * is a building's, a bank's or a street's ("Willy-Brandt-Haus", "Konrad-Adenauer-Ufer", "Olof-Palme-Platz")? */
static bool compound_ends_in_a_thing(const char *word, size_t start, size_t end)
{
    static const struct word_list things[] = {
        W("haus"), W("ufer"), W("halle"), W("saal"), W("arena"), W("stadion"), W("zentrum"), W("center"),
        W("centre"), W("kirche"), W("schule"), W("gymnasium"), W("stiftung"), W("preis"), W("brücke"), W("platz"),
        W("straße"), W("strasse"), W("allee"), W("gasse"), W("weg"), W("damm"), W("markt"), W("park"), W("klinik"),
        W("klinikum"), W("institut"), W("museum"), W("bad"), W("hof"), W("turm"), W("kaserne"), W("siedlung"),
        W("plats"), W("plass"), W("gate"), W("gata"), W("gatan"), W("senteret"), W("hallen"), W("salen"),
        W("huset"), W("skolan"), W("skolen"), W("torget"), W("plassen"), W("platsen"),
        /* a fair's stand and a disease named after one: "Ralph Lauren-Stand", "Crohn-Krankheit" */
        W("stand"), W("krankheit"), W("syndrom"),
        /* and German's compounds of science and honour after a name (eponyms census): "Gauss-Verteilung",
         * "Dijkstra-Algorithmus", "Doppler-Effekt", "Richter-Skala", "Otto-Hahn-Medaille", "Humboldt-Stipendium" */
        W("verteilung"), W("algorithmus"), W("effekt"), W("skala"), W("folge"), W("lymphom"), W("virus"),
        W("manöver"), W("gesetz"), W("konstante"), W("gleichung"), W("kurve"), W("prinzip"), W("medaille"),
        W("stipendium"), W("plakette"), W("vorlesung"), { NULL, 0 },
    };
    return end - start >= 3 && word_is(word, start, end, things);
}

/* Verbs whose object is a thing and never a person, in the forms people write them in English, nb/nn, sv,
 * de, fr and es (infinitive, imperative, present, past, participle): one eats, drinks, bakes, cooks, serves,
 * buys, installs, downloads, plays, watches, reads, dances and plants dishes, drinks, software, games,
 * shows, dances and plants, whatever person's name they carry ("We served Margarita", "Installe Lydia",
 * "Comí Cocido", "Plante Muguet"). Not the verbs that take persons too (bring, take, visit, call, drive,
 * update): "ta med Kari" brings Kari. Spanish marks a person object with "a", so its
 * verbs are listed without it ("toma Nolotil", but "llama a Ana"). */
static const struct word_list thing_verbs[] = {
    W("eat"), W("eats"), W("ate"), W("eaten"), W("eating"), W("drink"), W("drinks"), W("drank"), W("drinking"),
    W("bake"), W("bakes"), W("baked"), W("baking"), W("cook"), W("cooks"), W("cooked"), W("cooking"), W("serve"),
    W("serves"), W("served"), W("serving"), W("fry"), W("fried"), W("grill"), W("grilled"), W("roast"),
    W("roasted"), W("brew"), W("brewed"), W("taste"), W("tasted"), W("buy"), W("buys"), W("bought"),
    W("buying"), W("install"), W("installs"), W("installed"), W("installing"), W("uninstall"),
    W("uninstalled"), W("reinstall"), W("download"), W("downloads"), W("downloaded"), W("upgrade"),
    W("upgraded"), W("play"), W("plays"), W("played"), W("playing"), W("watch"), W("watched"), W("watching"),
    W("read"), W("reads"), W("reading"), W("dance"), W("danced"), W("dancing"), W("plant"), W("planted"),
    W("planting"), W("stream"), W("streamed"),
    W("spise"), W("spiser"), W("spiste"), W("spis"), W("drikke"), W("drikker"), W("drakk"), W("drikk"),
    W("bake"), W("baker"), W("bakte"), W("lage"), W("lager"), W("laget"), W("servere"), W("serverer"),
    W("serverte"), W("kjøpe"), W("kjøper"), W("kjøpte"), W("kjøp"), W("installere"), W("installerer"),
    W("installerte"), W("installer"), W("spille"), W("spiller"), W("spilte"), W("danse"), W("danser"),
    W("danset"), W("plante"), W("planter"), W("plantet"), W("lese"), W("leser"), W("leste"), W("smake"),
    W("smaker"), W("smakte"), W("bestille"), W("bestiller"), W("bestilte"),
    W("äta"), W("äter"), W("åt"), W("ät"), W("dricka"), W("dricker"), W("drack"), W("drick"), W("baka"),
    W("bakar"), W("bakade"), W("laga"), W("lagar"), W("lagade"), W("servera"), W("serverar"), W("serverade"),
    W("köpa"), W("köper"), W("köpte"), W("köp"), W("installera"), W("installerar"), W("installerade"),
    W("spela"), W("spelar"), W("spelade"), W("dansa"), W("dansar"), W("dansade"), W("plantera"),
    W("planterar"), W("planterade"), W("läsa"), W("läser"), W("läste"), W("läs"), W("smaka"), W("smakade"),
    W("beställa"), W("beställer"), W("beställde"),
    W("essen"), W("isst"), W("esse"), W("iss"), W("aß"), W("gegessen"), W("trinken"), W("trinkt"),
    W("trinke"), W("trink"), W("trank"), W("getrunken"), W("backen"), W("backt"), W("backe"), W("back"),
    W("gebacken"), W("kochen"), W("kocht"), W("koche"), W("gekocht"), W("servieren"), W("serviert"),
    W("kaufen"), W("kauft"), W("kaufe"), W("kauf"), W("gekauft"), W("installieren"), W("installiert"),
    W("installiere"), W("installier"), W("spielen"), W("spielt"), W("spiele"), W("spiel"), W("gespielt"),
    W("tanzen"), W("tanzt"), W("tanze"), W("tanz"), W("getanzt"), W("pflanzen"), W("pflanzt"), W("pflanze"),
    W("pflanz"), W("gepflanzt"), W("lesen"), W("liest"), W("lese"), W("lies"), W("gelesen"), W("probieren"),
    W("probiert"), W("bestellen"), W("bestellt"), W("bestell"),
    W("mange"), W("manger"), W("mangé"), W("mangeons"), W("mangez"), W("bois"), W("boire"), W("boit"),
    W("buvons"), W("cuisiner"), W("cuisiné"), W("prépare"), W("préparer"), W("préparé"), W("sers"),
    W("servir"), W("servi"), W("servons"), W("achète"), W("acheter"), W("acheté"), W("installe"),
    W("installer"), W("installé"), W("installez"), W("télécharge"), W("télécharger"), W("téléchargé"),
    W("joue"), W("jouer"), W("joué"), W("jouons"), W("danse"), W("danser"), W("dansé"), W("dansons"),
    W("plante"), W("planter"), W("planté"), W("lis"), W("lire"), W("lit"), W("goûte"), W("goûter"),
    W("goûté"), W("commande"), W("commander"), W("commandé"),
    W("come"), W("comer"), W("comí"), W("comió"), W("comimos"), W("comemos"), W("bebe"),
    W("beber"), W("bebí"), W("bebió"), W("bebemos"), W("toma"), W("tomar"), W("tomé"), W("tomó"),
    W("tomamos"), W("cocina"), W("cocinar"), W("prepara"), W("preparar"), W("preparé"), W("sirve"),
    W("servir"), W("servimos"), W("sirvió"), W("compra"), W("comprar"), W("compré"), W("compró"),
    W("instala"), W("instalar"), W("instalé"), W("instaló"), W("instalamos"), W("juega"), W("jugar"),
    W("jugamos"), W("jugué"), W("baila"), W("bailar"), W("bailamos"), W("bailé"), W("planta"), W("plantar"),
    W("plantamos"), W("lee"), W("leer"), W("leí"), W("leyó"), W("prueba"), W("probar"), W("probé"),
    { NULL, 0 },
};
/* The words between such a verb and its object: articles, "some", possessives ("drives a Vauxhall", "spiller
 * litt Minecraft", "kauf einen Golf", "joue au Zelda", "juega al Mario Kart", "served our Bakewell Tart"). */
static const struct word_list determiners[] = {
    W("a"), W("an"), W("the"), W("some"), W("my"), W("our"), W("your"), W("his"), W("her"), W("their"),
    W("en"), W("ei"), W("et"), W("ett"), W("litt"), W("lite"), W("noe"), W("något"), W("min"), W("mitt"),
    W("mine"), W("mina"), W("vår"), W("vårt"), W("våre"), W("våra"), W("din"), W("ditt"), W("sin"), W("den"),
    W("det"), W("der"), W("die"), W("das"), W("dem"), W("ein"), W("eine"), W("einen"), W("einem"),
    W("etwas"), W("mein"), W("meine"), W("meinen"), W("unser"), W("unsere"), W("unseren"), W("le"), W("la"),
    W("les"), W("un"), W("une"), W("des"), W("du"), W("au"), W("aux"), W("mon"), W("ma"), W("mes"),
    W("notre"), W("nos"), W("el"), W("los"), W("las"), W("una"), W("unos"), W("unas"), W("al"), W("mi"),
    W("mis"), W("nuestro"), W("nuestra"), W("su"), W("sus"), { NULL, 0 },
};
/* Articles before which a capitalised phrase is a thing's name, never a person's (see names_find). */
static const struct word_list name_free_articles[] = {
    W("the"), W("das"), W("dem"), { NULL, 0 },
};
/* Possessive determiners that open a sentence before a capitalised word: a thing or a role of the
 * speaker's ("My Vauxhall Corsa is …", "Vår Dekan godkjente", "Unser Juniorprofessor hat", "Nuestro
 * Decano"), never a name's first word. Not those that are given names or surnames too (Min, Ma, Mi, Su, Ta). */
static const struct word_list sentence_possessives[] = {
    W("my"), W("our"), W("your"), W("their"), W("mitt"), W("mine"), W("vår"), W("vårt"), W("våre"), W("mina"),
    W("våra"), W("din"), W("ditt"), W("dine"), W("dina"), W("mein"), W("meine"), W("unser"), W("unsere"),
    W("dein"), W("deine"), W("euer"), W("eure"), W("mon"), W("mes"), W("notre"), W("nos"), W("votre"),
    W("vos"), W("ton"), W("mis"), W("nuestro"), W("nuestra"), W("nuestros"), W("nuestras"), W("tus"),
    W("sus"), { NULL, 0 },
};

static const struct word_list titles[] = {
    W("Mr"), W("Mrs"), W("Ms"), W("Miss"), W("Mx"), W("Dr"), W("Prof"), W("Professor"), W("Sir"), W("Dame"),
    W("Herr"), W("Frau"), W("Fru"), W("Hr"), W("Sr"), W("Sra"), W("Mme"), W("Mlle"), W("Madam"), W("Doctor"),
    /* The other languages the finder reads: "Herrn Weber", "Monsieur Dupont", "Señora Díaz", "Frk. Berg". */
    W("Herrn"), W("Fräulein"), W("Doktor"), W("Frk"), W("Frøken"), W("Monsieur"), W("Madame"), W("Mademoiselle"),
    W("Señor"), W("Señora"), W("Señorita"), W("Srta"), W("Doña"), W("Dra"),
    /* ranks and offices before a surname, as reports and letters write them: "Sgt. Dunwoody", "Insp. Lund" */
    W("Sgt"), W("Sergeant"), W("Cpl"), W("Corporal"), W("Lt"), W("Lieutenant"), W("Capt"), W("Insp"),
    W("Inspector"), W("Det"), W("Detective"), W("Constable"), W("Supt"), W("Rev"), W("Reverend"), W("Cllr"),
    /* academic ranks and offices before a name, as programmes and minutes write them: "Lektor Ebba Forsberg",
     * "Dekanin Braun", "Catedrático Ruiz"; the title is a cue, not the name's first word */
    W("Lektor"), W("Dekan"), W("Dekanus"), W("Dekanin"), W("Rektor"), W("Rektorin"), W("Docent"), W("Dosent"),
    W("Doktorand"), W("Doktorandin"), W("Stipendiat"), W("Førsteamanuensis"), W("Juniorprofessor"),
    W("Juniorprofessorin"), W("Professorin"), W("Privatdozent"), W("Privatdozentin"), W("Professeure"),
    W("Professeur"), W("Recteur"), W("Rectrice"), W("Profesor"), W("Profesora"), W("Catedrático"),
    W("Catedrática"), W("Decano"), W("Decana"), W("Rector"), W("Rectora"),
    { NULL, 0 },
};
/* Before ':' (From: Jane Doe) or ',' at a sign-off (Regards, Jane). */
static const struct word_list labels[] = {
    W("name"), W("patient"), W("employee"), W("from"), W("to"), W("cc"), W("contact"), W("attn"), W("author"),
    W("customer"), W("applicant"), W("client"), W("owner"), W("assignee"), W("reporter"), W("signed"),
    W("navn"), W("namn"), W("nombre"), W("nom"), W("von"), W("fra"), W("från"), W("til"), W("till"),
    W("an"), W("de"), W("para"), W("kontakt"), W("kontaktperson"), W("ansvarlig"), W("ansvarig"), { NULL, 0 },
};
/* Sign-offs and the words of endearment that close a message in English, nb/nn, da, sv, de, fr,
 * es: cues for the name after them ("Mvh, Kari", "Cordialement, Marie", "Hilsen Kari", "Kram Mats",
 * "LG Gudrun", "Besos, Raúl"), never part of it, although Hilsen and Kram are surnames too. Only
 * the last word of a sign-off of several words is listed ("Liebe Grüße", "Un abrazo", "Bien à vous"). */
static const struct word_list sign_offs[] = {
    W("regards"), W("sincerely"), W("cheers"), W("thanks"), W("best"), W("love"), W("xoxo"), W("xx"), W("hugs"),
    W("kisses"), W("yours"), W("warmly"), W("cordially"), W("respectfully"), W("wishes"), W("thx"), W("soon"),
    W("hilsen"), W("hilsener"), W("helsing"), W("helsingar"), W("mvh"), W("klem"), W("klemmer"), W("snakkes"),
    W("kh"), W("knus"), W("hälsningar"), W("hälsning"), W("kram"), W("kramar"), W("kramis"), W("puss"),
    W("hörs"), W("grüße"), W("grüssen"), W("grüßen"), W("gruß"), W("gruss"), W("lg"), W("vg"),
    W("glg"), W("bussi"), W("tschüss"), W("tschüß"), W("küsse"), W("cordialement"), W("amitiés"), W("bises"),
    W("bisous"), W("biz"), W("salutations"), W("affectueusement"), W("sincèrement"), W("respectueusement"),
    W("bientôt"), W("saludos"), W("saludo"), W("atentamente"), W("abrazos"), W("abrazo"), W("besos"), W("beso"),
    W("besitos"), W("cordialmente"), W("cariños"), W("vh"), W("mfg"),
    /* "Bis bald, Mia", "Hasta pronto, Ana", "Hörs snart, Kalle", "Talk later, Sam" */
    W("bald"), W("pronto"), W("snart"), W("later"),
    /* the last word of longer closings: "Amicalement", "Bonne journée", "Merci d'avance", "Saludos
     * cordiales", "God helg", "God kveld", "Schönen Tag noch", "Buen fin de semana" */
    W("amicalement"), W("cordiales"), W("avance"), W("journée"), W("soirée"), W("semaine"), W("semana"),
    W("helg"), W("kveld"), W("kväll"), W("tag"), W("woche"), W("wochenende"), W("noch"),
    /* formal closings: "Hochachtungsvoll", "Veuillez agréer …", "Yours faithfully", "Högaktningsfullt" */
    W("hochachtungsvoll"), W("veuillez"), W("agréer"), W("distinguées"), W("distingués"), W("faithfully"),
    W("truly"), W("högaktningsfullt"), W("ærbødigst"), W("respetuosamente"),
    { NULL, 0 },
};
/* Words of endearment, a sign-off's or a greeting's ("Hallo Schatz,", "Merci ma chérie"): never a
 * name, although Schatz and Liebling are surnames. */
static const struct word_list endearments[] = {
    W("darling"), W("honey"), W("sweetie"), W("babe"), W("vennen"), W("kjæresten"), W("skatt"), W("skatten"),
    W("älskling"), W("gumman"), W("gubben"), W("schatz"), W("liebling"), W("chéri"), W("chérie"), W("cariño"),
    W("amor"), W("corazón"), W("guapa"), W("guapo"),
    /* and the words for parents and grandparents used as names ("Merci Maman", "Hei mormor", "Oma Hilde"):
     * a cue for the name after them, never one ("Bonne Maman" is a brand) */
    W("maman"), W("papa"), W("mamie"), W("papi"), W("mamá"), W("papá"), W("mamma"), W("pappa"), W("mama"),
    W("mutti"), W("vati"), W("oma"), W("opa"), W("mormor"), W("morfar"), W("farmor"), W("farfar"),
    W("bestemor"), W("bestefar"), W("abuela"), W("abuelo"), W("abuelita"), W("abuelito"), W("tonton"),
    W("tatie"),
    { NULL, 0 },
};
/* "named", "Dear", and the nouns for a person: "my colleague Gene", "the patient Hope". */
static const struct word_list strong_cues[] = {
    W("named"), W("dear"), W("signed"), W("colleague"), W("patient"), W("employee"), W("customer"), W("client"),
    W("candidate"), W("applicant"), W("manager"), W("mother"), W("father"), W("wife"), W("husband"), W("son"),
    W("daughter"), W("sister"), W("brother"), W("friend"), W("neighbour"), W("neighbor"), W("boss"),
    W("landlord"), W("tenant"), W("attention"), W("attn"), W("owner"), W("assignee"), W("holder"),
    /* "Jeg heter Per", "Ich heiße Hans", "je m'appelle Elle", "me llamo Dan", "Kjære Kari", "Liebe Anna",
     * "ma collègue Rose", "mi jefa Sol": a name even where the word is also a function word. */
    W("heter"), W("hedder"), W("heiße"), W("heisse"), W("heißt"), W("heisst"), W("m'appelle"), W("s'appelle"),
    W("llamo"), W("llama"), W("kjære"), W("kære"), W("kära"), W("käre"), W("liebe"), W("lieber"), W("cher"),
    W("chère"), W("querido"), W("querida"), W("estimado"), W("estimada"), W("kollega"), W("kollegaen"),
    W("kollegin"), W("kollege"), W("kollegen"), W("collègue"), W("colega"), W("kunde"), W("kunden"), W("cliente"),
    W("patienten"), W("patientin"), W("paciente"), W("sjef"), W("chef"), W("chefin"), W("jefe"), W("jefa"),
    /* Kin, friends, neighbours and landlords in the other languages: "meine Tochter Lea", "min
     * datter Ingrid", "ma voisine Claire", "mi hermana Lucía", "unser Vermieter Herr Brandt". */
    W("tochter"), W("sohn"), W("mutter"), W("vater"), W("bruder"), W("schwester"), W("freund"),
    W("freundin"), W("nachbar"), W("nachbarin"), W("vermieter"), W("vermieterin"), W("ehemann"), W("ehefrau"),
    W("datter"), W("sønn"), W("søster"), W("bror"), W("venn"), W("venninne"), W("nabo"), W("kone"),
    W("utleier"), W("dotter"), W("syster"), W("granne"), W("vän"), W("hyresvärd"), W("sambo"), W("fille"),
    W("fils"), W("mère"), W("père"), W("frère"), W("sœur"), W("ami"), W("amie"), W("voisin"), W("voisine"),
    W("femme"), W("propriétaire"), W("hija"), W("hijo"), W("madre"), W("padre"), W("hermano"), W("hermana"),
    W("amigo"), W("amiga"), W("vecino"), W("vecina"), W("esposa"), W("esposo"), W("marido"), W("casero"),
    W("casera"),
    /* Imperatives of calling someone: "Ring Per på …", "Kontakta Maria", "Appelle Marie" (not "ask":
     * "Spør Dell support"). */
    W("ring"), W("kontakta"), W("ruf"), W("appelle"), W("appelez"), W("llama"), W("llame"), W("contacta"),
    W("contacte"),
    /* and their other forms, before the name or its "a", "à", "till": "kan du ringa Per", "ringe Sjur",
     * "rappeler Margaux", "llamar a Guadalupe" */
    W("ringa"), W("ringe"), W("ringer"), W("ringde"), W("ringt"), W("kontakte"), W("rappelle"), W("rappelez"),
    W("rappeler"), W("appeler"), W("llamar"), W("llamas"), W("llamad"), W("contactar"), W("kontaktieren"),
    W("anrufen"),
    /* the one who sends greetings, named after the verb: "…, hälsade Per", "hilser Kari", "grüßt Jonas" */
    W("hälsade"), W("hälsar"), W("hilser"), W("hilste"), W("grüßt"), W("grüsst"),
    { NULL, 0 },
};
/* The rest of the family and household in the six languages ("Uncle Mats", "meine Tante Waltraut",
 * "mon oncle Guénolé", "mi tía Eulalia", "farbror Mats"), and the nouns of nb/nn, da and sv in their
 * definite form, which a possessive may follow ("søsteren min Live", "hyresvärden Ragnvi", "utleieren
 * Yngvild", "faren min Lodve"). Strong cues, but not marked as cues in the gazetteer: many are names
 * too (Mari, Kona, Faren, Primo, Moster), which a cue never is. */
static const struct word_list kin_cues[] = {
    W("uncle"), W("aunt"), W("auntie"), W("cousin"), W("grandpa"), W("grandma"), W("grandfather"),
    W("grandmother"), W("nephew"), W("niece"), W("mum"), W("mom"), W("dad"), W("stepdad"), W("stepmum"),
    W("stepmom"), W("girlfriend"), W("boyfriend"), W("fiancé"), W("fiancée"), W("flatmate"), W("roommate"),
    W("onkel"), W("tante"), W("fetter"), W("kusine"), W("bestefar"), W("bestemor"), W("farfar"), W("farmor"),
    W("morfar"), W("mormor"), W("søsteren"), W("søstera"), W("broren"), W("faren"), W("moren"), W("mora"),
    W("datteren"), W("dattera"), W("sønnen"), W("naboen"), W("sjefen"), W("kona"), W("samboeren"),
    W("kjæresten"), W("venninnen"), W("vennen"), W("utleieren"), W("onkelen"), W("tanta"), W("pappa"),
    W("mamma"), W("farbror"), W("morbror"), W("faster"), W("moster"), W("kusin"), W("kusinen"), W("systern"),
    W("brodern"), W("brorsan"), W("pappan"), W("mamman"), W("dottern"), W("sonen"), W("grannen"), W("chefen"),
    W("kollegan"), W("hyresvärden"), W("hyresvärdinnan"), W("vännen"), W("väninnan"), W("sambon"), W("frun"),
    W("cousine"), W("opa"), W("oma"), W("großvater"), W("großmutter"), W("schwager"), W("schwägerin"),
    W("enkel"), W("enkelin"), W("mitbewohner"), W("mitbewohnerin"), W("oncle"), W("grand-père"),
    W("grand-mère"), W("papi"), W("mamie"), W("tonton"), W("beau-père"), W("belle-mère"), W("copain"),
    W("copine"), W("mari"), W("colocataire"), W("tío"), W("tía"), W("primo"), W("prima"), W("abuelo"),
    W("abuela"), W("suegro"), W("suegra"), W("cuñado"), W("cuñada"), W("novio"), W("novia"), W("compañero"),
    W("compañera"),
    { NULL, 0 },
};
/* The possessives nb/nn, da and sv put after a definite noun: "søsteren min Live", "faren vår Per". */
static const struct word_list postposed_possessives[] = {
    W("min"), W("mi"), W("mitt"), W("mine"), W("vår"), W("vårt"), W("sin"), W("si"), W("hans"), W("hennes"),
    W("deres"), { NULL, 0 },
};
static const struct word_list weak_cues[] = {
    W("hi"), W("hello"), W("hey"), W("thanks"), W("ask"), W("contact"), W("ping"), W("tell"), W("cc"),
    W("by"), W("with"), W("and"), W("met"), W("meet"), W("from"), W("called"), W("for"), W("to"), W("emailed"),
    W("told"), W("asked"), W("saw"), W("visited"),
    /* Verbs of reaching someone, which start a request: "Reach Callum on …", "Text Ola", "Email Kari". */
    W("reach"), W("call"), W("text"), W("message"), W("email"), W("phone"), W("invite"), W("remind"),
    /* "according to" before a person's name: "Laut Herrn Öztürk", "Ifølge Ragnhild Vik" */
    W("according"), W("laut"), W("gemäß"), W("zufolge"), W("ifølge"), W("ifølgje"), W("ifølgende"),
    /* Greetings and thanks in nb/nn, da, sv, de, fr, es: cue words, so never a name themselves ("Merci"). */
    W("hei"), W("hej"), W("hallo"), W("takk"), W("tak"), W("tack"), W("danke"), W("bonjour"), W("salut"),
    W("merci"), W("hola"), W("gracias"), W("med"), W("mit"), W("avec"), W("con"), W("og"), W("och"), W("und"),
    W("et"), W("y"),
    /* and the other greetings, so that none is taken for a name ("Coucou Léa", "Moin Jörg") */
    W("morgen"), W("morgon"), W("hejsan"), W("tjena"), W("hallå"), W("heisann"), W("hallais"), W("moin"),
    W("servus"), W("grüezi"), W("coucou"), W("bonsoir"), W("buenas"), W("buenos"), W("días"), W("tardes"),
    W("noches"), W("ciao"), W("hiya"), W("howdy"), W("greetings"),
    /* welcomes and congratulations, and greeting again ("Bienvenue Marie !", "Grattis Stina!", "Rebonjour Léa") */
    W("welcome"), W("bienvenue"), W("bienvenu"), W("bienvenido"), W("bienvenida"), W("willkommen"), W("velkommen"),
    W("välkommen"), W("congratulations"), W("félicitations"), W("felicidades"), W("enhorabuena"), W("grattis"),
    W("gratulerer"), W("glückwunsch"), W("rebonjour"), W("rebonsoir"), { NULL, 0 },
};
/* Before a name that is spoken to: "Hi Bhaves,", "Thanks Onufry!". */
static const struct word_list greetings[] = {
    W("hi"), W("hello"), W("hey"), W("thanks"), W("cheers"), W("morning"), W("hei"), W("hej"), W("hallo"),
    W("takk"), W("tak"), W("tack"), W("danke"), W("bonjour"), W("salut"), W("merci"), W("hola"), W("gracias"),
    /* "God morgen Kari,", "Guten Morgen Jörg,", "Guten Tag Frau …", "Buenos días Pilar,", "Coucou Léa !" */
    W("morgen"), W("morgon"), W("hejsan"), W("tjena"), W("hallå"), W("heisann"), W("hallais"), W("moin"),
    W("servus"), W("grüezi"), W("coucou"), W("bonsoir"), W("buenas"), W("buenos"), W("días"), W("tardes"),
    W("noches"), W("ciao"), W("tag"), W("hiya"), W("howdy"), W("greetings"),
    W("welcome"), W("bienvenue"), W("bienvenu"), W("bienvenido"), W("bienvenida"), W("willkommen"), W("velkommen"),
    W("välkommen"), W("congratulations"), W("félicitations"), W("felicidades"), W("enhorabuena"), W("grattis"),
    W("gratulerer"), W("glückwunsch"), W("rebonjour"), W("rebonsoir"),
    { NULL, 0 },
};
/* The legal forms a company's name ends in: "Hansen & Co AS", "Weber GmbH", "Acme Inc";
 * and street types, which end a street's name the same way. */
static const struct word_list company_forms[] = {
    W("AS"), W("ASA"), W("AB"), W("ApS"), W("A/S"), W("AG"), W("GmbH"), W("KG"), W("KGaA"), W("SA"), W("SAS"),
    W("SARL"), W("SL"), W("SLU"), W("SpA"), W("Srl"), W("Inc"), W("LLC"), W("Ltd"), W("Limited"), W("Corp"),
    W("Corporation"), W("Co"), W("BV"), W("NV"), W("Oy"), W("Oyj"), W("plc"), W("PLC"), W("LLP"), W("Group"),
    W("Gruppe"), W("Gruppen"), W("Holding"), W("Holdings"),
    /* a sports club's: "Hertha BSC", "Brann SK", "Hammarby IF", "Sevilla FC" */
    W("FC"), W("AFC"), W("BSC"), W("CF"), W("SC"), W("SK"), W("FK"), W("BK"), W("IF"), W("IK"),
    /* after an ampersand: "Fischer & Partner", "Dupont & Fils", "Hansen & Sønner", "García e Hijos" */
    W("Partner"), W("Partners"), W("Associates"), W("Sons"), W("Söhne"), W("Sønner"), W("Fils"), W("Cie"),
    W("Hijos"),
    /* and the street types that end an address the same way: "48133 Main St", "Baker Street" */
    W("St"), W("Street"), W("Ave"), W("Avenue"), W("Rd"), W("Road"), W("Blvd"), W("Boulevard"), W("Ln"),
    W("Lane"), W("Way"), W("Ct"), W("Court"), W("Pl"), W("Place"), W("Sq"), W("Square"), W("Hwy"), W("Pkwy"),
    W("Terrace"), W("Crescent"), { NULL, 0 },
};

/* Lowercase articles of German, French and Spanish: the capitalised word after one is a noun
 * or a brand ("die Ware", "der Termin", "la Poste", "el Corte Inglés"). */
static const struct word_list articles[] = {
    W("der"), W("die"), W("das"), W("den"), W("dem"), W("des"), W("ein"), W("eine"), W("einen"), W("einem"),
    W("einer"), W("le"), W("la"), W("les"), W("un"), W("une"), W("el"), W("los"), W("las"), W("una"), { NULL, 0 },
};
/* Prepositions of place: a lone capitalised word after one is a place ("bord på Egon"; "llegan
 * a Vigo" and "à Lyon" are left out: Spanish "a" and French "à" also come before persons, "Merci à
 * Guillaume"). */
static const struct word_list place_prepositions[] = {
    W("på"), W("i"), W("in"), W("im"), W("nach"), W("en"), W("au"), W("dans"), W("at"), { NULL, 0 },
};
/* Lowercase street words of French, Spanish, Catalan and Italian, before a street's name that is
 * often a person's: "12 rue Victor Hugo", "avenue Jean Jaurès", "calle Alfonso XII". */
static const struct word_list street_words[] = {
    W("rue"), W("avenue"), W("boulevard"), W("bd"), W("allée"), W("impasse"), W("chemin"), W("quai"), W("place"),
    W("calle"), W("avenida"), W("avda"), W("paseo"), W("plaza"), W("carrer"), W("passeig"), W("viale"),
    W("piazza"), W("corso"),      /* not "via": "introduced via Sarah" */
    /* and the places, prizes and ships named after a person the same way: "lycée Jean Moulin", "gare
     * Charles de Gaulle", "premio Miguel de Cervantes", "Hospital Gregorio Marañón", "MS Kong Harald" */
    W("lycée"), W("collège"), W("école"), W("gare"), W("aéroport"), W("hôpital"), W("stade"), W("prix"),
    W("musée"), W("fondation"), W("pont"), W("premio"), W("hospital"), W("colegio"), W("instituto"),
    W("institut"),
    W("universidad"), W("aeropuerto"), W("estadio"), W("museo"), W("fundación"), W("teatro"), W("théâtre"),
    W("ship"), W("skipet"), W("fergen"), W("ferja"), W("fartyget"), W("färjan"), W("hms"), W("uss"), W("rms"),
    /* and shops named after their founder: "boutique Pierre Hermé", "restaurant Paul Bocuse", "salon Franck …" */
    W("boutique"), W("magasin"), W("restaurant"), W("restaurante"), W("salon"), W("salong"), W("pâtisserie"),
    W("brasserie"), W("tienda"), W("butikk"), W("butik"), W("hotel"), W("hôtel"), W("hotell"),
    W("boulangerie"), W("pharmacie"), W("garage"), W("librairie"), W("épicerie"), W("boucherie"),
    W("fromagerie"), W("clinique"), W("auberge"), W("bistrot"), W("château"), W("domaine"), W("résidence"),
    W("farmacia"), W("panadería"), W("librería"), W("clínica"), W("bodegas"), W("taller"), W("apotheke"),
    W("bäckerei"), W("autohaus"), W("metzgerei"), W("buchhandlung"), W("apotek"), W("bakeri"), W("bageri"),
    /* and the trades of a firm named after its founder, before the name (eponyms census): "Pastelería
     * Manuel Martín", "Konditorei Heinrich Schulz", "die Kanzlei Gleiss Lutz", "el despacho Uría Menéndez",
     * "advokatfirmaet Wikborg Rein", "advokatbyrån Mannheimer Swartling", "le cabinet Bredin Prat" */
    W("pastelería"), W("confitería"), W("cafetería"), W("konditorei"), W("konditori"), W("kanzlei"),
    W("despacho"), W("bufete"), W("advokatfirmaet"), W("advokatbyrån"), W("cabinet"),
    W("frisør"), W("frisör"), W("bokhandel"),
    /* and the stops of a line: "station Jean Jaurès", "arrêt Charles de Gaulle", "Haltestelle …" */
    W("station"), W("arrêt"), W("métro"), W("estación"), W("parada"), W("stasjon"), W("holdeplass"),
    W("hållplats"), W("haltestelle"), W("bahnhof"),
    /* and the things a project or product is called ("Project Orion", "Operation Jupiter", "Prosjekt Frida") */
    W("project"), W("projekt"), W("prosjekt"), W("projet"), W("proyecto"), W("operation"), W("operasjon"),
    W("opération"), W("operación"), W("codename"), W("kodenavn"), W("kodnamn"), W("programme"), W("initiative"),
    /* and the rooms and teams named after a person or a thing: "salle Marie Curie", "sala Ramón y Cajal",
     * "Raum Einstein", "Konferenzraum Benz", "rum Nobel", "møterom Ibsen", "Squad Kestrel", "Team Aurora" */
    W("room"), W("boardroom"), W("salle"), W("sala"), W("saal"), W("raum"), W("konferenzraum"),
    W("besprechungsraum"), W("sitzungssaal"), W("rum"), W("mötesrum"), W("konferensrum"), W("møterom"),
    W("møterommet"), W("aula"), W("auditorium"), W("squad"), W("team"), W("guild"), W("tribe"), W("crew"),
    /* and pets, whose names are first names as often as not: "her dog Buddy", "hunden Pelle", "katten
     * Simba", "den Hund Luna", "son chien Trixie", "su perro Canela" */
    W("dog"), W("puppy"), W("cat"), W("kitten"), W("pony"), W("horse"), W("hund"), W("hunden"), W("bikkja"),
    W("valp"), W("valpen"), W("katt"), W("katten"), W("kissen"), W("pus"), W("pusen"), W("hästen"), W("hesten"),
    W("katze"), W("kater"), W("pferd"), W("chien"), W("chienne"), W("chiot"), W("chaton"), W("chatte"),
    W("cheval"), W("perro"), W("perra"), W("perrito"), W("gato"), W("gatito"), W("caballo"), W("rrs"),
    /* and songs, albums and films named after a person ("the song Valerie", "låten Jolene", "das Lied
     * Angie", "la chanson Gabrielle", "la canción Fernando"), and towns ("Ciudad Rodrigo", "Fort William") */
    W("song"), W("låt"), W("låten"), W("sang"), W("sangen"), W("lied"), W("chanson"), W("canción"), W("album"),
    W("albumet"), W("film"), W("filmen"), W("movie"), W("musical"), W("ciudad"), W("puerto"), W("fort"),
    /* and diseases, signs and syndromes named after a physician: "Morbus Crohn", "maladie de Basedow",
     * "enfermedad de Addison", "síndrome de Raynaud", "syndrome de Cushing", "tumeur de Wilms" */
    W("morbus"), W("maladie"), W("syndrome"), W("enfermedad"), W("síndrome"), W("sindrome"), W("tumeur"),
    W("tumor"), W("linfoma"), W("lymphome"),   /* not "signe" nor "mal": Signe is a name, "frag mal Anna" */
    W("kita"), W("kirche"), W("pfarrei"), W("kapelle"),  /* "Kita St. Elisabeth", "Kirche St. Marien" */
    W("église"), W("chapelle"), W("iglesia"), W("capilla"),  /* "Église Saint-Roch", "iglesia San Ginés" */
    /* the rest of each language's kind nouns that stand before a name (eponyms census): schools, airports,
     * clinics and halls ("Flughafen Willy Brandt", "Grundschule Astrid Lindgren", "Université Jean Monnet",
     * "médiathèque Jacques Prévert", "polideportivo Fernando Martín", "Stiftelsen Carl Larsson", "Lake
     * Victoria"); prizes, chairs and grants ("chaire Jean Monnet", "beca Severo Ochoa"); laws and effects
     * ("loi de Murphy", "ley de Ohm", "efecto Doppler"); ships and rockets ("frégate Jean Bart", "paquebot
     * Jean Mermoz", "fragata Álvaro de Bazán"); storms, named with given names ("tempête Xynthia", "borrasca
     * Filomena", "Orkan Kyrill", "stormen Gudrun", "ekstremværet Hans", "Hurricane Katrina") */
    W("flughafen"), W("universitätsklinikum"), W("realschule"), W("gesamtschule"), W("hauptschule"),
    W("oberschule"), W("grundschule"), W("gymnasium"), W("sporthalle"), W("stadion"), W("krankenhaus"),
    W("stiftelsen"), W("museet"), W("kyrkan"), W("kirken"), W("lake"), W("mount"), W("université"),
    W("faculté"), W("médiathèque"), W("bibliothèque"), W("piscine"), W("gymnase"), W("parc"), W("centre"),
    W("universidad"), W("facultad"), W("biblioteca"), W("polideportivo"), W("parque"), W("puente"),
    W("centro"), W("salud"), W("chaire"), W("bourse"), W("médaille"), W("concours"), W("beca"), W("medalla"),
    W("loi"), W("théorème"), W("algorithme"), W("effet"), W("échelle"), W("constante"), W("ley"),
    W("teorema"), W("algoritmo"), W("efecto"), W("escala"), W("navire"), W("paquebot"), W("croiseur"),
    W("voilier"), W("fusée"), W("frégate"), W("buque"), W("fragata"), W("portaaviones"), W("velero"),
    W("crucero"), W("cohete"), W("vessel"), W("ferry"), W("liner"), W("rocket"), W("hurricane"),
    W("typhoon"), W("cyclone"), W("stormen"), W("uværet"), W("ekstremværet"), W("orkanen"), W("orkan"),
    W("sturmtief"), W("tempête"), W("ouragan"), W("borrasca"), W("huracán"), W("tormenta"), W("tifón"),
    { NULL, 0 },
};
/* Nouns after a name-shaped phrase that make it a thing named after a person: "Lincoln Center", "Nobel
 * Prize", "Karl Johans gate", "Drottning Kristinas väg", "Konrad Adenauer Stiftung". No surname is
 * among them (Hall, Park, Law, Ring and Berg are): a person's name may end in one. */
static const struct word_list named_after_nouns[] = {
    W("center"), W("centre"), W("prize"), W("award"), W("awards"), W("institute"), W("foundation"),
    W("museum"), W("hospital"), W("university"), W("college"), W("school"), W("airport"), W("stadium"),
    W("memorial"), W("theatre"), W("theater"), W("library"), W("trophy"), W("medal"), W("lecture"),
    W("fellowship"), W("scholarship"), W("syndrome"), W("disease"), W("theorem"), W("preis"), W("stiftung"),
    W("schule"), W("gymnasium"), W("platz"), W("straße"), W("strasse"), W("allee"), W("gasse"), W("brücke"),
    W("universität"), W("klinik"), W("gate"), W("gata"), W("gatan"), W("gaten"), W("vei"), W("veien"),
    W("veg"), W("vegen"), W("väg"), W("vägen"), W("plass"), W("plassen"), W("torg"), W("torget"),
    W("prisen"), W("priset"), W("universitet"), W("sjukhus"), W("sjukhuset"), W("sykehus"), W("skole"),
    W("skola"), W("stiftelse"), W("stiftelsen"), W("allé"), W("alle"), W("hotel"), W("hotels"), W("hotell"),
    /* hospitals and homes named after a person: "Helios Klinikum", "Astrid Lindgrens barnsjukhus", "Sophies
     * Minde", "St Thomas' Hospital", "Gustave Roussy Institute" */
    W("klinikum"), W("krankenhaus"), W("barnsjukhus"), W("barnsjukhuset"), W("minde"), W("minne"), W("clinic"),
    W("infirmary"), W("hospice"), W("sanatorium"),
    /* and diseases and signs named after a physician: "Raynaud's phenomenon", "Crohns sykdom", "Hodgkins
     * lymfom", "Hashimotos tyreoidit", "Alzheimer Krankheit" */
    W("phenomenon"), W("lymphoma"), W("palsy"), W("sykdom"), W("sykdommen"), W("sjukdom"), W("sjukdomen"),
    W("syndrom"), W("syndromet"), W("lymfom"), W("tyreoidit"), W("thyroiditis"), W("krankheit"),
    /* and a dish: "Caesar salad" (not "booth" nor "stall": Booth is a surname) */
    W("salad"), W("dressing"),
    /* and schools, trusts and institutes named after a saint or a founder: "St Aidan's Primary", "Kita St. Marien
     * Kindergarten", "St. Olav videregående", "Wellcome Trust", "Fridtjof Nansens Institutt" */
    W("academy"), W("primary"), W("kindergarten"), W("grundschule"), W("videregående"), W("barnehage"),
    W("barnehagen"), W("förskola"), W("förskolan"), W("trust"), W("institutt"), W("instituttet"), W("institutet"),
    /* and the trades that make a founder's name a firm's ("Johnson Controls", "Emerson Electric", "Lincoln
     * Financial", "Berg Bygg", "Weber Immobilien", "García Abogados") */
    W("electric"), W("controls"), W("financial"), W("motors"), W("industries"), W("systems"), W("solutions"),
    W("technologies"), W("labs"), W("pharmaceuticals"), W("pharma"), W("foods"), W("airlines"), W("airways"),
    W("energy"), W("insurance"), W("capital"), W("consulting"), W("logistics"), W("media"), W("entertainment"),
    W("studios"), W("records"), W("publishing"), W("resorts"), W("realty"), W("properties"), W("construction"),
    W("engineering"), W("software"), W("networks"), W("communications"), W("telecom"), W("brewing"), W("brewery"),
    W("winery"), W("vineyards"), W("automotive"), W("aerospace"), W("analytics"), W("ventures"), W("investments"),
    W("securities"), W("advisors"), W("advisory"), W("architects"), W("stores"), W("pharmacy"), W("healthcare"),
    W("dental"), W("elektro"), W("bau"), W("logistik"), W("immobilien"), W("versicherung"), W("versicherungen"),
    W("technik"), W("energie"), W("energi"), W("eiendom"), W("bygg"), W("fastigheter"), W("invest"),
    /* and a sports club's second word ("Tottenham Hotspur", "Boston Celtics", "Bolton Wanderers") */
    W("hotspur"), W("celtics"), W("wanderers"), W("rovers"), W("albion"), W("argyle"), W("athletic"),
    W("united"),
    /* and banks, publishers, gyms and bots named after a person ("First Bristol Bank", "Hermann Hesse Verlag",
     * "Hugo Sánchez Padel", "Mr Porter Fitness", "Crowdin Bot", "Travis CI") */
    W("bank"), W("bankhaus"), W("verlag"), W("forlag"), W("förlag"), W("éditions"), W("editorial"), W("padel"),
    W("fitness"), W("gym"), W("bot"), W("ci"), W("plats"), W("platsen"), W("hallen"), W("salen"), W("huset"),
    W("kirke"), W("kirken"), W("kyrka"), W("kyrkan"), W("skolan"), W("skolen"), W("senteret"),
    W("finans"), W("regnskap"), W("transport"), W("conseil"), W("transports"), W("immobilier"), W("assurances"),
    W("construcciones"), W("inmobiliaria"), W("seguros"), W("transportes"), W("abogados"), W("asesores"),
    /* the rest of each language's kind nouns that stand after the name (eponyms census): buildings and
     * bridges ("Nelson Mandela Bridge", "Mary Seacole Building", "Evert Taubes terrass", "Henie Onstad
     * kunstsenter"); measures, laws and agents of science ("Apgar score", "Epstein-Barr virus", "Doppler
     * effect", "Richter scale"); and a law firm's, a bakery's or a painter's trade ("Hamilton Advokatbyrå",
     * "Kluge Advokatfirma", "Gunnar Dahlin Bageri", "Sven Johansson Måleri AB") */
    W("bridge"), W("building"), W("tower"), W("arena"), W("terrass"), W("terrassen"), W("terrasse"),
    W("kunstsenter"), W("kulturhus"), W("kulturhuset"), W("score"), W("virus"), W("effect"), W("scale"),
    W("constant"), W("algorithm"), W("equation"), W("distribution"), W("sequence"), W("principle"),
    W("paradox"), W("conjecture"), W("advokatbyrå"), W("advokatfirma"), W("advokatfirmaet"), W("advokatkontor"),
    W("bageri"), W("konditori"), W("måleri"), W("snekkeri"), W("rörmokeri"),
    /* and the Nordic prizes of a field after a genitive ("Arne Nordheims komponistpris", "Kong Olav Vs
     * kulturpris", "Anders Jahres kulturpris"): a prize's compound, never a price's ("timepris", "totalpris") */
    W("kulturpris"), W("kulturprisen"), W("kulturpriset"), W("komponistpris"), W("komponistprisen"),
    W("hederspris"), W("hedersprisen"), W("hederspriset"), W("ærespris"), W("æresprisen"), W("minnespris"),
    W("minnesprisen"), W("minnespriset"), W("fredspris"), W("fredsprisen"), W("fredspriset"),
    W("litteraturpris"), W("litteraturprisen"), W("litteraturpriset"), W("musikkpris"), W("musikkprisen"),
    W("musikpris"), W("musikpriset"), W("forfatterpris"), W("forfatterprisen"), W("journalistpris"),
    W("journalistprisen"), W("journalistpriset"),
    { NULL, 0 },
};
/* Nouns that make a thing of a possessive name only: "Megan's Law", "Parkinson's disease". */
static const struct word_list possessed_nouns[] = {
    W("law"), W("act"), W("rule"), W("disease"), W("syndrome"), W("day"), W("phenomenon"), W("sign"),
    W("palsy"), { NULL, 0 },
};
static const struct word_list particles[] = {
    W("van"), W("von"), W("de"), W("der"), W("den"), W("da"), W("di"), W("del"), W("della"), W("la"), W("le"),
    W("du"), W("bin"), W("al"), W("ten"), W("ter"), W("af"), W("zu"), W("dos"), W("los"), W("las"),
    W("vom"), W("dem"),         /* "Siegfried vom Bruch", "Kai von dem Knesebeck" */
    { NULL, 0 },
};

enum { MAX_PARTICLES = 3 };

/* Where the particle at `at` ends: a lowercase particle before a space ("de ", "von "), a capitalised one
 * ("La ", "Van ") when `capitalised`, or "d'" joined to the surname ("d'Aubigné"); 0 if none. The
 * caller checks that a capitalised word follows. */
static size_t particle_end_at(const char *text, size_t len, size_t at, bool capitalised)
{
    if (at + 2 < len && (text[at] == 'd' || text[at] == 'D') && text[at + 1] == '\''
        && latin_capital_length(text, len, at + 2)) {
        return at + 2;                /* "d'Aubigné", "D'Angelo" is a word of its own */
    }
    if (at >= len || !(islower((unsigned char)text[at]) || (capitalised && isupper((unsigned char)text[at])))) {
        return 0;
    }
    size_t end = at + 1;
    while (end < len && end - at < 5 && islower((unsigned char)text[end])) {
        end++;
    }
    if (end + 1 >= len || text[end] != ' ' || !memchr("vdlbatz", text[at] | 0x20, 7)
        || !word_is(text, at, end, particles)) {
        return 0;                     /* every particle starts with one of these letters */
    }
    /* capitalised, the particles names write so ("Jan Van Dijk", "Marie Le Pen", "de La Tour"), not the
     * German article that opens a sentence after a signature ("Sabine Wagner Der Vertrag …") */
    static const struct word_list capitalised_particles[] = {
        W("van"), W("von"), W("de"), W("del"), W("da"), W("di"), W("du"), W("dos"), W("le"), W("la"), W("los"),
        { NULL, 0 },
    };
    if (isupper((unsigned char)text[at]) && !word_is(text, at, end, capitalised_particles)) {
        return 0;
    }
    return end + 1;
}

/* The particles right before the word at `at` ("del Río", "von der Heyde", "de La Tour", "d'Aubigné"):
 * where the first of them starts, or `at` if none. At most MAX_PARTICLES, looked back over one space each. */
static size_t particles_before(const char *text, size_t at)
{
    /* most words follow a word no particle ends as: "to", "and", "with", "at", "by" */
    if (at < 2 || (text[at - 1] == ' ' ? !memchr("neraiulfsmNERAIULFSM", text[at - 2], 20) : text[at - 1] != '\'')) {
        return at;
    }
    size_t start = at;
    for (int read = 0; read < MAX_PARTICLES; read++) {
        size_t end = start;
        if (end >= 2 && text[end - 1] == '\'' && (text[end - 2] == 'd' || text[end - 2] == 'D')
            && (end == 2 || !letter((unsigned char)text[end - 3]))) {
            start = end - 2;          /* "d'Aubigné": the last particle, "de d'Aubigné" says "of" before it */
            break;
        }
        if (end < 2 || text[end - 1] != ' ') {
            break;
        }
        size_t word = end - 1;
        while (word > 0 && end - word < 6 && letter((unsigned char)text[word - 1])) {
            word--;
        }
        if (word == end - 1 || (word > 0 && letter((unsigned char)text[word - 1]))
            || !(islower((unsigned char)text[word]) || (read == 0 && isupper((unsigned char)text[word])))
            || !memchr("vdlbatz", text[word] | 0x20, 7) || !word_is(text, word, end - 1, particles)) {
            break;
        }
        start = word;
    }
    return start;
}

/* Keys of structured text (JSON, YAML, env, CSV headers, psql columns) folded to lowercase
 * letters and digits (first_name, firstName and "First Name" are firstname): those whose
 * value is a person, and those whose value is a person's name or a thing's (name, navn). */
static const struct word_list name_part_keys[] = {
    W("firstname"), W("first"), W("givenname"), W("forename"), W("middlename"), W("lastname"), W("last"),
    W("surname"), W("familyname"), W("family"), W("given"),      /* FHIR: "family": "Berg", "given": ["Kari"] */
    W("fornavn"), W("etternavn"), W("mellomnavn"), W("efternavn"), W("förnamn"),
    W("fornamn"), W("efternamn"), W("vorname"), W("nachname"), W("familienname"), W("prénom"), W("prenom"),
    W("sn"), W("givennames"), W("nomdenaissance"), W("nomdusage"),
    /* plural, as forms and visas ask for every one ("Surnames: …", "First names: …") */
    W("surnames"), W("firstnames"), W("lastnames"), W("forenames"), W("middlenames"), W("familynames"),
    W("prénoms"), W("prenoms"), W("nombres"), W("vornamen"),
    W("nomdefamille"), W("apellido"), W("apellidos"), W("primerapellido"), W("segundoapellido"), { NULL, 0 },
};
static const struct word_list person_keys[] = {
    W("fullname"), W("customer"), W("customername"), W("client"), W("clientname"), W("owner"), W("ownername"),
    W("assignee"), W("assignedto"), W("author"), W("authorname"), W("reporter"), W("requester"),
    W("requestedby"), W("createdby"), W("approver"), W("approvedby"), W("contactname"), W("contactperson"),
    W("employee"), W("employeename"), W("patient"), W("patientname"), W("patiente"), W("patientin"), W("paciente"),
    W("manager"), W("cardholder"),
    W("cardholdername"), W("accountholder"), W("holder"), W("holdername"), W("recipientname"), W("sendername"),
    W("signedby"), W("passenger"), W("passengername"), W("guestname"), W("membername"), W("personname"),
    W("realname"), W("legalname"), W("cn"),       /* iCal and LDAP: ORGANIZER;CN=Amparo Gómez:mailto:… */
    /* nb/nn, da, sv, de, fr, es */
    W("kontaktperson"), W("fulltnavn"), W("kundenavn"), W("kundnamn"), W("ansvarlig"), W("ansvarig"),
    W("saksbehandler"), W("handläggare"), W("ansprechpartner"), W("kundenname"), W("nomcomplet"),
    W("interlocuteur"), W("nombrecompleto"), W("titular"),
    /* directories, bookings and letters: LDAP's sn and displayName, a ticket's passenger, a guest */
    W("traveller"), W("traveler"), W("travellername"), W("guest"), W("leadguest"), W("mainguest"), W("attendee"),
    W("gjest"), W("gäst"), W("gast"), W("invité"), W("invitée"), W("bookedby"), W("reservedby"), W("bookingholder"),
    /* a signature's label: "Unterschrift: DIETLINDE KASPER", "Underskrift: …", "Signature: …" */
    W("signature"), W("unterschrift"), W("underskrift"), W("signatur"),
    W("reisende"), W("reisender"), W("resenär"), W("passasjer"), W("passagerare"), W("passagier"), W("voyageur"),
    W("passager"), W("pasajero"), W("viajero"), W("huésped"), W("huespedprincipal"), W("pasient"),
    W("arbeitnehmer"), W("mitarbeiter"), W("mitarbeiterin"), W("salarié"), W("salariée"), W("empleado"),
    W("empleada"), W("arbeidstaker"), W("arbetstagare"), W("anställd"), W("medarbeider"), W("medarbetare"),
    W("teamlead"), W("signedoffby"), W("coauthoredby"), W("reviewedby"), W("ackedby"),
    W("testedby"), W("reportedby"), W("member"), W("miembro"), W("membre"), W("mitglied"), W("medlem"),
    /* lists of persons, read item by item: the first under the key, the rest joined to it */
    W("attendees"), W("participants"), W("participant"), W("deltakere"), W("deltagere"), W("deltagare"),
    W("teilnehmer"), W("teilnehmende"), W("anwesend"), W("anwesende"), W("présents"), W("participantes"),
    W("asistentes"), W("invitados"), W("närvarande"), W("tilstede"), W("invitees"), W("guests"),
    { NULL, 0 },
};
static const struct word_list name_keys[] = {
    W("name"), W("navn"), W("namn"), W("nom"), W("nombre"), W("displayname"), W("user"), W("contact"),
    W("kontakt"), W("kunde"), W("kund"), W("cliente"), W("person"), W("from"), W("to"), { NULL, 0 },
};

/* A workflow's phrases before the person who did or is to do a thing, folded as keys are: with a ':' after them
 * they are keys of a person; without one (scrub/names.c, agent_before) too, where the phrase ends in its
 * preposition or is a participle that takes no preposition ("Tildelt Kari", "Tilldelad Ragnvi"). The six
 * languages' words for approved, reviewed, signed, assigned, reported, closed, requested, checked, written,
 * and the minutes' taker, the secretary and the Swedish adjuster (names3 census). */
static const struct word_list agent_phrases[] = {
    W("approvedby"), W("reviewedby"), W("signedby"), W("assignedto"), W("assigningto"), W("reportedby"),
    W("closedby"), W("requestedby"), W("checkedby"), W("verifiedby"), W("resolvedby"), W("submittedby"),
    W("preparedby"), W("writtenby"), W("minutesby"), W("minutetaker"), W("minutes"), W("signed"), W("secretary"),
    W("godkjentav"), W("gjennomgåttav"), W("signertav"), W("signert"), W("tildelt"), W("tildelttil"),
    W("meldtav"), W("lukketav"), W("bestiltav"), W("protokollførtav"), W("kontrollertav"), W("attestertav"),
    W("referent"), W("skrevetav"), W("utførtav"),
    W("godkändav"), W("granskadav"), W("signeradav"), W("signerad"), W("tilldelad"), W("tilldelat"),
    W("tilldeladtill"), W("rapporteradav"), W("stängdav"), W("beställdav"), W("protokollfördav"),
    W("kontrolleradav"), W("attesteradav"), W("attesterasav"), W("justerare"), W("justeradav"), W("sekreterare"),
    W("protokollförare"), W("skrivenav"),
    W("genehmigtvon"), W("geprüftvon"), W("unterschriebenvon"), W("unterschrieben"), W("zugewiesenan"),
    W("gemeldetvon"), W("geschlossenvon"), W("angefordertvon"), W("freigegebenvon"), W("freigegebendurch"),
    W("erstelltvon"), W("protokolliertvon"), W("bearbeitetvon"), W("protokoll"), W("protokollführer"),
    W("protokollführerin"), W("schriftführer"), W("schriftführerin"),
    W("validépar"), W("validéepar"), W("approuvépar"), W("approuvéepar"), W("relupar"), W("luepar"),
    W("signépar"), W("signé"), W("signée"), W("assignéà"), W("assignéeà"), W("signalépar"), W("ferméepar"),
    W("fermépar"), W("demandépar"), W("rédigépar"), W("vérifiépar"), W("secrétairedeséance"), W("secrétaire"),
    W("aprobadopor"), W("aprobadapor"), W("revisadopor"), W("revisadapor"), W("firmadopor"), W("firmado"),
    W("firmada"), W("asignadoa"), W("asignadaa"), W("reportadopor"), W("cerradopor"), W("solicitadopor"),
    W("validadopor"), W("redactadopor"), W("actalevantadapor"), W("levantadapor"), W("secretario"),
    W("secretaria"), { NULL, 0 },
};

static enum name_key_kind key_kind(const struct name_table *table, const char *key, size_t len);

/* Flag the cue words the gazetteer holds, capitalised as they start a sentence, so the
 * word loop tells them by one bit instead of three list walks per capitalised word. */
static void mark_cues(struct name_table *table)
{
    const struct word_list *const lists[] = { titles, strong_cues, weak_cues, sign_offs, endearments };
    for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++) {
        for (const struct word_list *cue = lists[l]; cue->word != NULL; cue++) {
            char word[MAX_WORD];
            memcpy(word, cue->word, cue->len);
            word[0] = (char)toupper((unsigned char)word[0]);
            struct name_slot *slot = find_slot(table, word, cue->len);
            if (slot != NULL) {
                slot->flags |= NAME_CUE;
            }
        }
    }
}

/* The lists a cue word is in, as bits of name_cue_slot.lists. */
enum cue_list {
    LIST_TITLE = 1,
    LIST_LABEL = 2,
    LIST_SIGN_OFF = 4,
    LIST_STRONG = 8,
    LIST_WEAK = 16,
    LIST_GREETING = 32,
    LIST_ARTICLE = 64,          /* der, la, el: a noun or brand follows, no person */
    LIST_PLACE_PREPOSITION = 128, /* på, i, in, nach, à: a place follows */
    LIST_COMPANY_FORM = 256,    /* AS, GmbH, Inc, St: in some case; company_form_at checks it */
    LIST_STREET = 512,          /* rue, calle, avenida: a street named after a person follows */
    LIST_NAMED_AFTER = 1024,    /* Center, Prize, gate, Stiftung: after a person's name, a thing named after one */
    LIST_POSSESSED = 2048,      /* Law, Act: the same after a possessive ("Megan's Law") */
    LIST_PARTICLE = 4096,       /* van, de, af: a particle of a name, or of a street's ("Plaza de …") */
    LIST_KEY_NAME_PART = 8192,  /* the keys of names_key_kind, folded: firstname, etternavn */
    LIST_KEY_PERSON = 16384,    /* customer, passenger, cardholder */
    LIST_KEY_NAME = 32768,      /* name, navn, nom */
    LIST_THING_VERB = 65536,    /* eat, bake, install, play, dance: a thing is their object, no person */
    LIST_DETERMINER = 131072,   /* a, the, en, ein, une, una, my: between such a verb and its object */
    LIST_KEY_AGENT = 1 << 24,   /* approved by, godkjent av, Justerare: a workflow's phrase before a person (names3) */
};
enum { CUE_SLOTS = 4096 };   /* about 1,300 cue words: a load under a third */

/* The word folded to ASCII lowercase into `folded` (at least 24 bytes); false if too long. */
static bool fold_cue(const char *word, size_t len, char *folded)
{
    if (len == 0 || len >= sizeof ((struct name_cue_slot *)0)->word) {
        return false;
    }
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)word[i];
        folded[i] = (char)ascii_fold(c);
        /* and a Latin-1 capital in UTF-8 (C3 80..9E but ×), so that "École", "Église", "Ärztin" at a
         * sentence's start read as their lowercase entries */
        unsigned char next = i + 1 < len ? (unsigned char)word[i + 1] : 0;
        if (c == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97) {
            folded[++i] = (char)(next | 0x20);
        }
    }
    return true;
}

static bool index_cues(struct name_table *table)
{
    static const struct {
        const struct word_list *list;
        unsigned bit;
    } lists[] = {
        { titles, LIST_TITLE }, { labels, LIST_LABEL }, { sign_offs, LIST_SIGN_OFF }, { endearments, LIST_SIGN_OFF },
        { strong_cues, LIST_STRONG }, { kin_cues, LIST_STRONG },
        { weak_cues, LIST_WEAK }, { greetings, LIST_GREETING }, { articles, LIST_ARTICLE },
        { place_prepositions, LIST_PLACE_PREPOSITION }, { company_forms, LIST_COMPANY_FORM },
        { street_words, LIST_STREET }, { named_after_nouns, LIST_NAMED_AFTER }, { possessed_nouns, LIST_POSSESSED },
        { particles, LIST_PARTICLE }, { name_part_keys, LIST_KEY_NAME_PART }, { person_keys, LIST_KEY_PERSON },
        { agent_phrases, LIST_KEY_AGENT },
        { name_keys, LIST_KEY_NAME }, { thing_verbs, LIST_THING_VERB }, { determiners, LIST_DETERMINER },
    };
    table->cues = calloc(CUE_SLOTS, sizeof *table->cues);
    if (table->cues == NULL) {
        return false;
    }
    table->cue_mask = CUE_SLOTS - 1;
    for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++) {
        for (const struct word_list *cue = lists[l].list; cue->word != NULL; cue++) {
            char folded[sizeof table->cues->word];
            if (!fold_cue(cue->word, cue->len, folded)) {
                return false;
            }
            size_t at = hash_word(folded, cue->len) & table->cue_mask;
            while (table->cues[at].len != 0
                   && (table->cues[at].len != cue->len || memcmp(table->cues[at].word, folded, cue->len) != 0)) {
                at = (at + 1) & table->cue_mask;
            }
            memcpy(table->cues[at].word, folded, cue->len);
            table->cues[at].len = (uint8_t)cue->len;
            table->cues[at].lists |= (uint32_t)lists[l].bit;
            table->cue_ends[cue->len][(unsigned char)folded[0] & 31] |= (uint32_t)1 << ((unsigned char)folded[cue->len - 1] & 31);
        }
    }
    return true;
}

/* The last byte of `word` as fold_cue folds it: the second byte of a Latin-1 capital after its lead (C3
 * 80..9E but ×) in small letters, else the byte folded. */
static inline unsigned char folded_last(const char *word, size_t len)
{
    unsigned char last = (unsigned char)word[len - 1];
    if (len >= 2 && (unsigned char)word[len - 2] == 0xC3 && last >= 0x80 && last <= 0x9E && last != 0x97) {
        return (unsigned char)(last | 0x20);
    }
    return ascii_fold(last);
}

/* The lists text[start, end) is in, whatever its ASCII case; 0 for none. A word whose length, first and
 * last byte no cue word has is none, without folding it and probing (cue_ends). */
static unsigned cue_lists(const struct name_table *table, const char *text, size_t start, size_t end)
{
    char folded[sizeof table->cues->word];
    size_t len = end - start;
    COUNT_CUE_PROBE();
    if (len == 0 || len >= NAME_CUE_WORD
        || !(table->cue_ends[len][ascii_fold((unsigned char)text[start]) & 31]
             >> (folded_last(text + start, len) & 31) & 1)) {
        return 0;
    }
    if (!fold_cue(text + start, len, folded)) {
        return 0;
    }
    for (size_t at = hash_word(folded, len) & table->cue_mask; table->cues[at].len != 0;
         at = (at + 1) & table->cue_mask) {
        if (table->cues[at].len == len && memcmp(table->cues[at].word, folded, len) == 0) {
            return table->cues[at].lists;
        }
    }
    return 0;
}

/* CUE_SIGNED: after a sign-off on the same line; as strong as CUE_STRONG, but the name it opens
 * runs on over no word of any language ("Hilsen Sondre Kan dere …": Kan starts the next sentence). */
enum cue { CUE_NONE, CUE_WEAK, CUE_STRONG, CUE_SIGNED, CUE_TITLE };

/* Is the word spoken to: the greeting's end right after it ("Hi Bhaves,", "Thanks
 * Onufry!", "Hello Gerazym\n")? */
static bool addressed(const char *text, size_t len, const struct word *word)
{
    return word->next == len || text[word->next] == ',' || text[word->next] == '!' || text[word->next] == '\n';
}

/* What the words around a capitalised word say about it. */
/* The word before a capitalised word, read once for every question asked of it. */
struct before {
    bool found;
    size_t start, end;
    char punctuation;            /* ',', ':' or '=' between them, or 0 */
    bool dotted;                 /* "Dr." */
    bool line_break;             /* a line ends between them */
    unsigned lists;              /* the cue lists it is in */
};

static void read_before(const struct name_table *table, const char *text, const struct word *word,
                        struct before *before)
{
    before->found = previous_word(text, word->start, &before->start, &before->end, &before->punctuation,
                                  &before->dotted);
    before->lists = before->found ? cue_lists(table, text, before->start, before->end) : 0;
    /* French elides the article into a kind noun that opens with a vowel: "l'Université Jean Monnet",
     * "l'Institut Curie", "l'hôpital Louis Mourier"; the noun is the thing's (one more probe, after "l'" only) */
    if (before->found && before->lists == 0 && before->end - before->start > 2 && text[before->start + 1] == '\''
        && (text[before->start] == 'l' || text[before->start] == 'L')) {
        before->lists = cue_lists(table, text, before->start + 2, before->end) & LIST_STREET;
    }
    before->line_break = before->found && memchr(text + before->end, '\n', word->start - before->end) != NULL;
}

/* Degrees that stand between a title and the name: "Dr. med. Neumann", "Dr. rer. nat. Vogel". */
static const struct word_list degrees[] = {
    W("med"), W("dent"), W("vet"), W("rer"), W("nat"), W("pol"), W("oec"), W("phil"), W("jur"), W("theol"),
    W("habil"), W("techn"), W("ing"), { NULL, 0 },
};

/* Is the dotted word before a title's degree, with the title before it ("Dr. med. |Neumann")?
 * At most three degrees are looked through. */
static bool title_through_degrees(const struct name_table *table, const char *text, const struct before *before)
{
    size_t start = before->start, end = before->end;
    for (int degree = 0; degree < 3; degree++) {
        if (!islower((unsigned char)text[start]) || !word_is(text, start, end, degrees)) {
            return false;
        }
        char punctuation;
        bool dotted;
        if (!previous_word(text, start, &start, &end, &punctuation, &dotted) || punctuation != 0) {
            return false;
        }
        if (isupper((unsigned char)text[start]) && (cue_lists(table, text, start, end) & LIST_TITLE)) {
            return true;
        }
        if (!dotted) {
            return false;
        }
    }
    return false;
}

static bool name_shaped(const char *text, const struct word *word);
static bool has_name_part(unsigned flags);
static bool person_follows(const struct name_table *table, const char *text, size_t len, size_t at);
static bool is_unknown(unsigned flags);
static bool next_word(const struct name_table *table, const char *text, size_t len, const struct word *word,
                      struct word *next);

/* Is the word's line, under a sign-off, a name of two or three words and nothing else ("Mvh\nLavrans
 * Lie\n")? Each a name part or a word in no list, shaped like a name; no place or product. A team
 * that signs off has a word of a language in its line ("Kundeservice Oslo", "Team Nord"). */
static bool signature_line(const struct name_table *table, const char *text, size_t len, const struct word *word)
{
    struct word part = *word;
    for (int words = 1; words <= 3; words++) {
        if (!name_shaped(text, &part) || (part.flags & (NAME_NEVER | NAME_PLACE))
            || !(has_name_part(part.flags) || is_unknown(part.flags))) {
            return false;
        }
        if (part.next == len || text[part.next] == '\n' || text[part.next] == '\r') {
            return words >= 2;
        }
        struct word next;
        if (!next_word(table, text, len, &part, &next)) {
            return false;
        }
        part = next;
    }
    return false;
}

enum { MAX_LABEL = 40 };

/* Does the label whose last word starts at `start` open its line: letters, spaces, '-', '.' and '/'
 * back to the line's start, at most MAX_LABEL bytes ("Bokad av", "Name on booking")? */
static bool label_opens_line(const char *text, size_t start)
{
    size_t i = start;
    while (i > 0 && start - i < MAX_LABEL) {
        unsigned char c = (unsigned char)text[i - 1];
        if (c == '\n') {
            return true;
        }
        if (!letter(c) && c != ' ' && c != '-' && c != '.' && c != '/' && !isdigit(c)) {
            return false;
        }
        i--;
    }
    return i == 0;
}

/* Do at most two more words after `word` end the value: the line's end, a comma, " (", " <", " |", a tab or
 * two spaces? ("Torvald Ljungberg\n", "Torvald Ljungberg (adult)") */
static bool value_ends_after_two(const char *text, size_t len, const struct word *word)
{
    size_t at = word->next;
    for (int words = 0; words < 2 && at + 1 < len && text[at] == ' ' && isupper((unsigned char)text[at + 1]); words++) {
        at++;
        while (at < len && (letter((unsigned char)text[at]) || text[at] == '-' || text[at] == '\'')) {
            at++;
        }
    }
    if (at >= len || text[at] == '\n' || text[at] == '\r' || text[at] == ',' || text[at] == '\t') {
        return true;
    }
    return at + 1 < len && text[at] == ' ' && (text[at + 1] == '(' || text[at + 1] == '<' || text[at + 1] == '|'
                                               || text[at + 1] == ' ');
}

/* Is the word before a possessive that follows a noun of kin or household ("søsteren min |Live", "faren
 * min |Lodve", "systern min |Ebba")? One word further back: bounded. */
static bool possessive_after_kin(const struct name_table *table, const char *text, const struct before *before)
{
    size_t start, end;
    char punctuation;
    bool dotted;
    return before->punctuation == 0 && !before->line_break && islower((unsigned char)text[before->start])
           && word_is(text, before->start, before->end, postposed_possessives)
           && previous_word(text, before->start, &start, &end, &punctuation, &dotted) && punctuation == 0 && !dotted
           && (cue_lists(table, text, start, end) & LIST_STRONG);
}

/* Verbs that ask, tell, call, write to or thank someone, in the six languages, as a request opens with
 * them ("ask Live", "Reach David at …", "Säg till Per", "Dile a Sofía", "Frag Jörg"). */
static const struct word_list addressing_verbs[] = {
    W("ask"), W("tell"), W("call"), W("text"), W("email"), W("ping"), W("message"), W("remind"), W("reach"),
    W("contact"), W("cc"), W("phone"), W("invite"), W("thank"),
    W("spør"), W("si"), W("send"), W("takk"), W("fråga"), W("säg"), W("mejla"), W("skicka"), W("tacka"),
    W("frag"), W("fragen"), W("sag"), W("sagen"), W("schreib"), W("schreiben"), W("danke"), W("kontaktiere"),
    W("demande"), W("demander"), W("dis"), W("dire"), W("écris"), W("écrire"), W("remercie"), W("préviens"),
    W("pregunta"), W("preguntarle"), W("pregúntale"), W("dile"), W("decirle"), W("escribe"), W("escríbele"),
    W("avisa"), W("avisar"), W("gracias"),
    /* the polite and familiar imperatives people open a request with: "Contactez Aurélie Michel au …" */
    W("contactez"), W("appelez"), W("prévenez"), W("demandez"), W("écrivez"), W("rappelez"), W("appelle"),
    W("rappelle"), W("ruf"), W("ring"), W("kontakt"), W("kontakta"), W("llama"), W("llame"),
    W("contacta"), { NULL, 0 },
};

/* Is `word`, a first name also a word or a place (Live, Heather, David, Per), the one a request's verb
 * addresses, right after it or after its "to" ("text David on …", "ask Live", "Säg till Per", "Dis à
 * Solène")? Not a city that is a word too ("ask Paris", "call Austin"), a brand (never a name, or a word
 * that opens a brand's name: "Spør Dell support"), nor an everyday word of another language, which a team
 * is called by ("Säg till Lön", "si til Lønn"). */
static bool addressed_by_verb(const char *text, const struct word *word, const struct before *before)
{
    static const struct word_list to[] = { W("a"), W("à"), W("al"), W("till"), W("til"), W("to"), { NULL, 0 } };
    unsigned flags = word->flags;
    bool word_too = (flags & NAME_WORD) != 0;
    if (!(flags & NAME_FIRST) || (flags & (NAME_NEVER | NAME_FOREIGN_WORD))
        || (word_too && (flags & (NAME_PLACE | NAME_PHRASE_START)))
        || before->punctuation != 0 || before->dotted || before->line_break) {
        return false;
    }
    size_t start = before->start, end = before->end;
    if (word_is(text, start, end, to)) {
        char punctuation;
        bool dotted;
        if (!previous_word(text, before->start, &start, &end, &punctuation, &dotted) || punctuation != 0 || dotted) {
            return false;
        }
    }
    return (islower((unsigned char)text[start]) || opens_sentence(text, start))
           && word_is(text, start, end, addressing_verbs);
}

/* Is the word a greeting addresses a group by, a function word of a language that is no first name ("Hei
 * Alle,", "Hallo Alle", "Hei Dere,", "Hola Todos")? The greeting is then no cue for it. */
static bool greets_a_group(const struct word *word)
{
    return (word->flags & NAME_FOREIGN_WORD) && !(word->flags & NAME_FIRST);
}

static enum cue cue_around(const struct name_table *table, const char *text, size_t len, const struct word *word,
                           const struct before *before)
{
    if (!before->found) {
        return CUE_NONE;
    }
    size_t start = before->start, end = before->end;
    char punctuation = before->punctuation;
    bool dotted = before->dotted;
    unsigned lists = before->lists;
    if (punctuation == 0 && isupper((unsigned char)text[start]) && (lists & LIST_TITLE) && !before->line_break
        && word->start - end <= 2) {
        return CUE_TITLE;             /* not "Civilité : Madame\nPays : …", nor a ticket's "DOE/JANE MS   Seat" */
    }
    /* A French lawyer's or notary's title, "Me" (Maître), capitalised inside a sentence: "Rappeler Me Roux",
     * "chez Me Lambert"; English writes "me" in small letters there. */
    if (punctuation == 0 && !dotted && !before->line_break && end - start == 2 && text[start] == 'M'
        && text[start + 1] == 'e' && word->start == end + 1 && !opens_sentence(text, start)) {
        return CUE_TITLE;
    }
    if (dotted) {
        return title_through_degrees(table, text, before) ? CUE_TITLE : CUE_NONE;
    }
    if (punctuation != 0) {
        if (lists & LIST_LABEL) {
            return CUE_STRONG;
        }
        if (lists & LIST_SIGN_OFF) {
            return CUE_SIGNED;
        }
        /* any label that opens its line ("Bokad av: Torvald Ljungberg", "Foresatt: …"): a weak cue, enough for
         * two words in no list that are the whole value; not a key whose values the key judge read already
         * ("displayName: Møterom Fjordsalen") */
        return punctuation == ':' && label_opens_line(text, start) && value_ends_after_two(text, len, word)
                       && key_kind(table, text + start, end - start) == NAME_KEY_NONE
                   ? CUE_WEAK : CUE_NONE;
    }
    /* A noun at the end of a line ("Fiche patient", a heading) says nothing of the line after it;
     * a sign-off or greeting does ("Med vennlig hilsen\nKari"). */
    if (before->line_break && !(lists & (LIST_SIGN_OFF | LIST_GREETING))) {
        return CUE_NONE;
    }
    if (before->line_break && (lists & LIST_SIGN_OFF) && signature_line(table, text, len, word)) {
        return CUE_STRONG;            /* "Mvh\nLavrans Lie\nM: …" */
    }
    if ((lists & LIST_STRONG) || ((lists & LIST_GREETING) && addressed(text, len, word) && !greets_a_group(word))
        || possessive_after_kin(table, text, before)) {
        return CUE_STRONG;
    }
    /* A sign-off on the same line as the word signs with a name ("Kram Mats", "LG Gudrun",
     * "Hilsen Sondre"); on the line before, a team signs off too ("Med vennlig hilsen\nDrift"). */
    if ((lists & LIST_SIGN_OFF) && !before->line_break && isupper((unsigned char)text[start])) {
        return CUE_SIGNED;
    }
    /* "llamar a Guadalupe", "ringa till Per", "écrire à Margaux": a calling verb, then the name's preposition */
    static const struct word_list to[] = { W("a"), W("à"), W("al"), W("till"), W("til"), W("to"), { NULL, 0 } };
    size_t verb_start, verb_end;
    char verb_punctuation;
    bool verb_dotted;
    if (word_is(text, start, end, to)
        && previous_word(text, start, &verb_start, &verb_end, &verb_punctuation, &verb_dotted) && verb_punctuation == 0
        && !verb_dotted && islower((unsigned char)text[verb_start])
        && (cue_lists(table, text, verb_start, verb_end) & LIST_STRONG)) {
        return CUE_STRONG;
    }
    if (addressed_by_verb(text, word, before)) {
        return CUE_STRONG;
    }
    /* "my name is X", "I am X", "call me X" */
    /* and "mitt navn er X", "mitt namn är X", "mein Name ist X", "mon nom est X", "mi nombre es X" */
    static const struct word_list is[] = { W("is"), W("er"), W("är"), W("ist"), W("est"), W("es"), { NULL, 0 } },
                                  name[] = { W("name"), W("navn"), W("namn"), W("nom"), W("nombre"), { NULL, 0 } },
                                  am[] = { W("am"), { NULL, 0 } }, i[] = { W("i"), { NULL, 0 } },
                                  me[] = { W("me"), { NULL, 0 } }, call[] = { W("call"), { NULL, 0 } };
    size_t before_start, before_end;
    char before_punctuation;
    bool before_dotted;
    if (previous_word(text, start, &before_start, &before_end, &before_punctuation, &before_dotted)
        && before_punctuation == 0 && !before_dotted
        && ((word_is(text, start, end, is) && word_is(text, before_start, before_end, name))
            || (word_is(text, start, end, am) && word_is(text, before_start, before_end, i))
            || (word_is(text, start, end, me) && word_is(text, before_start, before_end, call)))) {
        return CUE_STRONG;
    }
    /* A sign-off without a comma ("Med vennlig hilsen\nKari") is a weaker cue: a team signs off too. */
    return lists & (LIST_WEAK | LIST_SIGN_OFF) ? CUE_WEAK : CUE_NONE;
}

/* A cue that makes a word in no list or a name part that is also a word a name. */
static bool strong(enum cue cue)
{
    return cue == CUE_STRONG || cue == CUE_SIGNED;
}

static bool is_name(unsigned flags)
{
    return (flags & (NAME_FIRST | NAME_PART)) != 0 && (flags & NAME_NEVER) == 0;
}

static bool is_unknown(unsigned flags)
{
    return flags == 0;                            /* in no list: not a common word either */
}

/* The next capitalised word after `word`, joined by one space. */
static bool next_word(const struct name_table *table, const char *text, size_t len, const struct word *word,
                      struct word *next)
{
    size_t at = word->next;
    if (at + 1 >= len || text[at] != ' ') {
        return false;
    }
    return read_word(table, text, len, at + 1, next);
}

/* Does a name start with `word`? */
/* A name part of any kind: Washington is a place and a surname. */
static bool has_name_part(unsigned flags)
{
    return (flags & (NAME_FIRST | NAME_PART)) != 0;
}

static bool particle_surname_follows(const struct name_table *table, const char *text, size_t len,
                                     const struct word *word, struct word *next);
static bool abbreviated_date(const char *text, size_t len, const struct word *word);
static bool final_thing_verb_follows(const char *text, size_t len, size_t end);

/* The word after `word` that would make it a full name: a name part or a word in no
 * list, right after it, after a middle initial ("Heather T. Lee"), or after a first name's
 * particles ("Mary de Davis", "Per von Hagen", "Mats af Trolle"). */
static bool name_follows(const struct name_table *table, const char *text, size_t len, const struct word *word,
                         struct word *next)
{
    size_t at = word->next;
    if (at + 4 < len && text[at] == ' ' && isupper((unsigned char)text[at + 1]) && text[at + 2] == '.'
        && text[at + 3] == ' ') {
        return read_word(table, text, len, at + 4, next) && (has_name_part(next->flags) || is_unknown(next->flags));
    }
    if (at + 3 < len && text[at] == ' ' && islower((unsigned char)text[at + 1]) && (word->flags & NAME_FIRST)) {
        return particle_surname_follows(table, text, len, word, next);
    }
    /* not a date's weekday or month after it ("Vence Ene 12"), nor the object of a verb that ends the clause
     * ("bis Mitternacht Krautrock getanzt") */
    return next_word(table, text, len, word, next) && (has_name_part(next->flags) || is_unknown(next->flags))
           && !abbreviated_date(text, len, next) && !final_thing_verb_follows(text, len, next->end);
}

/* Capitalised the way names are: no capital inside but after '-' or an apostrophe, or after a
 * leading Mc or Mac (Jean-Loup, O'Neil, McAllister, MacDonald; not AppVeyor, OpenSSL). */
static bool name_shaped(const char *text, const struct word *word)
{
    const char *at = text + word->start;
    size_t prefix = at[0] != 'M' || word->end - word->start < 4 ? 0
                    : at[1] == 'c' ? 2 : at[1] == 'a' && at[2] == 'c' && word->end - word->start > 4 ? 3 : 0;
    for (size_t i = word->start + 1; i < word->end; i++) {
        if (isupper((unsigned char)text[i]) && text[i - 1] != '-' && text[i - 1] != '\'' && i != word->start + prefix) {
            return false;
        }
    }
    return true;
}

/* Does what follows a name at `at` show it is a person: a verb of saying, writing, asking or
 * calling in one of the six languages ("Kari sa", "Burkhild rief", "Sivakami called"), with its
 * auxiliary where the language puts one first ("a dit", "ha llamado", "hat gesagt"), or a mail
 * address in angle brackets? Reads at most two short words. */
static bool said_by(const char *text, size_t len, size_t at)
{
    static const struct word_list verbs[] = {
        W("said"), W("says"), W("wrote"), W("writes"), W("mentioned"), W("asked"), W("asks"), W("replied"),
        W("told"), W("tells"), W("thinks"), W("suggested"), W("confirmed"), W("reported"), W("agreed"), W("called"),
        W("rang"), W("phoned"), W("emailed"), W("texted"), W("messaged"),
        /* nb/nn, da */
        W("sa"), W("sier"), W("skrev"), W("skriver"), W("spurte"), W("ringte"), W("svarte"), W("fortalte"),
        W("mente"), W("meldte"), W("sagde"), W("siger"), W("spurgte"), W("ringede"), W("svarede"),
        /* sv */
        W("sade"), W("säger"), W("frågade"), W("ringde"), W("svarade"), W("berättade"), W("tyckte"), W("mejlade"),
        /* de */
        W("sagte"), W("sagt"), W("schrieb"), W("schreibt"), W("fragte"), W("fragt"), W("rief"), W("antwortete"),
        W("meinte"), W("meint"), W("erzählte"), W("mailte"),
        /* fr */
        W("dit"), W("écrit"), W("appelé"), W("demandé"), W("répondu"), W("confirmé"), W("téléphoné"), W("pense"),
        /* es */
        W("dijo"), W("dice"), W("escribió"), W("escribe"), W("llamó"), W("preguntó"), W("respondió"),
        W("contestó"), W("comentó"), W("confirmó"), W("dicho"), W("escrito"), W("llamado"), W("preguntado"),
        { NULL, 0 },
    };
    /* the auxiliary before a participle: "a dit", "ha dicho", "hat gesagt", "har sagt", "has said" */
    static const struct word_list auxiliaries[] = {
        W("a"), W("ha"), W("hat"), W("har"), W("has"), W("had"), W("hatte"), W("hadde"), W("hade"), W("avait"),
        W("había"), { NULL, 0 },
    };
    if (at + 2 >= len || text[at] != ' ') {
        return false;
    }
    if (text[at + 1] == '<') {
        const char *close = memchr(text + at + 2, '>', len - at - 2 < 256 ? len - at - 2 : 256);
        return close != NULL && memchr(text + at + 2, '@', (size_t)(close - (text + at + 2))) != NULL;
    }
    for (int words = 0; words < 2; words++) {
        size_t start = at + 1, end = start;
        while (end < len && end - start < 12 && lowercase((unsigned char)text[end])) {
            end++;
        }
        if (end == start || (end < len && letter((unsigned char)text[end]))) {
            return false;
        }
        if (word_is(text, start, end, verbs)) {
            return true;
        }
        if (words > 0 || !word_is(text, start, end, auxiliaries) || end + 1 >= len || text[end] != ' ') {
            return false;
        }
        at = end;
    }
    return false;
}

/* Is `word` a possessive before a lowercase noun: "David's passport", "Mary's CV" (read_word leaves
 * the "'s" out of the word)? */
static bool owns_a_noun(const char *text, size_t len, const struct word *word)
{
    size_t at = word->next;
    return at == word->end + 2 && text[word->end] == '\'' && at + 1 < len && text[at] == ' '
           && lowercase((unsigned char)text[at + 1]);
}

/* Does a lowercase word other than a particle follow at `at` ("El equipo", not "Jan van der Heyden")? */
static bool lowercase_word_follows(const char *text, size_t len, size_t at)
{
    if (at + 1 >= len || text[at] != ' ' || !lowercase((unsigned char)text[at + 1])) {
        return false;
    }
    size_t end = at + 1;
    while (end < len && end < at + 8 && islower((unsigned char)text[end])) {
        end++;
    }
    return !word_is(text, at + 1, end, particles);
}

/* Does a name start with `word`? */
/* Noun endings of the six languages that no given name or surname has: a capitalised word in no list that ends
 * in one is a noun, a team, a dish, a street or an office ("Infrastruktur", "Datenschutzbeauftragter",
 * "Zahlungsabwicklung", "Fyrstekake", "Kundtjänst", "Sveavägen", "Comptabilité", "Facturación"), whatever cue
 * stands before it. Only words in no list are asked: a listed name with such an ending (Jung, Hartung) stays
 * one. Compares the word's last bytes with each ending: bounded. */
static bool noun_suffixed(const char *text, const struct word *word)
{
    static const struct word_list endings[] = {
        W("ung"), W("heit"), W("keit"), W("schaft"), W("ität"), W("ismus"), W("struktur"), W("beauftragter"),
        W("beauftragte"), W("kuchen"), W("torte"), W("straße"), W("strasse"), W("platz"), W("tion"), W("sion"),
        W("ness"), W("ship"), W("ism"), W("sjon"), W("skap"), W("tjeneste"), W("tjänst"), W("avdeling"),
        W("avdelning"), W("kake"), W("tårta"), W("suppe"), W("soppa"), W("veien"), W("vägen"), W("gatan"),
        W("ighet"), W("isme"), W("ité"), W("ción"), W("sión"), W("miento"), W("ismo"), { NULL, 0 },
    };
    size_t len = word->end - word->start;
    unsigned char last = (unsigned char)text[word->end - 1];
    for (const struct word_list *ending = endings; ending->word != NULL; ending++) {
        /* the last byte first: most words end in none of the endings' last letters */
        if ((unsigned char)ending->word[ending->len - 1] == last && len >= ending->len + 3
            && strncasecmp(text + word->end - ending->len, ending->word, ending->len) == 0) {
            return true;
        }
    }
    return false;
}

static bool starts_name(const struct name_table *table, const char *text, size_t len, const struct word *word,
                        enum cue cue)
{
    unsigned flags = word->flags;
    /* "Gaupe og Elg", "Preis: 12 €": a surname that is a word of the six languages' dictionaries starts a
     * name only where a cue says person ("1 NAME Marie /Fauré/") or a name stands beside it */
    if ((flags & NAME_DICTIONARY_WORD) && !(flags & NAME_FIRST) && !strong(cue)) {
        flags |= NAME_WORD;
    }
    if (cue == CUE_TITLE) {
        return true;
    }
    if (is_unknown(flags) && noun_suffixed(text, word)) {
        return false;                 /* "Frag Infrastruktur", "Datenschutzbeauftragter Maximilian Neumann" */
    }
    /* Julia, Jordan, Washington: a place or product only starts a name after a cue. */
    if (flags & NAME_NEVER) {
        return strong(cue) && has_name_part(flags);
    }
    bool ambiguous = (flags & NAME_WORD) != 0;
    /* A first name that is also a large city (Vigo, Granada, Charlotte) needs a cue or a surname. */
    if ((flags & NAME_FIRST) && !ambiguous && !(flags & NAME_PLACE)) {
        return true;
    }
    /* After a strong cue, a name part that is a word only in another language is a name too
     * ("my colleague Bas", French "bas"). */
    /* "Tschüss Sie erreichen mich …": after a sign-off, a word of another language that is no
     * first name starts the next sentence. */
    if (cue == CUE_SIGNED && (flags & NAME_FOREIGN_WORD)
        && (!(flags & NAME_FIRST) || lowercase_word_follows(text, len, word->next))) {
        return false;                 /* and "Saludos cordiales,\nEl equipo de soporte" */
    }
    if (strong(cue)
        && (is_unknown(flags) || (is_name(flags) && (!ambiguous || (flags & (NAME_FIRST | NAME_FOREIGN_WORD)))))) {
        return true;
    }
    if (cue == CUE_WEAK && is_name(flags) && !ambiguous && !(flags & NAME_PLACE)) {
        return true;          /* "contact Sven", but not "mit Leipzig" */
    }
    /* Sondre Nielsen, Innocenty Nowak: a word in no list before a surname that is no
     * common word: a first name the lists lack. Two words in no list are a name only
     * where the text around says so: "forward this to Urmila Bhattathiri", "Stijn
     * Zuiderveld mentioned", "Bhudev Kocchar <bk@example.com>". */
    struct word next;
    if (is_unknown(flags)) {
        /* "Contactez Aurélie Michel", "Préviens Tristan": a request's verb opens the sentence, the name follows */
        if (opens_sentence(text, word->start) && word_is(text, word->start, word->end, addressing_verbs)) {
            return false;
        }
        /* a particle only names have and a capitalised word after it: "Hjördis von Essen", "Maëlle
         * d'Aubigné"; not an article ("Anbei der Mietvertrag", "Apportez le Galaxy") */
        static const struct word_list name_particles[] = {
            W("von"), W("van"), W("af"), W("zu"), W("del"), W("dos"), { NULL, 0 },
        };
        size_t after = word->next + 1;
        size_t particle_end = after < len && text[word->next] == ' ' ? particle_end_at(text, len, after, false) : 0;
        if (particle_end != 0 && latin_capital_length(text, len, particle_end) != 0 && name_shaped(text, word)
            && (text[particle_end - 1] == '\'' || word_is(text, after, particle_end - 1, name_particles))) {
            /* but "Unterlagen von Christian Dior": a given name and a surname after the particle are
             * the person it is of or from, and the word before a noun */
            return !person_follows(table, text, len, particle_end);
        }
        if (!name_follows(table, text, len, word, &next)) {
            return false;             /* alone it may be a firm that speaks: "Vipps sa", "Airbus a dit" */
        }
        if (is_unknown(next.flags)) {
            return (cue == CUE_WEAK || said_by(text, len, next.next)) && name_shaped(text, word)
                   && name_shaped(text, &next);
        }
        /* a surname, not a first name alone: "Rebonjour Margaux" greets Margaux */
        return (next.flags & NAME_PART) && !(next.flags & (NAME_WORD | NAME_NEVER | NAME_PLACE));
    }
    /* Grace Hopper, Aisha Washington: a name part with another beside it, one of them
     * not a common word. */
    if (!is_name(flags)) {
        return false;
    }
    if (!name_follows(table, text, len, word, &next)) {
        /* A first name alone that is also a place (Mary, David, Jackson), where a sentence puts a person:
         * the subject of a verb of saying ("Mary said", "David asked", "Jackson skrev"), or the owner before
         * a noun ("David's passport", "Mary's CV"). Not one that is a word too: a city ("Boston's mayor",
         * "Berlin says") or a firm ("Ericsson sa att …"). */
        return (flags & NAME_FIRST) && !ambiguous && (said_by(text, len, word->next) || owns_a_noun(text, len, word));
    }
    if (next.start > word->next + 1) {
        return true;                  /* a middle initial between them: "Heather T. Lee" */
    }
    /* a surname that is also a word before a word in no list is a product or a firm ("Kindle Paperwhite",
     * "Baker Tilly"), unless a cue says otherwise */
    if (ambiguous && !(flags & NAME_FIRST) && is_unknown(next.flags) && cue < CUE_STRONG
        && !(word->flags & NAME_DICTIONARY_WORD)) {
        return false;                 /* but a dictionary word before a word in no list may be a name: privacy first */
    }
    if (next.flags & NAME_NEVER) {
        return !ambiguous;            /* "Aisha Washington", but not "On Monday" */
    }
    /* A word of another language that is also a first name starts a name only before a surname
     * that is no word ("Hans Müller"; not "Schreib Kari", a verb, unless a cue precedes), or
     * before a word in no list that a name part follows ("Mina Haukelidsæter Bakken"); German
     * nouns are in no list, so "Der Vertrag" and "Das Treffen" are none. */
    if (flags & NAME_FOREIGN_WORD) {
        if (!(flags & NAME_FIRST) && cue == CUE_NONE) {
            return false;             /* but "ask Bas Verbeek" */
        }
        if (is_unknown(next.flags)) {
            struct word third;
            return name_shaped(text, &next) && next_word(table, text, len, &next, &third)
                   && has_name_part(third.flags) && !(third.flags & (NAME_WORD | NAME_NEVER | NAME_PLACE));
        }
        return has_name_part(next.flags) && !(next.flags & (NAME_WORD | NAME_NEVER));
    }
    return !ambiguous || !(next.flags & NAME_WORD);
}

/* Does the word before stand where a cue does: lowercase in running text ("my colleague"),
 * before a ':' or ',' ("Name:"), or first on its line or in its sentence ("Dear")? Not the
 * last word of a name or brand before it ("Hugo Boss Louis Vuitton": Boss is no cue there). */
static bool cue_opens(const char *text, const struct before *before)
{
    if (!before->found) {
        return false;
    }
    if (before->punctuation != 0 || islower((unsigned char)text[before->start])) {
        return true;
    }
    size_t at = before->start;
    while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t')) {
        at--;
    }
    return at == 0 || text[at - 1] == '\n' || text[at - 1] == '.' || text[at - 1] == '!' || text[at - 1] == '?';
}

/* A lone capitalised word right after a preposition of place names a place: "bord på Egon",
 * "in Sydney", "nach Kassel", "à Lyon"; one that a surname follows is still a name. */
static bool lone_after_place_preposition(const struct name_table *table, const char *text, size_t len,
                                         const struct word *word, const struct before *before)
{
    struct word next;
    if (!(before->lists & LIST_PLACE_PREPOSITION) || before->punctuation != 0 || before->dotted
        || word->end != word->next) {
        return false;                 /* and not "in Sarah's office" */
    }
    return !name_follows(table, text, len, word, &next);
}

/* Is the word before a title that a thing's noun comes right before, so that the title opens the name of a
 * pet, a ship or a hospital named after a person ("su perro Sir Fluffington", "hunden Herr Nilsson", "RRS
 * Sir David Attenborough", "hospital Doctor Negrín")? Reads one word back: bounded. */
static bool title_after_thing(const struct name_table *table, const char *text, const struct before *before)
{
    size_t noun_start, noun_end;
    char punctuation;
    bool dotted;
    return before->found && before->start > 0 && (before->lists & LIST_TITLE) && before->punctuation == 0
           && !before->line_break && previous_word(text, before->start, &noun_start, &noun_end, &punctuation, &dotted)
           && punctuation == 0 && !dotted && text[before->start - 1] == ' '
           && (cue_lists(table, text, noun_start, noun_end) & LIST_STREET);
}

/* Is `word` the name of a thing right after its kind noun ("stormen Frida, Ola Berge ringte", "la tempête
 * Xynthia, Chloé a appelé")? Then the comma after it ends the thing's name: it is no surname before a given
 * name ("Frida, Ola"). Asked only where "Surname, First" matched: one word read back, one probe. */
static bool after_a_kind_noun(const struct name_table *table, const char *text, const struct word *word)
{
    struct before kind;
    read_before(table, text, word, &kind);
    return kind.found && (kind.lists & LIST_STREET) && kind.punctuation == 0 && !kind.dotted && !kind.line_break;
}

/* Is the word at `at` a place's or a disease's name after its noun, across an elided particle ("maladie
 * d'Addison", "rue d'Alésia") or a saint's "St" ("Kita St. Elisabeth", "Klinikum St. Georg")? Reads two words
 * back at most. */
static bool street_before_elision_or_saint(const struct name_table *table, const char *text, size_t at,
                                           const struct before *before)
{
    size_t noun_start, noun_end;
    char punctuation;
    bool dotted;
    if (at >= 3 && text[at - 1] == '\'' && (text[at - 2] == 'd' || text[at - 2] == 'D') && text[at - 3] == ' ') {
        return previous_word(text, at - 2, &noun_start, &noun_end, &punctuation, &dotted) && punctuation == 0
               && !dotted && (cue_lists(table, text, noun_start, noun_end) & LIST_STREET);
    }
    return before->found && before->end - before->start == 2 && memcmp(text + before->start, "St", 2) == 0
           && before->punctuation == 0 && !before->line_break && before->start > 0 && text[before->start - 1] == ' '
           && previous_word(text, before->start, &noun_start, &noun_end, &punctuation, &dotted) && punctuation == 0
           && !dotted && (cue_lists(table, text, noun_start, noun_end) & (LIST_STREET | LIST_NAMED_AFTER));
}

/* A word right after a lowercase article is a noun or a brand: "die Ware", "el Corte Inglés". */
static bool after_article(const char *text, const struct before *before)
{
    return (before->lists & LIST_ARTICLE) && before->punctuation == 0 && !before->dotted
           && islower((unsigned char)text[before->start]);
}

/* "cc: Rosendo Herman, Pelagia Kiehn": a word right after a name-like word (a name
 * part, or in no list, and no title or cue) ends that name; it is no surname that a
 * first name follows, and neither is one after a particle ("Mike de Lange, Britt"). After
 * a common word or a cue it still may be: "Dear Okafor, Grace", "Ping Okafor, Anjali". */
static bool after_name_and_particle(const struct name_table *table, const char *text, size_t at);

static bool follows_a_name_word(const struct name_table *table, const char *text, size_t at)
{
    if (at < 3 || text[at - 1] != ' ') {
        return false;
    }
    size_t start = at - 1;
    while (start > 0 && letter((unsigned char)text[start - 1])) {
        start--;
    }
    if (start < at - 1 && islower((unsigned char)text[start]) && word_is(text, start, at - 1, particles)) {
        /* "Mike de Lange, Britt": the particle's surname; "Bises de Besançon, Chloé": a place after a
         * sign-off; but "a nombre de Jiménez, Ascensión" is a name */
        size_t before_start, before_end;
        char punctuation;
        bool dotted;
        return after_name_and_particle(table, text, at)
               || !previous_word(text, start, &before_start, &before_end, &punctuation, &dotted)
               || (cue_lists(table, text, before_start, before_end) & (LIST_SIGN_OFF | LIST_GREETING | LIST_STREET));
    }
    if (start == at - 1 || !isupper((unsigned char)text[start]) || !lowercase((unsigned char)text[at - 2])
        || (start > 0 && isalnum((unsigned char)text[start - 1])) || word_is(text, start, at - 1, titles)) {
        return false;                 /* no word, a token's tail ("…7AA"), or a title */
    }
    unsigned flags = word_flags(table, text + start, at - 1 - start);
    /* a label without its colon is no name: "Patientin Braun, Kunigunde", "Patiente Roux, Louis" */
    return !(flags & (NAME_WORD | NAME_NEVER | NAME_CUE))
           && key_kind(table, text + start, at - 1 - start) == NAME_KEY_NONE;
}

/* "Mike de |Lange": a lowercase particle before `at`, and a name part before that. */
static bool after_name_and_particle(const struct name_table *table, const char *text, size_t at)
{
    if (at < 5 || text[at - 1] != ' ') {
        return false;
    }
    size_t particle = at - 1;
    while (particle > 0 && islower((unsigned char)text[particle - 1])) {
        particle--;
    }
    if (particle == at - 1 || particle < 3 || text[particle - 1] != ' '
        || !word_is(text, particle, at - 1, particles)) {
        return false;
    }
    size_t start = particle - 1;
    while (start > 0 && letter((unsigned char)text[start - 1])) {
        start--;
    }
    if (start == particle - 1 || !isupper((unsigned char)text[start])) {
        return false;
    }
    unsigned flags = word_flags(table, text + start, particle - 1 - start);
    return has_name_part(flags) && !(flags & (NAME_NEVER | NAME_FOREIGN_WORD));   /* not "Wenn du Zeit" */
}

/* Is the word where a thing verb's object stands a person after all: an owner ("read Kari's notes"), a listed
 * first name that is no word nor place ("buy Ingrid a present", "read Jo Nesbø"), or one that is, given
 * something ("buy Heather a gift", "bake Rosa en kake": a determiner after it)? Privacy first: a verb
 * that takes things takes its receiver first in English and nb/nn/sv. Reads one word after it. */
static bool thing_verb_object_is_a_person(const struct name_table *table, const char *text, size_t len,
                                          const struct word *word)
{
    size_t end = word->end;
    if (end < len && (text[end] == '\''
                      || (end + 2 < len && (unsigned char)text[end] == 0xE2 && (unsigned char)text[end + 1] == 0x80
                          && (unsigned char)text[end + 2] == 0x99))) {
        return true;
    }
    if (!(word->flags & NAME_FIRST)) {
        return false;
    }
    if (!(word->flags & (NAME_WORD | NAME_PLACE | NAME_FOREIGN_WORD))) {
        return true;
    }
    size_t after = word->next + 1, after_end = after;
    while (after_end < len && after_end - after < 8 && islower((unsigned char)text[after_end])) {
        after_end++;
    }
    return word->next < len && text[word->next] == ' ' && after_end > after
           && (after_end == len || !letter((unsigned char)text[after_end]))
           && (cue_lists(table, text, after, after_end) & LIST_DETERMINER);
}

/* Does a capitalised word follow the word that ends at `end`, after one space? */
static bool capital_follows(const char *text, size_t len, size_t end)
{
    return end + 1 < len && text[end] == ' ' && latin_capital_length(text, len, end + 1) != 0;
}

/* Does a sentence open with a word that is no name's first, before a capitalised one: a verb that takes things
 * ("Comí Cocido", "Plante Muguet", "Bailamos Flamenco", "Plantera Schäfer"; not a listed first name, "Lee
 * Harvey", "Bebe Rexha") or a possessive ("Vår Lyng", "My Vauxhall Corsa", "Unser Juniorprofessor")? Sets
 * *verb when it is a verb: the capitalised word after it is its object. Asked only of a word that opens a
 * sentence before a capital: one cue probe. */
static bool opens_with_a_thing(const struct name_table *table, const char *text, size_t len, const struct word *word,
                               bool *verb)
{
    *verb = false;
    if (!capital_follows(text, len, word->next) || !opens_sentence(text, word->start)) {
        return false;
    }
    if (word_is(text, word->start, word->end, sentence_possessives)) {
        return true;
    }
    *verb = !(word->flags & NAME_FIRST) && (cue_lists(table, text, word->start, word->end) & LIST_THING_VERB);
    return *verb;
}

/* Is the word right after a verb that takes things ("We served Margarita Mix", "drank Farris", "spiller litt
 * Minecraft", "juega al Zelda") its object, and so a thing? The verb in small letters, or a determiner between
 * them; reads two words back at most. Not a person's name there (thing_verb_object_is_a_person). */
static bool object_of_a_thing_verb(const struct name_table *table, const char *text, size_t len,
                                   const struct word *word, const struct before *before)
{
    if (!before->found || before->punctuation != 0 || before->dotted || before->line_break
        || !islower((unsigned char)text[before->start]) || !(before->lists & (LIST_THING_VERB | LIST_DETERMINER))) {
        return false;
    }
    if (!(before->lists & LIST_THING_VERB)) {
        size_t verb_start, verb_end;
        char punctuation;
        bool dotted;
        if (!previous_word(text, before->start, &verb_start, &verb_end, &punctuation, &dotted) || punctuation != 0
            || dotted || !islower((unsigned char)text[verb_start])
            || memchr(text + verb_end, '\n', before->start - verb_end) != NULL
            || !(cue_lists(table, text, verb_start, verb_end) & LIST_THING_VERB)) {
            return false;
        }
    }
    return !thing_verb_object_is_a_person(table, text, len, word);
}

/* Weekday and month abbreviations of English, nb/nn, sv, de, fr and es, as schedules, invoices and tables
 * write them before a day's number or a time ("Mo 14:00", "Fällig Mo 12", "Vence Ene 12", "Ven. 3"). */
static const struct word_list date_abbreviations[] = {
    W("mon"), W("tue"), W("tues"), W("wed"), W("thu"), W("thur"), W("thurs"), W("fri"), W("sat"), W("sun"),
    W("man"), W("tir"), W("ons"), W("tor"), W("tors"), W("fre"), W("lør"), W("søn"), W("mån"), W("tis"),
    W("lör"), W("sön"), W("mo"), W("di"), W("mi"), W("do"), W("fr"), W("sa"), W("so"), W("lun"), W("mar"),
    W("mer"), W("jeu"), W("ven"), W("sam"), W("dim"), W("mié"), W("miér"), W("jue"), W("vie"), W("sáb"),
    W("dom"), W("jan"), W("feb"), W("apr"), W("jun"), W("jul"), W("aug"), W("sep"), W("sept"), W("oct"),
    W("nov"), W("dec"), W("okt"), W("des"), W("mär"), W("mrz"), W("dez"), W("janv"), W("févr"), W("fév"),
    W("avr"), W("juil"), W("déc"), W("ene"), W("abr"), W("ago"), W("dic"), { NULL, 0 },
};

/* Is `word` a weekday's or month's abbreviation before a day's number or a time ("Vence Ene 12", "paid Nov
 * 3", "Mo 14:00")? Then it is a date, and no surname of the word before it; a listed first name that is no
 * word is not asked ("Sam 10:42: hi"). Reads the word and a few bytes after it. */
static bool abbreviated_date(const char *text, size_t len, const struct word *word)
{
    size_t at = word->end;
    if (at < len && text[at] == '.') {
        at++;
    }
    if (at + 1 >= len || text[at] != ' ' || !isdigit((unsigned char)text[at + 1]) || word->end - word->start > 5
        || ((word->flags & NAME_FIRST) && !(word->flags & NAME_WORD))) {
        return false;
    }
    return word_is(text, word->start, word->end, date_abbreviations);
}

/* German puts the verb last: the capitalised word before a thing verb's participle or infinitive ending its clause
 * is that verb's object, a thing ("mit Hannah Lange Maultaschen gegessen", "bis Mitternacht Krautrock getanzt",
 * "Anno 1800 spielen"), and no surname of the word before it. Reads one word after `end`. */
static bool final_thing_verb_follows(const char *text, size_t len, size_t end)
{
    static const struct word_list final_verbs[] = {
        W("gegessen"), W("getrunken"), W("gebacken"), W("gekocht"), W("serviert"), W("gekauft"), W("installiert"),
        W("heruntergeladen"), W("gespielt"), W("getanzt"), W("gepflanzt"), W("gelesen"), W("probiert"),
        W("bestellt"), W("gegrillt"), W("gebraten"), W("essen"), W("trinken"), W("backen"), W("kochen"),
        W("kaufen"), W("installieren"), W("spielen"), W("tanzen"), W("pflanzen"), W("probieren"), W("bestellen"),
        { NULL, 0 },
    };
    if (end + 2 >= len || text[end] != ' ' || !islower((unsigned char)text[end + 1])) {
        return false;
    }
    size_t verb_end = end + 1;
    while (verb_end < len && verb_end - end <= 16 && letter((unsigned char)text[verb_end])) {
        verb_end++;
    }
    return (verb_end == len || !letter((unsigned char)text[verb_end]))
           && word_is(text, end + 1, verb_end, final_verbs);
}

/* Is the word at `at` right after a lowercase "from" that comes before places, not persons ("Gruß
 * aus Leipzig", "Abrazos desde Vigo", "depuis Lyon"; not "from", "fra", "von", "de": "Notes from
 * Smith, Anjali")? What follows it is a place, not a surname. */
static bool after_from(const char *text, size_t at)
{
    static const struct word_list from[] = { W("aus"), W("desde"), W("depuis"), { NULL, 0 } };
    if (at < 3 || text[at - 1] != ' ') {
        return false;
    }
    size_t start = at - 1;
    while (start > 0 && start + 8 > at && letter((unsigned char)text[start - 1])) {
        start--;
    }
    return start < at - 1 && (start == 0 || !letter((unsigned char)text[start - 1]))
           && islower((unsigned char)text[start]) && word_is(text, start, at - 1, from);
}

/* "Okafor, G.": a surname, a comma and one to three initials, as reference lists, rankings and rosters
 * write a person. The surname a name part of no other language's words, or in no list; the initial a
 * single capital and its dot, with no letter after ("Thanks, J." and "Appendix, B." are words). Returns
 * where the last initial's dot ends, or 0. */
static size_t surname_initial_end(const char *text, size_t len, const struct word *word)
{
    bool surname = (has_name_part(word->flags) && !(word->flags & (NAME_WORD | NAME_FOREIGN_WORD | NAME_NEVER
                                                                     | NAME_PLACE | NAME_CUE)))
                   || is_unknown(word->flags);
    if (!surname || word->next + 3 >= len || text[word->next] != ',' || text[word->next + 1] != ' ') {
        return 0;
    }
    size_t at = word->next + 2, end = 0;
    for (int initials = 0; initials < 3; initials++) {
        size_t capital = latin_capital_length(text, len, at);
        if (capital == 0 || at + capital >= len || text[at + capital] != '.') {
            break;
        }
        end = at + capital + 1;
        at = end < len && text[end] == ' ' ? end + 1 : end;
    }
    if (end == 0 || (end < len && letter((unsigned char)text[end]))
        || (end + 1 < len && text[end] == ' ' && isdigit((unsigned char)text[end + 1]))) {
        return 0;                     /* "Anlage, S. 4": a page */
    }
    if (!is_unknown(word->flags)) {
        return end;
    }
    /* A word in no list is a surname where a reference or a list shows it: a year, another author or
     * the line's end after it ("Quellingford, T. (2019)"), or a colon or a rank before it ("1. …") —
     * not in a sentence that goes on ("Voir Annexe, B. pour …"). */
    unsigned char after = end + 1 < len && text[end] == ' ' ? (unsigned char)text[end + 1]
                                                            : end < len ? (unsigned char)text[end] : '\n';
    if (after == '(' || after == ',' || after == ';' || after == '&' || after == ')' || after == '\n') {
        return end;
    }
    size_t before = word->start;
    if (before >= 2 && text[before - 1] == ' ' && (text[before - 2] == ':' || text[before - 2] == '.')
        && (text[before - 2] == ':' || (before >= 3 && isdigit((unsigned char)text[before - 3])))) {
        return end;
    }
    return 0;
}

enum { MAX_AFFILIATION = 64 };

/* A parenthesis right after a name holds what the person belongs to, a team, firm or department:
 * "Gro Lie (Brann)", "Ana Gil (Rayo Majadahonda)". Returns where its ')' is, or 0 when `word` opens no
 * such parenthesis (or it does not close on the line within MAX_AFFILIATION bytes). */
static size_t affiliation_end(const struct name_table *table, const char *text, size_t len, const struct word *word,
                              const struct candidate *last)
{
    if (last == NULL || word->start < 2 || text[word->start - 1] != '(' || last->end + 2 != word->start
        || text[last->end] != ' ') {
        return 0;
    }
    /* A first name that is nothing else opens another person ("Kari Lie (Ola Lie)"), unless a
     * place follows it: a club ("Fortuna Sittard"). */
    struct word after;
    if ((word->flags & NAME_FIRST) && !(word->flags & (NAME_WORD | NAME_FOREIGN_WORD | NAME_PLACE | NAME_NEVER))
        && !(next_word(table, text, len, word, &after) && (after.flags & NAME_PLACE))) {
        return 0;
    }
    size_t limit = len - word->start > MAX_AFFILIATION ? word->start + MAX_AFFILIATION : len;
    for (size_t at = word->start; at < limit; at++) {
        if (text[at] == ')') {
            return at;
        }
        if (text[at] == '\n' || text[at] == '(' || text[at] == ',') {
            return 0;
        }
    }
    return 0;
}

/* Does a version follow at `at` (" 9.18.13", " 1.4.0"): numbers joined by dots, three of them, not all
 * of two digits (a date "17.05.22" or a time "10.28.11" is)? A capitalised word before one is a
 * product ("Prisma 5.14.0", "Chef Infra 18.4.2"), whatever the name lists say of it. */
static bool version_follows(const char *text, size_t len, size_t at)
{
    if (at + 6 > len || text[at] != ' ') {
        return false;
    }
    at++;
    bool all_two = true;
    for (int part = 0; part < 3; part++) {
        size_t digits = 0;
        while (at < len && digits < 4 && isdigit((unsigned char)text[at])) {
            at++;
            digits++;
        }
        if (digits == 0 || digits > 3) {
            return false;
        }
        all_two = all_two && digits == 2;
        if (part < 2) {
            if (at + 1 >= len || text[at] != '.') {
                return false;
            }
            at++;
        }
    }
    return !all_two && (at == len || !(isalnum((unsigned char)text[at]) || text[at] == '.'));
}

/* Does a noun that names a thing after a person follow at `at` (" Klinikum", " Hospital", " Prize")? Reads
 * one word of at most MAX_NOUN bytes. */
static bool named_after_noun_follows(const struct name_table *table, const char *text, size_t len, size_t at)
{
    enum { MAX_NOUN = 20 };
    if (at + 2 >= len || text[at] != ' ' || !letter((unsigned char)text[at + 1])) {
        return false;
    }
    size_t start = at + 1, end = start;
    while (end < len && end - start < MAX_NOUN && letter((unsigned char)text[end])) {
        end++;
    }
    COUNT_NAMES_WORK(end - start);
    return (cue_lists(table, text, start, end) & LIST_NAMED_AFTER) != 0;
}

/* Okafor, Grace: a surname, a comma and a first name. */
static bool lastname_first(const struct name_table *table, const char *text, size_t len, const struct word *word,
                           struct word *first)
{
    /* Never a word of another language: "Hilsen, Ingrid" is a sign-off and a name; never a place
     * after "from" ("Gruß aus Leipzig, Jonas"). */
    bool surname = (has_name_part(word->flags) && !(word->flags & NAME_FOREIGN_WORD)) || is_unknown(word->flags);
    if (!surname || follows_a_name_word(table, text, word->start) || word->next + 2 >= len
        || text[word->next] != ',' || text[word->next + 1] != ' ' || after_from(text, word->start)) {
        return false;
    }
    /* The first name: a name part or a word in no list, but no common word ("Smith,
     * Anjali" and "Jenkins, Amanda"; not "Paris, France"). Before a lowercase word, a surname in
     * no list makes the comma a clause's ("Tras la reunión con Fjällräven, Consuelo pide …"); a
     * listed one still reads as a name ("ask Suzuki, Janice to review"). */
    if (!read_word(table, text, len, word->next + 2, first)) {
        return false;
    }
    if (is_unknown(first->flags) && (cue_lists(table, text, first->start, first->end) & LIST_SIGN_OFF)) {
        return false;                 /* "Herr Bauer, Hochachtungsvoll": a closing, not his first name */
    }
    /* A first name that is also a word ("Mats", "Per") after a listed surname that is none, where the
     * clause ends with it: "3. Berglund, Per." */
    bool word_first_name = (first->flags & NAME_FIRST) && (first->flags & NAME_WORD)
                           && !(first->flags & (NAME_NEVER | NAME_PLACE)) && has_name_part(word->flags)
                           && !(word->flags & (NAME_WORD | NAME_PLACE))
                           && (first->next == len || memchr(".,;)\n", text[first->next], 5) != NULL);
    return (has_name_part(first->flags) || is_unknown(first->flags))
           && (!(first->flags & (NAME_WORD | NAME_NEVER)) || word_first_name)
           && (!is_unknown(first->flags) || has_name_part(word->flags))
           && !(is_unknown(word->flags) && first->next + 1 < len && text[first->next] == ' '
                && islower((unsigned char)text[first->next + 1])
                && !(word->start == 0 || text[word->start - 1] == '\n'));   /* "Lindqvist, Agneta joined …" */
}

/* The speaker of a chat log's line: "[6/15/23, 10:38 PM] Mary: …", "12/06/2023, 10:38 - Mary: …",
 * "[2024-05-25 05:52:51] Mary Smith: …": after a timestamp's ']' or " - ", before a ':' that
 * follows within two words. */
static bool chat_speaker(const char *text, size_t len, const struct word *word)
{
    size_t at = word->start;
    /* " - " after a time's minutes ("10:38 - Mary:"), not after any number ("Booking 44821 - Guest:") */
    /* a time's bracket ("[10:42] Mary:", "[10:42 AM] Mary:"), not a checklist's box ("[ ] Bank:", "[x] Buddy:") */
    bool stamped = at >= 3 && text[at - 1] == ' '
                   && ((text[at - 2] == ']' && (isdigit((unsigned char)text[at - 3]) || text[at - 3] == 'M'))
                       || (at >= 7 && text[at - 2] == '-' && text[at - 3] == ' '
                           && isdigit((unsigned char)text[at - 4]) && isdigit((unsigned char)text[at - 5])
                           && (text[at - 6] == ':' || text[at - 6] == '.')));
    if (!stamped) {
        return false;
    }
    size_t limit = len - word->next > 32 ? word->next + 32 : len;
    int spaces = 0;
    for (size_t i = word->next; i < limit; i++) {
        if (text[i] == ':') {
            return true;
        }
        if (text[i] == ' ' && ++spaces > 1) {
            return false;
        }
        if (text[i] != ' ' && text[i] != '-' && text[i] != '\'' && !letter((unsigned char)text[i])) {
            return false;
        }
    }
    return false;
}

enum { MAX_SPEAKER_WORDS = 3 };

/* Is there a time within a few bytes of `at`: digits, then "H:MM" among the next 16 bytes ("10:42", "12/03/2025
 * 10:32", "2023-02-09 07:41:02")? */
static bool time_follows(const char *text, size_t len, size_t at)
{
    if (at >= len || !isdigit((unsigned char)text[at])) {
        return false;
    }
    size_t limit = len - at > 16 ? at + 16 : len;
    for (size_t i = at + 1; i < limit && i + 2 < len; i++) {
        if (text[i] == ':' && isdigit((unsigned char)text[i - 1]) && isdigit((unsigned char)text[i + 1])
            && isdigit((unsigned char)text[i + 2])) {
            return true;
        }
        if (text[i] == '\n') {
            return false;
        }
    }
    return false;
}

/* Is there a time on the rest of the line, within 24 bytes ("Today at 10:32", "I dag 10:32")? */
static bool time_follows_within_line(const char *text, size_t len, size_t at)
{
    size_t limit = len - at > 24 ? at + 24 : len;
    for (size_t i = at; i < limit; i++) {
        if (text[i] == '\n') {
            return false;
        }
        if (isdigit((unsigned char)text[i])) {
            return time_follows(text, len, i);
        }
    }
    return false;
}

/* What follows a speaker's name in a chat export: the time ("Kari Nordmann 10:42 AM", "… [10:32 AM]"),
 * a dash or bar and the day ("Kari Nordmann — Today at 10:32", "… – 12/03/2025 10:32"), a colon
 * ("Kari Nordmann: …"), or the end of an IRC or WebVTT speaker ("<Kari Nordmann>", "<v Kari
 * Nordmann>"). `at` is where the name ends; `angled` that it opened with '<'. */
static bool speaker_mark_at(const char *text, size_t len, size_t at, bool angled)
{
    while (at < len && text[at] == '*') {
        at++;                         /* Markdown bold: "**Kari Nordmann** 10:42" */
    }
    if (at < len && (text[at] == ':' || (angled && text[at] == '>'))) {
        return text[at] == '>' || at + 1 == len || text[at + 1] == ' ' || text[at + 1] == '\n';
    }
    size_t spaces = at;
    while (at < len && at - spaces < 3 && text[at] == ' ') {
        at++;
    }
    if (at == spaces || at >= len) {
        return false;
    }
    if (text[at] == '[' || text[at] == '(') {
        return time_follows(text, len, at + 1);
    }
    if (time_follows(text, len, at)) {
        return true;
    }
    /* a dash or bar, then a day or the date: "— Today at 10:32", "– I dag 10:32", "| 12.03. 10:32" */
    size_t dash = at;
    if (text[at] == '-' || text[at] == '|') {
        at++;
    } else if (at + 2 < len && (unsigned char)text[at] == 0xE2 && (unsigned char)text[at + 1] == 0x80
               && ((unsigned char)text[at + 2] == 0x94 || (unsigned char)text[at + 2] == 0x93)) {
        at += 3;                      /* an em or en dash */
    }
    if (at == dash || at + 1 >= len || text[at] != ' ') {
        return false;
    }
    at++;
    return time_follows(text, len, at) || (isupper((unsigned char)text[at]) && time_follows_within_line(text, len, at));
}

/* A chat export's speaker, first on the line (or after "<", "<v " or "**"): two or three words shaped
 * like a name, each a name part or in no list, then a mark speaker_mark_at knows. */
static bool timed_speaker(const struct name_table *table, const char *text, size_t len, const struct word *word)
{
    size_t line = word->start;
    bool angled = false;
    if (line >= 3 && memcmp(text + line - 3, "<v ", 3) == 0) {
        line -= 3;
        angled = true;
    } else if (line >= 1 && text[line - 1] == '<') {
        line -= 1;
        angled = true;
    } else if (line >= 2 && text[line - 1] == '*' && text[line - 2] == '*') {
        line -= 2;
    }
    if (line > 0 && text[line - 1] != '\n') {
        return false;
    }
    struct word part = *word;
    for (int words = 1; words <= MAX_SPEAKER_WORDS; words++) {
        if (!name_shaped(text, &part) || (part.flags & (NAME_NEVER | NAME_PLACE))
            || !(has_name_part(part.flags) || is_unknown(part.flags))) {
            return false;
        }
        if (words >= 2 && speaker_mark_at(text, len, part.next, angled)) {
            return true;
        }
        struct word next;
        if (!next_word(table, text, len, &part, &next)) {
            return false;
        }
        part = next;
    }
    return false;
}

/* "/Kalle" at the end of a line or text: the Nordic short signature. */
static bool slash_signature(const char *text, size_t len, const struct word *word)
{
    return word->start > 0 && text[word->start - 1] == '/'
           && (word->next == len || text[word->next] == '\n' || text[word->next] == '\r');
}

/* A genealogy file's surname between slashes on its NAME line: "1 NAME Eirik /Aas-Eng/" (GEDCOM). Looks
 * back over one line of at most MAX_GEDCOM_LINE bytes. */
static bool gedcom_surname(const char *text, size_t len, const struct word *word)
{
    enum { MAX_GEDCOM_LINE = 96 };
    if (word->start < 8 || text[word->start - 1] != '/' || text[word->start - 2] != ' ' || word->next >= len
        || text[word->next] != '/') {
        return false;
    }
    size_t line = word->start - 1;
    while (line > 0 && word->start - line < MAX_GEDCOM_LINE && text[line - 1] != '\n') {
        line--;
    }
    COUNT_NAMES_WORK(word->start - line);
    if (line > 0 && text[line - 1] != '\n') {
        return false;
    }
    size_t at = line;
    while (at < word->start && isdigit((unsigned char)text[at])) {
        at++;
    }
    return at > line && at + 6 <= word->start && memcmp(text + at, " NAME ", 6) == 0;
}

/* Does the name-shaped phrase text[start, end) end in a Nordic or German compound of a name, a hyphen and a
 * noun in small letters ("Sonja Henie-rommet", "Grieg-hallen", "Nobel-salen")? Reads back over its last
 * word, at most MAX_COMPOUND bytes. */
static bool noun_compound_ends(const char *text, size_t start, size_t end)
{
    enum { MAX_COMPOUND = 32, MIN_NOUN = 3 };
    size_t at = end;
    while (at > start && end - at < MAX_COMPOUND && text[at - 1] != ' ') {
        at--;
    }
    COUNT_NAMES_WORK(end - at);
    const char *hyphen = memchr(text + at, '-', end - at);
    /* a German compound's noun is capitalised: "Ralph Lauren-Stand", "Crohn-Krankheit" */
    return hyphen != NULL && hyphen > text + at && (size_t)(text + end - hyphen) > MIN_NOUN
           && ((unsigned)(hyphen[1] - 'a') < 26
               || compound_ends_in_a_thing(text, (size_t)(hyphen + 1 - text), end));
}

/* Where the capitalised word after the name that ends at `end` ends, when it holds a hyphen ("Kirsten
 * |Flagstad-salen"): at most MAX_COMPOUND bytes of letters and hyphens; else `end` + 1, an empty word. */
static size_t compound_end(const char *text, size_t len, size_t end)
{
    enum { MAX_COMPOUND = 32 };
    if (end + 2 >= len || text[end] != ' ' || !isupper((unsigned char)text[end + 1])) {
        return end + 1 < len ? end + 1 : len;
    }
    size_t at = end + 1;
    while (at < len && at - end <= MAX_COMPOUND && (letter((unsigned char)text[at]) || text[at] == '-')) {
        at++;
    }
    COUNT_NAMES_WORK(at - end);
    return at;
}

/* ---- companies ---- */

/* The first bytes of the legal forms and street types by length, for company_form_at's first test. */
static void fill_company_form_starts(struct name_table *table)
{
    for (const struct word_list *form = company_forms; form->word != NULL; form++) {
        if (form->len <= NAME_COMPANY_FORM_MAX) {
            table->company_form_starts[form->len] |= (uint64_t)1 << ((unsigned char)form->word[0] & 63);
        }
    }
}

/* Is the word at `at` (up to a space, comma, dot or end) a legal form? Case matters: "as" and "co" are words. */
static bool company_form_at(const struct name_table *table, const char *text, size_t len, size_t at)
{
    if (at >= len || (!ascii_upper((unsigned char)text[at]) && text[at] != 'p')) {
        return false;                 /* every form starts with a capital, but plc */
    }
    size_t end = at;
    while (end < len && end - at < NAME_COMPANY_FORM_MAX
           && ((unsigned)(((unsigned char)text[end] | 0x20) - 'a') < 26 || text[end] == '/')) {
        end++;
    }
    if (end == at || (end < len && (ascii_alnum((unsigned char)text[end]) || text[end] == '-'
                                    || (unsigned char)text[end] >= 0x80))) {      /* "Ståle" is no "St" */
        return false;
    }
    if (!(table->company_form_starts[end - at] >> ((unsigned char)text[at] & 63) & 1)) {
        return false;                 /* no form of this length starts with this byte: most words, no probe */
    }
    if (!(cue_lists(table, text, at, end) & LIST_COMPANY_FORM)) {
        return false;                 /* one probe for almost every word; the case is checked below */
    }
    for (const struct word_list *form = company_forms; form->word != NULL; form++) {
        if (form->len == end - at && form->word[0] == text[at] && memcmp(text + at, form->word, form->len) == 0) {
            return true;
        }
    }
    return false;
}

/* Does "as … dance" follow at `end`, in any of six languages: "as our first dance", "als ersten Tanz", "som
 * første dans", "som första dans", "pour l'ouverture du bal", "comme première danse", "para el primer baile"?
 * Then the name before is a song's. Reads a lowercase preposition and at most four short words. */
static bool dance_follows(const char *text, size_t len, size_t end)
{
    enum { MAX_DANCE_WORDS = 4, MAX_DANCE_WORD = 12 };
    static const struct word_list as_words[] = {
        W("as"), W("als"), W("som"), W("pour"), W("comme"), W("para"), W("como"), { NULL, 0 },
    };
    static const struct word_list dances[] = {
        W("dance"), W("tanz"), W("dans"), W("dansen"), W("danse"), W("bal"), W("baile"), W("vals"), W("valsen"),
        W("walzer"), W("waltz"), W("brudvals"), W("brudevals"), W("hochzeitstanz"), { NULL, 0 },
    };
    size_t at = end;
    for (int words = 0; words <= MAX_DANCE_WORDS; words++) {
        if (at + 2 >= len || text[at] != ' ' || !(words == 0 ? lowercase : letter)((unsigned char)text[at + 1])) {
            return false;             /* German writes the dance with a capital: "als ersten Tanz" */
        }
        size_t start = at + 1, word_end = start;
        while (word_end < len && word_end - start <= MAX_DANCE_WORD && letter((unsigned char)text[word_end])) {
            word_end++;
        }
        COUNT_NAMES_WORK(word_end - start);
        if (words == 0 && !word_is(text, start, word_end, as_words)) {
            return false;
        }
        if (words > 0 && word_is(text, start, word_end, dances)) {
            /* the dance ends the phrase: not "as the dance teacher" */
            return word_end == len || (text[word_end] != ' ' && !letter((unsigned char)text[word_end]))
                   || (word_end + 1 < len && text[word_end] == ' ' && !letter((unsigned char)text[word_end + 1]));
        }
        if (word_end < len && text[word_end] == '\'') {
            word_end++;               /* "l'ouverture": the elided article and its noun are one word */
            while (word_end < len && word_end - start <= MAX_DANCE_WORD && letter((unsigned char)text[word_end])) {
                word_end++;
            }
        }
        at = word_end;
    }
    return false;
}

/* Does a conjunction and at most three capitalised words ending in a noun that names a thing after a person
 * follow at `end` ("Knut och Alice Wallenbergs Stiftelse", "Bill and Melinda Gates Foundation")? Then the first
 * founder's name is part of the thing's. Reads at most four short words. */
static bool cofounder_thing_follows(const struct name_table *table, const char *text, size_t len, size_t end)
{
    enum { MAX_FOUNDER_WORDS = 3, MAX_FOUNDER_WORD = 24 };
    static const struct word_list conjunctions[] = {
        W("and"), W("och"), W("og"), W("und"), W("et"), W("y"), W("&"), { NULL, 0 },
    };
    if (end + 4 >= len || text[end] != ' ') {
        return false;
    }
    size_t at = end + 1, conjunction_end = at;
    while (conjunction_end < len && conjunction_end - at < 4 && text[conjunction_end] != ' ') {
        conjunction_end++;
    }
    if (!word_is(text, at, conjunction_end, conjunctions)) {
        return false;
    }
    at = conjunction_end;
    for (int words = 0; words < MAX_FOUNDER_WORDS; words++) {
        if (at + 2 >= len || text[at] != ' ' || !(isupper((unsigned char)text[at + 1]) || text[at + 1] == '\xC3')) {
            return false;
        }
        size_t word_end = at + 1;
        while (word_end < len && word_end - at <= MAX_FOUNDER_WORD
               && (letter((unsigned char)text[word_end]) || text[word_end] == '-')) {
            word_end++;
        }
        COUNT_NAMES_WORK(word_end - at);
        at = word_end + (word_end + 1 < len && text[word_end] == '\'' && text[word_end + 1] == 's' ? 2 : 0);
        if (named_after_noun_follows(table, text, len, at)) {
            return true;
        }
    }
    return false;
}

/* Does a company's legal form follow the words that end at `end` ("Weber GmbH", "Hansen & Co",
 * "Berg, Inc.")? Then they name a company, not a person. */
static bool company_follows(const struct name_table *table, const char *text, size_t len, size_t end)
{
    if (cofounder_thing_follows(table, text, len, end) || dance_follows(text, len, end)) {
        return true;                  /* "Knut och Alice Wallenbergs Stiftelse", "Jolene som första dans" */
    }
    size_t at = end;
    bool possessive = at + 1 < len && text[at] == '\'' && text[at + 1] == 's';
    if (possessive) {
        at += 2;                      /* "Megan's Law" */
    } else if (at + 1 < len && text[at] == '\'' && text[at - 1] == 's' && text[at + 1] == ' ') {
        possessive = true;            /* "St Thomas' Hospital" */
        at += 1;
    }
    if (at + 1 < len && text[at] == ' ' && letter((unsigned char)text[at + 1])) {
        size_t noun_end = at + 1;
        while (noun_end < len && noun_end - at < 32 && letter((unsigned char)text[noun_end])) {
            noun_end++;
        }
        unsigned lists = noun_end - at <= 16 ? cue_lists(table, text, at + 1, noun_end) : 0;

        if ((lists & LIST_NAMED_AFTER) || (possessive && (lists & LIST_POSSESSED))
            || (street_compound(text, at + 1, noun_end)
                && !has_name_part(word_flags(table, text + at + 1, noun_end - at - 1)))) {
            return true;              /* "Birger Jarlsgatan", "Lincoln Center" */
        }
    }
    if (possessive) {
        return false;
    }
    if (at + 1 < len && text[at] == '.' && text[at + 1] == ' ') {
        at++;                         /* "Martin Luther King Jr. Blvd" */
    }
    if (at < len && text[at] == ',') {
        at++;
    }
    if (at + 1 >= len || text[at] != ' ') {
        return false;
    }
    at++;
    if (text[at] == '&' && at + 2 < len && text[at + 1] == ' ') {
        at += 2;
    }
    return company_form_at(table, text, len, at);
}

/* Does `word` end the name before it, although a name part: a greeting or sign-off ("LG Gudrun
 * Danke für …"), or, after a sign-off (`signed_name`), a word of another language or a place
 * ("Hilsen Sondre Kan dere …": a sentence starts after the signature)? */
static bool ends_a_name(const struct name_table *table, const char *text, const struct word *word, bool signed_name)
{
    if (signed_name && ((word->flags & (NAME_FOREIGN_WORD | NAME_NEVER)) || !has_name_part(word->flags))
        && !is_unknown(word->flags)) {
        return true;                  /* but "Best regards,\nSusan Brown": Brown is a surname too */
    }
    /* and a title: "Laut Herrn Öztürk" is no name of three words */
    return ((word->flags & NAME_CUE) || is_unknown(word->flags))
           && (cue_lists(table, text, word->start, word->end) & (LIST_GREETING | LIST_SIGN_OFF | LIST_TITLE));
}

/* Do one or two lowercase words at `at` (after a space) end in a sign-off, so that the capitalised
 * word before them opens it ("Med vänlig hälsning", "Un saludo", "Mit freundlichen Grüßen")?
 * Reads at most two short words. */
static bool opens_sign_off(const struct name_table *table, const char *text, size_t len, size_t at)
{
    for (int words = 0; words < 2; words++) {
        if (at + 1 >= len || text[at] != ' ' || !lowercase((unsigned char)text[at + 1])) {
            return false;
        }
        size_t start = at + 1, end = start;
        while (end < len && end - start < 24 && letter((unsigned char)text[end])) {
            end++;
        }
        if (cue_lists(table, text, start, end) & LIST_SIGN_OFF) {
            return true;
        }
        at = end;
    }
    return false;
}

/* Is `word`, a word of another language of four letters or more and no name part, a surname
 * between two ("Victoria Alemán Ortiz")? The word after it must be a listed surname that is no first
 * name, or a word in no list that ends the name (no lowercase word after it): a first name after it
 * starts another name ("Anke Sowohl Claudia Klein als auch …"), and a noun with its sentence after a
 * name is no surname ("Sabine Wagner Der Vertrag mit …"). */
static bool surname_between(const struct name_table *table, const char *text, size_t len, const struct word *word)
{
    struct word after;
    if ((word->flags & (NAME_NEVER | NAME_CUE)) || !(word->flags & NAME_FOREIGN_WORD) || word->end - word->start < 4
        || !next_word(table, text, len, word, &after) || !name_shaped(text, &after)) {
        return false;
    }
    if (is_unknown(after.flags)) {
        return !(after.next + 1 < len && text[after.next] == ' ' && lowercase((unsigned char)text[after.next + 1]));
    }
    return has_name_part(after.flags) && !(after.flags & (NAME_FIRST | NAME_WORD | NAME_NEVER | NAME_PLACE));
}

/* Is `word`, a word of another language of four letters or more and no name part, the surname
 * that ends a name after a first name ("Review by Luana Mächtig: …")? Nothing word-like may follow
 * it: "Waltraud Wenn ich …" and "Anke Sowohl Claudia …" go on as sentences. */
static bool surname_last(const char *text, size_t len, const struct word *last, const struct word *word)
{
    if (!(last->flags & NAME_FIRST) || (word->flags & (NAME_NEVER | NAME_CUE)) || !(word->flags & NAME_FOREIGN_WORD)
        || word->end - word->start < 4 || !name_shaped(text, word)) {
        return false;
    }
    size_t at = word->next;
    return at == len || text[at] == '\n' || text[at] == '\r' || text[at] == ':' || text[at] == ',' || text[at] == ';'
           || text[at] == ')' || (text[at] == ' ' && at + 1 < len && text[at + 1] == '<');
}

/* Is `word`, a common English word and nothing else of four letters or more, the surname after an
 * unambiguous first name ("Clothilde Ravel", "Gaspard Tinsel")? The lists hold surnames that are
 * words as name parts (Baker, Bonnet); one they lack reads as a word. Only before the end of the
 * name: a line's end, punctuation or a lowercase word, never a capitalised one (a heading in title
 * case: "Sarah Report Draft"). */
static bool english_word_surname(const struct name_table *table, const char *text, size_t len,
                                 const struct word *last, const struct word *word)
{
    if (!(last->flags & NAME_FIRST) || (last->flags & (NAME_WORD | NAME_FOREIGN_WORD | NAME_NEVER | NAME_PLACE))
        || word->flags != NAME_WORD || word->end - word->start < 4 || word->end != word->next
        || !name_shaped(text, word) || cue_lists(table, text, word->start, word->end) != 0) {
        return false;
    }
    size_t at = word->next;
    if (at == len || text[at] == '\n' || text[at] == '\r') {
        return true;
    }
    if (text[at] == ' ') {
        return at + 1 < len && islower((unsigned char)text[at + 1]);
    }
    return text[at] == '.' || text[at] == ',' || text[at] == ':' || text[at] == ';' || text[at] == ')';
}

/* Extend a name over what may follow a name part: more name parts, words in no list,
 * a middle initial ("J."), a particle before a capitalised part ("van Dijk"). */
/* Is the name from `word` to `end` a club or a firm of a city: a word that is no first name before a city
 * ("Werder Bremen", "Holstein Kiel"), or a name before a city that is no name part ("Fortuna Düsseldorf",
 * "Olympique Lyon")? A person's surname is no city of 150,000 after a surname-like word; after a first
 * name it may be one ("Kari Bergen"). Only where no cue says "person" ("jeg heter Kari Oslo"). */
static bool club_of_a_city(const struct name_table *table, const char *text, size_t len, const struct word *word,
                           size_t end)
{
    struct word city;
    if (end + 1 < len && text[end] == ' ' && read_word(table, text, len, end + 1, &city)
        && (city.flags & NAME_PLACE) && !has_name_part(city.flags)) {
        return true;
    }
    return !(word->flags & NAME_FIRST) && word->next + 1 < end && text[word->next] == ' '
           && read_word(table, text, len, word->next + 1, &city) && city.end == end && (city.flags & NAME_PLACE);
}

/* Does a first name and a surname (or a brand's second word) start at `at`: "Christian Dior", "Kari Berg",
 * not "Santos La …"? After a small particle they are the person a thing is of or from ("Unterlagen von
 * Kari Berg"), for a person's own particle stands before the surname alone ("Ursula von der Leyen"). */
static bool person_follows(const struct name_table *table, const char *text, size_t len, size_t at)
{
    struct word first, second;
    return read_word(table, text, len, at, &first) && (first.flags & NAME_FIRST) && first.next + 1 < len
           && text[first.next] == ' ' && read_word(table, text, len, first.next + 1, &second)
           && (has_name_part(second.flags) || (second.flags & NAME_NEVER))
           && !(second.flags & (NAME_FOREIGN_WORD | NAME_CUE));
}

/* Do a first name's particles and a surname follow `word` ("Mary de Davis", "Per von Hagen", "Mats af Trolle",
 * "Maria de Laval"): up to MAX_PARTICLES small particles, then a listed surname that is no brand, or a word
 * in no list after a particle only names carry (von, van, af, zu, del, dos)? Not a first name and a surname
 * after the particle: "Kari von Ola Berg" says whose. Not a word of the language ("Ana de Recursos Humanos"),
 * a brand ("Carlos de Telefónica") nor a place that is no name part ("Marie de Lyon"). The surname is
 * returned in `next`. Bounded: three particles and one word. */
static bool particle_surname_follows(const struct name_table *table, const char *text, size_t len,
                                     const struct word *word, struct word *next)
{
    static const struct word_list name_particles[] = {
        W("von"), W("van"), W("af"), W("zu"), W("del"), W("dos"), { NULL, 0 },
    };
    size_t at = word->next + 1, after = at;
    for (int particle = 0; particle < MAX_PARTICLES; particle++) {
        size_t end = particle_end_at(text, len, after, false);
        if (end == 0) {
            break;
        }
        after = end;
    }
    if (after == at || !read_word(table, text, len, after, next) || !name_shaped(text, next)
        || (next->flags & (NAME_NEVER | NAME_CUE | NAME_WORD | NAME_FOREIGN_WORD))
        || person_follows(table, text, len, after)) {
        return false;
    }
    if (has_name_part(next->flags)) {
        return true;
    }
    size_t first_end = at;
    while (first_end < len && letter((unsigned char)text[first_end])) {
        first_end++;
    }
    return is_unknown(next->flags) && word_is(text, at, first_end, name_particles);
}

static size_t extend_name(const struct name_table *table, const char *text, size_t len, struct word last,
                          bool signed_name)
{
    for (int tokens = 1; tokens < MAX_NAME_TOKENS; tokens++) {
        size_t at = last.next;
        if (at + 2 >= len || text[at] != ' ') {
            break;
        }
        at++;
        /* A surname's initial after a lone first name, ending the line or clause: "Hilsen Kjellaug B." */
        if (tokens == 1 && isupper((unsigned char)text[at]) && text[at + 1] == '.'
            && (at + 2 == len || text[at + 2] == '\n' || text[at + 2] == '\r' || text[at + 2] == ','
                || text[at + 2] == ')')) {
            return at + 2;
        }
        /* A middle initial: one capital and a dot, then a space. */
        if (isupper((unsigned char)text[at]) && text[at + 1] == '.' && at + 3 < len && text[at + 2] == ' ') {
            struct word after;
            if (read_word(table, text, len, at + 3, &after) && !(after.flags & NAME_NEVER)) {
                last = after;
                continue;
            }
            break;
        }
        /* Up to three particles: "van der Berg", "de La Tour", "de los Santos", "d'Aubigné"; a capitalised one
         * only before a capitalised word ("Marie Le Pen"). */
        size_t after_particles = at;
        for (int particle = 0; particle < MAX_PARTICLES; particle++) {
            size_t particle_end = particle_end_at(text, len, after_particles, true);
            if (particle_end == 0) {
                break;
            }
            after_particles = particle_end;
        }
        if (after_particles > at) {
            /* after a particle any capitalised word is the surname, a brand's or a place's too: "van den
             * Bosch", "del Río", "de La Tour" */
            struct word after;
            bool read = read_word(table, text, len, after_particles, &after);
            /* but not a thing named after one, a hyphen compound of a name and its noun: "mit Hannah Lange von
             * dem Georg-Büchner-Preis ausgezeichnet" ends at Lange */
            bool named_thing = read && (after.flags & NAME_NEVER)
                               && memchr(text + after.start, '-', after.end - after.start) != NULL;
            if (read && !(after.flags & NAME_CUE) && !named_thing
                && !(islower((unsigned char)text[at]) && person_follows(table, text, len, after_particles))) {
                last = after;
                continue;
            }
            /* a Spanish double given name goes on to its surname: "María del Carmen Vázquez", "María de los
             * Ángeles Ruiz" */
            if (read && tokens == 1 && (last.flags & NAME_FIRST) && (after.flags & NAME_FIRST)
                && !(after.flags & NAME_CUE) && text[at] == 'd' && text[at + 1] == 'e') {
                last = after;
                continue;
            }
            /* "Unterlagen von Christian Dior", "Brief von Kari Berg": a small particle before a first name and
             * a surname says "of", "from": a person's own particle comes before the surname */
            break;
        }
        struct word next;
        /* a saint's name as a surname after a first name, not a street's type: "Araminta St. Clair", "Noah St John" */
        if (tokens == 1 && (last.flags & NAME_FIRST) && text[at] == 'S' && text[at + 1] == 't' && at + 5 < len
            && (text[at + 2] == '.' ? text[at + 3] == ' ' : text[at + 2] == ' ')) {
            size_t surname = at + (text[at + 2] == '.' ? 4 : 3);
            if (isupper((unsigned char)text[surname]) && read_word(table, text, len, surname, &next)
                && has_name_part(next.flags) && !(next.flags & (NAME_NEVER | NAME_WORD))) {
                last = next;
                continue;
            }
        }
        if (read_caps_word(table, text, len, at, &next)) {
            /* a listed surname, or after a first name a word in no list of five letters or more ("Jean
             * DUPONTEL"; not "Anna ASAP") */
            bool unlisted_surname = is_unknown(next.flags) && (last.flags & NAME_FIRST) && next.end - next.start >= 5;
            if (!(has_name_part(next.flags) || unlisted_surname) || (next.flags & (NAME_NEVER | NAME_WORD))) {
                break;
            }
            last = next;              /* a surname in capitals, as French writes it: "Jean DUPONT" */
            continue;
        }
        if (!read_word(table, text, len, at, &next)
            || !(has_name_part(next.flags) || is_unknown(next.flags) || surname_between(table, text, len, &next)
                 || surname_last(text, len, &last, &next) || english_word_surname(table, text, len, &last, &next))) {
            break;
        }
        /* One probe for the lists of the word: a legal form, or a noun that makes the name before it a
         * thing ("Lincoln Center", "Megan's Law"; company_follows then says so) */
        unsigned lists = cue_lists(table, text, next.start, next.end);
        bool possessive = last.next > last.end;
        if ((lists & LIST_NAMED_AFTER) || (possessive && (lists & LIST_POSSESSED))
            || ((lists & LIST_COMPANY_FORM) && company_form_at(table, text, len, at))
            || ends_a_name(table, text, &next, signed_name) || opens_sign_off(table, text, len, next.next)
            || final_thing_verb_follows(text, len, next.end)) {
            break;                    /* and "mit Hannah Lange Maultaschen gegessen": the dish */
        }
        last = next;
    }
    return last.end;
}

/* Where the longest listed non-name phrase starting at `word` ends ("Sierra Leone",
 * "Bosnia and Herzegovina", "Aston Martin", "Dolce & Gabbana"), or 0. Its words would otherwise pass for
 * a first name and a surname. */
static size_t phrase_end(const struct name_table *table, const char *text, size_t len, const struct word *word)
{
    if (!(word->flags & NAME_PHRASE_START)) {
        return 0;
    }
    size_t found = 0, end = word->next;
    for (int words = 2; words <= MAX_PHRASE_WORDS; words++) {
        if (end + 2 < len && text[end] == '.' && text[end + 1] == ' ') {
            end++;                    /* an abbreviation's dot: "Dr. Oetker", "Arthur D. Little" */
        }
        if (end + 1 >= len || text[end] != ' ') {
            break;
        }
        end++;
        if (text[end] == '&' && end + 2 < len && text[end + 1] == ' ') {
            end += 2;                 /* "Dolce & Gabbana": the ampersand joins the phrase's words */
        }
        if (!letter((unsigned char)text[end])) {
            break;
        }
        while (end < len && (letter((unsigned char)text[end]) || text[end] == '-' || text[end] == '\'')) {
            end++;
        }
        size_t length = end - word->start;
        if (length > MAX_WORD) {
            break;                    /* no listed phrase is longer, and the next would be */
        }
        COUNT_PHRASE_LOOKUP();
        uint32_t hash = hash_word(text + word->start, length);
        const struct name_slot *slot = find_hashed_slot(table, text + word->start, length, hash);
        if (slot != NULL && (slot->flags & NAME_NEVER)) {
            found = end;
        }
        /* "The quarterly review …": no listed phrase goes on past "The quarterly", so no longer one is
         * looked up (the next word is joined by a space or a dot, and the filter has every phrase's
         * words before each of them: no phrase is missed) */
        if (!phrase_filter_has(table, hash)) {
            break;
        }
    }
    return found;
}

/* Is there work for names_find at `at`: a capital (A-Z, or a lead byte 0xC3-0xC5 of a Latin-1 or Latin
 * Extended-A letter in UTF-8) with no letter before it, a '.' before a small ASCII letter (a login
 * handle's, "kari.nordmann"), or a ',' or ':' before a space and a small ASCII letter (where a name in small
 * letters may follow a greeting or a key: lowercase_name_after)? A capital after a letter ("getName",
 * "AKIAIOSF", the ü of "Müller") starts no word, and a ',' or ':' before anything else leads to no name:
 * names_find would only step over either, one byte at a time, and code, keys and JSON hold many. */
static inline bool names_stop_at(const char *text, size_t len, size_t at)
{
    unsigned char c = (unsigned char)text[at];
    if ((unsigned)(c - 'A') <= 'Z' - 'A' || (unsigned)(c - 0xC3) <= 0xC5 - 0xC3) {
        return at == 0 || !letter((unsigned char)text[at - 1]);
    }
    if (c == '.') {
        return at + 1 < len && (unsigned)((unsigned char)text[at + 1] - 'a') < 26;
    }
    if (c == ',' || c == ':') {
        return at + 2 < len && text[at + 1] == ' ' && (unsigned)((unsigned char)text[at + 2] - 'a') < 26;
    }
    return false;
}

/* The first byte at or after `at` where names_stop_at holds, or len. SSE2 looks at sixteen bytes at a
 * time (reading the byte before them and the two after). */
static size_t next_capital(const char *text, size_t len, size_t at)
{
#ifdef __SSE2__
    const __m128i capital_a = _mm_set1_epi8('A'), span = _mm_set1_epi8('Z' - 'A');
    const __m128i latin = _mm_set1_epi8((char)0xC3), latin_span = _mm_set1_epi8(0xC5 - 0xC3);
    const __m128i dot = _mm_set1_epi8('.'), small_a = _mm_set1_epi8('a'), small_span = _mm_set1_epi8('z' - 'a');
    const __m128i comma = _mm_set1_epi8(','), colon = _mm_set1_epi8(':'), space = _mm_set1_epi8(' ');
    const __m128i case_bit = _mm_set1_epi8(0x20), zero = _mm_setzero_si128();
    while (at + 18 <= len) {
        __m128i bytes = _mm_loadu_si128((const __m128i *)(const void *)(text + at));
        __m128i next_bytes = _mm_loadu_si128((const __m128i *)(const void *)(text + at + 1));
        __m128i third_bytes = _mm_loadu_si128((const __m128i *)(const void *)(text + at + 2));
        /* the byte before each: at the text's start, a zero, which is no letter */
        __m128i before = at > 0 ? _mm_loadu_si128((const __m128i *)(const void *)(text + at - 1))
                                : _mm_slli_si128(bytes, 1);
        __m128i offset = _mm_sub_epi8(bytes, capital_a);
        __m128i latin_offset = _mm_sub_epi8(bytes, latin);
        __m128i capitals = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(offset, span), offset),
                                        _mm_cmpeq_epi8(_mm_min_epu8(latin_offset, latin_span), latin_offset));
        /* letter(): an ASCII letter of either case, or any byte from 0x80 */
        __m128i before_offset = _mm_sub_epi8(_mm_or_si128(before, case_bit), small_a);
        __m128i letter_before = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(before_offset, small_span), before_offset),
                                             _mm_cmplt_epi8(before, zero));
        capitals = _mm_andnot_si128(letter_before, capitals);
        __m128i after = _mm_sub_epi8(next_bytes, small_a);
        __m128i small_after = _mm_cmpeq_epi8(_mm_min_epu8(after, small_span), after);
        __m128i handle_dots = _mm_and_si128(_mm_cmpeq_epi8(bytes, dot), small_after);
        __m128i third = _mm_sub_epi8(third_bytes, small_a);
        __m128i small_third = _mm_cmpeq_epi8(_mm_min_epu8(third, small_span), third);
        __m128i marks = _mm_and_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, comma), _mm_cmpeq_epi8(bytes, colon)),
                                      _mm_and_si128(_mm_cmpeq_epi8(next_bytes, space), small_third));
        int found = _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(capitals, handle_dots), marks));
        if (found != 0) {
            return at + (size_t)__builtin_ctz((unsigned)found);
        }
        at += 16;
    }
#endif
    while (at < len && !names_stop_at(text, len, at)) {
        at++;
    }
    return at;
}

/* A French elided word: one capital (or "Qu") and an apostrophe before a small letter. */
static bool elided(const char *text, const struct word *word)
{
    size_t at = word->start + 1;
    if (text[word->start] == 'Q' && word->end - word->start > 3 && text[at] == 'u') {
        at++;
    }
    return word->end - at > 1 && text[at] == '\'' && lowercase((unsigned char)text[at + 1]);
}

/* Does a lowercase noun of a closing follow at `at` ("… journée", "… soirée", "… helg", "… finde"), so
 * that the capitalised word before it is its adjective, not a name? Nouns of the languages that write
 * them in small letters; an English or German closing's words are words already. One short word read. */
static bool closing_noun_follows(const char *text, size_t len, size_t at)
{
    static const struct word_list nouns[] = {
        W("journée"), W("soirée"), W("semaine"), W("week-end"), W("continuation"), W("vacances"), W("chance"),
        W("courage"), W("réception"), W("année"), W("fêtes"), W("dimanche"), W("helg"), W("kveld"), W("kväll"),
        W("dag"), W("dagen"), W("sommer"), W("sommar"), W("jul"), W("påske"), W("påsk"), W("tur"), W("resa"),
        W("reise"), W("semana"), W("finde"), W("día"), W("tarde"), W("noche"), W("viaje"), W("verano"),
        { NULL, 0 },
    };
    if (at + 2 >= len || text[at] != ' ' || !lowercase((unsigned char)text[at + 1])) {
        return false;
    }
    size_t start = at + 1, end = start;
    while (end < len && end - start < 16 && (letter((unsigned char)text[end]) || text[end] == '-')) {
        end++;
    }
    return word_is(text, start, end, nouns);
}

/* Is `word` the "San", "Santa", "Sankt", "São" or "Sainte" of a place or saint before a capitalised word
 * ("San Sebastián", "Santa Cruz de Tenerife", "Sankt Hans")? Returns where that word ends, or 0. A title
 * is no such word ("Mr San"). */
static size_t saint_name_end(const struct name_table *table, const char *text, size_t len, const struct word *word)
{
    static const struct word_list saints[] = {
        W("San"), W("Santa"), W("Santo"), W("Sankt"), W("São"), W("Sainte"), { NULL, 0 },
    };
    struct word next;
    if (text[word->start] != 'S' || !word_is(text, word->start, word->end, saints)
        || !next_word(table, text, len, word, &next)) {
        return 0;
    }
    return next.next;
}

static const size_t NO_JOIN = (size_t)-1;

/* Where the next cell of a table row starts, if a cell ends at `end` and another follows on the
 * line: "Frida\tHedlund" (TSV), "| Bonnet | Loïc |" (Markdown), "('Frida', 'Hedlund'" (SQL
 * values), "\"Kari\",\"Berg\"" and "Kari,Berg" (CSV); or NO_JOIN. A first name and a surname in
 * two cells side by side are one person, as in "Kari Berg". */
static size_t next_cell_at(const char *text, size_t len, size_t end)
{
    if (end + 1 >= len) {
        return NO_JOIN;
    }
    char c = text[end];
    if (c == '\t' || ((c == ',' || c == ';') && isupper((unsigned char)text[end + 1]))) {
        return end + 1;
    }
    /* "| Bonnet | Loïc |", and psql's padded "Kari        | Karlsson" (a bounded look) */
    size_t bar = end;
    while (bar < len && bar < end + MAX_CELL_PADDING && text[bar] == ' ') {
        bar++;
    }
    if (bar > end && bar + 1 < len && text[bar] == '|' && text[bar + 1] == ' ') {
        return bar + 2;
    }
    if (c == '\'' || c == '"') {
        size_t at = end + 1;
        if (at < len && text[at] == ',') {
            at++;
            while (at < len && at < end + 4 && text[at] == ' ') {
                at++;
            }
            if (at + 1 < len && text[at] == c) {
                return at + 1;
            }
        }
    }
    return NO_JOIN;
}

/* Where the word after "<name> and " (or "&", "or") starts, or the next cell of a table row's,
 * or NO_JOIN. */
static size_t joined_word_at(const char *text, size_t len, size_t end)
{
    size_t cell = next_cell_at(text, len, end);
    if (cell != NO_JOIN) {
        return cell;
    }
    /* and, or in the languages the finder reads: "Ola og Kari kommer", "Anna und Jonas" */
    static const struct word_list joins[] = {
        W(" and "), W(" & "), W(" or "), W(" og "), W(" och "), W(" und "), W(" et "), W(" y "), W(" e "),
        W(" eller "), W(" oder "), W(" ou "), W(" o "), { NULL, 0 },
    };
    /* Called for most capitalised words: a word not followed by a space is the usual answer. */
    if (end + 1 >= len || text[end] != ' ' || !memchr("a&ouey", text[end + 1], 6)) {
        return NO_JOIN;
    }
    for (const struct word_list *join = joins; join->word != NULL; join++) {
        /* the byte after the space first: most words are followed by none of these */
        if (join->word[1] == text[end + 1] && end + join->len < len && memcmp(text + end, join->word, join->len) == 0) {
            return end + join->len;
        }
    }
    return NO_JOIN;
}

/* "between Yago and Antônio", "Daiwik and Sarah": a word the lists lack, or a name part
 * that is also a word (Amber, Even), joined to a name is a name too. Never a place or
 * product ("Sarah and Oslo", "Sarah and Docker"). */
static bool may_join_a_name(const char *text, const struct word *word)
{
    return (has_name_part(word->flags) || (is_unknown(word->flags) && name_shaped(text, word)))
           && !(word->flags & (NAME_NEVER | NAME_CUE));
}

/* Is `word` the first of two joined names ("Daiwik and Sarah"): the word after the join
 * would start a name by itself? */
static bool joined_to_a_name(const struct name_table *table, const char *text, size_t len, const struct word *word)
{
    if (!may_join_a_name(text, word)) {
        return false;
    }
    size_t at = joined_word_at(text, len, word->next);
    struct word next;
    if (at == NO_JOIN || !read_word(table, text, len, at, &next)) {
        return false;
    }
    if (word->flags & NAME_FIRST) {
        next.flags &= ~(unsigned)NAME_DICTIONARY_WORD;  /* "Pilar<TAB>Cabrera": a word after a first name is a surname */
    }
    return starts_name(table, text, len, &next, CUE_WEAK);
}

/* ---- values under a key, cells under a column ---- */

/* The key folded to lowercase letters and digits into `folded` (32 bytes): its length, or 0. */
static size_t fold_key(const char *key, size_t len, char *folded)
{
    size_t out = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)key[i];
        if (c == '_' || c == '-' || c == ' ' || c == '.') {
            continue;
        }
        if (out == 32 || (!isalnum(c) && c < 0x80)) {
            return 0;
        }
        folded[out++] = (char)tolower(c);
    }
    return out;
}

enum name_key_kind names_key_kind(const char *key, size_t len)
{
    char folded[32];
    size_t out = fold_key(key, len, folded);
    if (out == 0) {
        return NAME_KEY_NONE;
    }
    if (word_is(folded, 0, out, name_part_keys)) {
        return NAME_KEY_NAME_PART;
    }
    if (word_is(folded, 0, out, person_keys)) {
        return NAME_KEY_PERSON;
    }
    return word_is(folded, 0, out, name_keys) ? NAME_KEY_NAME : NAME_KEY_NONE;
}

/* names_key_kind by one probe of the cue table, which indexes the same lists: the finder asks for
 * every key and every word in capitals it reads. */
static enum name_key_kind key_kind(const struct name_table *table, const char *key, size_t len)
{
    char folded[32];
    size_t out = fold_key(key, len, folded);
    unsigned lists = out != 0 ? cue_lists(table, folded, 0, out) : 0;
    return lists & LIST_KEY_NAME_PART ? NAME_KEY_NAME_PART
           : lists & LIST_KEY_PERSON  ? NAME_KEY_PERSON
           : lists & LIST_KEY_AGENT   ? NAME_KEY_AGENT
           : lists & LIST_KEY_NAME    ? NAME_KEY_NAME
                                      : NAME_KEY_NONE;
}

/* A middle initial: one capital and a dot ("J."), then a space or the end. */
static bool initial_at(const char *text, size_t end, size_t at)
{
    return at + 1 < end && isupper((unsigned char)text[at]) && text[at + 1] == '.'
           && (at + 2 == end || text[at + 2] == ' ');
}

/* Under a key that names a name's part ("Surname: GYLLENHAMMAR", "Given names\nTESFALEM"), forms and
 * passports write the value in capitals, whether the lists hold it or not: every word in capitals, none in no
 * list under four letters ("TBD"), and a lone word that is a word too ("NULL") a name only if unambiguous.
 * (Words that are no name part but a common word were refused before.) */
static bool capitals_name_a_part(size_t capital_words, size_t words, size_t short_unlisted, size_t unambiguous,
                                 unsigned first_flags)
{
    if (capital_words != words || short_unlisted > 0) {
        return false;
    }
    return words > 1 || unambiguous > 0 || is_unknown(first_flags);
}

/* Is text[start, end) a person's name, given that its key or column says it holds one
 * (NAME_KEY_PERSON), a part of one (NAME_KEY_NAME_PART) or may (NAME_KEY_NAME)? One to
 * five capitalised words shaped like a name, middle initials and particles allowed; no
 * place, product, legal form or common word ("Platform Team", "Kubernetes"). Under a person
 * key a word in no list is a name ("Tveitane"), but a lone common word is one only if a
 * first name ("Guest" is none); under `name` one word of the name lists must be there, and
 * a lone one must be no common word ("Grace" alone may be a setting). */
static bool value_is_person(const struct name_table *table, const char *text, size_t start, size_t end,
                            enum name_key_kind kind)
{
    size_t tokens = 0, name_parts = 0, unambiguous = 0, capital_words = 0, words = 0, capitals_unlisted = 0;
    size_t short_unlisted = 0;        /* words in no list under four letters: "TBD", "NN" */
    unsigned first_flags = 0;
    bool seen_comma = false;
    unsigned last_flags = 0;
    size_t at = start;
    while (at < end) {
        if (++tokens > MAX_NAME_TOKENS + 1) {
            return false;
        }
        size_t token_end;
        struct word word;
        if (initial_at(text, end, at)) {
            token_end = at + 2;
        } else if (islower((unsigned char)text[at])) {
            /* a particle: "van", "de la", "d'Aubigné", first too under a surname's key ("von Essen") */
            size_t particle_end = particle_end_at(text, end, at, false);
            if (particle_end == 0) {
                return false;
            }
            if (text[particle_end - 1] == '\'') {
                at = particle_end;                   /* "d'": the surname follows without a space */
                continue;
            }
            token_end = particle_end - 1;
        } else {
            /* "NAVN: KJELLAUG BREKKE": read as Kjellaug Brekke (first: read_word takes "ÅKESSON" for a word) */
            bool capitals = read_caps_word(table, text, end, at, &word);
            capital_words += capitals;
            if (!capitals && !read_word(table, text, end, at, &word)) {
                return false;
            }
            if ((!capitals && !name_shaped(text, &word)) || company_form_at(table, text, end, at)) {
                return false;
            }
            token_end = word.next;
            if (tokens == 1 && (cue_lists(table, text, word.start, word.end) & LIST_TITLE)) {
                tokens = 0;          /* "Passenger: MR ALGERNON PEMBERTON", "Client : Mme Peyrefitte" */
                at = token_end + (token_end < end && text[token_end] == '.');
                while (at < end && text[at] == ' ') {
                    at++;
                }
                continue;
            }
            bool part = has_name_part(word.flags);
            if (((word.flags & (NAME_WORD | NAME_NEVER)) && !part)
                || (word.flags & (NAME_WORD | NAME_NEVER)) == (NAME_WORD | NAME_NEVER)) {
                return false;                        /* "Team", "Oslo", "Docker", "CN=Sales Norway" */
            }
            if (words == 0) {
                first_flags = word.flags;
            }
            last_flags = word.flags;
            words++;
            capitals_unlisted += capitals && !part;
            short_unlisted += is_unknown(word.flags) && word.end - word.start < 4;
            name_parts += part;
            unambiguous += part && !(word.flags & (NAME_WORD | NAME_NEVER));
        }
        at = token_end;
        if (at < end && text[at] == ',' && kind != NAME_KEY_NAME && tokens <= 2 && !seen_comma) {
            at++;                                    /* "Dupont, Jean", "Garmendia Echevarría, Eulalia" */
            seen_comma = true;
        }
        if (at < end && text[at] != ' ') {
            return false;
        }
        while (at < end && text[at] == ' ') {
            at++;
        }
    }
    if (tokens == 0 || words == 0) {
        return false;
    }
    /* Capitals are a name only with a listed name part that is no word, and beside small letters only as
     * a listed surname ("Jean DUPONT"): not "owner: TBD", "customer: ACME", "last_name: NULL", "name":
     * "Billing API" */
    if (capital_words > 0 && ((words < 2 ? unambiguous == 0 : name_parts == 0)
                              || (capital_words != words && capitals_unlisted > 0))
        && !(kind == NAME_KEY_NAME_PART && capitals_name_a_part(capital_words, words, short_unlisted, unambiguous,
                                                                 first_flags))) {
        return false;
    }
    if (kind == NAME_KEY_NAME_PART) {
        return true;
    }
    /* "Teilnehmer: Alle Mitarbeiter", "Asistentes: Todo el equipo": a function word of a language that is
     * no first name, before a word in no list, opens a phrase, not a name */
    if (words == 2 && (first_flags & NAME_FOREIGN_WORD) && !(first_flags & NAME_FIRST) && is_unknown(last_flags)) {
        return false;
    }
    /* "customer": "Guest": a lone word that is also a common word is a person only as a first name. */
    if (kind == NAME_KEY_PERSON) {
        return tokens > 1 || !(last_flags & NAME_WORD) || (last_flags & NAME_FIRST);
    }
    /* "Approved by Finance", "Godkjent av Havørn", "Aprobado por Halcón": after a workflow's phrase a lone word
     * is a person only as a first name of the lists that is no word nor place (a project is often named by a
     * surname); two words or more are one, in the lists or not */
    if (kind == NAME_KEY_AGENT) {
        return tokens > 1 || ((last_flags & NAME_FIRST) && !(last_flags & (NAME_WORD | NAME_NEVER | NAME_PLACE)));
    }
    return kind == NAME_KEY_NAME && name_parts > 0 && (tokens > 1 || unambiguous > 0);
}

bool names_value_is_person(const struct name_table *table, const char *value, size_t len, enum name_key_kind kind)
{
    size_t start = 0, end = len;
    while (start < end && isspace((unsigned char)value[start])) {
        start++;
    }
    while (end > start && isspace((unsigned char)value[end - 1])) {
        end--;
    }
    return start < end && value_is_person(table, value, start, end, kind);
}

enum { MAX_KEY = 40, MAX_VALUE = 96 };

static bool key_byte(unsigned char c)
{
    return ascii_alnum(c) || c == '_' || c == '-' || c == '.' || c >= 0x80;
}

/* The key a value starting at `at` stands under: `"first_name": "Kari`, `owner: Kari`,
 * `'navn': 'Kari`, or NAME_KEY_NONE. Looks back a bounded few bytes: no rescan. `quote`
 * gets the quote that opens the value, or 0. */
/* Do three dots or more end at `at`, after a space ("Surname ........ SMITH", "Given names .... Kari"):
 * a register's or a form's dotted leader between a label and its value? */
static bool dotted_leader_before(const char *text, size_t at)
{
    return at >= 4 && text[at - 1] == '.' && text[at - 2] == '.' && text[at - 3] == '.';
}

/* Labels a form or a passport's printed page puts before a name part with no ':' (they are read only as
 * NAME_KEY_NAME_PART, the keys that name nothing else): the segments of text[start, end) split at '/', a
 * tab and two blanks ("Etternavn / Surname", "Name / Surname / Nom"), each read whole and by its last
 * words ("3 Surname"). A label line is short: at most LABEL_LINE bytes are read back. */
enum { LABEL_LINE = 48 };

static bool names_a_part(const struct name_table *table, const char *text, size_t start, size_t end)
{
    size_t segment_end = end;
    for (size_t at = end; at > start; at--) {
        char c = text[at - 1];
        bool split = c == '/' || c == '\t' || (c == ' ' && at - 1 > start && text[at - 2] == ' ');
        if (!split && at - 1 != start) {
            continue;
        }
        size_t from = split ? at : start, to = segment_end;
        while (from < to && text[from] == ' ') {
            from++;
        }
        while (to > from && text[to - 1] == ' ') {
            to--;
        }
        /* the segment whole, then its last three words, two and one ("Nom de famille", "3 Surname") */
        size_t word = to, words = 0;
        while (to - from <= MAX_KEY && words < 4) {
            while (word > from && text[word - 1] != ' ') {
                word--;
            }
            size_t probe = words == 3 ? from : word;
            if (key_kind(table, text + probe, to - probe) == NAME_KEY_NAME_PART) {
                return true;
            }
            if (probe == from) {
                break;
            }
            words++;
            word--;
        }
        segment_end = at - 1;
    }
    return false;
}

/* May a label with no ':' stand before `at`: a tab or two blanks before a word in small letters after its
 * capital, or a line's start before a word in capitals? Byte tests: most words follow one blank and are left
 * here. */
static inline bool label_may_stand_before(const char *text, size_t at, bool capitals)
{
    if (at == 0) {
        return false;
    }
    char before = text[at - 1];
    if (!capitals && (before == '\t' || (before == ' ' && at >= 2 && text[at - 2] == ' '))) {
        return true;              /* capitals after blanks are a command's table ("NAME   READY"), not a form */
    }
    return before == '\n' && isupper((unsigned char)text[at])
           && (isupper((unsigned char)text[at + 1]) || (unsigned char)text[at + 1] >= 0x80);
}

/* The label before a value at `at` that has no ':' after it: the label and two blanks or a tab on the value's
 * line ("3 Surname  NÍ CHEALLAIGH", "Last name\tRavensworth"), or the line above the value's, all label
 * ("Etternavn / Surname\nHANSEN", a passport's visual zone). NAME_KEY_NAME_PART or NAME_KEY_NONE. */
static enum name_key_kind name_label_before(const struct name_table *table, const char *text, size_t at)
{
    size_t i = at;
    while (i > 0 && at - i < MAX_CELL_PADDING && (text[i - 1] == ' ' || text[i - 1] == '\t')) {
        i--;
    }
    if (i > 0 && text[i - 1] != '\n') {
        bool gap = at - i >= 2 || (at > i && text[at - 1] == '\t');
        size_t start = i;
        while (gap && start > 0 && i - start < MAX_KEY && text[start - 1] != '\n' && text[start - 1] != '\t'
               && !(text[start - 1] == ' ' && start >= 2 && text[start - 2] == ' ')) {
            start--;
        }
        COUNT_NAMES_WORK(at - start);
        return gap && names_a_part(table, text, start, i) ? NAME_KEY_NAME_PART : NAME_KEY_NONE;
    }
    /* the line above names only a value in capitals ("HANSEN", "ÅSA"): most lines open with a word in small
     * letters after its capital, and are left after these byte tests */
    if (i == 0 || !isupper((unsigned char)text[at]) || !(isupper((unsigned char)text[at + 1])
                                                        || (unsigned char)text[at + 1] >= 0x80)) {
        return NAME_KEY_NONE;
    }
    size_t end = i - 1;               /* the line above, without its ':' and blanks */
    while (end > 0 && i - end < LABEL_LINE && (text[end - 1] == ' ' || text[end - 1] == ':' || text[end - 1] == '\r')) {
        end--;
    }
    if (end == 0 || !letter((unsigned char)text[end - 1])) {
        return NAME_KEY_NONE;         /* a sentence's or a statement's end: no label */
    }
    size_t start = end;
    while (start > 0 && i - start < LABEL_LINE && text[start - 1] != '\n') {
        start--;
    }
    COUNT_NAMES_WORK(i - start);
    if ((start > 0 && text[start - 1] != '\n') || start == end || !letter((unsigned char)text[end - 1])) {
        return NAME_KEY_NONE;
    }
    return names_a_part(table, text, start, end) ? NAME_KEY_NAME_PART : NAME_KEY_NONE;
}

/* The preposition a workflow's phrase ends in at text[start, start + n) ("approved by", "assigned to", "godkjent
 * av", "zugewiesen an", "validé par", "asignado a"), as the last letters the participle before it may end in
 * ("\xa9": é's last byte), or NULL. By length and bytes: most words before a capital are none, told so without
 * a loop. */
static const char *agent_preposition(const char *text, size_t start, size_t n)
{
    const char *w = text + start;
    char first = (char)(w[0] | 0x20);
    switch (n) {
    case 1:
        return first == 'a' ? "oa" : NULL;                                      /* asignado a */
    case 2:
        if ((unsigned char)w[0] == 0xC3 && (unsigned char)w[1] == 0xA0) {
            return ("\xa9" "e");                                              /* assigné à */
        }
        return first == 'b' && w[1] == 'y'   ? "dn"                           /* approved by */
               : first == 't' && w[1] == 'o' ? "dg"                           /* assigned to, assigning to */
               : first == 'a' && w[1] == 'v' ? "tdns"                         /* godkjent av, godkänd av */
               : first == 'a' && w[1] == 'n' ? "n"                            /* zugewiesen an */
                                             : NULL;
    case 3:
        return first == 't' && w[1] == 'i' && w[2] == 'l'   ? "td"           /* tildelt til */
               : first == 'v' && w[1] == 'o' && w[2] == 'n' ? "tn"           /* genehmigt von */
               : first == 'p' && w[1] == 'a' && w[2] == 'r' ? ("\xa9" "eu")  /* validé par, relu par */
               : first == 'p' && w[1] == 'o' && w[2] == 'r' ? "oa"           /* aprobado por */
                                                            : NULL;
    case 4:
        return first == 't' && memcmp(w + 1, "ill", 3) == 0 ? "td" : NULL;   /* tilldelad till */
    case 5:
        return first == 'd' && memcmp(w + 1, "urch", 4) == 0 ? "tn" : NULL;  /* freigegeben durch */
    default:
        return NULL;
    }
}

/* "Approved by Kari Berg", "Godkjent av …", "Zugewiesen an …", "Acta levantada por …", "Tildelt Kari …": a
 * workflow's phrase right before a value with no ':' between is the value's key (agent_phrases). Reads the
 * one to three words before `at` on its line, single blanks between: at most AGENT_PHRASE bytes, and one or
 * two probes of the cue table only where a participle's ending stands before such a preposition. */
enum { AGENT_PHRASE = 32 };

static size_t word_start_before(const char *text, size_t end, size_t floor)
{
    size_t start = end;
    while (start > floor && letter((unsigned char)text[start - 1])) {
        start--;
    }
    COUNT_NAMES_WORK(end - start);
    return start;
}

static enum name_key_kind agent_key(const struct name_table *table, const char *text, size_t start, size_t end)
{
    enum name_key_kind kind = key_kind(table, text + start, end - start);
    return kind == NAME_KEY_PERSON || kind == NAME_KEY_AGENT ? NAME_KEY_AGENT : NAME_KEY_NONE;
}

static enum name_key_kind agent_before(const struct name_table *table, const char *text, size_t at)
{
    if (at < 3 || text[at - 1] != ' ') {
        return NAME_KEY_NONE;
    }
    size_t floor = at > AGENT_PHRASE + 1 ? at - AGENT_PHRASE - 1 : 0;
    size_t end = at - 1, start = word_start_before(text, end, floor);
    size_t n = end - start;
    if (n >= 7 && n <= 9 && (text[start] | 0x20) == 't' && text[start + 1] == 'i' && text[start + 2] == 'l') {
        return agent_key(table, text, start, end);   /* "Tildelt", "Tilldelad", "Tilldelat" */
    }
    const char *participle_ends = n >= 1 ? agent_preposition(text, start, n) : NULL;
    if (participle_ends == NULL || start < floor + 5 || text[start - 1] != ' ') {
        return NAME_KEY_NONE;
    }
    size_t participle = word_start_before(text, start - 1, floor);
    if (start - 1 - participle < 3 || strchr(participle_ends, text[start - 2]) == NULL) {
        return NAME_KEY_NONE;
    }
    enum name_key_kind kind = agent_key(table, text, participle, end);
    if (kind == NAME_KEY_NONE && participle >= floor + 2 && text[participle - 1] == ' ') {
        kind = agent_key(table, text, word_start_before(text, participle - 1, floor), end);  /* "Acta levantada por" */
    }
    return kind;
}

static enum name_key_kind key_before(const struct name_table *table, const char *text, size_t at, char *quote)
{
    size_t i = at;
    *quote = 0;
    if (i > 0 && (text[i - 1] == '"' || text[i - 1] == '\'')) {
        *quote = text[--i];
    }
    size_t floor = i > MAX_KEY + 8 ? i - MAX_KEY - 8 : 0;
    while (i > floor && (text[i - 1] == ' ' || text[i - 1] == '\t')) {
        i--;
    }
    bool leader = dotted_leader_before(text, i);
    if (i == 0 || (text[i - 1] != ':' && text[i - 1] != '=' && !leader)) {
        enum name_key_kind agent = *quote ? NAME_KEY_NONE : agent_before(table, text, at);
        if (agent != NAME_KEY_NONE) {
            return agent;
        }
        return *quote || !label_may_stand_before(text, at, false) ? NAME_KEY_NONE
                                                                  : name_label_before(table, text, at);
    }
    i--;
    while (leader && i > floor && text[i - 1] == '.') {
        i--;                          /* "Surname ........ SMITH": a register's dotted leader */
    }
    while (i > floor && text[i - 1] == ' ') {
        i--;
    }
    char key_quote = i > 0 && (text[i - 1] == '"' || text[i - 1] == '\'') ? text[i - 1] : 0;
    size_t key_end = key_quote ? i - 1 : i, key_start = key_end;
    while (key_start > floor && (key_byte((unsigned char)text[key_start - 1])
                                 || (key_quote && text[key_start - 1] == ' '))) {
        key_start--;
    }
    if (key_start == key_end) {
        return NAME_KEY_NONE;
    }
    if (key_quote ? key_start == 0 || text[key_start - 1] != key_quote
                  : key_start > 0 && !isspace((unsigned char)text[key_start - 1]) && text[key_start - 1] != '{'
                        && text[key_start - 1] != ',' && text[key_start - 1] != ';' && text[key_start - 1] != '/') {
        return NAME_KEY_NONE;     /* '/': the second language of a form's label, "NOM/SURNAME:" */
    }
    /* A label of several words that opens its line: "Nom de famille : Petit", "Last name: Berg",
     * "Primer apellido: Díaz"; else its last word ("Apellidos, nombre: …"). */
    size_t line_start = key_start;
    while (!key_quote && line_start > floor && (key_byte((unsigned char)text[line_start - 1])
                                                || text[line_start - 1] == ' ')) {
        line_start--;
    }
    if (line_start < key_start && (line_start == 0 || text[line_start - 1] == '\n' || text[line_start - 1] == '/')) {
        enum name_key_kind whole = key_kind(table, text + line_start, key_end - line_start);
        if (whole != NAME_KEY_NONE) {
            return whole;
        }
    }
    return key_kind(table, text + key_start, key_end - key_start);
}

/* Where the value that starts at `at` ends: its closing quote, or for a bare value the end
 * of the line, a ',', '}', '#' or " <" (From: Kari Nordmann <kari@…>). 0 if longer than a name. */
/* A dash between blanks after a value, " - ", " – ", " — ": what follows is an aside ("Assigning to Ravindra
 * Jackson — Mary, please call", "Godkjent av Kari Berg - se vedlegg"), not more of the value. */
static bool dash_follows(const char *text, size_t limit, size_t at)
{
    if (at + 1 < limit && text[at] == '-' && text[at + 1] == ' ') {
        return true;
    }
    return at + 3 < limit && (unsigned char)text[at] == 0xE2 && (unsigned char)text[at + 1] == 0x80
           && ((unsigned char)text[at + 2] == 0x93 || (unsigned char)text[at + 2] == 0x94) && text[at + 3] == ' ';
}

static size_t value_end(const char *text, size_t len, size_t at, char quote)
{
    size_t limit = len - at > MAX_VALUE ? at + MAX_VALUE : len;
    size_t end = at;
    while (end < limit) {
        char c = text[end];
        if (quote ? c == quote : (c == '\n' || c == '\r' || c == ',' || c == '}' || c == '#' || c == ';'
                                  || (c == ':' && end > at && text[end - 1] != ' ')
                                  || ((c == '<' || c == '(') && end > at && text[end - 1] == ' ')
                                  || (c == ' ' && end + 1 < limit && text[end + 1] == ' ')
                                  || (c == ' ' && dash_follows(text, limit, end + 1)))) {
            break;                    /* two spaces: the next column of a form; a dash: an aside */
        }
        if (c == '\n') {
            return 0;
        }
        end++;
    }
    if (end == limit && (quote || end < len)) {
        return 0;
    }
    if (!quote && end < len && text[end] == ':' && (end + 1 == len || text[end + 1] == ' ')) {
        size_t label = end;           /* "Namn: Ulf Lindberg Telefon: …": the last word is the next label */
        while (label > at && text[label - 1] != ' ') {
            label--;
        }
        if (label > at) {
            end = label;
        }
    }
    while (end > at && text[end - 1] == ' ') {
        end--;
    }
    return end;
}

/* A person under a key that names one: `"first_name": "Sondre"`, `assignee: Tuva Rønning`.
 * Returns the value's end, or 0. */
/* Does a value under a key that names a person hold a word that is never a name, after a first
 * word ("From: Posten Norge", "To: Kari Team"; the first word may be a name part the label would
 * cue)? Then the value names a firm or a team, and none of its words is a name. Reads at most
 * MAX_NAME_TOKENS words. */
static bool value_names_a_thing(const struct name_table *table, const char *text, size_t start, size_t end)
{
    size_t at = start;
    for (int words = 0; words < MAX_NAME_TOKENS && at < end; words++) {
        struct word word;
        if (!read_word(table, text, end, at, &word)) {
            return false;
        }
        if (words > 0 && (word.flags & NAME_NEVER) && !(word.flags & NAME_FIRST)) {
            return true;
        }
        at = word.next;
        if (at >= end || text[at] != ' ') {
            return false;
        }
        at++;
    }
    return false;
}

/* Does the value start with a listed brand's or product's name of several words whose last word is no
 * name ("Author: Gerrit Code Review <…>")? Person-shaped brands under a key stay persons ("Customer:
 * Paul Smith"). */
static bool value_is_a_listed_thing(const struct name_table *table, const char *text, size_t start, size_t end)
{
    struct word first;
    if (!read_word(table, text, end, start, &first) || !(first.flags & NAME_PHRASE_START)) {
        return false;
    }
    size_t phrase = phrase_end(table, text, end, &first);
    if (phrase == 0) {
        return false;
    }
    size_t last = phrase;
    while (last > start && text[last - 1] != ' ') {
        last--;
    }
    return !has_name_part(word_flags(table, text + last, phrase - last));
}

/* Does an animal's kind follow the value in parentheses, as a vet's record writes its patient ("Patient:
 * Pixel (cat, 4 kg)", "Pasient: Luna (hund)")? */
static bool pet_follows(const char *text, size_t len, size_t end)
{
    enum { MAX_KIND = 12 };
    size_t at = end;
    while (at < len && at - end < 2 && text[at] == ' ') {
        at++;
    }
    if (at + 2 >= len || text[at] != '(') {
        return false;
    }
    size_t kind = ++at;
    while (at < len && at - kind < MAX_KIND && letter((unsigned char)text[at])) {
        at++;
    }
    static const struct word_list pets[] = {
        W("dog"), W("cat"), W("hund"), W("katt"), W("katze"), W("kater"), W("chien"), W("chienne"), W("chat"),
        W("chatte"), W("perro"), W("perra"), W("gato"), W("gata"), W("rabbit"), W("kanin"), W("kaninchen"),
        W("lapin"), W("conejo"), W("horse"), W("hest"), W("häst"), W("pferd"), W("cheval"), W("caballo"),
        W("canine"), W("feline"), { NULL, 0 },
    };
    return at > kind && word_is(text, kind, at, pets);
}

/* `thing` is set when the value under a person's key names a firm or team (value_names_a_thing):
 * the caller then skips it whole. */
static size_t keyed_person(const struct name_table *table, const char *text, size_t len, size_t start, bool *thing)
{
    char quote;
    *thing = false;
    enum name_key_kind kind = key_before(table, text, start, &quote);
    if (kind == NAME_KEY_NONE) {
        return 0;
    }
    size_t end = value_end(text, len, start, quote);
    if (!quote && end + 2 < len && text[end] == ',' && text[end + 1] == ' '
        && latin_capital_length(text, len, end + 2) != 0) {
        /* "Patient: Campbell, Janice", "Apellidos, nombre: Díaz, Montserrat": surname first, read
         * whole under the key, a first name that is also a word included. */
        size_t rest = value_end(text, len, end + 2, 0);
        enum name_key_kind whole = kind == NAME_KEY_NAME ? NAME_KEY_PERSON : kind;
        if (rest > end + 2 && value_is_person(table, text, start, rest, whole)) {
            return rest;
        }
    }
    if (end <= start) {
        return 0;
    }
    if (value_is_a_listed_thing(table, text, start, end) || pet_follows(text, len, end)) {
        *thing = true;
        return end;
    }
    if (value_is_person(table, text, start, end, kind)) {
        return end;
    }
    *thing = value_names_a_thing(table, text, start, end);
    return *thing ? end : 0;
}

enum { MAX_COMPONENTS = 3, MAX_VCARD_PARAMETERS = 48 };

/* Does the ':' at `colon` end a vCard's N property that opens its line, "N:" or with parameters
 * ("N;CHARSET=UTF-8:", "N;LANGUAGE=nb:")? Reads back at most MAX_VCARD_PARAMETERS bytes. */
static bool vcard_name_property(const char *text, size_t colon)
{
    size_t start = colon;
    while (start > 0 && colon - start < MAX_VCARD_PARAMETERS && text[start - 1] != '\n') {
        start--;
    }
    COUNT_NAMES_WORK(colon - start);
    if (start > 0 && text[start - 1] != '\n') {
        return false;
    }
    return colon > start && text[start] == 'N' && (colon == start + 1 || text[start + 1] == ';');
}

/* A name written as its components: HL7's "|Family^Given^Middle^^|" (PID-5, NK1-2) and the vCard
 * "N:Family;Given;Additional;;" line. `word` is the first component; returns where the last
 * component that is a word ends, or 0. At least two components must be name-shaped words (a
 * name part or a word in no list, never a place or product), and the fields around must say
 * which structure this is: a '|' before an HL7 name, "N:" opening the line of a vCard one. */
static size_t components_end(const struct name_table *table, const char *text, size_t len, const struct word *word)
{
    if (word->next >= len || word->end != word->next) {
        return 0;
    }
    char separator = text[word->next];
    size_t at = word->start;
    bool hl7 = separator == '^' && at > 0 && text[at - 1] == '|';
    bool vcard = separator == ';' && at >= 2 && text[at - 1] == ':' && vcard_name_property(text, at - 1);
    if (!hl7 && !vcard) {
        return 0;
    }
    size_t end = 0;
    int words = 0;
    struct word part = *word;
    for (int component = 0; component < MAX_COMPONENTS; component++) {
        if (!name_shaped(text, &part) || (part.flags & NAME_NEVER)
            || !(has_name_part(part.flags) || is_unknown(part.flags))) {
            return 0;
        }
        words++;
        end = part.end;
        at = part.next;
        if (at + 1 >= len || text[at] != separator || !read_word(table, text, len, at + 1, &part)) {
            break;
        }
    }
    return words >= 2 ? end : 0;
}

/* Is the letter after the capital at `at` a capital too ("API", "DOE/JANE", "ÅKESSON")? Most words
 * answer with one ASCII test. */
enum { X12_NAME_FIELDS = 3, MAX_X12_FIELD = 40 };

/* An X12 name segment of a person (entity type 1): "NM1*IL*1*SURNAME*GIVEN*MIDDLE~", `at` at the
 * surname. Writes where each name field ends into `ends` and returns how many there are (0: no such
 * segment): fields of letters, spaces, hyphens and apostrophes, at most MAX_X12_FIELD bytes each. */
static size_t x12_name_fields(const char *text, size_t len, size_t at, size_t ends[X12_NAME_FIELDS])
{
    if (at < 9 || text[at - 1] != '*' || text[at - 2] != '1' || text[at - 3] != '*') {
        return 0;
    }
    size_t code = at - 3;             /* the entity identifier code before "*1*": IL, QC, 85, 1P */
    while (code > at - 7 && code > 0 && isalnum((unsigned char)text[code - 1])) {
        code--;
    }
    if (code < 4 || code == at - 3 || memcmp(text + code - 4, "NM1*", 4) != 0) {
        return 0;
    }
    size_t fields = 0, end = at;
    COUNT_NAMES_WORK(at - code + 4);
    while (fields < X12_NAME_FIELDS) {
        size_t start = end;
        while (end < len && end - start < MAX_X12_FIELD
               && (letter((unsigned char)text[end]) || text[end] == ' ' || text[end] == '-' || text[end] == '\'')) {
            end++;
        }
        if (end == start || end >= len || (text[end] != '*' && text[end] != '~')) {
            break;
        }
        COUNT_NAMES_WORK(end - start);
        ends[fields++] = end;
        if (text[end] == '~') {
            break;
        }
        end++;
    }
    return fields;
}

static bool second_is_capital(const char *text, size_t len, size_t at)
{
    size_t second = at + ((unsigned char)text[at] < 0x80 ? 1 : 2);
    if (second + 2 < len && text[second] == '\'') {
        /* "O'BRIEN", "D'AUBIGNÉ" are capitals; "O'Brien" is a word */
        return latin_capital_length(text, len, second + 1) != 0 && latin_capital_length(text, len, second + 2) != 0;
    }
    if (second >= len) {
        return false;
    }
    unsigned char c = (unsigned char)text[second];
    if (c < 0x80) {
        return ascii_upper(c);
    }
    return c >= 0xC3 && c <= 0xC5 && latin_capital_length(text, len, second) != 0;
}

enum { MAX_INITIALS = 3 };

/* Initials before a surname: "J. R. Featherstonehaugh", "K. Brekke". After one initial the word must be
 * a name part and no common word; after two, a word in no list will do. Returns the name's end, or 0. */
static size_t initials_name(const struct name_table *table, const char *text, size_t len, size_t at)
{
    if (!word_may_start(text, at)) {
        return 0;
    }
    size_t end = at;
    int initials = 0;
    for (size_t capital; initials < MAX_INITIALS && (capital = latin_capital_length(text, len, end)) != 0
                         && end + capital + 2 < len && text[end + capital] == '.' && text[end + capital + 1] == ' ';) {
        initials++;
        end += capital + 2;
    }
    /* a particle after the initial makes what follows a surname: "G. del Río", "L. d'Aubigné", "M. Van Wyk" */
    size_t after_particles = end;
    for (int particle = 0; initials > 0 && particle < MAX_PARTICLES; particle++) {
        size_t particle_end = particle_end_at(text, len, after_particles, true);
        if (particle_end == 0) {
            break;
        }
        after_particles = particle_end;
    }
    struct word word;
    /* a place that is a surname too is one after an initial ("L. Henderson", "A. Laval") */
    if (initials == 0 || !read_word(table, text, len, after_particles, &word) || !name_shaped(text, &word)
        || (word.flags & NAME_CUE)
        || (after_particles == end
            && ((word.flags & NAME_NEVER) || ((word.flags & NAME_PLACE) && !has_name_part(word.flags))))) {
        return 0;
    }
    bool surname = after_particles > end
                   || (has_name_part(word.flags) && !(word.flags & (NAME_WORD | NAME_FOREIGN_WORD)));
    size_t cue_start = 0, cue_end;
    char punctuation;
    bool dotted;
    unsigned lists = previous_word(text, at, &cue_start, &cue_end, &punctuation, &dotted)
                     ? cue_lists(table, text, cue_start, cue_end) : 0;
    /* after a cue, or a closing ("Hochachtungsvoll G. Quandtmeyer", "Veuillez agréer... A. Morel") */
    /* after a closing, a signature that ends its line: "Hochachtungsvoll G. Quandtmeyer", "Veuillez agréer…
     * A. Morel" */
    bool signed_line = (lists & LIST_SIGN_OFF) && (word.next == len || text[word.next] == '\n'
                                                   || text[word.next] == '\r');
    /* after a title, dotted or not: "Dr J. Cholmondeley", "Dr. A. MacGillivray", "Sgt. T. Miller" */
    bool cued = (!dotted && (lists & (LIST_WEAK | LIST_STRONG | LIST_LABEL))) || (lists & LIST_TITLE) || signed_line;
    /* An initial before a name part, though also a word, or a word in no list is a name wherever it stands
     * ("M. Lange, Oberarzt", "Jag träffade T. Karaoğlu", "assignee: A. Walker"): no word of a language
     * follows a lone capital and its dot. Not when it is an abbreviation's second letter ("z. B. Bosch",
     * "u. A. Siemens"), unless a cue says so; a sentence's last word before it is no such letter ("Saken
     * følges opp. S. Fjellstueseter …"). */
    bool abbreviation = dotted && islower((unsigned char)text[cue_start]) && cue_end - cue_start == 1;
    if (!surname && !((initials >= 2 || cued || !abbreviation) && (is_unknown(word.flags) || has_name_part(word.flags)))) {
        return 0;                     /* "J. R. Featherstonehaugh", "by A. Pennington-Smythe" */
    }
    size_t name_end = extend_name(table, text, len, word, false);
    return company_follows(table, text, len, name_end) ? 0 : name_end;
}

enum { MAX_TICKET_NAMES = 3 };

/* A ticket's "SURNAME/GIVEN NAMES TITLE" ("DOE/JANE MS", "HALVORSEN/TRYGVE MR"): capitals joined
 * by a slash, the given names up to a title in capitals; or with no title under a key that names
 * a passenger. Returns where the given names end, or 0. */
static size_t ticket_name_end(const struct name_table *table, const char *text, size_t len, const struct word *surname)
{
    if (surname->end + 1 >= len || text[surname->end] != '/' || (surname->flags & NAME_NEVER)) {
        return 0;
    }
    struct word part;
    size_t end = 0, at = surname->end + 1;
    for (int given = 0; given < MAX_TICKET_NAMES; given++) {
        if (!read_caps_word(table, text, len, at, &part)) {
            break;
        }
        if (cue_lists(table, text, part.start, part.end) & LIST_TITLE) {
            return end;               /* the title ends the given names */
        }
        if ((part.flags & NAME_NEVER) || !(has_name_part(part.flags) || is_unknown(part.flags))) {
            return 0;
        }
        end = part.end;
        if (end + 1 >= len || text[end] != ' ') {
            break;
        }
        at = end + 1;
    }
    char quote;
    return end != 0 && key_before(table, text, surname->start, &quote) != NAME_KEY_NONE ? end : 0;
}

/* Capitals that name a person where only a name can be: a ticket's "DOE/JANE MS", a value under a
 * key ("NAVN: KJELLAUG BREKKE"), words after a title in capitals ("MR ALGERNON PEMBERTON"). Elsewhere
 * a line in capitals is a heading. Returns the name's end, or 0; `skip` gets the word's end. */
/* Where a word in capitals at `at` ends, or 0: what read_caps_word would read, without its lookup. */
static size_t capitals_end(const char *text, size_t len, size_t at)
{
    size_t end = at, letters = 0;
    while (end < len) {
        size_t capital = latin_capital_length(text, len, end);
        if (capital == 0 && (text[end] == '-' || text[end] == '\'') && latin_capital_length(text, len, end + 1) != 0) {
            end++;
            continue;
        }
        if (capital == 0) {
            break;
        }
        end += capital;
        letters++;
    }
    if (letters < 2 || (end < len && (letter((unsigned char)text[end]) || isdigit((unsigned char)text[end])
                                       || text[end] == '_' || text[end] == '@'))) {
        return 0;
    }
    return end;
}

/* Does a ':' or '=' stand before `at` (spaces and a quote between allowed), as after a key? */
static bool after_key_mark(const char *text, size_t at)
{
    size_t i = at;
    if (i > 0 && (text[i - 1] == '"' || text[i - 1] == '\'')) {
        i--;
    }
    while (i > 0 && at - i < MAX_CELL_PADDING && (text[i - 1] == ' ' || text[i - 1] == '\t')) {
        i--;
    }
    return i > 0 && (text[i - 1] == ':' || text[i - 1] == '=' || dotted_leader_before(text, i));
}

enum { MAX_CAPS_WORDS = 4 };

/* Is a word read in capitals one a name may hold: a name part or a word in no list, never a place,
 * product or common word unless a first name ("WILL"), never a word of another language unless a first
 * name ("ELEV", "VON" is read as a particle before)? */
static bool caps_name_word(const struct word *word)
{
    unsigned flags = word->flags;
    if ((flags & NAME_NEVER) || ((flags & NAME_PLACE) && !(flags & NAME_FIRST))) {
        return false;                 /* but "MARY", "SOFIA": first names that are towns too */
    }
    if ((flags & (NAME_WORD | NAME_FOREIGN_WORD)) && !(flags & NAME_FIRST)) {
        return false;
    }
    return has_name_part(flags) || (is_unknown(flags) && word->end - word->start >= 3);
}

/* A run of words in capitals from `at`, joined by single spaces: particles ("VON", "DE LA") and words
 * caps_name_word accepts, at most MAX_CAPS_WORDS words. `first_names` counts the unambiguous first
 * names, `listed` the words of the name lists. Returns where the run ends, or 0 if a word there is none
 * of a name's. */
struct caps_run {
    size_t end;
    int words, first_names, listed, unknown;
};

static bool caps_particle_at(const char *text, size_t len, size_t at, size_t *end)
{
    size_t stop = at;
    while (stop < len && stop - at < 4 && isupper((unsigned char)text[stop])) {
        stop++;
    }
    if (stop == at || stop + 1 >= len || text[stop] != ' ' || !isupper((unsigned char)text[stop + 1])
        || !word_is(text, at, stop, particles)) {
        return false;
    }
    *end = stop;
    return true;
}

static bool read_caps_run(const struct name_table *table, const char *text, size_t len, size_t at,
                          struct caps_run *run)
{
    memset(run, 0, sizeof *run);
    int particles_read = 0;
    while (run->words < MAX_CAPS_WORDS) {
        size_t particle_end;
        if (particles_read < 2 && caps_particle_at(text, len, at, &particle_end)) {
            particles_read++;
            at = particle_end + 1;
            continue;
        }
        struct word word;
        if (!read_caps_word(table, text, len, at, &word) || !caps_name_word(&word)
            || (is_unknown(word.flags) && key_kind(table, text + word.start, word.end - word.start) != NAME_KEY_NONE)) {
            return false;             /* and no label: "CARDHOLDER WEI FITZGERALD" */
        }
        run->words++;
        run->first_names += (word.flags & NAME_FIRST) && !(word.flags & (NAME_WORD | NAME_FOREIGN_WORD));
        run->listed += has_name_part(word.flags);
        run->unknown += is_unknown(word.flags);
        run->end = word.end;
        particles_read = 0;
        if (word.end + 1 >= len || text[word.end] != ' ' || capitals_end(text, len, word.end + 1) == 0) {
            return true;
        }
        at = word.end + 1;
    }
    return run->words > 0;
}

/* Is the spelled run a brand or place of several words ("HUGO BOSS", "SIERRA LEONE")? Reads at most
 * MAX_NAME_TOKENS words of it into a buffer, as the lists spell them. */
static bool caps_phrase_listed(const struct name_table *table, const char *text, size_t start, size_t end)
{
    char spelled[MAX_WORD];
    size_t out = 0;
    bool word_start = true;
    for (size_t i = start; i < end && out < sizeof spelled; i++) {
        unsigned char c = (unsigned char)text[i];
        spelled[out++] = (char)(word_start || c >= 0x80 ? c : tolower(c));
        word_start = c == ' ' || c == '-';
    }
    return out < sizeof spelled && (name_flags(table, spelled, out) & NAME_NEVER);
}

/* How an item of a list or a form opens at `at`: after a list's number ("2. ", "3) ") at a line's start or a
 * label's colon ("Responsable légal : "), at a bare line's start (blanks allowed), or not at all. */
enum item_opening { ITEM_NONE, ITEM_LINE, ITEM_NUMBERED };

static enum item_opening item_opens(const char *text, size_t at)
{
    size_t i = at;
    while (i > 0 && at - i < MAX_CELL_PADDING && (text[i - 1] == ' ' || text[i - 1] == '\t')) {
        i--;
    }
    if (i == 0 || text[i - 1] == '\n') {
        return ITEM_LINE;
    }
    if (text[i - 1] == ':') {
        return ITEM_NUMBERED;
    }
    if (i == at || (text[i - 1] != '.' && text[i - 1] != ')')) {
        return ITEM_NONE;
    }
    size_t digits = i - 1;
    while (digits > 0 && i - digits < 4 && ascii_digit((unsigned char)text[digits - 1])) {
        digits--;
    }
    return digits < i - 1 && (digits == 0 || text[digits - 1] == '\n' || text[digits - 1] == ' ') ? ITEM_NUMBERED
                                                                                                 : ITEM_NONE;
}

/* Does a name end at `at`: the text's or line's end, a comma or semicolon, a parenthesis, a tab, a cell's bar,
 * two blanks or a dash after a blank ("STRAND, Amund      Haugesund", "BONNET Aurélie, née …")? */
static bool item_ends(const char *text, size_t len, size_t at)
{
    if (at == len) {
        return true;
    }
    char c = text[at];
    if (c == '\n' || c == '\r' || c == ',' || c == ';' || c == '(' || c == '\t' || c == '|') {
        return true;
    }
    return c == ' ' && at + 1 < len
           && (text[at + 1] == ' ' || text[at + 1] == '(' || text[at + 1] == '-' || text[at + 1] == '|'
               || (at + 3 < len && (unsigned char)text[at + 1] == 0xE2 && (unsigned char)text[at + 2] == 0x80));
}

/* A given name as a list writes it after a surname in capitals: a first name that is no word, place or product,
 * or a word in no list, shaped as a name ("Corwenna", "Tesfalem", "Aurélie"); a name part alone is not enough. */
static bool given_after_capitals(const char *text, const struct word *word)
{
    unsigned flags = word->flags;
    bool first = (flags & NAME_FIRST) && !(flags & (NAME_WORD | NAME_NEVER | NAME_PLACE));
    return (first || is_unknown(flags)) && name_shaped(text, word);
}

/* "PELLOWE, Corwenna", "2. STRAND, Amund", "YILDIRIM Tesfalem", "Responsable légal : BONNET Aurélie": an
 * item of a list or a form that opens with a surname in capitals (a name part, even one that is also a word or
 * a place, or a word in no list of four letters or more, not an acronym; two such words at most) and ends with one or two
 * given names (given_after_capitals). The position and both ends make the name: a heading's capitals are
 * followed by words of a language, and a bare line of two words in no list needs the comma. Returns the end
 * of the given names, or 0. Reads at most four words. */
static size_t surname_first_end(const struct name_table *table, const char *text, size_t len, size_t at)
{
    enum item_opening opening = item_opens(text, at);
    if (opening == ITEM_NONE) {
        return 0;
    }
    struct word word;
    size_t end = at;
    bool surname_unlisted = false;
    for (int surnames = 0; surnames < 2; surnames++) {
        if (!read_caps_word(table, text, len, end, &word) || (word.flags & (NAME_NEVER | NAME_PHRASE_START))
            || !(has_name_part(word.flags) || (is_unknown(word.flags) && word.end - word.start >= 4))) {
            return 0;
        }
        surname_unlisted = surname_unlisted || is_unknown(word.flags);
        end = word.end;
        if (end + 1 >= len || text[end] != ' ' || capitals_end(text, len, end + 1) == 0) {
            break;
        }
        end++;
    }
    bool comma = end < len && text[end] == ',';
    size_t given = end + comma + 1;
    if (given >= len || text[given - 1] != ' ' || given - end > 2) {
        return 0;
    }
    size_t given_end = 0;
    bool given_unlisted = false;
    for (int names = 0; names < 2; names++) {
        if (!read_word(table, text, len, given, &word) || !given_after_capitals(text, &word)) {
            break;
        }
        given_unlisted = given_unlisted || is_unknown(word.flags);
        given_end = word.end;
        if (word.next + 1 >= len || text[word.next] != ' ' || latin_capital_length(text, len, word.next + 1) == 0) {
            break;
        }
        given = word.next + 1;
    }
    /* a bare line of two words in no list needs the comma: "HINWEIS Baustelle" is a German notice */
    if (opening == ITEM_LINE && !comma && surname_unlisted && given_unlisted) {
        return 0;
    }
    return given_end != 0 && item_ends(text, len, given_end) ? given_end : 0;
}

/* Names written in capitals without a key or title, as tickets, tables, cards and CVs write them:
 * "PFANNKUCH/INGEBORG", "1.VON KROGH/SJUR MR" (a surname, a slash, the given names); "SMITH, RHYS" and
 * "LARSSON, Sofia" (a surname, a comma, a first name); "WINIFRED OKORO-BELLO", "OLMEDO ELENA" (two to
 * four words, one an unambiguous first name, another in the name lists or none); "DESJARDINS
 * Marc-Antoine" (a surname in capitals before a first name). Every word must be a name's (caps_name_word):
 * headings and codes have common words, places or words of another language. Returns the end, or 0. */
static size_t caps_name_end(const struct name_table *table, const char *text, size_t len, size_t at)
{
    /* not inside a longer line of capitals ("ALL CAPS JOHN SMITH"): a heading, unless the word before is
     * a label that names a person ("CARDHOLDER WEI FITZGERALD") */
    bool payee = at >= 20 && memcmp(text + at - 20, "PAY TO THE ORDER OF ", 20) == 0;   /* a cheque's */
    if (!payee && at >= 2 && text[at - 1] == ' ' && isupper((unsigned char)text[at - 2])) {
        size_t before = at - 1;
        while (before > 0 && before + MAX_KEY > at && isupper((unsigned char)text[before - 1])) {
            before--;
        }
        if (key_kind(table, text + before, at - 1 - before) == NAME_KEY_NONE) {
            return 0;
        }
    }
    size_t listed = surname_first_end(table, text, len, at);
    if (listed != 0) {
        return listed;
    }
    struct caps_run run;
    if (!read_caps_run(table, text, len, at, &run)) {
        return 0;
    }
    size_t end = run.end;
    if (end + 1 < len && text[end] == '/') {
        struct caps_run given;
        if (!read_caps_run(table, text, len, end + 1, &given) && given.words == 0) {
            return 0;
        }
        /* the given names stop before a title: "QUIROGA/BEGOÑA MRS"; a code's letters are no name ("ABA/RTN",
         * "TCP/IP"): each side listed, or in no list with four letters or more */
        bool surname = run.listed > 0 || end - at >= 4;
        bool first = given.first_names > 0 || (given.unknown > 0 && given.end - (end + 1) >= 4);
        return surname && first && run.listed + given.listed > 0 && given.words > 0 ? given.end : 0;
    }
    if (end + 2 < len && text[end] == ',' && text[end + 1] == ' ') {
        struct word first;
        bool caps = read_caps_word(table, text, len, end + 2, &first);
        bool read = caps || read_word(table, text, len, end + 2, &first);
        bool given = read && (first.flags & NAME_FIRST) && !(first.flags & NAME_NEVER)
                     && (caps || name_shaped(text, &first));
        if (given && run.words <= 2 && (run.listed > 0 || run.unknown > 0)) {
            return first.end;
        }
        /* else the comma ends a full name in capitals, read as below: "ELSE HOLM, born 1970" */
    }
    struct word first;
    if (run.words == 1 && end + 1 < len && text[end] == ' ' && read_word(table, text, len, end + 1, &first)) {
        /* "DESJARDINS Marc-Antoine": a surname in capitals, then a first name that ends the name (not "CTO
         * Callum Davis": a title or acronym) */
        bool given = (first.flags & NAME_FIRST) && !(first.flags & (NAME_WORD | NAME_NEVER | NAME_PLACE))
                     && name_shaped(text, &first)
                     && !(first.next + 1 < len && text[first.next] == ' ' && latin_capital_length(text, len, first.next + 1));
        return given && (run.listed > 0 || end - at >= 5) ? first.end : 0;
    }
    if (run.words < 2 || run.first_names == 0 || run.listed + run.unknown < 2 || run.listed == 0
        || caps_phrase_listed(table, text, at, end)) {
        return 0;
    }
    return end;
}

/* Where a word in capitals may start: as any word may, or after a booking's name number, "1." or "1.1"
 * ("1.VON KROGH/SJUR MR", "1.1DUNMORE/PRISCILLA MRS"). */
static bool caps_may_start(const char *text, size_t at)
{
    if (word_may_start(text, at)) {
        return true;
    }
    size_t i = at;
    if (i >= 3 && ascii_digit((unsigned char)text[i - 1]) && text[i - 2] == '.'
        && ascii_digit((unsigned char)text[i - 3])) {
        i -= 3;                       /* "1.1" */
    } else if (i >= 2 && text[i - 1] == '.' && ascii_digit((unsigned char)text[i - 2])) {
        i -= 2;                       /* "1." */
    } else {
        return false;
    }
    return i == 0 || !isalnum((unsigned char)text[i - 1]);
}

static size_t capitals_name(const struct name_table *table, const char *text, size_t len, size_t at, size_t *skip)
{
    *skip = at + 1;
    if (!caps_may_start(text, at)) {
        return 0;
    }
    static const char payee[] = "PAY TO THE ORDER OF ";
    if (len - at > sizeof payee && memcmp(text + at, payee, sizeof payee - 1) == 0) {
        *skip = at + sizeof payee - 1;  /* a cheque's payee: the name after it is read from its own first word */
        return 0;
    }
    size_t capitals = capitals_end(text, len, at);
    if (capitals == 0) {
        return 0;
    }
    *skip = capitals;
    /* Capitals are a name only in the three places below: most are headings, codes and acronyms, which
     * are left after these byte tests without a lookup. */
    bool ticket_slash = capitals + 1 < len && text[capitals] == '/';
    bool keyed_mark = after_key_mark(text, at)
                      || (label_may_stand_before(text, at, true) && name_label_before(table, text, at) != NAME_KEY_NONE);
    bool after_title_word = at >= 3 && text[at - 1] == ' ' && (ascii_upper((unsigned char)text[at - 2])
                                                               || text[at - 2] == '.');
    struct word word;
    /* else only a name's own shape: a slash, a comma or another word in capitals after it */
    bool joined = capitals + 2 < len
                  && (((text[capitals] == ' ' || text[capitals] == '/') && latin_capital_length(text, len, capitals + 1))
                      || (text[capitals] == ',' && text[capitals + 1] == ' '
                          && latin_capital_length(text, len, capitals + 2)));
    if (!(ticket_slash || keyed_mark || after_title_word)) {
        return joined ? caps_name_end(table, text, len, at) : 0;
    }
    if (!read_caps_word(table, text, len, at, &word)) {
        return 0;
    }
    size_t ticket = ticket_slash ? ticket_name_end(table, text, len, &word) : 0;
    if (ticket == 0 && ticket_slash) {
        ticket = caps_name_end(table, text, len, at);
    }
    if (ticket != 0) {
        return ticket;
    }
    bool thing = false;
    size_t keyed = keyed_mark ? keyed_person(table, text, len, at, &thing) : 0;
    if (keyed != 0) {
        *skip = keyed;
        return thing ? 0 : keyed;
    }
    size_t before_start, before_end;
    char punctuation;
    bool dotted;
    if (!after_title_word || !previous_word(text, at, &before_start, &before_end, &punctuation, &dotted)
        || punctuation != 0 || at - before_end > 2 || !(cue_lists(table, text, before_start, before_end) & LIST_TITLE)
        || latin_capital_length(text, len, before_start + 1) == 0) {
        /* only a title in capitals: "MR", "FRAU", "MME"; else a name's own shape, as above */
        return joined ? caps_name_end(table, text, len, at) : 0;
    }
    size_t end = 0;
    int name_parts = 0;
    for (int words = 0; words < MAX_NAME_TOKENS; words++) {
        if ((word.flags & NAME_NEVER) || !(has_name_part(word.flags) || is_unknown(word.flags))) {
            break;
        }
        name_parts += has_name_part(word.flags);
        end = word.end;
        if (end + 1 >= len || text[end] != ' ' || !read_caps_word(table, text, len, end + 1, &word)) {
            break;
        }
    }
    return name_parts > 0 ? end : 0;
}

/* Do the particles text[lead, at) belong to the surname after them even without a first name before
 * ("Guest: del Río, Gonzalo", "c'est au nom de d'Aubigné, Thibault", "Assuré : Le Goff, Mathis")? Not a
 * lone "de", "la" or "le" after a small word, which is a preposition or an article ("au nom de Dupont,
 * Jean" names Dupont, Jean). */
static bool particles_lead_a_surname(const char *text, size_t lead, size_t at)
{
    if (lead == 0 || text[lead - 1] == '\n' || text[lead - 1] == '\t' || text[lead - 1] == '|'
        || text[lead - 1] == '"' || text[lead - 1] == '(' || (lead >= 2 && text[lead - 2] == ':')) {
        return true;
    }
    static const struct word_list prepositions[] = {
        W("de"), W("da"), W("di"), W("du"), W("la"), W("le"), W("al"), W("las"), W("los"), { NULL, 0 },
    };
    size_t end = lead;
    while (end < at && letter((unsigned char)text[end])) {
        end++;
    }
    bool alone = end + 1 == at || (end < at && text[end] == ' ' && end + 1 == at);
    return !(alone && islower((unsigned char)text[lead]) && word_is(text, lead, end, prepositions));
}

/* A surname that particles open, where something else says it is a name: a key before them ("lastName =
 * "von Essen""), the cell beside a name's ("Henrik\taf Klercker"), a title ("Madame de La Tour"), or a
 * first name after a comma ("del Río, Gonzalo"). `word` is the capitalised word after the particles that
 * start at `lead`; returns the name's end, or 0. */
static size_t particle_surname_end(const struct name_table *table, const char *text, size_t len, size_t lead,
                                   const struct word *word, bool joined)
{
    bool thing;
    size_t keyed = keyed_person(table, text, len, lead, &thing);
    if (keyed != 0) {
        return thing ? 0 : keyed;
    }
    if ((word->flags & NAME_CUE) || particle_end_at(text, len, word->start, true) != 0) {
        return 0;                     /* "de La Tour": the particle "La" is read with the surname after it */
    }
    size_t before_start, before_end;
    char punctuation;
    bool dotted;
    bool titled = previous_word(text, lead, &before_start, &before_end, &punctuation, &dotted) && punctuation == 0
                  && isupper((unsigned char)text[before_start])
                  && (cue_lists(table, text, before_start, before_end) & LIST_TITLE);
    if (joined || titled) {
        return extend_name(table, text, len, *word, false);
    }
    struct word first;
    if (particles_lead_a_surname(text, lead, word->start) && lastname_first(table, text, len, word, &first)) {
        return first.end;
    }
    return 0;
}

enum { PART_SLOTS = 64, MAX_PARTS = 40 };

/* The parts of the names found, looked for again alone ("Elena Quiroga … titularidad de Quiroga", "Mary
 * Nwachukwu … Mary's CV"): a small set of spans of the text. */
struct name_parts {
    struct { size_t start; uint16_t len; } slots[PART_SLOTS];
    size_t count;
    uint32_t first_letters;     /* bit c - 'A' for an ASCII capital that starts a part; bit 31 for any other */
};

static uint32_t first_letter_bit(unsigned char c)
{
    return (unsigned)(c - 'A') < 26 ? 1u << (c - 'A') : 1u << 31;
}

static uint32_t part_hash(const char *text, size_t start, size_t len)
{
    return hash_word(text + start, len) & (PART_SLOTS - 1);
}

static bool parts_hold(const struct name_parts *parts, const char *text, size_t start, size_t len)
{
    for (uint32_t at = part_hash(text, start, len);; at = (at + 1) & (PART_SLOTS - 1)) {
        if (parts->slots[at].len == 0) {
            return false;
        }
        if (parts->slots[at].len == len && memcmp(text + parts->slots[at].start, text + start, len) == 0) {
            return true;
        }
    }
}

static void parts_add(struct name_parts *parts, const char *text, size_t start, size_t len)
{
    if (parts->count >= MAX_PARTS || len < 3 || len > MAX_WORD || parts_hold(parts, text, start, len)) {
        return;
    }
    uint32_t at = part_hash(text, start, len);
    while (parts->slots[at].len != 0) {
        at = (at + 1) & (PART_SLOTS - 1);
    }
    parts->slots[at].start = start;
    parts->slots[at].len = (uint16_t)len;
    parts->count++;
    parts->first_letters |= first_letter_bit((unsigned char)text[start]);
}

/* Where a capitalised token at `at` ends (letters, inner '-' and '\''), or `at` if none starts there. */
static size_t token_end(const char *text, size_t len, size_t at)
{
    size_t capital = latin_capital_length(text, len, at);
    if (capital == 0 || !word_may_start(text, at)) {
        return at;
    }
    size_t end = at + capital;
    while (end < len && (letter((unsigned char)text[end])
                         || ((text[end] == '-' || text[end] == '\'') && end + 1 < len
                             && letter((unsigned char)text[end + 1])
                             && !(text[end] == '\'' && text[end + 1] == 's')))) {
        end++;
    }
    return end < len && (isdigit((unsigned char)text[end]) || text[end] == '_' || text[end] == '@') ? at : end;
}

/* Collect the parts of the names of two words or more found (no particle, title, or word of a language:
 * "Will" of "Will Smith" opens questions too). */
static void collect_parts(const struct name_table *table, const char *text, const struct candidate *found,
                          size_t count, struct name_parts *parts)
{
    for (size_t i = 0; i < count; i++) {
        size_t at = found[i].start, end = found[i].end;
        if (memchr(text + at, ' ', end - at) == NULL && memchr(text + at, ',', end - at) == NULL) {
            continue;                 /* one word: the request's every-occurrence pass has it */
        }
        while (at < end) {
            size_t stop = token_end(text, end, at);
            if (stop > at && lowercase((unsigned char)text[stop - 1])) {
                unsigned flags = word_flags(table, text + at, stop - at);
                if (has_name_part(flags) || is_unknown(flags)) {
                    if (!(flags & (NAME_WORD | NAME_FOREIGN_WORD | NAME_NEVER | NAME_CUE | NAME_SENTENCE_WORD
                                   | NAME_PLACE))) {
                        parts_add(parts, text, at, stop - at);
                    }
                }
                at = stop;
            }
            at++;
        }
    }
}

/* Does the token text[at, stop) stand alone, no capitalised word joined to it by a space on either side?
 * ("Quiroga." and "Mary will", not "Zorvak Quellingtons", a product, nor "Anna Quiroga", another name) */
static bool stands_alone(const char *text, size_t len, size_t at, size_t stop)
{
    if (stop + 1 < len && text[stop] == ' ' && latin_capital_length(text, len, stop + 1) != 0) {
        return false;
    }
    if (at < 2 || text[at - 1] != ' ' || !letter((unsigned char)text[at - 2])) {
        return true;
    }
    size_t start = at - 1;
    while (start > 0 && at - start <= MAX_WORD && letter((unsigned char)text[start - 1])) {
        start--;
    }
    return latin_capital_length(text, len, start) == 0;
}

/* Is `word` a part of a name found before it, standing alone ("Elena Quiroga … titularidad de Quiroga.",
 * "Mary Nwachukwu … Mary's CV")? The parts of the names found since the last call are added first. */
static bool repeats_a_part(const struct name_table *table, const char *text, size_t len, const struct candidate *found,
                           size_t count, size_t *collected, struct name_parts *parts, const struct word *word)
{
    if (*collected < count) {
        collect_parts(table, text, found + *collected, count - *collected, parts);
        *collected = count;
    }
    return parts->count != 0 && (parts->first_letters & first_letter_bit((unsigned char)text[word->start]))
           && word->end == word->next && parts_hold(parts, text, word->start, word->end - word->start)
           && !(word->flags & (NAME_WORD | NAME_NEVER | NAME_CUE)) && stands_alone(text, len, word->start, word->end);
}

/* ---- login handles ---- */

enum { MAX_HANDLE_PART = 32, MIN_UNLISTED_SURNAME = 5 };

/* A byte of a handle's part: a small ASCII letter or a byte of a UTF-8 letter. */
static bool handle_letter(unsigned char c)
{
    return (unsigned)(c - 'a') < 26 || c >= 0x80;
}

/* May a handle end at `at`: no letter, digit, '_', '@', '/', '-' or '(' goes on, and no '.' before another
 * letter ("anna.berg@…" is a mailbox, "anna.berg.no" a host, "maria.json/…" a path, "mark.run(…)" code). */
static bool handle_may_end(const char *text, size_t len, size_t at)
{
    if (at == len) {
        return true;
    }
    unsigned char c = (unsigned char)text[at];
    if (c == '@') {
        /* a kubeconfig's or a shell prompt's "kari.nordmann@prod": a host of no dots, not a mailbox */
        size_t host = at + 1;
        while (host < len && host - at <= MAX_HANDLE_PART
               && (isalnum((unsigned char)text[host]) || text[host] == '-')) {
            host++;
        }
        return host > at + 1 && host - at <= MAX_HANDLE_PART && (host == len || text[host] != '.');
    }
    if (isalnum(c) || c >= 0x80 || c == '_' || c == '/' || c == '-' || c == '\\' || c == '(') {
        return false;                 /* "pipeline.run(batch)": a call */
    }
    return !(c == '.' && at + 1 < len && isalnum((unsigned char)text[at + 1]));
}

/* May a handle start at `at`: at a line's or word's start, or after '@' that opens a mention (not a
 * mailbox's domain "kari@anna.berg"), never inside a path, a host or a dotted name ("os.path"). */
static bool handle_may_start(const char *text, size_t at)
{
    if (at == 0) {
        return true;
    }
    unsigned char c = (unsigned char)text[at - 1];
    if (c == '@') {
        return at < 2 || !(isalnum((unsigned char)text[at - 2]) || text[at - 2] == '.' || text[at - 2] == '_');
    }
    /* a home folder is named after its user: "/home/kari.nordmann", "/Users/kari.nordmann"; so is a URL's
     * user ("smb://kari.nordmann:…@host") */
    if (c == '/') {
        return (at >= 6 && memcmp(text + at - 6, "/home/", 6) == 0)
               || (at >= 7 && memcmp(text + at - 7, "/Users/", 7) == 0)
               || (at >= 3 && memcmp(text + at - 3, "://", 3) == 0);
    }
    /* a Windows account after its domain: "CORP\kari.nordmann", "/user:ACME\kari.nordmann" */
    if (c == '\\') {
        return at >= 2 && isupper((unsigned char)text[at - 2]);
    }
    return !(isalnum(c) || c >= 0x80 || c == '_' || c == '.' || c == '/' || c == '-' || c == '\\' || c == '$');
}

/* The flags of a handle's part, its hyphen pieces capitalised as the lists spell them ("gun-britt" ->
 * "Gun-Britt"). */
static unsigned handle_part_flags(const struct name_table *table, const char *text, size_t start, size_t end)
{
    char spelled[MAX_HANDLE_PART];
    size_t len = end - start;
    if (len > sizeof spelled) {
        return 0;
    }
    memcpy(spelled, text + start, len);
    for (size_t i = 0; i < len; i++) {
        /* "o'shaughnessy" -> "O'Shaughnessy": a piece after a hyphen or an apostrophe is capitalised */
        if (!(i == 0 || spelled[i - 1] == '-' || (spelled[i - 1] == '\'' && i == 2))) {
            continue;
        }
        unsigned char next = i + 1 < len ? (unsigned char)spelled[i + 1] : 0;
        if ((unsigned)(spelled[i] - 'a') < 26) {
            spelled[i] = (char)(spelled[i] - 'a' + 'A');
        } else if ((unsigned char)spelled[i] == 0xC3 && next >= 0xA0 && next <= 0xBE && next != 0xB7) {
            spelled[i + 1] = (char)(next - 0x20);         /* "åke" -> "Åke", "églantine" -> "Églantine" */
        }
    }
    return word_flags(table, spelled, len);
}

/* Where the handle's part from `at` ends (small letters, inner '-'), or `at`. */
static size_t handle_part_end(const char *text, size_t len, size_t at)
{
    size_t end = at;
    while (end < len && end - at < MAX_HANDLE_PART
           && (handle_letter((unsigned char)text[end])
               || (text[end] == '-' && end > at && end + 1 < len && handle_letter((unsigned char)text[end + 1])))) {
        end++;
    }
    COUNT_NAMES_WORK(end - at + 1);
    return end;
}

/* A login handle made of a person's names, "given.surname" in small letters: "@kari.nordmann", "for user
 * kari.nordmann", `value="gun-britt.wahlberg"`. The given name must be a first name of the lists; the
 * surname a name part, or a word in no list of MIN_UNLISTED_SURNAME letters or more ("sigvor.sorli" is
 * short of it; "maria.json", "anna.yaml" are files). A first name that is also a word takes only a
 * surname that is none ("mark.down", "grace.period", "max.length" stay). Returns where it ends, or 0. */
static size_t handle_end_at(const struct name_table *table, const char *text, size_t len, size_t dot, size_t *from)
{
    size_t end = handle_part_end(text, len, dot + 1);   /* first the end: code and hosts end there */
    bool folder = end < len && text[end] == '/';        /* "/home/kari.nordmann/src": checked below */
    if (end - dot - 1 < 2 || !(folder || handle_may_end(text, len, end))) {
        return 0;
    }
    size_t start = dot;
    while (start > 0 && dot - start < MAX_HANDLE_PART
           && (handle_letter((unsigned char)text[start - 1])
               || (text[start - 1] == '-' && start < dot && start > 1
                   && handle_letter((unsigned char)text[start - 2])))) {
        start--;
    }
    if (dot - start < 2 || (unsigned)(text[start] - 'a') >= 26 || !handle_may_start(text, start)
        || (folder && !(start > 0 && text[start - 1] == '/'))) {
        return 0;                     /* a folder after the handle only under a home folder */
    }
    if (start >= 3 && memcmp(text + start - 3, "://", 3) == 0
        && !(end < len && (text[end] == ':' || text[end] == '@'))) {
        return 0;                     /* a URL's host ("https://harbor.dev"), not its user ("smb://kari.nordmann:…@") */
    }
    unsigned given = handle_part_flags(table, text, start, dot);
    if (!(given & NAME_FIRST) || (given & (NAME_NEVER | NAME_PLACE))) {
        return 0;
    }
    /* a file's type is no surname, though the lists hold some ("Json", "Doc", "Bak") */
    static const struct word_list file_types[] = {
        W("json"), W("yaml"), W("yml"), W("toml"), W("txt"), W("doc"), W("docx"), W("bak"), W("csv"), W("xml"),
        W("html"), W("md"), W("pdf"), W("exe"), W("conf"), W("lock"), W("tmp"), W("old"), { NULL, 0 },
    };
    unsigned surname = handle_part_flags(table, text, dot + 1, end);
    if ((surname & (NAME_NEVER | NAME_PLACE | NAME_CUE)) || word_is(text, dot + 1, end, file_types)) {
        return 0;
    }
    if (surname == 0) {
        *from = start;
        return end - dot - 1 >= MIN_UNLISTED_SURNAME ? end : 0;
    }
    bool surname_is_word = (surname & (NAME_WORD | NAME_FOREIGN_WORD)) != 0;
    if (!has_name_part(surname) || (surname_is_word && (given & (NAME_WORD | NAME_FOREIGN_WORD)))) {
        return 0;
    }
    *from = start;
    return end;
}

/* ---- names in small letters ---- */

/* Where a name in small letters is read: after a cue (a greeting and a self-introduction), under a key
 * that names a person, or anywhere in running text ("ruf wigand vom bruch unter …", "mathis bertrand et
 * chloé richard", "TODO(ola-martin johnsen)"), where the given name must be a first name of the lists
 * that passes the filter and the surname tells the pair from prose. */
enum lowercase_context { LOWERCASE_CUED, LOWERCASE_KEYED, LOWERCASE_BARE };

static const struct word_list small_particles[] = {
    W("af"), W("von"), W("vom"), W("van"), W("zu"), W("de"), W("la"), W("del"), W("der"), W("den"), W("du"),
    W("le"), W("da"), W("dos"), W("di"), { NULL, 0 },
};

/* Where the surname from `start` ends, after at most two particles ("af", "de la"), or `start`. */
static size_t lowercase_surname_end(const char *text, size_t len, size_t *start)
{
    size_t end = handle_part_end(text, len, *start);
    for (int particle = 0; particle < 2 && end < len && text[end] == ' ' && word_is(text, *start, end, small_particles);
         particle++) {
        *start = end + 1;
        end = handle_part_end(text, len, *start);
    }
    if (end < len && text[end] == '\'' && end + 1 < len && handle_letter((unsigned char)text[end + 1])) {
        end = handle_part_end(text, len, end + 1);      /* "d'aubigné" */
    }
    return end;
}

/* A person's name typed in small letters, "given surname" ("it's kari nordmann —", "owner: hans-jürgen
 * rübsamen (…)"): the given name a first name of the lists, and no common word unless a key names a
 * person; particles ("af", "de la") before the surname; the surname a name part that is no word, or a
 * word in no list of MIN_UNLISTED_SURNAME letters or more. After a cue or a key no small word may follow
 * (that is running prose: "mark hunt for …"). With no cue (LOWERCASE_BARE) the surname must be a name
 * part that is no word of any language and no place ("mathis poitevin au …", "mats larsson och …"), or,
 * after a given name that is no word either, a word in no list that ends the phrase ("maria lindahl,");
 * a second given name may come between ("josé ramón aguirrezábal") and a particle and a part after
 * ("bonde af björnö"). Returns where it ends, or 0. */
static size_t lowercase_name_end(const struct name_table *table, const char *text, size_t len, size_t at,
                                 enum lowercase_context context)
{
    size_t given_end = handle_part_end(text, len, at);
    if (given_end - at < 2 || given_end + 2 >= len || text[given_end] != ' ') {
        return 0;
    }
    unsigned given = handle_part_flags(table, text, at, given_end);
    unsigned never = NAME_NEVER | NAME_PLACE | NAME_CUE;
    unsigned words = NAME_WORD | NAME_FOREIGN_WORD | NAME_SENTENCE_WORD;
    bool plain_given = !(given & (never | words));
    /* with no cue, a given name that is also a word of a language ("my", "el", "mats") is that word; one
     * that is also a town ("david", "sofia") is the name; a command after a shell's prompt is none ("$ aws
     * cloudformation deploy") */
    bool prompt = at >= 2 && text[at - 1] == ' ' && (text[at - 2] == '$' || text[at - 2] == '%');
    bool bare_given = context == LOWERCASE_BARE && !(given & words);
    if (!(given & NAME_FIRST) || (given & (NAME_NEVER | NAME_CUE)) || (context == LOWERCASE_BARE && prompt)
        || (!plain_given && !bare_given && (context != LOWERCASE_KEYED || (given & never)))) {
        return 0;
    }
    size_t start = given_end + 1;
    if (!lowercase((unsigned char)text[start]) || ((unsigned char)text[start] == 0xC3 && start + 1 < len
                                                   && (unsigned char)text[start + 1] < 0xA0)) {
        return 0;                                       /* "de Íñigo": a capital goes on */
    }
    size_t end = lowercase_surname_end(text, len, &start);
    unsigned surname = handle_part_flags(table, text, start, end);
    if (context == LOWERCASE_BARE && start == given_end + 1 && (surname & NAME_FIRST)
        && !(surname & (never | words)) && end + 2 < len && text[end] == ' '
        && lowercase((unsigned char)text[end + 1])) {
        size_t third = end + 1;                         /* "josé ramón aguirrezábal" */
        size_t third_end = lowercase_surname_end(text, len, &third);
        unsigned third_flags = handle_part_flags(table, text, third, third_end);
        bool third_ends = third_end == len || text[third_end] != ' ' || third_end + 1 == len
                          || (unsigned)(text[third_end + 1] - 'a') >= 26;
        if (third_end > third && !(third_flags & (never | words))
            && (has_name_part(third_flags) || (third_flags == 0 && third_end - third >= MIN_UNLISTED_SURNAME
                                                && third_ends))) {
            start = third;
            end = third_end;
            surname = third_flags;
        }
    }
    bool dotted = end + 1 < len && text[end] == '.' && !isspace((unsigned char)text[end + 1]);   /* a host, a file */
    if (end == start || dotted || (end < len && (isalnum((unsigned char)text[end]) || text[end] == '_'
                                                 || text[end] == '@' || text[end] == '/'))) {
        return 0;
    }
    bool prose_follows = end + 1 < len && text[end] == ' ' && (unsigned)(text[end + 1] - 'a') < 26;
    /* a surname that is also a town ("hagen", "jackson") is read as a surname after a given name in
     * small letters: a town is not written so after a first name */
    if (surname & (context == LOWERCASE_BARE ? NAME_NEVER | NAME_CUE : never)) {
        return 0;
    }
    if (surname == 0) {
        /* with no cue, a word of a language may follow ("wolfgang ruppersberg in …", "séverine gaudemet au
         * …"): the word in no list between it and the given name is no word of that prose */
        bool word_follows = false;
        if (prose_follows && context == LOWERCASE_BARE && plain_given) {
            size_t next_end = handle_part_end(text, len, end + 1);
            word_follows = (handle_part_flags(table, text, end + 1, next_end) & words) != 0;
        }
        return end - start >= MIN_UNLISTED_SURNAME && (!prose_follows || word_follows)
               && (context != LOWERCASE_BARE || plain_given) ? end : 0;
    }
    if (!has_name_part(surname) || (surname & (NAME_WORD | NAME_FOREIGN_WORD))) {
        return 0;
    }
    if (context != LOWERCASE_BARE) {
        return prose_follows ? 0 : end;
    }
    /* "… bonde af björnö": a particle and a part after the surname belong to it */
    size_t particle = end + 1;
    if (prose_follows) {
        size_t particle_end = handle_part_end(text, len, particle);
        if (particle_end + 1 < len && text[particle_end] == ' '
            && word_is(text, particle, particle_end, small_particles)
            && lowercase((unsigned char)text[particle_end + 1])) {
            size_t after = handle_part_end(text, len, particle_end + 1);
            unsigned after_flags = handle_part_flags(table, text, particle_end + 1, after);
            if (after > particle_end + 1 && !(after_flags & (never | words))
                && (has_name_part(after_flags) || after - particle_end - 1 >= MIN_UNLISTED_SURNAME)
                && (after == len || !isalnum((unsigned char)text[after]))) {
                end = after;
            }
        }
    }
    return end;
}

/* Where a name in small letters after a ", " or ": " at `mark` ends, or 0: after a greeting and a
 * self-introduction ("hey, it's …", "hei, det er …", "hallo, hier ist …", "coucou, c'est …", "hola,
 * soy …"), or under a key that names a person ("owner: …", "assignee: …"). */
static size_t lowercase_name_after(const struct name_table *table, const char *text, size_t len, size_t mark,
                                   size_t *from)
{
    static const char *const introductions[] = {
        "it's ", "it is ", "this is ", "i'm ", "i am ", "here's ", "det er ", "dette er ", "jeg er ", "her er ",
        "det är ", "detta är ", "jag är ", "här är ", "hier ist ", "ich bin ", "hier spricht ", "c'est ",
        "je suis ", "ici ", "soy ", "aquí ", "me llamo ", "habla ", NULL,
    };
    size_t at = mark + 2;
    if (at >= len || (unsigned)(text[at] - 'a') >= 26) {
        return 0;
    }
    if (text[mark] == ':') {
        /* most values after a colon are one token ("image: nginx"): no lookup for them */
        size_t first_end = handle_part_end(text, len, at);
        if (first_end + 1 >= len || text[first_end] != ' ' || !handle_letter((unsigned char)text[first_end + 1])) {
            return 0;
        }
        char quote;
        bool keyed = key_before(table, text, at, &quote) != NAME_KEY_NONE;
        *from = at;
        size_t end = lowercase_name_end(table, text, len, at, keyed ? LOWERCASE_KEYED : LOWERCASE_CUED);
        /* under any other label, only a whole value that ends its line or opens a parenthesis: "Kassör i
         * BK Häcken: lars nordström", "# analyst: kari nordmann (…)" */
        if (!keyed && end != 0 && end < len && text[end] != '\n' && text[end] != '\r'
            && !(text[end] == ' ' && end + 1 < len && text[end + 1] == '(')) {
            return 0;
        }
        return end;
    }
    size_t word_start = mark;
    while (word_start > 0 && mark - word_start < 16 && letter((unsigned char)text[word_start - 1])) {
        word_start--;
    }
    /* a greeting opens its line or sentence: a byte test first, as most commas follow other words */
    if (word_start == mark || !opens_sentence(text, word_start) || !word_is(text, word_start, mark, greetings)) {
        return 0;
    }
    for (size_t i = 0; introductions[i] != NULL; i++) {
        size_t length = strlen(introductions[i]);
        if (at + length < len && strncasecmp(text + at, introductions[i], length) == 0) {
            *from = at + length;
            return lowercase_name_end(table, text, len, at + length, LOWERCASE_CUED);
        }
    }
    return 0;
}

/* May a word in small letters start at `at`: a small ASCII letter or a Latin-1 small letter (C3 A0-BE),
 * after a space, a line break, a tab, '(', '"' or '>' ("TODO(kari nordmann)", "<Name>kari …"). */
static bool lowercase_word_starts(const char *text, size_t len, size_t at)
{
    unsigned char c = (unsigned char)text[at];
    return ((unsigned)(c - 'a') < 26 || (c == 0xC3 && at + 1 < len && (unsigned char)text[at + 1] >= 0xA0))
           && (at == 0 || text[at - 1] == ' ' || text[at - 1] == '\n' || text[at - 1] == '\t' || text[at - 1] == '('
               || text[at - 1] == '"' || text[at - 1] == '>');
}

/* How many bytes from `at` are small ASCII letters or bytes of UTF-8 letters, up to GIVEN_KEY_MAX (a
 * longer word is no given name of the filter). */
static inline size_t letters_at(const char *text, size_t len, size_t at)
{
    size_t end = at;
    while (end < len && end - at < GIVEN_KEY_MAX && handle_letter((unsigned char)text[end])) {
        end++;
    }
    COUNT_NAMES_WORK(end - at + 1);
    return end - at;
}

/* Is the word of `length` letters at `word` a given name in small letters that opens a name ("mathis
 * poitevin")? The filter first (one multiplication and one bit), the lists only for the few words that
 * pass it. Returns where the name ends, or 0. */
static inline size_t lowercase_pair_at(const struct name_table *table, const char *text, size_t len, size_t word,
                                       size_t length)
{
    size_t end = word + length;
    if (length < 2 || length >= GIVEN_KEY_MAX || end + 2 >= len || (text[end] != ' ' && text[end] != '-')
        || !given_filter_has(table, given_key(text + word, length, word + 8 <= len))
        || !lowercase_word_starts(text, len, word)) {
        return 0;
    }
    return lowercase_name_end(table, text, len, word, LOWERCASE_BARE);
}

/* A name in small letters with no cue, "given surname", whose given name starts in [from, stop]: the
 * stretch of lowercase text the capitals' scan skips. Sixteen bytes at a time, SSE2 finds the words that
 * start after a space, a line break, a tab, '(', '"' or '>' and their lengths (from a 32-byte window), so
 * that each word costs a few instructions and the filter's one bit; only a word that passes it is looked
 * up. Linear: each byte is in one block. Returns where the name ends (its start in *start), or 0. */
static size_t lowercase_pair_in(const struct name_table *table, const char *text, size_t len, size_t from,
                                size_t stop, size_t *start)
{
    /* A given name, a space and a surname's first letter take three bytes before `stop` when `stop` is an
     * ASCII byte (a capital, a mark or the text's end: no small letter of a word that starts there), so a
     * shorter stretch holds none; a lead byte at `stop` may begin a word in small letters ("élodie"). */
    if (from >= stop || (stop - from < 3 && (stop == len || (unsigned char)text[stop] < 0x80))) {
        return 0;
    }
    size_t at = from;
    if (at == 0) {
        /* the text's first word, which no separator comes before */
        size_t end = lowercase_word_starts(text, len, 0)
                     ? lowercase_pair_at(table, text, len, 0, letters_at(text, len, 0)) : 0;
        if (end != 0) {
            *start = 0;
            return end;
        }
    } else {
        at--;                         /* the separator before the word at `from`: the window tests that word */
    }
#ifdef __SSE2__
    const __m128i small_a = _mm_set1_epi8('a'), small_span = _mm_set1_epi8('z' - 'a'), zero = _mm_setzero_si128();
    const __m128i space = _mm_set1_epi8(' ');
    const __m128i parenthesis = _mm_set1_epi8('('), quote = _mm_set1_epi8('"'), angle = _mm_set1_epi8('>');
    while (at < stop && at + 32 <= len) {
        __m128i low = _mm_loadu_si128((const __m128i *)(const void *)(text + at));
        __m128i high = _mm_loadu_si128((const __m128i *)(const void *)(text + at + 16));
        __m128i low_offset = _mm_sub_epi8(low, small_a), high_offset = _mm_sub_epi8(high, small_a);
        __m128i low_letters = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(low_offset, small_span), low_offset),
                                           _mm_cmplt_epi8(low, zero));
        __m128i high_letters = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(high_offset, small_span), high_offset),
                                            _mm_cmplt_epi8(high, zero));
        uint32_t letters = (uint32_t)_mm_movemask_epi8(low_letters) | (uint32_t)_mm_movemask_epi8(high_letters) << 16;
        COUNT_NAMES_WORK(32);
        /* a space or a control byte (line break, tab), '(', '"' or '>' */
        __m128i marks = _mm_or_si128(_mm_cmpeq_epi8(low, parenthesis),
                                     _mm_or_si128(_mm_cmpeq_epi8(low, quote), _mm_cmpeq_epi8(low, angle)));
        __m128i before = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(low, space), low), marks);
        uint32_t starts = (uint32_t)_mm_movemask_epi8(before) & (letters >> 1);
        if (stop - at < 16) {
            starts &= ((uint32_t)1 << (stop - at)) - 1;         /* a word may start at `stop` itself */
        }
        while (starts != 0) {
            unsigned separator = (unsigned)__builtin_ctz(starts);
            starts &= starts - 1;
            size_t word = at + separator + 1;
            /* the window holds the word's end unless its letters run to the window's end: then count */
            size_t inside = (size_t)__builtin_ctz(~(letters >> (separator + 1)));
            size_t length = separator + 1 + inside < 32 ? inside : letters_at(text, len, word);
            size_t end = lowercase_pair_at(table, text, len, word, length);
            if (end != 0) {
                *start = word;
                return end;
            }
        }
        at += 16;
    }
#endif
    for (; at < stop; at++) {
        COUNT_NAMES_WORK(1);
        char c = text[at];
        if ((c == ' ' || c == '\n' || c == '\t' || c == '(' || c == '"' || c == '>') && at + 1 < len
            && lowercase_word_starts(text, len, at + 1)) {
            size_t end = lowercase_pair_at(table, text, len, at + 1, letters_at(text, len, at + 1));
            if (end != 0) {
                *start = at + 1;
                return end;
            }
        }
    }
    return 0;
}

/* Does a name that ends at `end` stand right before the address whose '@' is at `at`: only the separators a
 * display name and its address have between them (" <", "\" <", " | ", ";", " (") and the local part? */
static bool name_ends_before_address(const char *text, size_t end, size_t at)
{
    enum { GAP = 8, LOCAL = 64 };
    if (end > at || at - end > GAP + LOCAL) {
        return false;
    }
    size_t i = end;
    while (i < at && i - end < GAP && (text[i] == ' ' || text[i] == '<' || text[i] == '"' || text[i] == '|'
                                       || text[i] == ';' || text[i] == '\t' || text[i] == ',' || text[i] == '('
                                       || text[i] == '[')) {
        i++;
    }
    while (i < at && (isalnum((unsigned char)text[i]) || text[i] == '.' || text[i] == '_' || text[i] == '-'
                      || text[i] == '+')) {
        i++;
    }
    return i == at;
}

/* A person beside their own address (scrub/name_records.h): the words right before or after an e-mail address or
 * a handle that it spells, if they are shaped like a name ("Pellowe, Abdiwahid <apellowe@…>", "| Emir Qureshi |
 * equreshi@… |"; not "Support Team <support.team@…>"). One memchr pass over the '@'s, bounded work at each; an
 * address right after a name found already ("Kari Berg <kari.berg@…>", most of them) is not read again: the
 * finder's candidates are in text order, and one index walks them beside the '@'s. */
static size_t owners_of_addresses(const struct name_table *table, const struct entity_type *person, const char *text,
                                  size_t len, struct candidate *out, size_t count, size_t max)
{
    size_t found = count, next = 0;
    for (const char *sign = memchr(text, '@', len); sign != NULL && count < max;
         sign = memchr(sign + 1, '@', len - (size_t)(sign + 1 - text))) {
        size_t at = (size_t)(sign - text);
        while (next < found && out[next].start < at) {
            next++;
        }
        if (next > 0 && name_ends_before_address(text, out[next - 1].end, at)) {
            continue;
        }
        size_t start, end, work;
        bool spelled = address_owner_name(text, len, at, &start, &end, &work);
        COUNT_NAMES_WORK(work);
        if (spelled && value_is_person(table, text, start, end, NAME_KEY_PERSON)) {
            out[count++] = (struct candidate){ start, end, person };
        }
    }
    return count;
}

size_t names_find(const struct name_table *table, const struct entity_type *person, const char *text, size_t len,
                  struct candidate *out, size_t max)
{
    size_t count = 0;
    size_t at = 0;
    struct name_parts parts;  /* the parts of the names found so far, and how many of them were read */
    size_t collected = 0;
    parts.count = 0;
    parts.first_letters = 0;
    memset(parts.slots, 0, sizeof parts.slots);
    size_t joined = NO_JOIN;  /* where a word joined to the last name starts */
    size_t known_stop = NO_JOIN;  /* the next capital's stop last found, from before `at` */
    bool joined_by_cell = false;  /* and whether a table's cell separator joins it */
    size_t verb_object = NO_JOIN; /* where the object of a sentence's first word, a verb that takes things, starts */
    while (at < len && count < max) {
        /* Skip to the next capital, or a handle's dot: most bytes are lowercase prose, where only a
         * first name of the lists before a surname ("mathis poitevin") is a name. */
        /* the next capital found before a name in small letters is still the next after it: no byte is
         * scanned twice, however many such names a stretch of small letters holds */
        size_t stop = at <= known_stop && known_stop != NO_JOIN ? known_stop : next_capital(text, len, at);
        COUNT_NAMES_WORK(stop == known_stop ? 1 : stop - at + 1);
        known_stop = stop;
        size_t lower_start = 0;
        size_t lower_end = lowercase_pair_in(table, text, len, at, stop, &lower_start);
        if (lower_end != 0) {
            out[count++] = (struct candidate){ lower_start, lower_end, person };
            at = lower_end;
            continue;
        }
        at = stop;
        if (at == len) {
            break;
        }
        if (text[at] == ',' || text[at] == ':') {
            size_t start = 0;
            size_t end = lowercase_name_after(table, text, len, at, &start);
            if (end != 0) {
                out[count++] = (struct candidate){ start, end, person };
            }
            at = end != 0 ? end : at + 1;
            continue;
        }
        if (text[at] == '.') {
            /* a login handle made of a person's names: "@kari.nordmann", "for user kari.nordmann" */
            size_t start;
            size_t end = at > 0 && handle_letter((unsigned char)text[at - 1])
                         ? handle_end_at(table, text, len, at, &start) : 0;
            if (end != 0) {
                out[count++] = (struct candidate){ start, end, person };
            }
            at = end != 0 ? end : at + 1;
            continue;
        }
        size_t mrz[2 * MRZ_NAME_FIELDS], mrz_end;
        size_t mrz_fields = (at == 0 || text[at - 1] == '\n') && at + 1 < len
                            && (text[at + 1] == '<' || isupper((unsigned char)text[at + 1]))
                            ? mrz_name_fields(text, len, at, mrz, &mrz_end) : 0;
        if (mrz_fields != 0) {
            /* "P<NORHANSEN<<KARI<MARIE<<<", "HANSEN<<KARI<<<": a passport's or a card's MRZ name line */
            COUNT_NAMES_WORK(mrz_end - at);
            for (size_t field = 0; field < mrz_fields && count < max; field++) {
                out[count++] = (struct candidate){ mrz[2 * field], mrz[2 * field + 1], person };
            }
            at = mrz_end;
            continue;
        }
        size_t x12_ends[X12_NAME_FIELDS];
        size_t x12_fields = at > 0 && text[at - 1] == '*' ? x12_name_fields(text, len, at, x12_ends) : 0;
        if (x12_fields != 0) {
            /* "NM1*IL*1*WILLIAMS*BARTHOLOMEW~": each name field, whatever its case */
            for (size_t field = 0; field < x12_fields && count < max; field++) {
                size_t start = field == 0 ? at : x12_ends[field - 1] + 1;
                out[count++] = (struct candidate){ start, x12_ends[field], person };
            }
            at = x12_ends[x12_fields - 1];
            continue;
        }
        /* A capital inside a word ("eyJhbGciOi", "AKIAIOSF", "getName", "DB_PASSWORD", "sk-ant-AbC"): where
         * no word may start, neither a name, a name in capitals nor initials does (read_word, capitals_name
         * and initials_name each ask word_may_start or caps_may_start first). Keys and tokens hold many. */
        if (at > 0 && (letter((unsigned char)text[at - 1]) || !caps_may_start(text, at))) {
            at++;
            continue;
        }
        struct word word;
        bool in_capitals = second_is_capital(text, len, at);
        if (in_capitals || !read_word(table, text, len, at, &word)) {
            /* capitals: "DOE/JANE MS", "NAVN: KJELLAUG BREKKE", or a heading; initials: "J. R. Smith" */
            size_t skip = at + 1, capitals = 0;
            if (in_capitals) {
                capitals = capitals_name(table, text, len, at, &skip);
            } else if (at + 2 < len
                       && (text[at + 1] == '.' || (text[at + 2] == '.' && latin_capital_length(text, len, at) == 2))) {
                capitals = initials_name(table, text, len, at);
            }
            if (capitals != 0) {
                out[count++] = (struct candidate){ at, capitals, person };
                skip = capitals;
            }
            at = skip;
            continue;
        }
        bool in_parenthesis = word.start > 0 && text[word.start - 1] == '(' && count > 0;
        size_t affiliation = in_parenthesis ? affiliation_end(table, text, len, &word, &out[count - 1]) : 0;
        if (affiliation != 0) {
            at = affiliation;         /* "Gro Lie (Brann)": her team, not another person */
            continue;
        }
        if (word.end + 1 < len && isdigit((unsigned char)text[word.end + 1]) && version_follows(text, len, word.end)) {
            at = word.next;           /* "Prisma 5.14.0", "Chef Infra 18.4.2": a product */
            continue;
        }
        if (word.end < len && text[word.end] == '(' && word.end + 1 < len && text[word.end + 1] != ')') {
            at = word.next;           /* "Str(kari@…)", "Person(firstName = …)": a call or a type in code */
            continue;
        }
        /* A value under a key that names a person: the whole value, in the lists or not. */
        bool thing;
        size_t keyed = keyed_person(table, text, len, word.start, &thing);
        if (thing) {
            at = keyed;               /* "From: Posten Norge <…>": a firm under the label */
            continue;
        }
        if (keyed != 0) {
            out[count++] = (struct candidate){ word.start, keyed, person };
            /* the next of a list under the key: "Attendees: Kari Berg, Bhishma Kaniyar", "cc: …, Eve Brown" */
            joined = joined_word_at(text, len, keyed);
            joined_by_cell = false;
            at = keyed;
            continue;
        }
        /* "del Río, Gonzalo", "lastName = \"von Essen\"", "Madame de La Tour": particles open the name */
        size_t lead = particles_before(text, word.start);
        size_t led = lead != word.start ? particle_surname_end(table, text, len, lead, &word, lead == joined) : 0;
        if (led != 0) {
            out[count++] = (struct candidate){ lead, led, person };
            joined_by_cell = next_cell_at(text, len, led) != NO_JOIN;
            joined = joined_word_at(text, len, led);
            at = led;
            continue;
        }
        size_t components = components_end(table, text, len, &word);
        if (components != 0) {
            /* each component its own span: the vCard's "FN:" line and a letter write them in another
             * order ("N:Berg;Kari;;;" then "FN:Kari Berg"), and each further occurrence of a value found is
             * masked only as that value */
            char separator = text[word.end];
            for (size_t part = word.start; part < components && count < max;) {
                const char *bound = memchr(text + part, separator, components - part);
                size_t part_end = bound != NULL ? (size_t)(bound - text) : components;
                out[count++] = (struct candidate){ part, part_end, person };
                part = part_end + 1;
            }
            at = components;
            continue;
        }
        /* A part of a name found before, alone: "… titularidad de Quiroga" after "Elena Quiroga". */
        if (repeats_a_part(table, text, len, out, count, &collected, &parts, &word)) {
            /* and its first name or initials after a comma: "Neumann, Tobias" again, "3. Hellström, Mats.",
             * "Pennington, J. (2020)" */
            struct word given;
            bool surname_first = lastname_first(table, text, len, &word, &given);
            size_t initialled = surname_first ? 0 : surname_initial_end(text, len, &word);
            size_t end = surname_first ? given.end : initialled != 0 ? initialled : word.end;
            out[count++] = (struct candidate){ word.start, end, person };
            at = surname_first ? given.next : initialled != 0 ? initialled : word.next;
            continue;
        }
        bool opener_is_verb;
        if (opens_with_a_thing(table, text, len, &word, &opener_is_verb)) {
            verb_object = opener_is_verb ? word.next + 1 : NO_JOIN;
            at = word.next;
            continue;
        }
        /* A brand or place of several words ("Paul Smith" the brand), unless a title or naming cue
         * says it is a person ("Dear Paul Smith"). */
        struct before before;
        size_t phrase = phrase_end(table, text, len, &word);
        if (phrase != 0) {
            read_before(table, text, &word, &before);
        }
        if (phrase != 0 && !(has_name_part(word.flags) && cue_opens(text, &before)
                             && cue_around(table, text, len, &word, &before) >= CUE_STRONG)) {
            at = phrase;
            continue;
        }
        /* Most capitalised words are plain words at the start of a sentence ("The"): no cue
         * makes them a name (a title could, but "Mr. The" is not worth the lookups). */
        if ((word.flags & ~(unsigned)NAME_FOREIGN_WORD) == NAME_WORD) {
            at = word.next;
            continue;
        }
        /* A cue is never the name it announces: "Dear Ingrid" is Ingrid, and "Ping" in
         * "Ping Sven about it" is a verb, although Ping is a name too. */
        if ((word.flags & NAME_CUE)
            || (is_unknown(word.flags)
                && (cue_lists(table, text, word.start, word.end)
                    & (LIST_STRONG | LIST_TITLE | LIST_WEAK | LIST_SIGN_OFF | LIST_KEY_PERSON)))) {
            at = word.next;
            continue;
        }
        /* A legal form or street type is never a name's first word: "Main St, Springfield". */
        if (company_form_at(table, text, len, word.start)) {
            at = word.next;
            continue;
        }
        size_t initialled = surname_initial_end(text, len, &word);
        if (initialled != 0) {
            out[count++] = (struct candidate){ word.start, initialled, person };
            at = initialled;
            continue;
        }
        struct word first;
        if (lastname_first(table, text, len, &word, &first) && !after_a_kind_noun(table, text, &word)) {
            /* "F. Eichendorff, Helios Klinikum": the surname, and his clinic after the comma */
            bool clinic = named_after_noun_follows(table, text, len, first.next);
            out[count++] = (struct candidate){ word.start, clinic ? word.end : first.end, person };
            at = first.next;
            continue;
        }
        if (phrase == 0) {
            read_before(table, text, &word, &before);
        }
        enum cue cue = cue_around(table, text, len, &word, &before);
        if ((word.start == joined && may_join_a_name(text, &word))
            || (cue < CUE_STRONG && (chat_speaker(text, len, &word) || slash_signature(text, len, &word)
                                     || gedcom_surname(text, len, &word)
                                     || (word.start > 0 && text[word.start - 1] == '@')
                                     || timed_speaker(table, text, len, &word)))) {
            cue = CUE_STRONG;
        }
        /* "We served Margarita", "Comí Cocido": the object of a verb that takes things is a thing, and so are
         * the capitalised words that go on with it ("Bakewell Tart") */
        if (cue < CUE_STRONG
            && ((word.start == verb_object && !thing_verb_object_is_a_person(table, text, len, &word))
                || ((before.lists & (LIST_THING_VERB | LIST_DETERMINER))
                    && object_of_a_thing_verb(table, text, len, &word, &before)))) {
            at = extend_name(table, text, len, word, false);
            continue;
        }
        /* "read the Kristin Lavransdatter", "sailed on the Queen Mary", "das Hans Sachs Haus", "in dem
         * Albert Schweitzer gewidmeten": an article right before a capitalised phrase makes it a thing's
         * name (a work, a ship, a building, a firm); people's names take none in English's and German's
         * writing. Its words are passed over as a thing verb's object's are. Not the articles that are
         * another language's preposition, pronoun or verb too ("a", "an", "en", "la", "der", "die",
         * "den"), nor plurals ("los García": a family); not French's and Spanish's "le", "el", "un": on
         * text never read they cost a half seven names (session 16). Only when the phrase opens with a
         * name's word: "the CEO Kari Nordmann" is a role before a name. A strong cue (a title) still
         * makes a name. */
        if (cue < CUE_STRONG && has_name_part(word.flags) && before.found && before.punctuation == 0 && !before.dotted
            && !before.line_break && islower((unsigned char)text[before.start])
            && word_is(text, before.start, before.end, name_free_articles)) {
            at = extend_name(table, text, len, word, false);
            continue;
        }
        /* The cell beside a name's in a table row: a name part, though also a word ("Ingrid;Strand",
         * "Susan\tBrown"). */
        bool cell_beside_a_name = word.start == joined && joined_by_cell;
        if (cell_beside_a_name && has_name_part(word.flags) && !(word.flags & (NAME_NEVER | NAME_PLACE))) {
            cue = CUE_TITLE;
        }
        /* "Mike de Lange": a name part after a name and a particle is a surname, even when
         * another language has it as a word (German "lange"). */
        if ((word.flags & NAME_FOREIGN_WORD) && has_name_part(word.flags)
            && after_name_and_particle(table, text, word.start)) {
            cue = CUE_STRONG;
        }
        /* "12 rue Victor Hugo", "lycée Jean Moulin", "MS Kong Harald": a street, school or ship named
         * after a person */
        /* a ship: "MS Kong Harald" (Ms in capitals before a name in capitals is a ticket's title) */
        if ((before.lists & LIST_PARTICLE) && !(before.lists & LIST_STREET) && before.punctuation == 0
            && islower((unsigned char)text[before.start])) {
            size_t street_start, street_end;
            char punctuation;
            bool dotted;
            if (previous_word(text, before.start, &street_start, &street_end, &punctuation, &dotted)
                && punctuation == 0 && !dotted && (cue_lists(table, text, street_start, street_end) & LIST_STREET)) {
                before.lists |= LIST_STREET;  /* "Plaza de Cristo Rey", "rue de Gaulle": the street word before */
            }
        }
        if (!(before.lists & LIST_STREET) && street_before_elision_or_saint(table, text, word.start, &before)) {
            before.lists |= LIST_STREET;      /* "maladie d'Addison", "Kita St. Elisabeth" */
            before.dotted = false;            /* the saint's "St." is part of the place's name */
        }
        bool ship = (before.found && before.end - before.start == 2 && memcmp(text + before.start, "MS", 2) == 0)
                    || (word.start >= 4 && text[word.start - 1] == ' '        /* "M/S Birger Jarl", "M/V …" */
                        && text[word.start - 4] == 'M' && text[word.start - 3] == '/'
                        && (text[word.start - 2] == 'S' || text[word.start - 2] == 'V' || text[word.start - 2] == 'Y'));
        if ((cue == CUE_NONE || ship || title_after_thing(table, text, &before))
            && ((before.lists & LIST_STREET) || ship || title_after_thing(table, text, &before))
            && before.punctuation == 0 && !before.line_break && (!before.dotted || (before.lists & LIST_TITLE))) {
            at = extend_name(table, text, len, word, false);
            continue;
        }
        /* "Nottingham Forest", "Leeds United": a city that is no first name opens a club's or a firm's name */
        if (cue < CUE_STRONG && (word.flags & NAME_PLACE) && !(word.flags & NAME_FIRST) && word.next + 1 < len
            && text[word.next] == ' ' && latin_capital_length(text, len, word.next + 1) != 0) {
            at = extend_name(table, text, len, word, false);
            continue;
        }
        /* "in Bergen" is a place, but "loop in Declan and Saoirse" names two persons */
        if (cue == CUE_NONE
            && (lone_after_place_preposition(table, text, len, &word, &before) || after_article(text, &before))
            && !joined_to_a_name(table, text, len, &word)) {
            /* after an article, the name-shaped words that follow belong to the brand or ship it names: "die
             * Fritz Heckert", "el Juan Sebastián de Elcano", "el Almirante Juan de Borbón"; a noun is one word
             * ("die Nummer von Felix Lange", "die Steuer-ID von Sabine") */
            bool name_shaped_thing = after_article(text, &before) && (has_name_part(word.flags)
                                                                      || (word.flags & NAME_PHRASE_START))
                                     && !(word.flags & (NAME_WORD | NAME_FOREIGN_WORD | NAME_SENTENCE_WORD))
                                     && memchr(text + word.start, '-', word.end - word.start) == NULL;
            at = name_shaped_thing ? extend_name(table, text, len, word, false) : word.next;
            continue;
        }
        if (!starts_name(table, text, len, &word, cue)) {
            if (joined_to_a_name(table, text, len, &word) && !company_follows(table, text, len, word.next)) {
                out[count++] = (struct candidate){ word.start, word.end, person };
                joined = joined_word_at(text, len, word.next);
                joined_by_cell = next_cell_at(text, len, word.next) != NO_JOIN;
            }
            at = word.next;
            continue;
        }
        /* L'équipe, C'est, D'après, Qu'il: a French elided word, no name (O'Neil and D'Angelo go on in
         * capitals). Nor is the adjective before a closing's noun: "Belle journée", "Bonne soirée", "God
         * helg", "Buen finde". Asked only of a word that would start a name: most words never get here. */
        if (cue != CUE_TITLE && (elided(text, &word) || closing_noun_follows(text, len, word.next))) {
            at = word.next;
            continue;
        }
        /* "San Sebastián", "Santa Cruz", "Sankt Olav", "São Paulo": a place or a saint, and the word after */
        size_t saint = cue != CUE_TITLE ? saint_name_end(table, text, len, &word) : 0;
        if (saint != 0) {
            at = saint;
            continue;
        }
        size_t end = extend_name(table, text, len, word, cue == CUE_SIGNED);
        if (cue < CUE_STRONG && (noun_compound_ends(text, word.start, end)
                                 || noun_compound_ends(text, end + 1, compound_end(text, len, end)))) {
            at = end;                 /* "Sonja Henie-rommet", "Ibsen-huset": a room or a house named after one */
            continue;
        }
        if (cue != CUE_TITLE && (cue_lists(table, text, word.start, word.end) & LIST_STREET)) {
            at = end;                 /* "Hôpital Georges Pompidou", "Lycée Henri IV": the place, not a name */
            continue;
        }
        if (company_follows(table, text, len, end) || version_follows(text, len, end)
            || (cue < CUE_STRONG && club_of_a_city(table, text, len, &word, end))) {
            at = end;                 /* "Weber GmbH", "Hansen & Co AS": a company; "Anna Sui 2.1.0": a product */
            struct word noun;         /* and the noun that says so is none ("Boston Celtics") */
            if (end + 1 < len && text[end] == ' ' && read_word(table, text, len, end + 1, &noun)) {
                at = noun.next;
            }
            continue;
        }
        out[count++] = (struct candidate){ word.start, end, person };
        /* Two cells make a name; a third beside them is its own column ("Jana | Vogel | Bremen"). */
        joined_by_cell = next_cell_at(text, len, end) != NO_JOIN;
        joined = cell_beside_a_name && joined_by_cell ? NO_JOIN : joined_word_at(text, len, end);
        at = end;
    }
    return owners_of_addresses(table, person, text, len, out, count, max);
}

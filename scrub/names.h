/* names.h — PERSON without a model: gazetteers, capitalisation and cues.
 *
 * The PhysioNet deid approach (shared/SCRUB-NOTES.md): a capitalised word is the start
 * of a name when it is an unambiguous first name, when an ambiguous one (Grace, Will) has
 * another name beside it, when a title or cue precedes it (Dr., "my name is", Dear; not a greeting's function
 * word that addresses a group, "Hei Alle,", "Hallo Alle"), or
 * in "Lastname, Firstname". The name runs on over name parts, middle initials and
 * particles (van, de). Stop words (Monday, Paris, Python) never start or continue a
 * name unless a title comes right before them; neither do brands of several words (Hugo
 * Boss), words before a legal form or street type (Weber GmbH, Main St), a lone word after
 * a preposition of place or an article (på Egon, die Ware), a phrase opening with a name's word
 * after English's "the" or German's "das"/"dem" (the Kristin Lavransdatter), nor form labels, interface words,
 * job titles, sign-offs and words of endearment (Nom, Svara, Teamleitung, Kram, Schatz). A cue
 * noun or title at a line's end cues nothing on the next line; a sign-off on the name's line
 * ("Kram Mats", "Besos, Raúl") opens a name that ends at the next word of a language; a chat
 * log's speaker ("] Mary:") and the cell beside a name's in a table row (TSV, CSV, Markdown,
 * psql, SQL values) are names, and so are a name's components in an HL7 field ("|Berg^Kari^^|") and a
 * vCard "N:Berg;Kari;;;" line (parameters allowed, "N;CHARSET=utf-8:"), each component its own span, since
 * the "FN:" line writes them in the other order; and the surname and the given names of a passport's or a
 * card's machine-readable zone (scrub/name_records.h: "P<NORHANSEN<<KARI<MARIE<<<"). A first name that is also a frequent word of another language
 * (flag W: Alene, Hela) opening a sentence before a lowercase word or a first name is that
 * word; a weekday's abbreviation before a date ("Tor. 27. juni") is none. A value under a key that names
 * a person ("first_name": …, assignee: …) is one whole, in the lists or not; a list under such a key
 * ("Attendees: …, …") is read item by item, and a value under it that holds a word never a name after
 * its first ("From: Posten Norge") is a firm, none of whose words is a name. A label that names a name's part
 * needs no ':' where a form or a passport's printed page leaves it out: the line above the value, all label
 * ("Etternavn / Surname" over "HANSEN"), or two blanks or a tab after it ("Last name  Ravensworth"); under
 * such a label capitals the lists lack are the name ("Surname: GYLLENHAMMAR"), but no code under four
 * letters ("TBD") and no lone word that is a word too ("NULL"). Capitals are read as the
 * lists spell them ("Brekke") only where a name must be: under a key ("NAVN: KJELLAUG BREKKE"), in a
 * ticket's "DOE/JANE MS", after a title in capitals, or as a listed surname after a first name ("Jean
 * DUPONT"); elsewhere they are headings. Initials open a name before a surname ("J. R. Smith"), a
 * surname's initial ends one ("Kari N."), and a first name's genitive before a noun is that name
 * ("Torgeirs bil"). A chat line's speaker before the time ("Kari Berg 10:42") and a mention ("@Kari
 * Berg") are names. A name-shaped phrase is a thing after a place, school, prize, ship or shop noun
 * ("lycée Jean Moulin", "premio Miguel de Cervantes", "MS Kong Harald", "restaurant Paul Bocuse"), a law's,
 * an airport's, a grant's, a storm's or a law firm's ("loi de Murphy", "Flughafen Willy Brandt", "beca
 * Severo Ochoa", "tempête Xynthia", "advokatbyrån Mannheimer Swartling"), also with French's article
 * elided into the noun ("l'Université Jean Monnet"), and before a noun of the same kind ("Lincoln Center",
 * "Karl Johans gate", "Megan's Law", "Nelson Mandela Bridge", "Apgar score", "Gauss-Verteilung"), or of a
 * trade ("Johnson Controls", "Berg Bygg", "Hamilton Advokatbyrå"), or after a genitive before a field's prize
 * ("Arne Nordheims komponistpris"; never "pris" alone: "Ola Hansens timepris"); a comma after such a thing's name ends
 * it, no "Surname, First" ("stormen Frida, Ola Berge ringte"), and a name's particles do not run on into a
 * hyphen compound named after another ("Hannah Lange von dem Georg-Büchner-Preis"). An item of a list or a form that opens with a surname in capitals
 * and ends with one or two given names is a name though the lists lack the given name or have the surname as
 * a word or a place ("1. PELLOWE, Corwenna", "YILDIRIM Tesfalem", "2. STRAND, Amund      Haugesund",
 * "Responsable légal : BONNET Aurélie"). Capitals are a name in their own shapes too: "PFANNKUCH/INGEBORG" and
 * "1.1DUNMORE/PRISCILLA MRS", "LARSSON, Sofia", "DESJARDINS Marc-Antoine", and two to four words with an
 * unambiguous first name ("WINIFRED OKORO-BELLO"), never inside a longer line of capitals. Particles open
 * a surname where a key, a cell, a title or "Surname, First" says so ("del Río, Gonzalo", "lastName: von
 * Essen", "Madame de La Tour", "d'Aubigné") and follow initials ("G. del Río"). A chat speaker is read
 * before a time, a dash and a day, a colon, or inside "<…>" and WebVTT "<v …>"; a label that opens its
 * line is a weak cue. A part of a name found earlier in the text, standing alone, is that name's ("Elena
 * Quiroga … de Quiroga"). French elided words ("C'est"), the adjective of a closing ("Belle journée"), and
 * "San"/"Santa"/"Sankt" before a word start no name. In small letters, a first name of the lists that is
 * no word of any language, before a surname that is a name part and no word ("mathis poitevin au …",
 * "TODO(ola-martin johnsen)") or a word in no list that ends the phrase or precedes a word of a language,
 * is a name with no cue; a bit filter over the first names keeps that a few instructions per word. Rooms,
 * teams and pets named after people ("salle Pasteur", "Squad Hopper", "hunden Pelle"), clubs of a city
 * ("Werder Bremen"), a name after "von" that says "of" ("Unterlagen von Kari Berg") and a word before
 * '(' in code ("Str(…)") are not names. Position makes a name of words the lists leave open: an
 * initial before a surname that is also a word or a place, or in no list ("M. Lange", "L. Henderson",
 * "T. Karaoğlu", "M. Van Wyk"; not an abbreviation's second letter, "z. B. Bosch"); a first name, its
 * particles and a surname ("Mats af Trolle", "Maria de Laval"; not a brand, word or city after "de"); a
 * first name that is also a place (Mary, David), alone, before a verb of saying in one of the six
 * languages ("Mary said", "Jackson skrev") or a possessive noun ("David's passport"); a name after a
 * noun of kin or household, in nb/nn, da and sv also in its definite form with a possessive after it
 * ("søsteren min Live", "hyresvärden Ragnvi", "Uncle Marigold"); and a first name that is also a word
 * after a request's verb that addresses someone ("ask Live", "text David on …", "Säg till Per"; not a
 * city that is a word, a brand or an everyday word: "ask Paris", "Spør Dell support", "Säg till Lön").
 * A word in no list before a verb of saying stays a word: firms speak too ("Vipps sa"); one that is such a
 * request's verb, opening a sentence, is no first name the lists lack ("Contactez Aurélie Michel", "Préviens
 * Tristan"). Form and position
 * make things of words the lists hold as names (the decoys census): the object of a verb that takes things,
 * right after it or a determiner, in the six languages ("We served Bakewell Tart", "juega al Zelda"), and in
 * German the word before such a verb's participle or infinitive ending the clause ("mit Lea Lange Maultaschen
 * gegessen"), but not an owner, a listed first name that is no word, nor one that is a word given something
 * ("read Kari's notes", "buy Ingrid a present", "buy Heather a gift"); a verb that takes things or a
 * possessive opening a sentence before a capital ("Comí Cocido", "Plante Lierre", "Vår Lyng", "My
 * Vauxhall"); an academic title, a cue before the name
 * ("Lektor Ebba Forsberg", "Dekanin Braun"); a weekday's or month's abbreviation before a day's number, no
 * surname ("Vence Ene 12"); and a word in no list with a noun ending of the language ("Infrastruktur",
 * "Datenschutzbeauftragter", "Kundtjänst"), whatever cue precedes it. A name part that is a word of a
 * dictionary of nb/nn, da, sv, de, fr or es (flag D: Elg, Preis, Castillo) starts no name alone with no strong
 * cue ("Gaupe og Elg", "Name;Gang;Preis"); beside a first name, after a title or cue it is a surname, and before
 * a word in no list it may open a name (privacy first: "Sett Hallgjerdine på kopi"). The same key
 * and value judges serve the table columns of scrub/columns.c. A person beside their own address is a name
 * in the lists or not: the capitalised words right before or after an e-mail address or a handle that its
 * local part spells ("\"Pellowe, Abdiwahid\" <apellowe@…>", "| Emir Qureshi | equreshi@… |", "@cadwallon
 * (Cadwallon Tregunna)"; scrub/name_records.h), if shaped like a name. A workflow's phrase before its agent or
 * assignee is a key of a person ("Approved by", "Godkjent av", "Tilldelad", "Zugewiesen an", "Secrétaire de
 * séance :", "Acta levantada por"): two words or more after it are a name, "Last, First" too, a lone word only
 * a listed first name ("Approved by Finance" is none); a dash between blanks ends a keyed value. The gazetteer
 * (scrub/data/names.txt) is compiled into the binary; the table is built once per process
 * and only read after. Work per capitalised word is bounded: the pass is linear. */
#ifndef LETHE_NAMES_H
#define LETHE_NAMES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "scrub/patterns.h"

enum name_flag {
    NAME_FIRST = 1,         /* F: a first name */
    NAME_PART = 2,          /* S: a name part (first, middle or surname) */
    NAME_WORD = 4,          /* A: also a common word, or ambiguous by hand */
    NAME_NEVER = 8,         /* X: never a name without a title; with spaces, a phrase */
    NAME_PHRASE_START = 16, /* P: the first word of such a phrase ("Sierra" Leone) */
    NAME_CUE = 32,          /* set at start-up on the cue words the data holds (Dear, Ping) */
    NAME_FOREIGN_WORD = 64, /* L: a function or everyday word of nb/nn, da, sv, de, fr, es (Kan, Das) */
    NAME_PLACE = 128,       /* C: a city of 150,000 or a capital, whatever else it is (Leipzig, Bergen) */
    NAME_SENTENCE_WORD = 256, /* W: a first name that is a frequent word of nb/nn, da, sv, de, fr, es (Alene,
                               * Hela, Favor): opening a sentence before a lowercase word or a first name, it is
                               * that word (names.c reads it so; the bit stays on the word) */
    NAME_DICTIONARY_WORD = 512, /* D: a name part, no first name, that is an ordinary word of a dictionary of
                                 * nb/nn, da, sv, de, fr or es (Elg, Preis, Castillo, Berg): capitalised in
                                 * running text it is read as a common word (A), a name beside a name or after a
                                 * cue; in capitals, in small letters and in a hyphenated name it is a name part */
};

struct name_slot {
    uint32_t offset;        /* into the gazetteer text */
    uint8_t len;            /* at most MAX_WORD (64) */
    uint8_t tag;            /* eight more bits of the word's hash: most slots a probe passes differ in them */
    uint16_t flags;
};

/* A cue word (lowercase) and the lists it is in (titles, labels, sign-offs, …): one probe
 * tells the words before a capitalised word apart instead of a walk over every list. */
enum { NAME_CUE_WORD = 24 };          /* a cue word's room: at most 23 bytes */

struct name_cue_slot {
    char word[NAME_CUE_WORD];
    uint8_t len;
    uint32_t lists;
};

enum { NAME_COMPANY_FORM_MAX = 12 };   /* the longest legal form or street type read ("Corporation") */

struct name_table {
    const char *text;
    struct name_slot *slots;
    size_t mask;            /* slot count - 1: a power of two */
    struct name_cue_slot *cues;
    size_t cue_mask;
    /* One bit per hash of a first name spelled in small letters ("séverine", "anne-sophie"): a word of
     * running lowercase text is looked up only when its bit is set (names.c, lowercase_pair_end). */
    uint64_t *given_filter;
    /* One bit per hash of a listed phrase's words up to a space or a dot ("Bosnia", "Bosnia and" of "Bosnia and
     * Herzegovina"): a phrase read from the text stops growing once no listed phrase goes on past its words
     * (names.c, phrase_end). */
    uint64_t *phrase_filter;
    /* Bit (c & 63) of [n]: a legal form or street type of n bytes starts with byte c (names.c,
     * company_form_at): most capitalised words are neither, and are told so without a probe. */
    uint64_t company_form_starts[NAME_COMPANY_FORM_MAX + 1];
    /* Bit (l & 31) of [n][f & 31]: a cue word of n bytes starts with f and ends with l, as folded (names.c,
     * cue_lists): most words asked of are no cue, and are told so without folding and a probe. */
    uint32_t cue_ends[NAME_CUE_WORD][32];
};

/* Index "Name<TAB>flags" lines; false on malformed data. `text` must outlive the table. */
bool name_table_init(struct name_table *table, const char *text, size_t len);
void name_table_release(struct name_table *table);
unsigned name_flags(const struct name_table *table, const char *word, size_t len);

/* PERSON candidates in text order, of type `person`; at most `max`. Names start at a capital, are login
 * handles made of a person's names ("kari.nordmann", "@gun-britt.ek", "CORP\kari.nordmann"), or a given
 * name and a surname in small letters ("kari nordmann"). One pass over the text; the parts
 * of the names found are kept in a bounded set (64 slots) for the words after them. */
size_t names_find(const struct name_table *table, const struct entity_type *person, const char *text, size_t len,
                  struct candidate *out, size_t max);

/* What a key of structured text says of the values under it: a JSON or YAML key, an env
 * name, a CSV header or a psql column name. first_name, customer, assignee, kontaktperson,
 * Vorname … hold persons or their name parts; name, navn, nom … hold a person's name or a
 * thing's. Case, '_', '-', '.' and spaces do not matter (firstName, "First Name"). */
enum name_key_kind {
    NAME_KEY_NONE = 0,
    NAME_KEY_NAME,           /* name, navn, displayName: a person only if the value reads as a name */
    NAME_KEY_PERSON,         /* customer, owner, full_name: a value shaped like a name; one word alone must be
                              * no common word unless a first name ("Guest" is no customer's name) */
    NAME_KEY_NAME_PART,      /* first_name, last_name, Vorname: any value shaped like a name ("Baker") */
    NAME_KEY_AGENT,          /* names.c's own, never names_key_kind's: a workflow's phrase ("Approved by", "Godkjent
                              * av", "Justerare:"): as NAME_KEY_PERSON, but a lone word only as a listed name */
};
enum name_key_kind names_key_kind(const char *key, size_t len);

/* Is a value (a cell of a CSV or psql table, spaces around allowed) a person's name, given
 * the kind of its column? Up to five capitalised words shaped like a name, with middle
 * initials and particles; never a place, product, legal form (AS, GmbH, Inc) or common
 * word ("Platform Team", "Kubernetes"). Under NAME_KEY_PERSON and NAME_KEY_NAME_PART a
 * word in no list is a name; under NAME_KEY_NAME one word of the name lists must be there.
 * The caller masks the whole trimmed value. Bounded work: it reads at most six words of
 * `value`, which should be a cell, not a table. */
bool names_value_is_person(const struct name_table *table, const char *value, size_t len, enum name_key_kind kind);

/* The gazetteer compiled in (scrub/data/names.txt, via scrub/data/embed.py). */
extern const char scrub_names_data[];
extern const size_t scrub_names_data_size;

#endif

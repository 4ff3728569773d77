/* names.h — PERSON without a model: gazetteers, capitalisation and cues.
 *
 * The PhysioNet deid approach (shared/SCRUB-NOTES.md): a capitalised word is the start
 * of a name when it is an unambiguous first name, when an ambiguous one (Grace, Will) has
 * another name beside it, when a title or cue precedes it (Dr., "my name is", Dear), or
 * in "Lastname, Firstname". The name runs on over name parts, middle initials and
 * particles (van, de). Stop words (Monday, Paris, Python) never start or continue a
 * name unless a title comes right before them. The gazetteer (scrub/data/names.txt) is
 * compiled into the binary; the table is built once per process and only read after. */
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
};

struct name_slot {
    uint32_t offset;        /* into the gazetteer text */
    uint16_t len;
    uint8_t flags;
};

struct name_table {
    const char *text;
    struct name_slot *slots;
    size_t mask;            /* slot count - 1: a power of two */
};

/* Index "Name<TAB>flags" lines; false on malformed data. `text` must outlive the table. */
bool name_table_init(struct name_table *table, const char *text, size_t len);
void name_table_release(struct name_table *table);
unsigned name_flags(const struct name_table *table, const char *word, size_t len);

/* PERSON candidates in text order, of type `person`; at most `max`. */
size_t names_find(const struct name_table *table, const struct entity_type *person, const char *text, size_t len,
                  struct candidate *out, size_t max);

/* The gazetteer compiled in (scrub/data/names.txt, via scrub/data/embed.py). */
extern const char scrub_names_data[];
extern const size_t scrub_names_data_size;

#endif

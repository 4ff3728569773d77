/* name_records.h — names in the machine-readable zone (MRZ) of a passport, an identity card or a visa
 * (ICAO Doc 9303), as a scan or a copy pastes it.
 *
 * The zone writes the name in capitals with '<' for every blank: the surname, "<<", the given names
 * joined by '<', filler '<' to the line's end. A TD3 passport's or an MRV-A visa's first line (44
 * characters) and a TD2 card's or an MRV-B visa's (36) open with the document's code (P, V, I, A, C and
 * a letter or '<') and the issuing state (three characters), the name right after ("P<NORHANSEN<<KARI<
 * MARIE<<<"); a TD1 card's third line (30) is the name alone ("HANSEN<<KARI<<<"). A line is read as
 * such only whole: capitals and '<' and nothing else (no digit: the zone's other lines hold the
 * document's number and dates), of one of those lengths (a trailing '\r' allowed), holding "<<". The
 * surname and the given names are each one span ("AL<ZAHRANI", "KARI<MARIE"); the state's code and the
 * filler are left. Work: the line's bytes, once, from its first byte. */
/*
 * And a person beside their own address (the names3 census): an e-mail address or a handle spells its
 * owner's name, so the capitalised words right before it or right after it that its local part spells
 * are a name, in the lists or not, in any language: a mail header's display name, quoted or not, "Last,
 * First" or with a title before it ("From: \"Pellowe, Abdiwahid\" <apellowe@…>", "Dr. Kari Berg
 * <kari.berg@…>", "\"Cadwallon Quarrington (Payroll)\" <cadwallon.quarrington@…>"); an old header's
 * "addr (Name)"; a table row's or a list's name cell before the address cell ("| Emir Qureshi |
 * equreshi@… |", "Emir Qureshi;emir.qureshi@…", aligned columns); a changelog's "@cadwallon (Cadwallon
 * Tregunna)". The local part spells the words when it holds two of them whole ("kari.berg", "bergkari"),
 * or a word's initial and then the first three letters or more of another ("kberg", "equr", "xfuentes"),
 * particles allowed between ("lvonkrogh"); a handle also when it is the first of two words or more whole.
 * Letters are compared folded to ASCII (é as e, ß as ss, ø, ö, ü and ä as o, u and a or as oe, ue and ae,
 * å as a or aa, æ as ae). The words the address does not spell at the run's edges are left ("Dr.",
 * "Attn"); a role's address ("payroll@", "support@") spells no two words. The caller judges the span
 * as a name's shape (no "Support Team"). Work: a bounded window on each side of each '@'. */
#ifndef LETHE_NAME_RECORDS_H
#define LETHE_NAME_RECORDS_H

#include <stdbool.h>
#include <stddef.h>

#include "transforms/foundation/ascii.h"

/* Shared by the name finder and the readers here: uppercase ASCII, or a capital of Latin-1 or Latin Extended-A in UTF-8: Ørjan, Élodie,
 * Świderski, Łukasz, Žižek. Returns its length in bytes, or 0. */
static inline size_t latin_capital_length(const char *text, size_t len, size_t at)
{
    if (at >= len) {
        return 0;                    /* callers look a few bytes ahead: "Mr. " and ", " */
    }
    unsigned char c = (unsigned char)text[at];
    if (ascii_upper(c)) {
        return 1;
    }
    if (c < 0xC3 || c > 0xC5 || at + 1 >= len) {
        return 0;
    }
    unsigned char next = (unsigned char)text[at + 1];
    if (next < 0x80 || next > 0xBF) {
        return 0;
    }
    unsigned code = ((unsigned)(c & 0x1F) << 6) | (next & 0x3F);
    if (code < 0x100) {
        return code >= 0xC0 && code <= 0xDE && code != 0xD7 ? 2 : 0;      /* À-Þ but × */
    }
    /* Latin Extended-A pairs a capital with its small letter: the capital is even, except
     * in U+0139-0148 and U+0179-017E where it is odd; U+0138 (ĸ) has none, U+0178 is Ÿ. */
    bool odd_capitals = (code >= 0x139 && code <= 0x148) || code >= 0x179;
    bool capital = code == 0x178 || (code != 0x138 && code != 0x149 && (code % 2 == 1) == odd_capitals);
    return capital ? 2 : 0;
}

enum { MRZ_NAME_FIELDS = 2 };

/* If the line starting at `at` (a line's first byte) is an MRZ name line, write the surname's and the given
 * names' spans (start, end pairs; the given names may be missing) into `spans` and return how many (1 or 2),
 * with *line_end the line's end; else 0. Reads at most the 45 bytes of the longest such line and one more. */
size_t mrz_name_fields(const char *text, size_t len, size_t at, size_t spans[2 * MRZ_NAME_FIELDS], size_t *line_end);

/* The name that the address or handle whose '@' is at `at` spells, right before or right after it on its
 * line: its span in *start, *end (one side of a "Last, First" and the other, with the comma, are one span)
 * and true; else false. Reads at most OWNER_WINDOW bytes on each side of the address and its 64-byte local
 * part; *work gets the length of the stretch it read (for the work-counting tests). */
enum { OWNER_WINDOW = 160 };
bool address_owner_name(const char *text, size_t len, size_t at, size_t *start, size_t *end, size_t *work);

#endif

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
#ifndef LETHE_NAME_RECORDS_H
#define LETHE_NAME_RECORDS_H

#include <stddef.h>

enum { MRZ_NAME_FIELDS = 2 };

/* If the line starting at `at` (a line's first byte) is an MRZ name line, write the surname's and the given
 * names' spans (start, end pairs; the given names may be missing) into `spans` and return how many (1 or 2),
 * with *line_end the line's end; else 0. Reads at most the 45 bytes of the longest such line and one more. */
size_t mrz_name_fields(const char *text, size_t len, size_t at, size_t spans[2 * MRZ_NAME_FIELDS], size_t *line_end);

#endif

#include "scrub/name_records.h"

#include <stdbool.h>

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

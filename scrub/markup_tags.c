#include "scrub/markup_tags.h"

#include "transforms/foundation/ascii.h"
#include "transforms/foundation/caseless.h"

size_t markup_tags_skip(const char *text, size_t len, size_t at, bool *cell)
{
    static const char *const inline_tags[] = { "b", "i", "u", "em", "strong", "span", "label", "code", "kbd",
                                               "samp", "tt", "font", "mark" };
    /* A label's element and the value's after it: a table's cells, a definition list's terms,
     * a property list's <key>…</key><string>…, Hadoop's <name>…</name><value>…. */
    static const char *const label_tags[] = { "td", "th", "dt", "key", "name" };
    static const char *const value_tags[] = { "td", "dd", "string", "value", "data" };
    bool cell_closed = false;
    *cell = false;
    for (int tags = 0; tags < 4; tags++) {
        size_t open = at;
        while (open < len && open - at < 8 && ascii_space((unsigned char)text[open])) {
            open++;
        }
        if (len - open < 3 || text[open] != '<') {
            break;
        }
        bool closing = text[open + 1] == '/';
        size_t name = open + 1 + closing, name_end = name;
        while (name_end < len && name_end - name < 8 && ascii_alnum((unsigned char)text[name_end])) {
            name_end++;
        }
        size_t close = name_end;
        while (close < len && close - open < 48 && text[close] != '>' && text[close] != '<' && text[close] != '\n') {
            close++;
        }
        if (name_end == name || close >= len || text[close] != '>'
            || (close > name_end && text[name_end] != ' ')) {
            break;
        }
        size_t name_len = name_end - name;
        size_t value_count = sizeof value_tags / sizeof value_tags[0];
        size_t label_count = sizeof label_tags / sizeof label_tags[0];
        bool opens_cell = caseless_in_list(text + name, name_len, value_tags, value_count);
        bool closes_cell = caseless_in_list(text + name, name_len, label_tags, label_count);
        if (closing && closes_cell) {
            cell_closed = true;
        } else if (!closing && opens_cell && cell_closed) {
            *cell = true;
        } else if (!caseless_in_list(text + name, name_len, inline_tags, sizeof inline_tags / sizeof inline_tags[0])) {
            break;
        }
        at = close + 1;
        if (*cell) {
            break;
        }
    }
    return at;
}


/* markup_tags.h — the tags of HTML and of XML configs between a label and its value, which
 * the label readers step over as they step over blanks: HTML's closing tags after a label's
 * words ("<b>Password:</b> …", "<strong>Contraseña</strong>: …"), the opening ones before
 * a value ("<code>…"), and the element after the label's own: a table's next cell
 * ("<td>Password</td><td>…"), a definition list's ("<dt>Clé API</dt>\n<dd>…"), a property
 * list's ("<key>Password</key><string>…"), Hadoop's ("<name>…Password</name><value>…").
 *
 * Inline tags (b, i, u, em, strong, span, label, code, kbd, samp, tt, font, mark) and those
 * pairs only, four tags at most, 48 bytes each, up to 8 blanks or line breaks before each:
 * bounded work whatever the text. A row's end or any other tag stops it: the cell under a
 * header is another column's. Pure: reads the text, keeps nothing. */
#ifndef LETHE_MARKUP_TAGS_H
#define LETHE_MARKUP_TAGS_H

#include <stdbool.h>
#include <stddef.h>

/* From `at`, past the tags described above; `at` itself if none starts there. `*cell` is set
 * when a label's element closed and a value's opened (the value starts at the result). */
size_t markup_tags_skip(const char *text, size_t len, size_t at, bool *cell);

#endif

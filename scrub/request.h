/* request.h — masking a whole canonical request, and unmasking a whole answer.
 *
 * scrub_request masks every text that leaves for a provider, after JSON decoding:
 * system and developer prompts and every message's text parts as written; tool-call
 * arguments and tool results, which are JSON text nested in a string, one layer further:
 * - nested JSON that parses (leniently: a lone surrogate escape is U+FFFD) has its keys,
 *   string values and numbers masked decoded, and is written again when something was
 *   masked (a masked number becomes its placeholder string);
 * - nested text that does not parse (a model's cut-off or garbled arguments) has every
 *   JSON escape decoded ("\u0040", pairs, "\n", "\/", "\\", a backslash before any other
 *   character dropped) and the decoded text is scanned; when that finds a value the decoded
 *   and masked spelling is what goes upstream, else the text is scanned and kept as written.
 *   The same holds for a string value inside nested JSON that still holds escapes.
 * A tool result without a backslash is scanned as written (nothing can hide in an escape).
 * Then, when the vault holds a value of 3 bytes or more, the same walk runs once more over
 * the masked texts (occurrences.h): every further occurrence of a found value, in any
 * message, system prompt, tool result or decoded tool-call argument, becomes its placeholder.
 * Slices are replaced by arena copies; the client's body is never sent. Tool definitions
 * (names, descriptions, parameter schemas), response_format schemas, stop sequences,
 * participant names, tool-call ids and image URLs are sent as the client wrote them, unscanned.
 * restore_response puts the values back into a whole answer: its text, refusal and
 * tool-call arguments (JSON-escaped there). */
#ifndef LETHE_SCRUB_REQUEST_H
#define LETHE_SCRUB_REQUEST_H

#include "scrub/scrub.h"
#include "transforms/canonical.h"

/* How many values were masked, or (size_t)-1 if a scan failed (send nothing then). */
size_t scrub_request(struct scrubber *scrubber, struct canon_request *request, struct vault *vault,
                     struct arena *arena);
void restore_response(const struct vault *vault, struct arena *arena, struct canon_response *response);

#endif

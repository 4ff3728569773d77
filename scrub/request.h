/* request.h — masking a whole canonical request, and unmasking a whole answer.
 *
 * scrub_request masks every text that leaves for a provider, after JSON decoding:
 * system and developer prompts, every message's text parts, tool results, and the
 * string values inside tool-call arguments (parsed as JSON, so an escaped "\u0040"
 * cannot hide an address; arguments that are not JSON are masked as text). Slices are
 * replaced by arena copies; the client's body is never sent. Tool definitions, names and
 * stop sequences are the application's own and are left as they are.
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

/* gemini.h — the Google Gemini generateContent format (v1beta), as a provider wire
 * format: POST {base_url}/models/{model}:generateContent, or
 * :streamGenerateContent?alt=sse for streams, with the key in x-goog-api-key. */
#ifndef LETHE_GEMINI_H
#define LETHE_GEMINI_H

#include "transforms/format.h"

extern const struct wire_format gemini_wire;

/* {base_url}/models/{model}{verb} ("…/models/gemini-2.5-flash:embedContent"): the model one
 * percent-encoded path segment, for generateContent and the other operations alike. */
void gemini_write_model_url(struct buffer *out, const char *base_url, struct slice model, const char *verb);

#endif

/* gemini_client.h — the Gemini dialect as clients speak it (@google/genai, REST callers):
 * POST /v1beta/models/{model}:VERB (or /v1/models/…, where @google/genai 3.x sends it), one
 * client_dialect per verb, the model taken from the
 * path by the proxy (decoders leave request->model empty):
 *   generateContent, streamGenerateContent (?alt=sse)  chat, answered as
 *       GenerateContentResponse objects (candidates, usageMetadata, finishReason), streamed
 *       as one SSE data event per piece;
 *   countTokens                                        {contents} or {generateContentRequest}
 *       in, {totalTokens} out;
 *   embedContent, batchEmbedContents                   text content in, {embedding} or
 *       {embeddings} out.
 * Errors are Gemini's {"error": {"code", "message", "status"}}. */
#ifndef LETHE_GEMINI_CLIENT_H
#define LETHE_GEMINI_CLIENT_H

#include "transforms/format.h"

extern const struct client_dialect gemini_generate_dialect;
extern const struct client_dialect gemini_stream_generate_dialect;
extern const struct client_dialect gemini_count_tokens_dialect;
extern const struct client_dialect gemini_embed_dialect;
extern const struct client_dialect gemini_batch_embed_dialect;

enum { GEMINI_PATH_MODEL_MAX = 512 };

/* "/v1beta/models/{model}:{verb}" or "/v1/models/{model}:{verb}" into its model (as the path
 * spells it, percent-encoded) and verb (the text after the last ':'). False when the path
 * is not of that shape. */
bool gemini_path_split(const char *path, struct slice *model, struct slice *verb);
/* The Gemini dialect answers this path: anything under /v1beta/models/, and a path under
 * /v1/models/ that ends in a verb the dialect serves (the rest of /v1/models/ is OpenAI's). */
bool gemini_path_is_dialect(const char *path);

/* The dialect of a verb (the text after the model's ':'), or NULL for a verb lethe does not serve. */
const struct client_dialect *gemini_dialect_of_verb(const char *verb, size_t len);

#endif

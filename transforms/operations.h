/* operations.h — the non-chat operations: embeddings and token counts.
 *
 * Canonical form: an embedding request's inputs are its user messages, one text part each,
 * in order, so the scrubber masks them as it masks any message (the provider embeds the
 * placeholders, never the values); a token count is a chat request whose operation says
 * "count". The answers go in canon_response.operation (canonical.h).
 *
 * Client side: POST /v1/embeddings (openai_embeddings_dialect), POST /v1/messages/count_tokens
 * (anthropic_count_tokens_dialect); the Gemini verbs are in gemini_client.h.
 * Provider side: the wire_operation of each format that has the endpoint (format.h). */
#ifndef LETHE_OPERATIONS_H
#define LETHE_OPERATIONS_H

#include "transforms/format.h"

/* The stream encoder of a dialect whose answers are always whole (embeddings, token
 * counts): the exchange never streams them, so it writes nothing. */
void operation_never_streams(struct buffer *out, void *state, const struct canon_event *event,
                             const struct reply_context *context);

extern const struct client_dialect openai_embeddings_dialect;
extern const struct client_dialect anthropic_count_tokens_dialect;

extern const struct wire_operation openai_embedding_operation;       /* POST {base}/embeddings */
extern const struct wire_operation gemini_embedding_operation;       /* :embedContent, :batchEmbedContents */
extern const struct wire_operation gemini_count_tokens_operation;    /* :countTokens */
extern const struct wire_operation anthropic_count_tokens_operation; /* POST {base}/messages/count_tokens */

/* The whole answer of a provider's token count ({"input_tokens": N}, {"totalTokens": N}):
 * the count in member `key` (0 to CANON_MAX_TOKEN_COUNT) into response->operation.token_count,
 * with usage present and of zero tokens (counting is free: nothing is charged). Else a 502
 * naming `operation` ("the provider's answer is not a countTokens response") and false. */
bool operation_token_count_decode(struct arena *arena, const char *body, size_t len, const char *key,
                                  const char *operation, struct canon_response *response, struct format_error *error);

/* lethe's own token estimate of what a request sends: about four bytes of text a token
 * (the figure the rate limits use), over every text part, tool call and tool result, tool
 * name and description. At least 1 for a request with any text. */
long long canon_estimate_tokens(const struct canon_request *request);

/* Set request up for `count` embedding inputs: messages, each a user message with room for
 * one text part; embedding_input_set fills input `index`. */
void embedding_inputs_init(struct arena *arena, struct canon_request *request, size_t count);
void embedding_input_set(struct canon_request *request, size_t index, struct slice text);

/* A vector as JSON numbers (the provider's own, or each float's shortest form that reads back
 * as the same float), or as a JSON string of its float32 values, little-endian, in base64. */
void embedding_write_floats(struct buffer *out, const struct canon_embedding *embedding);
void embedding_write_base64(struct buffer *out, const struct canon_embedding *embedding);
/* A provider's vector: an array of JSON numbers (kept as they are, to be written on as
 * written), or a base64 string of float32 values. False when it is neither. */
bool embedding_read(struct arena *arena, const struct json_value *value, struct canon_embedding *out);

#endif

/* openai.h — the OpenAI Chat Completions format, both as the client dialect served at
 * POST /v1/chat/completions and as the wire format of every OpenAI-compatible provider
 * (OpenAI, Groq, Mistral, DeepSeek, vLLM, llama.cpp, Ollama). */
#ifndef LETHE_OPENAI_H
#define LETHE_OPENAI_H

#include "transforms/format.h"

extern const struct client_dialect openai_dialect;
/* The Responses API (POST /v1/responses), stateless: transforms/responses_client.c. */
extern const struct client_dialect responses_dialect;
/* Legacy text completions, POST /v1/completions (completions_client.c). */
extern const struct client_dialect completions_dialect;
extern const struct wire_format openai_wire;
/* finish_reason as OpenAI names it, both ways (canonical.h): shared by the dialect and the wire. */
extern const struct finish_reason_name openai_finish_reasons[];

/* What the chat and the legacy completions dialects write alike (openai_client.c): */
/* {"id":…,"object":object,"created":…,"model":…, the object left open. */
void openai_write_answer_head(struct buffer *out, const char *object, const struct reply_context *context);
/* A finish_reason as OpenAI names it, or null. */
void openai_write_finish_reason(struct buffer *out, enum finish_reason reason);
/* A stream's error, in-band as the OpenAI SDKs read it: an error object in a data event. No
 * [DONE] follows, so no client mistakes a cut answer for a complete one. */
/* The OpenAI error object, which the chat, legacy completions, Responses and embeddings
 * dialects all answer with. */
void openai_encode_error(struct buffer *out, int status, const char *type, const char *code, const char *param,
                         const char *message, const char *attempts_json);
void openai_write_stream_error(struct buffer *out, const struct canon_event *event);

#endif

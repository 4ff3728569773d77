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

#endif

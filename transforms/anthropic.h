/* anthropic.h — the Anthropic Messages format: as a provider wire format (POST
 * {base_url}/messages with x-api-key and anthropic-version), and as the client dialect
 * served at POST /v1/messages. */
#ifndef LETHE_ANTHROPIC_H
#define LETHE_ANTHROPIC_H

#include "transforms/format.h"

extern const struct wire_format anthropic_wire;
extern const struct client_dialect anthropic_dialect;
/* Each canonical field as the Messages and count_tokens dialects spell it (format.h). */
extern const char *const anthropic_field_names[CANON_FIELD_COUNT];
/* stop_reason as Anthropic names it, both ways (canonical.h): shared by the dialect and the wire. */
extern const struct finish_reason_name anthropic_stop_reasons[];
/* Anthropic's error object, for the Messages and count_tokens dialects alike. */
void anthropic_encode_error(struct buffer *out, int status, const char *type, const char *code, const char *param,
                            const char *message, const char *attempts_json);

/* Anthropic requires max_tokens; clients of other dialects often omit it. */
enum { ANTHROPIC_DEFAULT_MAX_TOKENS = 4096 };
/* Extended thinking's smallest budget_tokens. */
enum { ANTHROPIC_MIN_THINKING_BUDGET = 1024 };

#endif

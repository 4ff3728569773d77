/* canonical_client.h — lethe's own dialect, POST /api/proxy.
 *
 * Request: {provider, model, system, messages: [{role, content}], temperature, max_tokens,
 * scrub, constraints, stream}. `provider` names a configured provider and `model` its model;
 * `provider` omitted or "auto" with no model (or model "auto") is the cost/latency router,
 * steered by `constraints` {max_cost, max_latency_ms, quality}; `provider` omitted with a
 * model reads the model as every dialect does (a route name or provider/model). `scrub`:
 * false asks for no masking, honoured only for a key with scrub_optional.
 *
 * Answer: {id, object: "lethe.answer", provider, model, text, tool_calls, finish_reason,
 * usage: {input_tokens, output_tokens}, cost_usd, scrubbed, attempts}. A stream is SSE:
 * `event: token` {"text"} for each piece, then `event: done` with the answer's fields but
 * its text; an error is {"error": {status, type, code, param, message[, attempts]}}, in a
 * stream as `event: error` with the same object. */
#ifndef LETHE_CANONICAL_CLIENT_H
#define LETHE_CANONICAL_CLIENT_H

#include "transforms/format.h"

extern const struct client_dialect canonical_dialect;

#endif

/* admission.c — see admission.h. */
#include "proxy/admission.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "providers/router.h"
#include "proxy/keys.h"
#include "transforms/foundation/clock.h"

/* Past these a constraint means nothing a router could act on: a 400, not a silent cap. */
#define MAX_COST_CONSTRAINT_USD 1e6
#define MAX_LATENCY_CONSTRAINT_MS 86400000.0

static long key_index(const struct admission *admission)
{
    return admission->key != NULL ? (long)(admission->key - admission->config->keys) : -1;
}

static long utc_day(void)
{
    return (long)(time(NULL) / 86400);
}

static void refuse(const struct admission *admission, int status, const char *type, const char *code,
                   const char *param, const char *message)
{
    gateway_reply_error(admission->client, admission->dialect, status, type, code, param, message);
}

/* ---- what may be asked ---- */

/* The configured caps on messages and parts: past them, a 413 in the client's dialect. */
static bool within_request_limits(const struct admission *admission, const struct canon_request *request)
{
    const struct config *config = admission->config;
    size_t parts = 0;
    for (size_t i = 0; i < request->message_count; i++) {
        parts += request->messages[i].part_count;
    }
    if (request->message_count <= config->max_messages && parts <= config->max_parts) {
        return true;
    }
    char message[128];
    snprintf(message, sizeof message, "the request has more %s than the limit of %zu",
             request->message_count > config->max_messages ? "messages" : "content parts",
             request->message_count > config->max_messages ? config->max_messages : config->max_parts);
    refuse(admission, 413, "invalid_request_error", "request_too_large",
           request->message_count > config->max_messages ? "messages" : NULL, message);
    return false;
}

/* Rate limits: per client IP, per key requests and tokens. A refusal is a 429 in the
 * client's dialect with retry-after; the body names the limit, never the request. */
static bool within_rate_limits(struct admission *admission, size_t body_bytes)
{
    struct gateway *gateway = admission->gateway;
    if (gateway->limits == NULL) {
        return true;
    }
    /* About four bytes of JSON per token: settled against the provider's count later. */
    admission->estimated_tokens = (long)(body_bytes / 4) + 1;
    struct limit_verdict verdict = rate_limits_admit(gateway->limits, http_request_client_ip(admission->client),
                                                     key_index(admission), admission->key,
                                                     admission->estimated_tokens, clock_monotonic_ms());
    if (verdict.refused_by == LIMIT_NONE) {
        return true;
    }
    char limit_label[32];
    snprintf(limit_label, sizeof limit_label, "limit=\"%s\"", limit_kind_name(verdict.refused_by));
    metrics_add(gateway->metrics, METRIC_COUNTER, "lethe_rate_limited_total", limit_label, 1);
    admission->estimated_tokens = 0;
    char seconds[24], message[160];
    snprintf(seconds, sizeof seconds, "%ld", verdict.retry_after_s);
    http_add_header(admission->client, "retry-after", seconds);
    if (verdict.refused_by == LIMIT_IP_RPM) {
        snprintf(message, sizeof message, "too many requests from this address: %ld per minute are allowed",
                 admission->config->ip_rpm);
    } else {
        snprintf(message, sizeof message, "gateway key '%s' is over its %s per minute", admission->key->name,
                 verdict.refused_by == LIMIT_KEY_RPM ? "requests" : "tokens");
    }
    refuse(admission, 429, "rate_limit_error", "rate_limited", NULL, message);
    return false;
}

/* ---- model "auto": constraints ---- */

/* A constraint's text from a header: a plain decimal number and nothing else. strtod alone
 * would take "nan", "inf", hex floats, leading blanks and values past the double range. */
static bool parse_constraint_text(const char *text, double *out)
{
    if (text[0] == '\0' || strspn(text, "0123456789.eE+-") != strlen(text)) {
        return false;
    }
    char *end = NULL;
    errno = 0;
    double number = strtod(text, &end);
    if (end == text || *end != '\0' || errno == ERANGE) {
        return false;
    }
    *out = number;
    return true;
}

/* A constraint from its header, or from the body's "lethe" object: false after a 400
 * naming the header or the field. A value must be finite, positive and at most `ceiling`;
 * an integer constraint must be whole. */
static bool read_constraint(const struct admission *admission, const struct canon_request *request,
                            const char *header, const char *member, bool integer, double ceiling, double *out)
{
    const char *text = http_request_header(admission->client, header);
    const struct json_value *value = json_get(request->gateway_options, member);
    if (text == NULL && value == NULL) {
        return true;
    }
    double number = 0;
    bool ok = text != NULL ? parse_constraint_text(text, &number) : json_number_double(value, &number);
    ok = ok && isfinite(number) && number > 0 && number <= ceiling && (!integer || number == floor(number));
    if (!ok) {
        char message[160];
        snprintf(message, sizeof message, "%s must be a positive %s no greater than %.0f",
                 text != NULL ? header : member, integer ? "integer" : "number", ceiling);
        refuse(admission, 400, "invalid_request_error", "invalid_constraint", text != NULL ? NULL : member, message);
        return false;
    }
    *out = number;
    return true;
}

static bool read_constraints(const struct admission *admission, const struct canon_request *request,
                             struct auto_constraints *constraints)
{
    double max_cost = 0, max_latency = 0;
    if (!read_constraint(admission, request, "x-lethe-max-cost", "max_cost", false, MAX_COST_CONSTRAINT_USD,
                         &max_cost)
        || !read_constraint(admission, request, "x-lethe-max-latency-ms", "max_latency_ms", true,
                            MAX_LATENCY_CONSTRAINT_MS, &max_latency)) {
        return false;
    }
    constraints->max_cost_usd = max_cost;
    constraints->max_latency_ms = (long)max_latency;
    const char *quality = http_request_header(admission->client, "x-lethe-quality");
    struct slice body_quality = json_get_string(request->gateway_options, "quality");
    if (quality == NULL && body_quality.len) {
        quality = body_quality.ptr;
    }
    if (quality != NULL && !quality_parse(quality, &constraints->quality)) {
        refuse(admission, 400, "invalid_request_error", "invalid_constraint", NULL,
               "x-lethe-quality must be cheap, balanced or premium");
        return false;
    }
    return true;
}

/* model "auto": the router picks a chain from the constraints, prices and what it has
 * seen of each target. */
static bool choose_auto_chain(struct admission *admission, const struct canon_request *request, struct chain *chain)
{
    const struct config *config = admission->config;
    struct auto_constraints constraints = { 0 };
    if (!read_constraints(admission, request, &constraints)) {
        return false;
    }
    struct router_inputs inputs = {
        .table = &config->table,
        .breakers = admission->breakers,
        .prices = config->prices,
        .price_count = config->price_count,
        .input_tokens = (long long)(http_request_body(admission->client).len / 4 + 1),
        .output_tokens = request->max_tokens > 0 ? request->max_tokens : config->budget_default_max_tokens,
        .now_ms = clock_monotonic_ms(),
    };
    if (!router_choose(&inputs, &constraints, admission->arena, chain, admission->auto_reason,
                       sizeof admission->auto_reason)) {
        refuse(admission, 422, "invalid_request_error", "no_target", NULL, admission->auto_reason);
        return false;
    }
    return true;
}

static bool resolve_chain(struct admission *admission, const struct canon_request *request, struct chain *chain)
{
    if (slice_equals(request->model, "auto")) {
        if (!choose_auto_chain(admission, request, chain)) {
            return false;
        }
    } else if (!route_resolve(&admission->config->table, admission->arena, request->model, chain)) {
        refuse(admission, 404, "invalid_request_error", "model_not_found", "model",
               "the model is neither a configured route nor provider/model of a configured provider");
        return false;
    }
    if (chain->count == 0) {
        refuse(admission, 404, "invalid_request_error", "model_not_found", "model", "the route has no target");
        return false;
    }
    return true;
}

bool admission_check(struct admission *admission, const struct canon_request *request, size_t body_bytes,
                     struct chain *chain)
{
    /* The model is client text bound for a URL and the logs: its alphabet first (route.h). */
    enum route_model_check model_check = route_check_model(&admission->config->table, request->model);
    if (model_check != ROUTE_MODEL_VALID) {
        refuse(admission, 400, "invalid_request_error", "invalid_model", "model",
               route_model_check_message(model_check));
        return false;
    }
    if (!within_request_limits(admission, request)) {
        return false;
    }
    if (admission->key != NULL && !key_allows_model(admission->key, request->model)) {
        refuse(admission, 403, "permission_error", "model_not_allowed", "model",
               "this gateway key may not use that model or route");
        return false;
    }
    return within_rate_limits(admission, body_bytes) && resolve_chain(admission, request, chain);
}

/* ---- the daily budget ---- */

/* Reserve the worst case: the estimated prompt and the most output it may ask for, at the
 * dearest target of its chain, before anything is sent. */
bool admission_reserve_budget(struct admission *admission, const struct canon_request *request,
                              const struct chain *chain)
{
    const struct config *config = admission->config;
    if (admission->key == NULL || admission->key->budget_usd_day <= 0) {
        return true;
    }
    long long input = admission->estimated_tokens > 0 ? admission->estimated_tokens
                                                      : (long long)(http_request_body(admission->client).len / 4 + 1);
    long long output = request->max_tokens > 0 ? request->max_tokens : config->budget_default_max_tokens;
    double estimate = 0;
    for (size_t i = 0; i < chain->count; i++) {
        const struct price *price = price_find(config->prices, config->price_count, chain->targets[i].label);
        double cost = price_cost_usd(price, input, output);
        estimate = cost > estimate ? cost : estimate;
    }
    double committed;
    if (budget_reserve(admission->gateway->limits, key_index(admission), admission->key, estimate, utc_day(),
                       &committed)) {
        admission->reserved_usd = estimate;
        return true;
    }
    char message[200];
    snprintf(message, sizeof message,
             "gateway key '%s' has reached its daily budget of $%.2f ($%.4f spent or reserved, this request may cost "
             "up to $%.4f); it renews at 00:00 UTC", admission->key->name, admission->key->budget_usd_day, committed,
             estimate);
    refuse(admission, 402, "insufficient_quota", "budget_exceeded", NULL, message);
    return false;
}

double admission_cost_usd(const struct admission *admission, const char *served_label,
                          const struct canon_usage *usage)
{
    if (served_label == NULL) {
        return 0;
    }
    if (!usage->present) {
        return admission->reserved_usd;
    }
    const struct config *config = admission->config;
    const struct price *price = price_find(config->prices, config->price_count, served_label);
    return price_cost_usd(price, usage->prompt_tokens, usage->completion_tokens);
}

void admission_settle(struct admission *admission, const struct canon_usage *usage, double cost_usd)
{
    if (usage->present) {
        long used = (long)(usage->prompt_tokens + usage->completion_tokens);
        rate_limits_settle(admission->gateway->limits, key_index(admission), admission->key,
                           admission->estimated_tokens, used, clock_monotonic_ms());
    }
    if (admission->reserved_usd > 0) {
        /* The one place a reservation is settled, whichever way the exchange ended. */
        budget_charge(admission->gateway->limits, key_index(admission), admission->reserved_usd, cost_usd,
                      utc_day());
        admission->reserved_usd = 0;
    }
}

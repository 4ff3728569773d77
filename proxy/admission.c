/* admission.c — see admission.h. */
#include "proxy/admission.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <event2/event.h>
#include <sys/random.h>

#include "providers/router.h"
#include "proxy/cluster.h"
#include "proxy/keys.h"
#include "transforms/foundation/clock.h"
#include "transforms/foundation/hex.h"

/* Past these a constraint means nothing a router could act on: a 400, not a silent cap. */
#define MAX_COST_CONSTRAINT_USD 1e6
#define MAX_LATENCY_CONSTRAINT_MS 86400000.0

enum { AUTO_REASON_BYTES = 256 };

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
    const char *field = admission->dialect->entries_field;
    if (request->message_count > config->max_messages) {
        snprintf(message, sizeof message, "'%s' has more entries than the limit of %zu", field, config->max_messages);
    } else {
        snprintf(message, sizeof message, "the request has more content parts than the limit of %zu",
                 config->max_parts);
    }
    refuse(admission, 413, "invalid_request_error", "request_too_large",
           request->message_count > config->max_messages ? field : NULL, message);
    return false;
}

static void refuse_rate_limited(struct admission *admission, struct limit_verdict verdict);

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
    refuse_rate_limited(admission, verdict);
    return false;
}

/* A 429 in the client's dialect with retry-after; the body names the limit, never the request. */
static void refuse_rate_limited(struct admission *admission, struct limit_verdict verdict)
{
    struct gateway *gateway = admission->gateway;
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

/* The body member of lethe's own options in this dialect ("lethe", or /api/proxy's "constraints"). */
static const char *options_field(const struct client_dialect *dialect)
{
    return dialect->options_field != NULL ? dialect->options_field : "lethe";
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
        /* The body's member by its path as the client sent it: lethe.max_cost, constraints.max_cost. */
        char path[64];
        snprintf(path, sizeof path, "%s.%s", options_field(admission->dialect), member);
        char message[160];
        snprintf(message, sizeof message, "'%s' must be a positive %s no greater than %.0f",
                 text != NULL ? header : path, integer ? "integer" : "number", ceiling);
        refuse(admission, 400, "invalid_request_error", "invalid_constraint", text != NULL ? NULL : path, message);
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
    bool from_body = quality == NULL && body_quality.len;
    if (from_body) {
        quality = body_quality.ptr;
    }
    if (quality != NULL && !quality_parse(quality, &constraints->quality)) {
        char path[64];
        snprintf(path, sizeof path, "%s.quality", options_field(admission->dialect));
        char message[128];
        snprintf(message, sizeof message, "'%s' must be cheap, balanced or premium",
                 from_body ? path : "x-lethe-quality");
        refuse(admission, 400, "invalid_request_error", "invalid_constraint", from_body ? path : NULL, message);
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
        .input_tokens = (long long)(http_request_body_length(admission->client) / 4 + 1),
        .output_tokens = request->max_tokens > 0 ? request->max_tokens : config->budget_default_max_tokens,
        .now_ms = clock_monotonic_ms(),
    };
    /* Made only for "auto": every other request would hold it unused for its whole life. */
    admission->auto_reason = arena_calloc(admission->arena, 1, AUTO_REASON_BYTES);
    if (!router_choose(&inputs, &constraints, admission->arena, chain, admission->auto_reason, AUTO_REASON_BYTES)) {
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

/* What needs nothing shared: the model's alphabet, the caps, the key's models. */
static bool passes_local_checks(struct admission *admission, const struct canon_request *request)
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
    return true;
}

bool admission_check(struct admission *admission, const struct canon_request *request, size_t body_bytes,
                     struct chain *chain)
{
    return passes_local_checks(admission, request) && within_rate_limits(admission, body_bytes)
           && resolve_chain(admission, request, chain);
}

/* ---- the daily budget ---- */

/* Reserve the worst case: the estimated prompt and the most output it may ask for, at the
 * dearest target of its chain, before anything is sent. */
static double budget_estimate(const struct admission *admission, const struct canon_request *request,
                              const struct chain *chain)
{
    const struct config *config = admission->config;
    long long from_body = (long long)(http_request_body_length(admission->client) / 4 + 1);
    long long input = admission->estimated_tokens > 0 ? admission->estimated_tokens : from_body;
    long long output = request->max_tokens > 0 ? request->max_tokens : config->budget_default_max_tokens;
    double estimate = 0;
    for (size_t i = 0; i < chain->count; i++) {
        const struct price *price = price_find(config->prices, config->price_count, chain->targets[i].label);
        double cost = price_cost_usd(price, input, output);
        estimate = cost > estimate ? cost : estimate;
    }
    return estimate;
}

static void refuse_budget(const struct admission *admission, double committed, double estimate);

bool admission_reserve_budget(struct admission *admission, const struct canon_request *request,
                              const struct chain *chain)
{
    if (admission->key == NULL || admission->key->budget_usd_day <= 0) {
        return true;
    }
    double estimate = budget_estimate(admission, request, chain);
    double committed;
    if (budget_reserve(admission->gateway->limits, key_index(admission), admission->key, estimate, utc_day(),
                       &committed)) {
        admission->reserved_usd = estimate;
        return true;
    }
    refuse_budget(admission, committed, estimate);
    return false;
}

static void refuse_budget(const struct admission *admission, double committed, double estimate)
{
    char message[200];
    snprintf(message, sizeof message,
             "gateway key '%s' has reached its daily budget of $%.2f ($%.4f spent or reserved, this request may cost "
             "up to $%.4f); it renews at 00:00 UTC", admission->key->name, admission->key->budget_usd_day, committed,
             estimate);
    refuse(admission, 402, "insufficient_quota", "budget_exceeded", NULL, message);
}

double admission_cost_usd(struct admission *admission, const char *served_label,
                          const struct canon_usage *usage)
{
    if (served_label == NULL) {
        return 0;
    }
    if (!usage->present) {
        return admission->reserved_usd;
    }
    if (admission->priced_label != served_label) {
        admission->price = price_find(admission->config->prices, admission->config->price_count, served_label);
        admission->priced_label = served_label;
    }
    return price_cost_usd(admission->price, usage->prompt_tokens, usage->completion_tokens);
}

static void cancel_wait(struct admission *admission);
static void settle_shared(struct admission *admission, const struct canon_usage *usage, double cost_usd);

void admission_settle(struct admission *admission, const struct canon_usage *usage, double cost_usd)
{
    if (admission->wait != NULL) {
        cancel_wait(admission);          /* the exchange ended before Redis answered */
        return;
    }
    if (admission->shared) {
        settle_shared(admission, usage, cost_usd);
        return;
    }
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

/* ---- cluster mode: rate limits and budgets in Redis ---- */

/* One shared check in flight. Outside the exchange's arena: it outlives an exchange whose
 * client left, until Redis's replies come back and what they took is given back. */
struct admission_wait {
    struct admission *admission;     /* NULL once the exchange was answered without it */
    struct cluster *cluster;
    admission_done_fn done;
    void *context;
    struct event *timer;             /* timeout_ms */
    unsigned replies_pending;
    /* What was asked, to give it back. */
    bool asked_key, asked_address;
    char key_id[CLUSTER_ID_TEXT], address_id[CLUSTER_ID_TEXT];
    long rpm, tpm, ip_rpm, estimated_tokens;
    long long estimate_micro;
    char reservation_id[24];
    struct cluster_reply key_reply, address_reply;
    /* In the exchange: valid while `admission` is set. */
    const struct canon_request *request;
    const struct chain *chain;
};

static long long to_micro(double usd)
{
    return (long long)(usd * 1e6 + 0.5);
}

static void ignore_reply(void *context, const struct cluster_reply *reply)
{
    (void)context;
    (void)reply;
}

static void send_quietly(struct cluster *cluster, const struct cluster_command *command)
{
    if (!cluster_call(cluster, command, ignore_reply, NULL)) {
        cluster_count_error(cluster, "settle_lost");
    }
}

/* Give back what the key's script took: the request, the estimated tokens, the reservation. */
static void give_back_key(struct admission_wait *wait)
{
    const char *prefix = cluster_options(wait->cluster)->prefix;
    struct cluster_settle_args args = {
        .prefix = prefix, .key_id = wait->key_id, .rpm = wait->rpm, .tpm = wait->tpm, .requests_back = 1,
        .token_delta = wait->tpm > 0 ? -wait->estimated_tokens : 0,
        .reservation_id = wait->estimate_micro > 0 ? wait->reservation_id : NULL, .cost_micro = 0,
    };
    struct cluster_command command;
    if (cluster_build_settle(&command, cluster_sha(wait->cluster, CLUSTER_SCRIPT_SETTLE), &args)) {
        send_quietly(wait->cluster, &command);
    }
}

static void give_back_address(struct admission_wait *wait)
{
    struct cluster_command command;
    if (cluster_build_take(&command, cluster_sha(wait->cluster, CLUSTER_SCRIPT_TAKE),
                           cluster_options(wait->cluster)->prefix, wait->address_id, wait->ip_rpm, -1)) {
        send_quietly(wait->cluster, &command);
    }
}

static bool key_admitted(const struct admission_wait *wait)
{
    return wait->asked_key && wait->key_reply.ok && wait->key_reply.count >= 1
           && wait->key_reply.values[0] == CLUSTER_ADMITTED;
}

static bool address_admitted(const struct admission_wait *wait)
{
    return wait->asked_address && wait->address_reply.ok && wait->address_reply.count >= 1
           && wait->address_reply.values[0] == 0;
}

static void undo_all(struct admission_wait *wait)
{
    if (key_admitted(wait)) {
        give_back_key(wait);
    }
    if (address_admitted(wait)) {
        give_back_address(wait);
    }
}

static void free_wait(struct admission_wait *wait)
{
    if (wait->timer != NULL) {
        event_free(wait->timer);
    }
    free(wait);
}

/* Without the shared store: this machine's own limits, or a 503, as configured. */
static enum admission_result admit_unavailable(struct admission *admission, const struct canon_request *request,
                                               const struct chain *chain, struct cluster *cluster,
                                               enum cluster_failure why)
{
    cluster_note_fallback(cluster, why);
    if (cluster_options(cluster)->on_unavailable == CLUSTER_FALLBACK_CLOSED) {
        refuse(admission, 503, "api_error", "shared_limits_unavailable", NULL,
               "the store that shares rate limits and budgets between gateway instances is unavailable; "
               "try again shortly");
        return ADMISSION_REFUSED;
    }
    size_t body_bytes = http_request_body_length(admission->client);
    if (!within_rate_limits(admission, body_bytes)) {
        return ADMISSION_REFUSED;
    }
    return admission_reserve_budget(admission, request, chain) ? ADMISSION_ADMITTED : ADMISSION_REFUSED;
}

/* A wait the shared store computed. The scripts answer 1 s or more; a broken or hostile
 * Redis could answer any integer, and retry-after must be a sane number of seconds. */
static long shared_retry_after(long long seconds)
{
    enum { MAX_SHARED_RETRY_AFTER_S = 86400 };
    if (seconds < 1) {
        return 1;
    }
    return seconds > MAX_SHARED_RETRY_AFTER_S ? MAX_SHARED_RETRY_AFTER_S : (long)seconds;
}

/* Both replies are in (or the wait gave up): the verdict, the way admission_check words it. */
static enum admission_result verdict_of(struct admission_wait *wait)
{
    struct admission *admission = wait->admission;
    bool key_ok = !wait->asked_key || key_admitted(wait);
    bool address_ok = !wait->asked_address || address_admitted(wait);
    if (key_ok && address_ok) {
        admission->shared = true;
        admission->estimated_tokens = wait->estimated_tokens;
        if (wait->estimate_micro > 0) {
            admission->reserved_usd = (double)wait->estimate_micro / 1e6;
            snprintf(admission->reservation_id, sizeof admission->reservation_id, "%s", wait->reservation_id);
        }
        return ADMISSION_ADMITTED;
    }
    bool answered = (!wait->asked_key || (wait->key_reply.ok && wait->key_reply.count >= 3))
                    && (!wait->asked_address || (wait->address_reply.ok && wait->address_reply.count >= 2));
    undo_all(wait);
    if (!answered) {
        return admit_unavailable(admission, wait->request, wait->chain, wait->cluster, CLUSTER_FAILED_UNAVAILABLE);
    }
    if (!address_ok) {
        refuse_rate_limited(admission,
                            (struct limit_verdict){ LIMIT_IP_RPM, shared_retry_after(wait->address_reply.values[1]) });
        return ADMISSION_REFUSED;
    }
    long long verdict = wait->key_reply.values[0];
    if (verdict == CLUSTER_REFUSED_BUDGET) {
        long long committed_micro = wait->key_reply.values[2] > 0 ? wait->key_reply.values[2] : 0;
        refuse_budget(admission, (double)committed_micro / 1e6, (double)wait->estimate_micro / 1e6);
        return ADMISSION_REFUSED;
    }
    enum limit_kind kind = verdict == CLUSTER_REFUSED_RPM ? LIMIT_KEY_RPM : LIMIT_KEY_TPM;
    refuse_rate_limited(admission, (struct limit_verdict){ kind, shared_retry_after(wait->key_reply.values[1]) });
    return ADMISSION_REFUSED;
}

static void on_shared_reply(struct admission_wait *wait)
{
    if (--wait->replies_pending > 0) {
        return;
    }
    if (wait->admission == NULL) {
        undo_all(wait);                  /* nobody waits any more: give it all back */
        free_wait(wait);
        return;
    }
    struct admission *admission = wait->admission;
    admission->wait = NULL;
    /* A budget refusal when the store is unreachable falls back like the rest. */
    enum admission_result result = verdict_of(wait);
    admission_done_fn done = wait->done;
    void *context = wait->context;
    free_wait(wait);
    done(context, result);
}

static void on_key_reply(void *context, const struct cluster_reply *reply)
{
    struct admission_wait *wait = context;
    wait->key_reply = *reply;
    on_shared_reply(wait);
}

static void on_address_reply(void *context, const struct cluster_reply *reply)
{
    struct admission_wait *wait = context;
    wait->address_reply = *reply;
    on_shared_reply(wait);
}

/* Redis did not answer within timeout_ms: decide without it; its replies, when they come,
 * only give back what they took. */
static void on_wait_timeout(evutil_socket_t fd, short events, void *arg)
{
    struct admission_wait *wait = arg;
    (void)fd;
    (void)events;
    struct admission *admission = wait->admission;
    if (admission == NULL) {
        return;
    }
    wait->admission = NULL;
    admission->wait = NULL;
    enum admission_result result = admit_unavailable(admission, wait->request, wait->chain, wait->cluster,
                                                     CLUSTER_FAILED_TIMEOUT);
    wait->done(wait->context, result);
}

static void cancel_wait(struct admission *admission)
{
    struct admission_wait *wait = admission->wait;
    admission->wait = NULL;
    wait->admission = NULL;
    event_del(wait->timer);
}

static void new_reservation_id(char *out, size_t size)
{
    unsigned char bytes[8];
    if (getrandom(bytes, sizeof bytes, GRND_NONBLOCK) != (ssize_t)sizeof bytes) {
        long a = random(), b = random();
        memcpy(bytes, &a, 4);
        memcpy(bytes + 4, &b, 4);
    }
    size_t count = (size - 1) / 2 < sizeof bytes ? (size - 1) / 2 : sizeof bytes;
    hex_encode(out, bytes, count);
    out[2 * count] = '\0';
}

/* The calls for the key (rpm, tpm, budget: one script) and the address (another: a
 * different hash tag); pipelined, so one round trip. */
static bool send_shared_checks(struct admission_wait *wait, const char *ip)
{
    struct cluster *cluster = wait->cluster;
    const char *prefix = cluster_options(cluster)->prefix;
    struct cluster_command key_command, address_command;
    if (wait->asked_key) {
        struct cluster_admit_args args = {
            .prefix = prefix, .key_id = wait->key_id, .rpm = wait->rpm, .tpm = wait->tpm,
            .estimated_tokens = wait->estimated_tokens, .budget_micro = to_micro(wait->admission->key->budget_usd_day),
            .estimate_micro = wait->estimate_micro, .reservation_id = wait->reservation_id,
            .reservation_ttl_ms = cluster_options(cluster)->reservation_ttl_ms,
        };
        if (wait->estimate_micro <= 0) {
            args.budget_micro = 0;
        }
        if (!cluster_build_admit(&key_command, cluster_sha(cluster, CLUSTER_SCRIPT_ADMIT), &args)) {
            return false;
        }
    }
    if (wait->asked_address) {
        cluster_address_id(prefix, ip, wait->address_id);
        if (!cluster_build_take(&address_command, cluster_sha(cluster, CLUSTER_SCRIPT_TAKE), prefix,
                                wait->address_id, wait->ip_rpm, 1)) {
            return false;
        }
    }
    /* Counted before sending: a reply never comes from inside cluster_call. */
    if (wait->asked_key) {
        if (!cluster_call(cluster, &key_command, on_key_reply, wait)) {
            return false;
        }
        wait->replies_pending++;
    }
    if (wait->asked_address) {
        if (!cluster_call(cluster, &address_command, on_address_reply, wait)) {
            /* The key's call is out: let its reply find nobody waiting, and give back. */
            wait->address_reply = (struct cluster_reply){ 0 };
            return wait->replies_pending == 0;
        }
        wait->replies_pending++;
    }
    return true;
}

enum admission_result admission_admit_shared(struct admission *admission, const struct canon_request *request,
                                             size_t body_bytes, struct chain *chain, admission_done_fn done,
                                             void *context)
{
    struct gateway *gateway = admission->gateway;
    struct cluster *cluster = gateway->cluster;
    if (!passes_local_checks(admission, request) || !resolve_chain(admission, request, chain)) {
        return ADMISSION_REFUSED;
    }
    const struct gateway_key *key = admission->key;
    const char *ip = http_request_client_ip(admission->client);
    long ip_rpm = admission->config->ip_rpm;
    bool limits_key = key != NULL && (key->rpm > 0 || key->tpm > 0 || key->budget_usd_day > 0);
    bool limits_address = ip_rpm > 0 && ip != NULL;
    if (!limits_key && !limits_address) {
        return ADMISSION_ADMITTED;
    }
    if (!cluster_ready(cluster)) {
        return admit_unavailable(admission, request, chain, cluster, CLUSTER_FAILED_UNAVAILABLE);
    }
    struct admission_wait *wait = calloc(1, sizeof *wait);
    if (wait == NULL) {
        return admit_unavailable(admission, request, chain, cluster, CLUSTER_FAILED_UNAVAILABLE);
    }
    *wait = (struct admission_wait){ .admission = admission, .cluster = cluster, .done = done, .context = context,
                                     .asked_key = limits_key, .asked_address = limits_address,
                                     .ip_rpm = ip_rpm, .estimated_tokens = (long)(body_bytes / 4) + 1,
                                     .request = request, .chain = chain };
    if (limits_key) {
        cluster_key_id(key, wait->key_id);
        wait->rpm = key->rpm;
        wait->tpm = key->tpm;
        if (key->budget_usd_day > 0) {
            admission->estimated_tokens = wait->estimated_tokens;
            wait->estimate_micro = to_micro(budget_estimate(admission, request, chain));
            admission->estimated_tokens = 0;
            new_reservation_id(wait->reservation_id, sizeof wait->reservation_id);
        }
    }
    wait->timer = evtimer_new(gateway->base, on_wait_timeout, wait);
    if (wait->timer == NULL || !send_shared_checks(wait, ip)) {
        if (wait->replies_pending > 0) {
            wait->admission = NULL;          /* a reply is on its way: it frees the wait */
        } else {
            free_wait(wait);
        }
        return admit_unavailable(admission, request, chain, cluster, CLUSTER_FAILED_UNAVAILABLE);
    }
    struct timeval timeout = timeval_from_ms(cluster_options(cluster)->timeout_ms);
    evtimer_add(wait->timer, &timeout);
    admission->wait = wait;
    return ADMISSION_PENDING;
}

/* The request ended: correct the tokens against the provider's count, charge the cost and
 * release the reservation, in one script call. Redis out of reach: the correction is
 * lost and the reservation expires (reservation_ttl_ms); counted as settle_lost. */
static void settle_shared(struct admission *admission, const struct canon_usage *usage, double cost_usd)
{
    const struct gateway_key *key = admission->key;
    struct cluster *cluster = admission->gateway->cluster;
    admission->shared = false;
    bool reserved = admission->reserved_usd > 0;
    admission->reserved_usd = 0;
    if (key == NULL) {
        return;                          /* only the address's bucket: nothing to settle */
    }
    long delta = 0;
    if (usage->present && key->tpm > 0) {
        delta = (long)(usage->prompt_tokens + usage->completion_tokens) - admission->estimated_tokens;
    }
    if (delta == 0 && !reserved) {
        return;
    }
    char key_id[CLUSTER_ID_TEXT];
    cluster_key_id(key, key_id);
    struct cluster_settle_args args = {
        .prefix = cluster_options(cluster)->prefix, .key_id = key_id, .rpm = key->rpm, .tpm = key->tpm,
        .token_delta = delta, .reservation_id = reserved ? admission->reservation_id : NULL,
        .cost_micro = reserved ? to_micro(cost_usd) : 0,
    };
    struct cluster_command command;
    if (cluster_build_settle(&command, cluster_sha(cluster, CLUSTER_SCRIPT_SETTLE), &args)) {
        send_quietly(cluster, &command);
    }
}

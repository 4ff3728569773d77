/* cluster_scripts.c — see cluster_scripts.h. */
#include "proxy/cluster_scripts.h"

#include <errno.h>
#include <openssl/sha.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "proxy/keys.h"
#include "transforms/foundation/hex.h"

/* ---- the address ---- */

static bool reject(char *reason, size_t size, const char *text)
{
    snprintf(reason, size, "%s", text);
    return false;
}

static bool parse_number(const char *text, size_t len, long low, long high, long *out)
{
    if (len == 0 || len > 9 || strspn(text, "0123456789") < len) {
        return false;
    }
    char digits[10];
    memcpy(digits, text, len);
    digits[len] = '\0';
    long number = strtol(digits, NULL, 10);
    if (number < low || number > high) {
        return false;
    }
    *out = number;
    return true;
}

bool cluster_address_parse(const char *text, struct cluster_address *address, char *reason, size_t reason_size)
{
    memset(address, 0, sizeof *address);
    if (strncmp(text, "unix:", 5) == 0) {
        const char *path = text + 5;
        if (path[0] != '/' || strlen(path) >= sizeof address->path) {
            return reject(reason, reason_size, "expected unix:/absolute/path (under 108 bytes)");
        }
        address->transport = CLUSTER_UNIX;
        snprintf(address->path, sizeof address->path, "%s", path);
        return true;
    }
    if (strncmp(text, "redis://", 8) != 0) {
        return reject(reason, reason_size, "expected redis://host:port/db or unix:/path");
    }
    const char *host = text + 8;
    /* A password belongs in password_env, never in the file. */
    if (strchr(host, '@') != NULL) {
        return reject(reason, reason_size, "put the password in password_env, not in the address");
    }
    const char *slash = strchr(host, '/');
    const char *host_end = slash != NULL ? slash : host + strlen(host);
    const char *colon = memchr(host, ':', (size_t)(host_end - host));
    size_t host_len = (size_t)((colon != NULL ? colon : host_end) - host);
    if (host_len == 0 || host_len >= sizeof address->host || strcspn(host, "?#[] ") < host_len) {
        return reject(reason, reason_size, "expected a host name or IPv4 address after redis://");
    }
    long port = 6379, database = 0;
    if (colon != NULL && !parse_number(colon + 1, (size_t)(host_end - colon - 1), 1, 65535, &port)) {
        return reject(reason, reason_size, "the port must be a number from 1 to 65535");
    }
    if (slash != NULL && slash[1] != '\0' && !parse_number(slash + 1, strlen(slash + 1), 0, 1000000, &database)) {
        return reject(reason, reason_size, "the database after / must be a number");
    }
    address->transport = CLUSTER_TCP;
    memcpy(address->host, host, host_len);
    address->host[host_len] = '\0';
    address->port = (int)port;
    address->database = (int)database;
    return true;
}

/* ---- the names ---- */

static void hex32(const unsigned char digest[SHA256_DIGEST_LENGTH], char id[CLUSTER_ID_TEXT])
{
    hex_encode(id, digest, 16);
    id[32] = '\0';
}

void cluster_key_id(const struct gateway_key *key, char id[CLUSTER_ID_TEXT])
{
    /* Hashed again rather than the configured digest itself: what Redis holds cannot be
     * tried against a key offline the way the config's salted hash could. */
    static const char tag[] = "lethe-cluster-key:";
    unsigned char material[sizeof tag - 1 + KEY_SALT_BYTES + KEY_DIGEST_BYTES];
    memcpy(material, tag, sizeof tag - 1);
    memcpy(material + sizeof tag - 1, key->salt, KEY_SALT_BYTES);
    memcpy(material + sizeof tag - 1 + KEY_SALT_BYTES, key->digest, KEY_DIGEST_BYTES);
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(material, sizeof material, digest);
    hex32(digest, id);
}

void cluster_address_id(const char *prefix, const char *ip, char id[CLUSTER_ID_TEXT])
{
    char material[512];
    int length = snprintf(material, sizeof material, "lethe-cluster-ip:%s\n%s", prefix, ip);
    size_t used = length < 0 ? 0 : (size_t)length < sizeof material ? (size_t)length : sizeof material - 1;
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256((const unsigned char *)material, used, digest);
    hex32(digest, id);
}

bool cluster_key_name(char *out, size_t size, const char *prefix, const char *tag, const char *id,
                      const char *suffix)
{
    int written;
    if (strcmp(tag, "breakers") == 0) {
        written = snprintf(out, size, "%s{breakers}:%s%s%s", prefix, id, suffix[0] ? ":" : "", suffix);
    } else {
        written = snprintf(out, size, "%s{%s:%s}:%s", prefix, tag, id, suffix);
    }
    return written >= 0 && (size_t)written < size;
}

/* ---- the scripts ---- */

/* Shared by the bucket scripts: Redis's clock, and a bucket of `per_minute` that starts
 * full and refills continuously (the same rule as proxy/limits.c). */
#define LUA_CLOCK \
    "local clock = redis.call('TIME')\n" \
    "local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)\n"
#define LUA_BUCKET \
    "local function level(key, per_minute)\n" \
    "  local saved = redis.call('HMGET', key, 't', 'u')\n" \
    "  local tokens, updated = tonumber(saved[1]), tonumber(saved[2])\n" \
    "  if tokens == nil or updated == nil then return per_minute end\n" \
    "  tokens = tokens + math.max(0, now - updated) * per_minute / 60000\n" \
    "  return math.min(tokens, per_minute)\n" \
    "end\n" \
    "local function store(key, tokens)\n" \
    "  redis.call('HSET', key, 't', tokens, 'u', now)\n" \
    "  redis.call('PEXPIRE', key, 600000)\n" \
    "end\n" \
    "local function wait_s(tokens, per_minute, cost)\n" \
    "  return math.max(1, math.ceil((cost - tokens) * 60 / per_minute))\n" \
    "end\n"
/* Reservations past their expiry are dropped from the budget's reserved total. */
#define LUA_BUDGET \
    "local function budget_state(budget, held)\n" \
    "  local day = math.floor(now / 86400000)\n" \
    "  local state = redis.call('HMGET', budget, 'day', 'spent', 'reserved')\n" \
    "  local spent, reserved = tonumber(state[2]) or 0, tonumber(state[3]) or 0\n" \
    "  if tonumber(state[1]) ~= day then spent = 0 end\n" \
    "  for _, id in ipairs(redis.call('ZRANGEBYSCORE', held, '-inf', now)) do\n" \
    "    reserved = reserved - (tonumber(redis.call('HGET', budget, 'r:' .. id)) or 0)\n" \
    "    redis.call('HDEL', budget, 'r:' .. id)\n" \
    "  end\n" \
    "  redis.call('ZREMRANGEBYSCORE', held, '-inf', now)\n" \
    "  return day, spent, math.max(0, reserved)\n" \
    "end\n" \
    "local function keep(budget, held)\n" \
    "  redis.call('PEXPIRE', budget, 172800000)\n" \
    "  redis.call('PEXPIRE', held, 172800000)\n" \
    "end\n"

/* KEYS rpm, tpm, budget, held. ARGV rpm, tpm, estimated tokens, budget, estimate (micro),
 * reservation id, reservation ttl ms. Reply {verdict, retry-after s, committed micro}.
 * Takes all three or nothing. */
static const char admit_source[] = LUA_CLOCK LUA_BUCKET LUA_BUDGET
    "local rpm, tpm, estimated = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])\n"
    "local budget, estimate, ttl = tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[7])\n"
    "local requests, tokens\n"
    "if rpm > 0 then\n"
    "  requests = level(KEYS[1], rpm)\n"
    "  if requests < 1 then return {1, wait_s(requests, rpm, 1), 0} end\n"
    "end\n"
    "if tpm > 0 then\n"
    "  tokens = level(KEYS[2], tpm)\n"
    "  local cost = math.min(estimated, tpm)\n"
    "  if tokens < cost then return {2, wait_s(tokens, tpm, cost), 0} end\n"
    "end\n"
    "local committed = 0\n"
    "if budget > 0 then\n"
    "  local day, spent, reserved = budget_state(KEYS[3], KEYS[4])\n"
    "  committed = spent + reserved\n"
    "  redis.call('HSET', KEYS[3], 'day', day, 'spent', spent, 'reserved', reserved)\n"
    "  keep(KEYS[3], KEYS[4])\n"
    "  if committed + estimate > budget then return {3, 0, committed} end\n"
    "  redis.call('HSET', KEYS[3], 'reserved', reserved + estimate, 'r:' .. ARGV[6], estimate)\n"
    "  redis.call('ZADD', KEYS[4], now + ttl, ARGV[6])\n"
    "end\n"
    "if requests then store(KEYS[1], requests - 1) end\n"
    "if tokens then store(KEYS[2], tokens - estimated) end\n"
    "return {0, 0, committed}\n";

/* KEYS rpm, tpm, budget, held. ARGV rpm, tpm, requests back, token delta, reservation id
 * ("-": none), cost micro. */
static const char settle_source[] = LUA_CLOCK LUA_BUCKET LUA_BUDGET
    "local rpm, tpm = tonumber(ARGV[1]), tonumber(ARGV[2])\n"
    "local back, delta = tonumber(ARGV[3]), tonumber(ARGV[4])\n"
    "if rpm > 0 and back > 0 then store(KEYS[1], math.min(rpm, level(KEYS[1], rpm) + back)) end\n"
    "if tpm > 0 and delta ~= 0 then store(KEYS[2], math.min(tpm, level(KEYS[2], tpm) - delta)) end\n"
    "if ARGV[5] ~= '-' then\n"
    "  local day, spent, reserved = budget_state(KEYS[3], KEYS[4])\n"
    "  local amount = tonumber(redis.call('HGET', KEYS[3], 'r:' .. ARGV[5])) or 0\n"
    "  redis.call('HDEL', KEYS[3], 'r:' .. ARGV[5])\n"
    "  redis.call('ZREM', KEYS[4], ARGV[5])\n"
    "  redis.call('HSET', KEYS[3], 'day', day, 'spent', spent + tonumber(ARGV[6]),\n"
    "             'reserved', math.max(0, reserved - amount))\n"
    "  keep(KEYS[3], KEYS[4])\n"
    "end\n"
    "return 0\n";

/* KEYS bucket. ARGV per minute, cost (negative: give back). Reply {refused, retry-after s}. */
static const char take_source[] = LUA_CLOCK LUA_BUCKET
    "local per_minute, cost = tonumber(ARGV[1]), tonumber(ARGV[2])\n"
    "local tokens = level(KEYS[1], per_minute)\n"
    "if cost > 0 and tokens < cost then return {1, wait_s(tokens, per_minute, cost)} end\n"
    "store(KEYS[1], math.min(per_minute, tokens - cost))\n"
    "return {0, 0}\n";

/* KEYS state, probe. ARGV open for ms, closed, want probe, probe ttl ms, latency us,
 * failures, success age ms (-1: none), failures that open, cooldown ms. Failures seen
 * while closed add up over every instance; a success resets them unless a failure was
 * counted after it (instances tell theirs up to a poll late). Enough of them open the
 * circuit for the cooldown. Reply {ms until the probe is due (0: due, -1: closed), probe
 * claimed, latency us}. */
static const char breaker_source[] = LUA_CLOCK
    "local until_ms = tonumber(redis.call('HGET', KEYS[1], 'until')) or 0\n"
    "local open_for = tonumber(ARGV[1])\n"
    "if ARGV[2] == '1' then\n"
    "  until_ms = 0\n"
    "  redis.call('HSET', KEYS[1], 'until', 0, 'fails', 0)\n"
    "  redis.call('DEL', KEYS[2])\n"
    "end\n"
    "local failures, threshold = tonumber(ARGV[6]), tonumber(ARGV[8])\n"
    "local success_age = tonumber(ARGV[7])\n"
    "if until_ms == 0 and (failures > 0 or success_age >= 0) then\n"
    "  local saved = redis.call('HMGET', KEYS[1], 'fails', 'failed_at')\n"
    "  local fails, failed_at = tonumber(saved[1]) or 0, tonumber(saved[2]) or 0\n"
    "  if success_age >= 0 and now - success_age >= failed_at then fails = 0 end\n"
    "  fails = fails + failures\n"
    "  if failures > 0 then redis.call('HSET', KEYS[1], 'failed_at', now) end\n"
    "  if threshold > 0 and fails >= threshold then\n"
    "    fails = 0\n"
    "    open_for = math.max(open_for, tonumber(ARGV[9]))\n"
    "  end\n"
    "  redis.call('HSET', KEYS[1], 'fails', fails)\n"
    "end\n"
    "if open_for > 0 and now + open_for > until_ms then\n"
    "  until_ms = now + open_for\n"
    "  redis.call('HSET', KEYS[1], 'until', until_ms)\n"
    "  redis.call('DEL', KEYS[2])\n"
    "end\n"
    "local claimed = 0\n"
    "if until_ms > 0 and now >= until_ms and ARGV[3] == '1' then\n"
    "  if redis.call('SET', KEYS[2], '1', 'NX', 'PX', tonumber(ARGV[4])) then claimed = 1 end\n"
    "end\n"
    "local latency = tonumber(ARGV[5])\n"
    "if latency >= 0 then redis.call('HSET', KEYS[1], 'lat', latency)\n"
    "else latency = tonumber(redis.call('HGET', KEYS[1], 'lat')) or -1 end\n"
    "redis.call('PEXPIRE', KEYS[1], 86400000)\n"
    "local remaining = -1\n"
    "if until_ms > 0 then remaining = math.max(0, until_ms - now) end\n"
    "return {remaining, claimed, latency}\n";

static const char *const sources[CLUSTER_SCRIPT_COUNT] = {
    [CLUSTER_SCRIPT_ADMIT] = admit_source,
    [CLUSTER_SCRIPT_SETTLE] = settle_source,
    [CLUSTER_SCRIPT_TAKE] = take_source,
    [CLUSTER_SCRIPT_BREAKER] = breaker_source,
};

const char *cluster_script_source(enum cluster_script script)
{
    return sources[script];
}

void cluster_script_sha(enum cluster_script script, char sha[41])
{
    unsigned char digest[SHA_DIGEST_LENGTH];
    SHA1((const unsigned char *)sources[script], strlen(sources[script]), digest);
    hex_encode(sha, digest, SHA_DIGEST_LENGTH);
    sha[40] = '\0';
}

/* ---- the argument lists ---- */

static void add_argument(struct cluster_command *command, const char *format, ...)
    __attribute__((format(printf, 2, 3)));

static void add_argument(struct cluster_command *command, const char *format, ...)
{
    if (command->overflow || command->count == CLUSTER_COMMAND_ARGS) {
        command->overflow = true;
        return;
    }
    size_t room = sizeof command->bytes - command->used;
    va_list args;
    va_start(args, format);
    int written = vsnprintf(command->bytes + command->used, room, format, args);
    va_end(args);
    if (written < 0 || (size_t)written >= room) {
        command->overflow = true;
        return;
    }
    command->argv[command->count] = command->bytes + command->used;
    command->lengths[command->count] = (size_t)written;
    command->count++;
    command->used += (size_t)written + 1;
}

static void add_key(struct cluster_command *command, const char *prefix, const char *tag, const char *id,
                    const char *suffix)
{
    char name[CLUSTER_KEY_MAX];
    if (!cluster_key_name(name, sizeof name, prefix, tag, id, suffix)) {
        command->overflow = true;
        return;
    }
    add_argument(command, "%s", name);
}

static void begin(struct cluster_command *command, enum cluster_script script, const char *sha, int keys)
{
    command->script = script;
    command->count = 0;
    command->used = 0;
    command->overflow = false;
    add_argument(command, "EVALSHA");
    add_argument(command, "%s", sha);
    add_argument(command, "%d", keys);
}

static void add_key_buckets(struct cluster_command *command, const char *prefix, const char *key_id)
{
    add_key(command, prefix, "k", key_id, "rpm");
    add_key(command, prefix, "k", key_id, "tpm");
    add_key(command, prefix, "k", key_id, "budget");
    add_key(command, prefix, "k", key_id, "held");
}

bool cluster_build_admit(struct cluster_command *command, const char *sha, const struct cluster_admit_args *args)
{
    begin(command, CLUSTER_SCRIPT_ADMIT, sha, 4);
    add_key_buckets(command, args->prefix, args->key_id);
    add_argument(command, "%ld", args->rpm);
    add_argument(command, "%ld", args->tpm);
    add_argument(command, "%ld", args->estimated_tokens);
    add_argument(command, "%lld", args->budget_micro);
    add_argument(command, "%lld", args->estimate_micro);
    add_argument(command, "%s", args->reservation_id != NULL ? args->reservation_id : "-");
    add_argument(command, "%ld", args->reservation_ttl_ms);
    return !command->overflow;
}

bool cluster_build_settle(struct cluster_command *command, const char *sha, const struct cluster_settle_args *args)
{
    begin(command, CLUSTER_SCRIPT_SETTLE, sha, 4);
    add_key_buckets(command, args->prefix, args->key_id);
    add_argument(command, "%ld", args->rpm);
    add_argument(command, "%ld", args->tpm);
    add_argument(command, "%d", args->requests_back);
    add_argument(command, "%ld", args->token_delta);
    add_argument(command, "%s", args->reservation_id != NULL ? args->reservation_id : "-");
    add_argument(command, "%lld", args->cost_micro);
    return !command->overflow;
}

bool cluster_build_take(struct cluster_command *command, const char *sha, const char *prefix, const char *address_id,
                        long per_minute, int cost)
{
    begin(command, CLUSTER_SCRIPT_TAKE, sha, 1);
    add_key(command, prefix, "ip", address_id, "rpm");
    add_argument(command, "%ld", per_minute);
    add_argument(command, "%d", cost);
    return !command->overflow;
}

bool cluster_build_breaker(struct cluster_command *command, const char *sha, const struct cluster_breaker_args *args)
{
    begin(command, CLUSTER_SCRIPT_BREAKER, sha, 2);
    add_key(command, args->prefix, "breakers", args->label, "");
    add_key(command, args->prefix, "breakers", args->label, "probe");
    add_argument(command, "%lld", args->open_for_ms > 0 ? args->open_for_ms : 0);
    add_argument(command, "%d", args->closed ? 1 : 0);
    add_argument(command, "%d", args->want_probe ? 1 : 0);
    add_argument(command, "%ld", args->probe_ttl_ms > 0 ? args->probe_ttl_ms : 1);
    add_argument(command, "%lld", args->latency_us);
    add_argument(command, "%d", args->failures > 0 ? args->failures : 0);
    add_argument(command, "%lld", args->success_age_ms >= 0 ? args->success_age_ms : -1);
    add_argument(command, "%d", args->failures_to_open);
    add_argument(command, "%ld", args->cooldown_ms);
    return !command->overflow;
}

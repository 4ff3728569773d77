/* lethe: flags, configuration, the event loop, workers and signals. */
#include <curl/curl.h>
#include <errno.h>
#include <event2/event.h>
#include <getopt.h>
#include <limits.h>
#include <malloc.h>
#include <stdatomic.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "proxy/config.h"
#include "proxy/gateway.h"
#include "proxy/log.h"
#include "proxy/sealed.h"
#include "proxy/shared.h"
#include "transforms/wipe_alloc.h"

struct options {
    const char *config_path;
    const char *listen;
    int workers;
    bool check;
    bool demo;
    bool hash_key;
    const char *seal_input;          /* --seal-keys IN OUT */
    const char *audit_verify;        /* --audit-verify FILE */
    const char *seal_output;
};

static void print_usage(FILE *out)
{
    fputs("NAME\n"
          "    lethe - a privacy-first LLM gateway\n"
          "\n"
          "SYNOPSIS\n"
          "    lethe [-c FILE] [-l HOST:PORT] [-w N] [--check]\n"
          "    lethe --demo\n"
          "    lethe --hash-key < key\n"
          "    lethe --seal-keys IN OUT\n"
          "    lethe --audit-verify FILE\n"
          "\n"
          "DESCRIPTION\n"
          "    Serves the OpenAI (POST /v1/chat/completions) and Anthropic (POST /v1/messages)\n"
          "    APIs in front of OpenAI, Anthropic, Gemini and any OpenAI-compatible server. Every\n"
          "    request is masked of personal data and secrets before it leaves, sent down a timed\n"
          "    fallback chain, and answered with the values put back. Nothing of the content is\n"
          "    logged or kept.\n"
          "\n"
          "OPTIONS\n"
          "    -c, --config FILE       JSON config. Without it: a default built from the provider\n"
          "                            key variables OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY,\n"
          "                            GROQ_API_KEY, MISTRAL_API_KEY, DEEPSEEK_API_KEY\n"
          "    -l, --listen HOST:PORT  listen address (default 127.0.0.1:8080)\n"
          "    -w, --workers N         worker processes sharing the port (default: one per core)\n"
          "        --check             validate the config, print what it found, and exit\n"
          "        --demo              serve on the simulated provider (lethe-mock), no API keys needed\n"
          "        --hash-key          read a gateway key on stdin, print the \"hash\" to configure for it\n"
          "        --seal-keys IN OUT  encrypt IN (a JSON object of provider keys) into OUT with\n"
          "                            AES-256-GCM under LETHE_MASTER_KEY (64 hex digits)\n"
          "        --audit-verify FILE check an audit chain; print the first broken record\n"
          "    -h, --help              this help\n"
          "        --version           print the version\n"
          "\n"
          "SIGNALS\n"
          "    SIGTERM, SIGINT   drain: /readyz turns 503, no new connections, requests in flight\n"
          "                      finish (up to drain_timeout_ms), exit 0; a second signal stops at once\n"
          "    SIGHUP            read the config file again: if valid, new requests use it while those in\n"
          "                      flight finish on the old one; if not, the old one stays (a log line says why)\n"
          "\n"
          "ENVIRONMENT\n"
          "    LETHE_MASTER_KEY  the key that opens a \"sealed_keys\" file\n"
          "\n"
          "EXIT STATUS\n"
          "    0 after a clean stop or a valid --check; 1 for a bad config, a port that cannot be\n"
          "    bound, or a failed --seal-keys; 2 for bad command-line arguments\n"
          "\n"
          "SEE ALSO\n"
          "    README.md: the config keys, the errors, the scrubbing rules\n", out);
}

static bool parse_options(int argc, char **argv, struct options *options)
{
    enum { OPTION_CHECK = 256, OPTION_DEMO, OPTION_VERSION, OPTION_HASH_KEY, OPTION_SEAL_KEYS, OPTION_AUDIT_VERIFY };
    static const struct option long_options[] = {
        { "config", required_argument, NULL, 'c' },
        { "listen", required_argument, NULL, 'l' },
        { "workers", required_argument, NULL, 'w' },
        { "check", no_argument, NULL, OPTION_CHECK },
        { "demo", no_argument, NULL, OPTION_DEMO },
        { "hash-key", no_argument, NULL, OPTION_HASH_KEY },
        { "seal-keys", required_argument, NULL, OPTION_SEAL_KEYS },
        { "audit-verify", required_argument, NULL, OPTION_AUDIT_VERIFY },
        { "help", no_argument, NULL, 'h' },
        { "version", no_argument, NULL, OPTION_VERSION },
        { NULL, 0, NULL, 0 },
    };
    int option;
    while ((option = getopt_long(argc, argv, "c:l:w:h", long_options, NULL)) != -1) {
        switch (option) {
        case 'c':
            options->config_path = optarg;
            break;
        case 'l':
            options->listen = optarg;
            break;
        case 'w': {
            char *end;
            long workers = strtol(optarg, &end, 10);
            if (*end != '\0' || workers < 1 || workers > 256) {
                fprintf(stderr, "lethe: --workers: expected an integer from 1 to 256\n");
                exit(2);
            }
            options->workers = (int)workers;
            break;
        }
        case OPTION_CHECK:
            options->check = true;
            break;
        case OPTION_DEMO:
            options->demo = true;
            break;
        case OPTION_HASH_KEY:
            options->hash_key = true;
            break;
        case OPTION_SEAL_KEYS:
            options->seal_input = optarg;
            break;
        case OPTION_AUDIT_VERIFY:
            options->audit_verify = optarg;
            break;
        case 'h':
            print_usage(stdout);
            exit(0);
        case OPTION_VERSION:
            printf("lethe %s\n", LETHE_VERSION);
            exit(0);
        default:
            print_usage(stderr);
            return false;
        }
    }
    if (options->seal_input != NULL && optind < argc) {
        options->seal_output = argv[optind++];
    }
    if (options->seal_input != NULL && options->seal_output == NULL) {
        fprintf(stderr, "lethe: --seal-keys: expected IN OUT\n");
        return false;
    }
    if (optind < argc) {
        fprintf(stderr, "lethe: unexpected argument '%s'\n", argv[optind]);
        return false;
    }
    return true;
}

/* --hash-key: one line on stdin (the key; a trailing newline is not part of it) becomes
 * the salted hash the config holds. The key is wiped from memory afterwards. */
static int print_key_hash(void)
{
    char key[4096];
    size_t len = fread(key, 1, sizeof key, stdin);
    while (len > 0 && (key[len - 1] == '\n' || key[len - 1] == '\r')) {
        len--;
    }
    char hash[KEY_HASH_TEXT_MAX];
    bool ok = len >= 8 && len < sizeof key && memchr(key, '\n', len) == NULL
              && key_hash_text(key, len, hash, sizeof hash);
    explicit_bzero(key, sizeof key);
    if (!ok) {
        fprintf(stderr, "lethe: --hash-key: expected one key of 8 to 4095 bytes on stdin\n");
        return 1;
    }
    printf("%s\n", hash);
    return 0;
}

/* Content must not survive in a core file; and many streams need many descriptors. */
static void harden_process(void)
{
    struct rlimit no_core = { 0, 0 };
    setrlimit(RLIMIT_CORE, &no_core);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    struct rlimit files;
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }
    signal(SIGPIPE, SIG_IGN);
    /* Under a file size limit, a log or audit write past it must fail with EFBIG (the
     * audit chain cuts the partial line off), not kill the worker. */
    signal(SIGXFSZ, SIG_IGN);
    /* Every request frees its arena at once; with glibc's default thresholds that memory
     * goes back to the kernel and is faulted in again by the next request. Keep it. */
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    mallopt(M_MMAP_THRESHOLD, 4 << 20);
}

/* ---- --demo: lethe-mock as a child on a free loopback port ---- */

static int free_loopback_port(void)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in address = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
    socklen_t len = sizeof address;
    if (fd < 0 || bind(fd, (struct sockaddr *)&address, sizeof address) != 0
        || getsockname(fd, (struct sockaddr *)&address, &len) != 0) {
        if (fd >= 0) {
            close(fd);
        }
        return -1;
    }
    close(fd);
    return ntohs(address.sin_port);
}

static bool wait_until_listening(int port, int timeout_ms)
{
    for (int waited = 0; waited < timeout_ms; waited += 20) {
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        struct sockaddr_in address = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port),
                                       .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
        int connected = connect(fd, (struct sockaddr *)&address, sizeof address);
        close(fd);
        if (connected == 0) {
            return true;
        }
        usleep(20000);
    }
    return false;
}

static pid_t start_demo_provider(int *port)
{
    char self[PATH_MAX];
    ssize_t len = readlink("/proc/self/exe", self, sizeof self - 32);
    if (len <= 0) {
        return -1;
    }
    self[len] = '\0';
    char *slash = strrchr(self, '/');
    strcpy(slash + 1, "lethe-mock");
    *port = free_loopback_port();
    if (*port <= 0) {
        return -1;
    }
    char listen[64];
    snprintf(listen, sizeof listen, "127.0.0.1:%d", *port);
    pid_t parent = getpid();
    pid_t child = fork();
    if (child == 0) {
        prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (getppid() != parent) {
            _exit(1);
        }
        execl(self, "lethe-mock", "--listen", listen, (char *)NULL);
        fprintf(stderr, "lethe: cannot run %s: %s\n", self, strerror(errno));
        _exit(127);
    }
    if (child < 0 || !wait_until_listening(*port, 5000)) {
        if (child > 0) {
            kill(child, SIGTERM);
            waitpid(child, NULL, 0);
        }
        return -1;
    }
    return child;
}

/* ---- one worker: one event loop ---- */

static void on_telemetry_flushed(void *context)
{
    struct gateway *gateway = context;
    event_base_loopexit(gateway->base, NULL);
}

void gateway_drained_check(struct gateway *gateway)
{
    if (!gateway->draining || gateway->in_flight != 0 || gateway->flushing) {
        return;
    }
    if (telemetry_idle(gateway->telemetry)) {
        event_base_loopexit(gateway->base, NULL);
        return;
    }
    /* The last usage events go out before the loop ends (the drain timer still bounds it). */
    gateway->flushing = true;
    telemetry_flush(gateway->telemetry, on_telemetry_flushed, gateway);
}

static void on_drain_timeout(evutil_socket_t fd, short events, void *arg)
{
    struct gateway *gateway = arg;
    (void)fd;
    (void)events;
    log_info("drain: %lu request%s still in flight after %ld ms: stopping them", gateway->in_flight,
             gateway->in_flight == 1 ? "" : "s", gateway->generation->config->drain_timeout_ms);
    event_base_loopexit(gateway->base, NULL);
}

/* SIGTERM or SIGINT: /readyz answers 503 at once, the listener closes, what is in flight
 * finishes (up to drain_timeout_ms), then the loop ends and the process exits 0. A second
 * signal stops at once. */
static void on_stop_signal(evutil_socket_t signal_number, short events, void *arg)
{
    struct gateway *gateway = arg;
    (void)events;
    if (gateway->draining) {
        log_info("signal %d again: stopping now", (int)signal_number);
        event_base_loopexit(gateway->base, NULL);
        return;
    }
    gateway->draining = true;
    server_stop_accepting(gateway->server);
    log_info("signal %d: draining %lu request%s in flight", (int)signal_number, gateway->in_flight,
             gateway->in_flight == 1 ? "" : "s");
    long timeout = gateway->generation->config->drain_timeout_ms;
    struct timeval delay = { timeout / 1000, (timeout % 1000) * 1000 };
    gateway->drain_timer = evtimer_new(gateway->base, on_drain_timeout, gateway);
    evtimer_add(gateway->drain_timer, &delay);
    gateway_drained_check(gateway);
}

static void stop_demo_provider(pid_t demo_provider)
{
    if (demo_provider > 0) {
        kill(demo_provider, SIGTERM);
        waitpid(demo_provider, NULL, 0);
    }
}

static int access_log_fd = -1;             /* opened once, before workers fork */
static const char *reload_path;             /* -c FILE: what SIGHUP reads again */
static atomic_uint *reloads_seen;           /* SIGHUPs the master passed on: a restarted
                                               worker applies the latest file at once */
static struct audit_chain *audit_chain;     /* likewise: one chain for every worker */
static struct metrics *shared_metrics;      /* likewise: one set of series */
static struct breaker_store *shared_breakers;  /* likewise: one breaker per target */

static void on_audit_sync(evutil_socket_t fd, short events, void *arg)
{
    (void)fd;
    (void)events;
    audit_sync(arg);
}

/* A generation lets go of its scrubber; the last one frees it. main's scrubber keeps
 * main's reference, so only one a reload built reaches 0. */
static void drop_scrubber(struct scrubber *scrubber)
{
    if (scrubber != NULL && --scrubber->users == 0) {
        scrubber_release(scrubber);
        free(scrubber);
    }
}

static void generation_free(struct generation *generation)
{
    breaker_table_release(&generation->breakers);
    drop_scrubber(generation->scrubber);
    if (generation->owned) {
        config_release(generation->config);
        free(generation->config);
    }
    free(generation);
}

void generation_release(struct gateway *gateway, struct generation *generation)
{
    generation->users--;
    if (generation != gateway->generation && generation->users == 0) {
        generation_free(generation);
    }
}

static void set_generation(struct gateway *gateway, struct generation *generation)
{
    struct generation *old = gateway->generation;
    gateway->generation = generation;
    if (old != NULL && old->users == 0) {
        generation_free(old);
    }
}

/* SIGHUP: read the config file again. If it is valid, new requests use it while those in
 * flight finish on the old one; if not, the old one stays and a line says why. What is
 * bound at start-up (listen address, workers, TLS, logs, audit, telemetry, the number of
 * keys) needs a restart. */
static void reload(struct gateway *gateway)
{
    if (reload_path == NULL) {
        log_error("reload: lethe was started without -c FILE: nothing to read again");
        return;
    }
    struct generation *next = calloc(1, sizeof *next);
    struct config *config = calloc(1, sizeof *config);
    char error[CONFIG_ERROR_SIZE] = "out of memory";
    if (next == NULL || config == NULL) {
        log_error("reload: %s; the old config stays", error);
        free(next);
        free(config);
        return;
    }
    config_init(config);
    const struct config *current = gateway->generation->config;
    bool ok = config_load_file(config, reload_path, error);
    if (ok && config->key_count != current->key_count && gateway->limits != NULL) {
        snprintf(error, sizeof error, "keys: the number of keys changed, which needs a restart");
        ok = false;
    }
    struct scrubber *kept = gateway->generation->scrubber;
    bool same_scrub = kept != NULL && scrub_config_equal(&config->scrub, &current->scrub);
    if (ok && same_scrub) {
        next->scrubber = kept;         /* nothing to compile: the loop does not stall */
        kept->users++;
    } else if (ok && config->scrub.enabled) {
        next->scrubber = calloc(1, sizeof *next->scrubber);
        ok = next->scrubber != NULL && scrubber_init(next->scrubber, &config->scrub, error, sizeof error);
        if (!ok) {
            free(next->scrubber);
            next->scrubber = NULL;
        }
    }
    if (ok && !breaker_table_build(&next->breakers, gateway->breakers, &config->table, &config->breaker)) {
        snprintf(error, sizeof error, "no room for the circuit breakers: the store keeps every target seen "
                                      "since start-up; a restart clears it");
        ok = false;
    }
    if (!ok) {
        log_error("reload: %s; the old config stays", error);
        drop_scrubber(next->scrubber);
        config_release(config);
        free(config);
        free(next);
        return;
    }
    if (strcmp(config->listen_host, current->listen_host) != 0 || config->listen_port != current->listen_port) {
        log_error("reload: listen changed: that needs a restart; still listening on %s:%d", current->listen_host,
                  current->listen_port);
    }
    next->config = config;
    next->owned = true;
    set_generation(gateway, next);
    log_info("reload: %s applied: %zu provider%s, %zu route%s, scrubber %s", reload_path,
             config->table.provider_count, config->table.provider_count == 1 ? "" : "s", config->table.route_count,
             config->table.route_count == 1 ? "" : "s",
             !config->scrub.enabled ? "off" : same_scrub ? "kept" : "rebuilt");
}

static void on_reload_signal(evutil_socket_t signal_number, short events, void *arg)
{
    (void)signal_number;
    (void)events;
    reload(arg);
}

/* What the master waits for, and what its workers inherit blocked until they handle it. */
static void master_signals(sigset_t *set)
{
    sigemptyset(set);
    sigaddset(set, SIGCHLD);
    sigaddset(set, SIGTERM);
    sigaddset(set, SIGINT);
    sigaddset(set, SIGHUP);
}

/* Retry jitter (random() in proxy/exchange.c) is seeded in each worker, after the fork:
 * seeded once before it, every worker drew the same delays, and their retries to a
 * recovering provider arrived together. */
static void seed_retry_jitter(void)
{
    unsigned seed;
    if (getrandom(&seed, sizeof seed, GRND_NONBLOCK) != (ssize_t)sizeof seed) {
        struct timespec now;
        clock_gettime(CLOCK_MONOTONIC, &now);
        seed = (unsigned)getpid() ^ (unsigned)now.tv_nsec ^ (unsigned)now.tv_sec;
    }
    srandom(seed);
}

/* The event loop, one pass at a time. After each pass the stack below this frame (every
 * callback of the pass ran there) and the vector registers are wiped: whatever path a
 * request or a connection took (answered, refused before it had a request, aborted, cut
 * by a timeout), the bytes its code left in dead frames and registers are gone before the
 * loop sleeps again, by construction rather than by a wipe at each place content ends.
 * About 0.2 µs a pass. */
static void run_loop_wiping(struct event_base *base)
{
    for (;;) {
        int result = event_base_loop(base, EVLOOP_ONCE);
        wipe_stack();
        if (result != 0 || event_base_got_exit(base) || event_base_got_break(base)) {
            return;
        }
    }
}

static int run_worker(struct config *config, struct scrubber *scrubber, struct rate_limits *limits,
                      bool reuse_port)
{
    seed_retry_jitter();
    struct gateway gateway = { .limits = limits, .access_log_fd = access_log_fd, .audit = audit_chain,
                               .metrics = shared_metrics, .breakers = shared_breakers };
    struct generation *first = calloc(1, sizeof *first);
    if (first == NULL) {
        return 1;
    }
    /* The first generation is main's config and scrubber: not freed with it. */
    first->config = config;
    first->scrubber = scrubber;
    if (scrubber != NULL) {
        scrubber->users++;
    }
    /* The changelist folds the add/modify/delete of one descriptor within a loop turn
     * into one epoll_ctl: pause, resume and libcurl's socket updates come in bursts. */
    struct event_config *event_config = event_config_new();
    event_config_set_flag(event_config, EVENT_BASE_FLAG_EPOLL_USE_CHANGELIST);
    gateway.base = event_base_new_with_config(event_config);
    event_config_free(event_config);
    gateway.upstream = gateway.base ? upstream_new(gateway.base) : NULL;
    if (gateway.upstream == NULL
        || !breaker_table_build(&first->breakers, gateway.breakers, &config->table, &config->breaker)) {
        log_error("cannot create the event loop");
        free(first);
        return 1;
    }
    set_generation(&gateway, first);
    char error[256];
    struct server_options server_options = {
        .host = config->listen_host,
        .port = config->listen_port,
        .max_body_bytes = config->max_body_bytes,
        .max_header_bytes = config->max_header_bytes,
        .header_timeout_ms = config->header_timeout_ms,
        .body_timeout_ms = config->body_timeout_ms,
        .idle_timeout_ms = config->idle_timeout_ms,
        .max_connections = config->max_connections,
        .tls_cert = config->tls_cert,
        .tls_key = config->tls_key,
        .reuse_port = reuse_port,
        .handler = gateway_handle,
        .refuse = gateway_refuse,
        .refuse_head = gateway_refuse_head,
        .on_finished = gateway_on_finished,
        .context = &gateway,
    };
    gateway.server = server_new(gateway.base, &server_options, error, sizeof error);
    if (gateway.server == NULL) {
        log_error("%s", error);
        generation_free(gateway.generation);
        upstream_free(gateway.upstream);
        event_base_free(gateway.base);
        return 1;
    }
    struct event *reload_event = evsignal_new(gateway.base, SIGHUP, on_reload_signal, &gateway);
    event_add(reload_event, NULL);
    if (reloads_seen != NULL && atomic_load(reloads_seen) > 0) {
        reload(&gateway);                            /* started after a SIGHUP: the latest file */
    }
    struct event *stop_term = evsignal_new(gateway.base, SIGTERM, on_stop_signal, &gateway);
    struct event *stop_int = evsignal_new(gateway.base, SIGINT, on_stop_signal, &gateway);
    event_add(stop_term, NULL);
    event_add(stop_int, NULL);
    /* A worker the master forks starts with these blocked: a signal sent while it was
     * starting waited for the handlers above instead of killing it half-started. */
    sigset_t handled;
    master_signals(&handled);
    sigprocmask(SIG_UNBLOCK, &handled, NULL);
    gateway.telemetry = telemetry_new(gateway.base, gateway.upstream, &config->telemetry);
    if (gateway.audit != NULL) {
        long period = config->audit_fsync_ms;
        struct timeval interval = { period / 1000, (period % 1000) * 1000 };
        gateway.audit_timer = event_new(gateway.base, -1, EV_PERSIST, on_audit_sync, gateway.audit);
        event_add(gateway.audit_timer, &interval);
    }
    log_info("listening on %s:%d", config->listen_host, config->listen_port);
    run_loop_wiping(gateway.base);
    event_free(stop_term);
    event_free(stop_int);
    event_free(reload_event);
    if (gateway.drain_timer != NULL) {
        event_free(gateway.drain_timer);
    }
    if (gateway.audit_timer != NULL) {
        event_free(gateway.audit_timer);
        audit_sync(gateway.audit);
    }
    server_free(gateway.server);
    telemetry_free(gateway.telemetry);
    upstream_free(gateway.upstream);
    generation_free(gateway.generation);
    event_base_free(gateway.base);
    return 0;
}

/* ---- several workers: a master that forks them and passes signals on ---- */

/* The worker inherits the master's blocked signals and unblocks them once its loop has
 * handlers for them. Its slot names its share of the shared gauges and reservations,
 * which the master takes back when it reaps it. */
static pid_t start_worker(struct config *config, struct scrubber *scrubber, struct rate_limits *limits,
                          int slot)
{
    pid_t pid = fork();
    if (pid == 0) {
        prctl(PR_SET_PDEATHSIG, SIGTERM);         /* a worker never outlives its master */
        metrics_set_worker_slot(shared_metrics, (unsigned)slot);
        rate_limits_set_worker_slot(limits, (unsigned)slot);
        exit(run_worker(config, scrubber, limits, true));
    }
    return pid;
}

/* A worker is gone: what it held in flight is no longer held by anyone. Its requests
 * served, spent and counted stay counted. */
static void reclaim_worker_slot(struct rate_limits *limits, int slot)
{
    metrics_reclaim_worker_slot(shared_metrics, (unsigned)slot);
    rate_limits_reclaim_worker_slot(limits, (unsigned)slot);
}

/* The master of `count` workers: it restarts a worker that dies unasked (waiting a second
 * first if that slot died within a second of starting, so a crash loop does not spin),
 * passes SIGTERM, SIGINT and SIGHUP on to every worker, and returns 0 once all have
 * exited after a stop. It serves nothing itself. */
static int run_workers(struct config *config, struct scrubber *scrubber, struct rate_limits *limits, int count)
{
    pid_t *children = calloc((size_t)count, sizeof *children);
    long long *started_ms = calloc((size_t)count, sizeof *started_ms);
    if (children == NULL || started_ms == NULL) {
        free(children);
        free(started_ms);
        return 1;
    }
    /* The master waits for its signals synchronously: no handler, no race between a
     * signal and the wait for a child. */
    sigset_t signals;
    master_signals(&signals);
    sigprocmask(SIG_BLOCK, &signals, NULL);
    for (int i = 0; i < count; i++) {
        children[i] = start_worker(config, scrubber, limits, i);
        started_ms[i] = breaker_now_ms();
    }
    bool stopping = false;
    int alive = count;
    while (alive > 0) {
        int signal_number = sigwaitinfo(&signals, NULL);
        if (signal_number == SIGTERM || signal_number == SIGINT || signal_number == SIGHUP) {
            stopping = stopping || signal_number != SIGHUP;
            if (signal_number == SIGHUP && reloads_seen != NULL) {
                atomic_fetch_add(reloads_seen, 1);
            }
            for (int i = 0; i < count; i++) {
                if (children[i] > 0) {
                    kill(children[i], signal_number);
                }
            }
            continue;
        }
        if (signal_number != SIGCHLD) {
            continue;
        }
        int status = 0;
        pid_t gone;
        while ((gone = waitpid(-1, &status, WNOHANG)) > 0) {
            int slot = -1;
            for (int i = 0; i < count; i++) {
                slot = children[i] == gone ? i : slot;
            }
            if (slot < 0) {
                continue;
            }
            children[slot] = 0;
            alive--;
            reclaim_worker_slot(limits, slot);
            if (stopping) {
                continue;
            }
            log_error("worker %d (pid %d) %s %d: starting another", slot, (int)gone,
                      WIFSIGNALED(status) ? "died from signal" : "exited with status",
                      WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status));
            if (breaker_now_ms() - started_ms[slot] < 1000) {
                sleep(1);
            }
            children[slot] = start_worker(config, scrubber, limits, slot);
            started_ms[slot] = breaker_now_ms();
            alive++;
        }
    }
    free(children);
    free(started_ms);
    return 0;
}

int main(int argc, char **argv)
{
    struct options options = { .workers = 0 };
    if (!parse_options(argc, argv, &options)) {
        return 2;
    }
    harden_process();
    if (options.hash_key) {
        return print_key_hash();
    }
    if (options.audit_verify != NULL) {
        return audit_verify(options.audit_verify, stdout) ? 0 : 1;
    }
    if (options.seal_input != NULL) {
        char seal_error[256];
        if (!sealed_keys_write(options.seal_input, options.seal_output, seal_error, sizeof seal_error)) {
            fprintf(stderr, "lethe: %s\n", seal_error);
            return 1;
        }
        printf("sealed %s into %s\n", options.seal_input, options.seal_output);
        return 0;
    }
    struct config config;
    config_init(&config);
    char error[CONFIG_ERROR_SIZE];
    pid_t demo_provider = -1;
    bool loaded;
    if (options.demo) {
        int port = 0;
        if (options.check) {
            loaded = config_load_demo(&config, 1, error);
        } else {
            demo_provider = start_demo_provider(&port);
            if (demo_provider < 0) {
                fprintf(stderr, "lethe: --demo: cannot start lethe-mock next to this binary\n");
                return 1;
            }
            loaded = config_load_demo(&config, port, error);
        }
    } else if (options.config_path != NULL) {
        loaded = config_load_file(&config, options.config_path, error);
    } else {
        loaded = config_load_default(&config, error);
    }
    if (loaded && options.listen != NULL) {
        loaded = config_set_listen(&config, options.listen, error);
    }
    if (loaded) {
        loaded = config_check_exposure(&config, error);
    }
    if (!loaded) {
        fprintf(stderr, "lethe: %s\n", error);
        config_release(&config);
        stop_demo_provider(demo_provider);
        return 1;
    }
    if (options.workers > 0) {
        config.workers = options.workers;
    }
    /* The patterns compile before anything listens: a bad custom pattern stops start-up. */
    struct scrubber scrubber;
    if (config.scrub.enabled && !scrubber_init(&scrubber, &config.scrub, error, sizeof error)) {
        fprintf(stderr, "lethe: %s\n", error);
        config_release(&config);
        stop_demo_provider(demo_provider);
        return 1;
    }
    struct scrubber *scrubber_in_use = config.scrub.enabled ? &scrubber : NULL;
    /* Compiling the patterns used several MB that are free now: give them back, or the
     * trim threshold set for the request path keeps them for the life of the process. */
    malloc_trim(0);
    if (options.check) {
        config_describe(&config, stdout);
        printf("config OK\n");
        if (scrubber_in_use != NULL) {
            scrubber_release(scrubber_in_use);
        }
        config_release(&config);
        return 0;
    }
    curl_global_init(CURL_GLOBAL_DEFAULT);
    access_log_fd = access_log_open(config.access_log, error, sizeof error);
    if (config.access_log != NULL && strcmp(config.access_log, "off") != 0 && access_log_fd < 0) {
        fprintf(stderr, "lethe: %s\n", error);
        return 1;
    }
    /* One slot per worker; a single worker without a master is slot 0. */
    shared_metrics = metrics_create((size_t)config.workers);
    shared_breakers = breaker_store_create(BREAKER_STORE_CAPACITY);
    if (shared_breakers == NULL) {
        fprintf(stderr, "lethe: cannot map the shared circuit breakers\n");
        return 1;
    }
    reload_path = options.config_path;
    reloads_seen = shared_map(sizeof *reloads_seen);
    if (reloads_seen != NULL) {
        atomic_init(reloads_seen, 0);
    }
    if (config.audit_file != NULL) {
        audit_chain = audit_open(config.audit_file, error, sizeof error);
        if (audit_chain == NULL) {
            fprintf(stderr, "lethe: %s\n", error);
            return 1;
        }
    }
    /* Made before the workers fork, so they share one set of buckets. */
    bool any_limit = config.ip_rpm > 0;
    for (size_t i = 0; i < config.key_count; i++) {
        any_limit = any_limit || config.keys[i].rpm > 0 || config.keys[i].tpm > 0 || config.keys[i].budget_usd_day > 0;
    }
    struct rate_limits *limits =
        any_limit ? rate_limits_create(config.key_count, config.ip_rpm, (size_t)config.workers) : NULL;
    int status = config.workers > 1 ? run_workers(&config, scrubber_in_use, limits, config.workers)
                                    : run_worker(&config, scrubber_in_use, limits, false);
    rate_limits_destroy(limits);
    audit_close(audit_chain);
    metrics_destroy(shared_metrics);
    breaker_store_destroy(shared_breakers);
    curl_global_cleanup();
    if (scrubber_in_use != NULL) {
        scrubber_release(scrubber_in_use);
    }
    config_release(&config);
    arena_cache_release();
    stop_demo_provider(demo_provider);
    return status;
}

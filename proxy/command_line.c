/* command_line.c — see command_line.h. */
#include "proxy/command_line.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "proxy/audit.h"
#include "proxy/demo_provider.h"
#include "proxy/keys.h"
#include "proxy/sealed.h"

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

enum {
    OPTION_CHECK = 256,
    OPTION_DEMO,
    OPTION_VERSION,
    OPTION_HASH_KEY,
    OPTION_SEAL_KEYS,
    OPTION_AUDIT_VERIFY,
};

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

/* -w N: from 1 to 256, or exit 2 with a line that says so. */
static int parse_workers(const char *text)
{
    char *end;
    long workers = strtol(text, &end, 10);
    if (*end != '\0' || workers < 1 || workers > 256) {
        fprintf(stderr, "lethe: --workers: expected an integer from 1 to 256\n");
        exit(EXIT_STATUS_USAGE);
    }
    return (int)workers;
}

/* One option into `command_line`; false for one getopt refused. */
static bool apply_option(int option, struct command_line *command_line, bool *hash_key)
{
    switch (option) {
    case 'c':
        command_line->config_path = optarg;
        return true;
    case 'l':
        command_line->listen = optarg;
        return true;
    case 'w':
        command_line->workers = parse_workers(optarg);
        return true;
    case OPTION_CHECK:
        command_line->check = true;
        return true;
    case OPTION_DEMO:
        command_line->demo = true;
        return true;
    case OPTION_HASH_KEY:
        *hash_key = true;
        return true;
    case OPTION_SEAL_KEYS:
        command_line->seal_input = optarg;
        return true;
    case OPTION_AUDIT_VERIFY:
        command_line->audit_verify = optarg;
        return true;
    case 'h':
        print_usage(stdout);
        exit(EXIT_STATUS_OK);
    case OPTION_VERSION:
        printf("lethe %s\n", LETHE_VERSION);
        exit(EXIT_STATUS_OK);
    default:
        print_usage(stderr);
        return false;
    }
}

/* When several tools are named, the first of --hash-key, --audit-verify, --seal-keys runs. */
static enum command_line_tool chosen_tool(const struct command_line *command_line, bool hash_key)
{
    if (hash_key) {
        return TOOL_HASH_KEY;
    }
    if (command_line->audit_verify != NULL) {
        return TOOL_AUDIT_VERIFY;
    }
    return command_line->seal_input != NULL ? TOOL_SEAL_KEYS : TOOL_NONE;
}

bool command_line_parse(int argc, char **argv, struct command_line *command_line)
{
    bool hash_key = false;
    int option;
    while ((option = getopt_long(argc, argv, "c:l:w:h", long_options, NULL)) != -1) {
        if (!apply_option(option, command_line, &hash_key)) {
            return false;
        }
    }
    if (command_line->seal_input != NULL && optind < argc) {
        command_line->seal_output = argv[optind++];
    }
    if (command_line->seal_input != NULL && command_line->seal_output == NULL) {
        fprintf(stderr, "lethe: --seal-keys: expected IN OUT\n");
        return false;
    }
    if (optind < argc) {
        fprintf(stderr, "lethe: unexpected argument '%s'\n", argv[optind]);
        return false;
    }
    command_line->tool = chosen_tool(command_line, hash_key);
    return true;
}

/* --hash-key: one line on stdin (the key; a trailing newline is not part of it) becomes
 * the salted hash the config holds. The key is wiped from memory afterwards. */
static enum exit_status print_key_hash(void)
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
        return EXIT_STATUS_FAILURE;
    }
    printf("%s\n", hash);
    return EXIT_STATUS_OK;
}

static enum exit_status seal_keys(const char *input, const char *output)
{
    char seal_error[256];
    if (!sealed_keys_write(input, output, seal_error, sizeof seal_error)) {
        fprintf(stderr, "lethe: %s\n", seal_error);
        return EXIT_STATUS_FAILURE;
    }
    printf("sealed %s into %s\n", input, output);
    return EXIT_STATUS_OK;
}

enum exit_status command_line_run_tool(const struct command_line *command_line)
{
    switch (command_line->tool) {
    case TOOL_HASH_KEY:
        return print_key_hash();
    case TOOL_AUDIT_VERIFY:
        return audit_verify(command_line->audit_verify, stdout) ? EXIT_STATUS_OK : EXIT_STATUS_FAILURE;
    case TOOL_SEAL_KEYS:
        return seal_keys(command_line->seal_input, command_line->seal_output);
    case TOOL_NONE:
        break;
    }
    return EXIT_STATUS_USAGE;
}

/* --demo: the config of lethe-mock on its port; under --check nothing is started and the
 * port is a placeholder. */
static bool load_demo_config(const struct command_line *command_line, struct config *config,
                             pid_t *demo_provider, char *error)
{
    if (command_line->check) {
        return config_load_demo(config, 1, error);
    }
    int port = 0;
    *demo_provider = demo_provider_start(&port);
    if (*demo_provider < 0) {
        snprintf(error, CONFIG_ERROR_SIZE, "--demo: cannot start lethe-mock next to this binary");
        return false;
    }
    return config_load_demo(config, port, error);
}

bool command_line_load_config(const struct command_line *command_line, struct config *config,
                              pid_t *demo_provider, char *error)
{
    *demo_provider = -1;
    bool loaded;
    if (command_line->demo) {
        loaded = load_demo_config(command_line, config, demo_provider, error);
    } else if (command_line->config_path != NULL) {
        loaded = config_load_file(config, command_line->config_path, error);
    } else {
        loaded = config_load_default(config, error);
    }
    if (loaded && command_line->listen != NULL) {
        loaded = config_set_listen(config, command_line->listen, error);
    }
    if (loaded) {
        loaded = config_check_exposure(config, error);
    }
    if (loaded && command_line->workers > 0) {
        config->workers = command_line->workers;
    }
    return loaded;
}

void command_line_print_check(const struct config *config, FILE *out)
{
    config_describe(config, out);
    fprintf(out, "config OK\n");
}

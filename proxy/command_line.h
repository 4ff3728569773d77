/* command_line.h — the flags lethe takes, and what they mean before anything serves.
 *
 * command_line_parse reads argv (printing the help or the version and exiting there);
 * command_line_run_tool runs the commands that finish without serving (--hash-key,
 * --seal-keys, --audit-verify); command_line_load_config builds the config the flags
 * name (-c, --demo, the default), with -l and -w applied; command_line_print_check is
 * --check's printout. Exit codes: enum exit_status (proxy/process.h). */
#ifndef LETHE_COMMAND_LINE_H
#define LETHE_COMMAND_LINE_H

#include <stdbool.h>
#include <stdio.h>
#include <sys/types.h>

#include "proxy/config.h"
#include "proxy/process.h"

/* A command that finishes without serving. */
enum command_line_tool {
    TOOL_NONE,
    TOOL_HASH_KEY,                /* --hash-key */
    TOOL_AUDIT_VERIFY,            /* --audit-verify FILE */
    TOOL_SEAL_KEYS,               /* --seal-keys IN OUT */
};

struct command_line {
    const char *config_path;      /* -c FILE; NULL: the default config */
    const char *listen;           /* -l HOST:PORT; NULL: the config's */
    int workers;                  /* -w N; 0: the config's */
    bool check;                   /* --check */
    bool demo;                    /* --demo */
    enum command_line_tool tool;
    const char *seal_input;       /* --seal-keys IN OUT */
    const char *seal_output;
    const char *audit_verify;     /* --audit-verify FILE */
};

/* False (after a line on stderr) for bad arguments: exit with EXIT_STATUS_USAGE. -h and
 * --version print and exit 0 from here. */
bool command_line_parse(int argc, char **argv, struct command_line *command_line);

/* Runs command_line->tool (not TOOL_NONE) and returns the exit status. */
enum exit_status command_line_run_tool(const struct command_line *command_line);

/* The config the flags name, checked for exposure. Under --demo (without --check) this
 * starts lethe-mock first: *demo_provider gets its pid, for demo_provider_stop, and is
 * -1 otherwise. False with a one-line error in `error` (CONFIG_ERROR_SIZE bytes); the
 * demo provider, if any, is still running then. */
bool command_line_load_config(const struct command_line *command_line, struct config *config,
                              pid_t *demo_provider, char *error);

/* --check: what the config holds, then "config OK". */
void command_line_print_check(const struct config *config, FILE *out);

#endif

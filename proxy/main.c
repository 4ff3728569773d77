/* lethe: main() reads the command line and the config, then serves as a single process or
 * as a master of workers (proxy/supervisor.h), and exits with its status. What each step
 * does is in proxy/command_line.h, proxy/process.h, proxy/worker.h. */
#include <curl/curl.h>
#include <malloc.h>
#include <stdio.h>

#include "proxy/command_line.h"
#include "proxy/demo_provider.h"
#include "proxy/process.h"
#include "proxy/supervisor.h"
#include "proxy/worker.h"
#include "scrub/scrub.h"
#include "transforms/foundation/arena.h"

int main(int argc, char **argv)
{
    struct command_line command_line = { .workers = 0 };
    if (!command_line_parse(argc, argv, &command_line)) {
        return EXIT_STATUS_USAGE;
    }
    struct descriptor_limit descriptors = apply_process_settings();
    if (command_line.tool != TOOL_NONE) {
        return command_line_run_tool(&command_line);
    }
    struct config config;
    config_init(&config);
    char error[CONFIG_ERROR_SIZE];
    pid_t demo_provider = -1;
    /* The patterns compile before anything listens: a bad custom pattern stops start-up. */
    struct scrubber scrubber;
    if (!command_line_load_config(&command_line, &config, &demo_provider, error)
        || (config.scrub.enabled && !scrubber_init(&scrubber, &config.scrub, error, sizeof error))) {
        fprintf(stderr, "lethe: %s\n", error);
        config_release(&config);
        demo_provider_stop(demo_provider);
        return EXIT_STATUS_FAILURE;
    }
    struct scrubber *scrubber_in_use = config.scrub.enabled ? &scrubber : NULL;
    /* Compiling the patterns used several MB that are free now: give them back, or the
     * trim threshold set for the request path keeps them for the life of the process. */
    malloc_trim(0);
    enum exit_status status = EXIT_STATUS_OK;
    struct process_state process;
    if (command_line.check) {
        command_line_print_check(&config, stdout);
    } else {
        curl_global_init(CURL_GLOBAL_DEFAULT);
        if (process_state_open(&process, &config, scrubber_in_use, command_line.config_path, error, sizeof error)) {
            process.descriptors = descriptors;
            status = config.workers > 1 ? supervisor_run(&process, config.workers)
                                        : worker_run(&process, WORKER_ALONE);
            process_state_close(&process);
        } else {
            fprintf(stderr, "lethe: %s\n", error);
            status = EXIT_STATUS_FAILURE;
        }
        curl_global_cleanup();
    }
    if (scrubber_in_use != NULL) {
        scrubber_release(scrubber_in_use);
    }
    config_release(&config);
    arena_cache_release();
    demo_provider_stop(demo_provider);
    return status;
}

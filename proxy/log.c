#include "proxy/log.h"

#include <stdarg.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "transforms/foundation/text.h"

static void log_line(const char *level, const char *format, va_list args) __attribute__((format(printf, 2, 0)));

static void log_line(const char *level, const char *format, va_list args)
{
    char stamp[32];
    time_t now = time(NULL);
    struct tm utc;
    gmtime_r(&now, &utc);
    strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &utc);
    char line[1024];
    int len = snprintf(line, sizeof line, "%s lethe[%d] %s: ", stamp, (int)getpid(), level);
    if (len < 0 || (size_t)len >= sizeof line) {
        return;
    }
    int rest = vsnprintf(line + len, sizeof line - (size_t)len, format, args);
    if (rest < 0) {
        return;
    }
    size_t total = (size_t)len + (size_t)rest;
    if (total >= sizeof line - 1) {
        total = sizeof line - 2;
    }
    /* One line stays one line: a control byte in a message (a peer's words, such as a Redis
     * error text) could otherwise start a forged line or drive a terminal. */
    text_mask_controls(line + len, total - (size_t)len);
    line[total++] = '\n';
    /* One write per line, so lines from several workers do not interleave. */
    ssize_t written = write(STDERR_FILENO, line, total);
    (void)written;
}

void log_info(const char *format, ...)
{
    va_list args;
    va_start(args, format);
    log_line("info", format, args);
    va_end(args);
}

void log_error(const char *format, ...)
{
    va_list args;
    va_start(args, format);
    log_line("error", format, args);
    va_end(args);
}

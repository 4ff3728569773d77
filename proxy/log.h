/* log.h — the gateway's own log lines, to stderr.
 *
 * Metadata only, by construction: callers pass names, numbers and statuses. Nothing that
 * came from a client body, a client header or a provider's answer is ever given here. */
#ifndef LETHE_LOG_H
#define LETHE_LOG_H

void log_info(const char *format, ...) __attribute__((format(printf, 1, 2)));
void log_error(const char *format, ...) __attribute__((format(printf, 1, 2)));

#endif

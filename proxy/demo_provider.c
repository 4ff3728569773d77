/* demo_provider.c — see demo_provider.h. */
#include "proxy/demo_provider.h"

#include <errno.h>
#include <limits.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

enum { DEMO_START_TIMEOUT_MS = 5000, DEMO_POLL_MS = 20 };

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
    for (int waited = 0; waited < timeout_ms; waited += DEMO_POLL_MS) {
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        struct sockaddr_in address = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port),
                                       .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
        int connected = connect(fd, (struct sockaddr *)&address, sizeof address);
        close(fd);
        if (connected == 0) {
            return true;
        }
        usleep(DEMO_POLL_MS * 1000);
    }
    return false;
}

/* lethe-mock's path: the directory of this binary. False if /proc/self/exe cannot say. */
static bool mock_path(char *path, size_t size)
{
    ssize_t len = readlink("/proc/self/exe", path, size - 32);
    if (len <= 0) {
        return false;
    }
    path[len] = '\0';
    char *slash = strrchr(path, '/');
    strcpy(slash + 1, "lethe-mock");
    return true;
}

pid_t demo_provider_start(int *port)
{
    char self[PATH_MAX];
    if (!mock_path(self, sizeof self)) {
        return -1;
    }
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
    if (child < 0 || !wait_until_listening(*port, DEMO_START_TIMEOUT_MS)) {
        demo_provider_stop(child);
        return -1;
    }
    return child;
}

void demo_provider_stop(pid_t demo_provider)
{
    if (demo_provider > 0) {
        kill(demo_provider, SIGTERM);
        waitpid(demo_provider, NULL, 0);
    }
}

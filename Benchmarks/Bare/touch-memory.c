/* The machine's own cost of new memory: allocates MB megabytes and writes one byte in every 4 KiB
 * page, so that the time is the kernel's (and, in a virtual machine, the host's) page faults and
 * nothing else. Prints the time and the rate. Not used by the suite; docs/benchmarks.md uses it to
 * show that on this virtual machine 1.5 GB of new memory costs, at random, up to five times as much
 * per page as 150 MB (the host backs freed pages again), which weighs on every stage at 1M.
 *
 *   touch-memory MB
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int main(int argc, char **argv) {
    if (argc != 2 || atol(argv[1]) <= 0) {
        fprintf(stderr, "usage: touch-memory MB\n");
        return 64;
    }
    size_t bytes = (size_t)atol(argv[1]) << 20;
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    volatile char *memory = malloc(bytes);
    if (!memory) {
        fprintf(stderr, "touch-memory: cannot allocate %s MB\n", argv[1]);
        return 1;
    }
    for (size_t i = 0; i < bytes; i += 4096) memory[i] = 1;
    clock_gettime(CLOCK_MONOTONIC, &end);
    double seconds = (end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9;
    printf("%s MB: %.3f s, %.2f GB/s\n", argv[1], seconds, bytes / 1e9 / seconds);
    return 0;
}

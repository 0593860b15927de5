// The two renames that Swift's Glibc module does not declare (renameat2 needs _GNU_SOURCE).
#define _GNU_SOURCE
#include "system_calls.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>

#if defined(__linux__)
#include <sys/syscall.h>
#include <unistd.h>

#ifndef RENAME_NOREPLACE
#define RENAME_NOREPLACE (1 << 0)
#endif
#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif

static int renameat2_call(const char *from, const char *to, unsigned int flags) {
    // The system call itself: glibc before 2.28 has no wrapper.
    return (int)syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, flags);
}

int lm_exchange_paths(const char *first, const char *second) {
    return renameat2_call(first, second, RENAME_EXCHANGE);
}

int lm_rename_no_replace(const char *from, const char *to) {
    return renameat2_call(from, to, RENAME_NOREPLACE);
}
#elif defined(__APPLE__)
int lm_exchange_paths(const char *first, const char *second) {
    return renamex_np(first, second, RENAME_SWAP);
}

int lm_rename_no_replace(const char *from, const char *to) {
    return renamex_np(from, to, RENAME_EXCL);
}
#else
int lm_exchange_paths(const char *first, const char *second) {
    (void)first; (void)second;
    errno = ENOSYS;
    return -1;
}

int lm_rename_no_replace(const char *from, const char *to) {
    (void)from; (void)to;
    errno = ENOSYS;
    return -1;
}
#endif

#ifndef LABOUR_MONITOR_SYSTEM_CALLS_H
#define LABOUR_MONITOR_SYSTEM_CALLS_H

/// Swaps two paths in one atomic step (Linux renameat2 RENAME_EXCHANGE, macOS renamex_np
/// RENAME_SWAP): 0, or -1 with errno set.
int lm_exchange_paths(const char *first, const char *second);

/// Renames `from` to `to` only when nothing stands at `to` (RENAME_NOREPLACE, RENAME_EXCL):
/// 0, or -1 with errno set (EEXIST when something does).
int lm_rename_no_replace(const char *from, const char *to);

#endif

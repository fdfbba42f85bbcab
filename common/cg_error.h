/*
 * cg_error.h - how every citegraph stage reports a failure.
 *
 * Shared by every stage (it depends on nothing else). A function that can
 * fail returns 0 on success or a positive errno-style code (EINVAL, EIO,
 * ENOENT, ERANGE, ...) and, when the caller passed a non-NULL cg_error,
 * fills it with the same code and a one-line message that names what failed
 * (never the program name: the CLI adds "citegraph: FILE: " itself).
 * Nothing below the CLI prints to stdout or stderr.
 *
 * Memory: every stage allocates through GLib, which aborts when memory runs
 * out, so no function returns ENOMEM for its own allocations and no caller
 * checks them. ENOMEM means a library that allocates on its own could not
 * (PCRE2's match data and contexts).
 */
#ifndef CG_ERROR_H
#define CG_ERROR_H

#include <stddef.h>

#define CG_ERROR_MSG_MAX 512

typedef struct cg_error {
    int code;                   /* errno-style code; 0 = no error */
    char msg[CG_ERROR_MSG_MAX]; /* NUL-terminated, one line, no newline */
} cg_error;

/* Sets e (when not NULL) and returns code, so callers can write
 * `return cg_error_set(err, EINVAL, "bad %s", what);`. */
int cg_error_set(cg_error *e, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Clears e (when not NULL). */
void cg_error_clear(cg_error *e);

#endif

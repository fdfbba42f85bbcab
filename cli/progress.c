/*
 * progress.c - one self-overwriting line on a terminal while a corpus is
 * read; nothing when stderr is a file or a pipe.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

struct cg_progress {
    size_t total, done, bytes;
    double start, last;
    int shown;
};

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

cg_progress *cg_progress_start(size_t total, int quiet)
{
    if (quiet || !isatty(STDERR_FILENO))
        return NULL;
    cg_progress *p = calloc(1, sizeof *p);
    if (p) {
        p->total = total;
        p->start = p->last = now();
    }
    return p;
}

void cg_progress_step(cg_progress *p, size_t bytes)
{
    if (!p)
        return;
    p->done++;
    p->bytes += bytes;
    double t = now();
    /* Quiet for the first second, then at most five updates a second. */
    if (t - p->start < 1.0 || (t - p->last < 0.2 && p->done < p->total))
        return;
    p->last = t;
    double el = t - p->start, mbs = (double)p->bytes / 1e6 / (el > 0 ? el : 1);
    double eta = p->done ? el * (double)(p->total - p->done) / (double)p->done : 0;
    fprintf(stderr, "\rcitegraph: %zu/%zu files, %.1f MB/s, %.0f s left   ", p->done, p->total, mbs,
            eta);
    p->shown = 1;
}

void cg_progress_end(cg_progress *p)
{
    if (!p)
        return;
    if (p->shown)
        fputs("\r\033[K", stderr);
    free(p);
}

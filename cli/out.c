/*
 * out.c - outputs written atomically: a temporary file in the target folder,
 * renamed over the target on success. An error, SIGINT or SIGTERM removes
 * the temporary file and leaves any previous output as it was.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

struct cg_out {
    char *path;
    char *tmp;       /* NULL when writing directly (stdout, a device) */
    FILE *f;
    int direct;      /* writing to a device or FIFO: no rename over it */
};

/* The one temporary file in flight, for the signal handler. Outputs are
 * written one at a time, so one slot is enough. */
static volatile sig_atomic_t have_tmp;
static char tmp_path[4096];

static void on_signal(int sig)
{
    if (have_tmp)
        unlink(tmp_path);
    signal(sig, SIG_DFL);
    raise(sig);
}

static void install_handlers(void)
{
    static int done;
    if (done)
        return;
    done = 1;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
    for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++) {
        /* A signal ignored on entry (nohup, a background job) stays so. */
        struct sigaction old;
        if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
            continue;
        sigaction(sigs[i], &sa, NULL);
    }
}

cg_out *cg_out_open(const char *path)
{
    cg_out *o = calloc(1, sizeof *o);
    if (!o)
        return NULL;
    if (!strcmp(path, "-")) {
        o->f = stdout;
        return o;
    }
    /* A device or a FIFO (-o /dev/null, -o /dev/stdout) is written as it
     * is: renaming a file over it would replace the device itself. */
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        if (S_ISDIR(st.st_mode)) {
            cg_msg("%s: is a folder", path);
            free(o);
            return NULL;
        }
        o->f = fopen(path, "w");
        if (!o->f) {
            cg_msg("%s: %s", path, strerror(errno));
            free(o);
            return NULL;
        }
        o->direct = 1;
        return o;
    }
    install_handlers();
    o->path = strdup(path);
    const char *slash = strrchr(path, '/');
    size_t dirlen = slash ? (size_t)(slash - path) + 1 : 0;
    size_t need = dirlen + strlen(slash ? slash + 1 : path) + 32;
    o->tmp = malloc(need);
    if (!o->path || !o->tmp || need > sizeof tmp_path) {
        cg_msg("%s: path too long or out of memory", path);
        goto fail;
    }
    snprintf(o->tmp, need, "%.*s.%s.tmp.XXXXXX", (int)dirlen, path,
             slash ? slash + 1 : path);
    int fd = mkstemp(o->tmp);
    if (fd < 0) {
        cg_msg("%s: cannot create a file there: %s", path, strerror(errno));
        goto fail;
    }
    /* Regular permissions (mkstemp makes 0600). */
    mode_t um = umask(0);
    umask(um);
    fchmod(fd, 0666 & ~um);
    memcpy(tmp_path, o->tmp, strlen(o->tmp) + 1);
    have_tmp = 1;
    o->f = fdopen(fd, "w");
    if (!o->f) {
        close(fd);
        cg_out_abort(o);
        return NULL;
    }
    return o;
fail:
    free(o->path);
    free(o->tmp);
    free(o);
    return NULL;
}

FILE *cg_out_file(cg_out *o)
{
    return o->f;
}

int cg_out_commit(cg_out *o)
{
    int rc = CG_EXIT_OK;
    if (!o->tmp) {
        if (fflush(o->f) != 0 || ferror(o->f)) {
            cg_msg("%s: write error: %s", o->direct ? "output" : "-", strerror(errno));
            rc = CG_EXIT_OUTPUT;
        }
        if (o->direct && fclose(o->f) != 0)
            rc = CG_EXIT_OUTPUT;
        free(o);
        return rc;
    }
    int bad = ferror(o->f) != 0;
    if (fflush(o->f) != 0 || fsync(fileno(o->f)) != 0)
        bad = 1;
    int e = errno;
    if (fclose(o->f) != 0)
        bad = 1;
    o->f = NULL;
    if (bad) {
        cg_msg("%s: write error: %s", o->path, strerror(e));
        rc = CG_EXIT_OUTPUT;
    } else if (rename(o->tmp, o->path) != 0) {
        cg_msg("%s: cannot replace: %s", o->path, strerror(errno));
        rc = CG_EXIT_OUTPUT;
    }
    if (rc)
        unlink(o->tmp);
    have_tmp = 0;
    free(o->path);
    free(o->tmp);
    free(o);
    return rc;
}

void cg_out_abort(cg_out *o)
{
    if (!o)
        return;
    if (o->direct)
        fclose(o->f);
    if (o->tmp) {
        if (o->f)
            fclose(o->f);
        unlink(o->tmp);
        have_tmp = 0;
    }
    free(o->path);
    free(o->tmp);
    free(o);
}

int cg_out_write_all(const char *path, const char *data, size_t len)
{
    cg_out *o = cg_out_open(path);
    if (!o)
        return CG_EXIT_OUTPUT;
    if (fwrite(data, 1, len, cg_out_file(o)) != len) {
        cg_msg("%s: write error: %s", path, strerror(errno));
        cg_out_abort(o);
        return CG_EXIT_OUTPUT;
    }
    return cg_out_commit(o);
}

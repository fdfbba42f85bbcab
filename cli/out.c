/*
 * out.c - outputs written atomically: a temporary file in the target folder,
 * renamed over the target on success. An error, SIGINT or SIGTERM removes
 * the temporary file and leaves any previous output as it was.
 */
#include <dirent.h>
#include <glib.h>
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
    char *tmp; /* NULL when writing directly (stdout, a device) */
    FILE *f;
    int direct; /* writing to a device or FIFO: no rename over it */
    int slot;   /* index in tmp_path when tmp is set */
};

/* The temporary files in flight, for the signal handler: at most two at
 * once (a CSV graph's nodes and edges are committed together). */
#define CG_OUT_SLOTS 2
static volatile sig_atomic_t have_tmp[CG_OUT_SLOTS];
static char tmp_path[CG_OUT_SLOTS][4096];

static void on_signal(int sig)
{
    for (int i = 0; i < CG_OUT_SLOTS; i++)
        if (have_tmp[i])
            unlink(tmp_path[i]);
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

/* Removes .NAME.tmp.PID.XXXXXX files beside the target whose process is
 * gone: what a run killed by SIGKILL (or a crash) left. Files of live
 * processes, and names of another shape, are left alone. */
static void remove_orphans(const char *path, int dirlen, const char *base)
{
    char *dir = dirlen ? g_strndup(path, (size_t)dirlen) : g_strdup(".");
    char *prefix = g_strdup_printf(".%s.tmp.", base);
    size_t pl = strlen(prefix);
    DIR *d = opendir(dir);
    struct dirent *e;
    while (d && (e = readdir(d))) {
        if (strncmp(e->d_name, prefix, pl) != 0)
            continue;
        char *end;
        long pid = strtol(e->d_name + pl, &end, 10);
        if (end == e->d_name + pl || *end != '.' || pid <= 0 || strlen(end) != 7)
            continue;
        if (kill((pid_t)pid, 0) == 0 || errno != ESRCH)
            continue; /* alive, or not ours to judge */
        char *p = g_strdup_printf("%s/%s", dir, e->d_name);
        unlink(p);
        g_free(p);
    }
    if (d)
        closedir(d);
    g_free(dir);
    g_free(prefix);
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
        o->path = strdup(path); /* for messages */
        return o;
    }
    install_handlers();
    o->path = strdup(path);
    const char *slash = strrchr(path, '/');
    size_t dirlen = slash ? (size_t)(slash - path) + 1 : 0;
    size_t need = dirlen + strlen(slash ? slash + 1 : path) + 48;
    o->tmp = malloc(need);
    o->slot = have_tmp[0] ? 1 : 0;
    if (have_tmp[o->slot]) {
        cg_msg("%s: too many outputs open at once", path);
        goto fail;
    }
    if (!o->path || !o->tmp || need > sizeof tmp_path[0]) {
        cg_msg("%s: path too long or out of memory", path);
        goto fail;
    }
    remove_orphans(dirlen ? path : ".", (int)dirlen, slash ? slash + 1 : path);
    /* The temporary name carries our process id, so that a later run can
     * tell the leftover of a killed one (SIGKILL cannot be caught). */
    snprintf(o->tmp, need, "%.*s.%s.tmp.%ld.XXXXXX", (int)dirlen, path, slash ? slash + 1 : path,
             (long)getpid());
    int fd = mkstemp(o->tmp);
    if (fd < 0) {
        cg_msg("%s: cannot create a file there: %s", path, strerror(errno));
        goto fail;
    }
    /* Regular permissions (mkstemp makes 0600). */
    mode_t um = umask(0);
    umask(um);
    fchmod(fd, 0666 & ~um);
    memcpy(tmp_path[o->slot], o->tmp, strlen(o->tmp) + 1);
    have_tmp[o->slot] = 1;
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

int cg_out_is_special(const char *path)
{
    struct stat st;
    return !strcmp(path, "-") || (stat(path, &st) == 0 && !S_ISREG(st.st_mode));
}

FILE *cg_out_file(cg_out *o)
{
    return o->f;
}

/* Flushes, syncs and closes a temporary file; CG_EXIT_OUTPUT (said) when
 * any of it failed. */
static int finish_tmp(cg_out *o)
{
    int bad = ferror(o->f) != 0;
    errno = 0;
    if (fflush(o->f) != 0 || fsync(fileno(o->f)) != 0)
        bad = 1;
    int e = errno;
    if (fclose(o->f) != 0 && !bad) {
        bad = 1;
        e = errno;
    }
    o->f = NULL;
    if (!bad)
        return CG_EXIT_OK;
    cg_msg("%s: write error: %s", o->path, e ? strerror(e) : "output lost");
    return CG_EXIT_OUTPUT;
}

/* Frees o; the temporary file is removed unless it was renamed (rc 0). */
static void release(cg_out *o, int rc)
{
    if (rc)
        unlink(o->tmp);
    have_tmp[o->slot] = 0;
    free(o->path);
    free(o->tmp);
    free(o);
}

int cg_out_commit(cg_out *o)
{
    int rc = CG_EXIT_OK;
    if (!o->tmp) {
        errno = 0;
        int bad = fflush(o->f) != 0 || ferror(o->f);
        int e = errno;
        if (o->direct && fclose(o->f) != 0 && !bad) {
            bad = 1;
            e = errno;
        }
        if (bad) {
            /* Standard output's failure is said once, with its reason, when
             * the command ends (main.c). */
            if (o->direct)
                cg_msg("%s: write error: %s", o->path, e ? strerror(e) : "output lost");
            rc = CG_EXIT_OUTPUT;
        }
        free(o->path);
        free(o);
        return rc;
    }
    rc = finish_tmp(o);
    if (!rc && rename(o->tmp, o->path) != 0) {
        cg_msg("%s: cannot replace: %s", o->path, strerror(errno));
        rc = CG_EXIT_OUTPUT;
    }
    release(o, rc);
    return rc;
}

int cg_out_commit_pair(cg_out *a, cg_out *b)
{
    if (!a->tmp || !b->tmp) { /* callers refuse devices and stdout first */
        int ra = cg_out_commit(a), rb = cg_out_commit(b);
        return ra ? ra : rb;
    }
    int rc = finish_tmp(a);
    int rb = finish_tmp(b);
    if (!rc)
        rc = rb;
    /* Both complete on disk before either replaces its target. */
    if (!rc && rename(b->tmp, b->path) != 0) {
        cg_msg("%s: cannot replace: %s", b->path, strerror(errno));
        rc = CG_EXIT_OUTPUT;
    }
    if (!rc && rename(a->tmp, a->path) != 0) {
        cg_msg("%s: cannot replace: %s", a->path, strerror(errno));
        rc = CG_EXIT_OUTPUT;
    }
    release(a, rc);
    release(b, rc);
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
        have_tmp[o->slot] = 0;
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

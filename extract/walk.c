/*
 * walk.c - a corpus as a sorted list of files.
 *
 * Symbolic links are followed only while they stay inside the folders named
 * on the command line (compared after resolving both): a link to a private
 * file or to ../.. would otherwise put text from outside the corpus into
 * reports. --follow-links lifts that. What is skipped is counted and said
 * once; a link to a device, FIFO or socket is named, never opened.
 */
#include <dirent.h>
#include <errno.h>
#include <glib.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "extract.h"

/* Deeper than this is not a corpus (and would exhaust the stack). */
#define CG_WALK_MAX_DEPTH 256

struct cg_walk {
    GPtrArray *files;    /* char * (in names) */
    GPtrArray *rels;     /* char *: files[i] relative to its root (in names) */
    GStringChunk *names; /* the two names of every file, packed: a file costs
                             its bytes, not two allocations */
    GPtrArray *problems; /* char * */
    GHashTable *seen;    /* "dev:ino" of folders entered (symlink loops) */
    GPtrArray *roots;    /* char *: resolved folders named on the command line */
    int follow_links;
    size_t outside;      /* links not followed: they leave the roots */
    char *first_outside; /* the first of them */
};

static int wanted(const char *name)
{
    size_t l = strlen(name);
    return (l > 4 && (!g_ascii_strcasecmp(name + l - 4, ".txt") ||
                      !g_ascii_strcasecmp(name + l - 4, ".pdf")));
}

static gint cmp_str(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static const char *type_name(mode_t m)
{
    return S_ISFIFO(m)   ? "a FIFO"
           : S_ISSOCK(m) ? "a socket"
           : S_ISCHR(m)  ? "a character device"
           : S_ISBLK(m)  ? "a block device"
                         : "not a regular file";
}

/* 1 when the resolved path lies in one of the roots. */
static int inside_roots(const cg_walk *w, const char *real)
{
    for (guint i = 0; i < w->roots->len; i++) {
        const char *r = g_ptr_array_index(w->roots, i);
        size_t n = strlen(r);
        if (!strncmp(real, r, n) && (real[n] == '/' || real[n] == '\0' || !strcmp(r, "/")))
            return 1;
    }
    return 0;
}

/* A link inside a walked folder: 1 when it may be followed. */
static int link_allowed(cg_walk *w, const char *p)
{
    if (w->follow_links)
        return 1;
    char *real = realpath(p, NULL);
    if (!real)
        return 1; /* dangling: stat() reports it below */
    int ok = inside_roots(w, real);
    free(real);
    if (!ok) {
        if (!w->outside++)
            w->first_outside = g_strdup(p);
    }
    return ok;
}

static void walk_dir(cg_walk *w, const char *dir, const char *rel, int depth)
{
    struct stat st;
    if (stat(dir, &st) != 0) {
        g_ptr_array_add(w->problems, g_strdup_printf("%s: %s", dir, strerror(errno)));
        return;
    }
    if (depth > CG_WALK_MAX_DEPTH) {
        g_ptr_array_add(w->problems,
                        g_strdup_printf("%s: folders nested more than %d deep; skipped", dir,
                                        CG_WALK_MAX_DEPTH));
        return;
    }
    char *key = g_strdup_printf("%lu:%lu", (unsigned long)st.st_dev, (unsigned long)st.st_ino);
    if (g_hash_table_contains(w->seen, key)) {
        g_ptr_array_add(w->problems,
                        g_strdup_printf("%s: folder already visited (symlink loop); skipped", dir));
        g_free(key);
        return;
    }
    g_hash_table_add(w->seen, key);
    DIR *d = opendir(dir);
    if (!d) {
        g_ptr_array_add(w->problems, g_strdup_printf("%s: %s", dir, strerror(errno)));
        return;
    }
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    struct dirent *e;
    while ((e = readdir(d)))
        if (e->d_name[0] != '.')
            g_ptr_array_add(names, g_strdup(e->d_name));
    closedir(d);
    g_ptr_array_sort(names, cmp_str);
    for (guint i = 0; i < names->len; i++) {
        const char *n = g_ptr_array_index(names, i);
        char *p = g_build_filename(dir, n, NULL);
        char *r = *rel ? g_build_filename(rel, n, NULL) : g_strdup(n);
        struct stat lst;
        /* Not a link: lstat's answer is stat's (one system call a file). */
        int lok = lstat(p, &lst) == 0;
        int is_link = lok && S_ISLNK(lst.st_mode);
        if (is_link && !link_allowed(w, p)) {
            /* counted; said once after the walk */
        } else if (lok && !is_link ? (st = lst, 0) : stat(p, &st) != 0) {
            g_ptr_array_add(w->problems, g_strdup_printf("%s: %s", p, strerror(errno)));
        } else if (S_ISDIR(st.st_mode)) {
            walk_dir(w, p, r, depth + 1);
        } else if (S_ISREG(st.st_mode) && wanted(n)) {
            g_ptr_array_add(w->files, g_string_chunk_insert(w->names, p));
            g_ptr_array_add(w->rels, g_string_chunk_insert(w->names, r));
        } else if (!S_ISREG(st.st_mode) && (is_link || wanted(n))) {
            /* A document name on a device or FIFO, or a link to one: never
             * opened (reading a FIFO blocks, a device never ends). */
            g_ptr_array_add(w->problems,
                            g_strdup_printf("%s: %s, not read; skipped", p, type_name(st.st_mode)));
        }
        /* else README.md, manifests, other files: not documents */
        g_free(p);
        g_free(r);
    }
    g_ptr_array_unref(names);
}

int cg_walk_paths_opt(const char *const *paths, size_t npaths, int follow_links, cg_walk **out,
                      cg_error *err)
{
    (void)err;
    cg_walk *w = g_new0(cg_walk, 1);
    w->files = g_ptr_array_new();
    w->rels = g_ptr_array_new();
    w->names = g_string_chunk_new(64 * 1024);
    w->problems = g_ptr_array_new_with_free_func(g_free);
    w->roots = g_ptr_array_new_with_free_func(free);
    w->seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    w->follow_links = follow_links;
    /* The roots first: a link from one named folder into another stays in. */
    for (size_t i = 0; i < npaths; i++) {
        struct stat st;
        char *real;
        if (stat(paths[i], &st) == 0 && S_ISDIR(st.st_mode) && (real = realpath(paths[i], NULL)))
            g_ptr_array_add(w->roots, real);
    }
    for (size_t i = 0; i < npaths; i++) {
        struct stat st;
        if (stat(paths[i], &st) != 0)
            g_ptr_array_add(w->problems, g_strdup_printf("%s: %s", paths[i], strerror(errno)));
        else if (S_ISDIR(st.st_mode)) {
            /* Sort within each named folder; named paths keep their order. */
            walk_dir(w, paths[i], "", 0);
        } else {
            /* Named: any name, followed wherever it points (the user chose
             * it); its id is the path as given (a base name alone would make
             * a/note.txt and b/note.txt one document). A FIFO or device is
             * refused when read, without blocking. */
            const char *r = paths[i];
            while (r[0] == '.' && r[1] == '/')
                r += 2;
            g_ptr_array_add(w->files, g_string_chunk_insert(w->names, paths[i]));
            g_ptr_array_add(w->rels, g_string_chunk_insert(w->names, r));
        }
    }
    if (w->outside)
        g_ptr_array_add(w->problems,
                        g_strdup_printf("%s: symbolic link leaving the folders given; "
                                        "%zu such link(s) not followed (--follow-links "
                                        "follows them)",
                                        w->first_outside, w->outside));
    *out = w;
    return 0;
}

int cg_walk_paths(const char *const *paths, size_t npaths, cg_walk **out, cg_error *err)
{
    return cg_walk_paths_opt(paths, npaths, 0, out, err);
}

void cg_walk_free(cg_walk *w)
{
    if (!w)
        return;
    g_ptr_array_unref(w->files);
    g_ptr_array_unref(w->rels);
    g_string_chunk_free(w->names);
    g_ptr_array_unref(w->problems);
    g_ptr_array_unref(w->roots);
    g_hash_table_destroy(w->seen);
    g_free(w->first_outside);
    g_free(w);
}

size_t cg_walk_count(const cg_walk *w)
{
    return w->files->len;
}
const char *cg_walk_file(const cg_walk *w, size_t i)
{
    return g_ptr_array_index(w->files, i);
}
const char *cg_walk_rel(const cg_walk *w, size_t i)
{
    return g_ptr_array_index(w->rels, i);
}
size_t cg_walk_problem_count(const cg_walk *w)
{
    return w->problems->len;
}
const char *cg_walk_problem(const cg_walk *w, size_t i)
{
    return g_ptr_array_index(w->problems, i);
}
size_t cg_walk_links_skipped(const cg_walk *w)
{
    return w->outside;
}

/* "file:" + the name with every byte that is not printable UTF-8, '%' and
 * '\' percent-encoded: two names that differ in any byte get different ids
 * (a\xff.txt and a\xfe.txt no longer both repair to a\uFFFD.txt), and no
 * id carries a backslash or a control character that Graphviz, a terminal
 * or an export would interpret. */
char *cg_file_id(const char *name)
{
    GString *g = g_string_new("file:");
    const char *p = name;
    while (*p) {
        const char *end;
        gunichar c = g_utf8_get_char_validated(p, -1);
        if (c == (gunichar)-1 || c == (gunichar)-2 || c < 0x20 || (c >= 0x7f && c < 0xa0) ||
            c == '%' || c == '\\') {
            g_string_append_printf(g, "%%%02X", (unsigned char)*p);
            p++;
            continue;
        }
        end = g_utf8_next_char(p);
        g_string_append_len(g, p, end - p);
        p = end;
    }
    return g_string_free(g, FALSE);
}

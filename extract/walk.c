/*
 * walk.c - a corpus as a sorted list of files.
 */
#include <dirent.h>
#include <errno.h>
#include <glib.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "extract.h"

struct cg_walk {
    GPtrArray *files;     /* char * */
    GPtrArray *problems;  /* char * */
    GHashTable *seen;     /* "dev:ino" of folders entered (symlink loops) */
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

static void walk_dir(cg_walk *w, const char *dir, int depth)
{
    struct stat st;
    if (stat(dir, &st) != 0) {
        g_ptr_array_add(w->problems, g_strdup_printf("%s: %s", dir, strerror(errno)));
        return;
    }
    char *key = g_strdup_printf("%lu:%lu", (unsigned long)st.st_dev,
                                (unsigned long)st.st_ino);
    if (g_hash_table_contains(w->seen, key) || depth > 64) {
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
        if (stat(p, &st) != 0) {
            g_ptr_array_add(w->problems, g_strdup_printf("%s: %s", p, strerror(errno)));
            g_free(p);
        } else if (S_ISDIR(st.st_mode)) {
            walk_dir(w, p, depth + 1);
            g_free(p);
        } else if (S_ISREG(st.st_mode) && wanted(n)) {
            g_ptr_array_add(w->files, p);
        } else {
            g_free(p);   /* README.md, manifests, other files: not documents */
        }
    }
    g_ptr_array_unref(names);
}

int cg_walk_paths(const char *const *paths, size_t npaths, cg_walk **out,
                  cg_error *err)
{
    (void)err;
    cg_walk *w = g_new0(cg_walk, 1);
    w->files = g_ptr_array_new_with_free_func(g_free);
    w->problems = g_ptr_array_new_with_free_func(g_free);
    w->seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (size_t i = 0; i < npaths; i++) {
        struct stat st;
        if (stat(paths[i], &st) != 0)
            g_ptr_array_add(w->problems,
                            g_strdup_printf("%s: %s", paths[i], strerror(errno)));
        else if (S_ISDIR(st.st_mode)) {
            /* Sort within each named folder; named paths keep their order. */
            guint before = w->files->len;
            walk_dir(w, paths[i], 0);
            (void)before;
        } else
            g_ptr_array_add(w->files, g_strdup(paths[i]));   /* named: any name */
    }
    *out = w;
    return 0;
}

void cg_walk_free(cg_walk *w)
{
    if (!w)
        return;
    g_ptr_array_unref(w->files);
    g_ptr_array_unref(w->problems);
    g_hash_table_destroy(w->seen);
    g_free(w);
}

size_t cg_walk_count(const cg_walk *w) { return w->files->len; }
const char *cg_walk_file(const cg_walk *w, size_t i) { return g_ptr_array_index(w->files, i); }
size_t cg_walk_problem_count(const cg_walk *w) { return w->problems->len; }
const char *cg_walk_problem(const cg_walk *w, size_t i) { return g_ptr_array_index(w->problems, i); }

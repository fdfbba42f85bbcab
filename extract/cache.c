/*
 * cache.c - extraction results kept on disk, keyed by what determines them.
 *
 * An entry is named by the SHA-1 of: the extractor's fingerprint (pattern
 * catalogue and reference data), the read options that change the result,
 * the file's base name (identity and language may come from it) and the
 * file's bytes. Nothing that depends on the rest of the path is stored: a
 * document without a symbol is stored without an id and gets its "file:"
 * id from the path it is read under, so two files with the same name and
 * bytes in two folders stay two documents on a warm run. A changed file, catalogue or option therefore misses, and a
 * re-run over a corpus where 1% of the files changed re-extracts 1%.
 *
 * Entry layout (little-endian):
 *     "CGC1"  u32 version  u64 payload length  u64 FNV-1a of the payload
 *     payload: the document's metadata, vote, warnings and citations as
 *     length-prefixed strings and 64-bit integers.
 * A short, truncated or corrupted entry (bad magic, version, length or
 * checksum, or a payload that does not parse) is a miss: it is rebuilt and
 * overwritten, never trusted. Entries are written to a temporary file and
 * renamed, so concurrent runs never see half an entry.
 */
#include <errno.h>
#include <fcntl.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <utime.h> /* g_utime() is utime() on Unix */

#include "common/hash.h"
#include "doc_internal.h"

#define CACHE_VERSION \
    6u /* 2: no path-derived id stored; 3: date_source
                              and title_source stored; 4: the one
                              FNV-1a of common/hash.h (standard basis);
                              5: act, act_years; 6: kinds and location
                              parts as numbers, a location's label */

struct cg_cache {
    char *dir; /* <root>/<fingerprint> */
};

/* The program's own identity: a change to the engine's code must miss the
 * entries the old code wrote, as a change to a pattern does. Hashing the
 * running executable catches both (about 5 ms for a 2 MB binary, once per
 * run). */
static char *program_id(void)
{
    gchar *data = NULL;
    gsize n = 0;
    if (!g_file_get_contents("/proc/self/exe", &data, &n, NULL))
        return g_strdup("unknown-program");
    char *sum = g_compute_checksum_for_data(G_CHECKSUM_SHA1, (const guchar *)data, n);
    g_free(data);
    sum[12] = '\0';
    return sum;
}

/* Folders of other catalogues or other builds unused for this long are
 * removed when a cache is opened, so that rebuilding the program or editing
 * the patterns does not pile up stale entries forever. */
#define CG_CACHE_STALE_DAYS 30

/* 1 when name looks like one of our folders: 16 hex digits, '-', 12 hex. */
static int is_cache_folder(const char *name)
{
    if (strlen(name) != 29 || name[16] != '-')
        return 0;
    for (int i = 0; i < 29; i++)
        if (i != 16 && !g_ascii_isxdigit(name[i]))
            return 0;
    return 1;
}

static void prune(const char *root, const char *keep)
{
    GDir *d = g_dir_open(root, 0, NULL);
    if (!d)
        return;
    gint64 now = g_get_real_time() / G_USEC_PER_SEC;
    const char *name;
    while ((name = g_dir_read_name(d))) {
        if (!is_cache_folder(name) || !strcmp(name, keep))
            continue;
        char *dir = g_build_filename(root, name, NULL);
        GStatBuf st;
        if (g_stat(dir, &st) == 0 && now - (gint64)st.st_mtime > CG_CACHE_STALE_DAYS * 86400LL) {
            GDir *e = g_dir_open(dir, 0, NULL);
            const char *f;
            while (e && (f = g_dir_read_name(e))) {
                if (!g_str_has_suffix(f, ".cgc") && !strstr(f, ".cgc.tmp."))
                    continue; /* only what we wrote */
                char *p = g_build_filename(dir, f, NULL);
                g_unlink(p);
                g_free(p);
            }
            if (e)
                g_dir_close(e);
            g_rmdir(dir);
        }
        g_free(dir);
    }
    g_dir_close(d);
}

cg_cache *cg_cache_open(const char *root, const cg_extractor *x, cg_error *err)
{
    char *prog = program_id();
    char *leaf = g_strconcat(cg_extractor_fingerprint(x), "-", prog, NULL);
    char *dir = g_build_filename(root, leaf, NULL);
    g_free(leaf);
    g_free(prog);
    if (g_mkdir_with_parents(dir, 0755) != 0) {
        cg_error_set(err, errno, "cache folder %s: %s", dir, g_strerror(errno));
        g_free(dir);
        return NULL;
    }
    /* Temporary entries of runs killed while storing (SIGTERM, SIGKILL):
     * an entry is written in milliseconds, so one older than ten minutes
     * belongs to no live run. */
    GDir *own = g_dir_open(dir, 0, NULL);
    const char *fn;
    gint64 now = g_get_real_time() / G_USEC_PER_SEC;
    while (own && (fn = g_dir_read_name(own))) {
        if (!strstr(fn, ".cgc.tmp."))
            continue;
        char *p = g_build_filename(dir, fn, NULL);
        GStatBuf st;
        if (g_stat(p, &st) == 0 && now - (gint64)st.st_mtime > 600)
            g_unlink(p);
        g_free(p);
    }
    if (own)
        g_dir_close(own);
    /* Mark this folder as in use (its mtime), then drop long-unused ones. */
    g_utime(dir, NULL);
    char *leafname = g_path_get_basename(dir);
    prune(root, leafname);
    g_free(leafname);
    cg_cache *c = g_new0(cg_cache, 1);
    c->dir = dir;
    return c;
}

void cg_cache_free(cg_cache *c)
{
    if (!c)
        return;
    g_free(c->dir);
    g_free(c);
}

char *cg_cache_default_dir(void)
{
    return g_build_filename(g_get_user_cache_dir(), "citegraph", NULL);
}

/* ---- key ------------------------------------------------------------- */

static void key_str(GChecksum *h, const char *s)
{
    /* Length-prefixed, so that ("ab","c") and ("a","bc") differ. */
    guint32 n = s ? (guint32)strlen(s) + 1 : 0;
    g_checksum_update(h, (const guchar *)&n, sizeof n);
    if (s)
        g_checksum_update(h, (const guchar *)s, (gssize)n);
}

static char *entry_path(const cg_cache *c, const cg_extractor *x, const char *path,
                        const cg_read_options *opt, const char *bytes, size_t len)
{
    GChecksum *h = g_checksum_new(G_CHECKSUM_SHA1);
    const char *base = strrchr(path, '/');
    key_str(h, cg_extractor_fingerprint(x));
    key_str(h, base ? base + 1 : path);
    key_str(h, opt ? opt->lang : NULL);
    key_str(h, opt ? opt->encoding : NULL);
    key_str(h, opt ? opt->symbol : NULL);
    key_str(h, opt ? opt->date : NULL);
    key_str(h, opt ? opt->title : NULL);
    g_checksum_update(h, (const guchar *)bytes, (gssize)len);
    char *name = g_strconcat(g_checksum_get_string(h), ".cgc", NULL);
    g_checksum_free(h);
    char *p = g_build_filename(c->dir, name, NULL);
    g_free(name);
    return p;
}

/* ---- writing ---------------------------------------------------------- */

static void put_u64(GByteArray *b, guint64 v)
{
    guint8 x[8];
    for (int i = 0; i < 8; i++)
        x[i] = (guint8)(v >> (8 * i));
    g_byte_array_append(b, x, 8);
}

static void put_int(GByteArray *b, long long v)
{
    put_u64(b, (guint64)v);
}

/* A string, or NULL (length 0xFFFFFFFF... as u64 max). */
static void put_str(GByteArray *b, const char *s)
{
    if (!s) {
        put_u64(b, G_MAXUINT64);
        return;
    }
    size_t n = strlen(s);
    put_u64(b, n);
    g_byte_array_append(b, (const guint8 *)s, (guint)n);
}

static void put_strv(GByteArray *b, char **v, size_t n)
{
    put_u64(b, n);
    for (size_t i = 0; i < n; i++)
        put_str(b, v[i]);
}

static void serialise(const cg_doc *d, GByteArray *b)
{
    const cg_docmeta *m = &d->meta;
    put_str(b, m->symbol);
    put_int(b, m->symbol_source);
    put_str(b, m->lang);
    put_str(b, m->body);
    put_str(b, m->session);
    put_str(b, m->agenda_item);
    put_str(b, m->title);
    put_str(b, m->date);
    put_int(b, m->meeting);
    put_int(b, m->date_source);
    put_int(b, m->title_source);
    const cg_vote *v = &m->vote;
    put_int(b, v->recorded);
    put_int(b, v->without_vote);
    put_int(b, v->yes);
    put_int(b, v->no);
    put_int(b, v->abstain);
    put_int(b, v->mismatch);
    put_strv(b, v->yes_iso, v->n_yes);
    put_strv(b, v->no_iso, v->n_no);
    put_strv(b, v->abstain_iso, v->n_abstain);
    put_strv(b, v->unknown, v->n_unknown);
    put_int(b, m->act);
    put_int(b, m->act_years);
    put_str(b, m->symbol ? d->id : NULL); /* a "file:" id is the path's */
    put_int(b, d->kind);
    put_int(b, (long long)d->text_bytes);
    put_u64(b, d->warnings->len);
    for (guint i = 0; i < d->warnings->len; i++)
        put_str(b, g_ptr_array_index(d->warnings, i));
    size_t nc = cg_cite_store_len(d->cites);
    put_u64(b, nc);
    for (size_t i = 0; i < nc; i++) {
        cg_cite_rec rec;
        cg_cite_store_get(d->cites, i, &rec);
        const cg_cite_rec *r = &rec;
        put_int(b, (long long)r->start);
        put_int(b, (long long)r->end);
        put_int(b, (long long)r->line);
        put_int(b, (long long)r->col);
        put_int(b, r->resolved);
        put_int(b, r->kind);
        put_int(b, r->location.part);
        const char *s[] = {r->text,   r->target,          r->parent,         r->body,
                           r->number, r->session_or_year, r->part,           r->article,
                           r->date,   r->relation,        r->location.label, r->footnote,
                           r->rule};
        for (size_t k = 0; k < sizeof s / sizeof *s; k++)
            put_str(b, s[k]);
    }
}

/* Citations beyond which a document is not cached (a real resolution has
 * at most a few thousand). */
#define CG_CACHE_MAX_CITES 100000

void cg_cache_store(const cg_cache *c, const cg_extractor *x, const char *path,
                    const cg_read_options *opt, const char *bytes, size_t len, const cg_doc *d)
{
    /* A text of millions of citations (a dump, a hostile file) is read
     * again rather than cached: its entry would cost several times its
     * records' memory to write, and reading it back saves little. */
    if (cg_cite_store_len(d->cites) > CG_CACHE_MAX_CITES)
        return;
    GByteArray *payload = g_byte_array_new();
    serialise(d, payload);
    GByteArray *b = g_byte_array_sized_new(payload->len + 24);
    g_byte_array_append(b, (const guint8 *)"CGC1", 4);
    guint8 ver[4] = {CACHE_VERSION, 0, 0, 0};
    g_byte_array_append(b, ver, 4);
    put_u64(b, payload->len);
    put_u64(b, cg_hash(CG_HASH_INIT, payload->data, payload->len));
    g_byte_array_append(b, payload->data, payload->len);
    g_byte_array_free(payload, TRUE);

    /* A failure to cache is not an error: the next run extracts again. */
    char *dest = entry_path(c, x, path, opt, bytes, len);
    char *tmp = g_strconcat(dest, ".tmp.XXXXXX", NULL);
    int fd = g_mkstemp(tmp);
    if (fd >= 0) {
        ssize_t w = write(fd, b->data, b->len);
        int ok = w == (ssize_t)b->len;
        if (close(fd) != 0)
            ok = 0;
        if (!ok || rename(tmp, dest) != 0)
            unlink(tmp);
    }
    g_free(tmp);
    g_free(dest);
    g_byte_array_free(b, TRUE);
}

/* ---- reading ------------------------------------------------------------ */

typedef struct reader {
    const guint8 *p, *end;
    int bad;
} reader;

static guint64 get_u64(reader *r)
{
    if (r->end - r->p < 8) {
        r->bad = 1;
        return 0;
    }
    guint64 v = 0;
    for (int i = 0; i < 8; i++)
        v |= (guint64)r->p[i] << (8 * i);
    r->p += 8;
    return v;
}

static long long get_int(reader *r)
{
    return (long long)get_u64(r);
}

/* A new string (g_free), or NULL (absent or bad). */
static char *get_str(reader *r)
{
    guint64 n = get_u64(r);
    if (r->bad || n == G_MAXUINT64)
        return NULL;
    if ((guint64)(r->end - r->p) < n) {
        r->bad = 1;
        return NULL;
    }
    char *s = g_malloc(n + 1);
    memcpy(s, r->p, n);
    s[n] = '\0';
    r->p += n;
    return s;
}

static char **get_strv(reader *r, size_t *n)
{
    guint64 k = get_u64(r);
    *n = 0;
    if (r->bad || k > (guint64)(r->end - r->p) / 8) {
        r->bad = 1;
        return NULL;
    }
    char **v = g_new0(char *, k + 1);
    for (guint64 i = 0; i < k && !r->bad; i++)
        v[i] = get_str(r);
    *n = (size_t)k;
    return v;
}

/* Chunk copy of a g_malloc'ed string (freed here); "" for NULL. */
static const char *chunk(cg_doc *d, char *s)
{
    const char *c = g_string_chunk_insert_const(d->strings, s ? s : "");
    g_free(s);
    return c;
}

static int deserialise(reader *r, cg_doc *d)
{
    cg_docmeta *m = &d->meta;
    m->symbol = get_str(r);
    m->symbol_source = (cg_id_source)get_int(r);
    m->lang = get_str(r);
    m->body = get_str(r);
    m->session = get_str(r);
    m->agenda_item = get_str(r);
    m->title = get_str(r);
    m->date = get_str(r);
    m->meeting = (int)get_int(r);
    m->date_source = (cg_date_source)get_int(r);
    m->title_source = (cg_title_source)get_int(r);
    cg_vote *v = &m->vote;
    v->recorded = (int)get_int(r);
    v->without_vote = (int)get_int(r);
    v->yes = (int)get_int(r);
    v->no = (int)get_int(r);
    v->abstain = (int)get_int(r);
    v->mismatch = (int)get_int(r);
    v->yes_iso = get_strv(r, &v->n_yes);
    v->no_iso = get_strv(r, &v->n_no);
    v->abstain_iso = get_strv(r, &v->n_abstain);
    v->unknown = get_strv(r, &v->n_unknown);
    m->act = (cg_act)get_int(r);
    m->act_years = (int)get_int(r);
    d->id = chunk(d, get_str(r));
    long long dkind = get_int(r);
    if (dkind < 0 || dkind > CG_KIND_DOCUMENT)
        return -1;
    d->kind = (cg_kind)dkind;
    d->text_bytes = (size_t)get_int(r);
    guint64 nw = get_u64(r);
    for (guint64 i = 0; i < nw && !r->bad; i++) {
        char *w = get_str(r);
        if (w)
            g_ptr_array_add(d->warnings, w);
    }
    guint64 nc = get_u64(r);
    if (r->bad || nc > (guint64)(r->end - r->p) / 40)
        return -1;
    for (guint64 i = 0; i < nc && !r->bad; i++) {
        cg_cite_rec rec;
        rec.start = (size_t)get_int(r);
        rec.end = (size_t)get_int(r);
        rec.line = (size_t)get_int(r);
        rec.col = (size_t)get_int(r);
        rec.resolved = (int)get_int(r);
        long long kind = get_int(r), part = get_int(r);
        if (kind < 0 || kind > CG_KIND_CHAPTER || part < 0 || part > CG_PART_TRAILER)
            return -1;
        rec.kind = (cg_kind)kind;
        rec.location.part = (cg_part)part;
        const char **s[] = {&rec.text,   &rec.target,          &rec.parent,         &rec.body,
                            &rec.number, &rec.session_or_year, &rec.part,           &rec.article,
                            &rec.date,   &rec.relation,        &rec.location.label, &rec.footnote,
                            &rec.rule};
        for (size_t k = 0; k < sizeof s / sizeof *s; k++)
            *s[k] = chunk(d, get_str(r));
        if (cg_cite_store_add(d->cites, &rec))
            return -1;
    }
    return r->bad || r->p != r->end ? -1 : 0;
}

cg_doc *cg_cache_load(const cg_cache *c, const cg_extractor *x, const char *path,
                      const cg_read_options *opt, const char *bytes, size_t len)
{
    char *p = entry_path(c, x, path, opt, bytes, len);
    gchar *data = NULL;
    gsize n = 0;
    int ok = g_file_get_contents(p, &data, &n, NULL);
    g_free(p);
    if (!ok)
        return NULL;
    cg_doc *d = NULL;
    const guint8 *u = (const guint8 *)data;
    if (n >= 24 && !memcmp(u, "CGC1", 4) && u[4] == CACHE_VERSION) {
        reader r = {u + 8, u + n, 0};
        guint64 plen = get_u64(&r), sum = get_u64(&r);
        if (plen == n - 24 && sum == cg_hash(CG_HASH_INIT, u + 24, plen)) {
            d = cg_doc_new_internal(path);
            reader pr = {u + 24, u + n, 0};
            if (deserialise(&pr, d) != 0 || !d->meta.symbol != !*d->id) {
                cg_doc_free(d);
                d = NULL;
            } else if (!d->meta.symbol) {
                char *fid = cg_file_id(opt && opt->id_name ? opt->id_name : path);
                d->id = g_string_chunk_insert_const(d->strings, fid);
                g_free(fid);
            }
        }
    }
    g_free(data);
    return d;
}

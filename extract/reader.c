/*
 * reader.c - the extractor's life cycle, reading a file into UTF-8 text,
 * and the cg_doc accessors.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "doc_internal.h"
#include "pdf.h"

#ifndef CG_DATA_DIR
#define CG_DATA_DIR "/usr/local/share/citegraph"
#endif

/* Files larger than this are refused rather than read whole: the largest
 * UN document is a few MB; 1 GiB leaves room for concatenated dumps. */
#define CG_MAX_FILE ((size_t)1 << 30)

static int dir_has_data(const char *dir)
{
    char *p = g_build_filename(dir, "data", "bodies.tsv", NULL);
    int ok = g_file_test(p, G_FILE_TEST_IS_REGULAR);
    g_free(p);
    return ok;
}

static char *find_data_dir(const char *given)
{
    if (given)
        return g_strdup(given);
    const char *env = getenv("CITEGRAPH_DATA");
    if (env && *env)
        return g_strdup(env);
    if (dir_has_data(CG_DATA_DIR))
        return g_strdup(CG_DATA_DIR);
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *bin = g_path_get_dirname(exe);
        char *share = g_build_filename(bin, "..", "share", "citegraph", NULL);
        g_free(bin);
        if (dir_has_data(share))
            return share;
        g_free(share);
    }
    return g_strdup(CG_DATA_DIR);
}

cg_extractor *cg_extractor_new(const char *data_dir, cg_error *err)
{
    cg_extractor *x = g_new0(cg_extractor, 1);
    x->data_dir = find_data_dir(data_dir);
    char *dd = g_build_filename(x->data_dir, "data", NULL);
    char *pd = g_build_filename(x->data_dir, "patterns", NULL);
    char *sp = g_build_filename(dd, "states.tsv", NULL);
    cg_data_record_begin();
    x->ref = cg_refdata_load(dd, err);
    if (x->ref)
        x->cat = cg_catalogue_load(pd, x->ref, err);
    if (x->cat)
        x->states = cg_states_load(sp, err);
    if (x->states)
        x->words = cg_docwords_load(dd, x->ref, err);
    cg_data_record_end(x->fingerprint);
    g_free(dd);
    g_free(pd);
    g_free(sp);
    if (!x->words) {
        cg_extractor_free(x);
        return NULL;
    }
    return x;
}

void cg_extractor_free(cg_extractor *x)
{
    if (!x)
        return;
    cg_docwords_free(x->words);
    cg_states_free(x->states);
    cg_catalogue_free(x->cat);
    cg_refdata_free(x->ref);
    g_free(x->data_dir);
    g_free(x);
}

const char *cg_extractor_fingerprint(const cg_extractor *x)
{
    return x->fingerprint;
}

const char *cg_extractor_body_name(const cg_extractor *x, const char *code, const char *lang)
{
    return code && lang ? cg_ref_body_name(x->ref, code, lang) : NULL;
}

void cg_doc_warn(cg_doc *d, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    g_ptr_array_add(d->warnings, g_strdup_vprintf(fmt, ap));
    va_end(ap);
}

cg_doc *cg_doc_new_internal(const char *name)
{
    cg_doc *d = g_new0(cg_doc, 1);
    d->strings = g_string_chunk_new(1024);
    d->file = g_string_chunk_insert_const(d->strings, name);
    d->cites = cg_cite_store_new();
    d->warnings = g_ptr_array_new_with_free_func(g_free);
    return d;
}

void cg_doc_free(cg_doc *d)
{
    while (d) {
        cg_doc *next = d->next;
        cg_docmeta_clear(&d->meta);
        g_free(d->text);
        cg_cite_store_free(d->cites);
        g_ptr_array_unref(d->warnings);
        g_string_chunk_free(d->strings);
        g_free(d);
        d = next;
    }
}

cg_doc *cg_doc_next(const cg_doc *d)
{
    return d->next;
}

cg_doc *cg_doc_detach_next(cg_doc *d)
{
    cg_doc *n = d->next;
    d->next = NULL;
    return n;
}

void cg_doc_append(cg_doc *d, cg_doc *next)
{
    while (d->next)
        d = d->next;
    d->next = next;
}

/* Text files do not hold NUL bytes; a few in the first 64 KiB mean an
 * image, an archive or a word-processor file. */
static int looks_binary(const char *b, size_t len)
{
    size_t n = len < 65536 ? len : 65536, nul = 0;
    for (size_t i = 0; i < n; i++)
        nul += b[i] == '\0';
    return nul > 0 && nul * 1000 > n;
}

static int utf16_bom(const char *b, size_t len)
{
    return len >= 2 && (((unsigned char)b[0] == 0xFF && (unsigned char)b[1] == 0xFE) ||
                        ((unsigned char)b[0] == 0xFE && (unsigned char)b[1] == 0xFF));
}

int cg_extract_buffer(const cg_extractor *x, const char *name, const char *bytes, size_t len,
                      const cg_read_options *opt, cg_doc **out, cg_error *err)
{
    *out = NULL;
    if (len == 0)
        return cg_error_set(err, EMSGSIZE, "empty file");
    char *conv = NULL;
    gsize clen = 0;
    const char *enc = opt ? opt->encoding : NULL;
    const char *used = NULL;
    /* A byte-order mark alone is an empty file, not a document with no
     * citation (issue 18: it gave 0 citations without a word). UTF-32 is
     * told by its BOM before UTF-16's, whose first two bytes it shares. */
    const unsigned char *u = (const unsigned char *)bytes;
    int bom = len >= 4 && ((u[0] == 0xFF && u[1] == 0xFE && !u[2] && !u[3]) ||
                           (!u[0] && !u[1] && u[2] == 0xFE && u[3] == 0xFF))
                  ? 4
              : utf16_bom(bytes, len)                                    ? 2
              : len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF ? 3
                                                                         : 0;
    if (bom && len == (size_t)bom)
        return cg_error_set(err, EMSGSIZE, "empty file (only a %s byte-order mark)",
                            bom == 4   ? "UTF-32"
                            : bom == 2 ? "UTF-16"
                                       : "UTF-8");
    if (!enc && bom == 4)
        enc = "UTF-32";
    else if (!enc && bom == 2)
        enc = "UTF-16";
    if (!enc && looks_binary(bytes, len))
        return cg_error_set(err, EILSEQ, "binary data, not text (NUL bytes)");
    if (!enc && !g_utf8_validate_len(bytes, len, NULL)) {
        /* Chinese text saved by older Windows tools is GB18030; take it
         * only when the whole file converts. */
        GError *ge = NULL;
        conv = g_convert(bytes, (gssize)len, "UTF-8", "GB18030", NULL, &clen, &ge);
        if (conv && g_utf8_validate_len(conv, clen, NULL))
            used = "GB18030";
        else {
            g_free(conv);
            conv = NULL;
        }
        if (ge)
            g_error_free(ge);
    } else if (enc) {
        GError *ge = NULL;
        conv = g_convert(bytes, (gssize)len, "UTF-8", enc, NULL, &clen, &ge);
        if (!conv) {
            int rc = cg_error_set(err, EILSEQ, "cannot read as %s: %s", enc,
                                  ge ? ge->message : "conversion failed");
            if (ge)
                g_error_free(ge);
            return rc;
        }
        used = enc;
    }
    cg_doc *d = cg_doc_new_internal(name);
    if (used && strcmp(used, "UTF-16") != 0 && strcmp(used, "UTF-32") != 0 &&
        !(opt && opt->encoding))
        cg_doc_warn(d, "not UTF-8; read as %s (offsets are in the UTF-8 conversion)", used);
    const char *text = conv ? conv : bytes;
    size_t tlen = conv ? clen : len;
    d->text_bytes = tlen;
    size_t *starts = NULL, nstarts = 1;
    int rc = cg_engine_run(x, d, text, tlen, opt, &starts, &nstarts, err);
    if (!rc && nstarts > 1) {
        /* Several documents: one per part, the first returned. */
        cg_doc *parts = NULL;
        rc = cg_volume_read(x, name, text, tlen, opt, starts, nstarts, d->warnings, &parts, err);
        cg_doc_free(d);
        d = parts;
    } else if (!rc && opt && opt->keep_text) {
        d->text = g_memdup2(text, tlen);
    }
    g_free(starts);
    g_free(conv);
    if (rc) {
        cg_doc_free(d);
        return rc;
    }
    *out = d;
    return 0;
}

static int ends_with_ci(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && !g_ascii_strcasecmp(s + a - b, suffix);
}

static const char *kind_of(mode_t m)
{
    return S_ISFIFO(m)   ? "a FIFO"
           : S_ISSOCK(m) ? "a socket"
           : S_ISCHR(m)  ? "a character device"
           : S_ISBLK(m)  ? "a block device"
                         : "not a regular file";
}

int cg_read_regular(const char *path, size_t max, char **out, size_t *outlen, cg_error *err)
{
    *out = NULL;
    *outlen = 0;
    /* O_NONBLOCK: opening a FIFO without a writer would block forever
     * before fstat could tell what it is (also when a file is replaced by a
     * FIFO between the walk and the read). */
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0)
        return cg_error_set(err, errno, "%s", strerror(errno));
    struct stat st;
    if (fstat(fd, &st) != 0) {
        int e = errno;
        close(fd);
        return cg_error_set(err, e, "%s", strerror(e));
    }
    if (S_ISDIR(st.st_mode)) {
        close(fd);
        return cg_error_set(err, EISDIR, "is a directory");
    }
    if (!S_ISREG(st.st_mode)) {
        close(fd);
        return cg_error_set(err, EINVAL, "%s, not read (not a regular file)", kind_of(st.st_mode));
    }
    if ((size_t)st.st_size > max) {
        close(fd);
        return cg_error_set(err, EFBIG, "file of %lld bytes is larger than the %zu-byte limit",
                            (long long)st.st_size, max);
    }
    size_t len = (size_t)st.st_size;
    char *buf = g_malloc(len + 1);
    size_t off = 0;
    while (off < len) {
        ssize_t n = read(fd, buf + off, len - off);
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (n < 0) {
            int e = errno;
            g_free(buf);
            close(fd);
            return cg_error_set(err, e, "read failed: %s", strerror(e));
        }
        if (n == 0)
            break; /* shrank since fstat: what is there is the file */
        off += (size_t)n;
    }
    close(fd);
    buf[off] = '\0';
    *out = buf;
    *outlen = off;
    return 0;
}

int cg_extract_file(const cg_extractor *x, const char *path, const cg_read_options *opt,
                    cg_doc **out, cg_error *err)
{
    *out = NULL;
    char *buf = NULL;
    size_t len = 0;
    int rrc = cg_read_regular(path, CG_MAX_FILE, &buf, &len, err);
    if (rrc)
        return rrc;

    cg_cache *cache = opt && !opt->keep_text ? opt->cache : NULL;
    if (cache && len > 0 && (*out = cg_cache_load(cache, x, path, opt, buf, len))) {
        g_free(buf);
        return 0;
    }
    int rc;
    int is_pdf = ends_with_ci(path, ".pdf") || (len >= 4 && !memcmp(buf, "%PDF", 4));
    if (is_pdf) {
        char *text = NULL;
        size_t tlen = 0;
        rc = cg_pdf_read(path, &text, &tlen, err);
        if (!rc && tlen == 0)
            rc = cg_error_set(err, EMSGSIZE, "PDF holds no text (scanned images?)");
        if (!rc)
            rc = cg_extract_buffer(x, path, text, tlen, opt, out, err);
        g_free(text);
    } else {
        rc = cg_extract_buffer(x, path, buf, len, opt, out, err);
    }
    /* A file read as several documents is not cached (the cache holds one
     * document per file): it is rare, and read again each run. */
    if (!rc && cache && !(*out)->next)
        cg_cache_store(cache, x, path, opt, buf, len, *out);
    g_free(buf);
    return rc;
}

void cg_doc_get_info(const cg_doc *d, cg_doc_info *o)
{
    const cg_docmeta *m = &d->meta;
    memset(o, 0, sizeof *o);
    o->file = d->file;
    o->id = d->id;
    o->id_source = cg_id_source_name(m->symbol_source);
    o->lang = m->lang ? m->lang : "";
    o->kind = d->kind;
    o->body = m->body ? m->body : "";
    o->session = m->session ? m->session : "";
    o->agenda_item = m->agenda_item ? m->agenda_item : "";
    o->title = m->title ? m->title : "";
    o->date = m->date ? m->date : "";
    o->date_source = cg_date_source_name(m->date_source);
    o->title_source = cg_title_source_name(m->title_source);
    o->meeting = m->meeting;
    o->vote_recorded = m->vote.recorded;
    o->vote_without = m->vote.without_vote;
    o->vote_yes = m->vote.yes;
    o->vote_no = m->vote.no;
    o->vote_abstain = m->vote.abstain;
    o->vote_mismatch = m->vote.mismatch;
    o->act = cg_act_name(m->act);
    o->act_years = m->act_years;
    o->text_bytes = d->text_bytes;
    o->part = d->part;
    o->text_offset = d->base;
}

size_t cg_doc_vote_states(const cg_doc *d, char which, const char *const **codes)
{
    const cg_vote *v = &d->meta.vote;
    switch (which) {
    case 'y': *codes = (const char *const *)v->yes_iso; return v->n_yes;
    case 'n': *codes = (const char *const *)v->no_iso; return v->n_no;
    case 'a': *codes = (const char *const *)v->abstain_iso; return v->n_abstain;
    default: *codes = NULL; return 0;
    }
}

size_t cg_doc_citation_count(const cg_doc *d)
{
    return cg_cite_store_len(d->cites);
}

void cg_doc_citation(const cg_doc *d, size_t i, cg_citation *c)
{
    cg_cite_rec rec;
    cg_cite_store_get(d->cites, i, &rec);
    const cg_cite_rec *r = &rec;
    c->doc = d->id;
    c->lang = d->meta.lang ? d->meta.lang : "";
    c->file = d->file;
    c->start = r->start;
    c->end = r->end;
    c->line = r->line;
    c->col = r->col;
    c->text = r->text;
    c->kind = r->kind;
    c->target = r->target;
    c->parent = r->parent;
    c->body = r->body;
    c->number = r->number;
    c->session_or_year = r->session_or_year;
    c->part = r->part;
    c->article = r->article;
    c->date = r->date;
    c->relation = r->relation;
    c->location = r->location;
    c->footnote = r->footnote;
    c->rule = r->rule;
    c->resolved = r->resolved;
}

size_t cg_doc_warning_count(const cg_doc *d)
{
    return d->warnings->len;
}

const char *cg_doc_warning(const cg_doc *d, size_t i)
{
    return g_ptr_array_index(d->warnings, i);
}

const char *cg_doc_text(const cg_doc *d, size_t *len)
{
    if (len)
        *len = d->text ? d->text_bytes : 0;
    return d->text;
}

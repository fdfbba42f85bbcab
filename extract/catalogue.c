#define _GNU_SOURCE /* memmem */
#include "catalogue.h"
#include "common/tsv.h"
#include "datafiles.h"

#include <errno.h>
#include <stdatomic.h>
#include <glib.h>
#include <stdlib.h>
#include <string.h>

static const char *const group_names[CG_G_COUNT] = {
    "body",    "body2", "its",  "dec",  "sn",  "n",    "y2",   "roman",
    "part",    "d",     "m",    "y",    "sym", "ocr",  "inst", "art",
    "generic", "trig",  "open", "nocr", "ss",  "chap", "d0",   "conj"};

static const char *const atom_names[CG_A_COUNT] = {"num",   "numpfx",  "date", "datepre",
                                                   "link",  "ibody",   "sep",  "appos",
                                                   "ipost", "postfix", "trig"};

static const char *const struct_names[CG_ST_COUNT] = {
    "council", "operative", "subpara", "footnote", "verb", "annex", "end", "trailer", "heading"};

static const char *const builtin[][2] = {
    {"BODY",       "body"      },
    {"MONTH",      "month"     },
    {"VERB",       "verb"      },
    {"MODIFIER",   "modifier"  },
    {"INSTRUMENT", "instrument"},
    {"GENERIC",    "generic"   },
    {"PRONOUN",    "pronoun"   },
    {"ORDINAL",    "ordinal"   }
};

/* Makes every named group of a fragment non-capturing, so a list pattern
 * can repeat an item fragment without duplicate group names. */
static char *strip_names(const char *re)
{
    GString *s = g_string_new(NULL);
    for (const char *p = re; *p;) {
        if (p[0] == '\\' && p[1]) {
            g_string_append_len(s, p, 2);
            p += 2;
        } else if (!strncmp(p, "(?<", 3) && p[3] != '=' && p[3] != '!') {
            const char *q = strchr(p, '>');
            if (!q)
                break;
            g_string_append(s, "(?:");
            p = q + 1;
        } else {
            g_string_append_c(s, *p++);
        }
    }
    return g_string_free(s, FALSE);
}

typedef struct loader {
    GHashTable *defs; /* NAME -> expanded regex */
    const cg_refdata *ref;
    const char *lang;
    const char *file;
    int line;
    cg_error *err;
} loader;

/* Expands {NAME} and {NAME!} references. Fragments are expanded when they
 * are defined, so one pass suffices. */
static char *expand(loader *L, const char *re)
{
    GString *s = g_string_new(NULL);
    for (const char *p = re; *p;) {
        if (p[0] == '\\' && (p[1] == 'p' || p[1] == 'P') && p[2] == '{') {
            const char *q = strchr(p, '}'); /* \p{Han}: a property */
            size_t l = q ? (size_t)(q - p) + 1 : strlen(p);
            g_string_append_len(s, p, (gssize)l);
            p += l;
            continue;
        }
        if (p[0] == '\\' && p[1]) {
            g_string_append_len(s, p, 2);
            p += 2;
            continue;
        }
        if (*p == '{' && (p[1] >= 'A' && p[1] <= 'Z')) {
            const char *q = p + 1;
            while ((*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9') || *q == '_')
                q++;
            int bang = *q == '!';
            if (*(q + bang) == '}') {
                char *name = g_strndup(p + 1, (gsize)(q - p - 1));
                const char *v = g_hash_table_lookup(L->defs, name);
                if (!v) {
                    cg_error_set(L->err, EINVAL, "%s: line %d: unknown fragment {%s}", L->file,
                                 L->line, name);
                    g_free(name);
                    g_string_free(s, TRUE);
                    return NULL;
                }
                g_free(name);
                if (bang) {
                    char *x = strip_names(v);
                    g_string_append(s, x);
                    g_free(x);
                } else {
                    g_string_append(s, v);
                }
                p = q + bang + 1;
                continue;
            }
        }
        g_string_append_c(s, *p++);
    }
    return g_string_free(s, FALSE);
}

/* Fills c's start test (cg_compiled_may_start) from PCRE2's analysis:
 * its start bitmap, which already holds every case and UTF-8 form of the
 * first character, or its first code unit, which may be caseless and
 * whose other case may be a character of another lead byte (K, the
 * Kelvin sign), so every byte from 0x80 is let through with both ASCII
 * cases. No analysis: every byte. */
static void start_test(cg_compiled *c)
{
    uint32_t all = 0, type = 0, cu = 0, minlen = 0;
    const uint8_t *bitmap = NULL;
    pcre2_pattern_info(c->code, PCRE2_INFO_ALLOPTIONS, &all);
    pcre2_pattern_info(c->code, PCRE2_INFO_FIRSTCODETYPE, &type);
    pcre2_pattern_info(c->code, PCRE2_INFO_FIRSTCODEUNIT, &cu);
    pcre2_pattern_info(c->code, PCRE2_INFO_FIRSTBITMAP, &bitmap);
    pcre2_pattern_info(c->code, PCRE2_INFO_MINLENGTH, &minlen);
    c->anchored = (all & PCRE2_ANCHORED) != 0;
    c->minlen = minlen;
    if (bitmap)
        memcpy(c->start, bitmap, sizeof c->start);
    else if (type == 1 && cu < 0x100) {
        memset(c->start, 0, sizeof c->start);
        memset(c->start + 16, 0xFF, 16); /* 0x80..0xFF */
        c->start[cu >> 3] |= (unsigned char)(1u << (cu & 7));
        if (g_ascii_isalpha((char)cu)) {
            unsigned o = cu ^ 0x20;
            c->start[o >> 3] |= (unsigned char)(1u << (o & 7));
        }
    } else
        memset(c->start, 0xFF, sizeof c->start);
}

/* Compiles re; options adds PCRE2 compile options (PCRE2_ANCHORED for the
 * atoms: the JIT does not take PCRE2_ANCHORED at match time, and a match
 * that asks for it runs in the far slower interpreter). */
static int compile(loader *L, const char *re, cg_compiled *out, uint32_t options)
{
    char *x = expand(L, re);
    if (!x)
        return EINVAL;
    int ec;
    PCRE2_SIZE eo;
    out->code = pcre2_compile((PCRE2_SPTR)x, PCRE2_ZERO_TERMINATED,
                              PCRE2_UTF | PCRE2_UCP | PCRE2_DUPNAMES | options, &ec, &eo, NULL);
    if (!out->code) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(ec, msg, sizeof msg);
        cg_error_set(L->err, EINVAL, "%s: line %d: %s at offset %zu of the expanded pattern",
                     L->file, L->line, (char *)msg, (size_t)eo);
        g_free(x);
        return EINVAL;
    }
    g_free(x);
    start_test(out);
    memset(out->group, 0, sizeof out->group);
    for (int g = 0; g < CG_G_COUNT; g++) {
        PCRE2_SPTR first, last;
        int size =
            pcre2_substring_nametable_scan(out->code, (PCRE2_SPTR)group_names[g], &first, &last);
        if (size <= 0)
            continue;
        int k = 0;
        for (PCRE2_SPTR e = first; e <= last; e += size) {
            if (k == CG_GROUP_MAXDUP) {
                /* More would be silently ignored: a group that took part
                 * would read as absent. */
                pcre2_code_free(out->code);
                out->code = NULL;
                return cg_error_set(L->err, EINVAL,
                                    "%s: line %d: group '%s' appears more "
                                    "than %d times",
                                    L->file, L->line, group_names[g], CG_GROUP_MAXDUP);
            }
            out->group[g][k++] = (e[0] << 8) | e[1];
        }
    }
    return 0;
}

static void rule_clear(cg_rule *r)
{
    g_strfreev(r->need);
    g_free(r->name);
    pcre2_code_free(r->match.code);
}

static void lang_clear(cg_lang_catalogue *l)
{
    for (size_t i = 0; i < l->nrules; i++)
        rule_clear(&l->rules[i]);
    g_free(l->rules);
    g_free(l->lits);
    for (int i = 0; i < CG_ST_COUNT; i++)
        pcre2_code_free(l->st[i].code);
    for (int i = 0; i < CG_A_COUNT; i++)
        pcre2_code_free(l->atom[i].code);
}

static int parse_kind(const char *k, cg_rule_kind *out)
{
    static const char *const names[] = {"list",    "symbol",  "instrument",
                                        "article", "backref", "resnum"};
    for (int i = 0; i < 6; i++)
        if (!strcmp(k, names[i])) {
            *out = (cg_rule_kind)i;
            return 0;
        }
    return -1;
}

/* One catalogue line: f[0..n) split at the first three TABs. */
typedef struct file_ctx {
    loader *L;
    cg_lang_catalogue *lc;
} file_ctx;

static int load_line(char **f, int nf, int line, void *user)
{
    file_ctx *fc = user;
    loader *L = fc->L;
    cg_lang_catalogue *lc = fc->lc;
    guint n = (guint)nf;
    int rc = 0;
    L->line = line;
    if (!strcmp(f[0], "define") && n >= 3) {
        char *rest = n == 4 ? g_strconcat(f[2], "\t", f[3], NULL) : g_strdup(f[2]);
        char *x = expand(L, rest);
        g_free(rest);
        if (!x)
            rc = EINVAL;
        else
            g_hash_table_replace(L->defs, g_strdup(f[1]), x);
    } else if (!strcmp(f[0], "rule") && n == 4) {
        cg_rule r = {.before = -1};
        if (parse_kind(f[2], &r.kind)) {
            rc = cg_error_set(L->err, EINVAL, "%s: line %d: unknown kind '%s'", L->file, L->line,
                              f[2]);
        } else if (!(rc = compile(L, f[3], &r.match, PCRE2_USE_OFFSET_LIMIT))) {
            r.name = g_strdup(f[1]);
            lc->rules = g_renew(cg_rule, lc->rules, lc->nrules + 1);
            lc->rules[lc->nrules++] = r;
        }
    } else if (!strcmp(f[0], "atom") && n >= 3) {
        int k = -1;
        for (int a = 0; a < CG_A_COUNT; a++)
            if (!strcmp(atom_names[a], f[1]))
                k = a;
        char *re = n == 4 ? g_strconcat(f[2], "\t", f[3], NULL) : g_strdup(f[2]);
        if (k < 0)
            rc = cg_error_set(L->err, EINVAL, "%s: line %d: unknown atom '%s'", L->file, L->line,
                              f[1]);
        else {
            pcre2_code_free(lc->atom[k].code);
            lc->atom[k].code = NULL;
            rc = compile(L, re, &lc->atom[k], PCRE2_ANCHORED);
        }
        g_free(re);
    } else if (!strcmp(f[0], "need") && (n == 3 || n == 4)) {
        cg_rule *r = NULL;
        for (size_t k = 0; k < lc->nrules; k++)
            if (!strcmp(lc->rules[k].name, f[1]))
                r = &lc->rules[k];
        char **lits = g_strsplit(f[2], "|", -1);
        char *end = NULL;
        long before = n == 4 ? strtol(f[3], &end, 10) : -1;
        if (!r)
            rc = cg_error_set(L->err, EINVAL, "%s: line %d: need for unknown rule '%s'", L->file,
                              L->line, f[1]);
        else if (g_strv_length(lits) > CG_NEED_MAX)
            rc = cg_error_set(L->err, EINVAL, "%s: line %d: need: more than %d literals", L->file,
                              L->line, CG_NEED_MAX);
        else if (n == 4 && (end == f[3] || *end || before < 0 || before > 1 << 20))
            rc = cg_error_set(L->err, EINVAL, "%s: line %d: need: '%s' is not a byte count",
                              L->file, L->line, f[3]);
        else {
            for (char **l = lits; *l; l++)
                if (!**l && n == 4)
                    rc = cg_error_set(L->err, EINVAL, "%s: line %d: need: an empty literal",
                                      L->file, L->line);
        }
        if (!rc) {
            g_strfreev(r->need);
            r->need = lits;
            r->nneed = g_strv_length(lits);
            r->before = before;
        } else
            g_strfreev(lits);
    } else if (!strcmp(f[0], "struct") && n >= 3) {
        int k = -1;
        for (int s = 0; s < CG_ST_COUNT; s++)
            if (!strcmp(struct_names[s], f[1]))
                k = s;
        char *re = n == 4 ? g_strconcat(f[2], "\t", f[3], NULL) : g_strdup(f[2]);
        if (k < 0)
            rc = cg_error_set(L->err, EINVAL, "%s: line %d: unknown struct '%s'", L->file, L->line,
                              f[1]);
        else {
            pcre2_code_free(lc->st[k].code);
            lc->st[k].code = NULL;
            rc = compile(L, re, &lc->st[k], 0);
        }
        g_free(re);
    } else {
        rc = cg_error_set(L->err, EINVAL, "%s: line %d: cannot read this line", L->file, L->line);
    }
    return rc;
}

static int load_file(loader *L, const char *path, cg_lang_catalogue *lc)
{
    gchar *data;
    gsize len;
    GError *ge = NULL;
    if (!cg_data_get_contents(path, &data, &len, &ge)) {
        int rc = cg_error_set(L->err, ENOENT, "%s: %s", path, ge->message);
        g_error_free(ge);
        return rc;
    }
    L->file = path;
    L->line = 0;
    file_ctx fc = {L, lc};
    int rc = cg_tsv_each(data, len, 4, load_line, &fc);
    g_free(data);
    return rc;
}

static gint cmp_str(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Gives every rule's literals their index in lc->lits, each string once. */
static int index_literals(cg_lang_catalogue *lc)
{
    for (size_t i = 0; i < lc->nrules; i++) {
        cg_rule *r = &lc->rules[i];
        for (size_t k = 0; k < r->nneed; k++) {
            r->lit[k] = CG_NO_LIT;
            if (!r->need[k][0])
                continue;
            size_t j = 0;
            while (j < lc->nlits && strcmp(lc->lits[j], r->need[k]))
                j++;
            if (j == lc->nlits) {
                if (lc->nlits == CG_NO_LIT)
                    return EINVAL;
                lc->lits = g_renew(const char *, lc->lits, lc->nlits + 1);
                lc->lits[lc->nlits++] = r->need[k];
            }
            r->lit[k] = (unsigned char)j;
        }
    }
    return 0;
}

cg_catalogue *cg_catalogue_load(const char *dir, const cg_refdata *ref, cg_error *err)
{
    GError *ge = NULL;
    GDir *d = g_dir_open(dir, 0, &ge);
    if (!d) {
        cg_error_set(err, ENOENT, "%s: %s", dir, ge->message);
        g_error_free(ge);
        return NULL;
    }
    GPtrArray *langs = g_ptr_array_new_with_free_func(g_free);
    const char *name;
    while ((name = g_dir_read_name(d))) {
        size_t l = strlen(name);
        if (l > 4 && l < 12 && !strcmp(name + l - 4, ".pat") && strcmp(name, "common.pat"))
            g_ptr_array_add(langs, g_strndup(name, l - 4));
    }
    g_dir_close(d);
    g_ptr_array_sort(langs, cmp_str);

    cg_catalogue *c = g_new0(cg_catalogue, 1);
    g_mutex_init(&c->jit_lock);
    c->langs = g_new0(cg_lang_catalogue, langs->len ? langs->len : 1);
    char *common = g_build_filename(dir, "common.pat", NULL);
    int rc = 0;
    for (guint i = 0; i < langs->len && !rc; i++) {
        const char *lang = g_ptr_array_index(langs, i);
        cg_lang_catalogue *lc = &c->langs[c->nlangs++];
        g_strlcpy(lc->lang, lang, sizeof lc->lang);
        loader L = {g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free),
                    ref,
                    lang,
                    NULL,
                    0,
                    err};
        for (size_t b = 0; b < G_N_ELEMENTS(builtin); b++) {
            char *alt = cg_ref_alternation(ref, builtin[b][1], lang);
            g_hash_table_replace(L.defs, g_strdup(builtin[b][0]), alt ? alt : g_strdup("(*FAIL)"));
        }
        char *own = g_strconcat(dir, "/", lang, ".pat", NULL);
        rc = load_file(&L, common, lc);
        if (!rc)
            rc = load_file(&L, own, lc);
        if (!rc && index_literals(lc))
            rc = cg_error_set(err, EINVAL, "%s: more than %d distinct needed literals", own,
                              CG_NO_LIT);
        for (size_t k = 0; !rc && k < lc->nrules; k++)
            if (lc->rules[k].kind == CG_RK_LIST &&
                (!lc->atom[CG_A_NUM].code || !lc->atom[CG_A_SEP].code))
                rc = cg_error_set(err, EINVAL, "%s: list rule '%s' needs the atoms num and sep",
                                  own, lc->rules[k].name);
        g_free(own);
        g_hash_table_destroy(L.defs);
    }
    g_free(common);
    g_ptr_array_unref(langs);
    if (rc || c->nlangs == 0) {
        if (!rc)
            cg_error_set(err, ENOENT, "%s: no <lang>.pat catalogue", dir);
        cg_catalogue_free(c);
        return NULL;
    }
    return c;
}

void cg_catalogue_free(cg_catalogue *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->nlangs; i++)
        lang_clear(&c->langs[i]);
    g_free(c->langs);
    g_mutex_clear(&c->jit_lock);
    g_free(c);
}

/* JIT-compiles every pattern of one language. Without the JIT, Unicode-mode
 * matching is orders of magnitude slower; where it is unavailable (some
 * architectures) the interpreter gives the same answers. Done on first use:
 * the JIT is most of the start-up cost, and a corpus in one language needs
 * one language's patterns (measured: 187 of the 253 million instructions of
 * loading all six catalogues). */
static void jit_language(cg_lang_catalogue *l)
{
    for (size_t i = 0; i < l->nrules; i++) {
        (void)pcre2_jit_compile(l->rules[i].match.code, PCRE2_JIT_COMPLETE);
    }
    for (int k = 0; k < CG_A_COUNT; k++)
        if (l->atom[k].code)
            (void)pcre2_jit_compile(l->atom[k].code, PCRE2_JIT_COMPLETE);
    for (int k = 0; k < CG_ST_COUNT; k++)
        if (l->st[k].code)
            (void)pcre2_jit_compile(l->st[k].code, PCRE2_JIT_COMPLETE);
}

const cg_lang_catalogue *cg_catalogue_lang(const cg_catalogue *c, const char *lang)
{
    for (size_t i = 0; lang && i < c->nlangs; i++) {
        cg_lang_catalogue *l = &c->langs[i];
        if (strcmp(l->lang, lang))
            continue;
        /* Double-checked: the flag is set (with release ordering) only
         * after every pattern is compiled, so a thread that sees it set
         * matches with finished code, and no pattern is compiled while
         * another thread matches with it. */
        if (!atomic_load_explicit(&l->jitted, memory_order_acquire)) {
            g_mutex_lock((GMutex *)&c->jit_lock);
            if (!atomic_load_explicit(&l->jitted, memory_order_relaxed)) {
                jit_language(l);
                atomic_store_explicit(&l->jitted, 1, memory_order_release);
            }
            g_mutex_unlock((GMutex *)&c->jit_lock);
        }
        return l;
    }
    return NULL;
}

int cg_group_span(const cg_compiled *c, pcre2_match_data *md, cg_group g, size_t *s, size_t *e)
{
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    uint32_t n = pcre2_get_ovector_count(md);
    for (int k = 0; k < CG_GROUP_MAXDUP && c->group[g][k]; k++) {
        uint32_t num = (uint32_t)c->group[g][k];
        if (num < n && ov[2 * num] != PCRE2_UNSET) {
            *s = ov[2 * num];
            *e = ov[2 * num + 1];
            return 0;
        }
    }
    return -1;
}

/* The first start of any of r's literals at or after pos, or SIZE_MAX. */
static size_t next_literal(const cg_rule *r, cg_rule_cursor *cur, const char *text, size_t len,
                           size_t pos)
{
    size_t best = SIZE_MAX;
    for (size_t k = 0; k < r->nneed; k++) {
        if (!cur->from[k] || pos + 1 < cur->from[k] ||
            (cur->next[k] != SIZE_MAX && cur->next[k] < pos)) {
            const char *hit = memmem(text + pos, len - pos, r->need[k], strlen(r->need[k]));
            cur->next[k] = hit ? (size_t)(hit - text) : SIZE_MAX;
            cur->from[k] = pos + 1;
        }
        if (cur->next[k] < best)
            best = cur->next[k];
    }
    return best;
}

int cg_rule_search(const cg_rule *r, cg_rule_cursor *cur, const char *text, size_t len, size_t from,
                   pcre2_match_data *md, pcre2_match_context *mctx)
{
    if (r->before < 0 || !r->nneed)
        return pcre2_match(r->match.code, (PCRE2_SPTR)text, len, from, PCRE2_NO_UTF_CHECK, md,
                           mctx);
    /* Every match starts at most before bytes ahead of a literal it holds,
     * so none starts in [from, lit - before) when lit is the first literal
     * at or after from; and none in [ws, lit] means none before the next
     * literal's window either: the first match found is pcre2_match's. */
    while (from < len) {
        size_t lit = next_literal(r, cur, text, len, from);
        if (lit == SIZE_MAX)
            break;
        size_t ws = lit - from > (size_t)r->before ? lit - (size_t)r->before : from;
        while (ws > from && ((unsigned char)text[ws] & 0xC0) == 0x80)
            ws--; /* a start inside a character is refused */
        pcre2_set_offset_limit(mctx, lit);
        int rc =
            pcre2_match(r->match.code, (PCRE2_SPTR)text, len, ws, PCRE2_NO_UTF_CHECK, md, mctx);
        pcre2_set_offset_limit(mctx, PCRE2_UNSET);
        if (rc != PCRE2_ERROR_NOMATCH)
            return rc;
        from = lit + 1;
        while (from < len && ((unsigned char)text[from] & 0xC0) == 0x80)
            from++;
    }
    return PCRE2_ERROR_NOMATCH;
}

int cg_rule_may_match(const cg_rule *r, const size_t *first)
{
    if (!r->need)
        return 1;
    for (size_t k = 0; k < r->nneed; k++)
        if (r->lit[k] != CG_NO_LIT && first[r->lit[k]] != SIZE_MAX)
            return 1;
    return 0;
}

void cg_rule_cursor_init(const cg_rule *r, const size_t *first, cg_rule_cursor *cur)
{
    memset(cur, 0, sizeof *cur);
    for (size_t k = 0; k < r->nneed; k++)
        if (r->lit[k] != CG_NO_LIT) {
            cur->next[k] = first[r->lit[k]];
            cur->from[k] = 1; /* searched from 0 */
        }
}

void cg_catalogue_find_literals(const cg_lang_catalogue *lc, const char *text, size_t len,
                                size_t *first)
{
    for (size_t i = 0; i < lc->nlits; i++) {
        const char *hit = memmem(text, len, lc->lits[i], strlen(lc->lits[i]));
        first[i] = hit ? (size_t)(hit - text) : SIZE_MAX;
    }
}

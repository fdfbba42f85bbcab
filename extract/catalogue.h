/*
 * catalogue.h - the pattern catalogue: corpus/patterns/<lang>.pat compiled
 * with PCRE2 (UTF, UCP, JIT when available).
 *
 * A catalogue file is data: lines of TAB-separated fields,
 *     define  NAME   REGEX          a fragment, used later as {NAME};
 *                                   {NAME!} is the same fragment with its
 *                                   named groups made non-capturing
 *     rule    NAME   KIND   REGEX   a citation pattern (KIND: list,
 *                                   symbol, instrument, article, backref;
 *                                   resnum: a resolution-like number, not
 *                                   a citation, for check --unmatched);
 *                                   a list rule's REGEX is the lead of a
 *                                   list of numbered resolutions and
 *                                   decisions, read on by the list grammar
 *                                   (grammar.h) from the atoms below
 *     atom    NAME   REGEX          a token of the list grammar, matched
 *                                   anchored: num, numpfx, date, datepre,
 *                                   link, ibody, sep, appos, ipost,
 *                                   postfix, trig (see grammar.h)
 *     need    NAME   LIT|LIT|... [BEFORE]
 *                                   a literal prefilter for rule NAME: the
 *                                   rule runs only on texts holding one of
 *                                   the literals (memmem is far cheaper
 *                                   than a regex scan); with BEFORE, every
 *                                   match holds a literal and starts at
 *                                   most BEFORE bytes before it, so the
 *                                   rule is searched only there
 *                                   (cg_rule_search); at most CG_NEED_MAX
 *                                   literals
 *     struct  NAME   REGEX          a line pattern for document structure
 *                                   (council, operative, subpara, footnote,
 *                                   verb, annex, end, trailer: after
 *                                   the adoption lines, a line that opens
 *                                   another document of a printed volume;
 *                                   nothing from there on is the document's;
 *                                   heading: a line that opens a document,
 *                                   where a file holding several is split,
 *                                   structure.h)
 * Built-in fragments come from the reference tables for the file's
 * language: {BODY} {MONTH} {VERB} {MODIFIER} {INSTRUMENT} {GENERIC}
 * {ORDINAL}.
 * common.pat is read before every language's own file. The meaning of each
 * named group (body, its, dec, sn, n, y2, roman, part, d, m, y, sym, ocr,
 * inst, art, generic) is documented in corpus/patterns/README.md.
 *
 * Ownership: the catalogue owns its compiled codes; it is read-only after
 * loading and may be shared between threads.
 */
#ifndef CG_CATALOGUE_H
#define CG_CATALOGUE_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <glib.h>
#include <pcre2.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include "common/cg_error.h"
#include "refdata.h"

typedef enum cg_rule_kind {
    CG_RK_LIST = 0,
    CG_RK_SYMBOL,
    CG_RK_INSTRUMENT,
    CG_RK_ARTICLE,
    CG_RK_BACKREF,
    CG_RK_RESNUM /* not a citation: what looks like a resolution
                        * number, for the review (unmatched.c) */
} cg_rule_kind;

/* Named groups the engine understands. */
typedef enum cg_group {
    CG_G_BODY = 0,
    CG_G_BODY2,
    CG_G_ITS,
    CG_G_DEC,
    CG_G_SN,
    CG_G_N,
    CG_G_Y2,
    CG_G_ROMAN,
    CG_G_PART,
    CG_G_D,
    CG_G_M,
    CG_G_Y,
    CG_G_SYM,
    CG_G_OCR,
    CG_G_INST,
    CG_G_ART,
    CG_G_GENERIC,
    CG_G_TRIG,
    CG_G_OPEN,
    CG_G_NOCR,
    CG_G_SS,
    CG_G_CHAP,
    CG_G_D0,
    CG_G_CONJ,
    CG_G_COUNT
} cg_group;

#define CG_GROUP_MAXDUP 8

typedef struct cg_compiled {
    pcre2_code *code;
    int group[CG_G_COUNT][CG_GROUP_MAXDUP]; /* group numbers, 0 = absent */
    /* What an anchored pattern's match must begin with, from PCRE2's own
     * analysis (pattern_info): read by cg_compiled_may_start. */
    int anchored;
    uint32_t minlen;         /* characters, so at least as many bytes */
    unsigned char start[32]; /* bit b: a match may begin with byte b */
} cg_compiled;

/* 0 when c, if anchored, cannot match text[at..len): too few bytes left,
 * or a first byte no match begins with. A test far cheaper than the
 * call: structure's line patterns and the list grammar's atoms are tried
 * hundreds of times per document, most failing on the first byte. */
static inline int cg_compiled_may_start(const cg_compiled *c, const char *text, size_t len,
                                        size_t at)
{
    if (!c->anchored)
        return 1;
    if (at > len || len - at < c->minlen)
        return 0;
    if (at == len)
        return 1; /* an empty match: no first byte to test */
    unsigned char b = (unsigned char)text[at];
    return (c->start[b >> 3] >> (b & 7)) & 1;
}

/* 0 when c, if anchored, cannot match text beginning with byte b. */
static inline int cg_compiled_may_begin(const cg_compiled *c, unsigned char b)
{
    return !c->anchored || ((c->start[b >> 3] >> (b & 7)) & 1);
}

#define CG_NEED_MAX 8
#define CG_NO_LIT   255

typedef struct cg_rule {
    char *name;
    cg_rule_kind kind;
    cg_compiled match; /* the rule (compiled with PCRE2_USE_OFFSET_LIMIT) */
    char **need;       /* NULL-terminated literals, or NULL: run always */
    size_t nneed;
    unsigned char lit[CG_NEED_MAX]; /* need[k]'s index in the language's
                                       lits, CG_NO_LIT for "" */
    long before;                    /* need's BEFORE, or -1: the literals gate the text only */
} cg_rule;

/* Where a rule's needed literals were last found in one text, kept
 * between the searches of that text: zero it for each text. */
typedef struct cg_rule_cursor {
    size_t next[CG_NEED_MAX]; /* literal k's first start at or after
                                 from[k] - 1, or SIZE_MAX: none */
    size_t from[CG_NEED_MAX]; /* 0: not searched yet */
} cg_rule_cursor;

/* 1 when rule r may match somewhere in a text (its prefilter holds):
 * first is cg_catalogue_find_literals()'s for that text. */
int cg_rule_may_match(const cg_rule *r, const size_t *first);
/* A cursor for r in a text, from first (cg_catalogue_find_literals()). */
void cg_rule_cursor_init(const cg_rule *r, const size_t *first, cg_rule_cursor *cur);

/* pcre2_match() of r's pattern on text[0..len) from from, with
 * PCRE2_NO_UTF_CHECK, md and mctx: the same first match, and the same
 * return code. For a rule with a need BEFORE, the pattern runs only from
 * BEFORE bytes ahead of each literal found (memmem), with mctx's offset
 * limit at the literal (reset to unset before returning): a citation
 * list's lead, which can start at any of a dozen letters, was a fifth of
 * all PCRE2 time scanning whole texts (bench/README.md, issue 17). */
int cg_rule_search(const cg_rule *r, cg_rule_cursor *cur, const char *text, size_t len, size_t from,
                   pcre2_match_data *md, pcre2_match_context *mctx);

typedef enum cg_struct_kind {
    CG_ST_COUNCIL = 0,
    CG_ST_OPERATIVE,
    CG_ST_SUBPARA,
    CG_ST_FOOTNOTE,
    CG_ST_VERB,
    CG_ST_ANNEX,
    CG_ST_END,
    CG_ST_TRAILER,
    CG_ST_HEADING,
    CG_ST_COUNT
} cg_struct_kind;

/* The tokens of the list grammar (grammar.h says what each one is). */
typedef enum cg_atom_kind {
    CG_A_NUM = 0,
    CG_A_NUMPFX,
    CG_A_DATE,
    CG_A_DATEPRE,
    CG_A_LINK,
    CG_A_IBODY,
    CG_A_SEP,
    CG_A_APPOS,
    CG_A_IPOST,
    CG_A_POSTFIX,
    CG_A_TRIG,
    CG_A_COUNT
} cg_atom_kind;

typedef struct cg_lang_catalogue {
    char lang[8];
    cg_rule *rules;
    size_t nrules;
    const char **lits; /* the rules' needed literals, each once (they are
                          the rules' need strings, not copies) */
    size_t nlits;
    cg_compiled atom[CG_A_COUNT]; /* code NULL when the language has none */
    cg_compiled st[CG_ST_COUNT];  /* code NULL when the language has none */
    atomic_int jitted;            /* 1 once JIT-compiled (cg_catalogue_lang) */
} cg_lang_catalogue;

typedef struct cg_catalogue {
    cg_lang_catalogue *langs;
    size_t nlangs;
    GMutex jit_lock; /* serialises first-use JIT compilation */
} cg_catalogue;

/* Loads and compiles common.pat + <lang>.pat for every <lang>.pat found in
 * dir. Errors name the file, the line and PCRE2's message. */
cg_catalogue *cg_catalogue_load(const char *dir, const cg_refdata *ref, cg_error *err);
void cg_catalogue_free(cg_catalogue *c);
/* The catalogue of one language, or NULL; JIT-compiles it on first use
 * (thread-safe). */
const cg_lang_catalogue *cg_catalogue_lang(const cg_catalogue *c, const char *lang);

/* The first start in text of each of lc's needed literals, SIZE_MAX
 * where there is none, into first[0..lc->nlits): each literal is looked
 * for once however many rules need it (twenty article rules need
 * "rticle"). */
void cg_catalogue_find_literals(const cg_lang_catalogue *lc, const char *text, size_t len,
                                size_t *first);

/* Span of group g in a match (first participating duplicate); returns 0 and
 * sets *s,*e when the group took part, -1 otherwise. */
int cg_group_span(const cg_compiled *c, pcre2_match_data *md, cg_group g, size_t *s, size_t *e);

#endif

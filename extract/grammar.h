/*
 * grammar.h - the list grammar: one reading, for every language, of the
 * lists in which UN texts cite numbered resolutions and decisions.
 *
 * A language's catalogue supplies the tokens (atoms, PCRE2 patterns matched
 * anchored where the grammar expects them) and the lead (a list rule's
 * pattern, searched for: the trigger word with what may stand before it,
 * "its resolutions", "General Assembly resolution", "les résolutions de
 * l'Assemblée générale", "其", "القرارات"). The grammar itself is written
 * once, here:
 *
 *   list := LEAD (APPOS? SEP TRIG?)? item (SEP TRIG? item)*
 *   item := DATEPRE? NUMPFX? NUM ( IPOST | IBODY | LINK? DATE | APPOS )*
 *
 *   NUM      6/3, 60/251, S-7/1, 1325 (2000), 217 A (III); groups sn, n,
 *            y2, roman, part (nocr: a number read through OCR damage)
 *   NUMPFX   "No.", "n°", "№", "núm.", "رقم", 第
 *   DATE     a full date or a day and month without the year (d, m, y)
 *   DATEPRE  a date written before the number (2005年4月20日第…)
 *   LINK     what joins a date to its item: "of", "du", "en date du", "от"
 *   IBODY    a body named after the number: "of the General Assembly",
 *            "de la Commission des droits de l'homme", "Генеральной Ассамблеи"
 *   SEP      between items: ", ", " and ", "; ", " et ", "、", with
 *            qualifiers ("and, in particular,")
 *   APPOS    an apposition skipped: “title”, « titre », ", on the code of
 *            conduct …" (group open: it runs to the next SEP NUM or
 *            LINK DATE, at most CG_APPOS_MAX bytes)
 *   IPOST    a word closing one item (号)
 *   TRIG     the trigger word again inside a list: "General Assembly
 *            resolutions on water, including resolution 64/292", "… and
 *            decision 2/102" (group dec: the items after it are decisions)
 *   POSTFIX  a trigger closing an item (号决议, 号决定: group dec); the list
 *            may go on ("理事会…第6/3号决议、2008年3月27日第7/5号决议")
 *
 * A list counts when its lead holds the trigger word (group trig; every
 * lead of a language without POSTFIX does) or an item has a POSTFIX. An
 * item without a POSTFIX is a decision when the next POSTFIX of the list
 * says so (第2/102、2/103号决定), else when the lead does. Its semantics, also once: an item's body is the body named at the
 * item, else the body named in the lead ("its" included), else the body
 * named after the last item of a list that names no other (the tail body),
 * else none (the caller falls back on the citing document's body and the
 * number's shape); a TRIG inside the list opens a segment with its own
 * tail body; a date without its year takes the year of the next full
 * date of the list, else the year in the item's brackets; an item written
 * without a date and joined by "and" (SEP group conj) to a dated one
 * shares its date ("resolutions 5/1 and 5/2 of 18 June 2007"), unless its
 * own year says otherwise.
 *
 * Ownership: cg_list_read() fills a caller-owned cg_list whose items array
 * it allocates; cg_list_clear() frees it.
 */
#ifndef CG_GRAMMAR_H
#define CG_GRAMMAR_H

#include <stddef.h>

#include "catalogue.h"

#define CG_APPOS_MAX 400 /* bytes an unquoted apposition may run */

/* What the grammar matches with: the caller's match context and scratch
 * match data, and the count of searches stopped by PCRE2's limits. */
typedef struct cg_matcher {
    pcre2_match_context *mctx;
    pcre2_match_data *md; /* scratch for anchored atoms */
    size_t limit_hits;    /* searches that hit a match limit */
    size_t limit_first;   /* offset of the first such search */
} cg_matcher;

typedef struct cg_list_item {
    size_t s, e;            /* normalised span: DATEPRE/NUM .. last token */
    char sn[24];            /* session/number or year/number, no spaces */
    char n[12];             /* number of N (YYYY) / N (roman) */
    char y2[8];             /* year in brackets */
    char roman[16];         /* roman session */
    char part[16];          /* part letter of 217 A (III), or its name */
    char body[96];          /* body word that applies ("" none) */
    int body_from_tail;     /* body is the one named after the list */
    int its;                /* "its"/"ses"/其: the citing body */
    int dec;                /* a decision, not a resolution */
    int post;               /* its own POSTFIX: 0 none, 1 resolution,
                               * 2 decision */
    int trig;               /* a TRIG before it in the list: 0 none,
                               * 1 resolution, 2 decision */
    int seg;                /* segment: TRIGs inside the list split it
                               * ("резолюции 6/3 и 7/5 Совета и резолюции
                               * 1325 (2000) и 60/251 Генеральной
                               * Ассамблеи": each has its own tail body) */
    int ocr;                /* the number was read through OCR damage */
    char d[4], m[48], y[8]; /* date as written (y filled from the list) */
    int dated;              /* a date was written, ISO or not */
    int two_days;           /* "4 and 14 July": the day of two items */
    int conj_before;        /* the SEP before it is "and" (group conj) */
    int cut;                /* a group matched more than its field holds
                               (a catalogue's own patterns): refused */
} cg_list_item;

typedef struct cg_list {
    size_t s, e;         /* normalised span of the whole list */
    cg_list_item *items; /* g_new'd */
    size_t nitems, cap;
    /* A list of more than CG_LIST_CHUNK items (a dump of thousands of
     * "resolution 1325 (2000), ") is read in chunks that end where a
     * trigger word opens a segment, so that its items are never all held
     * at once: the next call from cont_p goes on with the same lead. */
    int cont;
    size_t cont_p;
    char cont_body[96];
    int cont_head_cut;
    int cont_its, cont_dec, cont_trig, cont_retrig, cont_seg;
} cg_list;

/* Items after which a list is cut at the next segment (cg_list.cont), and
 * four times as many, after which it is cut anywhere (a segment of a
 * hundred thousand items is a dump, not a text). A document's lists have a
 * few dozen items; the cut loses only what settles across it (a postfix,
 * a year or a body written after it), never an item. */
#define CG_LIST_CHUNK 4096

/* Searches rule (a list rule of lc) in text[from..len) and reads the first
 * list found at or after from into *out (cleared first). Returns 1 when a
 * list was read, 0 when a lead opened none, -1 when no lead is left; *next
 * is where the search goes on (after the list, or after the lead).
 * cursor is the rule's, for this text (cg_rule_search). Time: O(length of
 * the list) after the lead's search. */
int cg_list_read(const cg_lang_catalogue *lc, const cg_rule *rule, cg_rule_cursor *cursor,
                 cg_matcher *m, const char *text, size_t len, size_t from, cg_list *out,
                 size_t *next);
void cg_list_clear(cg_list *l);

#endif

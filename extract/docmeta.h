/*
 * docmeta.h - what a document is: its own symbol, language, body, session,
 * agenda item, title, adoption date, meeting and recorded vote.
 * Internal to extract/ (the public view is the cg_doc accessors in
 * extract.h).
 *
 * Everything here reads the document's UTF-8 text as a whole (after any
 * encoding conversion), with its original line breaks; offsets are byte
 * offsets into that text.
 *
 * Ownership: cg_docmeta owns every string and array it points to; release
 * with cg_docmeta_clear(). cg_states is loaded once and shared read-only by
 * all threads.
 */
#ifndef CG_DOCMETA_H
#define CG_DOCMETA_H

#include <stddef.h>

#include "common/cg_error.h"
#include "acts.h"
#include "docwords.h"

/* How the document's own symbol was found, most trusted first. */
typedef enum cg_id_source {
    CG_ID_NONE = 0,
    CG_ID_MANIFEST, /* the manifest said so */
    CG_ID_HEADER,   /* a symbol in the masthead/first lines */
    CG_ID_TITLE,    /* numbered title under body and session ("23/12. ...") */
    CG_ID_FILENAME  /* the file name (S_RES_1454_2002_EN_GOLD.txt) */
} cg_id_source;

const char *cg_id_source_name(cg_id_source s); /* "manifest", "header", ... */

/* Where the adoption date was read. */
typedef enum cg_date_source {
    CG_DATE_NONE = 0,
    CG_DATE_MANIFEST, /* the manifest said so */
    CG_DATE_ADOPTION, /* the adoption statement of the head: "Resolution
                           adopted by the Human Rights Council on 22 June
                           2017", "人权理事会2017年3月23日通过的决议",
                           "принятая Советом Безопасности на его 6283-м
                           заседании 12 марта 2010 года" */
    CG_DATE_HEADING,  /* an old Security Council heading "Resolution 290
                           of 8 December 1970" */
    CG_DATE_DECISION, /* "At its 48th meeting, on 25 March 2011, the Human
                           Rights Council decided" */
    CG_DATE_CLOSING,  /* the closing meeting line "38th meeting / 13 June
                           2013", "2013年 6月 13日第 38次会议" */
    CG_DATE_VERSION   /* another language version or copy of the document
                           (set when versions are merged, never by parsing) */
} cg_date_source;

const char *cg_date_source_name(cg_date_source s); /* "adoption", ...; "none" */

/* Where the title was read. */
typedef enum cg_title_source {
    CG_TITLE_NONE = 0,
    CG_TITLE_MANIFEST, /* the manifest said so */
    CG_TITLE_NUMBERED, /* the numbered title line "35/3. Human rights and
                           international solidarity", "5 3 / 5 . Mandate of" */
    CG_TITLE_HEADING,  /* after a resolution heading "Resolution 6/2.
                           Mandate of ...", "Резолюции 7/14 Право на питание" */
    CG_TITLE_VERSION   /* another language version (merging only) */
} cg_title_source;

const char *cg_title_source_name(cg_title_source s); /* "numbered", ...; "none" */

/* State names -> ISO 3166-1 alpha-3, from corpus/data/states.tsv. */
typedef struct cg_states cg_states; /* opaque */

/* Loads the table (columns: iso3, status, lang, name). Returns NULL and
 * fills err on failure (names the file and line). Free with
 * cg_states_free(). */
cg_states *cg_states_load(const char *path, cg_error *err);
void cg_states_free(cg_states *s);
/* ISO3 of a state name as written (whitespace inside the name ignored, so a
 * name broken across lines still matches), or NULL. Pointer owned by s. */
const char *cg_states_lookup(const cg_states *s, const char *lang, const char *name, size_t len);

typedef struct cg_vote {
    int recorded;                            /* 1 when a recorded vote was found */
    int without_vote;                        /* 1 when "adopted without a vote" / unanimously */
    int yes, no, abstain;                    /* counts as stated; -1 when not stated */
    char **yes_iso, **no_iso, **abstain_iso; /* ISO3 codes from the lists */
    size_t n_yes, n_no, n_abstain;           /* lengths of the lists */
    char **unknown;                          /* names in the lists that the table does not know */
    size_t n_unknown;
    int mismatch; /* 1 when counts and lists disagree */
} cg_vote;

typedef struct cg_docmeta {
    char *symbol; /* canonical own symbol, e.g. "A/HRC/RES/23/12",
                           "S/RES/1454(2002)"; NULL when unknown */
    cg_id_source symbol_source;
    char *lang;        /* "ar","zh","en","fr","ru","es"; NULL when unknown */
    char *body;        /* "HRC","CHR","GA","SC","ECOSOC"; NULL when unknown */
    char *session;     /* "23"; NULL when unknown */
    char *agenda_item; /* "3"; NULL when unknown */
    char *title;       /* "人权与国际团结"; NULL when unknown */
    char *date;        /* adoption date, ISO "2013-06-13"; NULL when unknown */
    cg_date_source date_source;
    cg_title_source title_source;
    int decision; /* 1 when the text says it is a decision */
    int meeting;  /* 38; 0 when unknown */
    cg_vote vote;
    cg_act act;    /* what it does to a mandate, as it says (acts.h) */
    int act_years; /* for how many years, as it says; 0 when not said */
    /* Where a web site's note after the document starts (doc-words
     * site.note: Wikisource's public-domain notice); 0 when there is none.
     * No citation is read from there on. */
    size_t site_note;
    /* Byte ranges of the text that are the document's own identity (its
     * symbol in the masthead, numbered title line, running page headers,
     * job numbers such as "GE.13-15112 (C)" / "02-75941 (E)"): the
     * extractor never reports a citation inside them. */
    size_t (*skip)[2];
    size_t n_skip;
} cg_docmeta;

/* Fills *m from the text. `filename` (base name, may be NULL) is the last
 * resort for the symbol. `lang_hint` may be NULL (detect). `words` is the
 * vocabulary the text is read with (docwords.h; NULL: only the file name
 * and the language are read); `ref` the reference data whose bodies.tsv
 * says how each body numbers its resolutions (a numbered title "23/12."
 * is the HRC's A/HRC/RES/23/12 only if bodies.tsv says so; NULL: no symbol
 * is made from a numbered title). Never fails on odd text: fields it cannot
 * find stay unknown; returns EINVAL when the patterns built from `words` do
 * not compile, or ENOMEM when PCRE2 cannot allocate its match data. */
int cg_docmeta_parse(const char *text, size_t len, const char *filename, const char *lang_hint,
                     const cg_states *states, const cg_docwords *words, const cg_refdata *ref,
                     cg_docmeta *m, cg_error *err);
void cg_docmeta_clear(cg_docmeta *m);

/* Language of a text from its script and frequent words; NULL when unsure.
 * Returns a static string. */
const char *cg_detect_language(const char *text, size_t len);

#endif

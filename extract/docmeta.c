/*
 * docmeta.c - cg_docmeta_parse(): runs the readers of a document's identity
 * (identity.c), language (langdetect.c) and vote (votes.c) over its text and
 * owns the result's life cycle.
 *
 * Language, most trusted first: the caller's hint, the file name
 * (".zh.txt", "_EN_GOLD"), then the text's script and frequent words.
 */
#include "docmeta.h"
#include "digits.h"

#include <string.h>

#include <glib.h>

#include "identity.h"
#include "votes.h"

const char *cg_id_source_name(cg_id_source s)
{
    switch (s) {
    case CG_ID_MANIFEST: return "manifest";
    case CG_ID_HEADER: return "header";
    case CG_ID_TITLE: return "title";
    case CG_ID_FILENAME: return "filename";
    case CG_ID_NONE: break;
    }
    return "none";
}

const char *cg_date_source_name(cg_date_source s)
{
    switch (s) {
    case CG_DATE_MANIFEST: return "manifest";
    case CG_DATE_ADOPTION: return "adoption";
    case CG_DATE_HEADING: return "heading";
    case CG_DATE_DECISION: return "decision";
    case CG_DATE_CLOSING: return "closing";
    case CG_DATE_VERSION: return "version";
    case CG_DATE_NONE: break;
    }
    return "none";
}

const char *cg_title_source_name(cg_title_source s)
{
    switch (s) {
    case CG_TITLE_MANIFEST: return "manifest";
    case CG_TITLE_NUMBERED: return "numbered";
    case CG_TITLE_HEADING: return "heading";
    case CG_TITLE_VERSION: return "version";
    case CG_TITLE_NONE: break;
    }
    return "none";
}

void cg_docmeta_clear(cg_docmeta *m)
{
    if (!m)
        return;
    g_free(m->symbol);
    g_free(m->lang);
    g_free(m->body);
    g_free(m->session);
    g_free(m->agenda_item);
    g_free(m->title);
    g_free(m->date);
    g_free(m->skip);
    cg_vote_clear(&m->vote);
    memset(m, 0, sizeof *m);
    m->vote.yes = m->vote.no = m->vote.abstain = -1;
}

int cg_docmeta_parse(const char *text, size_t len, const char *filename, const char *lang_hint,
                     const cg_states *states, const cg_docwords *words, const cg_refdata *ref,
                     cg_docmeta *m, cg_error *err)
{
    int rc;
    cg_digit_fold fold = {0};
    memset(m, 0, sizeof *m);
    m->vote.yes = m->vote.no = m->vote.abstain = -1;
    if (!text)
        len = 0;
    if (!text)
        text = "";

    m->lang = g_strdup(lang_hint);
    /* The readers below say [0-9]: they read Arabic-Indic and full-width
     * digits folded (digits.h), and their skip ranges are mapped back. */
    if (cg_digits_fold(text, len, &fold)) {
        text = fold.text;
        len = fold.len;
    }
    if ((rc = cg_identity_parse(text, len, filename, words, ref, m, err)))
        goto fail;
    if (!m->lang)
        m->lang = g_strdup(cg_detect_language(text, len));
    if ((rc = cg_votes_parse(text, len, states, words, &m->vote, err)))
        goto fail;
    if ((rc = cg_acts_parse(text, len, words, &m->act, &m->act_years, err)))
        goto fail;
    if (fold.text && m->site_note)
        m->site_note = cg_digits_orig(&fold, m->site_note);
    if (fold.text)
        for (size_t i = 0; i < m->n_skip; i++) {
            m->skip[i][0] = cg_digits_orig(&fold, m->skip[i][0]);
            m->skip[i][1] = cg_digits_orig(&fold, m->skip[i][1]);
        }
    cg_digit_fold_clear(&fold);
    return 0;

fail:
    cg_digit_fold_clear(&fold);
    cg_docmeta_clear(m);
    return rc;
}

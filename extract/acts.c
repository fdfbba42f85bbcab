/*
 * acts.c - what a resolution or decision does to a mandate (see acts.h):
 * the words are data (doc-words.tsv act.*), in six languages, so a history
 * says "established" or "renewed for three years" only where a text says so.
 */
#include "acts.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "meta_rx.h"

enum { RX_ACT, RX_PERIOD, RX_COUNT };

static const char *const RX_SRC[RX_COUNT] = {
    [RX_ACT] = "(?i:(@{act.establish})|(@{act.renew})|(@{act.postpone}))",
    /* "for a period of three years", "por un nuevo período de tres años",
     * "为期三年" */
    [RX_PERIOD] = "(?i:@{act.period})\\s*([0-9]{1,2}|@{act.num})[\\s-]*(?i:@{act.years})",
};

/* How far after the act its period may stand: the rest of its paragraph,
 * about. */
#define PERIOD_WINDOW 400

const char *cg_act_name(cg_act a)
{
    static const char *const names[] = {"", "establish", "renew", "postpone"};
    return a >= CG_ACT_NONE && a <= CG_ACT_POSTPONE ? names[a] : "";
}

int cg_acts_parse(const char *text, size_t len, const cg_docwords *words, cg_act *act, int *years,
                  cg_error *err)
{
    *act = CG_ACT_NONE;
    *years = 0;
    if (!words || !text)
        return 0;
    pcre2_code *const *rx;
    cg_error e;
    int rc = cg_docwords_compiled(words, CG_DW_ACTS, RX_SRC, RX_COUNT, &rx, &e);
    if (rc)
        return cg_error_set(err, rc, "acts: %s", e.msg);
    pcre2_match_data *md = pcre2_match_data_create(8, NULL);
    if (!md)
        return cg_error_set(err, ENOMEM, "acts: PCRE2 could not allocate match data");
    if (cg_mrx_match(rx[RX_ACT], text, len, 0, md) > 0) {
        *act = cg_mrx_set(md, 1)   ? CG_ACT_ESTABLISH
               : cg_mrx_set(md, 2) ? CG_ACT_RENEW
                                   : CG_ACT_POSTPONE;
        size_t from = cg_mrx_end(md, 0);
        size_t to = len - from > PERIOD_WINDOW ? from + PERIOD_WINDOW : len;
        if (*act != CG_ACT_POSTPONE && cg_mrx_match(rx[RX_PERIOD], text, to, from, md) > 0) {
            size_t a = cg_mrx_start(md, 1), b = cg_mrx_end(md, 1);
            long n = cg_mrx_first_number(text + a, b - a);
            if (n < 0) {
                const char *k = cg_docwords_key(words, "act.num", text + a, b - a, NULL);
                n = k ? cg_docwords_key_number(k) : -1;
            }
            *years = n > 0 && n < 100 ? (int)n : 0;
        }
    }
    pcre2_match_data_free(md);
    return 0;
}

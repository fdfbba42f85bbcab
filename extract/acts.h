/*
 * acts.h - what a resolution or decision does to a mandate, as its own
 * operative words say. Internal to extract/.
 */
#ifndef CG_ACTS_H
#define CG_ACTS_H

#include <stddef.h>

#include "common/cg_error.h"
#include "docwords.h"

/* What a text does to a mandate (doc-words.tsv keys act.*). */
typedef enum cg_act {
    CG_ACT_NONE = 0,  /* it says none of the words: nothing known */
    CG_ACT_ESTABLISH, /* "Decides to appoint a Special Rapporteur" */
    CG_ACT_RENEW,     /* "Decides to extend the mandate" */
    CG_ACT_POSTPONE   /* "decides to postpone" */
} cg_act;

const char *cg_act_name(cg_act a); /* "establish", "renew", "postpone", "" */

/* Reads the first act the text states, into *act, and the years it gives
 * it ("for a period of three years") into *years (0 when not stated).
 * Returns 0, or an error code with err filled (EINVAL: the patterns do not
 * compile; ENOMEM: PCRE2 cannot allocate its match data). */
int cg_acts_parse(const char *text, size_t len, const cg_docwords *words, cg_act *act, int *years,
                  cg_error *err);

#endif

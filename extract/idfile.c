/*
 * idfile.c - the symbol and language a file name implies (see identity.h):
 * the names people give UN documents, "S_RES_1454_2002_EN_GOLD.txt",
 * "E_CN.4_RES_2005_55.txt", "S_RES_1518(2003).txt", "A_HRC_RES_35_3-EN.pdf",
 * "A_HRC_RES_35_3_E.pdf", "A_HRC_RES_23_12.zh.txt". The last resort for a
 * document's identity, after its text.
 */
#define _GNU_SOURCE /* memrchr */
#include "identity.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <glib.h>

static int is_official_lang(const char *s, size_t n, const char **lang)
{
    static const char *const langs[] = {"ar", "zh", "en", "fr", "ru", "es"};
    if (n != 2)
        return 0;
    for (size_t i = 0; i < 6; i++)
        if (strncasecmp(s, langs[i], 2) == 0) {
            *lang = langs[i];
            return 1;
        }
    return 0;
}

static int all_digits(const char *s, size_t n)
{
    if (n == 0)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i]))
            return 0;
    return 1;
}

/* The official language of a one-letter UN document-language code ("_E"
 * in A_HRC_RES_35_3_E.pdf: A C E F R S), or NULL. */
static const char *un_letter_lang(char ch)
{
    switch (ch) {
    case 'A': return "ar";
    case 'C': return "zh";
    case 'E': return "en";
    case 'F': return "fr";
    case 'R': return "ru";
    case 'S': return "es";
    default: return NULL;
    }
}

void cg_identity_from_filename(const char *filename, char **symbol, const char **lang)
{
    *symbol = NULL;
    *lang = NULL;
    if (!filename)
        return;
    const char *base = strrchr(filename, '/');
    base = base ? base + 1 : filename;
    size_t stem = strlen(base);
    /* The extension: ".txt", ".pdf" (letters after the last dot). */
    const char *dot = memrchr(base, '.', stem);
    if (dot && dot > base) {
        size_t k = 1;
        while (dot + k < base + stem && isalpha((unsigned char)dot[k]))
            k++;
        if (dot + k == base + stem && k > 1 && k <= 5)
            stem = (size_t)(dot - base);
    }
    /* A language after the symbol: ".zh", "-EN", "_en", "_E", "-F". */
    if (stem > 3 && base[stem - 3] == '.' && is_official_lang(base + stem - 2, 2, lang))
        stem -= 3;
    else if (stem > 3 && (base[stem - 3] == '-' || base[stem - 3] == '_') &&
             is_official_lang(base + stem - 2, 2, lang))
        stem -= 3;
    else if (stem > 2 && (base[stem - 2] == '-' || base[stem - 2] == '_') &&
             isdigit((unsigned char)base[stem - 3]) && un_letter_lang(base[stem - 1])) {
        *lang = un_letter_lang(base[stem - 1]);
        stem -= 2;
    }

    /* Split the stem at '_' up to a language token ("_EN_GOLD"). */
    const char *tok[16];
    size_t tl[16], nt = 0;
    for (size_t i = 0; i < stem && nt < 16;) {
        size_t j = i;
        while (j < stem && base[j] != '_')
            j++;
        const char *tlang;
        if (nt >= 2 && is_official_lang(base + i, j - i, &tlang)) {
            if (!*lang)
                *lang = tlang;
            break;
        }
        tok[nt] = base + i;
        tl[nt++] = j - i;
        i = j + 1;
    }
    if (nt < 3 || tl[0] == 0 || tl[0] > 2)
        return;
    for (size_t i = 0; i < tl[0]; i++)
        if (!isupper((unsigned char)tok[0][i]))
            return;
    int has_number = 0;
    for (size_t i = 0; i < nt; i++)
        for (size_t k = 0; k < tl[i]; k++)
            has_number |= isdigit((unsigned char)tok[i][k]) != 0;
    if (!has_number)
        return;

    size_t cap = stem + 8;
    char *out = g_malloc(cap);
    size_t w = 0;
    /* S_RES_1454_2002: the year is the parenthesised part of the symbol. */
    int sc = nt == 4 && tl[0] == 1 && tok[0][0] == 'S' && tl[1] == 3 &&
             memcmp(tok[1], "RES", 3) == 0 && all_digits(tok[2], tl[2]) && tl[3] == 4 &&
             all_digits(tok[3], 4);
    for (size_t i = 0; i < nt; i++) {
        const char *t = tok[i];
        size_t l = tl[i];
        if (all_digits(t, l))
            while (l > 1 && *t == '0') {
                t++;
                l--;
            }
        if (i > 0)
            out[w++] = (sc && i == 3) ? '(' : '/';
        memcpy(out + w, t, l);
        w += l;
    }
    if (sc)
        out[w++] = ')';
    out[w] = '\0';
    *symbol = cg_identity_canonical(out, w);
    g_free(out);
}

/*
 * langdetect.c - cg_detect_language() (docmeta.h): the language of a UN text
 * from its script, and for Latin script from its most frequent words.
 *
 * Only the six official languages are told apart, so a script count settles
 * Chinese, Arabic and Russian; English, French and Spanish share a script and
 * are told apart by function words that are frequent in one and absent or
 * rare in the others ("la" and "de" are common to French and Spanish and are
 * not counted).
 */
#include "docmeta.h"

#include <string.h>
#include <utf8proc.h>

/* Enough text to decide; a resolution's first pages always suffice. */
#define SAMPLE_BYTES (64 * 1024)
/* Fewer letters than this and the text says nothing about its language. */
#define MIN_LETTERS 20
/* Fewer function-word hits than this and a Latin text stays undecided. */
#define MIN_WORD_HITS 3

/* Words of one language only (not "de", "la", "en", shared by two): a
 * one-sentence Spanish text ("El Consejo …, aprobada por la Asamblea General
 * en su resolución 41/128") has "por", "su" and "al" more than "el". */
static const char *const EN_WORDS[] = {"the", "of", "and", "to", "with", "its", "for", "by", NULL};
static const char *const FR_WORDS[] = {"le",  "les", "des",  "et",  "du", "aux", "au",
                                       "sur", "par", "dans", "une", "sa", "ses", NULL};
static const char *const ES_WORDS[] = {"el",  "los",  "las", "del", "y",   "con", "al",
                                       "por", "para", "su",  "sus", "una", NULL};

static int in_list(const char *w, size_t n, const char *const *list)
{
    for (; *list; list++)
        if (strlen(*list) == n && memcmp(*list, w, n) == 0)
            return 1;
    return 0;
}

const char *cg_detect_language(const char *text, size_t len)
{
    size_t han = 0, arabic = 0, cyrillic = 0, latin = 0;
    size_t en = 0, fr = 0, es = 0;
    char word[8];
    size_t wlen = 0;
    int wlong = 0; /* the current word is too long to be a function word */

    if (!text)
        return NULL;
    if (len > SAMPLE_BYTES)
        len = SAMPLE_BYTES;
    for (size_t i = 0; i <= len;) {
        utf8proc_int32_t cp = ' ';
        utf8proc_ssize_t n = 1;
        if (i < len) {
            n = utf8proc_iterate((const utf8proc_uint8_t *)text + i, (utf8proc_ssize_t)(len - i),
                                 &cp);
            if (n <= 0) { /* a cut or bad sequence: skip the byte */
                n = 1;
                cp = ' ';
            }
        }
        int is_latin = (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') ||
                       (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7);
        if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
            (cp >= 0xF900 && cp <= 0xFAFF))
            han++;
        else if ((cp >= 0x0600 && cp <= 0x06FF) || (cp >= 0x0750 && cp <= 0x077F) ||
                 (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF))
            arabic++;
        else if (cp >= 0x0400 && cp <= 0x04FF)
            cyrillic++;
        else if (is_latin)
            latin++;

        if (is_latin) {
            if (cp < 0x80 && wlen < sizeof word)
                word[wlen++] = (char)(cp | 0x20); /* ASCII lower case */
            else
                wlong = 1;
        } else if (wlen || wlong) {
            if (!wlong && wlen < sizeof word) {
                en += in_list(word, wlen, EN_WORDS);
                fr += in_list(word, wlen, FR_WORDS);
                es += in_list(word, wlen, ES_WORDS);
            }
            wlen = 0;
            wlong = 0;
        }
        i += (size_t)n;
    }

    size_t letters = han + arabic + cyrillic + latin;
    if (letters < MIN_LETTERS)
        return NULL;
    /* Chinese text quotes Latin symbols (A/HRC/23/2) but every sentence is
     * Han, so a modest share of Han already decides. */
    if (han * 4 >= letters)
        return "zh";
    if (arabic * 2 >= letters)
        return "ar";
    if (cyrillic * 2 >= letters)
        return "ru";
    if (latin * 2 < letters)
        return NULL;
    /* The winner must clearly lead: a Spanish text quoting an English title
     * must not come out English. */
    if (en >= MIN_WORD_HITS && en > 2 * fr && en > 2 * es)
        return "en";
    if (fr >= MIN_WORD_HITS && fr > 2 * en && fr > 2 * es)
        return "fr";
    if (es >= MIN_WORD_HITS && es > 2 * en && es > 2 * fr)
        return "es";
    return NULL;
}

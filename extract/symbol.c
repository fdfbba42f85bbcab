#include "symbol.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

char *cg_symbol_canonicalise(const char *sym, size_t len, const char *year)
{
    size_t extra = year ? strlen(year) + 2 : 0;
    char *out = g_malloc(len + extra + 1);
    size_t o = 0;
    for (size_t i = 0; i < len; i++)
        if (!isspace((unsigned char)sym[i]))
            out[o++] = sym[i];
    out[o] = '\0';
    if (year && *year && !strncmp(out, "S/RES/", 6) && strspn(out + 6, "0123456789") == o - 6)
        o += (size_t)sprintf(out + o, "(%s)", year);
    return out;
}

cg_kind cg_symbol_kind(const char *sym)
{
    if (strstr(sym, "/RES/"))
        return CG_KIND_RESOLUTION;
    if (strstr(sym, "/DEC/"))
        return CG_KIND_DECISION;
    return CG_KIND_DOCUMENT;
}

int cg_symbol_fill(const char *tmpl, const char *a, const char *b, const char *y, const char *r,
                   char *out, size_t cap)
{
    size_t o = 0;
    for (const char *p = tmpl; *p; p++) {
        const char *v = NULL;
        if (p[0] == '{' && p[1] && p[2] == '}') {
            switch (p[1]) {
            case 'a': v = a; break;
            case 'b': v = b; break;
            case 'y': v = y; break;
            case 'r': v = r; break;
            default: break;
            }
        }
        if (v) {
            size_t l = strlen(v);
            if (o + l >= cap)
                return -1;
            memcpy(out + o, v, l);
            o += l;
            p += 2;
        } else {
            if (o + 1 >= cap)
                return -1;
            out[o++] = *p;
        }
    }
    out[o] = '\0';
    return 0;
}

/* Roman numerals 1..89: UN session and chapter numbers stay below 90. */
static const char *const roman_tens[] = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX"};
static const char *const roman_ones[] = {"",  "I",  "II",  "III",  "IV",
                                         "V", "VI", "VII", "VIII", "IX"};

int cg_roman_from_int(long v, char *out, size_t cap)
{
    if (v < 1 || v > 89)
        return 0;
    g_strlcpy(out, roman_tens[v / 10], cap);
    g_strlcat(out, roman_ones[v % 10], cap);
    return 1;
}

long cg_roman_value(const char *s)
{
    /* The written forms tens + ones of cg_roman_from_int, read back: each
     * value has one form, so the first pair that spells s is its value
     * (89 formatted candidates per call were 1% of extraction). */
    for (long t = 8; t >= 0; t--) {
        size_t l = strlen(roman_tens[t]);
        if (strncmp(s, roman_tens[t], l))
            continue;
        for (long o = 0; o <= 9; o++)
            if (t * 10 + o > 0 && !strcmp(s + l, roman_ones[o]))
                return t * 10 + o;
    }
    return 0;
}

int cg_roman_valid(const char *s)
{
    return cg_roman_value(s) > 0;
}

int cg_symbol_is_stem(const char *sym)
{
    /* "E/CN.4", "E/C.12", "A/AC.109": an organ and a subsidiary body name
     * it documents under, no document yet. */
    const char *slash = strchr(sym, '/');
    if (!slash || strchr(slash + 1, '/'))
        return 0;
    const char *p = slash + 1;
    if (!(*p >= 'A' && *p <= 'Z'))
        return 0;
    while ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z'))
        p++;
    if (*p++ != '.')
        return 0;
    size_t digits = strspn(p, "0123456789");
    return digits >= 1 && digits <= 3 && p[digits] == '\0';
}

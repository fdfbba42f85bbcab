/*
 * fuzz_symbol.c - the symbol canonicaliser and its helpers on hostile text.
 *
 * Input: NUL-separated strings: symbol as matched, year, template, a, b, y,
 * r; the first byte of the template also picks the output capacity.
 * Checked: the canonical form holds no white space outside the attached
 * year, is a fixed point (canonicalising it again changes nothing), fits
 * the promised size; kind is among the documented values (the body of a
 * symbol is refdata's: cg_ref_symbol_body);
 * cg_symbol_fill never writes past cap and NUL-terminates what it returns.
 */
#include <ctype.h>

#include <glib.h>

#include "extract/symbol.h"
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_strings fs = fuzz_split(data, size, 7);
    const char *sym = fs.s[0], *year = fs.s[1], *tmpl = fs.s[2];
    size_t slen = strlen(sym);
    /* An exact-size, unterminated copy of the symbol: len is the bound. */
    char *raw = malloc(slen ? slen : 1);
    memcpy(raw, sym, slen);

    char *c = cg_symbol_canonicalise(raw, slen, *year ? year : NULL);
    FUZZ_CHECK(c != NULL, "NULL");
    size_t clen = strlen(c);
    FUZZ_CHECK(clen <= slen + strlen(year) + 2, "too long: %zu", clen);
    int has_year =
        *year && clen > 0 && c[clen - 1] == ')' && !strncmp(c, "S/RES/", 6) && strchr(c, '(');
    if (!has_year) {
        for (size_t i = 0; i < clen; i++)
            FUZZ_CHECK(!isspace((unsigned char)c[i]), "space at %zu", i);
        char *again = cg_symbol_canonicalise(c, clen, NULL);
        FUZZ_CHECK(!strcmp(again, c), "not a fixed point: '%s' -> '%s'", c, again);
        g_free(again);
    }
    cg_kind k = cg_symbol_kind(c);
    FUZZ_CHECK(k == CG_KIND_RESOLUTION || k == CG_KIND_DECISION || k == CG_KIND_DOCUMENT, "kind %d",
               (int)k);
    g_free(c);
    free(raw);

    /* Fill into an exact-size heap buffer so ASan sees any overrun. */
    size_t cap = 1 + (size_t)(tmpl[0] ? (unsigned char)tmpl[0] % 64 : 16);
    char *out = malloc(cap);
    int rc = cg_symbol_fill(tmpl, fs.s[3], fs.s[4], fs.s[5], fs.s[6], out, cap);
    FUZZ_CHECK(rc == 0 || rc == -1, "rc %d", rc);
    if (rc == 0)
        FUZZ_CHECK(memchr(out, '\0', cap) != NULL, "unterminated");
    free(out);

    int rv = cg_roman_valid(sym);
    FUZZ_CHECK(rv == 0 || rv == 1, "roman %d", rv);
    if (rv)
        FUZZ_CHECK(slen >= 1 && slen <= 8 && strspn(sym, "IVXLC") == slen, "'%s' taken as roman",
                   sym);
    fuzz_strings_free(&fs);
    return 0;
}

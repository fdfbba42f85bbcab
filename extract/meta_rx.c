/*
 * meta_rx.c - compile-once PCRE2 helpers for docmeta (see meta_rx.h).
 */
#include "meta_rx.h"

#include <errno.h>

int cg_mrx_compile(const char *const *src, pcre2_code **out, size_t n, cg_error *err)
{
    for (size_t i = 0; i < n; i++) {
        int ec;
        PCRE2_SIZE eo;
        out[i] = pcre2_compile((PCRE2_SPTR)src[i], PCRE2_ZERO_TERMINATED,
                               PCRE2_UTF | PCRE2_UCP | PCRE2_MULTILINE | PCRE2_MATCH_INVALID_UTF,
                               &ec, &eo, NULL);
        if (!out[i]) {
            PCRE2_UCHAR msg[160];
            pcre2_get_error_message(ec, msg, sizeof msg);
            for (size_t j = 0; j < i; j++) {
                pcre2_code_free(out[j]);
                out[j] = NULL;
            }
            return cg_error_set(err, EINVAL, "pattern %zu at offset %zu: %s", i, (size_t)eo,
                                (const char *)msg);
        }
        /* JIT is an optimisation only: interpretive matching is still
         * correct when the JIT is unavailable. */
        (void)pcre2_jit_compile(out[i], PCRE2_JIT_COMPLETE);
    }
    return 0;
}

int cg_mrx_match(const pcre2_code *re, const char *s, size_t len, size_t start,
                 pcre2_match_data *md)
{
    if (start > len)
        return PCRE2_ERROR_NOMATCH;
    /* Compiled with PCRE2_MATCH_INVALID_UTF: invalid bytes simply never
     * match, and no pass validates the whole subject on every call (which
     * made a document's metadata quadratic in its length: 2.6 billion
     * instructions for one 2 MB file). */
    return pcre2_match(re, (PCRE2_SPTR)s, len, start, 0, md, NULL);
}

size_t cg_mrx_start(pcre2_match_data *md, int g)
{
    return pcre2_get_ovector_pointer(md)[2 * g];
}

size_t cg_mrx_end(pcre2_match_data *md, int g)
{
    return pcre2_get_ovector_pointer(md)[2 * g + 1];
}

int cg_mrx_set(pcre2_match_data *md, int g)
{
    return g < (int)pcre2_get_ovector_count(md) &&
           pcre2_get_ovector_pointer(md)[2 * g] != PCRE2_UNSET;
}

int cg_mrx_digit(const char *s, size_t n, size_t *i)
{
    const unsigned char *u = (const unsigned char *)s + *i;
    size_t left = n - *i;
    if (left >= 1 && u[0] >= '0' && u[0] <= '9') {
        (*i)++;
        return u[0] - '0';
    }
    if (left >= 2 && u[0] == 0xD9 && u[1] >= 0xA0 && u[1] <= 0xA9) {
        *i += 2;
        return u[1] - 0xA0;
    }
    if (left >= 2 && u[0] == 0xDB && u[1] >= 0xB0 && u[1] <= 0xB9) {
        *i += 2;
        return u[1] - 0xB0;
    }
    if (left >= 3 && u[0] == 0xEF && u[1] == 0xBC && u[2] >= 0x90 && u[2] <= 0x99) {
        *i += 3;
        return u[2] - 0x90;
    }
    return -1;
}

long cg_mrx_first_number(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        size_t j = i;
        int d = cg_mrx_digit(s, n, &j);
        if (d < 0) {
            i++;
            continue;
        }
        long v = d;
        int count = 1;
        while (j < n && (d = cg_mrx_digit(s, n, &j)) >= 0) {
            v = v * 10 + d;
            if (++count > 9)
                return -1;
        }
        return v;
    }
    return -1;
}

/*
 * fuzz_normalize.c - the normaliser and its offset map on arbitrary bytes.
 *
 * Input: byte 0 = number of hidden ranges (0..7), then 4 bytes per range
 * (start, end as 16-bit little-endian, unsorted, possibly reversed or past
 * the end), then the text.
 * The struct is built twice (the second build reuses its buffers).
 * Checked, each time: the normalised text is valid UTF-8, NUL-terminated at len and
 * never starts with a space; segments increase in both offsets and stay
 * inside both texts; cg_norm_orig_start / _end are monotone in the
 * position, within [0, len], and start(p) <= end(q) for p < q; the
 * invalid-byte count and first offset are consistent.
 */
#include <glib.h>

#include "extract/normalize.h"
#include "fuzz_common.h"

/* Every promise of normalize.h about one build of text[0..len). */
static void check(const cg_norm *n, const char *text, size_t len)
{
    FUZZ_CHECK(n->text[n->len] == '\0', "not terminated");
    FUZZ_CHECK(g_utf8_validate(n->text, (gssize)n->len, NULL), "invalid UTF-8 out");
    FUZZ_CHECK(n->len == 0 || n->text[0] != ' ', "leading space");
    if (n->n_invalid)
        FUZZ_CHECK(n->first_invalid < len, "first_invalid %zu", n->first_invalid);
    else
        FUZZ_CHECK(n->first_invalid == (size_t)-1, "first_invalid set");
    FUZZ_CHECK(n->n_invalid <= len, "n_invalid");
    FUZZ_CHECK((n->len == 0) == (n->nseg == 0), "%zu bytes, %zu segments", n->len, n->nseg);
    for (size_t i = 0; i < n->nseg; i++) {
        const cg_norm_seg *s = &n->seg[i];
        FUZZ_CHECK(s->norm < n->len, "seg %zu norm %zu of %zu", i, s->norm, n->len);
        FUZZ_CHECK(s->orig + s->orig_len <= len, "seg %zu orig past end", i);
        FUZZ_CHECK(s->orig_len > 0, "seg %zu empty", i);
        if (s->copied == 2) /* same length, changed bytes: still one to one */
            FUZZ_CHECK(s->norm + s->orig_len <= n->len, "linear seg %zu past the end", i);
        if (s->unit)
            FUZZ_CHECK(!s->copied && s->orig_len % (size_t)s->unit == 0 &&
                           s->norm + s->orig_len / (size_t)s->unit <= n->len,
                       "unit seg %zu", i);
        if (s->copied == 1)
            FUZZ_CHECK(s->norm + s->orig_len <= n->len &&
                           !memcmp(n->text + s->norm, text + s->orig, s->orig_len),
                       "copied seg %zu differs", i);
        if (i) {
            const cg_norm_seg *p = &n->seg[i - 1];
            FUZZ_CHECK(s->norm > p->norm, "seg %zu norm not increasing", i);
            FUZZ_CHECK(s->orig >= p->orig + p->orig_len, "seg %zu orig overlaps", i);
        }
    }
    size_t ps = 0, pe = 0;
    for (size_t pos = 0; pos <= n->len; pos++) {
        size_t s = cg_norm_orig_start(n, pos), e = cg_norm_orig_end(n, pos);
        FUZZ_CHECK(s <= len && e <= len, "pos %zu -> %zu,%zu past %zu", pos, s, e, len);
        FUZZ_CHECK(s >= ps, "start not monotone at %zu: %zu < %zu", pos, s, ps);
        FUZZ_CHECK(e >= pe, "end not monotone at %zu: %zu < %zu", pos, e, pe);
        /* A non-empty span [p, pos) maps to a non-inverted original span-> */
        if (pos > 0)
            FUZZ_CHECK(cg_norm_orig_start(n, pos - 1) <= e, "span %zu..%zu maps to %zu..%zu",
                       pos - 1, pos, cg_norm_orig_start(n, pos - 1), e);
        ps = s;
        pe = e;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    size_t nh = data[0] % 8;
    if (size < 1 + 4 * nh)
        return 0;
    size_t(*hide)[2] = nh ? malloc(nh * sizeof *hide) : NULL;
    for (size_t i = 0; i < nh; i++) {
        const uint8_t *p = data + 1 + 4 * i;
        hide[i][0] = (size_t)p[0] | (size_t)p[1] << 8;
        hide[i][1] = (size_t)p[2] | (size_t)p[3] << 8;
        if (hide[i][1] < hide[i][0]) { /* callers pass start <= end */
            size_t t = hide[i][0];
            hide[i][0] = hide[i][1];
            hide[i][1] = t;
        }
    }
    size_t off = 1 + 4 * nh, len = size - off;
    char *text = malloc(len ? len : 1); /* exact size, no NUL */
    memcpy(text, data + off, len);

    /* Built twice into one struct: the second build reuses the buffers of
     * the first (as structure.c does line after line) and must be as good
     * as a fresh one. */
    cg_norm n = {0};
    cg_norm_build(text, len, (const size_t(*)[2])hide, nh, &n);
    check(&n, text, len);
    size_t half = len / 2;
    cg_norm_build(text + half, len - half, NULL, 0, &n);
    check(&n, text + half, len - half);
    cg_norm_clear(&n);
    free(text);
    free(hide);
    return 0;
}

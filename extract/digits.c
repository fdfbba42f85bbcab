#include "digits.h"

#include <string.h>

/* From key on (an offset of the folded text), the text is `shrink` bytes
 * further on: one per folded digit, so that an offset between two digits
 * maps exactly too. */
typedef struct run {
    size_t key, shrink;
} run;

#define MAX_RUNS ((size_t)1 << 20)

/* The width in the text of the foldable digit at s (n bytes left), or 0;
 * its value into *d. */
static size_t digit_at(const unsigned char *s, size_t n, char *d)
{
    if (n >= 2 && s[0] == 0xD9 && s[1] >= 0xA0 && s[1] <= 0xA9) { /* ٠..٩ */
        *d = (char)('0' + s[1] - 0xA0);
        return 2;
    }
    if (n >= 2 && s[0] == 0xDB && s[1] >= 0xB0 && s[1] <= 0xB9) { /* ۰..۹ */
        *d = (char)('0' + s[1] - 0xB0);
        return 2;
    }
    if (n >= 3 && s[0] == 0xEF && s[1] == 0xBC && s[2] >= 0x90 && s[2] <= 0x99) { /* ０..９ */
        *d = (char)('0' + s[2] - 0x90);
        return 3;
    }
    return 0;
}

int cg_digits_fold(const char *text, size_t len, cg_digit_fold *out)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t nruns = 0, i;
    char d;
    for (i = 0; i < len; i++) {
        size_t w = s[i] >= 0xD9 ? digit_at(s + i, len - i, &d) : 0;
        if (w) {
            nruns++;
            i += w - 1;
        }
    }
    if (nruns == 0 || nruns > MAX_RUNS)
        return 0;
    GString *t = g_string_sized_new(len);
    GArray *runs = g_array_sized_new(FALSE, FALSE, sizeof(run), (guint)nruns);
    size_t shrink = 0;
    for (i = 0; i < len;) {
        size_t w = s[i] >= 0xD9 ? digit_at(s + i, len - i, &d) : 0;
        if (!w) {
            g_string_append_c(t, (char)s[i++]);
            continue;
        }
        g_string_append_c(t, d);
        shrink += w - 1;
        i += w;
        g_array_append_val(runs, ((run){t->len, shrink}));
    }
    out->len = t->len;
    out->text = g_string_free(t, FALSE);
    out->runs = runs;
    return 1;
}

size_t cg_digits_orig(const cg_digit_fold *f, size_t pos)
{
    /* The last run whose key is at or before pos. */
    size_t lo = 0, hi = f->runs->len;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (g_array_index(f->runs, run, mid).key <= pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo ? pos + g_array_index(f->runs, run, lo - 1).shrink : pos;
}

void cg_digit_fold_clear(cg_digit_fold *f)
{
    g_free(f->text);
    if (f->runs)
        g_array_unref(f->runs);
    memset(f, 0, sizeof *f);
}

#include "normalize.h"

#include <errno.h>
#include <glib.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

int cg_is_cjk(unsigned c)
{
    return (c >= 0x2E80 && c <= 0x9FFF) || /* radicals, CJK punct, kana, Han */
           (c >= 0xAC00 && c <= 0xD7AF) || /* Hangul */
           (c >= 0xF900 && c <= 0xFAFF) || /* compatibility ideographs */
           (c >= 0xFE30 && c <= 0xFE4F) || /* vertical forms */
           (c >= 0xFF00 && c <= 0xFFEF) || /* full-width forms */
           (c >= 0x20000 && c <= 0x3FFFF); /* Han extensions */
}

/* Characters that carry no text: they vanish without breaking a word. */
static int is_invisible(unsigned c)
{
    return c == 0x00AD || c == 0x061C || (c >= 0x200B && c <= 0x200F) ||
           (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2064) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

static int is_dash(unsigned c)
{
    return (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE58 || c == 0xFE63 || c == 0xFF0D;
}

/* Decodes one UTF-8 sequence at s (n bytes left). Returns its length and
 * sets *cp, or 0 when the bytes there are not valid UTF-8. */
static size_t utf8_decode(const unsigned char *s, size_t n, unsigned *cp)
{
    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    utf8proc_int32_t c;
    utf8proc_ssize_t k = utf8proc_iterate(s, (utf8proc_ssize_t)(n > 4 ? 4 : n), &c);
    if (k <= 0)
        return 0;
    *cp = (unsigned)c;
    return (size_t)k;
}

/* Appends the segment for orig[orig, orig + orig_len) -> norm[norm, +out_len).
 * Segments are merged whenever the offset arithmetic allows (issue 18: one
 * 32-byte segment per word or per folded digit made memory 15-46 times the
 * file): one-to-one runs (copied, or changed but of the same length, such as
 * a lone newline read as a space) join, and so do runs of characters of one
 * width folded to one byte each (Arabic-Indic digits). */
static void push_seg(cg_norm *n, size_t norm, size_t orig, size_t orig_len, int copied,
                     size_t out_len)
{
    if (!copied && out_len == 1 && orig_len == 1)
        copied = 2; /* one byte for one (never inside a character) */
    int unit = !copied && out_len == 1 && orig_len < 8 ? (int)orig_len : 0;
    if (n->nseg > 0) {
        cg_norm_seg *last = &n->seg[n->nseg - 1];
        if (copied && last->copied && last->norm + last->orig_len == norm &&
            last->orig + last->orig_len == orig) {
            last->orig_len += orig_len;
            if (copied != last->copied)
                last->copied = 2;
            return;
        }
        if (unit && !last->copied && last->unit == unit &&
            last->norm + last->orig_len / (size_t)unit == norm &&
            last->orig + last->orig_len == orig) {
            last->orig_len += orig_len;
            return;
        }
    }
    if (n->nseg == n->capseg) {
        size_t cap = n->capseg ? n->capseg * 2 : 256;
        n->seg = g_renew(cg_norm_seg, n->seg, cap);
        n->capseg = cap;
    }
    n->seg[n->nseg++] = (cg_norm_seg){norm, orig, orig_len, copied, unit};
}

/* 1 when a line broke a word with a hyphen: the text so far ends in a
 * lower-case letter and '-', the white space held a line break, and a
 * lower-case letter follows ("10 Au-\ngust", "composi-\ntion"). The
 * hyphen is then dropped with the break, so "August" reads as a month. */
static int broken_word(const char *out, size_t o, const unsigned char *next, size_t left,
                       int had_newline)
{
    if (!had_newline || o < 2 || out[o - 1] != '-' || left == 0)
        return 0;
    const char *prev = g_utf8_find_prev_char(out, out + o - 1);
    if (!prev || !g_unichar_islower(g_utf8_get_char(prev)))
        return 0;
    gunichar c = g_utf8_get_char_validated((const char *)next, (gssize)left);
    return c != (gunichar)-1 && c != (gunichar)-2 && g_unichar_islower(c);
}

/* Takes the last output byte (at o - 1: the hyphen broken_word() drops)
 * out of the segment map, so that every segment still maps what the text
 * holds. Returns 0, leaving the map as it is, when the byte was made by a
 * replacement of several bytes as a whole: the hyphen then stays. */
static int unmap_last(cg_norm *n, size_t o)
{
    if (n->nseg == 0)
        return 0;
    cg_norm_seg *l = &n->seg[n->nseg - 1];
    size_t step;
    if (l->copied)
        step = 1; /* one byte for one */
    else if (l->unit)
        step = (size_t)l->unit; /* one byte for `unit` */
    else
        return 0;
    if (l->orig_len < step || l->norm + l->orig_len / step != o)
        return 0;
    l->orig_len -= step;
    if (l->orig_len == 0)
        n->nseg--;
    return 1;
}

static int cmp_range(const void *a, const void *b)
{
    const size_t *x = a, *y = b;
    return (x[0] > y[0]) - (x[0] < y[0]);
}

/* The replacement of code point c: its ASCII digit, '-', or its
 * compatibility decomposition when that is made of base characters only
 * (so "é" and Hangul stay as they are). Writes UTF-8 into out (>= 32 bytes)
 * and returns its length, or 0 when c stays as written. */
static size_t fold(unsigned c, char *out)
{
    if (c < 0x80)
        return 0;
    int d = g_unichar_digit_value((gunichar)c);
    if (d >= 0) {
        out[0] = (char)('0' + d);
        return 1;
    }
    if (is_dash(c)) {
        out[0] = '-';
        return 1;
    }
    utf8proc_int32_t dec[8];
    utf8proc_ssize_t k = utf8proc_decompose_char((utf8proc_int32_t)c, dec, 8,
                                                 UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT, NULL);
    if (k <= 0 || k > 4 || (k == 1 && (unsigned)dec[0] == c))
        return 0;
    size_t len = 0;
    for (utf8proc_ssize_t i = 0; i < k; i++) {
        const utf8proc_property_t *p = utf8proc_get_property(dec[i]);
        if (p->combining_class != 0 || dec[i] == 0x20)
            return 0;
        len += (size_t)utf8proc_encode_char(dec[i], (utf8proc_uint8_t *)out + len);
    }
    return len;
}

void cg_norm_build(const char *text, size_t len, const size_t (*hide)[2], size_t n_hide,
                   cg_norm *out)
{
    /* Buffers of a previous build are reused (structure.c normalises line
     * after line): only the contents are reset. */
    char *keep_text = out->text;
    size_t keep_cap = out->cap;
    cg_norm_seg *keep_seg = out->seg;
    size_t keep_capseg = out->capseg;
    memset(out, 0, sizeof *out);
    out->seg = keep_seg;
    out->capseg = keep_capseg;
    out->first_invalid = (size_t)-1;
    size_t(*hs)[2] = NULL;
    if (n_hide) {
        hs = g_malloc_n(n_hide, sizeof *hs);
        memcpy(hs, hide, n_hide * sizeof *hs);
        qsort(hs, n_hide, sizeof *hs, cmp_range);
    }
    /* Normalising never lengthens by more than a few bytes per character:
     * a compatibility fold of a 3-byte character gives at most 4 code
     * points of at most 4 bytes, so 6 bytes per input byte is enough. */
    size_t cap = len < 64 ? 512 : len + len / 2 + 64;
    if (keep_text && keep_cap >= cap) {
        out->text = keep_text;
        cap = keep_cap;
    } else {
        g_free(keep_text);
        out->text = g_malloc(cap);
    }

    const unsigned char *s = (const unsigned char *)text;
    size_t i = 0, o = 0, h = 0;
    size_t ws_start = (size_t)-1; /* start of a pending run of white space */
    int ws_newline = 0;           /* that run holds a line break */
    int prev_cjk = 0;             /* last emitted character was CJK */
    while (i < len) {
        while (h < n_hide && hs[h][1] <= i)
            h++;
        if (h < n_hide && hs[h][0] <= i) { /* hidden: white space */
            if (ws_start == (size_t)-1)
                ws_start = i;
            ws_newline = 1;
            i = hs[h][1] > len ? len : hs[h][1];
            continue;
        }
        /* Fast path: a run of printable ASCII, single spaces between its
         * words included, is copied as it is (most of an English text).
         * A single space between two such bytes is what the slow path
         * writes for it too (one space, one byte for one: a line break
         * or a run of spaces goes the slow way); taking it here saves two
         * calls per word, which were a tenth of all extraction time. */
        if (s[i] > 0x20 && s[i] < 0x7F) {
            size_t j = i + 1;
            size_t stop = h < n_hide && hs[h][0] < len ? hs[h][0] : len;
            while (j < stop &&
                   ((s[j] > 0x20 && s[j] < 0x7F) ||
                    (s[j] == ' ' && j + 1 < stop && s[j + 1] > 0x20 && s[j + 1] < 0x7F)))
                j++;
            {
                if (o + (j - i) + 40 > cap) {
                    cap = (o + (j - i) + 40) * 2;
                    out->text = g_realloc(out->text, cap);
                }
                if (ws_start != (size_t)-1) {
                    if (broken_word(out->text, o, s + i, len - i, ws_newline) &&
                        unmap_last(out, o)) {
                        o--;
                    } else if (o > 0 && !prev_cjk) {
                        push_seg(out, o, ws_start, i - ws_start, 0, 1);
                        out->text[o++] = ' ';
                    }
                    ws_start = (size_t)-1;
                    ws_newline = 0;
                }
                push_seg(out, o, i, j - i, 1, j - i);
                memcpy(out->text + o, s + i, j - i);
                o += j - i;
                prev_cjk = 0;
                i = j;
                continue;
            }
        }
        unsigned c;
        size_t k = utf8_decode(s + i, len - i, &c);
        if (k == 0) { /* invalid byte */
            if (out->first_invalid == (size_t)-1)
                out->first_invalid = i;
            out->n_invalid++;
            if (ws_start == (size_t)-1)
                ws_start = i;
            i++;
            continue;
        }
        if (c < 0x80 ? (c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0)
                     : g_unichar_isspace((gunichar)c)) {
            if (ws_start == (size_t)-1)
                ws_start = i;
            if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029)
                ws_newline = 1;
            i += k;
            continue;
        }
        if (c >= 0x80 && is_invisible(c)) {
            i += k;
            continue;
        }
        if (c < 0x20 || c == 0x7F) { /* other controls */
            if (ws_start == (size_t)-1)
                ws_start = i;
            i += k;
            continue;
        }
        int cjk = cg_is_cjk(c);
        if (o + 40 > cap) {
            cap = cap * 2;
            out->text = g_realloc(out->text, cap);
        }
        if (ws_start != (size_t)-1) {
            if (broken_word(out->text, o, s + i, len - i, ws_newline) && unmap_last(out, o)) {
                o--;
            } else if (o > 0 && !prev_cjk && !cjk) {
                push_seg(out, o, ws_start, i - ws_start, 0, 1);
                out->text[o++] = ' ';
            }
            ws_start = (size_t)-1;
            ws_newline = 0;
        }
        char rep[32];
        size_t r = fold(c, rep);
        if (r) {
            push_seg(out, o, i, k, 0, r);
            memcpy(out->text + o, rep, r);
            o += r;
        } else {
            push_seg(out, o, i, k, 1, k);
            memcpy(out->text + o, s + i, k);
            o += k;
        }
        prev_cjk = cjk;
        i += k;
    }
    out->text[o] = '\0';
    out->len = o;
    out->cap = cap;
    g_free(hs);
}

void cg_norm_clear(cg_norm *n)
{
    g_free(n->text);
    g_free(n->seg);
    memset(n, 0, sizeof *n);
}

/* Index of the last segment whose norm offset is <= pos. */
static size_t find_seg(const cg_norm *n, size_t pos)
{
    size_t lo = 0, hi = n->nseg;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (n->seg[mid].norm <= pos)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

size_t cg_norm_orig_start(const cg_norm *n, size_t pos)
{
    if (n->nseg == 0)
        return 0;
    const cg_norm_seg *g = &n->seg[find_seg(n, pos)];
    if (pos < g->norm)
        return g->orig;
    if (g->copied) {
        size_t d = pos - g->norm;
        return g->orig + (d < g->orig_len ? d : g->orig_len);
    }
    if (g->unit) {
        size_t d = (pos - g->norm) * (size_t)g->unit;
        return g->orig + (d < g->orig_len ? d : g->orig_len);
    }
    return pos == g->norm ? g->orig : g->orig + g->orig_len;
}

size_t cg_norm_orig_end(const cg_norm *n, size_t pos)
{
    if (n->nseg == 0 || pos == 0)
        return n->nseg ? n->seg[0].orig : 0;
    const cg_norm_seg *g = &n->seg[find_seg(n, pos - 1)];
    if (g->copied) {
        size_t d = pos - g->norm;
        return g->orig + (d < g->orig_len ? d : g->orig_len);
    }
    if (g->unit) {
        size_t d = (pos - g->norm) * (size_t)g->unit;
        return g->orig + (d < g->orig_len ? d : g->orig_len);
    }
    return g->orig + g->orig_len;
}

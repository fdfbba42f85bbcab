/*
 * text.c - sanitising and escaping untrusted text (see text.h).
 */
#include "text.h"

#include <string.h>

#define REPLACEMENT "\xEF\xBF\xBD" /* U+FFFD */

static int is_control(gunichar cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

static int is_bidi_control(gunichar cp)
{
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

/* Not allowed in XML 1.0 documents. */
static int is_xml_nonchar(gunichar cp)
{
    return cp == 0xFFFE || cp == 0xFFFF;
}

/* The code point at p (strict UTF-8, as g_utf8_get_char_validated checks:
 * no overlongs, surrogates or values above U+10FFFF) and its length, or
 * length 0 when the bytes are invalid. */
static size_t next_char(const char *p, const char *end, gunichar *cp)
{
    *cp = g_utf8_get_char_validated(p, end - p);
    if (*cp == (gunichar)-1 || *cp == (gunichar)-2)
        return 0;
    return (size_t)(g_utf8_next_char(p) - p);
}

void cg_text_sanitise(GString *o, const char *s, gssize len, const char *keep, cg_ascii_fn ascii)
{
    if (!s)
        return;
    const char *p = s, *end = s + (len < 0 ? (gssize)strlen(s) : len);
    while (p < end) {
        gunichar cp;
        size_t n = next_char(p, end, &cp);
        if (!n) {
            g_string_append(o, REPLACEMENT);
            p++;
            continue;
        }
        if (is_control(cp))
            ascii(o, cp < 0x80 && cp && strchr(keep, (int)cp) ? (char)cp : ' ');
        else if (is_bidi_control(cp))
            ; /* dropped */
        else if (is_xml_nonchar(cp))
            g_string_append(o, REPLACEMENT);
        else if (n == 1)
            ascii(o, (char)cp);
        else
            g_string_append_len(o, p, (gssize)n);
        p += n;
    }
}

int cg_text_is_clean(const char *s)
{
    const char *p = s, *end = s + strlen(s);
    while (p < end) {
        gunichar cp;
        size_t n = next_char(p, end, &cp);
        if (!n || is_control(cp) || is_xml_nonchar(cp) || is_bidi_control(cp))
            return 0;
        p += n;
    }
    return 1;
}

static void html_ascii(GString *o, char c)
{
    switch (c) {
    case '&': g_string_append(o, "&amp;"); break;
    case '<': g_string_append(o, "&lt;"); break;
    case '>': g_string_append(o, "&gt;"); break;
    case '"': g_string_append(o, "&quot;"); break;
    case '\'': g_string_append(o, "&#39;"); break;
    default: g_string_append_c(o, c); break;
    }
}

void cg_html_text(GString *o, const char *s, gssize len)
{
    cg_text_sanitise(o, s, len, "\t\n", html_ascii);
}

void cg_url_path(GString *o, const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        unsigned char c = *p;
        if (g_ascii_isalnum(c) || strchr("-._~/()", c)) {
            g_string_append_c(o, (char)c);
        } else {
            char enc[3] = {'%', hex[c >> 4], hex[c & 0xF]};
            g_string_append_len(o, enc, 3);
        }
    }
}

int cg_undocs_linkable(const char *kind, const char *id)
{
    if (!id || !strchr(id, '/') || !strncmp(id, "file:", 5))
        return 0;
    /* A graph read back from GraphML may not say the kind: a symbol is
     * still a symbol. */
    return !kind || !*kind || !strcmp(kind, "resolution") || !strcmp(kind, "decision") ||
           !strcmp(kind, "document");
}

void cg_undocs_url(GString *o, const char *lang, const char *id)
{
    g_string_append(o, "https://undocs.org/");
    if (lang && *lang) {
        cg_url_path(o, lang);
        g_string_append_c(o, '/');
    }
    cg_url_path(o, id);
}

void cg_json_string(GString *o, const char *s)
{
    char *fixed = NULL;
    if (!g_utf8_validate(s, -1, NULL))
        s = fixed = g_utf8_make_valid(s, -1);
    g_string_append_c(o, '"');
    const char *run = s;
    for (const unsigned char *p = (const unsigned char *)s;; p++) {
        if (*p >= 0x20 && *p != '"' && *p != '\\')
            continue;
        g_string_append_len(o, run, (gssize)((const char *)p - run));
        if (!*p)
            break;
        switch (*p) {
        case '"': g_string_append(o, "\\\""); break;
        case '\\': g_string_append(o, "\\\\"); break;
        case '\b': g_string_append(o, "\\b"); break;
        case '\f': g_string_append(o, "\\f"); break;
        case '\n': g_string_append(o, "\\n"); break;
        case '\r': g_string_append(o, "\\r"); break;
        case '\t': g_string_append(o, "\\t"); break;
        default: g_string_append_printf(o, "\\u%04X", *p);
        }
        run = (const char *)p + 1;
    }
    g_string_append_c(o, '"');
    g_free(fixed);
}

void cg_csv_field(FILE *out, const char *s)
{
    if (!strpbrk(s, ",\"\r\n")) {
        fputs(s, out);
        return;
    }
    fputc('"', out);
    for (;;) {
        size_t n = strcspn(s, "\"");
        fwrite(s, 1, n, out);
        s += n;
        if (!*s)
            break;
        fputs("\"\"", out);
        s++;
    }
    fputc('"', out);
}

/* Plain runs go out in one fwrite: a byte-by-byte fputc (a locked call
 * each) was half the time of writing millions of records. */
void cg_tsv_field(FILE *out, const char *s)
{
    for (;;) {
        size_t n = strcspn(s, "\t\n\r\\");
        fwrite(s, 1, n, out);
        s += n;
        switch (*s) {
        case '\0': return;
        case '\t': fputs("\\t", out); break;
        case '\n': fputs("\\n", out); break;
        case '\r': fputs("\\r", out); break;
        default: fputs("\\\\", out); break;
        }
        s++;
    }
}

void cg_term_text(GString *o, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if ((*p < 0x20 && *p != '\t') || *p == 0x7f) {
            g_string_append_printf(o, "\\x%02X", *p);
        } else if (*p == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F) { /* C1 */
            g_string_append_printf(o, "\\u%04X", p[1]);
            p++;
        } else {
            g_string_append_c(o, (char)*p);
        }
    }
}

/*
 * escape.c - sanitising and escaping untrusted text for Graphviz
 * (see escape_internal.h for the rules and why).
 */
#include "escape_internal.h"

#include <stdint.h>
#include <string.h>

#define REPLACEMENT "\xEF\xBF\xBD" /* U+FFFD */

/* Decodes one UTF-8 sequence at s (strict: no overlongs, surrogates or
 * code points above U+10FFFF). Returns its length and sets *cp, or 0 when
 * the bytes are invalid. */
static size_t utf8_decode(const unsigned char *s, uint32_t *cp)
{
    unsigned char c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t n;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
        *cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        *cp = c & 0x0F;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        *cp = c & 0x07;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    for (size_t i = 1; i < n; i++) {
        unsigned char t = s[i];
        /* Only the first continuation byte has the narrowed range. */
        if (t < (i == 1 ? lo : 0x80) || t > (i == 1 ? hi : 0xBF))
            return 0;
        *cp = (*cp << 6) | (t & 0x3F);
    }
    return n;
}

static int is_control(uint32_t cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

static int is_bidi_control(uint32_t cp)
{
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

/* Not allowed in XML 1.0 documents. */
static int is_xml_nonchar(uint32_t cp)
{
    return cp == 0xFFFE || cp == 0xFFFF;
}

int cg_text_is_clean_(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        uint32_t cp;
        size_t n = utf8_decode(p, &cp);
        if (!n || is_control(cp) || is_xml_nonchar(cp) || is_bidi_control(cp))
            return 0;
        p += n;
    }
    return 1;
}

/* How one sanitised code point is written: `ascii` for a single ASCII
 * byte, or the UTF-8 bytes unchanged. */
typedef void (*emit_ascii_fn)(cg_strbuf *b, char c);

/* Walks s, sanitising as documented, handing ASCII bytes to emit and
 * copying other valid characters as they are. */
static void sanitise_into(cg_strbuf *b, const char *s, emit_ascii_fn emit)
{
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    while (*p) {
        uint32_t cp;
        size_t n = utf8_decode(p, &cp);
        if (!n) {
            cg_strbuf_puts(b, REPLACEMENT);
            p++;
            continue;
        }
        if (is_control(cp))
            emit(b, ' ');
        else if (is_bidi_control(cp))
            ; /* dropped */
        else if (is_xml_nonchar(cp))
            cg_strbuf_puts(b, REPLACEMENT);
        else if (n == 1)
            emit(b, (char)cp);
        else
            cg_strbuf_append(b, (const char *)p, n);
        p += n;
    }
}

static void emit_html(cg_strbuf *b, char c)
{
    switch (c) {
    case '\\': cg_strbuf_puts(b, "\\\\"); break;
    case '&': cg_strbuf_puts(b, "&amp;"); break;
    case '<': cg_strbuf_puts(b, "&lt;"); break;
    case '>': cg_strbuf_puts(b, "&gt;"); break;
    case '"': cg_strbuf_puts(b, "&quot;"); break;
    case '\'': cg_strbuf_puts(b, "&#39;"); break;
    default: cg_strbuf_append(b, &c, 1); break;
    }
}

static void emit_text(cg_strbuf *b, char c)
{
    if (c == '\\')
        cg_strbuf_puts(b, "\\\\\\\\");
    else if (c == '&')
        cg_strbuf_puts(b, "&amp;");
    else if (c == '<')
        cg_strbuf_puts(b, "&lt;");
    else
        cg_strbuf_append(b, &c, 1);
}

void cg_escape_html_into_(cg_strbuf *b, const char *s)
{
    sanitise_into(b, s, emit_html);
}

void cg_escape_text_into_(cg_strbuf *b, const char *s)
{
    sanitise_into(b, s, emit_text);
}

char *cg_escape_html_(const char *s)
{
    cg_strbuf b = CG_STRBUF_INIT;
    cg_escape_html_into_(&b, s);
    return cg_strbuf_take(&b, NULL);
}

char *cg_escape_text_(const char *s)
{
    cg_strbuf b = CG_STRBUF_INIT;
    cg_escape_text_into_(&b, s);
    return cg_strbuf_take(&b, NULL);
}

void cg_escape_url_into_(cg_strbuf *b, const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        unsigned char c = *p;
        int keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                   (c >= '0' && c <= '9') || (c && strchr("-._~/()", c));
        if (keep) {
            char k = (char)c;
            cg_strbuf_append(b, &k, 1);
        } else {
            char enc[3] = {'%', hex[c >> 4], hex[c & 0xF]};
            cg_strbuf_append(b, enc, 3);
        }
    }
}

char *cg_escape_url_(const char *s)
{
    cg_strbuf b = CG_STRBUF_INIT;
    cg_escape_url_into_(&b, s);
    return cg_strbuf_take(&b, NULL);
}

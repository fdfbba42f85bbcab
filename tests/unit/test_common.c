/*
 * test_common.c - common/: the one TSV reader (line numbers an editor
 * shows, CR, comments, a field limit) and the escapers every writer uses.
 * Expectations are written from the rules in tsv.h and text.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "common/text.h"
#include "common/tsv.h"

typedef struct seen {
    GString *log;
} seen;

static int log_row(char **f, int nf, int line, void *user)
{
    seen *s = user;
    g_string_append_printf(s->log, "%d:", line);
    for (int i = 0; i < nf; i++)
        g_string_append_printf(s->log, "%s[%s]", i ? "," : "", f[i]);
    g_string_append_c(s->log, ';');
    return !strcmp(f[0], "stop") ? 7 : 0;
}

static char *tsv(const char *data, int maxf, int *rc)
{
    seen s = {g_string_new(NULL)};
    *rc = cg_tsv_each(data, strlen(data), maxf, log_row, &s);
    return g_string_free(s.log, FALSE);
}

static char *esc(void (*fn)(GString *, const char *), const char *in)
{
    GString *o = g_string_new(NULL);
    fn(o, in);
    return g_string_free(o, FALSE);
}

static void html(GString *o, const char *s)
{
    cg_html_text(o, s, -1);
}

static char *csv(const char *in)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    cg_csv_field(f, in);
    fclose(f);
    return buf;
}

int main(void)
{
    int rc;
    /* Blank and comment lines count: the bad row below is on line 4. */
    char *t = tsv("# header\n\na\tb\r\nc\t\td\n", 0, &rc);
    CHECK_STR("rows with their line numbers", t, "3:[a],[b];4:[c],[],[d];");
    CHECK_INT("rc", rc, 0);
    g_free(t);
    t = tsv("x\ty\tz\tw", 2, &rc);
    CHECK_STR("field limit keeps the rest in the last field", t, "1:[x],[y\tz\tw];");
    g_free(t);
    t = tsv("a\nstop\nb\n", 0, &rc);
    CHECK_STR("stops at the first non-zero return", t, "1:[a];2:[stop];");
    CHECK_INT("and returns it", rc, 7);
    g_free(t);

    t = esc(html, "a<b>&\"c'\x01\t\n\xff\xe2\x80\xae");
    CHECK_STR("HTML: markup, controls, broken UTF-8, bidi override", t,
              "a&lt;b&gt;&amp;&quot;c&#39; \t\n\xef\xbf\xbd");
    g_free(t);
    t = esc(cg_url_path, "A/RES/1 (2)~é");
    CHECK_STR("URL path", t, "A/RES/1%20(2)~%C3%A9");
    g_free(t);
    t = esc(cg_json_string, "q\"\\\n\x01\xff");
    CHECK_STR("JSON string", t, "\"q\\\"\\\\\\n\\u0001\xef\xbf\xbd\"");
    g_free(t);
    t = esc(cg_term_text, "a\x1b[31m\xc2\x9b");
    CHECK_STR("terminal", t, "a\\x1B[31m\\u009B");
    g_free(t);
    t = csv("plain");
    CHECK_STR("CSV plain", t, "plain");
    free(t);
    t = csv("a,\"b\"");
    CHECK_STR("CSV quoted", t, "\"a,\"\"b\"\"\"");
    free(t);

    CHECK("a resolution links", cg_undocs_linkable("resolution", "A/RES/1/1"));
    CHECK("an instrument does not", !cg_undocs_linkable("instrument", "ICESCR art. 2"));
    CHECK("a file id does not", !cg_undocs_linkable("document", "file:a/b.txt"));
    GString *u = g_string_new(NULL);
    cg_undocs_url(u, "zh", "A/HRC/RES/6/3");
    CHECK_STR("undocs URL", u->str, "https://undocs.org/zh/A/HRC/RES/6/3");
    g_string_free(u, TRUE);
    CHECK("clean text", cg_text_is_clean("Résolution 1325"));
    CHECK("a control is not clean", !cg_text_is_clean("a\x07"));
    printf("test_common: all checks passed\n");
    return 0;
}

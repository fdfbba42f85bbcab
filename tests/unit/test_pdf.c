/*
 * test_pdf.c - cg_pdf_read() on a PDF written by the test itself (a minimal
 * PDF 1.4 in the standard Helvetica font, so no outside tool and no font
 * files are needed and the test never has to skip): three A4 pages
 * of an English resolution with a masthead, running header, page numbers
 * and a job-number footer. The text read back must keep the citations and
 * the masthead and lose the page furniture; docmeta must still find the
 * symbol. A truncated copy, garbage named .pdf and a missing file must give
 * error codes, not crashes. Run from the repository root.
 */
#include <errno.h>
#include <glib.h>
#include <unistd.h>

#include "extract/docmeta.h"
#include "extract/pdf.h"
#include "check.h"

static const char *const PAGE1[] = {"United Nations A/HRC/RES/23/12",
                                    "General Assembly Distr.: General",
                                    "27 June 2013",
                                    "",
                                    "Human Rights Council",
                                    "Twenty-third session",
                                    "Agenda item 3",
                                    "",
                                    "23/12. Human rights and international solidarity",
                                    "",
                                    "The Human Rights Council,",
                                    "Reaffirming Commission resolution 2005/55 of 20 April 2005,",
                                    "",
                                    "GE.13-15112 (E)",
                                    NULL};
static const char *const PAGE2[] = {"A/HRC/RES/23/12",
                                    "",
                                    "Recalling Security Council resolution S/RES/1454 (2002),",
                                    "Recalling also Council resolution 21/10 of 27 September 2012,",
                                    "",
                                    "2",
                                    NULL};
static const char *const PAGE3[] = {
    "A/HRC/RES/23/12",
    "",
    "11. Welcomes the report of the Independent Expert (A/HRC/23/45);",
    "",
    "38th meeting",
    "13 June 2013",
    "",
    "3",
    NULL};

/* Issue 18: citations that open two pages, and footnotes at the foot of
 * two pages, look alike once digits are masked; they are text, not
 * furniture. The running header carries the page number. */
static const char *const SC1[] = {"United Nations S/RES/1889 (2009)",
                                  "Security Council",
                                  "",
                                  "Resolution 1889 (2009)",
                                  "The Security Council,",
                                  "Reaffirming its commitment to the Charter,",
                                  "GE.09-55555 (E)",
                                  NULL};
static const char *const SC2[] = {"S/RES/1889 (2009) 2",
                                  "Recalling resolution 1325 (2000),",
                                  "and the statements of its President,",
                                  "",
                                  "1 See resolution 1612 (2005).",
                                  "2",
                                  NULL};
static const char *const SC3[] = {"S/RES/1889 (2009) 3",
                                  "Recalling resolution 1820 (2008),",
                                  "Decides to remain seized of the matter.",
                                  "",
                                  "2 See resolution 1882 (2009).",
                                  "3",
                                  NULL};
static const char *const SC4[] = {
    "S/RES/1889 (2009) 4", "Annex", "Members of the Council.", "", "4", NULL};

/* Appends a PDF string literal of s to buf (escaping \ ( and )). */
static void pdf_string(GString *buf, const char *s)
{
    g_string_append_c(buf, '(');
    for (; *s; s++) {
        if (*s == '\\' || *s == '(' || *s == ')')
            g_string_append_c(buf, '\\');
        g_string_append_c(buf, *s);
    }
    g_string_append_c(buf, ')');
}

/* Writes a PDF 1.4 file by hand: one page per NULL-terminated line list, in
 * the standard Helvetica font (not embedded, so nothing but poppler's own
 * code reads it); the last line of a page is set at its foot like a
 * footer. Objects: 1 catalog, 2 page tree, 3 font, then page i at 4 + 2i
 * with its content stream at 5 + 2i. */
static void make_pdf(const char *path, const char *const *const *pages, int n_pages)
{
    GString *pdf = g_string_new("%PDF-1.4\n");
    size_t off[64];
    int n_obj = 3 + 2 * n_pages;
    off[1] = pdf->len;
    g_string_append(pdf, "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
    off[2] = pdf->len;
    g_string_append_printf(pdf, "2 0 obj\n<< /Type /Pages /Count %d /Kids [", n_pages);
    for (int i = 0; i < n_pages; i++)
        g_string_append_printf(pdf, " %d 0 R", 4 + 2 * i);
    g_string_append(pdf, " ] >>\nendobj\n");
    off[3] = pdf->len;
    g_string_append(pdf, "3 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                         "/Encoding /WinAnsiEncoding >>\nendobj\n");
    for (int i = 0; i < n_pages; i++) {
        GString *c = g_string_new("BT /F1 11 Tf\n");
        int y = 790;
        for (const char *const *l = pages[i]; *l; l++, y -= 16) {
            if (!**l)
                continue;
            g_string_append_printf(c, "1 0 0 1 60 %d Tm ", l[1] ? y : 40);
            pdf_string(c, *l);
            g_string_append(c, " Tj\n");
        }
        g_string_append(c, "ET\n");
        off[4 + 2 * i] = pdf->len;
        g_string_append_printf(pdf,
                               "%d 0 obj\n<< /Type /Page /Parent 2 0 R "
                               "/MediaBox [0 0 595 842] /Resources << /Font "
                               "<< /F1 3 0 R >> >> /Contents %d 0 R >>\nendobj\n",
                               4 + 2 * i, 5 + 2 * i);
        off[5 + 2 * i] = pdf->len;
        g_string_append_printf(pdf, "%d 0 obj\n<< /Length %zu >>\nstream\n%sendstream\nendobj\n",
                               5 + 2 * i, c->len, c->str);
        g_string_free(c, TRUE);
    }
    size_t xref = pdf->len;
    g_string_append_printf(pdf, "xref\n0 %d\n0000000000 65535 f \n", n_obj + 1);
    for (int i = 1; i <= n_obj; i++)
        g_string_append_printf(pdf, "%010zu 00000 n \n", off[i]);
    g_string_append_printf(pdf, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%zu\n%%%%EOF\n",
                           n_obj + 1, xref);
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(pdf->str, 1, pdf->len, f) != pdf->len || fclose(f) != 0) {
        printf("FAIL cannot write %s\n", path);
        exit(1);
    }
    printf("ok   wrote %s (%zu bytes, %d pages)\n", path, pdf->len, n_pages);
    g_string_free(pdf, TRUE);
}

static size_t count_lines_equal(const char *text, const char *line)
{
    size_t n = 0, k = strlen(line);
    for (const char *p = text; p; p = strchr(p, '\n')) {
        if (*p == '\n')
            p++;
        if (strncmp(p, line, k) == 0 && (p[k] == '\n' || p[k] == '\0'))
            n++;
    }
    return n;
}

static size_t count_sub(const char *text, const char *sub)
{
    size_t n = 0;
    for (const char *p = strstr(text, sub); p; p = strstr(p + 1, sub))
        n++;
    return n;
}

static void write_bytes(const char *path, const void *b, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(b, 1, n, f) != n || fclose(f) != 0) {
        printf("FAIL cannot write %s\n", path);
        exit(1);
    }
}

static void expect_error(const char *what, const char *path, int code)
{
    char *text = (char *)"untouched";
    size_t len = 12345;
    cg_error e = {0};
    int rc = cg_pdf_read(path, &text, &len, &e);
    char name[1024];
    snprintf(name, sizeof name, "%s: return code", what);
    CHECK_INT(name, rc, code);
    snprintf(name, sizeof name, "%s: err.code", what);
    CHECK_INT(name, e.code, code);
    /* The caller names the file ("citegraph: FILE: ..."); the message says
     * what is wrong and must not repeat the path. */
    snprintf(name, sizeof name, "%s: message without the path (%s)", what, e.msg);
    CHECK(name, e.msg[0] != '\0' && strstr(e.msg, path) == NULL);
    snprintf(name, sizeof name, "%s: outputs untouched", what);
    CHECK(name, strcmp(text, "untouched") == 0 && len == 12345);
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0); /* keep output order with ASan's */
    char *dir = g_dir_make_tmp("cg-pdf-XXXXXX", NULL);
    if (!dir) {
        printf("FAIL no temporary directory\n");
        return 1;
    }
    char pdf[512], trunc[512], junk[512], fake[512];
    snprintf(pdf, sizeof pdf, "%s/A_HRC_RES_23_12.en.pdf", dir);
    snprintf(trunc, sizeof trunc, "%s/truncated.pdf", dir);
    snprintf(junk, sizeof junk, "%s/garbage.pdf", dir);
    snprintf(fake, sizeof fake, "%s/fake-header.pdf", dir);
    const char *const *const pages[] = {PAGE1, PAGE2, PAGE3};
    make_pdf(pdf, pages, 3);

    char *text = NULL;
    size_t len = 0;
    cg_error e = {0};
    int rc = cg_pdf_read(pdf, &text, &len, &e);
    if (rc) {
        printf("FAIL cg_pdf_read: %d %s\n", rc, e.msg);
        return 1;
    }
    printf("--   text read back:\n%s\n--\n", text);
    CHECK_INT("len is strlen(text)", len, strlen(text));
    CHECK_INT("pages joined by \\n\\f\\n", count_sub(text, "\n\f\n"), 2);
    CHECK("citation 2005/55 kept", strstr(text, "resolution 2005/55 of 20 April 2005") != NULL);
    CHECK("citation S/RES/1454 (2002) kept", strstr(text, "S/RES/1454 (2002)") != NULL);
    CHECK("citation 21/10 kept", strstr(text, "resolution 21/10 of 27 September 2012") != NULL);
    CHECK("citation A/HRC/23/45 kept", strstr(text, "(A/HRC/23/45)") != NULL);
    CHECK_INT("masthead line kept", count_lines_equal(text, "United Nations A/HRC/RES/23/12"), 1);
    CHECK_INT("running headers removed", count_lines_equal(text, "A/HRC/RES/23/12"), 0);
    CHECK_INT("job number removed", count_sub(text, "GE.13-15112"), 0);
    CHECK_INT("page number 2 removed", count_lines_equal(text, "2"), 0);
    CHECK_INT("page number 3 removed", count_lines_equal(text, "3"), 0);
    CHECK_INT("'38th meeting' kept", count_lines_equal(text, "38th meeting"), 1);

    cg_docmeta m;
    cg_refdata *ref = cg_refdata_load("corpus/data", &e);
    cg_docwords *dw = ref ? cg_docwords_load("corpus/data", ref, &e) : NULL;
    CHECK("doc words loaded", dw != NULL);
    CHECK_INT("docmeta on the PDF text",
              cg_docmeta_parse(text, len, "A_HRC_RES_23_12.en.pdf", NULL, NULL, dw, ref, &m, &e),
              0);
    cg_docwords_free(dw);
    cg_refdata_free(ref);
    CHECK_STR("symbol", m.symbol, "A/HRC/RES/23/12");
    CHECK_STR("symbol source", cg_id_source_name(m.symbol_source), "header");
    CHECK_STR("lang", m.lang, "en");
    CHECK_STR("title", m.title, "Human rights and international solidarity");
    CHECK_STR("date", m.date, "2013-06-13");
    CHECK_INT("meeting", m.meeting, 38);
    cg_docmeta_clear(&m);

    /* Issue 18: citations at page tops and feet are kept. */
    char sc[512];
    snprintf(sc, sizeof sc, "%s/S_RES_1889.pdf", dir);
    const char *const *const scpages[] = {SC1, SC2, SC3, SC4};
    make_pdf(sc, scpages, 4);
    char *st = NULL;
    size_t sl = 0;
    CHECK_INT("read the SC PDF", cg_pdf_read(sc, &st, &sl, &e), 0);
    printf("--   text read back:\n%s\n--\n", st ? st : "");
    CHECK("citation 1325 (2000) opening page 2 kept",
          st && strstr(st, "Recalling resolution 1325 (2000),") != NULL);
    CHECK("citation 1820 (2008) opening page 3 kept",
          st && strstr(st, "Recalling resolution 1820 (2008),") != NULL);
    CHECK("footnote citing 1612 (2005) kept", st && strstr(st, "resolution 1612 (2005)") != NULL);
    CHECK("footnote citing 1882 (2009) kept", st && strstr(st, "resolution 1882 (2009)") != NULL);
    CHECK_INT("running header with page number removed",
              st ? count_sub(st, "S/RES/1889 (2009) ") : 9, 0);
    CHECK_INT("masthead kept", st ? count_lines_equal(st, "United Nations S/RES/1889 (2009)") : 0,
              1);
    g_free(st);
    unlink(sc);

    /* Broken inputs. */
    size_t n;
    char *bytes = slurp(pdf, &n);
    CHECK("generated PDF longer than 500 bytes", n > 500);
    write_bytes(trunc, bytes, 500);
    free(bytes);
    expect_error("truncated PDF (first 500 bytes)", trunc, EIO);
    unsigned char g[4096];
    for (size_t i = 0; i < sizeof g; i++)
        g[i] = (unsigned char)((i * 7919u + 13u) >> 3);
    write_bytes(junk, g, sizeof g);
    expect_error("garbage named .pdf", junk, EINVAL);
    memcpy(g, "%PDF-1.5\n", 9);
    write_bytes(fake, g, sizeof g);
    expect_error("%PDF- header then garbage", fake, EIO);
    char missing[600];
    snprintf(missing, sizeof missing, "%s/missing.pdf", dir);
    expect_error("missing file", missing, ENOENT);

    g_free(text);
    unlink(pdf);
    unlink(trunc);
    unlink(junk);
    unlink(fake);
    rmdir(dir);
    g_free(dir);
    printf("PASS test_pdf\n");
    return 0;
}

/*
 * volume.c - a file that holds several documents (a printed volume saved as
 * one file, the texts of many resolutions run together) read as one
 * document per part.
 *
 * Each part is read as if it were a file of its own (identity, date, title,
 * structure, citations), so that nothing after the first document is lost
 * as its trailer; its offsets and lines stay those of the file, and a part
 * without a symbol of its own is "file:PATH#N". Where the parts begin is
 * cg_structure_split's to say.
 */
#include <string.h>

#include "doc_internal.h"

int cg_volume_read(const cg_extractor *x, const char *name, const char *text, size_t len,
                   const cg_read_options *opt, const size_t *starts, size_t n, GPtrArray *warnings,
                   cg_doc **out, cg_error *err)
{
    *out = NULL;
    cg_doc *first = NULL, *last = NULL;
    size_t line = 0, counted = 0; /* line breaks before `counted` */
    for (size_t k = 0; k < n; k++) {
        size_t a = starts[k], b = k + 1 < n ? starts[k + 1] : len;
        for (; counted < a; counted++)
            line += text[counted] == '\n';
        cg_doc *d = cg_doc_new_internal(name);
        d->part = (int)(k + 1);
        d->base = a;
        d->base_line = line;
        /* A part may start inside a line (a heading glued to the text
         * before it): columns on its first line count from the line's
         * start, with the steps emit() takes. */
        size_t ls = a;
        while (ls > 0 && text[ls - 1] != '\n')
            ls--;
        for (size_t w = ls; w < a; d->base_col++)
            w += (size_t)(g_utf8_next_char(text + w) - (text + w));
        d->text_bytes = b - a;
        if (k == 0 && warnings)
            for (size_t i = 0; i < warnings->len; i++)
                cg_doc_warn(d, "%s", (const char *)g_ptr_array_index(warnings, i));
        int rc = cg_engine_run(x, d, text + a, b - a, opt, NULL, NULL, err);
        if (!rc && opt && opt->keep_text)
            d->text = g_memdup2(text + a, b - a);
        if (rc) {
            cg_doc_free(d);
            cg_doc_free(first);
            return rc;
        }
        if (last)
            last->next = d;
        else
            first = d;
        last = d;
    }
    *out = first;
    return 0;
}

/*
 * output.c - laying out and rendering a map with gvc; DOT via agwrite().
 *
 * Graphviz keeps process-wide state (its error handler, the plugin
 * context), so the render stage is not thread-safe: one GVC_t per process,
 * created on first use and freed by cg_render_shutdown().
 *
 * Plugins: Debian's libgvc6 loads its plugins (core: dot/svg; cairo:
 * png/pdf; neato: sfdp) from /usr/lib/x86_64-linux-gnu/graphviz/config6
 * when gvContext() is called, so no lt_preloaded_symbols table is needed.
 */
#include "render.h"

#include <errno.h>
#include <glib.h>
#include <graphviz/gvc.h>
#include <stdlib.h>
#include <string.h>

#include "build_internal.h"
#include "map_internal.h"

static GVC_t *gvc;           /* lazily created, see cg_render_shutdown() */
static char gv_message[256]; /* last message Graphviz reported */

/* Graphviz reports errors and warnings through this instead of printing
 * them on stderr (nothing below the CLI prints); the last one is kept for
 * the cg_error of a failed call. */
static int capture_message(char *msg)
{
    size_t n = strlen(msg);
    while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
        n--;
    if (n >= sizeof gv_message)
        n = sizeof gv_message - 1;
    memcpy(gv_message, msg, n);
    gv_message[n] = '\0';
    return 0;
}

static GVC_t *context(void)
{
    if (!gvc) {
        agseterrf(capture_message);
        gvc = gvContext();
    }
    return gvc;
}

void cg_render_shutdown(void)
{
    if (gvc) {
        gvFreeContext(gvc);
        gvc = NULL;
    }
}

/* agwrite() output channel: a GString. */
static int put_str(void *chan, const char *s)
{
    g_string_append((GString *)chan, s);
    return 0;
}

static int flush_nothing(void *chan)
{
    (void)chan;
    return 0;
}

static int write_dot(Agraph_t *g, char **data, size_t *len, cg_error *err)
{
    GString *b = g_string_new(NULL);
    if (agwrite(g, b) == EOF) {
        g_string_free(b, TRUE);
        return cg_error_set(err, EIO, "cannot write the map as DOT");
    }
    *len = b->len;
    *data = g_string_free(b, FALSE);
    return 0;
}

/* cairo stamps the PDF with the time of rendering; blanking that entry
 * with spaces keeps every byte offset (xref table) valid and the output
 * identical across runs. */
static void blank_pdf_date(char *data, size_t len)
{
    static const char key[] = "/CreationDate (";
    size_t klen = sizeof key - 1;
    for (size_t i = 0; i + klen < len; i++) {
        if (memcmp(data + i, key, klen) != 0)
            continue;
        size_t j = i + klen;
        while (j < len && data[j] != ')' && data[j] != '\n')
            j++;
        if (j < len && data[j] == ')')
            memset(data + i, ' ', j + 1 - i);
        return;
    }
}

static const char *const gv_formats[] = {
    [CG_MAP_SVG] = "svg",
    [CG_MAP_PNG] = "png:cairo",
    [CG_MAP_PDF] = "pdf:cairo",
};

static int render_laid_out(GVC_t *ctx, Agraph_t *g, cg_map_format fmt, char **data, size_t *len,
                           cg_error *err)
{
    char *out = NULL;
    unsigned int n = 0;
    gv_message[0] = '\0';
    if (gvRenderData(ctx, g, gv_formats[fmt], &out, &n) != 0 || !out) {
        if (out)
            gvFreeRenderData(out);
        return cg_error_set(err, EIO, "Graphviz cannot render %s: %s", gv_formats[fmt], gv_message);
    }
    char *copy = g_memdup2(out, n ? n : 1);
    gvFreeRenderData(out);
    if (fmt == CG_MAP_PDF)
        blank_pdf_date(copy, n);
    *data = copy;
    *len = n;
    return 0;
}

int cg_map_render(const cg_map *m, const cg_map_options *opt, cg_map_format fmt, char **data,
                  size_t *len, cg_error *err)
{
    if (!m || !data || !len || (int)fmt < CG_MAP_DOT || fmt > CG_MAP_PDF)
        return cg_error_set(err, EINVAL, "bad arguments to cg_map_render");
    size_t large = opt && opt->large ? opt->large : CG_MAP_LARGE_DEFAULT;
    int layered = m->n_nodes <= large;

    GVC_t *ctx = context();
    if (!ctx)
        return cg_error_set(err, ENOMEM, "cannot create a Graphviz context");

    /* Our own io discipline so agwrite() can write into memory. */
    static Agiodisc_t io;
    static Agdisc_t disc;
    io.afread = AgIoDisc.afread;
    io.putstr = put_str;
    io.flush = flush_nothing;
    disc.mem = &AgMemDisc;
    disc.id = &AgIdDisc;
    disc.io = &io;

    Agraph_t *g = NULL;
    int rc = cg_build_graph_(m, opt, layered, &disc, &g, err);
    if (rc)
        return rc;
    if (fmt == CG_MAP_DOT) {
        rc = write_dot(g, data, len, err);
        agclose(g);
        return rc;
    }

    gv_message[0] = '\0';
    if (gvLayout(ctx, g, layered ? "dot" : "sfdp") != 0) {
        /* Without the neato plugin there is no sfdp: draw the large map
         * with dot (slower, still correct) rather than fail. */
        agclose(g);
        g = NULL;
        if (layered)
            return cg_error_set(err, EIO, "Graphviz dot layout failed: %s", gv_message);
        rc = cg_build_graph_(m, opt, 1, &disc, &g, err);
        if (rc)
            return rc;
        if (gvLayout(ctx, g, "dot") != 0) {
            agclose(g);
            return cg_error_set(err, EIO, "Graphviz layout failed: %s", gv_message);
        }
    }
    rc = render_laid_out(ctx, g, fmt, data, len, err);
    gvFreeLayout(ctx, g);
    agclose(g);
    return rc;
}

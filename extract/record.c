/*
 * record.c - citation records as JSON Lines, TSV or CSV.
 */
#include <errno.h>
#include <glib.h>
#include <stdio.h>
#include <string.h>

#include "common/text.h"
#include "extract.h"

int cg_record_format_parse(const char *name)
{
    if (!strcmp(name, "jsonl"))
        return CG_REC_JSONL;
    if (!strcmp(name, "tsv"))
        return CG_REC_TSV;
    if (!strcmp(name, "csv"))
        return CG_REC_CSV;
    return -1;
}

const char *cg_part_name(cg_part part)
{
    static const char *const names[] = {"header", "preamble", "operative", "footnote",
                                        "annex",  "end",      "trailer"};
    return (size_t)part < sizeof names / sizeof names[0] ? names[part] : "header";
}

char *cg_location_format(const cg_location *loc)
{
    if (!loc->label || !*loc->label)
        return g_strdup(cg_part_name(loc->part));
    return g_strconcat(cg_part_name(loc->part), ":", loc->label, NULL);
}

const char *cg_kind_name(cg_kind kind)
{
    static const char *const names[] = {"resolution", "decision", "document",
                                        "instrument", "article",  "chapter"};
    return (size_t)kind < sizeof names / sizeof names[0] ? names[kind] : "document";
}

/* Field order of every format. */
static const char *const fields[] = {
    "doc",     "lang",    "file",   "start",    "end",      "line",     "col",
    "text",    "kind",    "target", "parent",   "body",     "number",   "session_or_year",
    "part",    "article", "date",   "relation", "location", "footnote", "rule",
    "resolved"};
#define NFIELDS (sizeof fields / sizeof fields[0])

/* n in decimal into buf (24 bytes): what "%zu" writes, without the
 * printf machinery (four numbers a record, millions of records). */
static void utoa(size_t n, char buf[24])
{
    char t[24];
    size_t k = 0;
    do
        t[k++] = (char)('0' + n % 10);
    while ((n /= 10) != 0);
    for (size_t i = 0; i < k; i++)
        buf[i] = t[k - 1 - i];
    buf[k] = '\0';
}

/* loc is the formatted location (g_free it after v is used). */
static void values(const cg_citation *c, const char *v[NFIELDS], char nums[4][24], char *loc)
{
    utoa(c->start, nums[0]);
    utoa(c->end, nums[1]);
    utoa(c->line, nums[2]);
    utoa(c->col, nums[3]);
    const char *all[NFIELDS] = {c->doc,
                                c->lang,
                                c->file,
                                nums[0],
                                nums[1],
                                nums[2],
                                nums[3],
                                c->text,
                                cg_kind_name(c->kind),
                                c->target,
                                c->parent,
                                c->body,
                                c->number,
                                c->session_or_year,
                                c->part,
                                c->article,
                                c->date,
                                c->relation,
                                loc,
                                c->footnote,
                                c->rule,
                                c->resolved ? "true" : "false"};
    memcpy(v, all, sizeof all);
}

int cg_record_write_header(FILE *out, cg_record_format fmt)
{
    if (fmt == CG_REC_JSONL)
        return 0;
    for (size_t i = 0; i < NFIELDS; i++)
        fprintf(out, "%s%s", i ? (fmt == CG_REC_TSV ? "\t" : ",") : "", fields[i]);
    fputc('\n', out);
    return ferror(out) ? EIO : 0;
}

int cg_record_write(FILE *out, cg_record_format fmt, const cg_citation *c)
{
    const char *v[NFIELDS];
    char nums[4][24];
    char *loc = cg_location_format(&c->location);
    values(c, v, nums, loc);
    if (fmt == CG_REC_JSONL) {
        /* Written by hand rather than through jansson: building and dumping
         * a json_t per record was a quarter of all extraction time
         * (measured with callgrind: 44 of 180 million instructions for 100
         * Security Council resolutions). The output is what jansson's
         * JSON_COMPACT writes, byte for byte. */
        /* One buffer per thread, reused record after record. */
        static _Thread_local GString *b;
        if (!b)
            b = g_string_sized_new(512);
        /* Each field's opening ({"doc": ,"lang": ...) made once: four
         * appends a field were a third of the writing. */
        static const char *open[NFIELDS];
        static size_t open_len[NFIELDS];
        static gsize made;
        if (g_once_init_enter(&made)) {
            for (size_t i = 0; i < NFIELDS; i++) {
                open[i] = g_strdup_printf("%c\"%s\":", i ? ',' : '{', fields[i]);
                open_len[i] = strlen(open[i]);
            }
            g_once_init_leave(&made, 1);
        }
        g_string_truncate(b, 0);
        for (size_t i = 0; i < NFIELDS; i++) {
            g_string_append_len(b, open[i], (gssize)open_len[i]);
            if (i >= 3 && i <= 6)
                g_string_append(b, v[i]);
            else if (i == NFIELDS - 1)
                g_string_append(b, c->resolved ? "true" : "false");
            else
                cg_json_string(b, v[i]);
        }
        g_string_append(b, "}\n");
        fwrite(b->str, 1, b->len, out);
    } else {
        for (size_t i = 0; i < NFIELDS; i++) {
            if (i)
                fputc(fmt == CG_REC_TSV ? '\t' : ',', out);
            if (fmt == CG_REC_TSV)
                cg_tsv_field(out, v[i]);
            else
                cg_csv_field(out, v[i]);
        }
        fputc('\n', out);
    }
    g_free(loc);
    return ferror(out) ? EIO : 0;
}

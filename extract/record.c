/*
 * record.c - citation records as JSON Lines, TSV or CSV.
 */
#include <errno.h>
#include <glib.h>
#include <jansson.h>
#include <stdio.h>
#include <string.h>

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

/* Field order of every format. */
static const char *const fields[] = {
    "doc", "lang", "file", "start", "end", "line", "col", "text", "kind",
    "target", "parent", "body", "number", "session_or_year", "part",
    "article", "date", "relation", "location", "footnote", "rule", "resolved"};
#define NFIELDS (sizeof fields / sizeof fields[0])

static void values(const cg_citation *c, const char *v[NFIELDS], char nums[4][24])
{
    snprintf(nums[0], 24, "%zu", c->start);
    snprintf(nums[1], 24, "%zu", c->end);
    snprintf(nums[2], 24, "%zu", c->line);
    snprintf(nums[3], 24, "%zu", c->col);
    const char *all[NFIELDS] = {
        c->doc, c->lang, c->file, nums[0], nums[1], nums[2], nums[3], c->text,
        c->kind, c->target, c->parent, c->body, c->number, c->session_or_year,
        c->part, c->article, c->date, c->relation, c->location, c->footnote,
        c->rule, c->resolved ? "true" : "false"};
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

/* JSON strings must be valid UTF-8: a file name or a span with invalid
 * bytes is repaired with U+FFFD rather than dropped. */
static json_t *jstr(const char *s)
{
    if (g_utf8_validate(s, -1, NULL))
        return json_string(s);
    char *v = g_utf8_make_valid(s, -1);
    json_t *j = json_string(v);
    g_free(v);
    return j;
}

static void tsv_field(FILE *out, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '\t': fputs("\\t", out); break;
        case '\n': fputs("\\n", out); break;
        case '\r': fputs("\\r", out); break;
        case '\\': fputs("\\\\", out); break;
        default: fputc(*s, out);
        }
    }
}

static void csv_field(FILE *out, const char *s)
{
    if (!strpbrk(s, ",\"\r\n")) {
        fputs(s, out);
        return;
    }
    fputc('"', out);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', out);
        fputc(*s, out);
    }
    fputc('"', out);
}

int cg_record_write(FILE *out, cg_record_format fmt, const cg_citation *c)
{
    const char *v[NFIELDS];
    char nums[4][24];
    values(c, v, nums);
    if (fmt == CG_REC_JSONL) {
        json_t *o = json_object();
        if (!o)
            return ENOMEM;
        for (size_t i = 0; i < NFIELDS; i++) {
            json_t *j;
            if (i >= 3 && i <= 6)
                j = json_integer((json_int_t)strtoull(v[i], NULL, 10));
            else if (i == NFIELDS - 1)
                j = json_boolean(c->resolved);
            else
                j = jstr(v[i]);
            json_object_set_new(o, fields[i], j);
        }
        char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
        json_decref(o);
        if (!s)
            return ENOMEM;
        fputs(s, out);
        fputc('\n', out);
        free(s);
    } else {
        for (size_t i = 0; i < NFIELDS; i++) {
            if (i)
                fputc(fmt == CG_REC_TSV ? '\t' : ',', out);
            if (fmt == CG_REC_TSV)
                tsv_field(out, v[i]);
            else
                csv_field(out, v[i]);
        }
        fputc('\n', out);
    }
    return ferror(out) ? EIO : 0;
}

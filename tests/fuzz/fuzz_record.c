/*
 * fuzz_record.c - the record writer (cg_record_write) fed hostile values.
 *
 * Input: NUL-separated strings for the 16 string fields of a cg_citation
 * (kind: its first byte picks the kind; location: its first byte picks the
 * part, the rest is the label); the last string's bytes give the numbers
 * (start, end, line, col) and `resolved`.
 * Checked: JSONL is one line that jansson parses back, every string field
 * reading back as written (or, for invalid UTF-8, as its U+FFFD repair)
 * and the numbers intact; TSV is one line of 22 fields whose unescaping
 * gives the values back; CSV is one RFC 4180 record of 22 fields.
 */
#include <glib.h>
#include <jansson.h>

#include "extract/extract.h"
#include "fuzz_common.h"

static const char *const names[16] = {"doc",     "lang",    "file", "text",     "kind",
                                      "target",  "parent",  "body", "number",   "session_or_year",
                                      "part",    "article", "date", "relation", "location",
                                      "footnote"};

static char *mem_write(cg_record_format fmt, const cg_citation *c, size_t *len)
{
    char *buf = NULL;
    FILE *f = open_memstream(&buf, len);
    FUZZ_CHECK(cg_record_write(f, fmt, c) == 0, "write %d", fmt);
    fclose(f);
    return buf;
}

/* TSV field unescaped (\t \n \r \\). */
static char *tsv_unescape(const char *s, size_t n)
{
    char *o = malloc(n + 1), *q = o;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\\' && i + 1 < n) {
            char e = s[++i];
            *q++ = e == 't' ? '\t' : e == 'n' ? '\n' : e == 'r' ? '\r' : e;
        } else
            *q++ = s[i];
    }
    *q = '\0';
    return o;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_strings fs = fuzz_split(data, size, 17);
    const char **f = (const char **)fs.s;
    const unsigned char *num = (const unsigned char *)fs.s[16];
    size_t nl = strlen((const char *)num);
    size_t nums[4];
    for (int i = 0; i < 4; i++) {
        nums[i] = 0;
        for (size_t b = 0; b < 4 && 4 * (size_t)i + b < nl; b++)
            nums[i] = nums[i] << 8 | num[4 * i + b];
    }
    cg_citation c = {
        .doc = f[0],
        .lang = f[1],
        .file = f[2],
        .start = nums[0],
        .end = nums[1],
        .line = nums[2],
        .col = nums[3],
        .text = f[3],
        .kind = (cg_kind)((unsigned char)f[4][0] % 6),
        .target = f[5],
        .parent = f[6],
        .body = f[7],
        .number = f[8],
        .session_or_year = f[9],
        .part = f[10],
        .article = f[11],
        .date = f[12],
        .relation = f[13],
        .location = {(cg_part)((unsigned char)f[14][0] % 7), f[14][0] ? f[14] + 1 : f[14]},
        .footnote = f[15],
        .rule = "fuzz",
        .resolved = nl ? num[0] & 1 : 0
    };

    /* What each string field must read back as. */
    char *loc = cg_location_format(&c.location);
    const char *want_s[16];
    for (int i = 0; i < 16; i++)
        want_s[i] = f[i];
    want_s[4] = cg_kind_name(c.kind);
    want_s[14] = loc;

    size_t len;
    char *j = mem_write(CG_REC_JSONL, &c, &len);
    FUZZ_CHECK(len > 0 && j[len - 1] == '\n' && memchr(j, '\n', len) == j + len - 1,
               "JSONL not one line");
    json_error_t je;
    json_t *o = json_loadb(j, len, 0, &je);
    FUZZ_CHECK(o != NULL, "JSONL does not parse: %s", je.text);
    for (int i = 0; i < 16; i++) {
        const char *got = json_string_value(json_object_get(o, names[i]));
        FUZZ_CHECK(got != NULL, "%s missing", names[i]);
        char *want = g_utf8_make_valid(want_s[i], -1);
        FUZZ_CHECK(!strcmp(got, want), "%s reads back changed", names[i]);
        g_free(want);
    }
    FUZZ_CHECK((size_t)json_integer_value(json_object_get(o, "start")) == nums[0], "start");
    FUZZ_CHECK((size_t)json_integer_value(json_object_get(o, "col")) == nums[3], "col");
    FUZZ_CHECK(json_is_true(json_object_get(o, "resolved")) == (c.resolved != 0), "resolved");
    json_decref(o);
    free(j);

    char *t = mem_write(CG_REC_TSV, &c, &len);
    FUZZ_CHECK(len > 0 && memchr(t, '\n', len) == t + len - 1, "TSV not one line");
    size_t field = 0, start = 0;
    static const int str_at[22] = {0, 1, 2, -1, -1, -1, -1, 3,  4,  5,  6,
                                   7, 8, 9, 10, 11, 12, 13, 14, 15, -1, -1};
    for (size_t i = 0; i < len; i++) {
        if (t[i] == '\t' || t[i] == '\n') {
            FUZZ_CHECK(field < 22, "TSV has more than 22 fields");
            if (str_at[field] >= 0) {
                char *v = tsv_unescape(t + start, i - start);
                FUZZ_CHECK(!strcmp(v, want_s[str_at[field]]), "TSV field %zu changed", field);
                free(v);
            }
            field++;
            start = i + 1;
        }
    }
    FUZZ_CHECK(field == 22, "TSV has %zu fields", field);
    free(t);

    char *cv = mem_write(CG_REC_CSV, &c, &len);
    size_t fields = 1, i = 0;
    int inq = 0;
    while (i < len) {
        char ch = cv[i++];
        if (inq) {
            if (ch == '"') {
                if (i < len && cv[i] == '"')
                    i++;
                else
                    inq = 0;
            }
        } else if (ch == '"') {
            inq = 1;
        } else if (ch == ',') {
            fields++;
        } else if (ch == '\n') {
            FUZZ_CHECK(i == len, "CSV record ends early at %zu of %zu", i, len);
        }
    }
    FUZZ_CHECK(!inq && fields == 22, "CSV has %zu fields", fields);
    free(cv);
    g_free(loc);
    fuzz_strings_free(&fs);
    return 0;
}

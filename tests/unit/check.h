/*
 * check.h - the checks every unit test uses: each prints what it checked
 * and exits 1 on the first wrong answer, showing expected and got.
 * Arguments are always (what, got, want): what was checked, the value the
 * code gave, the value the text says it should be.
 */
#ifndef CG_TEST_CHECK_H
#define CG_TEST_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHECK_STR(what, got, want)                                                       \
    do {                                                                                 \
        const char *g_ = (got), *w_ = (want);                                            \
        if ((g_ == NULL) != (w_ == NULL) || (g_ && strcmp(g_, w_) != 0)) {               \
            printf("FAIL %s: expected \"%s\", got \"%s\"\n", (what), w_ ? w_ : "(null)", \
                   g_ ? g_ : "(null)");                                                  \
            exit(1);                                                                     \
        }                                                                                \
        printf("ok   %s = %s\n", (what), g_ ? g_ : "(null)");                            \
    } while (0)

#define CHECK_INT(what, got, want)                                        \
    do {                                                                  \
        long long g_ = (long long)(got), w_ = (long long)(want);          \
        if (g_ != w_) {                                                   \
            printf("FAIL %s: expected %lld, got %lld\n", (what), w_, g_); \
            exit(1);                                                      \
        }                                                                 \
        printf("ok   %s = %lld\n", (what), g_);                           \
    } while (0)

/* A failure with a printf-style message naming the file and line. */
#define FAIL(...)                                             \
    do {                                                      \
        fprintf(stderr, "%s:%d: FAIL: ", __FILE__, __LINE__); \
        fprintf(stderr, __VA_ARGS__);                         \
        fputc('\n', stderr);                                  \
        exit(1);                                              \
    } while (0)

/* Checks counted, for a test's closing line. */
static int cg_checks __attribute__((unused));

/* A condition with a printf-style message when it fails, counted. */
#define CHECKF(cond, ...)      \
    do {                       \
        cg_checks++;           \
        if (!(cond))           \
            FAIL(__VA_ARGS__); \
    } while (0)

/* A call returning 0 or an errno code with a cg_error named err_ filled. */
#define CHECK_RC(call)                                        \
    do {                                                      \
        cg_error err_ = {0};                                  \
        (void)err_;                                           \
        int rc_ = (call);                                     \
        if (rc_ != 0)                                         \
            FAIL("%s returned %d: %s", #call, rc_, err_.msg); \
    } while (0)

#define CHECK(what, cond)                \
    do {                                 \
        if (!(cond)) {                   \
            printf("FAIL %s\n", (what)); \
            exit(1);                     \
        }                                \
        printf("ok   %s\n", (what));     \
    } while (0)

/* Whole file, NUL-terminated (*len set unless NULL); exits the test when
 * it cannot be read. */
static inline char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        printf("FAIL cannot open %s (run from the repository root)\n", path);
        exit(1);
    }
    size_t cap = 1 << 16, n = 0;
    char *b = malloc(cap);
    size_t r;
    while (b && (r = fread(b + n, 1, cap - n - 1, f)) > 0) {
        n += r;
        if (n + 1 == cap) {
            char *nb = realloc(b, cap *= 2);
            if (!nb)
                free(b);
            b = nb;
        }
    }
    fclose(f);
    if (!b) {
        printf("FAIL out of memory reading %s\n", path);
        exit(1);
    }
    b[n] = '\0';
    if (len)
        *len = n;
    return b;
}

/* The ISO codes of a list joined with spaces, into buf. */
static inline const char *join_codes(char **v, size_t n, char *buf, size_t cap)
{
    size_t w = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < n && w + 5 < cap; i++)
        w += (size_t)snprintf(buf + w, cap - w, "%s%s", i ? " " : "", v[i]);
    return buf;
}

#endif

/*
 * fuzz_common.h - what the fuzz targets share: a hard failure that names the
 * broken property, and splitting the input into NUL-free strings.
 */
#ifndef CG_FUZZ_COMMON_H
#define CG_FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A property the code promises does not hold: print it and abort, so that
 * libFuzzer keeps the input as a crash reproducer. */
#define FUZZ_CHECK(cond, ...)                                                               \
    do {                                                                                    \
        if (!(cond)) {                                                                      \
            fprintf(stderr, "fuzz check failed at %s:%d: %s: ", __FILE__, __LINE__, #cond); \
            fprintf(stderr, __VA_ARGS__);                                                   \
            fputc('\n', stderr);                                                            \
            abort();                                                                        \
        }                                                                                   \
    } while (0)

/* The input cut at NUL bytes into at most max strings (the last one takes
 * the rest). The strings are copies; free with fuzz_strings_free(). Missing
 * strings are "" so a target can always read max of them. */
typedef struct fuzz_strings {
    char **s;
    size_t n;
} fuzz_strings;

static inline fuzz_strings fuzz_split(const uint8_t *data, size_t size, size_t max)
{
    fuzz_strings fs = {calloc(max ? max : 1, sizeof(char *)), max};
    size_t k = 0, start = 0;
    for (size_t i = 0; i <= size && k < max; i++) {
        if (i == size || data[i] == 0) {
            size_t len = i - start;
            fs.s[k] = malloc(len + 1);
            memcpy(fs.s[k], data + start, len);
            fs.s[k][len] = '\0';
            k++;
            start = i + 1;
            if (i == size)
                break;
        }
    }
    for (; k < max; k++)
        fs.s[k] = calloc(1, 1);
    return fs;
}

static inline void fuzz_strings_free(fuzz_strings *fs)
{
    for (size_t i = 0; i < fs->n; i++)
        free(fs->s[i]);
    free(fs->s);
}

#endif

/*
 * zhnum.c - Chinese numerals to integers (see zhnum.h).
 *
 * Two notations exist side by side: the "unit" notation used for counts and
 * ordinals (二十三, 一百零五) and the digit-by-digit notation used for years
 * (二〇一三). A string with any unit character is read as the former.
 */
#include "zhnum.h"

#include <errno.h>
#include <limits.h>
#include <stdint.h>

/* Decodes one UTF-8 code point; returns its length, 0 on a bad sequence.
 * Only 1- and 3-byte sequences can be numerals, so others are rejected. */
static size_t next_cp(const unsigned char *s, size_t len, uint32_t *cp)
{
    if (len >= 1 && s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    if (len >= 3 && (s[0] & 0xF0) == 0xE0 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
        *cp = ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) |
              (uint32_t)(s[2] & 0x3F);
        return 3;
    }
    return 0;
}

/* 0..9 for a digit in any notation, -1 otherwise. */
static int digit_of(uint32_t cp)
{
    if (cp >= '0' && cp <= '9')
        return (int)(cp - '0');
    if (cp >= 0xFF10 && cp <= 0xFF19) /* full-width digits */
        return (int)(cp - 0xFF10);
    switch (cp) {
    case 0x3007: /* 〇 */
    case 0x96F6: /* 零 */ return 0;
    case 0x4E00: return 1; /* 一 */
    case 0x4E8C: return 2; /* 二 */
    case 0x4E24: return 2; /* 两 */
    case 0x4E09: return 3; /* 三 */
    case 0x56DB: return 4; /* 四 */
    case 0x4E94: return 5; /* 五 */
    case 0x516D: return 6; /* 六 */
    case 0x4E03: return 7; /* 七 */
    case 0x516B: return 8; /* 八 */
    case 0x4E5D: return 9; /* 九 */
    default: return -1;
    }
}

/* The multiplier of a unit character, 0 when cp is not one. */
static long unit_of(uint32_t cp)
{
    switch (cp) {
    case 0x5341: return 10;    /* 十 */
    case 0x767E: return 100;   /* 百 */
    case 0x5343: return 1000;  /* 千 */
    case 0x4E07: return 10000; /* 万 */
    default: return 0;
    }
}

static int parse_digits(const unsigned char *s, size_t len, long *value)
{
    long v = 0;
    size_t i = 0;
    while (i < len) {
        uint32_t cp;
        size_t n = next_cp(s + i, len - i, &cp);
        int d = n ? digit_of(cp) : -1;
        if (d < 0)
            return EINVAL;
        if (v > LONG_MAX / 10 - 1)
            return ERANGE;
        v = v * 10 + d;
        i += n;
    }
    *value = v;
    return 0;
}

static int parse_units(const unsigned char *s, size_t len, long *value)
{
    long total = 0;          /* completed 万 groups */
    long section = 0;        /* value below 万 so far */
    int digit = -1;          /* pending digit, -1 when none */
    long last_unit = 100000; /* units must decrease within a section */
    int after_zero = 0;      /* previous character was 零: 一千零十 = 1010 */
    size_t i = 0;
    while (i < len) {
        uint32_t cp;
        size_t n = next_cp(s + i, len - i, &cp);
        if (!n)
            return EINVAL;
        int d = digit_of(cp);
        long u = unit_of(cp);
        if (d == 0 && cp > 0x7F && cp != 0xFF10) {
            /* 零 / 〇 only marks a skipped place (一百零五). */
            if (digit > 0)
                return EINVAL;
            digit = -1;
            after_zero = 1;
            i += n;
            continue;
        } else if (d >= 0) {
            if (digit >= 0)
                return EINVAL; /* two digits in a row: 二三十 */
            digit = d;
        } else if (u == 10000) {
            if (section == 0 && digit < 0)
                return EINVAL;
            if (total > (LONG_MAX / 10000) - 1)
                return ERANGE;
            total = (total + section + (digit > 0 ? digit : 0)) * 10000;
            section = 0;
            digit = -1;
            last_unit = 100000;
        } else if (u) {
            if (u >= last_unit)
                return EINVAL; /* 十十, 十百 */
            /* A bare 十 means 一十 (十二 = 12); other units need a digit. */
            if (digit < 0 && !(u == 10 && (section == 0 || after_zero)))
                return EINVAL;
            section += (digit < 0 ? 1 : digit) * u;
            digit = -1;
            last_unit = u;
        } else {
            return EINVAL;
        }
        after_zero = 0;
        i += n;
    }
    *value = total + section + (digit > 0 ? digit : 0);
    return 0;
}

int cg_zh_number(const char *s, size_t len, long *value)
{
    const unsigned char *u = (const unsigned char *)s;
    int has_unit = 0;
    if (!s || len == 0)
        return EINVAL;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t n = next_cp(u + i, len - i, &cp);
        if (!n)
            return EINVAL;
        if (unit_of(cp))
            has_unit = 1;
        i += n;
    }
    return has_unit ? parse_units(u, len, value) : parse_digits(u, len, value);
}

/*
 * zhnum.h - Chinese numerals as written in UN documents ("第二十三届会议",
 * "二〇一三年", "第３８次会议") to integers.
 */
#ifndef CG_ZHNUM_H
#define CG_ZHNUM_H

#include <stddef.h>

/* Parses the whole of s[0..len) as one number and stores it in *value.
 * Accepts:
 *   - unit form: 一..九 (and 两) with 十 百 千 万, 零/〇 as a place holder:
 *     十二 = 12, 二十三 = 23, 一百零五 = 105, 一千九百四十五 = 1945;
 *   - digit-by-digit form: 二〇一三 = 2013, 三八 = 38;
 *   - ASCII and full-width digits (０-９), which may be mixed with the
 *     Chinese digits in the digit-by-digit form.
 * Surrounding whitespace is not accepted: the caller passes the number only.
 * Returns 0, or EINVAL (empty, another character, a malformed sequence such
 * as 十十 or 二三十) or ERANGE (above LONG_MAX / 10). *value is left
 * unchanged on error. Time: O(len). */
int cg_zh_number(const char *s, size_t len, long *value);

#endif

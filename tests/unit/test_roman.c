/*
 * test_roman.c - Roman numerals as UN session and chapter numbers (1..89):
 * cg_roman_value() reads back exactly the forms cg_roman_from_int() writes,
 * and nothing else.
 */
#include <stdio.h>
#include <string.h>

#include "extract/symbol.h"
#include "check.h"

int main(void)
{
    /* Written from the rules of the numerals, not from the code. */
    static const struct {
        const char *s;
        long v;
    } known[] = {
        {"I",      1 },
        {"IV",     4 },
        {"IX",     9 },
        {"XIV",    14},
        {"XIX",    19},
        {"XL",     40},
        {"XLIV",   44},
        {"XLIX",   49},
        {"L",      50},
        {"LV",     55},
        {"LX",     60},
        {"LXXX",   80},
        {"LXXXIX", 89},
        {"XXVI",   26},
        {"XV",     15}
    };
    for (size_t i = 0; i < sizeof known / sizeof *known; i++)
        CHECK_INT(known[i].s, cg_roman_value(known[i].s), known[i].v);
    /* Not numerals in canonical form, or out of 1..89. */
    static const char *const not_numerals[] = {"",     "IIII", "VX",  "IC", "XLX", "LXXXX",
                                               "XC",   "C",    "iv",  "IL", "VV",  "XIIII",
                                               "XVIV", "LL",   "IX ", " I", "MCM", "XXXX"};
    for (size_t i = 0; i < sizeof not_numerals / sizeof *not_numerals; i++)
        CHECK_INT(not_numerals[i], cg_roman_value(not_numerals[i]), 0);
    /* Every value round-trips. */
    for (long v = 1; v <= 89; v++) {
        char buf[16];
        CHECKF(cg_roman_from_int(v, buf, sizeof buf), "%ld is written", v);
        CHECKF(cg_roman_value(buf) == v, "%s reads back as %ld, not %ld", buf, cg_roman_value(buf),
               v);
    }
    CHECKF(!cg_roman_from_int(0, (char[16]){0}, 16) && !cg_roman_from_int(90, (char[16]){0}, 16),
           "0 and 90 are not written");
    printf("ok: 1..89 round-trip; %zu non-numerals refused\n",
           sizeof not_numerals / sizeof *not_numerals);
    return 0;
}

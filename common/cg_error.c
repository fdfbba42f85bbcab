#include "common/cg_error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

int cg_error_set(cg_error *e, int code, const char *fmt, ...)
{
    if (e) {
        va_list ap;
        va_start(ap, fmt);
        e->code = code;
        vsnprintf(e->msg, sizeof e->msg, fmt, ap);
        va_end(ap);
        /* Keep messages on one line whatever the caller formatted in. */
        for (char *p = e->msg; *p; p++)
            if (*p == '\n' || *p == '\r')
                *p = ' ';
    }
    return code;
}

void cg_error_clear(cg_error *e)
{
    if (e) {
        e->code = 0;
        e->msg[0] = '\0';
    }
}

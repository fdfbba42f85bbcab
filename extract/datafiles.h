/*
 * datafiles.h - reading reference data and patterns so that the extractor's
 * fingerprint covers every file loaded (private to extract/).
 */
#ifndef CG_DATAFILES_H
#define CG_DATAFILES_H

#include <glib.h>

/* Reference data and patterns are read through these (datafiles.c): while
 * cg_data_record_begin..end brackets the loading, each file's name and
 * bytes go into the fingerprint that end writes (16 hex digits). */
void cg_data_record_begin(void);
void cg_data_record_end(char out[17]);
gboolean cg_data_get_contents(const char *path, gchar **data, gsize *len, GError **ge);

#endif

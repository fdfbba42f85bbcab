/*
 * map_internal.h - the cg_map container as the rest of render/ sees it.
 *
 * Private to render/: build_dot.c reads the nodes and edges directly.
 * Invariant: nodes[] is kept sorted by id (strcmp) on every insertion, so
 * lookups are binary searches and drawing in id order needs no extra sort.
 * Every string is owned by the map; unknown strings are NULL, never "".
 */
#ifndef CG_RENDER_MAP_INTERNAL_H
#define CG_RENDER_MAP_INTERNAL_H

#include "render.h"

struct cg_map {
    cg_map_node *nodes; /* sorted by id; strings owned */
    size_t n_nodes;     /* used entries of nodes[] */
    size_t cap_nodes;   /* allocated entries of nodes[] */
    cg_map_edge *edges; /* in insertion order; strings owned */
    size_t n_edges;     /* used entries of edges[] */
    size_t cap_edges;   /* allocated entries of edges[] */
    char **labels;      /* parallel to nodes[]: short label or NULL */
    size_t cap_labels;
    char **links; /* parallel to nodes[]: the caller's link or NULL */
    size_t cap_links;
    char *caption; /* a line under the legend, or NULL */
};

/* The node with this id, or NULL. O(log n). */
const cg_map_node *cg_map_find_(const cg_map *m, const char *id);

/* A new array of pointers to m's edges sorted by (from, to, type,
 * relation): g_free the array (not the edges). O(e log e). */
const cg_map_edge **cg_map_sorted_edges_(const cg_map *m);

#endif

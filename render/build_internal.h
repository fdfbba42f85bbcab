/*
 * build_internal.h - turning a cg_map into a cgraph graph.
 */
#ifndef CG_RENDER_BUILD_INTERNAL_H
#define CG_RENDER_BUILD_INTERNAL_H

#include <graphviz/cgraph.h>

#include "render.h"

/* Node count above which a map is drawn by sfdp when opt->large is 0. */
#define CG_MAP_LARGE_DEFAULT 400

/* Builds the drawing of m as a new strict digraph opened with disc (NULL =
 * cgraph's default discipline) and stores it in *out; the caller
 * agclose()s it. layered = 1 builds the dot drawing (time axis, one rank
 * per year); layered = 0 the sfdp drawing of a large map (no axis: sfdp
 * has no ranks), which also sets the graph's layout=sfdp. Nodes are created
 * in id order and edges in (from, to) order, so agwrite() output is
 * deterministic. Returns 0, or ENOMEM with err filled when cgraph fails (*out
 * untouched).
 * O((n + e) log n). */
int cg_build_graph_(const cg_map *m, const cg_map_options *opt, int layered, Agdisc_t *disc,
                    Agraph_t **out, cg_error *err);

#endif

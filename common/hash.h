/*
 * hash.h - the one hash citegraph keys caches and data fingerprints with.
 *
 * 64-bit FNV-1a: not cryptographic, only a fingerprint of bytes the user
 * already controls (data files, cache payloads), chosen because it is a few
 * lines, streams, and is the same on every platform.
 */
#ifndef CG_HASH_H
#define CG_HASH_H

#include <stddef.h>
#include <stdint.h>

/* The FNV-1a offset basis: the value to start a new hash with. */
#define CG_HASH_INIT 14695981039346656037ULL

/* Folds len bytes of data into h and returns the new value, so a hash can
 * be built over several buffers: h = cg_hash(cg_hash(CG_HASH_INIT, a, n), b, m). */
uint64_t cg_hash(uint64_t h, const void *data, size_t len);

#endif

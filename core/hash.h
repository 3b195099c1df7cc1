/* hash: a fast 64-bit hash of a short byte string, for in-memory tables and
 * for counting distinct values. Eight bytes a step, each step mixed as in
 * splitmix64, so that strings differing in a few characters (Salesforce
 * ids, e-mail addresses) spread over the low bits a mask keeps. Not for
 * anything stored: it may change between versions. */
#ifndef CRMREADY_HASH_H
#define CRMREADY_HASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

static inline uint64_t hash_bytes(const char *s, size_t n)
{
	uint64_t h = 0x9E3779B97F4A7C15ULL ^ n;
	while (n >= 8) {
		uint64_t w;
		memcpy(&w, s, 8);
		h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
		h ^= h >> 31;
		s += 8;
		n -= 8;
	}
	uint64_t w = 0;
	memcpy(&w, s, n);
	h = (h ^ w) * 0x94d049bb133111ebULL;
	h ^= h >> 29;
	h *= 0xbf58476d1ce4e5b9ULL;
	h ^= h >> 32;
	return h;
}

#endif

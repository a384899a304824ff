"""Near-duplicate articles (one wire story republished with small edits), by MinHash.

Deterministic: each word 5-shingle is hashed once with BLAKE2b, then mapped through
``NUM_PERM`` fixed multiply-add permutations (mod 2**64); the signature keeps each
permutation's minimum.  Signatures can be stored and compared across runs and machines.
"""

from __future__ import annotations

import hashlib

import numpy as np

from diplomacy.extraction.text import fold

NUM_PERM = 64
SHINGLE = 5
_MASK = (1 << 64) - 1
_RNG = np.random.default_rng(20220217)  # fixed seed: the permutations never change
_A = _RNG.integers(1, 2**63, size=NUM_PERM, dtype=np.uint64) | np.uint64(1)  # odd multipliers
_B = _RNG.integers(0, 2**63, size=NUM_PERM, dtype=np.uint64)


def _shingles(text: str) -> set[str]:
    words = fold(text).split()
    if len(words) < SHINGLE:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def signature(text: str, num_perm: int = NUM_PERM) -> tuple[int, ...]:
    """The MinHash signature of a text: for each of ``num_perm`` (at most 64) fixed permutations,
    the minimum over the text's word 5-shingles (all-ones for an empty text)."""
    shingles = _shingles(text)
    if not shingles:
        return (_MASK,) * num_perm
    hashes = np.fromiter(
        (int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "little") for s in shingles),
        dtype=np.uint64,
        count=len(shingles),
    )
    with np.errstate(over="ignore"):
        permuted = _A[:num_perm, None] * hashes[None, :] + _B[:num_perm, None]
    return tuple(int(v) for v in permuted.min(axis=1))


def similarity(a: tuple[int, ...] | str, b: tuple[int, ...] | str) -> float:
    """Estimated Jaccard similarity (0..1) of two texts or two signatures."""
    sa = signature(a) if isinstance(a, str) else tuple(a)
    sb = signature(b) if isinstance(b, str) else tuple(b)
    if not sa or len(sa) != len(sb):
        return 0.0
    return sum(x == y for x, y in zip(sa, sb, strict=True)) / len(sa)

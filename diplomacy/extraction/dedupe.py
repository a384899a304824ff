"""Near-duplicate articles (one wire story republished with small edits), by MinHash.

Deterministic: word 5-shingles hashed with BLAKE2b under fixed seeds, so signatures can
be stored and compared across runs and machines.
"""

from __future__ import annotations

import hashlib

from diplomacy.extraction.text import fold

NUM_PERM = 64
SHINGLE = 5
_MASK = (1 << 64) - 1


def _shingles(text: str) -> set[str]:
    words = fold(text).split()
    if len(words) < SHINGLE:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def signature(text: str, num_perm: int = NUM_PERM) -> tuple[int, ...]:
    """The MinHash signature of a text: for each of ``num_perm`` seeded hashes, the minimum
    over the text's word 5-shingles (all-ones for an empty text)."""
    shingles = [s.encode("utf-8") for s in _shingles(text)]
    out = []
    for seed in range(num_perm):
        salt = seed.to_bytes(8, "little")
        best = _MASK
        for sh in shingles:
            h = int.from_bytes(hashlib.blake2b(sh, digest_size=8, salt=salt).digest(), "little")
            if h < best:
                best = h
        out.append(best)
    return tuple(out)


def similarity(a: tuple[int, ...] | str, b: tuple[int, ...] | str) -> float:
    """Estimated Jaccard similarity (0..1) of two texts or two signatures."""
    sa = signature(a) if isinstance(a, str) else a
    sb = signature(b) if isinstance(b, str) else b
    if not sa or len(sa) != len(sb):
        return 0.0
    return sum(x == y for x, y in zip(sa, sb, strict=True)) / len(sa)

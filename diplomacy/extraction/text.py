"""Text helpers shared by the extractor, the models and the exports."""

import functools
import re
import unicodedata

_FOLD_EXTRA = str.maketrans(
    {"ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "’": "'", "‘": "'", "`": "'"}
)


def fold(text: str | None) -> str:
    """Lower-case ASCII form of a name: diacritics, dotless i and punctuation removed."""
    if isinstance(text, str) and len(text) > 100:
        return _fold(text)  # (a whole article's text is not kept in the cache)
    return _fold_short(text)


def _fold(text: str | None) -> str:
    text = unicodedata.normalize("NFKD", (text or "").translate(_FOLD_EXTRA))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^a-z0-9 ]+", " ", text.lower())
    return " ".join(text.split())


# the same names and words come back sentence after sentence, article after article
_fold_short = functools.lru_cache(maxsize=1 << 16)(_fold)


def doc_text(doc) -> str:
    """``doc.text`` of a parsed spaCy Doc, joined once per doc: spaCy rebuilds it from every
    token on each access, and the extractor asks for it many times per article."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text

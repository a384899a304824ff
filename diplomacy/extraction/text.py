"""Text helpers shared by the extractor, the models and the exports."""

import re
import unicodedata

_FOLD_EXTRA = str.maketrans(
    {"ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "’": "'", "‘": "'", "`": "'"}
)


def fold(text: str | None) -> str:
    """Lower-case ASCII form of a name: diacritics, dotless i and punctuation removed."""
    text = unicodedata.normalize("NFKD", (text or "").translate(_FOLD_EXTRA))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^a-z0-9 ]+", " ", text.lower())
    return " ".join(text.split())

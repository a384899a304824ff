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


def initials_clash(a: list[str], b: list[str]) -> bool:
    """Whether two folded names with one surname disagree on initials that one of them spells out:
    "george w bush" is not "george bush" nor "george h w bush", "p w botha" is not "pik botha".

    Given names written out in both ("recep tayyip erdogan", "tayyip erdogan") never clash; a
    bare surname has nothing to clash with.
    """
    if a[-1:] != b[-1:] or len(a) < 2 or len(b) < 2:
        return False
    given_a, given_b = a[:-1], b[:-1]
    if not any(len(t) == 1 for t in given_a + given_b):
        return False
    return [t[0] for t in given_a] != [t[0] for t in given_b]

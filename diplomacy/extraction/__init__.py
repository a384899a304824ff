"""Pure extraction pipeline: article text in, plain dataclasses out (no ORM).

Public API (what the Django loader calls):

- ``reader.read_articles(paths)`` -> ``Article | ArticleError`` items (never raises on bad input)
- ``pipeline.Pipeline(nlp=None, known_names=())`` with ``.extract(article)``,
  ``.extract_many(articles, batch_size=32)`` and ``.extract_apart(articles, batch_size=32)``
  (the same results, parsed in a forked child process while the caller stores) -> ``ArticleResult``
- ``resolve``: ``candidate_keys``, ``match_person``, ``match_event``, ``merge_event_fields``,
  ``merge_person_names``, ``event_countries``, ``resolve_article`` (index protocol in its docstring)
- ``dedupe.signature`` / ``dedupe.similarity`` for near-duplicate texts
- ``codes.cameo_code`` / ``codes.plover`` for CAMEO and PLOVER codes
- ``corpus``: the same resolution over an in-memory store, writing the research export
  (``python -m diplomacy.extraction.corpus seeds/ -o /tmp/export.json``)
"""

EXTRACTOR_VERSION = "0.11.1"

import json
from datetime import date

from diplomacy.extraction.reader import MAX_BYTES, read_articles
from diplomacy.extraction.types import Article, ArticleError


def _one(path):
    items = list(read_articles([path]))
    assert len(items) == 1
    return items[0]


def test_dateline_sets_published_and_is_stripped(tmp_path):
    f = tmp_path / "000_abc.txt"
    f.write_text(" date 2022-02-17 First paragraph.\n\nSecond.", encoding="utf-8")
    art = _one(f)
    assert isinstance(art, Article)
    assert art.name == "000_abc.txt"
    assert art.published == date(2022, 2, 17)
    assert art.text == "First paragraph.\n\nSecond."


def test_no_dateline_means_unknown_date(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("A delegation arrived on Thursday.", encoding="utf-8")
    art = _one(f)
    assert art.published is None
    assert art.text.startswith("A delegation")


def test_directory_is_recursive_and_sorted(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("B text", encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text("A text", encoding="utf-8")
    (tmp_path / "ignored.csv").write_text("x", encoding="utf-8")
    names = [a.name for a in read_articles([tmp_path])]
    assert names == ["b.txt", "a.txt"]


def _error(path, fragment):
    err = _one(path)
    assert isinstance(err, ArticleError)
    message = str(err)
    assert "\n" not in message
    assert path.name in message
    assert fragment in message
    assert err.name
    return err


def test_empty_file(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_text("  \n", encoding="utf-8")
    _error(f, "empty")


def test_binary_file(tmp_path):
    f = tmp_path / "bin.txt"
    f.write_bytes(b"abc\x00def")
    _error(f, "binary")


def test_not_utf8(tmp_path):
    f = tmp_path / "latin.txt"
    f.write_bytes("Erdo\u011fan".encode("utf-16"))
    err = _one(f)
    assert isinstance(err, ArticleError)
    f2 = tmp_path / "latin1.txt"
    f2.write_bytes("caf\xe9 au lait".encode("latin-1"))
    _error(f2, "UTF-8")


def test_too_large_is_refused_unread(tmp_path):
    f = tmp_path / "big.txt"
    with open(f, "wb") as fh:
        fh.truncate(MAX_BYTES + 1)  # sparse: refused from its size alone
    _error(f, "larger than")


def test_malformed_datelines(tmp_path):
    for bad in (" date 2022-02-30 Text.", " date 22-1-1 Text."):
        f = tmp_path / "bad.txt"
        f.write_text(bad, encoding="utf-8")
        _error(f, "malformed dateline")


def test_missing_path():
    err = _one("/nonexistent/dir/x.txt")
    assert isinstance(err, ArticleError)
    assert "x.txt" in str(err) and err.name == "x.txt"


def test_jsonl_records_and_errors(tmp_path):
    f = tmp_path / "batch.jsonl"
    lines = [
        json.dumps(
            {
                "id": "a1",
                "text": "Body one.",
                "published": "2020-05-01",
                "title": "T",
                "url": "https://example.org/a",
            }
        ),
        "{not json",
        json.dumps({"id": "a3", "title": "no text"}),
        json.dumps({"id": "a4", "text": "Body four."}),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_articles([f]))
    assert [type(i).__name__ for i in items] == ["Article", "ArticleError", "ArticleError", "Article"]
    assert items[0] == Article(
        name="a1", text="Body one.", published=date(2020, 5, 1), title="T", url="https://example.org/a"
    )
    assert "batch.jsonl:2" in str(items[1]) and "bad JSON" in str(items[1])
    assert "batch.jsonl:3" in str(items[2]) and "missing text" in str(items[2]) and items[2].name == "a3"
    assert items[3].published is None


def test_jsonl_values_are_made_storable(tmp_path):
    f = tmp_path / "odd.jsonl"
    lines = [
        json.dumps({"id": "n1", "text": "The minister\u0000 met.", "url": "javascript:alert(1)", "title": "t" * 900}),
        json.dumps({"id": "i" * 400, "text": "Body."}),
    ]
    f.write_text("\n".join(lines), encoding="utf-8")
    first, second = read_articles([f])
    assert first.text == "The minister met." and first.url == "" and len(first.title) == 500
    assert isinstance(second, ArticleError) and "longer than" in str(second)

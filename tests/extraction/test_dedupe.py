from pathlib import Path

from diplomacy.extraction.dedupe import signature, similarity

SEED = (Path(__file__).resolve().parents[2] / "seeds" / "004_cd0f5f9ec7cf560c.txt").read_text(encoding="utf-8")


def test_signature_is_deterministic():
    assert signature(SEED) == signature(SEED)
    assert len(signature(SEED)) == 64


def test_republished_story_with_small_edits_is_near_duplicate():
    edited = SEED.replace("Thursday", "Thursday evening").replace("Ben Samuels contributed to this report.", "")
    assert similarity(signature(SEED), signature(edited)) >= 0.8


def test_different_stories_are_not():
    other = (Path(__file__).resolve().parents[2] / "seeds" / "000_35417eb11256156d.txt").read_text(encoding="utf-8")
    assert similarity(signature(SEED), signature(other)) < 0.2


def test_empty_and_mismatched_signatures():
    assert similarity((), signature(SEED)) == 0.0
    assert similarity(signature(""), signature("")) == 1.0

"""The fixed split of the headline data into a development part and a held-out part.

About a fifth of each data set is set aside before any modelling: Upworthy tests by their
``test_id`` (so every headline of one test falls on the same side) and labelled clickbait
headlines by their normalised text. Membership is decided by a stable hash, so the split never
depends on file order, Python's hash seed or the machine. ``tools/train_headline.py`` reads only
the development part; ``tools/eval_headline.py`` reports both parts side by side.
"""

from __future__ import annotations

import hashlib

HELD_OUT_BUCKETS = 5  # one bucket of five: about 20 %
_SALT = "clapwise-headline-holdout-v1"


def _bucket(key: str) -> int:
    digest = hashlib.sha256(f"{_SALT}:{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % HELD_OUT_BUCKETS


def is_held_out_test(test_id: str) -> bool:
    """Whether the Upworthy test ``test_id`` belongs to the held-out part."""
    return _bucket(f"test:{test_id}") == 0


def headline_key(headline: str) -> str:
    """A headline's identity for the split: the same words in any case or spacing."""
    return " ".join(headline.lower().split())


def is_held_out_headline(headline: str) -> bool:
    """Whether a labelled clickbait/news headline belongs to the held-out part."""
    return _bucket(f"headline:{headline_key(headline)}") == 0


def is_held_out_story(file_name: str) -> bool:
    """Whether a published Medium story (by its file name) belongs to the held-out part."""
    return _bucket(f"story:{file_name}") == 0

"""Clickbait risk: a naive Bayes classifier over words, word pairs and a few style tokens.

The model (``resources/headline/clickbait_model.json``) is written by ``tools/train_headline.py``
from labelled news and clickbait headlines. It holds one log-likelihood ratio per token and a
calibration (fitted on held-out predictions) that turns the summed evidence into a probability.
Its 30,000 weights are loaded as a word table of positions into an array of floats, derived at
install time like the other compact tables: under 1 MB, where a dict takes 3.
"""

from __future__ import annotations

import itertools
import json
import math
import threading
from array import array
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from app.analysis.text.compact import CompactTable
from app.analysis.text.word_table import WordTable
from app.analysis.text.words import WORD_RE, normalize
from app.resources import resource_path

MODEL_FILE = ("headline", "clickbait_model.json")
NUMBER_TOKEN = "<num>"
START, END = "<s>", "</s>"

_lock = threading.Lock()

# First person marks a genre, not a practice: news (the classifier's honest class) never says
# "I", while Medium is full of honest personal essays. Leaving these words out costs nothing in
# cross-validated accuracy and stops "How I Learned Rust" from reading as a viral site's title.
_GENRE_WORDS = frozenset({"i", "my", "me", "i'm", "i've", "i'd", "i'll", "myself", "mine"})


def unknown_token(token: str) -> str:
    """The stand-in for a token too rare to have its own weight ("<unk0>" for a word, "<unk1>"
    for a word pair). Rare words are mostly names and places, which news headlines are full of.
    """
    return f"<unk{token.count(' ')}>"


def clickbait_tokens(text: str) -> list[str]:
    """The distinct tokens the classifier looks at, in first-seen order.

    Lower-case words (numbers as one token), adjacent word pairs including the start and end
    of the headline, and a length band. Punctuation, capitals and first-person words are
    deliberately left out: in the training data they mark the source's house style or genre,
    not clickbait.
    """
    words = [
        NUMBER_TOKEN if token[0].isdigit() else normalize(token) for token in WORD_RE.findall(text)
    ]
    words = [word for word in words if word not in _GENRE_WORDS]
    sequence = [START, *words, END]
    tokens = [*words, *(f"{a} {b}" for a, b in itertools.pairwise(sequence))]
    tokens.append(f"<len{min(len(words) // 2, 10)}>")
    return list(dict.fromkeys(tokens))


@dataclass(frozen=True, slots=True)
class ClickbaitModel:
    """Log-likelihood ratios (clickbait over not) per token, a prior and a calibration."""

    weights: Mapping[str, float]
    prior: float
    scale: float
    shift: float

    def log_odds(self, text: str) -> float:
        """Uncalibrated naive Bayes log odds that ``text`` is clickbait."""
        weights = self.weights
        total = self.prior
        for token in clickbait_tokens(text):
            weight = weights.get(token)
            if weight is None:
                weight = weights.get(unknown_token(token), 0.0)
            total += weight
        return total

    def probability(self, text: str) -> float:
        """Calibrated probability (0..1) that readers would take ``text`` for clickbait."""
        z = self.scale * self.log_odds(text) + self.shift
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        e = math.exp(z)
        return e / (1.0 + e)

    @classmethod
    def from_dict(cls, data: dict) -> ClickbaitModel:
        return cls(
            weights=dict(data["weights"]),
            prior=float(data["prior"]),
            scale=float(data["calibration"]["scale"]),
            shift=float(data["calibration"]["shift"]),
        )


class TokenWeights(Mapping[str, float]):
    """Token weights in flat objects: each token's position in a word table, and the floats."""

    __slots__ = ("_positions", "_values")

    def __init__(self, positions: WordTable, values: array[float]) -> None:
        self._positions = positions
        self._values = values

    def get(self, token: str, default: Any = None) -> Any:
        position = self._positions.get(token)
        return default if position is None else self._values[position]

    def __getitem__(self, token: str) -> float:
        position = self._positions.get(token)
        if position is None:
            raise KeyError(token)
        return self._values[position]

    def __iter__(self) -> Iterator[str]:
        return iter(self._positions)

    def __len__(self) -> int:
        return len(self._positions)


def _compact_model() -> tuple[Any, ...]:
    """The model file's weights as a word table of positions and the floats' bytes, and its
    prior and calibration."""
    with resource_path(*MODEL_FILE).open(encoding="utf-8") as handle:
        model = ClickbaitModel.from_dict(json.load(handle))
    tokens = list(model.weights)
    positions = WordTable.build((token, index) for index, token in enumerate(tokens))
    values = array("d", (model.weights[token] for token in tokens)).tobytes()
    return positions, values, model.prior, model.scale, model.shift


COMPACT_MODEL = CompactTable("clickbait_model", lambda: resource_path(*MODEL_FILE), _compact_model)


@cache
def _load() -> ClickbaitModel:
    positions, values, prior, scale, shift = COMPACT_MODEL.load()
    weights = TokenWeights(WordTable(positions), array("d", values))
    return ClickbaitModel(weights=weights, prior=prior, scale=scale, shift=shift)


def clickbait_model() -> ClickbaitModel:
    """The fitted model, loaded once on first use."""
    with _lock:
        return _load()


def clickbait_probability(text: str) -> float:
    """Probability (0..1) that ``text`` reads as clickbait; 0 for an empty headline."""
    if not text.strip():
        return 0.0
    return clickbait_model().probability(text)

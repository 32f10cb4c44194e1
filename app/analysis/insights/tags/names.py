"""Tag name rules: what Medium accepts as a tag, normalising a tag's name, dropping duplicates."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from app.analysis.insights.keywords.frequency import zipf
from app.analysis.insights.keywords.vocabulary import (
    VocabularyTag,
    fold,
    slugify,
    stem_key,
    vocabulary,
)
from app.document.medium_limits import MAX_TAG_LENGTH

_NOT_TAG_RE = re.compile(r"[^\w\s&+.'’#-]|(?<!\w)#")  # "C#" keeps its "#"
_SPACES_RE = re.compile(r"\s+")
_SMALL_WORDS = frozenset({"a", "an", "and", "as", "at", "for", "in", "of", "on", "or", "the", "to"})


class TagNameError(ValueError):
    """A name Medium would refuse as a tag; the message says why."""


def check_tag_name(tag: str) -> str:
    """``tag`` cleaned (its letters composed, so "Café" typed either way is one word), the
    writer's case kept; raises :class:`TagNameError` when Medium would refuse it: longer than
    its limit, or holding what no tag can (emoji, symbols)."""
    cleaned = unicodedata.normalize("NFC", _cleaned(tag))
    if len(cleaned) > MAX_TAG_LENGTH:
        raise TagNameError(
            f"“{cleaned}” has {len(cleaned)} characters; Medium allows {MAX_TAG_LENGTH}."
        )
    foreign = "".join(dict.fromkeys(c for c in cleaned if not _fits_a_tag(c)))
    if foreign:
        if not any(character.isalnum() for character in cleaned):
            raise TagNameError(f"“{cleaned}” cannot be a tag: Medium tags are words.")
        raise TagNameError(f"“{cleaned}”: Medium tags are words; leave out “{foreign}”.")
    return cleaned


#: Marks a tag may hold besides letters and digits: "C#", "C++", "Node.js", "A/B Testing",
#: "Rock & Roll", "Don't Panic"; and the (invisible) joiners some scripts write words with.
_TAG_MARKS = frozenset("&+.'’#-/_ \u200c\u200d")


def _fits_a_tag(character: str) -> bool:
    """A letter or digit of any script (with its accents and vowel signs), or a tag's mark."""
    return (
        character.isalnum()
        or character in _TAG_MARKS
        or unicodedata.category(character).startswith("M")
    )


def _cleaned(tag: str) -> str:
    """``tag`` trimmed, without a leading "#", its spaces single; the writer's case kept."""
    return _SPACES_RE.sub(" ", tag.strip().lstrip("#")).strip()


def as_written(tag: str, name: str) -> str:
    """How to show the tag ``name`` that the writer wrote as ``tag``: their own spelling
    ("JavaScript", not the generated "Javascript"; "Systems Programming", not "System
    Programming") when it is the same words, plurals aside; the name when they wrote it other
    words ("ML" for "Machine Learning"), since that is the tag counted."""
    written = unshouted(_cleaned(tag))
    return written if stem_key(written) == stem_key(name) else name


#: A short word of a phrase in capitals stays in capitals, as an acronym ("AWS", "SQL", "AI"),
#: unless English writes it often in lower case ("TYPE", "DATA"): Zipf at or above this.
_ACRONYM_MAX_LETTERS = 4
_COMMON_WORD_ZIPF = 4.5


def _acronym(word: str) -> bool:
    if len(word) > _ACRONYM_MAX_LETTERS or word.lower() in _SMALL_WORDS:
        return False
    return len(word) <= 2 or zipf(word.lower()) < _COMMON_WORD_ZIPF


def unshouted(text: str) -> str:
    """``text`` in Title Case when it is a phrase set in capitals, as a heading is ("HYPOTHESIS
    TESTING" -> "Hypothesis Testing"), its acronyms kept ("AWS LAMBDA" -> "AWS Lambda");
    anything else, a single word in capitals included ("NASA"), as written."""
    words = text.split(" ")
    letters = [c for c in text if c.isalpha()]
    if len(words) < 2 or not letters or not all(c.isupper() for c in letters):
        return text
    return " ".join(
        word if _acronym(word) else _capitalised(word, position)
        for position, word in enumerate(words)
    )


def same_tag(one: str, other: str) -> bool:
    """Whether two names are one tag to Medium's readers: the same but for case or a plural
    ("Remote Team", "remote teams"), a language's symbols kept apart ("C#" is no "C")."""
    if one.casefold() == other.casefold():
        return True
    key = _tag_key(one)
    return bool(key) and key == _tag_key(other)


def _tag_key(name: str) -> tuple[str, ...]:
    return tuple(fold(word) for word in slugify(name).split("-") if word)


def writers_tags(tags: Iterable[str]) -> dict[str, str]:
    """Each tag of ``tags`` once, case aside: its normalized name, lower case, to the writer's
    first spelling of it, in order."""
    spelled: dict[str, str] = {}
    for raw in tags:
        tag = normalize_tag(raw)
        if tag:
            spelled.setdefault(tag.lower(), as_written(raw, tag))
    return spelled


def _capitalised(word: str, position: int) -> str:
    """A word of a tag in Title Case; a small word after the first stays lower case."""
    if position and word.lower() in _SMALL_WORDS:
        return word.lower()
    return word[:1].upper() + word[1:].lower()


def normalize_tag(text: str) -> str:
    """A tag as Medium shows it: trimmed, single spaces, Title Case ("machine learning" ->
    "Machine Learning"); real Medium tags keep Medium's display name ("ux" -> "UX"), acronyms
    and CamelCase words are kept, and the result is at most 25 characters."""
    cleaned = _SPACES_RE.sub(" ", _NOT_TAG_RE.sub(" ", text.strip().lstrip("#"))).strip()
    cleaned = unshouted(cleaned)
    if not cleaned:
        return ""
    # Medium's slug of a dotted name drops the dot ("Vue.js" -> vuejs); "C#" stays as written.
    known = vocabulary().by_slug.get(cleaned.lower().replace(" ", "-").replace(".", ""))
    if known:
        return known.name
    words = []
    for position, word in enumerate(cleaned.split(" ")):
        if any(c.isupper() for c in word[1:]) or any(c.isdigit() for c in word):
            words.append(word)
        else:  # each part of a hyphenated word too: "Post-Quantum", "State-of-the-Art"
            parts = word.split("-")
            words.append("-".join(_capitalised(p, position + i) for i, p in enumerate(parts)))
    tag = " ".join(words)
    while len(tag) > MAX_TAG_LENGTH and " " in tag:
        tag = tag.rsplit(" ", 1)[0]
    return tag[:MAX_TAG_LENGTH]


#: Endings that name a doer or an activity of one stem: programm-er, programm-ing.
_DOER_ENDINGS = ("ers", "er", "ors", "or")
_DOER_OR_ACTIVITY = (*_DOER_ENDINGS, "ings", "ing", "ments", "ment")
#: How a field is named from its doer's stem: programm-ing, manag-ement, develop-ment.
_FIELD_ENDINGS = ("ing", "ment", "ement")
_MIN_STEM = 4
#: How many times the readers of a doer's tag its field's tag must have to be offered in its
#: place ("Product Management", 42,957 stories, for "Product Manager", 2,279).
FIELD_MIN_REACH_RATIO = 5


def work_kind(words: Iterable[str]) -> frozenset[str]:
    """``words`` with a doer's or an activity's ending taken off, and a silent "e" ("programmer"
    and "programming" are "programm", "manager" and "management" "manag"), for telling two
    tags of one kind of work apart."""
    bases = set()
    for word in words:
        for ending in _DOER_OR_ACTIVITY:
            if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
                word = word[: -len(ending)]
                break
        bases.add(word[:-1] if word.endswith("e") else word)
    return frozenset(bases)


def field_of(slug: str) -> VocabularyTag | None:
    """The Medium tag naming the work of the doer ``slug`` names, when far more readers follow
    it ("product-manager" -> Product Management, "programmer" -> Programming); writers tag
    the field."""
    vocab = vocabulary()
    tag = vocab.by_slug.get(slug)
    *head, last = slug.split("-")
    doer = next(
        (e for e in _DOER_ENDINGS if last.endswith(e) and len(last) - len(e) >= _MIN_STEM), ""
    )
    if tag is None or not doer:
        return None
    stem = last[: -len(doer)]
    fields = (vocab.by_slug.get("-".join([*head, stem + ending])) for ending in _FIELD_ENDINGS)
    field = max(filter(None, fields), key=lambda found: found.stories, default=None)
    return field if field and field.stories >= FIELD_MIN_REACH_RATIO * tag.stories else None

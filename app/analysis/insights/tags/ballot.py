"""The suggester's ballot: the evidence for each tag, and how a suggestion spells it."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from app.analysis.insights.keywords import thresholds as th
from app.analysis.insights.keywords.vocabulary import slugify, vocabulary
from app.analysis.insights.tags.names import as_written, normalize_tag, unshouted


@dataclass
class Evidence:
    """One tag's evidence: credit from the text and from history, summed by reason."""

    text: float = 0.0
    history: float = 0.0
    reasons: dict[str, float] = field(default_factory=dict)
    uses: int = 0  # the writer's stories that carried the tag
    related: bool = False  # used with a chosen tag, or on a similar story of the writer's

    @property
    def history_alone_counts(self) -> bool:
        """Without the text's support a tag from history is offered only when it belongs to
        this post (used beside a chosen tag, or on a similar story) or is one of the writer's
        staples; a tag used once on another subject is no reason to show it here."""
        return self.related or self.uses >= th.TAG_HISTORY_STAPLE_USES

    def add(self, amount: float, reason: str, from_text: bool) -> None:
        if from_text:
            self.text += amount
        else:
            self.history += amount
        self.reasons[reason] = self.reasons.get(reason, 0.0) + amount

    @property
    def score(self) -> float:
        # History strengthens what the text supports; alone it counts for less.
        return self.text + self.history * (1.0 if self.text else th.TAG_HISTORY_ALONE_SHARE)

    @property
    def reason(self) -> str:
        return max(self.reasons.items(), key=lambda item: item[1])[0]


class Ballot:
    """Evidence per tag, keyed by lower-cased display name."""

    def __init__(self) -> None:
        self.evidence: dict[str, Evidence] = defaultdict(Evidence)
        self.spelling: dict[str, str] = {}
        self.written: dict[str, str] = {}  # the writer's own spelling of a tag they used
        self.reach: dict[str, int] = {}
        self.subject = ""  # the tag that is the post's best key phrase, lower case
        # Tags the prose writes once, outside the title and the key phrases: never first.
        self.passing: set[str] = set()

    def shown(self, lowered: str, draft: str) -> str:
        """The tag as a suggestion shows it: as the writer spelled it, if they have used it,
        else as the ``draft`` capitalises one of Medium's tags ("Git", "PyTorch") or writes it
        with a language's symbols ("C++"), else as Medium's list names it."""
        name = self.spelling[lowered]
        if lowered in self.written:
            return self.written[lowered]
        if not self.reach[lowered]:
            return name
        whole = capitalised_form(name, draft) or symbol_form(name, draft)
        return whole or inner_capitals(name, draft)

    def credit(
        self,
        tag: str,
        amount: float,
        reason: str,
        from_text: bool,
        *,
        uses: int = 0,
        related: bool = False,
    ) -> None:
        """Evidence for ``tag``; from history, ``uses`` (the writer's stories that carried it)
        and ``related`` (it went with a chosen tag, or on a similar story) say whether it may
        be offered without the text's support. A tag from history is spelled as the writer
        spelled it, and a suggestion of it keeps that spelling."""
        known = vocabulary().tag(tag)
        name = known.name if known else normalize_tag(tag)
        if not name or amount <= 0:
            return
        lowered = name.lower()
        self.spelling.setdefault(lowered, name)
        if not from_text:
            self.written.setdefault(lowered, as_written(tag, name))
        self.reach[lowered] = known.stories if known else 0
        found = self.evidence[lowered]
        found.add(amount, reason, from_text)
        found.uses = max(found.uses, uses)
        found.related = found.related or related


def capitalised_form(name: str, text: str) -> str:
    """How ``text`` most often writes the tag ``name`` with a capital in each word ("Git",
    "iOS", "macOS"); a text that writes it only in lower case ("git") takes back the list's
    guess of an acronym ("GIT" -> "Git"); "" when the text says nothing about it."""
    words = name.split()
    # Words apart by spaces, or by a slash between letters ("A/B Testing" for "A B Testing").
    pattern = r"(?<![\w-])" + r"[\s/]+".join(re.escape(word) for word in words) + r"(?![\w-])"
    forms = Counter(
        unshouted(" ".join(found.group(0).split()))
        for found in re.finditer(pattern, text, re.IGNORECASE)
    )
    capitalised = Counter(
        {form: n for form, n in forms.items() if all(w != w.lower() for w in form.split())}
    )
    if capitalised:
        return capitalised.most_common(1)[0][0]
    if forms and any(len(word) > 1 and word.isupper() for word in words):
        return " ".join(word.capitalize() if word.isupper() else word for word in words)
    return ""


def inner_capitals(name: str, text: str) -> str:
    """``name`` with each word as ``text`` most often writes it with capitals inside it
    ("GitHub Actions" for Medium's "Github Actions" in a post on its "GitHub Action"); a word
    the text writes no such way keeps the list's spelling."""
    shown = []
    for word in name.split():
        pattern = r"(?<![\w-])" + re.escape(word) + r"(?![\w-])"
        forms = Counter(
            found.group(0)
            for found in re.finditer(pattern, text, re.IGNORECASE)
            if found.group(0)[1:] != found.group(0)[1:].lower() and not found.group(0).isupper()
        )
        shown.append(forms.most_common(1)[0][0] if forms else word)
    return " ".join(shown)


#: A name written with a language's symbols: "C++", "C#", "F#".
_SYMBOL_NAME_RE = re.compile(r"(?<![\w-])[A-Za-z]\w*(?:\+\+|#)(?![\w#+])")


def symbol_form(name: str, text: str) -> str:
    """How ``text`` writes the tag ``name`` with a language's symbols ("C++" for Medium's
    Cpp); "" when it does not."""
    slug = slugify(name)
    for found in _SYMBOL_NAME_RE.finditer(text):
        if slugify(found.group(0)) == slug:
            return found.group(0)
    return ""

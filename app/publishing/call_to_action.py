"""Does a story's last paragraph leave the reader something to do?

A closing passes when it asks a question, invites a response (follow, comment, share…) or
tells the reader to do something. An instruction is a sentence whose main clause starts with
a verb in its base form ("Write down your three numbers."), directly or after a short opening
("So,", "Next time,", "If you do one thing this week, …"). The verbs are the base forms English
uses only as verbs (``verb_bases.txt``, from lemminflect), the everyday ones that are nouns
too ("try", "start", "take"), and those whose regular past is a verb first ("move": "moved"),
unless a verb follows ("Work was hard."). A quiet closing image ("Someday somebody will open
that box.") stays a suggestion: a sentence about "I" or "we" is never an instruction.
"""

from __future__ import annotations

import re

from app.analysis.insights.keywords.lexicon import verb_bases, verb_forms

# An invitation to respond, follow or act, matched anywhere in the last paragraph.
_CALL_TO_ACTION_RE = re.compile(
    r"\b(?:follow(?:ing)?\s+(?:me|along|for|my)|subscribe|sign\s+up|join\s+(?:me|us|my|the)|"
    r"share\s+(?:it|this|your)|let\s+me\s+know|tell\s+me|leave\s+a|drop\s+(?:me\s+)?a|"
    r"comment(?:s|\s+below)?|clap|reply\s+(?:below|with|to\s+this)|write\s+to\s+me|reach\s+out|"
    r"get\s+in\s+touch|"
    r"your\s+turn|give\s+it\s+a\s+(?:try|go)|try\s+(?:it|this|one)|read\s+(?:next|more)|"
    r"check\s+out|download|grab\s+(?:a|the|your)|start\s+(?:today|now|small|with)|"
    r"pick\s+(?:one|a)|book\s+a)\b",
    re.IGNORECASE,
)
# A question mark that ends a sentence (closing quotes and brackets may follow it).
_QUESTION_RE = re.compile(r"\?(?=[\"'”’)]*(?:\s|$))")
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])[\"'”’)]*\s+")

# Openings that may come before the instruction: a time or discourse word with or without a
# comma ("So", "Next time,"), or a short condition ending in a comma ("If you do one thing
# this week,"). Ten words at most, so a long clause is not taken for an opening.
_OPENING_RE = re.compile(
    r"^(?:(?:if|when|whenever|before|after|once|until|(?:the\s+)?next\s+time)\b"
    r"(?:\s+[^\s,]+){1,10},\s+|"
    r"(?:so|now|today|tonight|tomorrow|then|next\s+time|this\s+week|instead|finally|"
    r"first|and|but)\b,?\s+)",
    re.IGNORECASE,
)
# Words that may stand between the opening and the verb ("just write", "don't wait").
_SOFTENER_RE = re.compile(r"^(?:just|please|simply|always|never|don't|don’t|do\s+not)\s+", re.I)
_FIRST_WORD_RE = re.compile(r"^([A-Za-z]+(?:['’][a-z]+)?)")
# Everyday verbs that are nouns too, so ``verb_bases.txt`` (verbs only) leaves them out.
_COMMON_IMPERATIVES = frozenset(
    {
        "try", "start", "pick", "write", "take", "make", "give", "go", "open", "grab", "set",
        "block", "stop", "begin", "choose", "remember", "imagine", "ask", "find", "share",
        "follow", "subscribe", "join", "tell", "send", "put", "keep", "do", "don't", "let's",
        "read", "listen", "watch", "sign", "book", "call", "look", "check", "save", "think",
        "pay", "cancel", "sit", "spend", "use", "learn", "bring", "buy", "stay", "leave",
        "wait", "skip",
    }
)  # fmt: skip
# Base forms that open statements far more often than instructions ("May was wet.").
_NOT_IMPERATIVES = frozenset({"may", "shall"})


# Words after a noun that make its sentence a statement ("Work was hard.", "Rain fell.").
_STATEMENT_VERBS = frozenset(
    {"is", "was", "are", "were", "has", "had", "will", "would", "can", "could", "did", "does"}
)


def _past_tense(verb: str) -> tuple[str, ...]:
    """The regular simple past a base form may take: move -> moved, try -> tried, plan ->
    planned, cancel -> cancelled (and canceled)."""
    if verb.endswith("e"):
        return (verb + "d",)
    if verb.endswith("y") and verb[-2:-1] not in ("a", "e", "o", "u"):
        return (verb[:-1] + "ied",)
    return (verb + "ed", verb + verb[-1] + "ed")


def _is_verb_base(word: str) -> bool:
    """A base form English uses as a verb: only ever a verb ("convince"), an everyday one
    ("take"), or one whose regular past is a verb first ("move": "moved")."""
    if word in _COMMON_IMPERATIVES or word in verb_bases():
        return True
    forms = verb_forms()
    return len(word) > 2 and any(past in forms for past in _past_tense(word))


def _tells_reader(sentence: str) -> bool:
    """True when the sentence's main clause opens with a verb in its base form, not with a
    noun that a verb follows ("Work was hard.")."""
    rest = sentence.strip().lstrip("\"'“‘(*_")
    # Up to two openings ("So, next time, …"), then a softener ("just").
    for pattern in (_OPENING_RE, _OPENING_RE, _SOFTENER_RE):
        rest = pattern.sub("", rest, count=1)
    first = _FIRST_WORD_RE.match(rest)
    if first is None:
        return False
    word = first.group(1).lower().replace("’", "'")
    if word in _NOT_IMPERATIVES:
        return False
    words = rest.split()
    if len(words) > 1:
        following = words[1].lower().strip(",.;:!?")
        if following in _STATEMENT_VERBS or following in verb_forms():
            return False
    return _is_verb_base(word)


def has_call_to_action(paragraph: str) -> bool:
    """A question, an invitation (follow, subscribe, share, comment…) or an instruction."""
    text = " ".join(paragraph.split())
    if _QUESTION_RE.search(text) or _CALL_TO_ACTION_RE.search(text):
        return True
    return any(_tells_reader(sentence) for sentence in _SENTENCE_END_RE.split(text))

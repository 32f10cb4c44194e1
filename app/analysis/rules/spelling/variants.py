"""British spellings of words the (American) dictionary knows: colour, organise, centre, travelled.

pyspellchecker's English list is American. Writers on Medium use both, so a British form is
accepted when the regular rewrite below turns it into a known American word. The rules are
anchored to word endings so that common misspellings do not slip through ("fourty" keeps its
"our", "untill" has no "-lled"); irregular forms (cheque, kerb, defence) are listed in
``resources/spelling/british_words.txt`` instead.
"""

from __future__ import annotations

import re

# (pattern, replacement): each turns one British spelling pattern into the American one.
_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        # colour, favourite, behavioural, neighbourhood, honourable
        (
            r"our(s|ed|ing|ful|fully|able|ably|ite|ites|less|er|ers|hood|hoods|al|ally|ist|ists)?$",
            r"or\1",
        ),
        # organise, organisation, realising, recognised
        (r"is(e|es|ed|ing|er|ers|ation|ations|able)$", r"iz\1"),
        # analyse, paralysed
        (r"ys(e|es|ed|ing|er|ers)$", r"yz\1"),
        # centre, fibres, centred, centring
        (r"([tb])re(s?)$", r"\1er\2"),
        (r"([tb])r(ed|ing)$", r"\1er\2"),
        # travelled, cancelling, traveller, counsellor
        (r"ll(ed|ing|er|ers|or|ors)$", r"l\1"),
        # catalogue, analogues
        (r"ogue(s?)$", r"og\1"),
        # programme, programmes
        (r"mme(s?)$", r"m\1"),
        # acknowledgement, abridgement
        (r"dgement(s?)$", r"dgment\1"),
        # paediatric, haemoglobin, anaesthetic, gynaecology, leukaemia (not "generataed")
        (r"(?<=[phnck])ae(?=[dmsc])", "e"),
        # oestrogen, foetus, diarrhoea
        (r"(?:^|(?<=[fh]))oe(?=[a-z])", "e"),
    )
)


def american_forms(word: str) -> list[str]:
    """American spellings a lower-case British ``word`` may stand for (possibly none)."""
    forms = []
    for pattern, replacement in _RULES:
        rewritten = pattern.sub(replacement, word, count=1)
        if rewritten != word:
            forms.append(rewritten)
    return forms

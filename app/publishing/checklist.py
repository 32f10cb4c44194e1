"""Ready for Medium: a pre-publish checklist built from a Report and the story's metadata.

Each item passes, warns or fails and says in one line what to do. A story is ready when no
item fails; warnings are advice. Checks that need an analysis the report does not carry
(headline score, intro, a rule the writer switched off) are marked ``skip``: never failed,
never guessed, never a pass. Every number the checks use is defined right below.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal
from urllib.parse import urlsplit

from app.analysis.insights.tag_slips import likely_meant
from app.document.wording import plural
from app.publishing.call_to_action import has_call_to_action

if TYPE_CHECKING:
    from app.analysis.engine.report import Report
    from app.analysis.insights.headline import HeadlineReport
    from app.analysis.insights.intro import IntroReport
    from app.analysis.insights.readability import Readability

# --- thresholds ---------------------------------------------------------------------------------
HEADLINE_GOOD = 50  # overall headline score (appeal adjusted for clickbait risk), 0-100
CLICKBAIT_STYLE = 0.75  # probability above which the wording is said to read like clickbait
SEARCH_TITLE_CHARACTERS = 60  # characters of a title a search result shows
SUBTITLE_RANGE = (100, 140)  # characters; Medium shows it under the title and in search results
READABILITY_MARGIN = 0.0  # grades above the genre's target that still pass
SPELLING_LISTED = 5  # unknown words named in the detail
GRAMMAR_LISTED = 3  # grammar slips quoted in the detail
ADVERBS_PER_100_WORDS = 1.0  # more than this many flagged adverbs per 100 words: warn
HARD_SENTENCE_SHARE = 10.0  # percent of sentences that are hard or very hard: above it, warn
MAX_TAGS = 5  # Medium's limit
READ_TIME_BAND = (3, 12)  # minutes; the default target band
SECTION_WORDS = 400  # words a story may run without a subheading (the long_section rule's)
IMAGE_SUGGESTED_WORDS = 600  # longer stories should have at least one image
KEYPHRASE_ISSUES_LISTED = 3  # poor keyphrase checks summarised in the detail

Status = Literal["pass", "warn", "fail", "skip"]
STATUSES: tuple[Status, ...] = ("pass", "warn", "fail", "skip")


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """One check: its id, a short label, the verdict, what was found and what to do.

    ``rules`` names the findings the item is about, so a click can jump to them.
    """

    id: str
    label: str
    status: Status
    detail: str
    fix: str
    rules: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "label": self.label,
            "status": self.status,
            "detail": self.detail,
            "fix": self.fix,
            "rules": list(self.rules),
        }


@dataclass(frozen=True, slots=True)
class Checklist:
    items: tuple[ChecklistItem, ...]

    @property
    def ready(self) -> bool:
        """Nothing fails (warnings are advice)."""
        return all(item.status != "fail" for item in self.items)

    def count(self, status: Status) -> int:
        return sum(item.status == status for item in self.items)

    def item(self, item_id: str) -> ChecklistItem | None:
        return next((item for item in self.items if item.id == item_id), None)

    @property
    def summary(self) -> str:
        fails, warns = self.count("fail"), self.count("warn")
        checked = len(self.items) - self.count("skip")
        advice = f", {plural(warns, 'suggestion')}" if warns else ""
        if fails:
            return f"Not ready yet: {plural(fails, 'thing')} to fix{advice}."
        return f"Ready for Medium: {self.count('pass')} of {checked} checks pass{advice}."

    def to_dict(self) -> dict[str, object]:
        return {
            "ready": self.ready,
            "summary": self.summary,
            "counts": {status: self.count(status) for status in STATUSES},
            "items": [item.to_dict() for item in self.items],
        }


def _be(count: int) -> str:
    return "is" if count == 1 else "are"


def build_checklist(
    report: Report,
    *,
    title: str,
    subtitle: str,
    tags: Sequence[str],
    canonical_url: str,
    first_published_elsewhere: bool,
    read_time_band: tuple[float, float] = READ_TIME_BAND,
    source: str | None = None,
    headline: HeadlineReport | None = None,
    intro: IntroReport | None = None,
    spelling_checked: bool = True,
    disabled_rules: Collection[str] | None = None,
) -> Checklist:
    """The checklist for a story analysed as ``report``.

    ``source`` (the Markdown the report was made from) names the misspelled words and quotes
    the grammar slips. ``headline`` and ``intro`` default to ``report.headline`` and
    ``report.intro``; when neither is there, their checks are skipped. ``disabled_rules``
    (default: the rules that were off when the report was made) are the rules whose findings
    are absent: a check that counts them says so instead of passing. Pass
    ``spelling_checked=False`` when no spelling checker ran, so zero findings mean nothing.
    """
    title = " ".join(title.split())
    subtitle = " ".join(subtitle.split())
    if headline is None:
        headline = getattr(report, "headline", None)
    if intro is None:
        intro = getattr(report, "intro", None)
    empty = report.words == 0
    off = frozenset(report.disabled_rules if disabled_rules is None else disabled_rules)
    spelling_checked = spelling_checked and "spelling" not in off
    items = [
        _headline(title, headline),
        _clickbait(title, headline),
        _subtitle(subtitle, intro),
        _search_title(title),
        _intro(intro, empty),
        _readability(report, empty),
        _spelling(report, source, empty, spelling_checked),
        _grammar(report, source, empty, off),
        _passive(report, empty),
        _adverbs(report, empty, off),
        _hard_sentences(report, empty, off),
        _keyphrase(report, empty),
        _tags(tags, tuple(k.phrase for k in report.keywords.extracted)),
        _read_time(report, read_time_band),
        _subheadings(report, empty, off),
        _images(report, empty),
        _closing(report.last_paragraph, empty),
        _canonical(canonical_url.strip(), first_published_elsewhere),
    ]
    return Checklist(tuple(items))


def _skip(item_id: str, label: str, detail: str, fix: str) -> ChecklistItem:
    return ChecklistItem(item_id, label, "skip", detail, fix)


def _rule_name(rule: str) -> str:
    from app.analysis.rules.catalog import RULES_BY_ID  # at use: keeps the import light

    info = RULES_BY_ID.get(rule)
    return info.name if info is not None else rule


def _how_to_switch_on(rules: Sequence[str]) -> str:
    names = " and ".join(f"“{_rule_name(rule)}”" for rule in rules)
    options = " ".join(f"--rule {rule}" for rule in rules)
    return (
        f"Switch on {names} in Settings or the sidebar's Writing card (on the command line: "
        f"{options}) to include {'it' if len(rules) == 1 else 'them'} here."
    )


def _switched_off(item_id: str, label: str, rules: Sequence[str]) -> ChecklistItem:
    """A check whose rule is off: its findings are absent, so it cannot pass."""
    names = " and ".join(f"“{_rule_name(rule)}”" for rule in rules)
    verb = "is" if len(rules) == 1 else "are"
    return ChecklistItem(
        item_id,
        label,
        "skip",
        f"Not checked: {names} {verb} switched off.",
        _how_to_switch_on(rules),
        tuple(rules),
    )


_EMPTY_DETAIL = "There is no text to check yet."
_EMPTY_FIX = "Write the story; this check runs as soon as there is text."


def _headline(title: str, headline: HeadlineReport | None) -> ChecklistItem:
    label = "Headline"
    if not title:
        return ChecklistItem(
            "headline",
            label,
            "fail",
            "The story has no title.",
            "Write a title that tells readers what they will get.",
        )
    if headline is None:
        return _skip(
            "headline",
            label,
            "The headline has not been scored.",
            "Read the title aloud: would you click it in a feed?",
        )
    score = headline.overall
    verdict = headline.verdict
    detail = f"Scores {score} out of 100 ({verdict.rstrip('.')})."
    if score >= HEADLINE_GOOD:
        return ChecklistItem(
            "headline", label, "pass", detail, "Keep it; try a variant only if one scores higher."
        )
    return ChecklistItem(
        "headline",
        label,
        "warn",
        detail,
        "Make the benefit concrete: a number, a clear outcome or a specific reader.",
    )


def _clickbait(title: str, headline: HeadlineReport | None) -> ChecklistItem:
    label = "Clickbait risk"
    if not title:
        return _skip("clickbait", label, "There is no title to check.", "Write a title first.")
    if headline is None:
        return _skip(
            "clickbait",
            label,
            "The headline has not been checked for clickbait.",
            "Make sure the title promises only what the story delivers.",
        )
    flags = [flag.label for flag in headline.red_flags]
    if flags:
        detail = f"{plural(len(flags), 'red flag')}: {'; '.join(flags)}."
        if headline.clickbait_probability >= CLICKBAIT_STYLE:
            detail += " The wording also reads like a clickbait site's."
    else:
        detail = "No red flags: the title neither teases nor exaggerates."
    risk = headline.risk
    if risk == "high":
        return ChecklistItem(
            "clickbait",
            label,
            "fail",
            detail,
            "Medium keeps clickbait out of boosted distribution: say plainly what the story "
            "is about.",
        )
    if risk == "medium":
        return ChecklistItem(
            "clickbait",
            label,
            "warn",
            detail,
            "Tone the title down: Medium's curators skip headlines that tease or exaggerate.",
        )
    return ChecklistItem(
        "clickbait",
        label,
        "pass",
        detail,
        "Nothing to do: the title promises what it says.",
    )


def _subtitle(subtitle: str, intro: IntroReport | None) -> ChecklistItem:
    label = "Subtitle"
    low, high = SUBTITLE_RANGE
    length = len(subtitle)
    if not length:
        return ChecklistItem(
            "subtitle",
            label,
            "warn",
            "The story has no subtitle.",
            f"Add a subtitle of {low}-{high} characters: Medium shows it under the title and "
            "in search results.",
        )
    detail = f"{length} characters."
    if intro is not None and intro.subtitle_repeats_title:
        return ChecklistItem(
            "subtitle",
            label,
            "warn",
            f"{detail} It mostly repeats the title.",
            "Use the subtitle to add something the title does not say: who it is for, or what "
            "they get.",
        )
    if length < low:
        return ChecklistItem(
            "subtitle",
            label,
            "warn",
            f"{detail} That is short.",
            f"Add detail until it runs to about {low}-{high} characters.",
        )
    if length > high:
        return ChecklistItem(
            "subtitle",
            label,
            "warn",
            f"{detail} Search results cut it off.",
            f"Trim it to about {high} characters.",
        )
    return ChecklistItem(
        "subtitle", label, "pass", detail, f"Nothing to do: {low}-{high} characters is ideal."
    )


def _search_title(title: str) -> ChecklistItem:
    label = "Title in search results"
    limit = SEARCH_TITLE_CHARACTERS
    if not title:
        return _skip("search_title", label, "There is no title to measure.", "Write a title.")
    length = len(title)
    if length <= limit:
        return ChecklistItem(
            "search_title",
            label,
            "pass",
            f"{length} characters: search results show all of it.",
            f"Nothing to do: titles up to about {limit} characters show in full.",
        )
    shown = title[:limit].rstrip() + "…"
    return ChecklistItem(
        "search_title",
        label,
        "warn",
        f"{length} characters: search results show only “{shown}”",
        f"Put the words that matter in the first {limit} characters, or shorten the title.",
    )


def _intro(intro: IntroReport | None, empty: bool) -> ChecklistItem:
    label = "Opening paragraph"
    if empty:
        return _skip("intro", label, _EMPTY_DETAIL, _EMPTY_FIX)
    if intro is None:
        return _skip(
            "intro",
            label,
            "The opening has not been checked.",
            "Make the first lines give readers a reason to stay.",
        )
    from app.analysis.insights.intro import hook_phrase  # at use: keeps the import light

    hook = intro.hook_type
    tips = intro.tips
    if hook == "none" or intro.generic_opening:
        detail = (
            "The opening starts with a generic line."
            if intro.generic_opening
            else "The first sentence does not hook the reader."
        )
        fix = next(
            (tip for tip in tips if "subtitle" not in tip.lower()),
            "Open with a question, a bold claim, a number, a scene or a quote.",
        )
        return ChecklistItem("intro", label, "warn", detail, fix)
    return ChecklistItem(
        "intro",
        label,
        "pass",
        f"Opens with {hook_phrase(hook)}.",
        "Nothing to do: the first lines give readers a reason to stay.",
    )


def _readability(report: Report, empty: bool) -> ChecklistItem:
    label = "Readability"
    if empty:
        return _skip("readability", label, _EMPTY_DETAIL, _EMPTY_FIX)
    readability = report.readability
    detail = (
        f"Reading grade {readability.grade:g} ({readability.label}); the target for "
        f"{readability.genre} is {readability.target:g} or lower."
    )
    if readability.grade <= readability.target + READABILITY_MARGIN:
        return ChecklistItem("readability", label, "pass", detail, _readability_fix(readability))
    return ChecklistItem(
        "readability",
        label,
        "warn",
        detail,
        "Split long sentences and swap long words for short ones.",
        ("very_hard_sentence", "hard_sentence"),
    )


def _readability_fix(readability: Readability) -> str:
    """Advice that agrees with the label: a grade within target can still be fairly hard."""
    from app.analysis.insights.readability import GRADE_LABELS  # at use: keeps the import light

    plain_upper = next(upper for upper, label, _meaning in GRADE_LABELS if label == "Plain English")
    if readability.grade < plain_upper:
        return "Nothing to do: the text is easy to follow."
    return (
        f"Within the target for {readability.genre}, but {readability.meaning}: split the "
        "longest sentences where you want it plainer."
    )


def _spelling(report: Report, source: str | None, empty: bool, checked: bool) -> ChecklistItem:
    label = "Spelling"
    if empty:
        return _skip("spelling", label, _EMPTY_DETAIL, _EMPTY_FIX)
    if not checked:
        return _skip(
            "spelling",
            label,
            "Spelling is not being checked.",
            "Switch the spelling check on to include it here.",
        )
    found = [finding for finding in report.findings if finding.rule == "spelling"]
    if not found:
        return ChecklistItem(
            "spelling",
            label,
            "pass",
            "No unknown words.",
            "Nothing to do: every word is in the dictionary.",
            ("spelling",),
        )
    # An unknown word is as often a name or a new word as a typo: it alone never holds a story
    # back, so the item is advice with the words to review, never a failure.
    firsts: dict[str, str] = {}  # one entry per word whatever its case, in order of use
    if source is not None:
        for finding in found:
            word = source[finding.start : finding.end]
            if word:
                firsts.setdefault(word.lower(), word)
    words = list(firsts.values())
    count = len(words) or len(found)
    listed = f": {', '.join(words[:SPELLING_LISTED])}" if words else ""
    more = "…" if len(words) > SPELLING_LISTED else ""
    return ChecklistItem(
        "spelling",
        label,
        "warn",
        f"{plural(count, 'word')} to review{listed}{more}.",
        "Correct each typo; add names and new words to your dictionary.",
        ("spelling",),
    )


def _grammar_rules() -> tuple[str, ...]:
    from app.analysis.rules.grammar import CHECKS  # at use: keeps the import light

    return (*(check.id for check in CHECKS), "repeated_word")


_WORD_BEFORE_RE = re.compile(r"([\w'’-]+)[ \t]+\Z")
_WORD_AFTER_RE = re.compile(r"[ \t]+([\w'’-]+)")


def _quote(source: str, start: int, end: int) -> str:
    """The flagged words with a word either side on the same line, so the slip is findable."""
    before = _WORD_BEFORE_RE.search(source[max(0, start - 40) : start])
    after = _WORD_AFTER_RE.match(source, end)
    left = before.group(0) if before else ""
    right = after.group(0) if after and after.start() == end else ""
    return " ".join(f"{left}{source[start:end]}{right}".split())


def _grammar(report: Report, source: str | None, empty: bool, off: frozenset[str]) -> ChecklistItem:
    label = "Grammar"
    rules = _grammar_rules()
    checked = [rule for rule in rules if rule not in off]
    if empty:
        return _skip("grammar", label, _EMPTY_DETAIL, _EMPTY_FIX)
    if not checked:
        return ChecklistItem(
            "grammar",
            label,
            "skip",
            "Not checked: the grammar checks and “Repeated words” are switched off.",
            "Switch them on in Settings or the sidebar's Writing card (on the command line: "
            "--all-rules) to include them here.",
            rules,
        )
    found = [finding for finding in report.findings if finding.rule in checked]
    unchecked = len(rules) - len(checked)
    note = f" ({plural(unchecked, 'grammar check')} switched off)" if unchecked else ""
    if not found:
        return ChecklistItem(
            "grammar",
            label,
            "pass",
            f"No grammar slips or repeated words found{note}.",
            "Nothing to do: no slip the checks know of.",
            tuple(checked),
        )
    # Grammar findings are right nearly every time (README, Spelling and grammar), but a slip
    # is quick to fix and never a reason to hold a story back: advice, not a failure.
    quoted = []
    if source is not None:
        for finding in found[:GRAMMAR_LISTED]:
            fix = finding.replacements[0] if finding.replacements else ""
            shown = f"“{_quote(source, finding.start, finding.end)}”"
            quoted.append(f"{shown} (→ {fix})" if fix else shown)
    listed = f": {'; '.join(quoted)}" if quoted else ""
    more = "…" if len(found) > len(quoted) and quoted else ""
    return ChecklistItem(
        "grammar",
        label,
        "warn",
        f"{plural(len(found), 'grammar slip')} or repeated word{'s' if len(found) != 1 else ''}"
        f"{listed}{more}{note}.",
        "Fix each one: most have a one-click fix in the editor.",
        tuple(checked),
    )


def _passive(report: Report, empty: bool) -> ChecklistItem:
    label = "Passive voice"
    share = report.style.passive_sentences
    if empty or share.status == "n/a":
        return _skip("passive", label, _EMPTY_DETAIL, _EMPTY_FIX)
    detail = (
        f"{share.percent:g}% of sentences ({share.count:,} of {share.total:,}) "
        f"{_be(share.count)} passive."
    )
    if share.status == "poor":
        return ChecklistItem(
            "passive",
            label,
            "warn",
            detail,
            "Say who does what: rewrite passive sentences with the doer first.",
            ("passive",),
        )
    return ChecklistItem(
        "passive",
        label,
        "pass",
        detail,
        "Nothing to do: most sentences say who does what.",
        ("passive",),
    )


def _adverbs(report: Report, empty: bool, off: frozenset[str]) -> ChecklistItem:
    label = "Adverbs"
    if empty:
        return _skip("adverbs", label, _EMPTY_DETAIL, _EMPTY_FIX)
    if "adverb" in off:  # no findings at all, so no count to judge
        return _switched_off("adverbs", label, ("adverb",))
    count = report.style.count("adverb")
    limit = max(1, int(report.words * ADVERBS_PER_100_WORDS / 100))
    detail = f"{plural(count, 'adverb')} flagged; aim for {limit} or fewer at this length."
    if count > limit:
        return ChecklistItem(
            "adverbs",
            label,
            "warn",
            detail,
            "Replace “-ly” adverbs with a stronger verb, or cut them.",
            ("adverb",),
        )
    return ChecklistItem(
        "adverbs", label, "pass", detail, "Nothing to do: the verbs carry the weight.", ("adverb",)
    )


def _hard_sentences(report: Report, empty: bool, off: frozenset[str]) -> ChecklistItem:
    label = "Hard sentences"
    sentences = report.style.long_sentences.total  # body sentences (headings excluded)
    if empty or not sentences:
        return _skip("hard_sentences", label, _EMPTY_DETAIL, _EMPTY_FIX)
    rules = tuple(rule for rule in ("very_hard_sentence", "hard_sentence") if rule not in off)
    if not rules:
        return _switched_off("hard_sentences", label, ("very_hard_sentence", "hard_sentence"))
    very_hard = report.style.count("very_hard_sentence")
    if "hard_sentence" in off:
        # Very hard sentences alone: hard ones are not counted, so the share is a floor.
        share = 100 * very_hard / sentences
        detail = (
            f"{very_hard:,} of {sentences:,} sentences {_be(very_hard)} very hard to read, "
            f"{share:.0f}%; hard ones are not counted while “{_rule_name('hard_sentence')}” "
            "is off."
        )
    elif "very_hard_sentence" in off:
        hard = report.style.count("hard_sentence")
        share = 100 * hard / sentences
        detail = (
            f"{hard:,} of {sentences:,} sentences {_be(hard)} hard to read, {share:.0f}%; very "
            f"hard ones are not counted while “{_rule_name('very_hard_sentence')}” is off."
        )
    else:
        hard = report.style.count("hard_sentence")
        share = 100 * (hard + very_hard) / sentences
        detail = (
            f"{hard + very_hard:,} of {sentences:,} sentences {_be(hard + very_hard)} hard to read "
            f"({very_hard:,} very hard), {share:.0f}%."
        )
    if share > HARD_SENTENCE_SHARE:
        return ChecklistItem(
            "hard_sentences",
            label,
            "warn",
            detail,
            f"Split or simplify them until no more than {HARD_SENTENCE_SHARE:g}% are hard.",
            rules,
        )
    if len(rules) == 2:
        fix = "Nothing to do: sentences are easy to follow."
    else:  # only part of the hard sentences was counted: no promise about the rest
        missing = next(rule for rule in ("very_hard_sentence", "hard_sentence") if rule in off)
        fix = f"Nothing to do by this count. {_how_to_switch_on((missing,))}"
    return ChecklistItem("hard_sentences", label, "pass", detail, fix, rules)


def _keyphrase(report: Report, empty: bool) -> ChecklistItem:
    label = "Focus keyphrase"
    if empty:
        return _skip("keyphrase", label, _EMPTY_DETAIL, _EMPTY_FIX)
    keywords = report.keywords
    focus = keywords.keyphrase
    if focus is None:
        suggestion = keywords.suggested_keyphrase
        fix = "Enter the phrase a reader would search for as the focus keyphrase"
        fix += f" (perhaps “{suggestion}”)." if suggestion else "."
        return ChecklistItem("keyphrase", label, "warn", "No focus keyphrase is set.", fix)
    poor = [check for check in focus.checks if check.status == "poor"]
    fair = [check for check in focus.checks if check.status == "ok"]
    if not poor and fair:
        # The sidebar shows these in amber: the checklist names them too, as options.
        return ChecklistItem(
            "keyphrase",
            label,
            "pass",
            f"“{focus.keyphrase}”: no keyphrase check needs work; "
            f"{plural(len(fair), 'check')} could do better.",
            "Optional: " + " ".join(check.message for check in fair),
        )
    if not poor:
        return ChecklistItem(
            "keyphrase",
            label,
            "pass",
            f"“{focus.keyphrase}” passes every keyphrase check.",
            "Nothing to do: title, opening and body use the keyphrase well.",
        )
    listed = " ".join(check.message for check in poor[:KEYPHRASE_ISSUES_LISTED])
    more = len(poor) - KEYPHRASE_ISSUES_LISTED
    tail = f" (and {more} more in the sidebar)" if more > 0 else ""
    return ChecklistItem(
        "keyphrase",
        label,
        "warn",
        f"“{focus.keyphrase}”: {len(poor)} of {len(focus.checks)} keyphrase checks need work.",
        f"{listed}{tail}",
    )


def _tags(tags: Sequence[str], topics: Sequence[str] = ()) -> ChecklistItem:
    """The tags' count and spelling; ``topics`` are the post's key phrases, whose tags are
    what a slip most likely meant ("Imagemagik" on a post about ImageMagick)."""
    label = "Tags"
    cleaned = [" ".join(tag.split()) for tag in tags if tag.strip()]
    count = len(cleaned)
    distinct = len({tag.casefold() for tag in cleaned})
    if count == 0:
        return ChecklistItem(
            "tags",
            label,
            "fail",
            "The story has no tags.",
            f"Add up to {MAX_TAGS} tags: Medium shows stories to readers who follow them.",
        )
    if count > MAX_TAGS:
        return ChecklistItem(
            "tags",
            label,
            "fail",
            f"{count} tags; Medium accepts {MAX_TAGS}.",
            f"Keep the {MAX_TAGS} that describe the story best.",
        )
    if distinct < count:
        return ChecklistItem(
            "tags",
            label,
            "warn",
            f"{count} tags, but some repeat.",
            "Remove the repeated tag and use the slot for another topic.",
        )
    slips = [(tag, meant) for tag in cleaned if (meant := likely_meant(tag, topics))]
    if slips:
        chosen = {tag.casefold() for tag in cleaned}
        repeats = [tag for tag, meant in slips if meant.casefold() in chosen]
        return ChecklistItem(
            "tags",
            label,
            "warn",
            " ".join(
                f"‘{tag}’ looks like a slip for ‘{meant}’, which is already a tag."
                if tag in repeats
                else f"‘{tag}’ looks like a slip for Medium's ‘{meant}’."
                for tag, meant in slips
            ),
            _slips_fix(len(slips) - len(repeats), len(repeats)),
        )
    detail = f"{plural(count, 'tag')}: {', '.join(cleaned)}."
    if count < MAX_TAGS:
        fix = f"Optional: use all {MAX_TAGS} tags to reach more readers."
    else:
        fix = "Nothing to do: all five tags are in use."
    return ChecklistItem("tags", label, "pass", detail, fix)


def _slips_fix(misspelt: int, repeats: int) -> str:
    """What to do with misspelt tags and with slips that repeat a tag already chosen."""
    if not repeats:
        return (
            f"Correct {'it' if misspelt == 1 else 'them'}: a misspelt tag reaches few readers "
            "or none."
        )
    if not misspelt:
        return (
            f"Remove {'it' if repeats == 1 else 'them'} and use the place for another tag: "
            "correcting it would only repeat a tag."
        )
    return "Remove the slips of tags you already have and correct the others."


def _read_time(report: Report, band: tuple[float, float]) -> ChecklistItem:
    label = "Read time"
    low, high = band
    if report.words == 0:
        return ChecklistItem(
            "read_time", label, "fail", "The story is empty.", "Write the story first."
        )
    minutes = report.read_time.minutes
    shown = report.read_time.display_minutes
    detail = f"{shown} min read ({report.words:,} words by Medium's count of 265 a minute)."
    if minutes < low:
        return ChecklistItem(
            "read_time",
            label,
            "warn",
            detail,
            f"Short for Medium: develop it toward {low:g}-{high:g} minutes, or keep it as a "
            "quick note.",
        )
    if minutes > high:
        return ChecklistItem(
            "read_time",
            label,
            "warn",
            detail,
            f"Long for Medium: cut it toward {high:g} minutes, or split it into a series.",
        )
    return ChecklistItem(
        "read_time",
        label,
        "pass",
        detail,
        f"Nothing to do: {low:g}-{high:g} minutes suits most readers.",
    )


def _subheadings(report: Report, empty: bool, off: frozenset[str]) -> ChecklistItem:
    label = "Subheadings"
    if empty:
        return _skip("subheadings", label, _EMPTY_DETAIL, _EMPTY_FIX)
    if "long_section" in off and report.words > SECTION_WORDS:
        return _switched_off("subheadings", label, ("long_section",))
    long_sections = sum(finding.rule == "long_section" for finding in report.findings)
    if long_sections:
        return ChecklistItem(
            "subheadings",
            label,
            "warn",
            f"{plural(long_sections, 'section')} {'runs' if long_sections == 1 else 'run'} past "
            f"{SECTION_WORDS} words without a "
            "subheading.",
            f"Add a subheading about every {SECTION_WORDS} words so skimmers can find their place.",
            ("long_section",),
        )
    subheadings = len(report.headings)
    if subheadings and report.words <= SECTION_WORDS:
        detail = f"{plural(subheadings, 'subheading')} in a short story."
    elif report.words <= SECTION_WORDS:
        detail = "Short enough to need no subheadings."
    else:
        detail = f"A subheading at least every {SECTION_WORDS} words."
    return ChecklistItem(
        "subheadings",
        label,
        "pass",
        detail,
        "Nothing to do: readers can skim the story.",
        ("long_section",),
    )


def _images(report: Report, empty: bool) -> ChecklistItem:
    label = "Images"
    if empty:
        return _skip("images", label, _EMPTY_DETAIL, _EMPTY_FIX)
    images = report.images
    missing_alt = [image for image in images if not image.alt.strip()]
    if missing_alt:
        return ChecklistItem(
            "images",
            label,
            "warn",
            f"{len(missing_alt):,} of {plural(len(images), 'image')} "
            f"{'has' if len(missing_alt) == 1 else 'have'} no alt text.",
            "Describe each image in its alt text (![description](image.jpg)) for readers "
            "who cannot see it.",
        )
    if not images and report.words > IMAGE_SUGGESTED_WORDS:
        return ChecklistItem(
            "images",
            label,
            "warn",
            f"No images in {report.words:,} words.",
            "Add at least one image: Medium uses the first as the story's preview picture.",
        )
    if not images:
        return ChecklistItem(
            "images",
            label,
            "pass",
            "No images; fine for a short story.",
            "Optional: an image gives the story a preview picture in feeds.",
        )
    return ChecklistItem(
        "images",
        label,
        "pass",
        f"{plural(len(images), 'image')}, all with alt text.",
        "Nothing to do: every image is described.",
    )


def _closing(paragraph: str, empty: bool) -> ChecklistItem:
    label = "Closing"
    if empty:
        return _skip("closing", label, _EMPTY_DETAIL, _EMPTY_FIX)
    if paragraph and has_call_to_action(paragraph):
        return ChecklistItem(
            "closing",
            label,
            "pass",
            "The last paragraph asks a question or invites readers to act.",
            "Nothing to do: readers know what to do next.",
        )
    return ChecklistItem(
        "closing",
        label,
        "warn",
        "The story ends without a question or a call to action.",
        "End with a question for readers, or invite them to comment, share or follow.",
    )


def _valid_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in {"http", "https"} and "." in parts.netloc and " " not in url


def _canonical(url: str, elsewhere: bool) -> ChecklistItem:
    label = "Canonical link"
    if url and not _valid_url(url):
        return ChecklistItem(
            "canonical",
            label,
            "fail",
            f"“{url}” is not a web address.",
            "Paste the full address of the original, starting with https://.",
        )
    if elsewhere and not url:
        return ChecklistItem(
            "canonical",
            label,
            "fail",
            "The story appeared elsewhere first, but no canonical link is set.",
            "Add the original's address as the canonical link so search engines credit it.",
        )
    if url:
        return ChecklistItem(
            "canonical",
            label,
            "pass",
            f"Points to {url}.",
            "Nothing to do: search engines will credit the original.",
        )
    return ChecklistItem(
        "canonical",
        label,
        "pass",
        "Not needed: the story first appears on Medium.",
        "If it was published elsewhere first, add the original's address.",
    )

"""Everything that can be known about one chunk of Markdown on its own.

The result is immutable and independent of where the chunk sits in the document (offsets are
relative to the chunk), so it can be cached by the chunk's text and reused after edits
elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import compress

from app.analysis.insights.keywords import BlockTerms, block_terms
from app.analysis.rules.findings import Finding, outside_spans
from app.analysis.rules.sentence_rules import paragraph_findings, sentence_findings
from app.analysis.rules.style.quotations import mostly_quoted, outside_quotations, quoted_spans
from app.analysis.rules.thresholds import Thresholds
from app.analysis.text.counts import TextCounts, sentence_words_and_counts, total
from app.analysis.text.language import reads_english
from app.analysis.text.sentences import lead_in_end, split_sentences
from app.document.prose import ImageRef, ProseBlock, parse_prose
from app.document.prose_model import link_address_words

# Detectors over prose strings: sentence detectors see one sentence, block detectors one block
# with its sentence spans. Both return findings with offsets into the string they were given.
SentenceDetector = Callable[[str], list[Finding]]
BlockDetector = Callable[[str, Sequence[tuple[int, int]]], list[Finding]]
TransitionTest = Callable[[str], bool]
# Spelling sees one block, with its word runs when the analysis already has them (else None).
SpellingDetector = Callable[[str, Sequence[str] | None], list[Finding]]


@dataclass(frozen=True, slots=True)
class Detectors:
    """The word-level style checks the chunk analysis runs; the engine supplies them.

    ``fragment`` are the checks that judge words, not sentences (its/it's, could of …): they
    also run on headings, which the sentence and block checks (long sentence, passive, hook …)
    leave alone, and on the title and subtitle.
    """

    sentence: tuple[SentenceDetector, ...] = ()
    block: tuple[BlockDetector, ...] = ()
    has_transition: TransitionTest | None = None
    spelling: SpellingDetector | None = None
    fragment: tuple[SentenceDetector, ...] = ()
    # Spelling of a title or subtitle, corrections included (a few words: cheap to rank).
    title_spelling: SentenceDetector | None = None


@dataclass(frozen=True, slots=True)
class SentenceInfo:
    """One sentence: source span (chunk-relative), counts and the flags shares are built from."""

    start: int
    end: int
    text: str
    counts: TextCounts
    first_word: str
    passive: bool
    transition: bool


@dataclass(frozen=True, slots=True)
class BlockInfo:
    prose: ProseBlock
    counts: TextCounts
    sentences: tuple[SentenceInfo, ...]

    @property
    def kind(self) -> str:
        return self.prose.kind

    @property
    def level(self) -> int:
        return self.prose.level

    @property
    def text(self) -> str:
        return self.prose.text


@dataclass(frozen=True, slots=True)
class ChunkAnalysis:
    blocks: tuple[BlockInfo, ...]
    images: tuple[ImageRef, ...]
    findings: tuple[Finding, ...]
    counts: TextCounts
    code_blocks: int
    terms: tuple[BlockTerms, ...]  # keyword candidates, one per block
    code_languages: tuple[str, ...] = ()  # the languages its fenced code names
    # The words of its code and of its link addresses, lower case: names, not slips.
    code_words: frozenset[str] = frozenset()


def _block_sentences(block: ProseBlock) -> list[tuple[int, int]]:
    if block.kind == "heading":
        return [(0, len(block.text))]
    label = lead_in_end(block.text)
    if not label:
        return split_sentences(block.text)
    # The label is a sentence of its own, as a heading is.
    after = block.text[label:]
    start_of_rest = label + len(after) - len(after.lstrip())
    rest = split_sentences(block.text[start_of_rest:])
    return [(0, label), *((start_of_rest + start, start_of_rest + end) for start, end in rest)]


def _map_to_source(block: ProseBlock, finding: Finding) -> Finding:
    start, end = block.source_span(finding.start, finding.end)
    if start == finding.start and end == finding.end:
        return finding
    return finding.moved(start, end)


def _fix_spans_hidden_text(source: str, block: ProseBlock, prose: Finding, mapped: Finding) -> bool:
    """Whether the one-click fix of a finding would replace more than the prose it judged.

    The prose leaves out inline code, link destinations, images, HTML and emphasis marks, so
    words that are neighbours in the prose ("and `pytest` and" reads "and  and") may not be
    neighbours on the page, and a fix over them would delete what lies between.
    """
    if not prose.replacements or mapped.end - mapped.start == prose.end - prose.start:
        return False  # no fix, or the prose span is one stretch of the source
    on_page, in_prose = _without_spaces(source, block, prose, mapped)
    return on_page != in_prose


def _without_spaces(
    source: str, block: ProseBlock, prose: Finding, mapped: Finding
) -> tuple[str, str]:
    """A finding's words as the page writes them and as the prose reads them, spaces left out."""
    on_page = "".join(source[mapped.start : mapped.end].split())
    return on_page, "".join(block.text[prose.start : prose.end].split())


# Markdown's marks around words it shows: link brackets and emphasis.
_MARKS = str.maketrans("", "", "[]*_~")
HAND_FIX = "Fix it by hand: a link or emphasis mark sits between the words."


def _only_marks_between(source: str, block: ProseBlock, prose: Finding, mapped: Finding) -> bool:
    """Whether only link brackets and emphasis marks lie between the words of a finding whose
    fix spans hidden text: the reader sees the words side by side all the same."""
    on_page, in_prose = _without_spaces(source, block, prose, mapped)
    return on_page.translate(_MARKS) == in_prose


# A sentence while its block is analysed: prose span, text, counts and first word.
_Sentence = tuple[int, int, str, TextCounts, str]


def analyze_blocks(
    blocks: Sequence[ProseBlock], detectors: Detectors, limits: Thresholds
) -> list[tuple[BlockInfo, list[Finding]]]:
    """Counts, sentences and findings (in prose offsets) for each block.

    Each step runs over all the blocks before the next one starts: the same few functions and
    regular expressions then stay hot in the processor's caches, which makes a whole draft
    about a fifth faster than taking every block through every step in turn. The results, and
    the order of each block's findings, are those of one block at a time.
    """
    sentences_of, words_of = _count_sentences(blocks)
    # A paragraph in another language is counted, but the English checks pass it by.
    english = [reads_english(words) for words in words_of]
    bodies = [
        (index, sentences)
        for index, (block, sentences) in enumerate(zip(blocks, sentences_of, strict=True))
        # Block quotes are someone else's words: counted, but not the writer's to fix.
        if block.kind not in ("heading", "quote") and english[index]
    ]
    # A sentence quoting someone in running text is theirs too ("As Kate puts it: "…""), and
    # no word rule fires inside a quotation.
    quotations = [quoted_spans(blocks[index].text) for index, _sentences in bodies]
    own = [
        [not mostly_quoted(spans, start, end) for start, end, *_rest in sentences]
        for (_index, sentences), spans in zip(bodies, quotations, strict=True)
    ]
    found_of, passive_of = _sentence_findings(
        len(blocks), sentences_of, bodies, own, detectors, limits
    )
    transitions = _transitions(sentences_of, detectors)
    results = _block_infos(blocks, sentences_of, found_of, passive_of, transitions)
    _add_block_findings(blocks, results, bodies, quotations, detectors, limits)
    if detectors.fragment:
        _add_heading_findings(blocks, results, detectors)
    if detectors.spelling is not None:
        for block, words, in_english, (_info, findings) in zip(
            blocks, words_of, english, results, strict=True
        ):
            if not in_english:
                continue
            # No word straddles two sentences, so without an underscore (which the spelling
            # scan counts as a letter) the sentences' words are the block's word runs.
            findings.extend(detectors.spelling(block.text, None if "_" in block.text else words))
    return results


# A block's body sentences by index in the block list.
_Bodies = list[tuple[int, list[_Sentence]]]


def _count_sentences(
    blocks: Sequence[ProseBlock],
) -> tuple[list[list[_Sentence]], list[list[str]]]:
    """Each block's sentences with their counts, and its words sentence after sentence."""
    sentences_of: list[list[_Sentence]] = []
    words_of: list[list[str]] = []
    for block in blocks:
        text = block.text
        kept: list[_Sentence] = []
        block_words: list[str] = []
        for start, end in _block_sentences(block):
            sentence = text[start:end]
            words, counts, first_word = sentence_words_and_counts(sentence)
            if counts.words:
                kept.append((start, end, sentence, counts, first_word))
                block_words += words
        sentences_of.append(kept)
        words_of.append(block_words)
    return sentences_of, words_of


def _sentence_findings(
    block_count: int,
    sentences_of: list[list[_Sentence]],
    bodies: _Bodies,
    own: list[list[bool]],
    detectors: Detectors,
    limits: Thresholds,
) -> tuple[list[list[list[Finding]]], list[list[bool]]]:
    """Per sentence of the body: the sentence rules, then each detector in turn, for the
    sentences that are the writer's ``own`` (not quoting someone); and which sentences are
    passive (for the style shares)."""
    # sentence_findings has nothing to say below both of these lengths.
    rated_words = min(limits.hard_sentence_min_words, limits.long_sentence_words + 1)
    found_of: list[list[list[Finding]]] = [[] for _block in range(block_count)]
    passive_of = [[False] * len(sentences) for sentences in sentences_of]
    for (index, sentences), owned in zip(bodies, own, strict=True):
        found_of[index] = [
            sentence_findings(start, end, counts, limits)
            if counts.words >= rated_words and is_own
            else []
            for (start, end, _text, counts, _first), is_own in zip(sentences, owned, strict=True)
        ]
    # Every body sentence in one list, so that each detector is mapped over all of them at
    # once and only the sentences with findings take a step in Python.
    places = [
        (index, number, sentence[0])
        for (index, sentences), owned in zip(bodies, own, strict=True)
        for number, (sentence, is_own) in enumerate(zip(sentences, owned, strict=True))
        if is_own
    ]
    texts = [
        sentence[2]
        for (_index, sentences), owned in zip(bodies, own, strict=True)
        for sentence, is_own in zip(sentences, owned, strict=True)
        if is_own
    ]
    for detect in detectors.sentence:
        found_in = list(map(detect, texts))
        with_findings = compress(zip(places, found_in, strict=True), found_in)
        for (index, number, start), found_here in with_findings:
            for finding in found_here:
                if finding.rule == "passive":
                    passive_of[index][number] = True
                found_of[index][number].append(finding.shifted(start))
    return found_of, passive_of


def _transitions(sentences_of: list[list[_Sentence]], detectors: Detectors) -> list[list[bool]]:
    """Which sentences hold a transition word (for the transition share)."""
    has_transition = detectors.has_transition
    return [
        list(map(bool, map(has_transition, [sentence[2] for sentence in sentences])))
        if has_transition is not None
        else [False] * len(sentences)
        for sentences in sentences_of
    ]


def _block_infos(
    blocks: Sequence[ProseBlock],
    sentences_of: list[list[_Sentence]],
    found_of: list[list[list[Finding]]],
    passive_of: list[list[bool]],
    transitions: list[list[bool]],
) -> list[tuple[BlockInfo, list[Finding]]]:
    """Each block's counts and sentence facts (in source offsets), with its sentence findings."""
    results: list[tuple[BlockInfo, list[Finding]]] = []
    for block, sentences, found, passive, transition in zip(
        blocks, sentences_of, found_of, passive_of, transitions, strict=True
    ):
        source_span = block.source_span
        infos = tuple(
            SentenceInfo(*source_span(start, end), text, counts, first, is_passive, has)
            for (start, end, text, counts, first), is_passive, has in zip(
                sentences, passive, transition, strict=True
            )
        )
        findings = [finding for sentence_found in found for finding in sentence_found]
        results.append((BlockInfo(block, total([info.counts for info in infos]), infos), findings))
    return results


def _add_block_findings(
    blocks: Sequence[ProseBlock],
    results: list[tuple[BlockInfo, list[Finding]]],
    bodies: _Bodies,
    quotations: list[list[tuple[int, int]]],
    detectors: Detectors,
    limits: Thresholds,
) -> None:
    """Per body block: the block detectors (one block at a time, so that the checks that share
    one scan of the block find it cached), its ``quotations`` left out, then the paragraph
    rules."""
    for (index, sentences), quoted in zip(bodies, quotations, strict=True):
        block, (info, findings) = blocks[index], results[index]
        spans = [(start, end) for start, end, *_rest in sentences]
        for detect_block in detectors.block:
            findings.extend(detect_block(block.text, spans))
        findings[:] = outside_spans(findings, quoted)
        if block.kind == "paragraph":
            counts = info.counts
            findings.extend(
                paragraph_findings(len(block.text), counts.words, counts.sentences, limits)
            )


def _add_heading_findings(
    blocks: Sequence[ProseBlock],
    results: list[tuple[BlockInfo, list[Finding]]],
    detectors: Detectors,
) -> None:
    """Per heading: the word-level checks a fragment can fail ("## Its a trap"), quotations
    left out."""
    for block, (_info, findings) in zip(blocks, results, strict=True):
        if block.kind != "heading" or not block.text:
            continue
        found = [finding for detect in detectors.fragment for finding in detect(block.text)]
        if found:
            findings.extend(outside_quotations(block.text, found))


def analyze_chunks(
    texts: Sequence[str],
    detectors: Detectors,
    limits: Thresholds,
    references: dict[str, str] | None = None,
) -> list[ChunkAnalysis]:
    """``analyze_chunk`` for each of ``texts``, a step at a time over all of them."""
    parsed = [parse_prose(text, references) for text in texts]
    blocks = [block for chunk in parsed for block in chunk.blocks]
    analysed = iter(analyze_blocks(blocks, detectors, limits))
    terms = iter([block_terms(block.kind, block.level, block.text) for block in blocks])
    chunks: list[ChunkAnalysis] = []
    for text, chunk in zip(texts, parsed, strict=True):
        infos: list[BlockInfo] = []
        findings: list[Finding] = []
        for block in chunk.blocks:
            info, block_findings = next(analysed)
            infos.append(info)
            # One problem is one finding: the same rule over the same words is shown once.
            seen: set[tuple[str, int, int]] = set()
            for finding in block_findings:
                key = (finding.rule, finding.start, finding.end)
                if key in seen:
                    continue
                seen.add(key)
                mapped = _map_to_source(block, finding)
                if _fix_spans_hidden_text(text, block, finding, mapped):
                    if not _only_marks_between(text, block, finding, mapped):
                        continue  # words a reader never sees side by side: it is wrong
                    # "for the [the program](…)": the reader sees "the the", but a fix over
                    # the bracket would break the link; the highlight stays, without a fix.
                    mapped = replace(mapped, suggestion=HAND_FIX, replacements=())
                findings.append(mapped)
        chunks.append(
            ChunkAnalysis(
                tuple(infos),
                chunk.images,
                tuple(findings),
                total([info.counts for info in infos]),
                chunk.code_blocks,
                tuple(next(terms) for _block in chunk.blocks),
                chunk.code_languages,
                chunk.code_words | link_address_words(text),
            )
        )
    return chunks


def analyze_chunk(
    text: str,
    detectors: Detectors,
    limits: Thresholds,
    references: dict[str, str] | None = None,
) -> ChunkAnalysis:
    """Parse and analyse one chunk; all offsets are relative to ``text``."""
    return analyze_chunks([text], detectors, limits, references)[0]

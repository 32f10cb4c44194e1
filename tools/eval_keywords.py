"""Evaluate keyword extraction and tag suggestions on the labelled article set.

    python -m tools.eval_keywords            # the three figures
    python -m tools.eval_keywords --show     # plus each article's keyphrases, tags and checks
    python -m tools.eval_keywords --bench    # plus timings on a 20,000-word document

Figures: articles whose focus keyphrase (or an accepted alternative) is among the top 5
extracted; share of the editor's topics found in the top 10. A topic counts as found when an
extracted phrase has all of its words (compared by stem), so "remote work" is found by "remote
work" or "remote work culture" but not by "work". Tag suggestions are evaluated, on these
articles and on real Medium stories, by ``python -m tools.eval_tags``.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from markdown_it import MarkdownIt

from app.analysis.insights.keywords import (
    Keyphrase,
    KeywordIndex,
    block_terms,
    check_keyphrase,
    extract_keyphrases,
    topic_mismatch,
)
from app.analysis.insights.keywords.lexicon import function_words, stem
from app.analysis.insights.keywords.tokens import split_sentences, tokenize
from app.analysis.text.words import words

DATA = Path(__file__).resolve().parents[1] / "tests" / "analysis" / "insights" / "keywords" / "data"
_FRONT_MATTER_RE = re.compile(r"\A---\n(.*?)\n---\n", re.S)
_BLOCK_KINDS = {"paragraph_open": "paragraph", "heading_open": "heading"}


@dataclass(frozen=True, slots=True)
class Block:
    """A prose block: kind is paragraph, heading, list_item or quote."""

    kind: str
    level: int
    text: str


@dataclass(frozen=True, slots=True)
class Article:
    name: str
    title: str
    meta: dict[str, str]
    blocks: tuple[Block, ...]

    @property
    def sentences(self) -> list[str]:
        return [s for b in self.blocks if b.kind != "heading" for s in split_sentences(b.text)]

    @property
    def subheadings(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind == "heading"]

    @property
    def first_paragraph(self) -> str:
        return next((b.text for b in self.blocks if b.kind == "paragraph"), "")

    @property
    def word_count(self) -> int:
        return sum(len(words(b.text)) for b in self.blocks if b.kind != "heading")


def _inline_text(token) -> str:
    """Plain text of an inline token: link text kept, code, images and HTML dropped."""
    parts: list[str] = []
    for child in token.children or []:
        if child.type == "text":
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def markdown_blocks(source: str) -> list[Block]:
    """Prose blocks of a Markdown document (a stand-in for the analysis engine's prose model)."""
    tokens = MarkdownIt("commonmark").parse(source)
    blocks: list[Block] = []
    containers: list[str] = []
    pending: tuple[str, int] | None = None
    for token in tokens:
        if token.type in ("bullet_list_open", "ordered_list_open"):
            containers.append("list_item")
        elif token.type == "blockquote_open":
            containers.append("quote")
        elif token.type in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
            containers.pop()
        elif token.type in _BLOCK_KINDS:
            kind = _BLOCK_KINDS[token.type]
            level = int(token.tag[1]) if kind == "heading" else 0
            if kind == "paragraph" and containers:
                kind = containers[-1]
            pending = (kind, level)
        elif token.type == "inline" and pending is not None:
            text = _inline_text(token)
            if text:
                blocks.append(Block(pending[0], pending[1], text))
            pending = None
    return blocks


def load_article(path: Path) -> Article:
    source = path.read_text(encoding="utf-8")
    meta: dict[str, str] = {}
    match = _FRONT_MATTER_RE.match(source)
    if match:
        for line in match.group(1).splitlines():
            key, _, value = line.partition(":")
            meta[key.strip()] = value.strip().strip('"')
        source = source[match.end() :]
    return Article(path.name, meta.get("title", ""), meta, tuple(markdown_blocks(source)))


def load_set(data: Path = DATA) -> tuple[list[Article], dict[str, dict]]:
    labels = json.loads((data / "labels.json").read_text(encoding="utf-8"))["articles"]
    articles = [load_article(data / "articles" / name) for name in sorted(labels)]
    return articles, labels


def stem_key(phrase: str) -> frozenset[str]:
    """Content-word stems of a phrase (function words dropped, hyphens split)."""
    functions = function_words()
    stems = {stem(t.norm) for t in tokenize(phrase) if t.norm not in functions}
    return frozenset(stems)


def focus_hit(keyphrases: tuple[Keyphrase, ...], label: dict) -> bool:
    wanted = {stem_key(p) for p in [label["focus"], *label["alternatives"]]}
    return any(stem_key(k.phrase) in wanted for k in keyphrases[:5])


def topics_found(keyphrases: tuple[Keyphrase, ...], label: dict) -> int:
    extracted = [stem_key(k.phrase) for k in keyphrases[:10]]
    return sum(1 for topic in label["topics"] if any(stem_key(topic) <= e for e in extracted))


@dataclass(frozen=True, slots=True)
class Figures:
    focus_hits: int
    articles: int
    topic_share: float


def evaluate(data: Path = DATA, show: bool = False) -> Figures:
    articles, labels = load_set(data)
    hits = topics = topic_total = 0
    for article in articles:
        label = labels[article.name]
        keyphrases = extract_keyphrases(article.blocks, article.title, limit=10)
        hit = focus_hit(keyphrases, label)
        found = topics_found(keyphrases, label)
        hits += hit
        topics += found
        topic_total += len(label["topics"])
        if show:
            _show(article, label, keyphrases, hit, found)
    return Figures(hits, len(articles), topics / topic_total)


def _show(article, label, keyphrases, hit, found) -> None:
    print(f"\n== {article.name}: {article.title}")
    print("  keyphrases:", ", ".join(f"{k.phrase} ({k.score:.2f})" for k in keyphrases))
    print(
        f"  focus {label['focus']!r}: {'hit' if hit else 'MISS'}; "
        f"topics {found}/{len(label['topics'])}"
    )
    mismatch = topic_mismatch(article.title, keyphrases)
    if mismatch:
        print("  title:", mismatch)
    report = check_keyphrase(
        label["focus"],
        title=article.title,
        subtitle="",
        first_paragraph=article.first_paragraph,
        subheadings=article.subheadings,
        sentences=article.sentences,
        word_count=article.word_count,
    )
    print(f"  checks for {label['focus']!r}: {report.occurrences} uses, {report.density:.2f}%")
    for check in report.checks:
        print(f"    {check.status:4} {check.check}: {check.message}")


def _big_document(articles: list[Article], target_words: int = 20_000) -> list[Block]:
    blocks: list[Block] = []
    total = 0
    while total < target_words:
        for article in articles:
            for block in article.blocks:
                # A suffix keeps repeated blocks distinct, as real blocks are.
                text = (
                    f"{block.text} (part {len(blocks)})" if block.kind != "heading" else block.text
                )
                blocks.append(Block(block.kind, block.level, text))
                total += len(words(block.text))
    return blocks


def bench(data: Path = DATA, rounds: int = 30) -> dict[str, float]:
    """Median milliseconds: full extraction, and one block's remove + add + top."""
    articles, _ = load_set(data)
    blocks = _big_document(articles)
    words_total = sum(len(words(b.text)) for b in blocks)
    block_terms("paragraph", 0, "warm up the stemmer and the word frequencies")
    full: list[float] = []
    for _ in range(5):
        start = time.perf_counter()
        extract_keyphrases(blocks, "Remote work and distributed teams", limit=10)
        full.append((time.perf_counter() - start) * 1000)
    index = KeywordIndex()
    cached = [block_terms(b.kind, b.level, b.text) for b in blocks]
    for terms in cached:
        index.add(terms)
    index.top("Remote work and distributed teams", 10)
    incremental: list[float] = []
    per_block: list[float] = []
    paragraph_positions = [i for i, b in enumerate(blocks) if b.kind == "paragraph"]
    for round_no in range(rounds):
        position = paragraph_positions[(round_no * 37) % len(paragraph_positions)]
        edited = Block(
            "paragraph", 0, blocks[position].text + " and a new sentence about remote work."
        )
        start = time.perf_counter()
        new_terms = block_terms(edited.kind, edited.level, edited.text)
        middle = time.perf_counter()
        index.remove(cached[position])
        index.add(new_terms)
        index.top("Remote work and distributed teams", 10)
        end = time.perf_counter()
        cached[position] = new_terms
        per_block.append((middle - start) * 1000)
        incremental.append((end - middle) * 1000)
    return {
        "words": float(words_total),
        "blocks": float(len(blocks)),
        "full_extraction_ms": statistics.median(full),
        "block_terms_ms": statistics.median(per_block),
        "remove_add_top_ms": statistics.median(incremental),
        "remove_add_top_max_ms": max(incremental),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print each article's results")
    parser.add_argument("--bench", action="store_true", help="time extraction on 20,000 words")
    args = parser.parse_args(argv)
    figures = evaluate(show=args.show)
    print(f"\nfocus keyphrase in top 5: {figures.focus_hits}/{figures.articles} (target >= 10)")
    print(f"human topics in top 10:   {figures.topic_share:.2f} (target >= 0.50)")
    print("tag suggestions:          see python -m tools.eval_tags")
    if args.bench:
        timings = bench()
        print(
            f"\n{timings['words']:.0f} words in {timings['blocks']:.0f} blocks: "
            f"full extraction {timings['full_extraction_ms']:.1f} ms; "
            f"one edited block: block_terms {timings['block_terms_ms']:.2f} ms, "
            f"remove+add+top {timings['remove_add_top_ms']:.2f} ms "
            f"(max {timings['remove_add_top_max_ms']:.2f} ms)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

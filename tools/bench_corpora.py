"""The bench's corpora, built from the real prose in the test data (never from other data).

* ``corpus(words)``: distinct real paragraphs (no paragraph repeats, so per-chunk caches
  cannot flatter a full analysis);
* ``draft_corpus(words)``: the same prose as a writer's long draft: reference-style links
  with their definitions at the end, inline links, code blocks, tables and images;
* ``build_library(path)``: a 10,000-draft library of ~1,000-word drafts with tags, written
  through the app's own schema.
"""

from __future__ import annotations

import random
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "analysis" / "insights" / "keywords" / "data" / "articles"
SENTENCES = ROOT / "tests" / "analysis" / "rules" / "style" / "data" / "passive_sentences.tsv"
DRAFT_WORDS = 1_000
TAGS = (
    "Writing", "Productivity", "Programming", "Science", "History", "Travel", "Health",
    "Design", "Startup", "Education", "Culture", "Books", "Music", "Politics", "Nature",
    "Psychology", "Technology", "Money", "Life Lessons", "Self Improvement",
)  # fmt: skip


def _real_paragraphs() -> list[str]:
    """Distinct real prose: the articles' paragraphs, then the passive-voice test set's
    sentences (verbatim from published articles) five to a paragraph."""
    from app.document.chunks import front_matter_end

    paragraphs: list[str] = []
    for path in sorted(ARTICLES.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        paragraphs.extend(text[front_matter_end(text) :].strip().split("\n\n"))
    sentences = [
        line.split("\t", 1)[0]
        for line in SENTENCES.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    paragraphs.extend(" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5))
    return paragraphs


def corpus(words: int) -> str:
    """``words`` words of real prose in which no paragraph repeats.

    The analyser reuses the work for a paragraph that occurs twice, so a corpus with repeats
    would flatter it; when the real text runs out, later rounds are marked as new paragraphs.
    """
    paragraphs = _real_paragraphs()
    parts: list[str] = []
    count = 0
    round_ = 0
    while count < words:
        for paragraph in paragraphs:
            if round_ and not paragraph.startswith(("```", "#", "|", "-", "*", ">")):
                paragraph = f"{paragraph} (Round {round_ + 1}.)"
            parts.append(paragraph)
            count += len(paragraph.split())
            if count >= words:
                break
        round_ += 1
    return "\n\n".join(parts) + "\n"


def plain_text(markdown: str) -> str:
    """The prose our parser reads, one block per paragraph (what textstat is given)."""
    from app.document.chunks import split_chunks
    from app.document.prose import parse_prose

    blocks = [
        block.text
        for chunk in split_chunks(markdown)
        if not chunk.is_front_matter
        for block in parse_prose(chunk.text).blocks
    ]
    return "\n\n".join(blocks)


def draft_corpus(words: int) -> str:
    """``words`` words of real prose dressed as a long Medium draft: every 4th paragraph
    cites a reference-style link, every 9th an inline one; a code block, a table and an
    image every 25 paragraphs; the link definitions close the draft."""
    paragraphs = corpus(words).rstrip("\n").split("\n\n")
    parts: list[str] = ["# A long draft with everything in it"]
    references: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        if index % 4 == 1:
            number = len(references) + 1
            paragraph += f" See [the source][ref{number}]."
            references.append(f'[ref{number}]: https://example.org/notes/{number} "Note {number}"')
        if index % 9 == 2:
            paragraph += f" More in [this post](https://example.org/post/{index})."
        parts.append(paragraph)
        if index % 25 == 10:
            parts.append(f"```python\ndef step_{index}(value):\n    return value * {index}\n```")
        if index % 25 == 17:
            parts.append(
                "| Week | Drafts | Words |\n|---|---:|---:|\n"
                f"| {index} | {index % 7} | {index * 13} |\n| {index + 1} | 3 | 2,400 |"
            )
        if index % 25 == 22:
            parts.append(f"![A figure for section {index}](images/figure-{index}.png)")
    parts.append("\n".join(references))
    return "\n\n".join(parts) + "\n"


def _library_drafts(count: int, seed: int = 18) -> list[tuple[str, str, str, int]]:
    """``count`` (title, subtitle, body, words) rows; each body about 1,000 words."""
    rng = random.Random(seed)
    paragraphs = [p for p in _real_paragraphs() if len(p.split()) >= 12]
    rows = []
    for number in range(count):
        parts: list[str] = []
        words = 0
        while words < DRAFT_WORDS:
            paragraph = rng.choice(paragraphs)
            parts.append(paragraph)
            words += len(paragraph.split())
        title = " ".join(parts[0].split()[:7]).rstrip(".,;:").title() + f" ({number})"
        subtitle = " ".join(parts[1].split()[:12])
        rows.append((title, subtitle, "\n\n".join(parts) + "\n", words))
    return rows


def build_library(path: Path, count: int = 10_000) -> Path:
    """Create the database at ``path`` through the app (so every migration runs), then fill
    it in one transaction: ``count`` drafts, three tags each, with their tag history."""
    from app.storage.store import open_store

    open_store(path).close()
    start = datetime(2020, 1, 1)
    stamp = "%Y-%m-%d %H:%M:%S.%f"
    rng = random.Random(19)
    connection = sqlite3.connect(path)
    with connection:
        connection.executemany(
            "INSERT INTO tags (id, name, key, created_at) VALUES (?, ?, ?, ?)",
            [(i + 1, tag, tag.lower(), start.strftime(stamp)) for i, tag in enumerate(TAGS)],
        )
        for index, (title, subtitle, body, words) in enumerate(_library_drafts(count)):
            when = (start + timedelta(hours=3 * index)).strftime(stamp)
            draft_id = connection.execute(
                "INSERT INTO drafts (title, subtitle, body, keyphrase, genre, status,"
                " canonical_url, cursor_position, word_count, created_at, updated_at)"
                " VALUES (?, ?, ?, '', 'essay', 'draft', '', 0, ?, ?, ?)",
                (title, subtitle, body, words, when, when),
            ).lastrowid
            for position, tag_id in enumerate(rng.sample(range(1, len(TAGS) + 1), 3)):
                connection.execute(
                    "INSERT INTO draft_tags (draft_id, tag_id, position, added_at)"
                    " VALUES (?, ?, ?, ?)",
                    (draft_id, tag_id, position, when),
                )
                connection.execute(
                    "INSERT INTO tag_events (tag_id, draft_id, draft_title, action, detail, at)"
                    " VALUES (?, ?, ?, 'applied', '', ?)",
                    (tag_id, draft_id, title, when),
                )
    connection.close()
    return path

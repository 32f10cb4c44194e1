"""Reading Markdown posts from disk as drafts: one file, or a whole folder with a report."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from app.analysis.engine.word_count import count_words
from app.document.front_matter import (
    front_matter_too_deep,
    read_front_matter,
)
from app.document.long_lines import break_long_lines
from app.document.parsers import nested_too_deeply
from app.document.post import plain_line_title, plain_text_title, split_title_block
from app.document.text_files import (
    LARGE_IMPORT_BYTES,
    TextFileError,
    megabytes,
    read_text_file,
)
from app.document.wording import plural

# Plain-text notes sit beside posts in many folders; only Markdown files are posts.
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown"})
MAX_FILES = 5_000  # a folder of posts, not a whole disk


class EmptyFileError(TextFileError):
    """A file with nothing in it (or only blank lines): not a post."""


@dataclass(frozen=True, slots=True)
class ImportedPost:
    path: Path
    title: str
    body: str
    subtitle: str = ""
    tags: tuple[str, ...] = ()
    problem: str = ""  # imported anyway, but something in the file was left out (why)
    canonical_url: str = ""  # the front matter's link to where the post was first published
    notice: str = ""  # imported whole, with a change the writer should know of

    @property
    def word_count(self) -> int:
        """Words of prose (code, links' targets and front matter left out), for the list,
        counted as a save and the report count them."""
        return count_words(self.body)


@dataclass(frozen=True)
class ImportReport:
    posts: tuple[ImportedPost, ...] = ()
    failures: tuple[tuple[Path, str], ...] = ()
    skipped: int = 0  # files left out as not Markdown (hidden ones are not counted)
    truncated: bool = False  # more than MAX_FILES Markdown files were found
    notes: tuple[tuple[Path, str], ...] = ()  # imported, with something the writer should know
    already: int = 0  # posts left out: a draft outside the trash has their title and text
    repeated: int = 0  # posts left out: the same post came earlier in the folder

    @property
    def with_problems(self) -> tuple[ImportedPost, ...]:
        """Posts imported with something left out (front matter that could not be read)."""
        return tuple(post for post in self.posts if post.problem)

    @property
    def summary(self) -> str:
        """What happened, in a few sentences of counts; each file is named in ``details``."""
        parts = [self._imported()]
        if self.failures:
            parts.append(f"{len(self.failures):,} not imported.")
        if self.notes:
            parts.append(f"Nested too deeply in places: {plural(len(self.notes), 'post')}.")
        if self.skipped:
            kinds = ", ".join(sorted(MARKDOWN_SUFFIXES))
            parts.append(f"{plural(self.skipped, 'file')} left out: not Markdown ({kinds}).")
        if self.truncated:
            parts.append(f"Stopped after the first {MAX_FILES} files.")
        return " ".join(parts)

    @property
    def details(self) -> str:
        """Every file the writer should look at, under a heading per kind, each with why;
        "" when there is none. A folder may name thousands: shown in a scrolling list."""
        sections = (
            ("Not imported", [_failure_line(path, reason) for path, reason in self.failures]),
            (
                "Imported with a problem",
                [f"{post.path.name}: {post.problem}" for post in self.with_problems],
            ),
            ("Nested too deeply", [f"{path.name}: {note}" for path, note in self.notes]),
            # Posts imported whole but changed get their own heading: under the problems'
            # one, they would read as more problems than its count says.
            ("Imported with a change", [post.notice for post in self.posts if post.notice]),
        )
        listed = [_listed(heading, items) for heading, items in sections if items]
        return "\n\n".join(listed)

    def _imported(self) -> str:
        """How many posts came in, how many were there already, and how many were the same
        post a second time in the folder."""
        imported = len(self.posts)
        counts = (
            (self.already, "already in your library"),
            (self.repeated, "the same post again in the folder"),
        )
        left = [(count, what) for count, what in counts if count]
        posts = plural(imported, "post")
        if self.with_problems:  # named in the details, which may be scrolled out of sight
            posts += f" ({len(self.with_problems):,} with a problem)"
        if not left:
            return f"Imported {posts}."
        if not imported:
            said = [f"{plural(n, 'post')} {'was' if n == 1 else 'were'} {what}" for n, what in left]
            return f"{'; '.join(said)}; nothing new was imported."
        said = [f"{n:,} {'was' if n == 1 else 'were'} {what}" for n, what in left]
        return f"Imported {posts}; {'; '.join(said)}."

    def without_copies(self, kinds: Iterable[str]) -> ImportReport:
        """This report with the posts ``kinds`` marks as copies ("library": already a draft;
        "repeat": earlier in the folder) left out and counted, their notes with them."""
        marked = list(zip(self.posts, kinds, strict=True))
        kept = tuple(post for post, kind in marked if not kind)
        paths = {post.path for post in kept}
        return replace(
            self,
            posts=kept,
            notes=tuple((path, note) for path, note in self.notes if path in paths),
            already=self.already + sum(kind == "library" for _post, kind in marked),
            repeated=self.repeated + sum(kind == "repeat" for _post, kind in marked),
        )


def _listed(heading: str, items: list[str]) -> str:
    """``heading (count):`` and a bullet per item."""
    return "\n".join([f"{heading} ({len(items):,}):", *(f"• {item}" for item in items)])


def _failure_line(path: Path, reason: str) -> str:
    """A file that was not imported, named once: the reason may already start with it."""
    for named in (str(path), path.name):
        if reason.startswith((named + " ", named + ":")):
            return f"{path.name}{reason[len(named) :]}"
    return f"{path.name}: {reason}"


def read_post(path: Path) -> ImportedPost:
    """One Markdown file as a post; raises :class:`TextFileError` with a plain message
    (:class:`EmptyFileError` for a file with nothing in it).

    The title is the front matter's, else the opening ``# `` heading (which then leaves the
    body), else a short first line alone above the story (which leaves the body too; in
    Markdown only plain words without end punctuation), else the file's name; the subtitle
    is the front matter's, else an italic line alone under that heading (which leaves the
    body too), so an exported post comes back as it was. Front matter stays in the body,
    where export can keep it; front matter that cannot be read is kept as text, and
    ``problem`` says why.
    """
    text = read_text_file(path)
    if not text.strip():
        raise EmptyFileError(f"{path.name} is empty, so it was not imported")
    metadata = read_front_matter(text)
    # A heading or subtitle line the front matter contradicts stays part of the story.
    block, body = split_title_block(text)
    if not (metadata.title or block.title):
        # Without a "# ", a short opening line alone above the story is the title: any such
        # line in plain text, and in Markdown one of plain words without end punctuation.
        first_line = plain_text_title if path.suffix.lower() == ".txt" else plain_line_title
        plain_title, plain_body = first_line(body)
        if plain_title:
            block, body = replace(block, title=plain_title), plain_body
    fallback = path.stem.replace("-", " ").replace("_", " ").strip()
    title = metadata.title or block.title or fallback
    subtitle = metadata.subtitle or block.subtitle
    body, broken = break_long_lines(body)
    notice = (
        f"{path.name}: {broken} very long line{'s were' if broken != 1 else ' was'} broken at "
        "sentence ends so the editor stays quick; the story reads the same."
        if broken
        else ""
    )
    return ImportedPost(
        path,
        title,
        body,
        subtitle,
        metadata.tags,
        problem=metadata.problem,
        notice=notice,
        canonical_url=metadata.canonical_url,
    )


def nesting_note(post: ImportedPost) -> str | None:
    """What was nested too deeply in a post to read as structure, if anything."""
    if front_matter_too_deep(post.body):
        return "front matter nested too deeply to read; its fields were not used"
    if nested_too_deeply(post.body):
        return "Markdown nested too deeply; the deepest part is kept as plain text"
    return None


def _visible_files(folder: Path) -> Iterator[tuple[str, list[str]]]:
    """(folder, file names) under ``folder``, hidden folders (".git") and files left out: they
    are the system's, not the writer's."""
    for root, dirs, names in os.walk(folder, onerror=None):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        yield root, [name for name in names if not name.startswith(".")]


def read_folder(folder: Path) -> ImportReport:
    """Every Markdown file under ``folder`` (sorted); unreadable ones are reported, not raised."""
    posts: list[ImportedPost] = []
    failures: list[tuple[Path, str]] = []
    notes: list[tuple[Path, str]] = []
    skipped = 0
    truncated = False
    try:
        walked = sorted(
            Path(root) / name for root, names in _visible_files(folder) for name in names
        )
    except OSError as error:
        return ImportReport(failures=((folder, f"cannot be read: {error.strerror}"),))
    for path in walked:
        if path.suffix.lower() not in MARKDOWN_SUFFIXES:
            skipped += 1
            continue
        if len(posts) + len(failures) >= MAX_FILES:
            truncated = True
            break
        too_long = _too_long(path)
        if too_long:
            failures.append((path, too_long))
            continue
        try:
            post = read_post(path)
        except TextFileError as error:
            failures.append((path, str(error)))
            continue
        posts.append(post)
        note = nesting_note(post)
        if note is not None:
            notes.append((path, note))
    return ImportReport(tuple(posts), tuple(failures), skipped, truncated, tuple(notes))


def _too_long(path: Path) -> str:
    """Why a file far longer than any article is left out of a folder import, or ""."""
    try:
        size = path.stat().st_size
    except OSError:
        return ""  # reading it says why it cannot be read
    if size <= LARGE_IMPORT_BYTES:
        return ""
    return (
        f"{path.name} is {megabytes(size)}, far longer than an article; if it is a "
        "post, import it on its own (File → Import Markdown…)."
    )

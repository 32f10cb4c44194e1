"""``clapwise export FILE.md``: polished Markdown or a standalone HTML page."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from app.commands.common import EXIT_OK, CliError, read_input
from app.commands.notices import front_matter_notice

FORMATS = ("md", "html")

_EPILOG = """\
The title is the front matter's title, else the '# ' heading that opens the file; the
subtitle, tags and canonical URL also default to the front matter's.
Medium fixes (--fix, repeatable):
headings (two heading sizes), tables (as lists), tables_as_code (as aligned text),
footnotes (marked [1], [2]… in the text, the notes listed at the end), nested_lists
(sub-points kept in their item, each on its own line), math (as code).
Without -o (or with -o -) the result goes to standard output; with -o FILE it is written
to a temporary file and renamed into place, so an existing file is replaced whole or not
at all. The input file is never overwritten. Exporting an export again with the same
options changes nothing.
"""


class _FixKinds:
    """The --fix choices, read from the publishing package only when an option is checked:
    importing it (mdformat, markdown-it) would slow every other command's start-up."""

    def _kinds(self) -> list[str]:
        from app.publishing import FIXES

        return sorted(FIXES)

    def __contains__(self, kind: object) -> bool:
        return kind in self._kinds()

    def __iter__(self) -> Iterator[str]:  # argparse lists the choices in errors
        return iter(self._kinds())


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "export",
        help="export a Markdown file as polished Markdown or HTML",
        description="Export a Markdown draft as polished Markdown or a standalone HTML page.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", metavar="FILE.md")
    parser.add_argument("--format", choices=FORMATS, default="md", help="md (default) or html")
    parser.add_argument(
        "--front-matter",
        action="store_true",
        help="start with front matter: the post's own, in its format, else YAML (md only)",
    )
    parser.add_argument(
        "--smart-punctuation",
        action="store_true",
        help="curly quotes, en and em dashes, ellipses",
    )
    parser.add_argument(
        "--fix",
        action="append",
        default=[],
        choices=_FixKinds(),
        metavar="KIND",
        help="apply a Medium fix (repeatable; see below)",
    )
    parser.add_argument("--subtitle", default="", help="the subtitle, shown under the title")
    parser.add_argument(
        "--tag", action="append", default=[], metavar="TAG", help="a tag for the front matter"
    )
    parser.add_argument("--canonical-url", default="", help="canonical link for the front matter")
    parser.add_argument(
        "-o", "--output", metavar="OUT", help="write to this file ('-' for standard output)"
    )
    parser.set_defaults(handler=run)


def render(
    source: str,
    *,
    format: str,
    front_matter: bool = False,
    smart_punctuation: bool = False,
    fixes: list[str] | tuple[str, ...] = (),
    subtitle: str = "",
    tags: list[str] | tuple[str, ...] = (),
    canonical_url: str = "",
) -> str:
    """The exported text for ``source`` in ``format`` ("md" or "html")."""
    from app.document.front_matter import read_front_matter
    from app.document.post import split_title
    from app.publishing import export_html, export_markdown
    from app.publishing.smart_punctuation import smarten

    matter = read_front_matter(source)
    # The opening heading, which the export replaces with the title it writes.
    title = matter.title or split_title(source)[0]
    subtitle = subtitle or matter.subtitle
    tags = tags or matter.tags
    canonical_url = canonical_url or matter.canonical_url
    if format == "md":
        return export_markdown(
            source,
            title=title,
            subtitle=subtitle,
            tags=tags,
            canonical_url=canonical_url or None,
            front_matter=front_matter,
            smart_punctuation=smart_punctuation,
            fixes=fixes,
        )
    if front_matter:
        raise CliError("--front-matter only applies to --format md.")
    body = source
    if fixes or smart_punctuation:
        body = export_markdown(
            source,
            title=title,
            subtitle=subtitle,
            smart_punctuation=smart_punctuation,
            fixes=fixes,
        )
        if smart_punctuation:
            title, subtitle = smarten(title), smarten(subtitle)
    return export_html(body, title=title, subtitle=subtitle)


def _same_file(output: Path, source: Path) -> bool:
    try:
        if output.exists() and source.exists():
            return os.path.samefile(output, source)
    except OSError:
        return False
    return output.resolve() == source.resolve()


def _front_matter_notice(args: argparse.Namespace, source: str) -> None:
    """Say on stderr, as ``analyze`` and ``check`` do, when the file's front matter cannot be
    read, and that --front-matter copies it as written."""
    from app.document.front_matter import read_front_matter

    problem = read_front_matter(source).problem
    if problem and args.front_matter:
        problem += "; the block is copied as written"
    front_matter_notice(args.file, problem)


def run(args: argparse.Namespace) -> int:
    from app.publishing import ExportWriteError, write_text_atomic

    # "-o -" is the usual name of standard output, never a file called "-".
    output = None if args.output == "-" else args.output
    if output is not None:
        if not output.strip():
            raise CliError("-o needs a file name.")
        if _same_file(Path(output), Path(args.file)):
            raise CliError(f"refusing to overwrite the input file {args.file}; choose another -o.")
    source = read_input(args.file)
    text = render(
        source,
        format=args.format,
        front_matter=args.front_matter,
        smart_punctuation=args.smart_punctuation,
        fixes=args.fix,
        subtitle=args.subtitle,
        tags=args.tag,
        canonical_url=args.canonical_url,
    )
    _front_matter_notice(args, source)
    if output is None:
        sys.stdout.write(text)
        return EXIT_OK
    try:
        write_text_atomic(Path(output), text)
    except ExportWriteError as error:
        raise CliError(error.strerror or str(error)) from None
    except OSError as error:
        raise CliError(f"cannot write {output}: {error.strerror or error}.") from None
    return EXIT_OK

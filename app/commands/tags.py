"""``clapwise tags suggest FILE.md``: tags for a story, from its text (and history with --db)."""

from __future__ import annotations

import argparse

from app.commands.common import (
    EXIT_OK,
    CliError,
    UsageError,
    empty_story,
    print_json,
    read_input,
)
from app.commands.plan_store import chosen_database, named_by, opened_store
from app.document.medium_limits import MAX_TAGS


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("tags", help="tag suggestions")
    actions = parser.add_subparsers(dest="tags_command", metavar="ACTION", required=True)
    suggest = actions.add_parser(
        "suggest",
        help="suggest tags for a Markdown file",
        description="Suggest Medium tags from the story's text: tags from Medium's 2020 list "
        "with their reach, and the story's own subject when that list lacks it (reach "
        "unknown); with --db (or CLAPWISE_DB) the writer's tag history counts too.",
    )
    suggest.add_argument("file", metavar="FILE.md")
    suggest.add_argument(
        "--tag",
        action="append",
        default=[],
        help="a tag already chosen (else the front matter's tags count as chosen)",
    )
    suggest.add_argument("--limit", type=int, default=MAX_TAGS, help="how many, 1 to 5 (default 5)")
    suggest.add_argument("--json", action="store_true", help="print JSON")
    suggest.set_defaults(handler=run_suggest)


def story_inputs(source: str):
    """What tag suggestions are made from: (key phrases, title, prose, tags in front matter,
    the words written as people's names)."""
    from app.session.tag_suggestions import story_prose

    metadata, report = _story(source)
    keywords = report.keywords
    prose = story_prose(report)
    return keywords.extracted, report.title, prose, tuple(metadata.tags), keywords.people


def story_suggestions(source: str, chosen=(), history=None, limit: int = MAX_TAGS):
    """Tag suggestions for a Markdown story, as ``clapwise tags suggest`` makes them."""
    metadata, report = _story(source)
    return _suggestions(metadata, report, chosen, history, limit)


def _story(source: str):
    """The post's metadata and the report of its text, read as the app reads an import."""
    from app.analysis.engine.analyzer import analyze
    from app.document.post import read_story

    metadata, text = read_story(source)
    return metadata, analyze(text, title=metadata.title, subtitle=metadata.subtitle)


def _imported_title(path: str, fallback: str) -> str:
    """The title the app gives the file ``path`` on import (front matter, opening heading,
    first line or file name); ``fallback`` for what is no file (standard input)."""
    from pathlib import Path

    from app.document.text_files import TextFileError
    from app.session.markdown_import import read_post

    file = Path(path)
    if not file.is_file():
        return fallback
    try:
        return read_post(file).title
    except TextFileError:
        return fallback


def _suggestions(metadata, report, chosen, history, limit: int):
    from app.analysis.insights.tags.history import TagHistory
    from app.session.tag_suggestions import tag_suggestions

    return tag_suggestions(
        report, history or TagHistory(), list(chosen) or list(metadata.tags), limit
    )


def run_suggest(args: argparse.Namespace) -> int:
    from app.analysis.insights.tags.history import TagHistory
    from app.analysis.insights.tags.names import TagNameError, check_tag_name

    if not 1 <= args.limit <= MAX_TAGS:
        raise UsageError(f"--limit must be between 1 and {MAX_TAGS}: Medium allows five tags.")
    try:
        chosen = [check_tag_name(tag) for tag in args.tag]
    except TagNameError as error:
        raise UsageError(str(error)) from None
    if len(chosen) > MAX_TAGS:
        raise UsageError(f"{len(chosen)} --tag options: Medium allows {MAX_TAGS} tags.")
    source = read_input(args.file)
    metadata, report = _story(source)
    if not report.words:
        raise CliError(empty_story(args.file))
    history = TagHistory()
    database = chosen_database(args)
    if database:
        from app.session.tag_history import load_tag_history

        with opened_store(database, reading=True, source=named_by(args)) as store:
            # The file may be imported already: its own draft is no earlier story.
            title = _imported_title(args.file, report.title)
            history = load_tag_history(store, exclude_title=title)
    suggestions = _suggestions(metadata, report, chosen, history, args.limit)
    if args.json:
        print_json([suggestion.to_dict() for suggestion in suggestions])
        return EXIT_OK
    if not chosen and metadata.tags:
        print(f"Already chosen in the front matter, so left out: {', '.join(metadata.tags)}")
    if not suggestions:
        print("No tag stands out in the text.")  # the tags card's words
    else:
        for suggestion in suggestions:
            reach = f"{suggestion.reach:,} stories" if suggestion.reach else "reach unknown"
            print(f"{suggestion.tag}  ({reach}; {suggestion.reason})")
    return EXIT_OK

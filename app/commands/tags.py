"""``clapwise tags suggest FILE.md``: tags for a story, from its text (and history with --db)."""

from __future__ import annotations

import argparse
import os

from app.commands.common import EXIT_OK, CliError, print_json, read_input


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("tags", help="tag suggestions")
    actions = parser.add_subparsers(dest="tags_command", metavar="ACTION", required=True)
    suggest = actions.add_parser(
        "suggest",
        help="suggest tags for a Markdown file",
        description="Suggest Medium tags from the story's keywords; with --db (or CLAPWISE_DB) "
        "the writer's tag history counts too.",
    )
    suggest.add_argument("file", metavar="FILE.md")
    suggest.add_argument("--tag", action="append", default=[], help="a tag already chosen")
    suggest.add_argument("--limit", type=int, default=10, help="how many (default 10)")
    suggest.add_argument("--json", action="store_true", help="print JSON")
    suggest.set_defaults(handler=run_suggest)


def run_suggest(args: argparse.Namespace) -> int:
    from app.analysis.engine import analyze
    from app.analysis.tags import TagHistory, suggest_tags
    from app.export.front_matter import read_front_matter

    if args.limit < 1:
        raise CliError("--limit must be at least 1.")
    source = read_input(args.file)
    matter = read_front_matter(source)
    report = analyze(source, title=matter.title)
    chosen = args.tag or list(matter.tags)
    history = TagHistory()
    database = getattr(args, "db", None) or os.environ.get("CLAPWISE_DB")
    if database:
        from app.session.tag_history import load_tag_history
        from app.storage.database import DatabaseError
        from app.storage.store import open_store

        try:
            store = open_store(database)
        except DatabaseError as error:
            raise CliError(str(error)) from None
        try:
            history = load_tag_history(store)
        finally:
            store.close()
    suggestions = suggest_tags(report.keywords.extracted, history, chosen, limit=args.limit)
    if args.json:
        print_json([suggestion.to_dict() for suggestion in suggestions])
    else:
        for suggestion in suggestions:
            print(f"{suggestion.tag}  ({suggestion.reason})")
    return EXIT_OK

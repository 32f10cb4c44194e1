"""Evaluate tag suggestions and key phrases on posts nobody tuned on.

    python -m tools.eval_tags            # the figures
    python -m tools.eval_tags --show     # plus each tuning story's suggestions
    python -m tools.eval_tags --labelled # the labelled articles alone, each with its misses

Two data sets, each run through the same path as ``clapwise tags suggest FILE --json`` and
``clapwise analyze FILE --json`` (the full analysis, then the tag suggester, empty history):

* ``../shared/data/medium_stories_dev/``: real Medium stories with the tags their writers
  chose. They are split once, by a stable hash of the file name, into a tuning part (two
  thirds: the tag models were fitted on it by ``tools/train_tags.py``, their settings chosen
  by cross-validation inside it) and a held-out part (one third, never looked at while
  tuning). Figure: the writer's tags found among the top five
  suggestions, per story, next to the baseline "suggest the five most common tags of the
  tuning part's writers" and the ceiling: the writer's tags among the candidates the model
  ranks (at most five), which no ranking can beat.
* ``tests/analysis/insights/keywords/data``: the team's 12 hand-labelled articles (held out
  from this tuning, but the old hand word lists were written around them). Figures: the
  editor's tags in the top five, the editor's topics in the top ten key phrases, the focus
  keyphrase in the top 5.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STORIES = ROOT.parent / "shared" / "data" / "medium_stories_dev"
LABELLED = ROOT / "tests" / "analysis" / "insights" / "keywords" / "data"
HELD_OUT_SHARE = 1 / 3


def held_out_files(files: list[str]) -> frozenset[str]:
    """The third of ``files`` with the smallest SHA-256 of their name: the held-out part."""
    ordered = sorted(files, key=lambda name: hashlib.sha256(name.encode("utf-8")).hexdigest())
    return frozenset(ordered[: round(len(files) * HELD_OUT_SHARE)])


@dataclass(frozen=True, slots=True)
class Story:
    file: str
    source: str
    tags: tuple[str, ...]


def load_stories(folder: Path = STORIES) -> list[Story]:
    entries = json.loads((folder / "tags.json").read_text(encoding="utf-8"))
    return [
        Story(e["file"], (folder / e["file"]).read_text(encoding="utf-8"), tuple(e["tags"]))
        for e in entries
    ]


def suggestions_for(source: str) -> tuple[list[str], list[str], list[str]]:
    """Suggested tag slugs as the command line computes them (key phrases, title and text),
    from the key phrases alone (without title and prose), and the key phrases."""
    from app.analysis.engine.analyzer import analyze
    from app.analysis.insights.keywords.vocabulary import slugify
    from app.analysis.insights.tags.history import TagHistory
    from app.analysis.insights.tags.suggestions import suggest_tags
    from app.commands.tags import story_suggestions

    extracted = analyze(source).keywords.extracted
    command_line = [slugify(s.tag) for s in story_suggestions(source)]
    sidebar = [slugify(s.tag) for s in suggest_tags(extracted, TagHistory(), ())]
    return command_line, sidebar, [k.phrase for k in extracted]


def ceiling(source: str, wanted: tuple[str, ...]) -> int:
    """How many of the ``wanted`` slugs (at most five) are among the story's candidate tags:
    the most any ranking of those candidates could put in the top five."""
    from app.analysis.insights.tags.features import tag_candidates
    from app.commands.tags import story_inputs

    keyphrases, title, prose, _tags, people = story_inputs(source)
    candidates = {c.tag.slug for c in tag_candidates(keyphrases, title, prose, people)}
    return min(5, len(candidates & set(wanted)))


def _hits(suggested: list[str], wanted: tuple[str, ...]) -> int:
    return len(set(suggested[:5]) & set(wanted))


def _precision(hits: list[int], suggested: list[int]) -> float:
    return sum(hits) / max(sum(suggested), 1)


def evaluate_stories(
    show: bool, tuning_only: bool = False
) -> dict[str, tuple[float, float, float, int, float, float]]:
    """Per part: (writer's tags in top 5: command line, sidebar; baseline; stories; share of
    the command line's suggestions that are writer's tags; ceiling)."""
    stories = load_stories()
    held = held_out_files([s.file for s in stories])
    parts = {"tuning": [s for s in stories if s.file not in held]}
    if not tuning_only:
        parts["held-out"] = [s for s in stories if s.file in held]
    common = Counter(t for s in parts["tuning"] for t in s.tags)
    baseline = [tag for tag, _ in common.most_common(5)]
    results = {}
    for name, members in parts.items():
        found, sidebar_found, base, shown, best = [], [], [], [], []
        for story in members:
            suggested, sidebar, phrases = suggestions_for(story.source)
            best.append(ceiling(story.source, story.tags))
            found.append(_hits(suggested, story.tags))
            shown.append(len(suggested))
            sidebar_found.append(_hits(sidebar, story.tags))
            base.append(_hits(baseline, story.tags))
            if show and name == "tuning":  # the held-out part is never shown
                print(f"[{name}] {story.file}: writer {list(story.tags)}")
                print(f"    suggested {suggested} -> {found[-1]}")
                print(f"    key phrases {phrases}")
        results[name] = (
            statistics.fmean(found),
            statistics.fmean(sidebar_found),
            statistics.fmean(base),
            len(members),
            _precision(found, shown),
            statistics.fmean(best),
        )
    return results


def evaluate_labelled(
    show: bool, show_labelled: bool = False
) -> tuple[float, float, float, int, int, float]:
    """(human tags in top 5: command line, sidebar; share of human topics in top 10; focus
    hits; articles; ceiling)."""
    from app.analysis.insights.keywords import Keyphrase
    from app.analysis.insights.keywords.vocabulary import slugify
    from tools.eval_keywords import focus_hit, topics_found

    labels = json.loads((LABELLED / "labels.json").read_text(encoding="utf-8"))["articles"]
    tags_found: list[int] = []
    sidebar_found: list[int] = []
    best: list[int] = []
    topics = topic_total = focus = 0
    for name in sorted(labels):
        label = labels[name]
        source = (LABELLED / "articles" / name).read_text(encoding="utf-8")
        suggested, sidebar, phrases = suggestions_for(source)
        sidebar_found.append(_hits(sidebar, tuple(slugify(t) for t in label["tags"])))
        keyphrases = tuple(Keyphrase(p, 1.0) for p in phrases)
        wanted = tuple(slugify(t) for t in label["tags"])
        tags_found.append(_hits(suggested, wanted))
        best.append(ceiling(source, wanted))
        topics += topics_found(keyphrases, label)
        topic_total += len(label["topics"])
        focus += focus_hit(keyphrases, label)
        if show and show_labelled:
            print(f"[labelled] {name}: editor {list(wanted)}")
            print(f"    suggested {suggested} -> {tags_found[-1]}")
            print(f"    key phrases {phrases}")
    return (
        statistics.fmean(tags_found),
        statistics.fmean(sidebar_found),
        topics / topic_total,
        focus,
        len(labels),
        statistics.fmean(best),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print each story's results")
    parser.add_argument("--tuning", action="store_true", help="the tuning part only (to tune)")
    parser.add_argument(
        "--labelled", action="store_true", help="the labelled articles alone, each shown"
    )
    args = parser.parse_args(argv)
    if args.labelled:
        _print_labelled(evaluate_labelled(True, show_labelled=True))
        return 0
    if not STORIES.exists():
        print(f"eval_tags: {STORIES} is absent; nothing to evaluate.")
        return 0
    stories = evaluate_stories(args.show, args.tuning)
    print("Writer's own tags in the top 5 suggestions, per story (target >= 2.0 held-out):")
    print(
        "  part       stories  command line  key phrases alone  baseline*  precision**  ceiling***"
    )
    for name, (found, sidebar, base, count, precision, best) in stories.items():
        print(
            f"  {name:9}  {count:7}  {found:12.2f}  {sidebar:17.2f}  {base:9.2f}  {precision:11.2f}"
            f"  {best:10.2f}"
        )
    print("  * the five most common writer's tags of the tuning part, for every story")
    print("  ** share of the command line's suggestions that are among the writer's tags")
    print("  *** writer's tags among the candidates the model ranks: no ranking does better")
    _print_nested()
    if args.tuning:
        return 0
    _print_labelled(evaluate_labelled(args.show))
    return 0


def _print_nested() -> None:
    """The tuning part's nested cross-validation, as ``tools/train_tags.py`` recorded it."""
    from app.resources import resource_path

    model_file = resource_path("keywords", "tag_model.json")
    model = json.loads(model_file.read_text(encoding="utf-8"))["models"]["full"]
    print(
        "  tuning, nested cross-validation (settings chosen inside each fold, by"
        f" tools/train_tags.py): {model['nested_cross_validated_top5_hits']:.2f}"
        f" (precision {model['nested_cross_validated_precision']:.2f})"
    )


def _print_labelled(figures: tuple[float, float, float, int, int, float]) -> None:
    tags, sidebar, topics, focus, articles, best = figures
    print("Team's hand-labelled articles (not tuned on here; the old word lists were):")
    print(f"  human tags in top 5:        {tags:.2f} of 5 (target >= 2.5)")
    print(f"    among the candidates:      {best:.2f} of 5 (the ceiling)")
    print(f"    from key phrases alone:    {sidebar:.2f} of 5")
    print(f"  human topics in top 10:     {topics:.2f} (target >= 0.50)")
    print(f"  focus keyphrase in top 5:   {focus}/{articles} (target >= 11/12)")


if __name__ == "__main__":
    raise SystemExit(main())

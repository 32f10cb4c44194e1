"""The helper process: a long draft analysed on two cores gives exactly the one-core report."""

from __future__ import annotations

import multiprocessing
import pickle
from collections.abc import Iterator

import pytest

from app.analysis.chunk_analysis import analyze_chunks
from app.analysis.detectors import DetectorRecipe, default_detectors
from app.analysis.engine import Analyzer
from app.analysis.helper_process import MIN_SHARED_CHARS, AnalysisHelper, split_point
from app.analysis.markdown_source import split_chunks
from app.analysis.spelling import SpellingChecker
from app.analysis.thresholds import DEFAULT_THRESHOLDS
from tools.bench import corpus

# Invented words no dictionary knows; they end the draft, in the helper's part.
COINED = "Quillify and zorblat were the words of the week."


@pytest.fixture(scope="module")
def long_draft() -> str:
    text = corpus(10_000) + "\n" + COINED + "\n"
    assert len(text) > 2 * MIN_SHARED_CHARS
    return text


@pytest.fixture(scope="module")
def helper() -> Iterator[AnalysisHelper]:
    helper = AnalysisHelper()
    helper.start()
    if not helper.wait_until_ready(120):
        pytest.skip("this machine cannot run a second process (one core?)")
    yield helper
    helper.close()


def test_a_long_draft_gets_the_one_process_report(helper: AnalysisHelper, long_draft: str) -> None:
    before = helper.shared_jobs
    shared = Analyzer(helper=helper).analyze(long_draft)
    assert helper.shared_jobs == before + 1
    alone = Analyzer().analyze(long_draft)
    assert shared == alone
    assert shared.to_dict() == alone.to_dict()


def test_the_helper_honours_the_writers_dictionary(helper: AnalysisHelper, long_draft: str) -> None:
    def flagged(detectors) -> set[str]:
        report = Analyzer(detectors=detectors, helper=helper).analyze(long_draft)
        spelling = [f for f in report.findings if f.rule == "spelling"]
        return {long_draft[f.start : f.end] for f in spelling}

    assert {"Quillify", "zorblat"} <= flagged(default_detectors())
    own = SpellingChecker(personal_words=["quillify"], ignored_words=["zorblat"])
    assert not {"Quillify", "zorblat"} & flagged(default_detectors(own))


def test_the_first_long_job_starts_the_helper_for_the_next(long_draft: str) -> None:
    helper = AnalysisHelper()
    analyzer = Analyzer(helper=helper)
    first = analyzer.analyze(long_draft)
    assert helper.shared_jobs == 0  # the helper was not up yet: this process did it all
    if not helper.wait_until_ready(120):
        pytest.skip("this machine cannot run a second process (one core?)")
    again = Analyzer(helper=helper).analyze(long_draft)
    assert helper.shared_jobs == 1
    assert again == first
    helper.close()


def test_a_short_job_stays_in_this_process(helper: AnalysisHelper) -> None:
    before = helper.shared_jobs
    Analyzer(helper=helper).analyze(corpus(2_000))
    assert helper.shared_jobs == before


def test_detectors_without_a_recipe_stay_in_this_process(
    helper: AnalysisHelper, long_draft: str
) -> None:
    own = default_detectors()
    custom = type(own)(own.sentence, own.block, own.has_transition, own.spelling, recipe=None)
    before = helper.shared_jobs
    report = Analyzer(detectors=custom, helper=helper).analyze(long_draft)
    assert helper.shared_jobs == before
    assert report == Analyzer().analyze(long_draft)


def test_a_stopped_helper_leaves_the_work_here(long_draft: str) -> None:
    helper = AnalysisHelper()
    helper.start()
    helper.close()
    assert not helper.ready
    assert Analyzer(helper=helper).analyze(long_draft) == Analyzer().analyze(long_draft)
    assert helper.shared_jobs == 0


def test_a_helper_that_dies_leaves_the_work_here(long_draft: str) -> None:
    others = set(multiprocessing.active_children())
    helper = AnalysisHelper()
    helper.start()
    if not helper.wait_until_ready(120):
        pytest.skip("this machine cannot run a second process (one core?)")
    for child in set(multiprocessing.active_children()) - others:
        child.kill()
        child.join(10)
    assert Analyzer(helper=helper).analyze(long_draft) == Analyzer().analyze(long_draft)
    assert helper.shared_jobs == 0
    assert not helper.ready
    helper.close()


def test_chunk_analyses_survive_pickling(long_draft: str) -> None:
    texts = [chunk.text for chunk in split_chunks(long_draft)][:40]
    analysed = analyze_chunks(texts, default_detectors(), DEFAULT_THRESHOLDS)
    assert pickle.loads(pickle.dumps(analysed)) == analysed


def test_the_recipe_rebuilds_equal_detectors() -> None:
    checker = SpellingChecker(["Quillify"], ["Zorblat"], accept_british=False)
    recipe = default_detectors(checker, spelling_suggestions=True).recipe
    assert recipe == DetectorRecipe(frozenset({"quillify"}), frozenset({"zorblat"}), False, True)
    assert pickle.loads(pickle.dumps(recipe)) == recipe
    assert hash(pickle.loads(pickle.dumps(recipe))) == hash(recipe)
    rebuilt = recipe()
    assert rebuilt.recipe == recipe
    assert rebuilt.spelling is not None
    text = "Quillify zorblat colour"
    found = rebuilt.spelling(text, None)
    assert [text[f.start : f.end] for f in found] == ["colour"]  # American only, as asked


@pytest.mark.parametrize(
    ("lengths", "share", "expected"),
    [
        ([10, 10, 10, 10], 0.5, 2),  # the last half of the characters
        ([10, 10, 10, 10], 0.3, 2),  # rounds up to whole chunks
        ([100, 1], 0.9, 1),  # always at least one chunk here
        ([5], 0.5, 1),
        ([10, 10, 10], 0.0, 3),  # nothing handed over
    ],
)
def test_split_point(lengths: list[int], share: float, expected: int) -> None:
    assert split_point(["x" * n for n in lengths], share) == expected

"""Re-run the cross-validation behind the shipped models on ../shared/data.

Each test repeats one fold split of the final configuration stored in the model files (the
training script reports the mean of three), so it checks both that the figures hold and that
the shipped settings are the ones that earn them. Skipped when the data folder is absent.
"""

import json

import pytest

from app.analysis.insights.headline.clickbait import MODEL_FILE
from app.analysis.insights.headline.score import WEIGHTS_FILE
from app.resources import resource_path
from tests.conftest import SHARED_DATA
from tools import train_headline as training

DATA_DIR = SHARED_DATA

pytestmark = pytest.mark.skipif(not DATA_DIR.is_dir(), reason="../shared/data is not available")


def _stored(parts: tuple[str, str]) -> dict:
    return json.loads(resource_path(*parts).read_text(encoding="utf-8"))


def test_pairwise_accuracy_split_by_test():
    stored = _stored(WEIGHTS_FILE)
    names = [feature["name"] for feature in stored["features"]]
    path = DATA_DIR / training.UPWORTHY
    pairs = training.load_pairs(path)
    significant = sum(pair.significant for pair in pairs)
    assert 2_600 <= significant <= 2_900
    table = training.signal_table(training.all_headlines(path))
    stats = training.standardisation(table, names)
    setup = training.PairwiseSetup.build(pairs, table, stats)
    seed = stored["training"]["report_seeds"][0]
    (accuracy,) = training.cross_validate_pairwise(
        setup, names, stored["training"]["lambda"], stored["training"]["pairs"], [seed]
    )
    print(f"\npairwise accuracy, 5-fold CV split by test (seed {seed}): {accuracy:.4f}")
    assert accuracy == pytest.approx(stored["training"]["cv_pairwise_accuracy"], abs=0.01)
    assert accuracy >= 0.66


def test_folds_never_split_a_test():
    pairs = training.load_pairs(DATA_DIR / training.UPWORTHY)
    fold = training.fold_of_test(pairs, seed=3)
    by_test: dict[str, set[int]] = {}
    for pair in pairs:
        by_test.setdefault(pair.test_id, set()).add(fold[pair.test_id])
    assert all(len(folds) == 1 for folds in by_test.values())
    assert set(fold.values()) == set(range(training.FOLDS))


def test_clickbait_accuracy():
    stored = _stored(MODEL_FILE)["training"]
    rows = training.load_clickbait(DATA_DIR / training.CLICKBAIT)
    accuracy = training.cross_validate_clickbait(
        rows, stored["alpha"], stored["min_count"], stored["report_seeds"][0]
    )
    print(f"\nclickbait accuracy, 5-fold CV: {accuracy:.4f}")
    assert accuracy >= 0.975

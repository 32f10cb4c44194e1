"""The split behind the headline models and the figures they earn on ../shared/data.

The held-out part is set aside by a stable hash before any modelling; training reads only the
development part. The metric tests score the held-out part the way ``clapwise headline``
does; they are slow and skip when the data folder is absent.
"""

import json

import pytest

from app.analysis.insights.headline.clickbait import MODEL_FILE
from app.analysis.insights.headline.report import EXPLAINED_FORMS
from app.resources import resource_path
from tests.conftest import SHARED_DATA
from tools import eval_headline as evaluation
from tools import train_headline as training
from tools.headline_split import is_held_out_headline, is_held_out_test

DATA_DIR = SHARED_DATA
needs_data = pytest.mark.skipif(not DATA_DIR.is_dir(), reason="../shared/data is not available")


def test_split_is_stable_and_about_a_fifth():
    ids = [str(n) for n in range(5000)]
    held = [i for i in ids if is_held_out_test(i)]
    assert 0.17 < len(held) / len(ids) < 0.23
    assert held == [i for i in ids if is_held_out_test(i)]  # no randomness
    # The same headline in another case or spacing lands on the same side.
    assert is_held_out_headline("How  To Bake Bread") == is_held_out_headline("how to bake bread")


@needs_data
def test_training_reads_only_the_development_tests():
    pairs = training.load_pairs(DATA_DIR / training.UPWORTHY)
    development = training.development_pairs(pairs)
    assert development
    assert not any(is_held_out_test(pair.test_id) for pair in development)
    held = {pair.test_id for pair in pairs} - {pair.test_id for pair in development}
    assert held
    assert all(is_held_out_test(test_id) for test_id in held)


@needs_data
def test_folds_never_split_a_test():
    pairs = training.load_pairs(DATA_DIR / training.UPWORTHY)
    indices = list(range(len(pairs)))
    folds = training.split_by_test(pairs, indices, training.FOLDS, seed=3)
    for train, test in folds:
        assert not {pairs[i].test_id for i in train} & {pairs[i].test_id for i in test}
    assert sorted(i for _, test in folds for i in test) == indices


@needs_data
@pytest.mark.slow
def test_held_out_ab_pairwise_accuracy():
    pairs = training.load_pairs(DATA_DIR / training.UPWORTHY)
    held = [pair for pair in pairs if is_held_out_test(pair.test_id)]
    accuracy, count = evaluation.pairwise_accuracy(held)
    print(f"\nheld-out pairwise accuracy {accuracy:.4f} on {count} significant pairs")
    assert count > 400
    assert accuracy >= 0.638


@needs_data
@pytest.mark.slow
def test_held_out_honest_headlines_rank_above_clickbait():
    rows = training.load_clickbait(DATA_DIR / training.CLICKBAIT)
    held = [row for row in rows if is_held_out_headline(row[1])]
    share, honest, bait = evaluation.honest_above_clickbait(held)
    print(f"\nheld-out honest above clickbait: {share:.3f} of {honest} x {bait} pairs")
    assert share >= 0.85


@needs_data
@pytest.mark.slow
def test_clickbait_cross_validated_accuracy_on_the_development_part():
    stored = json.loads(resource_path(*MODEL_FILE).read_text(encoding="utf-8"))["training"]
    rows = [
        row
        for row in training.load_clickbait(DATA_DIR / training.CLICKBAIT)
        if not is_held_out_headline(row[1])
    ]
    accuracy = training.cross_validate_clickbait(
        rows, stored["alpha"], stored["min_count"], stored["report_seeds"][0]
    )
    assert accuracy == pytest.approx(stored["cv_accuracy"], abs=0.01)
    assert accuracy >= 0.97


@needs_data
def test_each_explained_forms_share_is_the_development_parts():
    """EXPLAINED_FORMS is copied by hand from ``train_headline --only blend``: each share is
    that of viral-site headlines among the development part's headlines of the form."""
    rows = [
        row
        for row in training.load_clickbait(DATA_DIR / training.CLICKBAIT)
        if not is_held_out_headline(row[1])
    ]
    shares = training.form_shares(rows)
    for form, share in EXPLAINED_FORMS.items():
        viral, total = shares[form]
        assert share == pytest.approx(viral / total, abs=0.0005)

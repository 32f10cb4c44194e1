"""Headline analysis: calibrated appeal, clickbait risk, red flags, variants and comparisons.

The models are fitted by ``tools/train_headline.py`` and shipped as JSON in
``resources/headline/``; they load on first use.
"""

from app.analysis.headline.features import HeadlineFeatures, extract_features
from app.analysis.headline.kinds import HeadlineType
from app.analysis.headline.reasons import Reason
from app.analysis.headline.red_flags import RedFlag
from app.analysis.headline.report import HeadlineReport, analyze_headline
from app.analysis.headline.score import Contribution
from app.analysis.headline.variants import FeatureComparison, Variant, compare, generate_variants

__all__ = [
    "Contribution",
    "FeatureComparison",
    "HeadlineFeatures",
    "HeadlineReport",
    "HeadlineType",
    "Reason",
    "RedFlag",
    "Variant",
    "analyze_headline",
    "compare",
    "extract_features",
    "generate_variants",
]

"""Headline analysis: calibrated appeal, clickbait risk, red flags, variants and comparisons.

The models are fitted by ``tools/train_headline.py`` and shipped as JSON in
``resources/headline/``; they load on first use.
"""

from app.analysis.insights.headline.comparison import FeatureComparison, compare
from app.analysis.insights.headline.features import HeadlineFeatures, extract_features
from app.analysis.insights.headline.kinds import HeadlineType
from app.analysis.insights.headline.reasons import Reason
from app.analysis.insights.headline.red_flags import RedFlag
from app.analysis.insights.headline.report import HeadlineReport, analyze_headline
from app.analysis.insights.headline.score import Contribution
from app.analysis.insights.headline.variants import Variant, generate_variants

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

"""The analyser the checklist tests share."""

from __future__ import annotations

import pytest

from app.analysis.engine.analyzer import Analyzer
from app.analysis.engine.detectors import default_detectors


@pytest.fixture(scope="module")
def checked_analyzer() -> Analyzer:
    """An analyser as the command line uses it: spelling on, corrections not ranked."""
    return Analyzer(detectors=default_detectors(spelling_suggestions=False))

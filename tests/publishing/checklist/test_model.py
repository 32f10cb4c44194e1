"""A checklist as JSON: its ready state, summary, counts and items."""

from __future__ import annotations

import json

from app.analysis.engine.analyzer import Analyzer
from tests.publishing.checklist.drafts import ITEM_IDS, checklist_of_rough


def test_to_dict_is_json_with_counts(checked_analyzer: Analyzer) -> None:
    checklist = checklist_of_rough(checked_analyzer)
    data = json.loads(json.dumps(checklist.to_dict()))
    assert set(data) == {"ready", "summary", "counts", "items"}
    assert data["ready"] is False
    assert sum(data["counts"].values()) == len(ITEM_IDS)
    assert data["counts"]["fail"] == sum(item["status"] == "fail" for item in data["items"])
    first = data["items"][0]
    assert set(first) == {"id", "label", "status", "detail", "fix", "rules", "options"}

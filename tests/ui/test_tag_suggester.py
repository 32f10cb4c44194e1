"""Tag suggestions worked out off the UI thread: only the latest request's are shown."""

from __future__ import annotations

import threading

from app.analysis.engine.analyzer import analyze
from app.analysis.insights.tags.history import TagHistory
from app.ui.tag_suggester import SuggestionRequest, TagSuggester

DOCKER = (
    "# Shipping Python apps with Docker\n\n"
    "Docker images keep a Python app the same on every machine. A Docker image holds the "
    "app, its Python and its libraries.\n\n"
    "Build the Docker image once, then run the Docker container anywhere Docker runs."
)
GARDEN = (
    "# Tomatoes in a small garden\n\n"
    "Tomatoes need sun. My garden gets six hours, enough for cherry tomatoes.\n\n"
    "Water the tomatoes at the roots, and the garden stays free of blight."
)


def _request(key: str, source: str) -> SuggestionRequest:
    return SuggestionRequest(key, analyze(source), TagHistory(), ())


def test_suggestions_arrive_later_on_the_ui_thread(qtbot) -> None:
    suggester = TagSuggester()
    shown: list[tuple[SuggestionRequest, tuple]] = []
    suggester.suggestionsReady.connect(lambda request, found: shown.append((request, found)))
    on_ui_thread: list[bool] = []
    suggester.suggestionsReady.connect(
        lambda *_: on_ui_thread.append(threading.current_thread() is threading.main_thread())
    )

    suggester.request(_request("docker", DOCKER))
    assert suggester.busy
    qtbot.waitUntil(lambda: not suggester.busy)

    assert [request.key for request, _found in shown] == ["docker"]
    assert "Docker" in {suggestion.tag for suggestion in shown[0][1]}
    assert on_ui_thread == [True], "delivered on the UI thread, for the sidebar"


def test_a_request_overtaken_while_it_runs_is_never_shown(qtbot) -> None:
    suggester = TagSuggester()
    shown: list[str] = []
    suggester.suggestionsReady.connect(lambda request, _found: shown.append(request.key))

    suggester.request(_request("docker", DOCKER))
    suggester.request(_request("first garden", GARDEN))
    suggester.request(_request("garden", GARDEN))
    qtbot.waitUntil(lambda: not suggester.busy)

    assert shown == ["garden"]

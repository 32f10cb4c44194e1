"""Medium's read time formula."""

from __future__ import annotations

import pytest

from app.analysis.insights.read_time import image_seconds, read_time


@pytest.mark.parametrize(
    ("images", "seconds"),
    [
        (0, 0),
        (1, 12),
        (3, 12 + 11 + 10),
        # 12 + 11 + ... + 3 is ten images; each one after that adds the 3-second floor.
        (12, sum(range(3, 13)) + 3 + 3),
    ],
)
def test_image_seconds(images: int, seconds: int) -> None:
    assert image_seconds(images) == seconds


def test_words_read_at_265_per_minute() -> None:
    assert read_time(265).minutes == pytest.approx(1.0)
    assert read_time(530, images=1).seconds == pytest.approx(120 + 12)


def test_display_minutes_rounds_and_is_at_least_one() -> None:
    assert read_time(0).display_minutes == 1
    assert read_time(265 * 4 + 100).display_minutes == 4
    assert read_time(265 * 4 + 140).display_minutes == 5

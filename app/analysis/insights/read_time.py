"""Medium's read time: 265 words a minute plus time for images.

The first image adds 12 seconds, the second 11, each further one a second less than the one
before, never less than 3 seconds an image.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

WORDS_PER_MINUTE = 265
FIRST_IMAGE_SECONDS = 12
MIN_IMAGE_SECONDS = 3


def image_seconds(images: int) -> int:
    """Seconds Medium adds for ``images`` pictures."""
    return sum(max(FIRST_IMAGE_SECONDS - index, MIN_IMAGE_SECONDS) for index in range(images))


@dataclass(frozen=True, slots=True)
class ReadTime:
    seconds: float

    @property
    def minutes(self) -> float:
        return self.seconds / 60

    @property
    def display_minutes(self) -> int:
        """What Medium shows under the title: rounded to whole minutes, at least one."""
        return max(1, math.floor(self.minutes + 0.5))

    def to_dict(self) -> dict[str, float | int]:
        return {
            "seconds": round(self.seconds, 1),
            "minutes": round(self.minutes, 2),
            "display_minutes": self.display_minutes,
        }


def read_time(words: int, images: int = 0) -> ReadTime:
    return ReadTime(words / WORDS_PER_MINUTE * 60 + image_seconds(images))

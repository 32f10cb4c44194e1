"""Where a draft's chunks are, re-split only around an edit.

Cutting a 20,000-word draft into chunks and finding its link definitions costs more than
analysing the one chunk a keystroke changed. The chunks before the first changed one and those
after the last changed one are the previous split's (the latter moved by the change in
length); only the part in between is scanned again, with ``chunks_from``, which starts where no
chunk and no fence is open, exactly as a scan from the top would find it there.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from app.document.chunks import chunks_from, reference_definitions, split_chunks
from app.document.front_matter import front_matter_end


def _common_prefix(old: str, new: str) -> int:
    """How many leading characters ``old`` and ``new`` share (a binary search comparing
    slices: about twice the text compared in C, instead of a loop over characters)."""
    low, high = 0, min(len(old), len(new))
    while low < high:
        middle = (low + high + 1) // 2
        if old[low:middle] == new[low:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _common_suffix(old: str, new: str) -> int:
    """How many trailing characters ``old`` and ``new`` share."""
    low, high = 0, min(len(old), len(new))
    old_end, new_end = len(old), len(new)
    while low < high:
        middle = (low + high + 1) // 2
        if old[old_end - middle : old_end - low] == new[new_end - middle : new_end - low]:
            low = middle
        else:
            high = middle - 1
    return low


def _definitions(text: str) -> dict[str, str] | None:
    return reference_definitions(text) if "]:" in text else None


class ChunkLayout:
    """The prose chunks of the last source given to ``split``; not thread-safe.

    ``starts[i]`` is the offset of ``texts[i]``; front matter is left out. Link definitions
    are found per chunk: a definition is one line, and lines between chunks are blank.
    ``bracketed[i]`` says whether ``texts[i]`` has a ``[``, without which no link definition
    can matter to it.
    """

    def __init__(self) -> None:
        self._source = ""
        self._head = 0  # the length of the front matter
        self._head_definitions: dict[str, str] | None = None
        self.starts: list[int] = []
        self.texts: list[str] = []
        self.bracketed: list[bool] = []
        self._definitions: list[dict[str, str] | None] = []

    def split(self, source: str) -> None:
        """Make ``starts`` and ``texts`` the chunks of ``source`` (as ``split_chunks``)."""
        old, starts = self._source, self.starts
        if source == old:
            return
        head = front_matter_end(source)
        if not starts or head != self._head or not source.startswith(old[: starts[0]]):
            self._split_all(source, head)
            return
        count = len(starts)
        # The chunk holding the first changed character (or the last chunk, which text added
        # at the very end may extend); everything before it is unchanged.
        first = min(max(bisect_right(starts, _common_prefix(old, source)) - 1, 0), count - 1)
        # The chunks from ``unchanged_from`` on are unchanged to the end, moved by ``delta``.
        delta = len(source) - len(old)
        unchanged_from = bisect_left(starts, len(old) - _common_suffix(old, source), first + 1)
        while unchanged_from < count and starts[unchanged_from] + delta < starts[first]:
            unchanged_from += 1
        new_starts: list[int] = []
        new_texts: list[str] = []
        rest = count
        for chunk in chunks_from(source, starts[first]):
            old_index = bisect_left(starts, chunk.start - delta, unchanged_from)
            if old_index < count and starts[old_index] == chunk.start - delta:
                rest = old_index  # from here on the scan would find the old chunks again
                break
            new_starts.append(chunk.start)
            new_texts.append(chunk.text)
        self._source = source
        self.starts = [*starts[:first], *new_starts, *(start + delta for start in starts[rest:])]
        self.texts = [*self.texts[:first], *new_texts, *self.texts[rest:]]
        self.bracketed = [
            *self.bracketed[:first],
            *("[" in text for text in new_texts),
            *self.bracketed[rest:],
        ]
        self._definitions = [
            *self._definitions[:first],
            *(_definitions(text) for text in new_texts),
            *self._definitions[rest:],
        ]

    def _split_all(self, source: str, head: int) -> None:
        chunks = [chunk for chunk in split_chunks(source) if not chunk.is_front_matter]
        self._source = source
        self._head = head
        self._head_definitions = _definitions(source[:head])
        self.starts = [chunk.start for chunk in chunks]
        self.texts = [chunk.text for chunk in chunks]
        self.bracketed = ["[" in text for text in self.texts]
        self._definitions = [_definitions(text) for text in self.texts]

    def references(self) -> dict[str, str]:
        """The link definitions of the whole source, as ``reference_definitions`` finds them."""
        found: dict[str, str] = dict(self._head_definitions or {})
        for definitions in self._definitions:
            if definitions:
                found.update(definitions)
        return found

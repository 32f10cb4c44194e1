"""A whole post pasted into an empty draft: its ``# `` title (and the italic subtitle line
under it) go to their own fields, as File → Import puts them, and the story to the editor.
Left in the text, the heading was read as the title by the analysis while the drafts list
and the window still said "Untitled draft"."""

from __future__ import annotations

from collections.abc import Callable

from app.document.post import split_title, split_title_block
from app.ui.editor import MarkdownEditor
from app.ui.heading_edit import HeadingEdit


class PastedPost:
    """The editor's paste filter (``MarkdownEditor.set_paste_filter``)."""

    def __init__(
        self,
        editor: MarkdownEditor,
        title_edit: HeadingEdit,
        subtitle_edit: HeadingEdit,
        fields_changed: Callable[[str], None],
        say: Callable[[str], None],
    ) -> None:
        self._editor = editor
        self._title = title_edit
        self._subtitle = subtitle_edit
        self._fields_changed = fields_changed
        self._say = say

    def __call__(self, pasted: str) -> str:
        """The text to insert: ``pasted`` without its title block when the draft has neither
        text nor title yet (pasted into a story already begun, a heading is the writer's)."""
        if self._title.text().strip() or self._editor.text().strip():
            return pasted
        if self._subtitle.text().strip():
            title, body = split_title(pasted)  # the subtitle already written stays
            subtitle = ""
        else:
            block, body = split_title_block(pasted)
            title, subtitle = block.title, block.subtitle
        if not title:
            return pasted
        self._title.setText(title)
        if subtitle:
            self._subtitle.setText(subtitle)
        self._fields_changed(title)
        moved = "title and subtitle went to their fields" if subtitle else "title went to its field"
        self._say(f"The pasted post's {moved}.")
        return body

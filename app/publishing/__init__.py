"""Export: polished Markdown, safe HTML, rich text for Medium, promotion snippets, files.

Pure Python (no Qt, no SQLAlchemy); the UI and the command line call these functions.
"""

from app.publishing.compat import FIXES, CompatIssue, medium_issues
from app.publishing.files import ExportWriteError, write_text_atomic
from app.publishing.html import export_html, preview_html
from app.publishing.markdown import export_markdown
from app.publishing.medium import ImageRef, MediumClipboard, medium_clipboard
from app.publishing.snippets import Snippets, promotion_snippets, x_length

__all__ = [
    "FIXES",
    "CompatIssue",
    "ExportWriteError",
    "ImageRef",
    "MediumClipboard",
    "Snippets",
    "export_html",
    "export_markdown",
    "medium_clipboard",
    "medium_issues",
    "preview_html",
    "promotion_snippets",
    "write_text_atomic",
    "x_length",
]

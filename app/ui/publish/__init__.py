"""Publishing: export, Copy for Medium, live preview, the Ready for Medium checklist and
promotion snippets. The main window calls ``install_publishing(self)`` once."""

from app.ui.publish.features import PublishingFeatures, install_publishing

__all__ = ["PublishingFeatures", "install_publishing"]

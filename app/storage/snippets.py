"""Promotion texts the writer edited, one per draft and network, kept across restarts."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from app.storage.models import PromotionSnippet, utcnow

NETWORKS = ("x", "linkedin", "facebook", "newsletter")


def _check_network(network: str) -> str:
    if network not in NETWORKS:
        raise ValueError(f"unknown network: {network} (known: {', '.join(NETWORKS)})")
    return network


class SnippetRepository:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def get(self, draft_id: int) -> dict[str, str]:
        """The stored texts of a draft by network; networks never edited are absent."""
        with self._sessions() as session:
            rows = session.execute(
                select(PromotionSnippet.network, PromotionSnippet.text).where(
                    PromotionSnippet.draft_id == draft_id
                )
            ).all()
        return {row.network: row.text for row in rows}

    def save(self, draft_id: int, network: str, text: str) -> None:
        """Store ``text`` for ``network``; commits at once."""
        _check_network(network)
        with self._sessions.begin() as session:
            row = session.scalars(
                select(PromotionSnippet).where(
                    PromotionSnippet.draft_id == draft_id, PromotionSnippet.network == network
                )
            ).first()
            if row is None:
                session.add(PromotionSnippet(draft_id=draft_id, network=network, text=text))
            elif row.text != text:
                row.text = text
                row.updated_at = utcnow()

    def delete(self, draft_id: int, network: str) -> None:
        """Forget the edited text, so the generated one is shown again."""
        _check_network(network)
        with self._sessions.begin() as session:
            session.execute(
                delete(PromotionSnippet).where(
                    PromotionSnippet.draft_id == draft_id, PromotionSnippet.network == network
                )
            )

"""The plan-and-learn services over one open store, as the window and the command line use
them: publications and submissions, publishing and later versions, the performance log and
its imports, the calendar with goals and streaks, and what works for this writer."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Unpack

from app.analysis.engine.word_count import count_words
from app.document.text_files import TextFileError, read_text_file
from app.document.wording import plural
from app.session.plan import calendar
from app.session.plan.charts import ChartData, chart_data
from app.session.plan.lifetime import FallingTotal, FallingTotalsError, falling_totals
from app.session.plan.measure import StoryMeasures, measure_story, measure_title
from app.session.plan.medium_export import ExportedPost, read_export
from app.session.plan.performance import (
    latest_figures,
    performances,
    title_changes,
    too_recent,
)
from app.session.plan.stats_csv import CsvImportError, CsvRow, parse_stats_csv
from app.session.plan.story_link import story_link
from app.session.plan.submissions import (
    AlreadySubmittedError,
    PendingSubmission,
    open_submission,
    pending,
)
from app.session.plan.what_works import WhatWorks, what_works
from app.storage.drafts import DraftRecord
from app.storage.publications import PublicationDetails, PublicationRecord, SubmissionRecord
from app.storage.schedule import GOAL_LIMITS, ScheduledRecord
from app.storage.store import Store
from app.storage.stories import (
    Snapshot,
    SnapshotRow,
    StoryFacts,
    StoryRecord,
    VersionRecord,
    story_key,
    title_key,
)

Measure = Callable[[str, str, str], StoryMeasures]

__all__ = ["GOAL_LIMITS", "CsvImport", "ExportImport", "Plan", "PlanOverview"]


@dataclass(frozen=True, slots=True)
class CsvImport:
    snapshots: int
    stories_created: int
    drafts_linked: int = 0  # new stories linked to the draft with their title
    publications_created: tuple[str, ...] = ()  # by name, as the file writes them
    stories_placed: int = 0  # stories recorded before, put in the file's publication

    def summary(self) -> str:
        """One sentence for the window and the command line."""
        linked = f", {self.drafts_linked:,} linked to the draft with its title"
        parts = [
            f"Imported {plural(self.snapshots, 'snapshot')}",
            plural(self.stories_created, "new published story", "new published stories")
            + (linked if self.drafts_linked else ""),
        ]
        if self.publications_created:
            parts.append(
                f"{plural(len(self.publications_created), 'new publication')}: "
                + ", ".join(self.publications_created)
            )
        if self.stories_placed:
            parts.append(
                plural(self.stories_placed, "recorded story", "recorded stories")
                + " put in "
                + ("its" if self.stories_placed == 1 else "their")
                + " publication"
            )
        return "; ".join(parts) + "."


@dataclass(frozen=True, slots=True)
class ExportImport:
    drafts: int
    stories: int
    skipped: tuple[str, ...]  # titles already recorded
    drafts_skipped: tuple[str, ...] = ()  # unpublished drafts already imported, by title

    def summary(self) -> str:
        """One sentence for the window and the command line: what came in, what was skipped."""
        parts = [
            plural(self.drafts, "draft"),
            plural(self.stories, "published story", "published stories"),
        ]
        if self.skipped:
            parts.append(f"{len(self.skipped):,} already recorded")
        if self.drafts_skipped:
            parts.append(f"{plural(len(self.drafts_skipped), 'draft')} already imported")
        return "Imported " + "; ".join(parts) + "."


class Plan:
    def __init__(
        self,
        store: Store,
        *,
        now: Callable[[], datetime] = datetime.now,
        measure: Measure = measure_story,
    ) -> None:
        self._store = store
        self._now = now
        self._measure = measure

    # --- publications and submissions -----------------------------------------------------------

    def save_publication(
        self, name: str, publication_id: int | None = None, **details: Unpack[PublicationDetails]
    ) -> PublicationRecord:
        """Add the publication, or update the one ``publication_id`` names (a rename too)."""
        return self._store.publications.save(name, publication_id=publication_id, **details)

    def publications(self) -> list[PublicationRecord]:
        return self._store.publications.list()

    def delete_publication(self, publication_id: int) -> None:
        self._store.publications.delete(publication_id)

    def submit(
        self, draft_id: int, publication_id: int, status: str = "submitted"
    ) -> SubmissionRecord:
        """Submit (or plan to submit) the draft; a plan becomes the submission. Raises
        AlreadySubmittedError while the draft is at that publication and not declined there."""
        existing = open_submission(
            self._store.publications.submissions(draft_id=draft_id), publication_id
        )
        if existing is None:
            return self._store.publications.submit(
                draft_id, publication_id, status=status, at=self._now()
            )
        if existing.status == "planned" and status != "planned":
            return self.set_submission_status(existing.id, status)
        raise AlreadySubmittedError(existing)

    def set_submission_status(self, submission_id: int, status: str) -> SubmissionRecord:
        return self._store.publications.set_status(submission_id, status, at=self._now())

    def submissions(self, draft_id: int | None = None) -> list[SubmissionRecord]:
        return self._store.publications.submissions(draft_id=draft_id)

    def pending_submissions(self) -> list[PendingSubmission]:
        """Submitted and not yet answered, longest waiting first."""
        return pending(self._store.publications.submissions(), self._now())

    def reminders(self) -> list[str]:
        return [item.reminder for item in self.pending_submissions() if item.overdue]

    # --- published stories and their versions --------------------------------------------------

    def mark_published(
        self,
        draft_id: int,
        *,
        url: str,
        published_at: datetime,
        publication_id: int | None = None,
        title: str | None = None,
    ) -> StoryRecord:
        """Record the draft as live on Medium, measured as it stands (its final title). The
        link may be empty; one that is no web address raises ValueError, nothing stored."""
        url = story_link(url)
        draft = self._store.drafts.get(draft_id)
        final_title = title if title is not None else draft.title
        measures = self._measure(final_title, draft.body, draft.subtitle)
        return self._store.stories.add(
            StoryFacts(
                final_title,
                published_at,
                url=url,
                subtitle=draft.subtitle,
                body=draft.body,
                draft_id=draft_id,
                publication_id=publication_id,
                tags=tuple(self._store.tags.draft_tags(draft_id)),
                words=measures.words,
                read_minutes=measures.read_minutes,
                headline_score=measures.headline_score,
                reading_grade=measures.reading_grade,
            )
        )

    def set_story_link(self, story_id: int, url: str) -> StoryRecord:
        """Add, change or remove a published story's link (one given after publishing, once
        Medium has it); one that is no web address, or another story's, raises ValueError."""
        return self._store.stories.set_url(story_id, story_link(url))

    def draft_title(self, draft_id: int) -> str:
        """The draft's saved title: what a story usually goes live with."""
        return self._store.drafts.get(draft_id).title

    def story_for_draft(self, draft_id: int) -> StoryRecord | None:
        return self._store.stories.for_draft(draft_id)

    def story(self, story_id: int) -> StoryRecord:
        return self._store.stories.get(story_id)

    def stories(self) -> list[StoryRecord]:
        return self._store.stories.list()

    def record_update(
        self, story_id: int, *, title: str, subtitle: str, body: str, note: str = ""
    ) -> VersionRecord | None:
        """A change after publishing as a new version (None when nothing changed)."""
        versions = self._store.stories.versions(story_id)
        last = versions[-1] if versions else None
        if last and (last.title, last.subtitle, last.body) == (title, subtitle, body):
            return None
        measures = self._measure(title, body, subtitle)
        facts = StoryFacts(
            title,
            self._now(),
            words=measures.words,
            read_minutes=measures.read_minutes,
            headline_score=measures.headline_score,
            reading_grade=measures.reading_grade,
        )
        return self._store.stories.add_version(
            story_id,
            title=title,
            subtitle=subtitle,
            body=body,
            changed_at=self._now(),
            note=note,
            measured=facts,
        )

    def update_from_draft(self, story_id: int) -> VersionRecord | None:
        """Record the linked draft's current title and text if they changed since publishing."""
        story = self._store.stories.get(story_id)
        if story.draft_id is None:
            raise LookupError("This story is not linked to a draft.")
        draft = self._store.drafts.get(story.draft_id)
        return self.record_update(
            story_id, title=draft.title, subtitle=draft.subtitle, body=draft.body
        )

    def versions(self, story_id: int) -> list[VersionRecord]:
        return self._store.stories.versions(story_id)

    def compare_versions(self, story_id: int, index: int = -1) -> str:
        """What changed in version ``index`` against the one before, as a unified diff of
        the title, subtitle and text (empty for the first version)."""
        versions = self.versions(story_id)
        position = index % len(versions) if versions else 0
        if position == 0:
            return ""
        before, after = versions[position - 1], versions[position]

        def lines(version: VersionRecord) -> list[str]:
            return [
                f"Title: {version.title}",
                f"Subtitle: {version.subtitle}",
                "",
                *version.body.splitlines(),
            ]

        return "\n".join(
            difflib.unified_diff(
                lines(before),
                lines(after),
                f"{before.changed_at:%d %b %Y %H:%M}",
                f"{after.changed_at:%d %b %Y %H:%M}",
                lineterm="",
            )
        )

    # --- the performance log -------------------------------------------------------------------

    def record_snapshot(
        self, story_id: int, snapshot: Snapshot, *, keep_falling: bool = False
    ) -> None:
        """Store one day's figures; :class:`FallingTotalsError` (nothing stored) when they make
        a lifetime total fall, unless ``keep_falling`` says the writer keeps them."""
        if snapshot.reads > snapshot.views:
            raise ValueError("Reads cannot exceed views.")
        if not keep_falling:
            story = self._store.stories.get(story_id)
            stored = self.snapshots().get(story_id, [])
            if falls := falling_totals(story.title or story.url, stored, [snapshot]):
                raise FallingTotalsError(falls)
        self._store.stories.record(story_id, snapshot)

    def log_figures(
        self,
        story_id: int,
        taken_on: date,
        *,
        views: int,
        reads: int,
        claps: int | None = None,
        fans: int | None = None,
        responses: int | None = None,
        member_reading_minutes: float | None = None,
        earnings: float | None = None,
        keep_falling: bool = False,
    ) -> None:
        """Figures entered by hand: the story's lifetime totals as Medium shows them today.
        A figure left out (``None``) keeps the one stored for that day, or stays unknown."""
        self.record_snapshot(
            story_id,
            Snapshot(
                taken_on, views, reads, claps, fans, responses, member_reading_minutes, earnings
            ),
            keep_falling=keep_falling,
        )

    def latest_figures(self) -> dict[int, Snapshot]:
        """Each story's latest figures (see :func:`latest_figures`), by story id."""
        return {
            story_id: latest_figures(series)
            for story_id, series in self.snapshots().items()
            if series
        }

    def snapshots(self) -> dict[int, list[Snapshot]]:
        return self._store.stories.snapshots()

    def import_csv(self, path: Path, *, keep_falling: bool = False) -> CsvImport:
        """Import a statistics file; every bad row is reported and then nothing is stored.
        Lifetime totals that fall raise :class:`FallingTotalsError` (nothing stored) unless
        ``keep_falling`` says the writer keeps them."""
        try:
            text = read_text_file(path)
        except TextFileError as error:
            raise CsvImportError([str(error)]) from None
        known = set(self._store.stories.keys())
        rows = parse_stats_csv(text, known, self.today())
        if not keep_falling and (falls := self._falls_in(rows)):
            raise FallingTotalsError(falls)
        drafts = self._unpublished_drafts_by_title()
        measured: dict[str, tuple[StoryMeasures, DraftRecord | None]] = {}
        planned = []
        for row in rows:
            facts = None
            if row.published is not None and row.key not in known:  # a story to create
                if row.key not in measured:
                    measured[row.key] = self._measure_new_story(row.title, drafts)
                measures, draft = measured[row.key]
                facts = StoryFacts(
                    row.title or row.url,
                    row.published,
                    url=row.url,
                    subtitle=draft.subtitle if draft else "",
                    body=draft.body if draft else "",
                    draft_id=draft.id if draft else None,
                    tags=row.tags,
                    words=measures.words,
                    read_minutes=measures.read_minutes,
                    headline_score=measures.headline_score,
                    reading_grade=measures.reading_grade,
                    time_known=row.time_known,
                )
            planned.append(SnapshotRow(row.key, row.snapshot, facts, row.publication))
        counts = self._store.stories.import_rows(planned)
        linked = sum(draft is not None for _measures, draft in measured.values())
        return CsvImport(
            counts.snapshots, counts.stories, linked, counts.publications, counts.placed
        )

    def _falls_in(self, rows: list[CsvRow]) -> list[FallingTotal]:
        """The lifetime totals the file's rows make fall, story by story in the file's order."""
        ids = self._store.stories.keys()
        stored = self.snapshots()
        titles = {story.id: story.title or story.url for story in self.stories()}
        new: dict[str, list[Snapshot]] = {}
        for row in rows:
            new.setdefault(row.key, []).append(row.snapshot)
        names = {row.key: row.title or row.url for row in reversed(rows)}  # each key's first
        falls: list[FallingTotal] = []
        for key, snapshots in new.items():
            story_id = ids.get(key)
            if story_id is None:  # a story the file creates
                falls += falling_totals(names[key], [], snapshots)
            else:
                falls += falling_totals(titles[story_id], stored.get(story_id, []), snapshots)
        return falls

    def _unpublished_drafts_by_title(self) -> dict[str, list[int]]:
        """Drafts outside the trash and not yet linked to a story, by normalised title."""
        linked = {story.draft_id for story in self.stories() if story.draft_id is not None}
        found: dict[str, list[int]] = {}
        for draft in self._store.drafts.list():
            if draft.id not in linked and draft.title.strip():
                found.setdefault(title_key(draft.title), []).append(draft.id)
        return found

    def _measure_new_story(
        self, title: str, drafts: dict[str, list[int]]
    ) -> tuple[StoryMeasures, DraftRecord | None]:
        """A new story's measures, from its draft's text when exactly one draft has its title
        (two drafts of that title could be either: then the title alone is measured)."""
        if not title:
            return StoryMeasures(None), None
        matches = drafts.get(title_key(title), [])
        if len(matches) != 1:
            return measure_title(title), None
        del drafts[title_key(title)]  # one draft, one story
        draft = self._store.drafts.get(matches[0])
        return self._measure(title, draft.body, draft.subtitle), draft

    def import_medium_export(self, path: Path) -> ExportImport:
        """Posts from Medium's export as drafts, and the published ones as stories too."""
        posts = read_export(Path(path))
        known = set(self._store.stories.keys())
        drafts = 0
        stories: list[StoryFacts] = []
        skipped = []
        drafts_skipped = []
        for post in posts:
            key = story_key(post.canonical_url, post.title)
            if not post.is_draft and key in known:
                skipped.append(post.title)
                continue
            # An unpublished post has no story to recognise it by: the same title and text
            # already among the drafts means this export (or one like it) was imported before.
            if post.is_draft and self._store.drafts.has_copy(post.title, post.body):
                drafts_skipped.append(post.title)
                continue
            draft_id = self._create_draft(post)
            drafts += 1
            if post.published_at is None:
                continue
            known.add(key)
            measures = self._measure(post.title, post.body, post.subtitle)
            stories.append(
                StoryFacts(
                    post.title,
                    post.published_at,
                    url=post.canonical_url,
                    subtitle=post.subtitle,
                    body=post.body,
                    draft_id=draft_id,
                    words=measures.words,
                    read_minutes=measures.read_minutes,
                    headline_score=measures.headline_score,
                    reading_grade=measures.reading_grade,
                )
            )
        added = self._store.stories.add_many(stories)
        return ExportImport(drafts, added, tuple(skipped), tuple(drafts_skipped))

    def _create_draft(self, post: ExportedPost) -> int:
        drafts = self._store.drafts
        record = drafts.create(title=post.title, subtitle=post.subtitle, body=post.body)
        # Counted now, as a Markdown import counts it: the drafts list shows it before the
        # draft is first opened.
        drafts.save(record.id, word_count=count_words(post.body), canonical_url=post.canonical_url)
        return record.id

    # --- what works, charts --------------------------------------------------------------------

    def what_works(self) -> WhatWorks:
        stories = self.stories()
        snapshots = self.snapshots()
        changes = [
            change
            for story in stories
            for change in title_changes(self.versions(story.id), snapshots.get(story.id, []))
        ]
        return what_works(performances(stories, snapshots), changes, too_recent(stories, snapshots))

    def charts(self) -> ChartData:
        stories = self.stories()
        snapshots = self.snapshots()
        return chart_data(stories, snapshots, performances(stories, snapshots))

    # --- the posting plan ----------------------------------------------------------------------

    def schedule(self, draft_id: int, at: datetime, note: str = "") -> ScheduledRecord:
        return self._store.schedule.schedule(draft_id, at, note)

    def unschedule(self, draft_id: int) -> None:
        self._store.schedule.unschedule(draft_id)

    def set_goal(self, kind: str, target: int | None) -> None:
        self._store.schedule.set_goal(kind, target)

    def goals(self) -> dict[str, int]:
        return self._store.schedule.goals()

    def words_per_day(self) -> dict[date, int]:
        return calendar.words_per_day(self._store.schedule.word_counts())

    def today(self) -> date:
        return self._now().date()

    def overview(self) -> PlanOverview:
        """Goals and streaks as of today."""
        today = self.today()
        published = [story.published_at.date() for story in self.stories()]
        written = self.words_per_day()
        return PlanOverview(
            today,
            calendar.week_streak(published, today),
            calendar.day_streak(written, today),
            tuple(calendar.goal_progress(self.goals(), published, written, today)),
        )

    def month(self, year: int, month: int) -> calendar.Month:
        start, end = calendar.month_bounds(year, month)
        stories = [story for story in self.stories() if start <= story.published_at < end]
        scheduled = self._store.schedule.scheduled(start, end)
        return calendar.build_month(year, month, scheduled, stories, self.words_per_day())


@dataclass(frozen=True, slots=True)
class PlanOverview:
    today: date
    weeks_with_a_post: calendar.Streak
    days_with_writing: calendar.Streak
    goals: tuple[calendar.GoalProgress, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "today": self.today.isoformat(),
            "weeks_with_a_post": {
                "current": self.weeks_with_a_post.current,
                "longest": self.weeks_with_a_post.longest,
            },
            "days_with_writing": {
                "current": self.days_with_writing.current,
                "longest": self.days_with_writing.longest,
            },
            "goals": [goal.to_dict() for goal in self.goals],
        }

"""The autosave policy: a pause saves soon, a non-stop typist is saved by the ceiling."""

from __future__ import annotations

from app.session.autosave import AutosavePolicy


def test_nothing_is_due_while_nothing_changed() -> None:
    assert AutosavePolicy().delay(5.0) is None


def test_a_pause_saves_soon_after_the_last_change() -> None:
    policy = AutosavePolicy(pause=0.75, ceiling=2.0)
    policy.changed(10.0)
    assert policy.delay(10.0) == 0.75


def test_non_stop_typing_is_saved_by_the_ceiling() -> None:
    policy = AutosavePolicy(pause=0.75, ceiling=2.0)
    now = 10.0
    policy.changed(now)
    while now < 11.9:  # a keystroke every 50 ms, never a pause
        now += 0.05
        policy.changed(now)
        assert now + policy.delay(now) <= 12.0 + 1e-9
    assert policy.due_at() == 12.0


def test_a_save_clears_and_the_next_change_starts_a_new_ceiling() -> None:
    policy = AutosavePolicy(pause=0.75, ceiling=2.0)
    policy.changed(10.0)
    policy.saved()
    assert not policy.pending
    assert policy.delay(11.0) is None
    policy.changed(20.0)
    assert policy.due_at() == 20.75


def test_failures_keep_changes_pending_and_back_off() -> None:
    policy = AutosavePolicy(first_retry=1.0, max_retry=4.0)
    policy.changed(10.0)
    assert [policy.failed(t) for t in (12.0, 13.0, 15.0, 19.0)] == [1.0, 2.0, 4.0, 4.0]
    assert policy.pending
    assert policy.due_at() == 23.0
    policy.changed(19.5)  # typing does not hurry a retry into a locked database
    assert policy.due_at() == 23.0
    policy.saved()
    policy.changed(30.0)
    policy.failed(30.5)
    assert policy.due_at() == 31.5  # the back-off starts again after a success

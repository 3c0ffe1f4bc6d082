"""The demo's appraisal: batches in every state, certificates issued, some people eligible."""
from __future__ import annotations

import pytest

from desktop.services import appraisal_batches, appraisal_eligibility, dashboard
from desktop.services.context import as_system
from desktop.services.database import close_database, open_database
from desktop.services.demo import fill_demo_data


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    folder = tmp_path_factory.mktemp("appraisal")
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("SKILLBASE_HOME", str(folder))
        ctx = as_system(open_database(f"sqlite:///{folder / 't.db'}"))
        summary = fill_demo_data(ctx, scale=300, seed=2026)
        yield ctx, summary
        close_database(ctx)


def test_batches_in_every_state_with_certificates(filled):
    ctx, summary = filled
    batches = appraisal_batches.list_batches(ctx)
    assert summary.appraisal_batches == 4
    assert {b.status for b in batches} == {"planned", "scoring", "approved", "cancelled"}
    approved = next(b for b in batches if b.status == "approved")
    rows = appraisal_batches.list_candidates(ctx, approved.id)
    assert any(r.outcome == "passed" and len(r.certificate_number) == 22 for r in rows)
    assert any(r.outcome == "absent" for r in rows)


def test_some_are_eligible_for_the_next_level_and_others_not(filled):
    ctx, _summary = filled
    batch = appraisal_batches.list_batches(ctx)[0]
    eligible = appraisal_eligibility.eligible_people(ctx, batch.occupation, 4)
    assert 0 < len(eligible)
    recent = [r for r in eligible if r.held is not None and r.held < 5]
    assert recent == []  # holders of level 4 are not offered level 4 again


def test_the_home_page_shows_the_batch_waiting_for_scores(filled):
    ctx, _summary = filled
    tasks = dashboard.home(ctx).tasks
    assert any(t.page == "appraisal:waiting" for t in tasks)

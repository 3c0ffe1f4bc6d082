"""Building appraisal data through the services, shared by the appraisal tests."""
import datetime as dt
import io

from desktop.services import appraisal_batches, appraisal_scores, skill_levels
from desktop.services.appraisal_batches import BatchInput
from tests.services.mentoring_helpers import WELDING, welding
from tests.services.training_helpers import people

TODAY = dt.date.today()


def holders(ctx, count, level=5, years=3, start=400):
    """People holding `level` in welding for `years` years (eligible for the next level)."""
    welding(ctx)
    ids = people(ctx, count, start=start)
    for person in ids:
        skill_levels.record_level(ctx, person, WELDING, level, TODAY.replace(year=TODAY.year - years), "", "")
    return ids


def batch(ctx, level=4, **extra):
    welding(ctx)
    data = dict(occupation=WELDING, level=level, exam_on=TODAY, venue="实训基地A楼", examiners="张工、李工") | extra
    return appraisal_batches.create_batch(ctx, BatchInput(**data))


def scoring_batch(ctx, count=3, level=4, start=400, **extra):
    """A batch with `count` eligible candidates, being scored."""
    found = batch(ctx, level=level, **extra)
    appraisal_batches.add_candidates(ctx, found.id, holders(ctx, count, level=level + 1, years=5, start=start))
    appraisal_batches.start_scoring(ctx, found.id)
    return found, appraisal_batches.list_candidates(ctx, found.id)


def approve(ctx, batch_id):
    return appraisal_scores.approve_batch(ctx, batch_id, TODAY, io.BytesIO())

"""Building mentoring data through the services, shared by the mentoring tests."""
import datetime as dt

from desktop.services import mentoring, occupations, skill_levels, trainees
from desktop.services.mentoring import AgreementInput
from desktop.services.occupations import OccupationInput
from tests.services.training_helpers import people

TODAY = dt.date.today()
WELDING = "焊工"


def welding(ctx):
    if not occupations.list_occupations(ctx, WELDING):
        occupations.create_occupation(ctx, OccupationInput(WELDING, "6-18-02-04", "制造"))


def masters(ctx, count, start=100, level=3, obtained=dt.date(2015, 6, 1)):
    """People who hold `level` in welding (eligible mentors by default)."""
    welding(ctx)
    ids = people(ctx, count, start=start)
    for person in ids:
        skill_levels.record_level(ctx, person, WELDING, level, obtained, f"S{person:021d}", "泉州市职业技能鉴定中心")
    return ids


def honoured(ctx, honour, start=300):
    person = people(ctx, 1, start=start)[0]
    detail = trainees.get_trainee(ctx, person)
    trainees.update_trainee(ctx, person, trainees.TraineeInput(
        name=detail.name, id_number=detail.id_number, honours=[honour]))
    return person


def agreement(ctx, apprentice, mentor, start=None, years=1, second=None, activate=True, **extra):
    start = start or TODAY - dt.timedelta(days=100)
    agreement_id = mentoring.create_agreement(ctx, AgreementInput(
        apprentice, mentor, WELDING, start, years, second, **extra))
    if activate:
        mentoring.activate_agreement(ctx, agreement_id, start)
    return agreement_id

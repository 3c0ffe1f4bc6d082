"""Building training data through the services, shared by the training tests."""
import datetime as dt

from stdnum.cn import ric

from desktop.services import classes, occupations, trainees
from desktop.services.classes import ClassInput, SessionInput
from desktop.services.occupations import OccupationInput
from desktop.services.trainees import TraineeInput

NOW = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
TODAY = dt.date.today()


def people(ctx, count, start=0, **extra):
    ids = []
    for i in range(start, start + count):
        body = f"3505031990{(i % 12) + 1:02d}{(i % 28) + 1:02d}{i % 1000:03d}"
        ids.append(trainees.create_trainee(ctx, TraineeInput(
            name="学员" + chr(0x4E00 + i), id_number=body + ric.calc_check_digit(body + "0"), **extra)).id)
    return ids


def running_class(ctx, capacity=5, fee=380, sessions_before_today=3, sessions_after_today=0, **extra):
    """A class whose sign-up is open and whose sessions lie around today."""
    if not occupations.list_occupations(ctx, "插花花艺师"):
        occupations.create_occupation(ctx, OccupationInput("插花花艺师", "4-07-13-03", "生活服务", [5, 4, 3]))
    meetings = [SessionInput(TODAY - dt.timedelta(days=d), dt.time(19, 0), 120)
                for d in range(sessions_before_today, 0, -1)]
    meetings += [SessionInput(TODAY + dt.timedelta(days=d), dt.time(19, 0), 120)
                 for d in range(1, sessions_after_today + 1)]
    data = dict(title="插花花艺师（初级）公益课", occupation="插花花艺师", target_level=5, capacity=capacity,
                signup_opens_at=NOW - dt.timedelta(days=10), signup_closes_at=NOW + dt.timedelta(days=10),
                fee=fee, sessions=meetings) | extra
    return classes.create_class(ctx, ClassInput(**data))

"""Names that records point to: counties, occupations and honours (created on first use)."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import County, Employer, Honour, Occupation
from desktop.domain.errors import ValidationFailed
from desktop.domain.messages import QT_TRANSLATE_NOOP, message
from desktop.domain.roles import Permission
from desktop.services import audit
from desktop.services.context import Actor, ServiceContext, unit_of_work


@dataclass(frozen=True)
class Choice:
    id: int
    name: str


@dataclass(frozen=True)
class Choices:
    counties: list[Choice]
    employers: list[Choice]
    occupations: list[Choice]
    honours: list[Choice]


def choices(ctx: ServiceContext) -> Choices:
    """Everything the trainee filters and the trainee dialog offer, sorted by name."""
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        def of(model, where=None):
            statement = select(model.id, model.name).order_by(model.name)
            if where is not None:
                statement = statement.where(where)
            return [Choice(i, n) for i, n in session.execute(statement)]
        return Choices(of(County), of(Employer, Employer.archived_at.is_(None)),
                       of(Occupation, Occupation.archived_at.is_(None)), of(Honour))


class NameResolver:
    """Finds records by name inside one unit of work and creates the missing ones (audited)."""

    def __init__(self, session: Session, actor: Actor | None):
        self.session = session
        self.actor = actor
        self.created: dict[str, list[str]] = {"county": [], "employer": [], "occupation": [], "honour": []}
        self._cache: dict[tuple[type, str], object] = {}

    def county(self, name: str) -> County | None:
        return self._get_or_create(County, "county", name) if name else None

    def employer(self, name: str, county: County | None = None) -> Employer | None:
        if not name:
            return None
        employer = self._get_or_create(Employer, "employer", name, county=county, industry="")
        if employer.archived_at is not None:
            raise ValidationFailed({"employer": message(QT_TRANSLATE_NOOP(
                "Messages", "The employer {name} is archived: restore it on the Employers page first."),
                name=name)})
        return employer

    def occupations(self, names: list[str]) -> list[Occupation]:
        return [self._get_or_create(Occupation, "occupation", n) for n in _unique(names)]

    def honours(self, names: list[str]) -> list[Honour]:
        return [self._get_or_create(Honour, "honour", n) for n in _unique(names)]

    def _get_or_create(self, model, entity: str, name: str, **extra):
        key = (model, name)
        if key not in self._cache:
            found = self.session.scalars(select(model).where(model.name == name)).one_or_none()
            if found is None:
                found = model(name=name, **extra)
                self.session.add(found)
                self.session.flush()
                self.created[entity].append(name)
                audit.record(self.session, self.actor, "create", entity, found.id, name,
                             None, {"name": name})
            self._cache[key] = found
        return self._cache[key]


def _unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(n.strip() for n in names if n and n.strip()))

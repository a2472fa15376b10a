"""Types of school and setting, as families ask for them ("special schools", "a
school with a resourced provision"), built from what each service already stores:
its provider type (Children and Families Act 2014, Schedule 2 para 1), its
setting (mainstream, special, or provision the council arranges inside a school)
and its ages. Labels live in pwa/labels.py (SETTING_TYPES, PHASES)."""
from sqlalchemy import and_, case, func, or_, select

from pwa.models import Service
from pwa.queries.vocab import ACTIVE_STATUSES

SCHOOLS = ("maintained-school", "academy")


def _school_age():
    return Service.minimum_age < 16  # a school, not a college or sixth form alone


SPECIAL = {
    "special-maintained": lambda: and_(Service.provider_type == "maintained-school",
                                       Service.setting == "special"),
    "special-academy": lambda: and_(Service.provider_type == "academy", Service.setting == "special"),
    "special-non-maintained": lambda: Service.provider_type == "non-maintained-special-school",
    # independent special schools: the section 41 approved providers that are schools
    "special-independent": lambda: and_(Service.provider_type == "section-41", _school_age()),
}
CONDITIONS = {
    # a base or unit the council arranges inside a mainstream school
    "resourced-provision": lambda: and_(Service.provider_type.in_(SCHOOLS),
                                        Service.setting == "la-secured"),
    "special": lambda: or_(*(condition() for condition in SPECIAL.values())),
    **SPECIAL,
    "section-41": lambda: or_(Service.provider_type == "section-41", Service.s41_approved.is_(True)),
    "alternative-provision": lambda: Service.provider_type == "pupil-referral-unit",
    "early-years": lambda: Service.provider_type == "early-years",
    "post-16": lambda: or_(Service.provider_type == "post-16",
                           and_(Service.provider_type.in_(
                               (*SCHOOLS, "non-maintained-special-school", "section-41")),
                                Service.minimum_age >= 16)),
}
SETTING_TYPES = tuple(CONDITIONS)

# School phases, by the ages each covers (a service matches when its ages overlap).
PHASES = {"early-years": (0, 4), "primary": (4, 11), "secondary": (11, 16), "post-16": (16, 25)}


def setting_is(code: str):
    """A WHERE clause for services of this type of setting (None for an unknown code)."""
    condition = CONDITIONS.get(code)
    return condition() if condition else None


def in_phase(code: str):
    """A WHERE clause for services whose ages overlap this phase's (None if unknown).
    The ends are exclusive at the boundary ages a phase shares (4, 11, 16), so a
    primary school (4 to 11) is not a secondary school."""
    if code not in PHASES:
        return None
    low, high = PHASES[code]
    return and_(Service.minimum_age < high, Service.maximum_age > low) if code != "early-years" \
        else Service.minimum_age < high


def counts(session) -> dict[str, tuple[int, int]]:
    """For each type of setting: how many public services, and how many of those
    are outside the area (one query a type; there are ten)."""
    found = {}
    for code in SETTING_TYPES:
        total, outside = session.execute(
            select(func.count(), func.coalesce(func.sum(case((Service.in_area.is_(False), 1), else_=0)), 0))
            .where(setting_is(code), Service.status.in_(ACTIVE_STATUSES),
                   Service.archived_at.is_(None))).one()
        found[code] = (total, outside)
    return found

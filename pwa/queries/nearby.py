"""How far each service's nearest venue is from a place, measured in SQL.

Two steps, so it stays fast at 100,000 services: a box of latitude and longitude
around the place, which the index of the services' points (ServicePlace: each
service's venues, copied with their coordinates) answers without a join, then the
exact great-circle (haversine) distance for the points inside the box only. Both engines
have the functions it needs: PostgreSQL always, SQLite from 3.35 when built with
its math functions (Debian's, and Python's own builds, are).

A service with no venue at all (online, by phone, at home) is "available
anywhere": on the search pages a distance filter never hides it, and it is listed
after the services with a venue in range (the open data API, by its standard, lists
only what is within the distance).
"""
import math

from sqlalchemy import Float, and_, delete, exists, func, insert, null, select, union_all, update
from sqlmodel import Session

from pwa.models import Location, Service, ServiceAtLocation, ServicePlace
from pwa.queries.postcodes import Place

EARTH_RADIUS_MILES = 3958.8
MILES_PER_DEGREE = EARTH_RADIUS_MILES * math.pi / 180  # along a meridian: about 69.1
# Walking at about 3 miles an hour: 1 mile is about 20 minutes.
WALKING_MINUTES_PER_MILE = 20


def _haversine(lat, lon, place: Place):
    """The exact distance in miles from `place` to the columns (lat, lon), as SQL."""
    lat0, lon0 = math.radians(place.latitude), math.radians(place.longitude)
    dlat = (func.radians(lat) - lat0) / 2
    dlon = (func.radians(lon) - lon0) / 2
    a = (func.sin(dlat) * func.sin(dlat)
         + math.cos(lat0) * func.cos(func.radians(lat)) * func.sin(dlon) * func.sin(dlon))
    # a stays well below 1 (where rounding could push asin out of range) for any two
    # points less than half the world apart, which every local offer is
    return 2 * EARTH_RADIUS_MILES * func.asin(func.sqrt(a))


def _box(place: Place, miles: float, lat=ServicePlace.latitude, lon=ServicePlace.longitude):
    """The latitude and longitude bounds around `place` that hold every point within
    `miles` (a little generous, so the exact step alone decides the edge)."""
    dlat = miles / MILES_PER_DEGREE * 1.01
    shrink = max(math.cos(math.radians(min(abs(place.latitude) + dlat, 89.0))), 0.01)
    dlon = dlat / shrink
    return and_(lat.between(place.latitude - dlat, place.latitude + dlat),
                lon.between(place.longitude - dlon, place.longitude + dlon))


def near(stmt, order: list, place: Place, miles: float | None):
    """`stmt` (a select of Service.id) narrowed to services within `miles` of `place`
    (or with no venue), and `order` led by the distance to each service's nearest venue.

    Within `miles`, two branches, each with the search's own filters: the services
    with a point in the box (measured exactly, only there), and the services with no
    venue (read from their flag's index). Neither looks at every service, and only
    their union, a few thousand rows at most, is sorted."""
    distance = _haversine(ServicePlace.latitude, ServicePlace.longitude, place)
    if miles is None:
        # nothing is left out, so each service's points are measured only to sort by:
        # in the ORDER BY alone, so counting the results measures nothing
        nearest = (select(func.min(distance)).where(ServicePlace.service_id == Service.id)
                   .correlate(Service).scalar_subquery())
        return stmt, [nearest.asc().nulls_last(), *order]
    nearest = _nearest(distance, _box(place, miles), distance <= miles)
    keys = [column.label(f"key{i}") for i, column in enumerate(order)]
    located = stmt.join(nearest, nearest.c.service_id == Service.id).add_columns(
        nearest.c.distance, *keys)
    anywhere = stmt.where(Service.has_venue.is_(False)).add_columns(
        null().cast(Float).label("distance"), *keys)
    both = union_all(located, anywhere).subquery("near")
    return select(both.c.id), [both.c.distance.asc().nulls_last(),
                               *(both.c[key.name] for key in keys)]


def _nearest(distance, *where):
    """Each service's nearest point among those `where` allows: (service_id, distance)."""
    return (select(ServicePlace.service_id, func.min(distance).label("distance"))
            .where(*where).group_by(ServicePlace.service_id).subquery("nearest"))


def services_near(stmt, order: list, place: Place, miles: float | None):
    """For the open data API, which lists what is within a distance and nothing else:
    `stmt` (over Service) narrowed to services with a venue within `miles` (any
    distance when None, services with no venue last), nearest first."""
    distance = _haversine(ServicePlace.latitude, ServicePlace.longitude, place)
    if miles is None:
        nearest = _nearest(distance)
        return (stmt.outerjoin(nearest, nearest.c.service_id == Service.id),
                [nearest.c.distance.asc().nulls_last(), *order])
    nearest = _nearest(distance, _box(place, miles), distance <= miles)
    return stmt.join(nearest, nearest.c.service_id == Service.id), [nearest.c.distance, *order]


def venues_near(stmt, order: list, place: Place, miles: float | None):
    """`stmt` (over ServiceAtLocation) narrowed to the venues within `miles` (any
    distance when None), nearest first; venues with no coordinates cannot be placed."""
    distance = _haversine(Location.latitude, Location.longitude, place)
    stmt = stmt.join(Location, Location.id == ServiceAtLocation.location_id).where(
        Location.latitude.is_not(None), Location.longitude.is_not(None))
    if miles is not None:
        stmt = stmt.where(_box(place, miles, Location.latitude, Location.longitude), distance <= miles)
    return stmt, [distance, *order]


def refresh(session: Session) -> None:
    """Rebuild the services' points and has_venue flags from their venues (after a load
    or an import, the only writers of venues and their links)."""
    session.execute(delete(ServicePlace))
    session.execute(insert(ServicePlace).from_select(
        ["service_id", "latitude", "longitude"],
        select(ServiceAtLocation.service_id, Location.latitude, Location.longitude)
        .join(Location, Location.id == ServiceAtLocation.location_id)
        .where(Location.latitude.is_not(None), Location.longitude.is_not(None))))
    linked = exists().where(ServiceAtLocation.service_id == Service.id)
    for flag, where in ((True, linked), (False, ~linked)):
        session.execute(update(Service).where(Service.has_venue.is_not(flag), where)
                        .values(has_venue=flag).execution_options(synchronize_session=False))


def distances(session: Session, place: Place, service_ids: list[str]) -> dict[str, float | None]:
    """Miles from `place` to each listed service's nearest venue; None for a service
    with no venue with coordinates (one query for a page of results)."""
    if not service_ids:
        return {}
    rows = session.execute(
        select(ServiceAtLocation.service_id, Location.latitude, Location.longitude)
        .join(Location, Location.id == ServiceAtLocation.location_id)
        .where(ServiceAtLocation.service_id.in_(service_ids),
               Location.latitude.is_not(None), Location.longitude.is_not(None))).all()
    found: dict[str, float | None] = dict.fromkeys(service_ids)
    for service_id, lat, lon in rows:
        miles = great_circle_miles(place.latitude, place.longitude, lat, lon)
        if found[service_id] is None or miles < found[service_id]:
            found[service_id] = miles
    return found


def great_circle_miles(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The haversine distance in miles, as the SQL above computes it."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_MILES * math.asin(math.sqrt(min(a, 1.0)))


def walking_minutes(miles: float) -> int | None:
    """A rough walking time, rounded to 5 minutes, for distances people walk (up to
    2 miles); None beyond that, where "minutes' walk" would not help."""
    if miles > 2:
        return None
    return max(5, round(miles * WALKING_MINUTES_PER_MILE / 5) * 5)

"""How far each service's nearest venue is from a place, measured in SQL.

Two steps, so it stays fast at 100,000 services: a box of latitude and longitude
around the place, which the (latitude, longitude) index answers, then the exact
great-circle (haversine) distance for the venues inside the box only. Both engines
have the functions it needs: PostgreSQL always, SQLite from 3.35 when built with
its math functions (Debian's, and Python's own builds, are).

A service with no venue at all (online, by phone, at home) is "available
anywhere": a distance filter never hides it, and it is listed after the services
with a venue in range.
"""
import math

from sqlalchemy import and_, exists, func, or_, select
from sqlmodel import Session

from pwa.models import Location, Service, ServiceAtLocation
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


def _box(place: Place, miles: float):
    """The latitude and longitude bounds around `place` that hold every point within
    `miles` (a little generous, so the exact step alone decides the edge)."""
    dlat = miles / MILES_PER_DEGREE * 1.01
    shrink = max(math.cos(math.radians(min(abs(place.latitude) + dlat, 89.0))), 0.01)
    dlon = dlat / shrink
    return and_(Location.latitude.between(place.latitude - dlat, place.latitude + dlat),
                Location.longitude.between(place.longitude - dlon, place.longitude + dlon))


def has_no_venue():
    """Services with no venue: online, by phone or at home."""
    return ~exists().where(ServiceAtLocation.service_id == Service.id)


def near(stmt, order: list, place: Place, miles: float | None):
    """`stmt` narrowed to services within `miles` of `place` (or with no venue), and
    `order` led by the distance to each service's nearest venue.

    The filter is an IN over the venues in the box, so nothing outside it is ever
    measured; the distances to sort by come from the same box."""
    distance = _haversine(Location.latitude, Location.longitude, place)
    if miles is None:
        # nothing is left out: measure each row's nearest venue only to sort by it
        nearest = (select(func.min(distance))
                   .join(ServiceAtLocation, ServiceAtLocation.location_id == Location.id)
                   .where(ServiceAtLocation.service_id == Service.id,
                          Location.latitude.is_not(None), Location.longitude.is_not(None))
                   .correlate(Service).scalar_subquery())
        return stmt, [nearest.asc().nulls_last(), *order]
    in_box = (select(ServiceAtLocation.service_id, distance.label("distance"))
              .join(Location, Location.id == ServiceAtLocation.location_id)
              .where(_box(place, miles), distance <= miles))
    within = in_box.subquery("within")
    nearest = (select(within.c.service_id, func.min(within.c.distance).label("distance"))
               .group_by(within.c.service_id).subquery("nearest"))
    # the join is only for sorting: the filter does not use it, so PostgreSQL drops it
    # from the count (a left join to rows unique by service)
    stmt = (stmt.outerjoin(nearest, nearest.c.service_id == Service.id)
            .where(or_(Service.id.in_(select(within.c.service_id)), has_no_venue())))
    return stmt, [nearest.c.distance.asc().nulls_last(), *order]


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

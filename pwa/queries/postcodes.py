"""Postcodes to places, from our own table of centroids (the ONS Postcode Directory),
so a family's postcode never leaves the server.

A full postcode ("MB1 5FL") is its centroid; a district ("MB1") or a sector
("MB1 5") is the middle of the postcodes in it, so a family can search without
giving their exact address.
"""
import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlmodel import Session, delete

from pwa.models import Postcode

_DISTRICT = re.compile(r"[A-Z]{1,2}[0-9][A-Z0-9]?")
_INWARD = re.compile(r"[0-9]([A-Z]{2})?")
_FULL = re.compile(r"([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})")
# The ONS directory's "no grid reference" marker: such postcodes cannot be placed.
_NO_LOCATION = 99.0
BATCH = 10_000


@dataclass(frozen=True)
class Place:
    label: str  # the postcode as we understood it: "MB1 5FL", "MB1 5", "MB1"
    latitude: float
    longitude: float


def normalise(text: str) -> str | None:
    """ "mb15fl" → "MB1 5FL"; "MB1 5" → "MB1 5"; "mb1" → "MB1"; None when it cannot be one.

    Without a space "MB15" is district MB15, never sector 5 of MB1: people type
    districts far more often than sectors."""
    parts = (text or "").upper().split()
    if len(parts) == 2 and _DISTRICT.fullmatch(parts[0]) and _INWARD.fullmatch(parts[1]):
        return f"{parts[0]} {parts[1]}"
    if len(parts) != 1:
        return None
    full = _FULL.fullmatch(parts[0])
    if full:
        return f"{full.group(1)} {full.group(2)}"
    return parts[0] if _DISTRICT.fullmatch(parts[0]) else None


def locate(session: Session, text: str) -> Place | None:
    """The place a (full or partial) postcode stands for, or None when we don't know it."""
    code = normalise(text)
    if code is None:
        return None
    outward, _, inward = code.partition(" ")
    if len(inward) == 3:
        row = session.get(Postcode, code)
        return Place(code, row.latitude, row.longitude) if row else None
    stmt = select(func.avg(Postcode.latitude), func.avg(Postcode.longitude), func.count()).where(
        Postcode.outcode == outward)
    if inward:  # a sector: the district's postcodes whose inward code starts with it
        stmt = stmt.where(Postcode.postcode.startswith(f"{outward} {inward}", autoescape=True))
    lat, lon, count = session.execute(stmt).one()
    return Place(code, lat, lon) if count else None


def import_rows(session: Session, rows: Iterable[dict], only: tuple[str, ...] = ()) -> int:
    """Replace the postcode table with the rows of an ONS Postcode Directory CSV
    (columns pcds, lat, long); `only` keeps postcodes starting with these areas
    ("B", "WS"). Inserts in batches; the caller commits once, so searches see the
    old table until the new one is complete. Returns how many postcodes were stored."""
    prefixes = tuple(p.strip().upper() for p in only if p.strip())
    session.exec(delete(Postcode))
    batch, stored = [], 0
    table = Postcode.__table__
    for row in rows:
        code = normalise(row.get("pcds", ""))
        if code is None or " " not in code or len(code.partition(" ")[2]) != 3:
            continue
        if prefixes and not _in_areas(code, prefixes):
            continue
        try:
            lat, lon = float(row["lat"]), float(row["long"])
        except (KeyError, TypeError, ValueError):
            continue
        if abs(lat) > _NO_LOCATION or abs(lon) > 180:
            continue
        batch.append({"postcode": code, "outcode": code.partition(" ")[0],
                      "latitude": lat, "longitude": lon})
        if len(batch) >= BATCH:
            stored += _flush(session, table, batch)
            batch = []
    stored += _flush(session, table, batch)
    return stored


def load_file(session: Session, path: Path) -> int:
    """Load a data folder's postcodes.csv (the ONS directory's columns), if it has one."""
    if not path.exists():
        return 0
    with open(path, newline="", encoding="utf-8") as fh:
        return import_rows(session, csv.DictReader(fh))


def _in_areas(code: str, prefixes: tuple[str, ...]) -> bool:
    area = re.match(r"[A-Z]+", code).group(0)  # "B" of "B1 1AA", never "BA" of "BA1"
    return area in prefixes


def _flush(session: Session, table, batch: list[dict]) -> int:
    if not batch:
        return 0
    if session.get_bind().dialect.name == "postgresql":
        # COPY is several times faster than INSERT for the directory's millions of rows
        raw = session.connection().connection.driver_connection
        with raw.cursor() as cursor, cursor.copy(
                "COPY postcode (postcode, outcode, latitude, longitude) FROM STDIN") as copy:
            for row in batch:
                copy.write_row((row["postcode"], row["outcode"], row["latitude"], row["longitude"]))
    else:
        session.execute(insert(table), batch)
    return len(batch)

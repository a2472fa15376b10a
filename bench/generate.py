"""A national-size directory, made from the demo: `generate(session, 100_000)`.

Each new service copies a demo service's text (so text lengths, words and languages
spread as in the demo), under a new name and slug, and takes its ages, area, needs,
kinds of support and costs from another demo service (so filters do not simply repeat
the demo's combinations). Its locations, contacts, schedules and Schedule 2 answers are
copies too, so a service page renders as a real one would. Rows go in by bulk inserts
(one statement a table a batch), and the search rows are written directly.

Run alone: .venv/bin/python bench/generate.py 100000 sqlite:///instance/big.db
"""
import json
import random
import sys
from pathlib import Path

from sqlalchemy import insert, select, text
from sqlmodel import Session

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pwa.models import (  # noqa: E402
    Attribute, Contact, CostOption, Language, LocalOfferAnswer, Schedule, Service,
    ServiceAtLocation, ServiceSearch, TaxonomyTerm,
)
from pwa.queries import nearby  # noqa: E402
from pwa.queries.search import MIRRORS  # noqa: E402

PLACES = ("Ashford", "Bramley", "Cheswick", "Dunmore", "Eastleigh", "Fenwick", "Glenfield",
          "Harrowgate", "Ickford", "Jarrow Vale", "Kingsmere", "Longridge", "Marston",
          "Northwold", "Oakham Green", "Penbury", "Quarrydale", "Ravensworth", "Stoneleigh",
          "Thornbury", "Upton Mill", "Westbrook", "Yardley", "Zennor Cross")
PER_SERVICE = (LocalOfferAnswer, ServiceAtLocation, Contact, Schedule, Language)  # copied as is
BATCH = 2000


def rows(session, model, column, ids):
    table = model.__table__
    found = {}
    for row in session.execute(select(table).where(table.c[column].in_(ids))).mappings():
        found.setdefault(row[column], []).append(dict(row))
    return found


def generate(session: Session, total: int, seed: int = 15) -> int:
    """Add services until there are `total`; returns how many were added."""
    rng = random.Random(seed)
    service = Service.__table__
    demo = [dict(r) for r in session.execute(select(service).order_by(service.c.slug)).mappings()]
    have = len(demo)
    ids = [s["id"] for s in demo]
    related = {m: rows(session, m, "service_id", ids) for m in PER_SERVICE}
    attributes = rows(session, Attribute, "link_id", ids)
    costs = rows(session, CostOption, "service_id", ids)
    term_names = dict(session.execute(select(TaxonomyTerm.id, TaxonomyTerm.name)).all())
    org_names = dict(session.execute(text("SELECT id, name FROM organization")).all())
    added = 0
    while have + added < total:
        batch = {m: [] for m in (Service, *PER_SERVICE, Attribute, CostOption, ServiceSearch)}
        for _ in range(min(BATCH, total - have - added)):
            n = have + added
            source, donor = demo[n % have], demo[rng.randrange(have)]
            new_id = f"g{n:07d}"
            place = PLACES[(n // have) % len(PLACES)]
            copy = {**source, "id": new_id, "slug": f"{source['slug']}-{n}",
                    "name": f"{source['name']} ({place} {n // (have * len(PLACES)) + 1})",
                    "minimum_age": donor["minimum_age"], "maximum_age": donor["maximum_age"],
                    "in_area": donor["in_area"], "provider_type": donor["provider_type"],
                    "ehc_plan_required": donor["ehc_plan_required"]}
            batch[Service].append(copy)
            for model in PER_SERVICE:
                for i, row in enumerate(related[model].get(source["id"], [])):
                    batch[model].append({**row, "id": f"{new_id}-{i}", "service_id": new_id})
            terms = []
            for i, row in enumerate(attributes.get(donor["id"], [])):
                batch[Attribute].append({**row, "id": f"{new_id}-{i}", "link_id": new_id})
                terms.append(term_names[row["taxonomy_term_id"]])
            for i, row in enumerate(costs.get(donor["id"], [])):
                batch[CostOption].append({**row, "id": f"{new_id}-{i}", "service_id": new_id})
            body = " ".join([copy["description"], org_names[copy["organization_id"]],
                             copy["eligibility_description"], " ".join(terms)])
            batch[ServiceSearch].append({"service_id": new_id, "name": copy["name"], "body": body})
            added += 1
        for model, values in batch.items():
            if values:
                session.execute(insert(model.__table__), values)
        if session.get_bind().dialect.name == "sqlite":
            new = json.dumps([r["service_id"] for r in batch[ServiceSearch]])
            for table, columns, values in MIRRORS:
                session.execute(text(
                    f"INSERT INTO {table} ({columns}) SELECT {values} FROM servicesearch "
                    "WHERE service_id IN (SELECT value FROM json_each(:ids))"), {"ids": new})
        session.commit()
    nearby.refresh(session)  # the copies' points, for distance searches
    session.commit()
    if session.get_bind().dialect.name == "postgresql":
        with session.get_bind().connect() as conn:  # VACUUM: index-only scans need the visibility map
            conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM ANALYZE"))
    else:
        session.execute(text("ANALYZE"))
        for table, _columns, _values in MIRRORS:
            session.execute(text(f"INSERT INTO {table}({table}) VALUES ('optimize')"))
        session.commit()
    return added


def main():
    from pwa import create_app
    from pwa.cli import DEMO_DATA, upgrade
    from pwa.queries import loader
    total, url = int(sys.argv[1]), sys.argv[2]
    app = create_app({"DATABASE_URL": url})
    upgrade(app)
    with Session(app.extensions["engine"]) as session:
        loader.load(session, DEMO_DATA)
        print(generate(session, total), "services added")


if __name__ == "__main__":
    main()

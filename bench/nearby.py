"""Distance search at 100,000 services, on SQLite and (when reachable) PostgreSQL.

Run: .venv/bin/python bench/nearby.py [--services 100000] [--runs 50] [--pg postgresql://postgres@127.0.0.1:5432/test]
Setup: the demo Local Offer, plus generated services, 9 in 10 at a venue of their
own spread over a box about 70 by 70 miles around Millbrook (about a county and its
neighbours), 1 in 10 with no venue. Each query runs RUNS times after a warm-up;
the median and 95th percentile are printed in milliseconds.
"""
import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, insert, select, text  # noqa: E402
from sqlmodel import Session  # noqa: E402

from pwa import create_app  # noqa: E402
from pwa.cli import DEMO_DATA, upgrade  # noqa: E402
from pwa.db import database_url  # noqa: E402
from pwa.models import Location, Organization, Service, ServiceAtLocation, ServiceSearch  # noqa: E402
from pwa.queries import loader, nearby, postcodes  # noqa: E402
from pwa.queries.search import Filters, search_services  # noqa: E402

RUNS = 50
TYPES = ["health", "voluntary", "leisure", "maintained-school", "academy", "la-commissioned",
         "social-care", "early-years", "post-16", "non-maintained-special-school"]
WORDS = ["speech", "therapy", "autism", "swimming", "short", "breaks", "advice", "nursery",
         "school", "hearing", "sensory", "club", "support", "parent", "college"]


def generate(session: Session, count: int) -> None:
    rng = random.Random(100_000)
    org_id = session.execute(select(Organization.id)).scalars().first()
    for start in range(0, count, 5000):
        services, locations, links, searches = [], [], [], []
        for n in range(start, min(start + 5000, count)):
            sid = str(uuid.uuid4())
            kind = TYPES[n % len(TYPES)]
            name = " ".join(rng.sample(WORDS, 3)).capitalize() + f" {n}"
            special = kind in ("maintained-school", "academy") and n % 7 == 0
            low = rng.randint(0, 18)
            services.append({"id": sid, "slug": f"bench-{n}", "organization_id": org_id, "name": name,
                             "description": name, "url": "", "email": "", "status": "active", "alert": "",
                             "eligibility_description": "", "application_process": "", "wait_time": "",
                             "minimum_age": low, "maximum_age": rng.randint(low, 25), "provider_type": kind,
                             "in_area": n % 5 != 0, "setting": "special" if special else None,
                             "s41_approved": False, "ehc_plan_required": False, "self_referral": True,
                             "professional_referral": False, "personal_budget": False, "assurer_email": "",
                             "version": 1})
            searches.append({"service_id": sid, "name": name, "body": name})
            if n % 10:
                lid = str(uuid.uuid4())
                locations.append({"id": lid, "slug": f"bench-venue-{n}", "location_type": "physical",
                                  "name": "", "description": "", "version": 1,
                                  "latitude": 52.5 + rng.uniform(-0.5, 0.5),
                                  "longitude": -1.9 + rng.uniform(-0.8, 0.8)})
                links.append({"id": str(uuid.uuid4()), "service_id": sid, "location_id": lid})
        for model, rows in ((Service, services), (Location, locations),
                            (ServiceAtLocation, links), (ServiceSearch, searches)):
            if rows:
                session.execute(insert(model.__table__), rows)
    nearby.refresh(session)  # their points, as a load or an import makes them
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("DELETE FROM service_fts"))
        session.execute(text("INSERT INTO service_fts (service_id, name, body) "
                             "SELECT service_id, name, body FROM servicesearch"))
    session.commit()
    if session.get_bind().dialect.name == "postgresql":
        # as autovacuum would after a load: index-only scans need the visibility map
        with session.get_bind().connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM ANALYZE"))


def bench(url: str, count: int, runs: int = RUNS) -> None:
    app = create_app({"DATABASE_URL": url})
    upgrade(app)
    with Session(app.extensions["engine"]) as session:
        loader.load(session, DEMO_DATA)
        generate(session, count)
        home = postcodes.locate(session, "MB1 5FL")
        queries = {
            "within 5 miles": Filters(near=home, miles=5),
            "special schools within 5 miles": Filters(setting="special", near=home, miles=5),
            "'speech' within 10 miles": Filters(q="speech", near=home, miles=10),
            "aged 5-10 within 1 mile, page 3": Filters(age="5-10", near=home, miles=1, page=3),
            "any distance, nearest first": Filters(near=home),
        }
        print(f"\n{url.split('?')[0]}  ({search_services(session, Filters()).total} services)")
        for label, f in queries.items():
            search_services(session, f)
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                found = search_services(session, f)
                times.append((time.perf_counter() - start) * 1000)
            times.sort()
            print(f"  {label:34} {found.total:6d} found  median {statistics.median(times):7.1f} ms"
                  f"  p95 {times[int(runs * .95)]:7.1f} ms")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--services", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--pg", help="a PostgreSQL URL to benchmark too (uses schema bench_nearby)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bench(f"sqlite:///{tmp}/bench.db", args.services, args.runs)
    if args.pg:
        with create_engine(database_url(args.pg), isolation_level="AUTOCOMMIT").connect() as c:
            c.execute(text("DROP SCHEMA IF EXISTS bench_nearby CASCADE"))
            c.execute(text("CREATE SCHEMA bench_nearby"))
        bench(f"{args.pg}?options=-csearch_path%3Dbench_nearby", args.services, args.runs)


if __name__ == "__main__":
    main()

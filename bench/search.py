"""Search time at the demo size, on SQLite and (when reachable) PostgreSQL.

Run: .venv/bin/python bench/search.py [--pg postgresql://postgres@127.0.0.1:5432/test]
Setup: a fresh database loaded with data/demo; each query is run 200 times after a
warm-up, and the median and 95th percentile per query are printed in milliseconds.
Timings depend on the machine: compare engines and changes in one run, as ratios.
"""
import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, text  # noqa: E402
from sqlmodel import Session  # noqa: E402

from pwa import create_app  # noqa: E402
from pwa.cli import DEMO_DATA, upgrade  # noqa: E402
from pwa.db import database_url  # noqa: E402
from pwa.queries import loader  # noqa: E402
from pwa.queries.search import Filters, search_services  # noqa: E402

QUERIES = [
    Filters(), Filters(q="speech therapy"), Filters(q="speec"), Filters(q="iotherap"),
    Filters(q="short breaks", age="11-15"), Filters(need="communication-interaction", free=True),
    Filters(q="autism", kind="leisure", area="in"),
]
RUNS = 200


def bench(url: str) -> None:
    app = create_app({"DATABASE_URL": url})
    upgrade(app)
    with Session(app.extensions["engine"]) as session:
        loader.load(session, DEMO_DATA)
        print(f"\n{url.split('?')[0]}  ({search_services(session, Filters()).total} services)")
        for f in QUERIES:
            search_services(session, f)
            times = []
            for _ in range(RUNS):
                start = time.perf_counter()
                search_services(session, f)
                times.append((time.perf_counter() - start) * 1000)
            times.sort()
            label = ", ".join(f"{k}={v!r}" for k, v in vars(f).items() if v and k != "page")
            print(f"  {label or 'no filters':45} median {statistics.median(times):6.2f} ms"
                  f"  p95 {times[int(RUNS * .95)]:6.2f} ms")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pg", help="a PostgreSQL URL to benchmark too (uses schema bench)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bench(f"sqlite:///{tmp}/bench.db")
    if args.pg:
        with create_engine(database_url(args.pg), isolation_level="AUTOCOMMIT").connect() as c:
            c.execute(text("DROP SCHEMA IF EXISTS bench CASCADE"))
            c.execute(text("CREATE SCHEMA bench"))
        bench(f"{args.pg}?options=-csearch_path%3Dbench")


if __name__ == "__main__":
    main()

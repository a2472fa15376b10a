"""Search at national scale: 1,000, 10,000 and 100,000 services, SQLite and PostgreSQL.

Run: .venv/bin/python bench/scale.py [--sizes 1000 10000 100000] [--pg postgresql://postgres@127.0.0.1:5432/test] [--runs 100]

The demo is loaded, then bench/generate.py adds services up to each size. Each search
runs as a request does: its own session and transaction, on a pooled connection (so
PostgreSQL sees the same statements, prepared or not, as the app does). Then the whole
results page, through the test client. Prints p50 and p95 in ms; compare within a run.
"""
import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlalchemy import create_engine, text  # noqa: E402
from sqlmodel import Session  # noqa: E402

from generate import generate  # noqa: E402
from pwa import create_app  # noqa: E402
from pwa.cli import DEMO_DATA, upgrade  # noqa: E402
from pwa.db import database_url  # noqa: E402
from pwa.queries import loader  # noqa: E402
from pwa.queries.search import Filters, search_services  # noqa: E402

QUERIES = {
    "no filters (count + first page)": Filters(),
    '"speech therapy"': Filters(q="speech therapy"),
    '"autism", kind leisure, in area': Filters(q="autism", kind="leisure", area="in"),
    "need communication-interaction, free only": Filters(need="communication-interaction", free=True),
    'substring fallback "iotherap"': Filters(q="iotherap"),
    "last page": Filters(page=10_000),
}
PAGES = {
    "results page /services": "/services",
    'results page /services?q=speech': "/services?q=speech",
    "results page /services?page=10000": "/services?page=10000",
}


def percentiles(times):
    times = sorted(times)
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * .95))]


def timed(fn, runs):
    fn()  # warm the caches
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return percentiles(out)


def bench(url, sizes, runs, table):
    app = create_app({"DATABASE_URL": url})
    upgrade(app)
    engine = app.extensions["engine"]
    with Session(engine) as session:
        loader.load(session, DEMO_DATA)
    engine_name = engine.dialect.name
    client = app.test_client()
    for size in sizes:
        start = time.perf_counter()
        with Session(engine) as session:
            generate(session, size)
        print(f"{engine_name} {size}: generated in {time.perf_counter() - start:.0f} s",
              file=sys.stderr)

        def request(f):
            with Session(engine) as session:
                search_services(session, f)
        for label, f in QUERIES.items():
            table.setdefault(label, {})[(engine_name, size)] = timed(lambda f=f: request(f), runs)
        for label, path in PAGES.items():
            table.setdefault(label, {})[(engine_name, size)] = timed(
                lambda path=path: client.get(path).close(), runs)
        print(f"{engine_name} {size}: timed", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--pg", help="a PostgreSQL URL to benchmark too (uses schema bench_scale)")
    parser.add_argument("--runs", type=int, default=100)
    args = parser.parse_args()
    table = {}
    with tempfile.TemporaryDirectory() as tmp:
        bench(f"sqlite:///{tmp}/scale.db", args.sizes, args.runs, table)
    columns = [("sqlite", s) for s in args.sizes]
    if args.pg:
        with create_engine(database_url(args.pg), isolation_level="AUTOCOMMIT").connect() as c:
            c.execute(text("DROP SCHEMA IF EXISTS bench_scale CASCADE"))
            c.execute(text("CREATE SCHEMA bench_scale"))
        bench(f"{args.pg}?options=-csearch_path%3Dbench_scale", args.sizes, args.runs, table)
        columns = [("postgresql", s) for s in args.sizes] + columns
    print("| p95 in ms (p50) | " + " | ".join(f"{e} {s:,}" for e, s in columns) + " |")
    print("|---|" + "---:|" * len(columns))
    for label, cells in table.items():
        print(f"| {label} | " + " | ".join(
            f"{cells[c][1]:.1f} ({cells[c][0]:.1f})" for c in columns) + " |")


if __name__ == "__main__":
    main()

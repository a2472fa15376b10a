"""Search at national scale: 1,000, 10,000 and 100,000 services, SQLite and PostgreSQL.

Run: .venv/bin/python bench/scale.py [--sizes 1000 10000 100000] [--runs 100]
     [--pg postgresql://postgres@127.0.0.1:5432/test] [--keep /tmp/search-bench]

The demo is loaded, then bench/generate.py adds services up to each size. With --keep,
each size has its own database (an SQLite file in that folder, a PostgreSQL schema
search_bench_<size>), made once and reused by later runs: generating 100,000 services
takes minutes, timing them seconds. Each search
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


def prepare(url, size=None):
    """An app on this database, brought to `size` services (the demo's when None)."""
    app = create_app({"DATABASE_URL": url})
    upgrade(app)
    engine = app.extensions["engine"]
    with Session(engine) as session:
        have = session.scalar(text("SELECT count(*) FROM service"))
        if not have:
            loader.load(session, DEMO_DATA)
        if size and have < size:
            start = time.perf_counter()
            if generate(session, size):
                print(f"{engine.dialect.name} {size}: generated in "
                      f"{time.perf_counter() - start:.0f} s", file=sys.stderr)
    return app


def bench(url, sizes, runs, table, keep=None):
    app = None if keep else prepare(url)
    for size in sizes:
        if keep:
            app = prepare(keep(size), size)
        else:
            with Session(app.extensions["engine"]) as session:
                generate(session, size)
        time_size(app, size, runs, table)


def time_size(app, size, runs, table):
    engine = app.extensions["engine"]
    engine_name = engine.dialect.name
    client = app.test_client()

    def request(f):
        with Session(engine) as session:
            search_services(session, f)
    for label, f in QUERIES.items():
        table.setdefault(label, {})[(engine_name, size)] = timed(lambda f=f: request(f), runs)
    for label, path in PAGES.items():
        table.setdefault(label, {})[(engine_name, size)] = timed(
            lambda path=path: client.get(path).close(), runs)
    print(f"{engine_name} {size}: timed", file=sys.stderr)
    engine.dispose()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--pg", help="a PostgreSQL URL to benchmark too (uses schema bench_scale)")
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--keep", help="a folder for the SQLite databases, kept between runs")
    parser.add_argument("--engines", nargs="+", default=["postgresql", "sqlite"])
    args = parser.parse_args()
    table = {}
    columns = []
    if args.pg and "postgresql" in args.engines:
        schemas = [f"search_bench_{s}" for s in args.sizes] if args.keep else ["bench_scale"]
        with create_engine(database_url(args.pg), isolation_level="AUTOCOMMIT").connect() as c:
            for schema in schemas:
                if not args.keep:
                    c.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
                c.execute(text(f"CREATE SCHEMA IF NOT EXISTS {schema}"))
        bench(f"{args.pg}?options=-csearch_path%3D{schemas[0]}", args.sizes, args.runs, table,
              args.keep and (lambda size: f"{args.pg}?options=-csearch_path%3Dsearch_bench_{size}"))
        columns += [("postgresql", s) for s in args.sizes]
    if "sqlite" in args.engines:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(args.keep or tmp)
            folder.mkdir(parents=True, exist_ok=True)
            bench(f"sqlite:///{tmp}/scale.db", args.sizes, args.runs, table,
                  args.keep and (lambda size: f"sqlite:///{folder}/scale-{size}.db"))
        columns += [("sqlite", s) for s in args.sizes]
    print("| p95 in ms (p50) | " + " | ".join(f"{e} {s:,}" for e, s in columns) + " |")
    print("|---|" + "---:|" * len(columns))
    for label, cells in table.items():
        print(f"| {label} | " + " | ".join(
            f"{cells[c][1]:.1f} ({cells[c][0]:.1f})" for c in columns) + " |")


if __name__ == "__main__":
    main()

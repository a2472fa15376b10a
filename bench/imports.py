"""Import speed (records a second) on SQLite and PostgreSQL, at the demo's size and at
10,000 records, and the API's response for a page of 50 services.

    .venv/bin/python bench/imports.py            # both engines, both sizes
    .venv/bin/python bench/imports.py --quick    # SQLite, demo size only

PostgreSQL: TEST_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/test), in a
schema of its own, dropped afterwards. A record is one organisation, venue or service.
"""
import json
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from sqlalchemy import create_engine, text  # noqa: E402
from sqlmodel import Session  # noqa: E402

import v1_feed  # noqa: E402
from pwa import create_app  # noqa: E402
from pwa.cli import DEMO_DATA, upgrade  # noqa: E402
from pwa.db import database_url  # noqa: E402
from pwa.queries import feeds, importing  # noqa: E402

POSTGRES = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
NEEDS = json.loads((DEMO_DATA / "needs.json").read_text(encoding="utf-8"))


def _app(url):
    app = create_app({"DATABASE_URL": url, "API_RATELIMIT": "1000000 per minute"})
    upgrade(app)
    with Session(app.extensions["engine"]) as s:
        importing.ensure_vocabularies(s, NEEDS)
        s.commit()
    return app


def _time_import(app, feed, source):
    with Session(app.extensions["engine"]) as s:
        start = time.perf_counter()
        summary = importing.apply(s, feed, source, today=date.today())
        took = time.perf_counter() - start
    done = sum(summary.created.values()) + sum(summary.updated.values()) + sum(summary.unchanged.values())
    return len(feed), took, (done + len(summary.rejected)) / took


def _api(app):
    client = app.test_client()
    client.get("/api/v3/services?per_page=50")  # warm
    times = []
    for _ in range(10):
        start = time.perf_counter()
        response = client.get("/api/v3/services?per_page=50", headers={"Accept-Encoding": "identity"})
        times.append(time.perf_counter() - start)
    gz = client.get("/api/v3/services?per_page=50", headers={"Accept-Encoding": "br"})
    return len(response.data), len(gz.data), sorted(times)[len(times) // 2] * 1000


def run(engine, url, sizes):
    demo = feeds.from_app_files(DEMO_DATA)
    for size in sizes:
        app = _app(url())
        if size == "demo":
            n, took, rate = _time_import(app, demo, "demo")
            print(f"{engine:10} demo   {n:6} records {took:7.1f} s {rate:7.0f} records/s")
            n, took, rate = _time_import(app, demo, "demo")
            print(f"{engine:10} again  {n:6} records {took:7.1f} s {rate:7.0f} records/s (all unchanged)")
            raw, compressed, ms = _api(app)
            print(f"{engine:10} API page of 50 services: {raw} bytes ({compressed} brotli), {ms:.1f} ms median")
        else:
            services = [s for page in v1_feed.pages(9900) for s in page["content"]]
            feed = feeds.from_v1(services)  # 9,900 services, 40 organisations, 60 venues
            n, took, rate = _time_import(app, feed, "big")
            print(f"{engine:10} 10k    {n:6} records {took:7.1f} s {rate:7.0f} records/s")
        app.extensions["engine"].dispose()


def main():
    quick = "--quick" in sys.argv
    sizes = ["demo"] if quick else ["demo", "10k"]
    with tempfile.TemporaryDirectory() as tmp:
        counter = iter(range(100))
        run("sqlite", lambda: f"sqlite:///{tmp}/bench{next(counter)}.db", sizes)
    if quick:
        return
    schema = f"bench_imports_{os.getpid()}"
    admin = create_engine(database_url(POSTGRES), isolation_level="AUTOCOMMIT")

    def fresh():
        with admin.connect() as conn:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
            conn.execute(text(f"CREATE SCHEMA {schema}"))
        return f"{POSTGRES}?options=-csearch_path%3D{schema}"
    try:
        run("postgresql", fresh, sizes)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        admin.dispose()


if __name__ == "__main__":
    main()

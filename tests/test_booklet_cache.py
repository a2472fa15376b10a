"""Booklet PDFs are made once per content version and kept on disk; a big one is made
in the background while the visitor is told to come back. The renderer is replaced
by a counter here: what is tested is when a PDF is made, not how (test_paper.py)."""
import os
import threading
import time

import pytest
from sqlmodel import Session

from pwa.models import Service
from pwa.models.editorial import Version
from pwa.models.translations import ContentTranslation
from pwa.paper import booklets
from pwa.queries import booklet as booklet_queries
from pwa.queries.search import Filters

TRAVEL = "/booklet.pdf?age=0-4&kind=travel"


@pytest.fixture
def made(app, monkeypatch, tmp_path):
    """The PDFs made, by the booklet HTML each was made from; each test has a cache of its own."""
    calls = []

    def fake(html, base_url, fetcher):
        calls.append(html)
        return b"%PDF-1.7 booklet " + str(len(calls)).encode()

    monkeypatch.setattr(booklets, "render_pdf", fake)
    monkeypatch.setitem(app.config, "BOOKLET_CACHE_DIR", str(tmp_path))
    return calls


def get(client, path, address, **kwargs):
    # each test its own address, so the per-visitor limit on PDFs never decides a test
    return client.get(path, environ_base={"REMOTE_ADDR": address}, **kwargs)


def test_the_second_request_is_served_from_disk_with_an_etag(client, made, tmp_path):
    first = get(client, TRAVEL, "10.1.0.1")
    assert first.status_code == 200 and first.mimetype == "application/pdf"
    assert first.data == b"%PDF-1.7 booklet 1" and first.headers["ETag"]
    assert "inline" in first.headers["Content-Disposition"]
    second = get(client, TRAVEL, "10.1.0.1")
    assert second.data == first.data and second.headers["ETag"] == first.headers["ETag"]
    assert len(made) == 1 and len(list(tmp_path.glob("*.pdf"))) == 1
    unchanged = get(client, TRAVEL, "10.1.0.1", headers={"If-None-Match": first.headers["ETag"]})
    assert unchanged.status_code == 304 and len(made) == 1


def test_an_edit_to_a_service_in_the_booklet_makes_a_new_one(app, client, made, tmp_path):
    first = get(client, TRAVEL, "10.1.0.2")
    with Session(app.extensions["engine"]) as db:
        service = booklet_queries.chosen(db, Filters(age="0-4", kind="travel"))[0]
        row = db.get(Service, service.id)
        row.last_modified = row.last_modified.replace(year=row.last_modified.year + 1)
        db.add(row)
        db.commit()
    second = get(client, TRAVEL, "10.1.0.2")
    assert len(made) == 2 and second.data == b"%PDF-1.7 booklet 2"
    assert second.headers["ETag"] != first.headers["ETag"]
    assert len(list(tmp_path.glob("*.pdf"))) == 1  # the old version is gone
    stale = get(client, TRAVEL, "10.1.0.2", headers={"If-None-Match": first.headers["ETag"]})
    assert stale.status_code == 200


def test_a_change_to_an_organisation_or_a_translation_in_it_makes_a_new_one(app, client, made):
    """What a booklet shows comes from more than the services' own rows: their
    organisations (an editor's save writes a version) and their translations."""
    get(client, "/pl" + TRAVEL, "10.1.0.6")
    with Session(app.extensions["engine"]) as db:
        service = booklet_queries.chosen(db, Filters(age="0-4", kind="travel"))[0]
        service_id = service.id
        saved = Version(resource_type="organization", resource_id=service.organization_id, number=99,
                        data="{}", action="edit")
        db.add(saved)
        db.commit()
        saved_id = saved.id
    get(client, "/pl" + TRAVEL, "10.1.0.6")
    assert len(made) == 2
    with Session(app.extensions["engine"]) as db:
        db.delete(db.get(Version, saved_id))
        translated = ContentTranslation(resource_type="service", resource_id=service_id, field="name",
                                        lang="pl", text="Nazwa po polsku")
        db.add(translated)
        db.commit()
        translated_id = translated.id
    get(client, "/pl" + TRAVEL, "10.1.0.6")
    assert len(made) == 3
    with Session(app.extensions["engine"]) as db:
        db.delete(db.get(ContentTranslation, translated_id))
        db.commit()


def test_each_language_and_easy_read_is_a_booklet_of_its_own(client, made):
    for path in (TRAVEL, "/pl" + TRAVEL, "/pl" + TRAVEL, TRAVEL + "&easy_read=1"):
        assert get(client, path, "10.1.0.3").status_code == 200
    assert len(made) == 3
    assert 'lang="pl"' in made[1] and "easy-read" in made[2]


def test_a_big_booklet_is_made_in_the_background_once(app, client, made, monkeypatch, page, tmp_path):
    monkeypatch.setitem(app.config, "BOOKLET_PDF_WAIT_SERVICES", 0)
    go = threading.Event()
    waiting = booklets.render_pdf

    def slow(*args):
        go.wait(10)
        return waiting(*args)

    monkeypatch.setattr(booklets, "render_pdf", slow)
    soup = page(TRAVEL, status=202, environ_base={"REMOTE_ADDR": "10.1.0.4"})
    assert soup.h1.get_text(strip=True) == "Your booklet is being prepared"
    assert soup.select_one(f"main a[href='{TRAVEL}']")
    assert soup.select_one("main a[href='/booklet?age=0-4&kind=travel']")
    again = get(client, TRAVEL, "10.1.0.4")  # while the first is still being made
    assert again.status_code == 202
    go.set()
    for _ in range(100):
        if list(tmp_path.glob("*.pdf")):
            break
        time.sleep(0.05)
    ready = get(client, TRAVEL, "10.1.0.4")
    assert ready.status_code == 200 and ready.data == b"%PDF-1.7 booklet 1"
    assert len(made) == 1 and not list(tmp_path.glob("*.lock"))


def test_a_lock_left_by_a_dead_process_does_not_stop_a_booklet(tmp_path):
    cache = booklets.Cache(tmp_path)
    lock = cache.path("abc-def").with_suffix(".lock")
    lock.touch()
    assert cache.start("abc-def", lambda: b"x") is False  # someone is making it
    old = time.time() - booklets.LOCK_STALE_SECONDS - 1
    os.utime(lock, (old, old))
    assert cache.start("abc-def", lambda: b"%PDF") is True
    booklets._queue.join()
    assert cache.get("abc-def").read_bytes() == b"%PDF" and not lock.exists()


def test_background_booklets_wait_in_a_short_queue(tmp_path):
    """One PDF at a time a process: past the queue's size a request is not queued (its
    lock is let go, so a later request can queue it)."""
    cache, go = booklets.Cache(tmp_path), threading.Event()
    queued = [cache.start(f"k{i}-v", lambda: go.wait(10) and b"%PDF") for i in range(booklets.QUEUE_SIZE + 3)]
    go.set()
    booklets._queue.join()
    # the worker takes the first at once, so one more than the queue holds fits
    assert queued.count(True) in (booklets.QUEUE_SIZE, booklets.QUEUE_SIZE + 1)
    assert len(list(tmp_path.glob("*.pdf"))) == queued.count(True) and not list(tmp_path.glob("*.lock"))


def test_build_booklets_makes_each_age_group_ahead_once(app, client, made, tmp_path):
    from pwa.queries.vocab import AGE_BANDS

    runner = app.test_cli_runner()
    result = runner.invoke(args=["build-booklets", "--language", "en"])
    assert result.exit_code == 0, result.output
    assert len(made) == len(AGE_BANDS) == len(list(tmp_path.glob("*.pdf")))
    assert runner.invoke(args=["build-booklets"]).exit_code == 0
    assert len(made) == len(AGE_BANDS)  # kept ones are not made again
    assert get(client, "/booklet.pdf?age=0-4", "10.1.0.5").status_code == 200 and len(made) == len(AGE_BANDS)
    assert app.config["BOOKLET_PDF_WAIT_SERVICES"] == 20  # put back for the pages
    refused = runner.invoke(args=["build-booklets", "--language", "xx"])
    assert refused.exit_code != 0 and "xx" in refused.output

"""Booklet PDFs kept on disk: making one takes WeasyPrint a minute or more for a big
booklet, so each is made once per content version and then served as a file.

A file's name is two hashes: what was asked for (language, display mode, choices)
and the version of the content (the services in it and their newest edit). A new
version replaces the old file of the same request. A big booklet is made in a
background thread (one a process, from a short queue), so no worker waits a minute
and the visitor gets a page saying to come back; a lock file stops two workers
making the same one."""
import hashlib
import json
import logging
import os
import queue
import threading
import time
from pathlib import Path

LOCK_STALE_SECONDS = 15 * 60  # a lock older than this was left by a process that died

log = logging.getLogger(__name__)


def render_pdf(html: str, base_url: str, fetcher) -> bytes:
    """The tagged PDF (PDF/UA-1) of a booklet page."""
    from weasyprint import HTML  # heavy: loaded only when a PDF is made

    return HTML(string=html, base_url=base_url, url_fetcher=fetcher).write_pdf(pdf_variant="pdf/ua-1")


def _hash(value) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True).encode()).hexdigest()[:24]


class Cache:
    def __init__(self, folder: Path | str):
        self.folder = Path(folder)

    def key(self, request: dict, version: str) -> str:
        return f"{_hash(request)}-{_hash(version)}"

    def path(self, key: str) -> Path:
        return self.folder / f"{key}.pdf"

    def get(self, key: str) -> Path | None:
        path = self.path(key)
        return path if path.exists() else None

    def put(self, key: str, pdf: bytes) -> Path:
        """Write atomically (a reader never sees half a file), then drop the older
        versions of the same request."""
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.path(key)
        part = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.part")
        part.write_bytes(pdf)
        os.replace(part, path)
        request = key.split("-")[0]
        for old in self.folder.glob(f"{request}-*.pdf"):
            if old != path:
                old.unlink(missing_ok=True)
        return path

    def building(self, key: str) -> bool:
        lock = self.path(key).with_suffix(".lock")
        try:
            return time.time() - lock.stat().st_mtime < LOCK_STALE_SECONDS
        except FileNotFoundError:
            return False

    def start(self, key: str, make) -> bool:
        """Queue the PDF to be made in the background, unless it (in any worker) already
        is; False when it is, or when the queue is full (the visitor's next try asks
        again). One PDF at a time a process: a crawler asking for every combination
        queues a few, never starts a few hundred."""
        self.folder.mkdir(parents=True, exist_ok=True)
        lock = self.path(key).with_suffix(".lock")
        if lock.exists() and not self.building(key):
            lock.unlink(missing_ok=True)  # stale
        try:
            os.close(os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        except FileExistsError:
            return False
        try:
            _queue.put_nowait((self, key, make, lock))
        except queue.Full:
            lock.unlink(missing_ok=True)
            return False
        _ensure_worker()
        return True


QUEUE_SIZE = 8
_queue: queue.Queue = queue.Queue(maxsize=QUEUE_SIZE)
_worker: threading.Thread | None = None
_worker_started = threading.Lock()


def _ensure_worker() -> None:
    global _worker
    with _worker_started:
        if _worker is None or not _worker.is_alive():
            _worker = threading.Thread(target=_work, name="booklet-pdfs", daemon=True)
            _worker.start()


def _work() -> None:
    while True:
        cache, key, make, lock = _queue.get()
        try:
            cache.put(key, make())
        except Exception:  # noqa: BLE001 (logged; the next request tries again)
            log.exception("booklet PDF %s failed", key)
        finally:
            lock.unlink(missing_ok=True)
            _queue.task_done()

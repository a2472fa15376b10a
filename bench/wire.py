"""What a phone pays, counted at the socket: the app behind a counting relay, and a
fresh headless Chromium (its own profile, so no HTTP cache and no service worker).

Run: .venv/bin/python bench/wire.py [--lang ar] [--https] [--json]
For home, search results and a service page, in English and Arabic: the bytes the
server sent on a first visit (everything: page, CSS, JavaScript, manifest, icons), on
a second page view reached by a link (the service worker installs then), and on a
later visit; each request goes to stderr. Compile the catalogues first
(`.venv/bin/pybabel compile -d locales`), or Arabic pages are in English.

Everything goes through the relay (a TCP proxy on a free local port), so requests the
service worker makes are counted too: DevTools' own counters miss those.
"""
import argparse
import json
import re
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "a11y_tests"))

from sqlmodel import Session  # noqa: E402

from browser import CHROME_FLAGS, CHROMEDRIVER, CHROMIUM  # noqa: E402
from pwa import create_app  # noqa: E402
from pwa.cli import DEMO_DATA, upgrade  # noqa: E402
from pwa.queries import loader  # noqa: E402

PHONE = {"deviceMetrics": {"width": 412, "height": 915, "pixelRatio": 2.625},
         "userAgent": "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 "
                      "(KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36"}
REQUEST_LINE = re.compile(rb"(GET|POST|HEAD) (\S+) HTTP/1\.[01]\r\n")


class Relay:
    """A TCP proxy that counts every byte each way, and notes each request line."""

    def __init__(self, upstream_port: int):
        self.upstream = ("127.0.0.1", upstream_port)
        self.lock = threading.Lock()
        self.down = self.up = 0
        self.requests: list[str] = []
        self.last = time.monotonic()
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def reset(self):
        with self.lock:
            self.down = self.up = 0
            self.requests = []

    def _accept(self):
        while True:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            server = socket.create_connection(self.upstream)
            threading.Thread(target=self._pump, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False), daemon=True).start()

    def _pump(self, src, dst, upward):
        try:
            while data := src.recv(65536):
                with self.lock:
                    self.last = time.monotonic()
                    if upward:
                        self.up += len(data)
                        self.requests += [m.group(2).decode() for m in REQUEST_LINE.finditer(data)]
                    else:
                        self.down += len(data)
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def quiet(self, seconds=1.5, limit=20.0):
        """Wait until nothing has crossed the relay for `seconds`."""
        end = time.monotonic() + limit
        while time.monotonic() < end:
            time.sleep(0.1)
            if time.monotonic() - self.last > seconds:
                return


def demo_app(url=None, **config):
    """The app on a fresh SQLite file with the demo Local Offer."""
    tmp = tempfile.mkdtemp()
    app = create_app({"DATABASE_URL": url or f"sqlite:///{tmp}/bench.db", **config})
    upgrade(app)
    with Session(app.extensions["engine"]) as session:
        loader.load(session, DEMO_DATA)
    return app


def serve(app, https=False):
    """The app on a free local port (threaded werkzeug); returns the port. With https, a
    throwaway self-signed certificate (browsers ask for brotli only over HTTPS)."""
    from werkzeug.serving import WSGIRequestHandler, make_server
    import logging
    import subprocess
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    context = None
    if https:
        tmp = tempfile.mkdtemp()
        context = (f"{tmp}/cert.pem", f"{tmp}/key.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
                        context[1], "-out", context[0], "-days", "1", "-subj", "/CN=localhost"],
                       check=True, capture_output=True)
    class KeepAlive(WSGIRequestHandler):
        protocol_version = "HTTP/1.1"  # one connection (one TLS handshake) for many requests

    server = make_server("127.0.0.1", 0, app, threaded=True, ssl_context=context,
                         request_handler=KeepAlive)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server.server_port


def phone(profile: str, extra_flags=()):
    """A fresh headless Chromium emulating a phone, with its own empty profile."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in [*CHROME_FLAGS, f"--user-data-dir={profile}", *extra_flags]:
        opts.add_argument(flag)
    opts.add_experimental_option("mobileEmulation", PHONE)
    return webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=opts)


def pages(app) -> dict[str, str]:
    with app.app_context():
        from sqlmodel import select
        from pwa.models import Service
        with Session(app.extensions["engine"]) as s:
            slug = s.exec(select(Service.slug).where(Service.status == "active")
                          .order_by(Service.slug)).first()
    return {"home": "/", "search results": "/services?q=speech", "service": f"/services/{slug}"}


def visit(driver, relay, url, by_link=False):
    relay.reset()
    if by_link:  # as if following a link: the referrer is this site
        driver.execute_script("location.href = arguments[0]", url)
    else:
        driver.get(url)
    relay.quiet()
    with relay.lock:
        return relay.down, list(relay.requests)


def measure(langs=("en", "ar"), https=False):
    app = demo_app(SESSION_COOKIE_SECURE=False)
    relay = Relay(serve(app, https))
    base = f"https://localhost:{relay.port}" if https else f"http://127.0.0.1:{relay.port}"
    rows = []
    for lang in langs:
        prefix = "" if lang == "en" else f"/{lang}"
        for name, path in pages(app).items():
            with tempfile.TemporaryDirectory() as profile:
                driver = phone(profile, ["--ignore-certificate-errors"] if https else [])
                try:
                    first, first_requests = visit(driver, relay, base + prefix + path)
                    second, second_requests = visit(driver, relay, base + prefix + path, True)
                    visit(driver, relay, base + prefix + path)  # the manifest, once
                    again, again_requests = visit(driver, relay, base + prefix + path)
                finally:
                    driver.quit()
            rows.append({"page": name, "lang": lang, "path": prefix + path,
                         "first": first, "first_requests": first_requests,
                         "second": second, "second_requests": second_requests,
                         "repeat": again, "repeat_requests": again_requests})
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", action="append", help="en, ar (default: both)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--https", action="store_true", help="TLS, so brotli (bytes include TLS)")
    args = parser.parse_args()
    rows = measure(tuple(args.lang or ("en", "ar")), args.https)
    if args.json:
        print(json.dumps(rows, indent=1))
        return
    print("| page | language | first visit | second page view | later visits |")
    print("|---|---|---:|---:|---:|")
    for r in rows:
        print(f"| {r['page']} | {r['lang']} | {r['first'] / 1000:.1f} KB | "
              f"{r['second'] / 1000:.1f} KB | {r['repeat'] / 1000:.1f} KB |")
    for r in rows:
        for visit in ("first", "second", "repeat"):
            print(f"{r['path']} {visit}: {' '.join(r[visit + '_requests'])}", file=sys.stderr)


if __name__ == "__main__":
    main()

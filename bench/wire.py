"""What a phone pays, counted at the socket: the app behind a counting relay, and a
fresh headless Chromium (its own profile, so no HTTP cache and no service worker).

Run: .venv/bin/python bench/wire.py [--lang ar] [--https] [--json]
For home, search results and a service page, in English and Arabic: the bytes the
server sent on a first visit (everything: page, CSS, JavaScript, manifest, icons), on
a second page view reached by a link (the service worker installs then), and on a
later visit; each request goes to stderr (over --https the relay sees only encrypted
bytes, so only the responses the page received are listed). Compile the catalogues first
(`.venv/bin/pybabel compile -d locales`), or Arabic pages are in English.

Everything goes through the relay (a TCP proxy on a free local port), so requests the
service worker makes are counted too: DevTools' own counters miss those.

The Content-Encoding of every response the page received is logged too, from DevTools'
record of the response headers. Chromium asks localhost and 127.0.0.1 for brotli even
over plain HTTP (they count as secure origins), so both runs are brotli; with --https
the run stops if a page, script or stylesheet came without it. With --https the app
is served over HTTP/2 (Hypercorn), as a deployment's TLS proxy serves it. A phone on a plain-HTTP
site that is not localhost would get gzip: tests/test_budgets.py counts that case.
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
from urllib.parse import urlsplit

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
        self.down = self.up = self.connections = 0
        self.requests: list[str] = []
        self.last = time.monotonic()
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def reset(self):
        with self.lock:
            self.down = self.up = self.connections = 0
            self.requests = []

    def _accept(self):
        while True:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            server = socket.create_connection(self.upstream)
            with self.lock:
                self.connections += 1  # over TLS, each one costs a handshake
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
    """The app on a free local port; returns the port and the flags Chromium needs for it.

    Plain HTTP: threaded werkzeug, HTTP/1.1 with keep-alive. HTTPS: as deployed, where
    the proxy in front (nginx, a load balancer) ends TLS and speaks HTTP/2 to browsers:
    Hypercorn with HTTP/2, so the page and everything it loads share one connection and
    one TLS handshake (HTTP/1.1 opens four or five, each with its own handshake).
    The certificate is a throwaway self-signed one that Chromium is told to trust by its
    key (--ignore-certificate-errors-spki-list), not one whose errors it ignores: with
    --ignore-certificate-errors it keeps nothing in its HTTP cache and registers no
    service worker, so later visits would fetch everything again."""
    import logging
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    if https:
        return _serve_http2(app)
    from werkzeug.serving import WSGIRequestHandler, make_server

    class KeepAlive(WSGIRequestHandler):
        protocol_version = "HTTP/1.1"  # one connection for many requests

    server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=KeepAlive)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server.server_port, []


def _serve_http2(app):
    import asyncio

    from hypercorn.asyncio import serve as hypercorn_serve
    from hypercorn.config import Config
    (cert, key), flags = certificate()
    port = free_port()
    config = Config()
    config.bind = [f"127.0.0.1:{port}"]
    config.certfile, config.keyfile = cert, key
    config.alpn_protocols = ["h2", "http/1.1"]
    config.accesslog = config.errorlog = None
    config.wsgi_max_body_size = 1 << 20

    async def forever():  # a shutdown trigger, so Hypercorn sets no signal handlers
        await asyncio.Event().wait()  # (only the main thread may)

    threading.Thread(target=lambda: asyncio.run(
        hypercorn_serve(_never_empty(app), config, shutdown_trigger=forever, mode="wsgi")), daemon=True).start()
    wait_listening(port, "Hypercorn")
    return port, flags


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_listening(port: int, server: str, seconds: float = 20.0) -> None:
    """Until something accepts connections on the port (a server started beside us)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{server} did not start")


def _never_empty(app):
    """Hypercorn's WSGI adapter starts a response with the first chunk of its body, so a
    response with no body (a 304) is never started and ends as a 500: give it one
    empty chunk."""
    def middleware(environ, start_response):
        body = app(environ, start_response)
        try:
            chunks = list(body)
        finally:
            if hasattr(body, "close"):
                body.close()
        return chunks or [b""]
    return middleware


def certificate():
    """A self-signed certificate for localhost, and the flag that makes Chromium trust
    its public key (the SHA-256 of the key, base64, as WebPageReplay does)."""
    import subprocess
    tmp = tempfile.mkdtemp()
    cert, key = f"{tmp}/cert.pem", f"{tmp}/key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key,
                    "-out", cert, "-days", "1", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost"], check=True, capture_output=True)
    spki = subprocess.run(
        f"openssl x509 -in {cert} -pubkey -noout | openssl pkey -pubin -outform der"
        " | openssl dgst -sha256 -binary | base64", shell=True, check=True,
        capture_output=True, text=True).stdout.strip()
    return (cert, key), [f"--ignore-certificate-errors-spki-list={spki}"]


def phone(profile: str, extra_flags=()):
    """A fresh headless Chromium emulating a phone, with its own empty profile."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in [*CHROME_FLAGS, f"--user-data-dir={profile}", *extra_flags]:
        opts.add_argument(flag)
    opts.add_experimental_option("mobileEmulation", PHONE)
    # DevTools' network events, so encodings() can read the headers each response had
    opts.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    opts.add_experimental_option("perfLoggingPrefs", {"enableNetwork": True, "enablePage": False})
    return webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=opts)


COMPRESSED = ("text/html", "text/javascript", "application/javascript", "text/css")


def encodings(driver) -> list[tuple[str, int, str, str, str]]:
    """(path, status, MIME type, Content-Encoding, where from) of each response the page
    received since the last call: the headers as the browser got them, so what was
    negotiated. Where from: the network, the HTTP cache, or the service worker."""
    found = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] != "Network.responseReceived":
            continue
        response = message["params"]["response"]
        if response["url"].startswith(("http://", "https://")):
            headers = {k.lower(): v for k, v in response["headers"].items()}
            source = ("worker" if response.get("fromServiceWorker") else
                      "cache" if response.get("fromDiskCache") or response.get("fromPrefetchCache")
                      else "network")
            found.append((urlsplit(response["url"]).path, response["status"], response["mimeType"],
                          headers.get("content-encoding", "identity"), source))
    return found


def require_brotli(found, where: str):
    """Stop the run if a page, script or stylesheet arrived without brotli."""
    plain = [f"{path} ({encoding})" for path, status, mime, encoding, _source in found
             if status == 200 and mime in COMPRESSED and encoding != "br"]
    if plain:
        raise SystemExit(f"{where}: not brotli: {', '.join(plain)}")


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
    encodings(driver)  # forget the responses before this visit
    if by_link:  # as if following a link: the referrer is this site
        driver.execute_script("location.href = arguments[0]", url)
    else:
        driver.get(url)
    relay.quiet()
    with relay.lock:
        down, requests, connections = relay.down, list(relay.requests), relay.connections
    return down, requests, encodings(driver), connections


def measure(langs=("en", "ar"), https=False):
    app = demo_app(SESSION_COOKIE_SECURE=False)
    port, flags = serve(app, https)
    relay = Relay(port)
    base = f"https://localhost:{relay.port}" if https else f"http://127.0.0.1:{relay.port}"
    rows = []
    for lang in langs:
        prefix = "" if lang == "en" else f"/{lang}"
        for name, path in pages(app).items():
            with tempfile.TemporaryDirectory() as profile:
                driver = phone(profile, flags)
                try:
                    first = visit(driver, relay, base + prefix + path)
                    second = visit(driver, relay, base + prefix + path, True)
                    visit(driver, relay, base + prefix + path)  # the manifest, once
                    again = visit(driver, relay, base + prefix + path)
                finally:
                    driver.quit()
            row = {"page": name, "lang": lang, "path": prefix + path}
            for key, (down, requests, received, connections) in (("first", first), ("second", second),
                                                                 ("repeat", again)):
                row.update({key: down, f"{key}_requests": requests, f"{key}_encodings": received,
                            f"{key}_connections": connections})
                if https:
                    require_brotli(received, f"{prefix + path} {key}")
            rows.append(row)
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", action="append", help="en, ar (default: both)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--https", action="store_true",
                        help="TLS and HTTP/2 (bytes include them); stops if anything came without brotli")
    args = parser.parse_args()
    rows = measure(tuple(args.lang or ("en", "ar")), args.https)
    if args.json:
        print(json.dumps(rows, indent=1))
        return
    print("| page | language | first visit | second page view | later visits | encoding | connections |")
    print("|---|---|---:|---:|---:|---|---|")
    for r in rows:
        used = {encoding for key in ("first", "second", "repeat")
                for _path, status, mime, encoding, _source in r[f"{key}_encodings"]
                if status == 200 and mime in COMPRESSED}
        print(f"| {r['page']} | {r['lang']} | {r['first'] / 1000:.1f} KB | "
              f"{r['second'] / 1000:.1f} KB | {r['repeat'] / 1000:.1f} KB | {', '.join(sorted(used))} | "
              f"{r['first_connections']} / {r['second_connections']} / {r['repeat_connections']} |")
    for r in rows:
        for visit in ("first", "second", "repeat"):
            print(f"{r['path']} {visit}: {' '.join(r[visit + '_requests'])}", file=sys.stderr)
            received = " ".join(f"{path} {status} {encoding} ({source})"
                                for path, status, _mime, encoding, source in r[visit + "_encodings"])
            print(f"  Content-Encoding received: {received}", file=sys.stderr)


if __name__ == "__main__":
    main()

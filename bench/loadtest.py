"""Per-visitor rate limits under load: several gunicorn workers behind a local proxy,
limits counted in Redis.

    .venv/bin/python bench/loadtest.py [--workers 3] [--noisy 60] [--quiet 5]

It starts the production command's server (gunicorn on pwa.wsgi:app, --preload, with
LOCAL_OFFER_PROXY_COUNT=1 and LOCAL_OFFER_RATELIMIT_STORAGE_URI=redis://...) on a fresh
SQLite file, and in front of it a small reverse proxy that does what a council's TLS
proxy does: it appends the connecting address to X-Forwarded-For. Two visitors connect
to the proxy from different loopback addresses (127.0.0.2 and 127.0.0.3). The noisy one
sends many easy read checks at once from several threads; the quiet one sends a few.
The noisy visitor must get exactly the limit's number of answers across all workers
(the count is shared in Redis), the rest 429; the quiet visitor is never limited.

Only loopback addresses are used; every loop is bounded. tests/test_load.py runs a
small version of it in the test suite.
"""
import argparse
import http.client
import os
import re
import socket
import subprocess
import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
HOST = "localoffer.test"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Proxy(ThreadingHTTPServer):
    """A reverse proxy for one upstream that adds X-Forwarded-For, as nginx's
    proxy_add_x_forwarded_for does."""
    daemon_threads = True

    def __init__(self, upstream_port):
        self.upstream_port = upstream_port
        super().__init__(("127.0.0.1", 0), _ProxyHandler)


class _ProxyHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def log_message(self, *_args):  # quiet
        pass

    def _forward(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("connection", "x-forwarded-for")}
        forwarded = self.headers.get("X-Forwarded-For")  # kept, with the real peer appended
        headers["X-Forwarded-For"] = f"{forwarded}, {self.client_address[0]}" if forwarded else self.client_address[0]
        headers["X-Forwarded-Proto"] = "https"
        upstream = http.client.HTTPConnection("127.0.0.1", self.server.upstream_port, timeout=30)
        try:
            upstream.request(self.command, self.path, body=body, headers=headers)
            response = upstream.getresponse()
            data = response.read()
        finally:
            upstream.close()
        self.send_response(response.status)
        for name, value in response.getheaders():
            if name.lower() not in ("connection", "transfer-encoding", "content-length"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = _forward


class Visitor:
    """A browser at one loopback address: keeps its session cookie, sends the form's token."""

    def __init__(self, address, port):
        self.address, self.port, self.cookie, self.token = address, port, "", ""

    def request(self, method, path, body=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30,
                                          source_address=(self.address, 0))
        headers = {"Host": HOST}
        if self.cookie:
            headers["Cookie"] = self.cookie
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            # On HTTPS, Flask-WTF wants the same-site Referer that browsers send.
            headers["Referer"] = f"https://{HOST}{path}"
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            data = response.read().decode("utf-8", "replace")
        finally:
            conn.close()
        jar = dict(part.split("=", 1) for part in self.cookie.split("; ") if "=" in part)
        for cookie in response.headers.get_all("Set-Cookie") or ():
            name, _, value = cookie.split(";", 1)[0].partition("=")
            jar[name] = value
        self.cookie = "; ".join(f"{k}={v}" for k, v in jar.items())
        return response.status, data

    def open_checker(self):
        status, page = self.request("GET", "/easy-read-checker")
        assert status == 200, status
        self.token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"|'
                               r'name="csrf_token" value="([^"]+)"', page).group(1, 2)
        self.token = next(t for t in self.token if t)

    def check(self):
        body = f"csrf_token={self.token}&what=A+park+for+children."
        return self.request("POST", "/easy-read-checker", body)[0]


class Stack:
    """gunicorn (the production command's settings) and the proxy, on a fresh database."""

    def __init__(self, workdir: Path, workers=2, limit="5 per minute"):
        self.workdir, self.workers, self.limit = workdir, workers, limit
        self.prefix = f"loadtest-{uuid.uuid4().hex[:8]}"

    def environment(self, database):
        return {**os.environ, "PYTHONPATH": str(ROOT), "DATABASE_URL": f"sqlite:///{database}",
                "LOCAL_OFFER_SECRET_KEY": uuid.uuid4().hex * 2,
                "LOCAL_OFFER_PUBLIC_URL": f"https://{HOST}", "LOCAL_OFFER_TRUSTED_HOSTS": HOST,
                "LOCAL_OFFER_PROXY_COUNT": "1", "LOCAL_OFFER_SESSION_COOKIE_SECURE": "false",
                "LOCAL_OFFER_RATELIMIT_STORAGE_URI": REDIS_URL,
                "LOCAL_OFFER_RATELIMIT_KEY_PREFIX": self.prefix,
                "LOCAL_OFFER_EASY_READ_CHECK_LIMIT": self.limit}

    def __enter__(self):
        database = self.workdir / "load.db"
        env = self.environment(database)
        python = sys.executable
        subprocess.run([python, "-m", "flask", "--app", "pwa", "init-db"], cwd=ROOT, env=env,
                       check=True, capture_output=True)
        self.port = free_port()
        self.log = open(self.workdir / "gunicorn.log", "w")
        self.server = subprocess.Popen(
            [python, "-m", "gunicorn", "--preload", "--workers", str(self.workers), "--threads", "2",
             "--bind", f"127.0.0.1:{self.port}", "--forwarded-allow-ips", "", "--no-control-socket",
             "pwa.wsgi:app"], cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        self._wait_until_up()
        self.proxy = Proxy(self.port)
        threading.Thread(target=self.proxy.serve_forever, daemon=True).start()
        self.proxy_port = self.proxy.server_address[1]
        return self

    def _wait_until_up(self, seconds=60):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.server.poll() is not None:
                raise RuntimeError((self.workdir / "gunicorn.log").read_text())
            conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
            try:
                conn.request("GET", "/healthz", headers={"Host": HOST})
                response = conn.getresponse()
                response.read()
                if response.status == 200:
                    return
            except OSError:
                time.sleep(0.1)
            finally:
                conn.close()
        raise RuntimeError("gunicorn did not start")

    def __exit__(self, *_exc):
        self.proxy.shutdown()
        self.proxy.server_close()
        self.server.terminate()
        try:
            self.server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.server.kill()
            self.server.wait()
        self.log.close()
        _forget(self.prefix)


def _forget(prefix):
    """Remove this run's counters from Redis."""
    try:
        import redis
        client = redis.Redis.from_url(REDIS_URL)
        for key in client.scan_iter(f"{prefix}*", count=500):
            client.delete(key)
        client.close()
    except Exception:  # noqa: BLE001 (counters expire by themselves anyway)
        pass


def run(stack: Stack, noisy_requests: int, quiet_requests: int, threads: int = 4) -> dict:
    """Both visitors' status codes, and the time taken."""
    noisy = Visitor("127.0.0.2", stack.proxy_port)
    quiet = Visitor("127.0.0.3", stack.proxy_port)
    noisy.open_checker()
    quiet.open_checker()
    started = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        noisy_statuses = list(pool.map(lambda _: noisy.check(), range(noisy_requests)))
    quiet_statuses = [quiet.check() for _ in range(quiet_requests)]
    return {"noisy": noisy_statuses, "quiet": quiet_statuses,
            "seconds": time.perf_counter() - started}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--limit", type=int, default=20, help="checks a minute per visitor")
    parser.add_argument("--noisy", type=int, default=60)
    parser.add_argument("--quiet", type=int, default=5)
    args = parser.parse_args()
    import tempfile
    with tempfile.TemporaryDirectory() as workdir, \
            Stack(Path(workdir), args.workers, f"{args.limit} per minute") as stack:
        result = run(stack, args.noisy, args.quiet)
    noisy, quiet = result["noisy"], result["quiet"]
    print(f"{args.workers} workers behind a proxy, limits in Redis, {args.limit} checks a minute:")
    print(f"  noisy visitor 127.0.0.2: {noisy.count(200)} answered, {noisy.count(429)} limited (429)")
    print(f"  quiet visitor 127.0.0.3: {quiet.count(200)} answered, {quiet.count(429)} limited (429)")
    print(f"  {len(noisy) + len(quiet)} requests in {result['seconds']:.1f}s")
    ok = noisy.count(200) == args.limit and quiet.count(200) == len(quiet)
    print("  per-visitor limiting works" if ok else f"  PROBLEM: limits are not per visitor: {noisy} {quiet}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()

"""Load test: the app under gunicorn, home, search and service pages at 10, 50 and 200
concurrent connections; and a soak (--soak 600: ten minutes at 50 connections) that
reports errors and the workers' memory at the start and the end.

Run: .venv/bin/python bench/load.py [--workers 2] [--seconds 20] [--soak 600]
Traffic goes only to 127.0.0.1. The client is asyncio in this process, with HTTP/1.1
keep-alive connections; on a small machine it shares the cores with the server, so
read the figures as a lower bound and compare them within one run.
"""
import argparse
import asyncio
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

PATHS = ["/", "/services?q=speech", "/services/ability-football", "/services",
         "/ar/", "/services?q=autism&kind=leisure"]


def start_server(workers: int, database: str):
    from wire import free_port, wait_listening
    port = free_port()
    env = {**os.environ, "DATABASE_URL": database, "LOCAL_OFFER_SESSION_COOKIE_SECURE": "false"}
    proc = subprocess.Popen(
        [str(ROOT / ".venv/bin/gunicorn"), "--workers", str(workers), "--threads", "4",
         "--bind", f"127.0.0.1:{port}", "--log-level", "warning", "pwa:create_app()"],
        cwd=ROOT, env=env)
    wait_listening(port, "gunicorn", seconds=60)
    return proc, port


def rss_kb(pid: int) -> int:
    """The resident memory of the server: the master and every worker."""
    out = subprocess.run(["ps", "-o", "rss=", "--ppid", str(pid), "-p", str(pid)],
                         capture_output=True, text=True).stdout
    return sum(int(x) for x in out.split())


async def connection(port, deadline, latencies, errors, offset):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    i = offset
    while time.monotonic() < deadline:
        path = PATHS[i % len(PATHS)]
        i += 1
        start = time.perf_counter()
        writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: br, gzip\r\n\r\n".encode())
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head.split(b" ", 2)[1])
            length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n")
                          if line.lower().startswith(b"content-length:"))
            await reader.readexactly(length)
        except (asyncio.IncompleteReadError, ConnectionError, StopIteration, ValueError):
            errors.append(path)
            writer.close()
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            continue
        latencies.append((time.perf_counter() - start) * 1000)
        if status != 200:
            errors.append(f"{status} {path}")
    writer.close()


async def run(port, connections, seconds):
    latencies, errors = [], []
    deadline = time.monotonic() + seconds
    await asyncio.gather(*(connection(port, deadline, latencies, errors, n)
                           for n in range(connections)))
    return latencies, errors


def summary(latencies, errors, seconds):
    latencies.sort()
    pick = lambda q: latencies[min(len(latencies) - 1, int(len(latencies) * q))]  # noqa: E731
    return (f"{len(latencies) / seconds:7.1f} req/s | {pick(.5):6.1f} | {pick(.95):6.1f} | "
            f"{pick(.99):6.1f} | {len(errors)}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--soak", type=int, default=0, help="seconds at 50 connections")
    parser.add_argument("--connections", type=int, nargs="+", default=[10, 50, 200])
    args = parser.parse_args()
    from wire import demo_app
    tmp = tempfile.mkdtemp()
    database = f"sqlite:///{tmp}/load.db"
    demo_app(database).extensions["engine"].dispose()
    proc, port = start_server(args.workers, database)
    try:
        asyncio.run(run(port, 10, 5))  # warm up every worker
        print(f"gunicorn, {args.workers} workers × 4 threads, SQLite; pages: {' '.join(PATHS)}")
        print("| connections | throughput | p50 ms | p95 ms | p99 ms | errors |")
        print("|---:|---:|---:|---:|---:|---:|")
        for n in args.connections:
            latencies, errors = asyncio.run(run(port, n, args.seconds))
            print(f"| {n} | {summary(latencies, errors, args.seconds)} |", flush=True)
        if args.soak:
            before = rss_kb(proc.pid)
            latencies, errors = asyncio.run(run(port, 50, args.soak))
            after = rss_kb(proc.pid)
            print(f"\nsoak {args.soak} s at 50 connections: {summary(latencies, errors, args.soak)}")
            print(f"memory (master + workers): {before / 1024:.1f} MB after warm-up, "
                  f"{after / 1024:.1f} MB at the end ({(after - before) / before:+.1%})")
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)


if __name__ == "__main__":
    main()

"""First contentful paint on DevTools' "3G" (2 s round trip, 400 kbit/s down, CPU 4×
slower), against the physical floor: one round trip plus the page's bytes at that speed.

Run: .venv/bin/python bench/paint.py [--https]
A fresh headless Chromium (its own profile: a first visit) per page; home, search
results and a service page, in English and Arabic, standard and easy read. With
--https the app is served over TLS and HTTP/2 (a throwaway self-signed certificate;
Hypercorn, see bench/wire.py), as a deployment's proxy serves it. The page's
Content-Encoding, as the browser received it, is in the table: Chromium asks localhost
for brotli over plain HTTP too, and with --https the run stops if the page, a script
or the stylesheet came without it.
"""
import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from wire import demo_app, encodings, pages, phone, require_brotli, serve  # noqa: E402

LATENCY_MS, DOWN_BPS = 2000, 50_000  # DevTools "3G": 400 kbit/s
THREE_G = {"offline": False, "latency": LATENCY_MS, "downloadThroughput": DOWN_BPS,
           "uploadThroughput": DOWN_BPS}
# first-contentful-paint can arrive after load: wait for it (buffered observer)
TIMING_JS = """
const done = arguments[arguments.length - 1];
const read = () => { const n = performance.getEntriesByType('navigation')[0];
  const f = performance.getEntriesByName('first-contentful-paint')[0];
  return {fcp: f ? f.startTime : null, bytes: n.transferSize, load: n.loadEventEnd}; };
if (performance.getEntriesByName('first-contentful-paint').length) { done(read()); }
else { new PerformanceObserver(() => done(read())).observe({type: 'paint', buffered: true});
       setTimeout(() => done(read()), 10000); }
"""


def first_paint(url: str, flags: list[str], https: bool) -> dict:
    with tempfile.TemporaryDirectory() as profile:
        driver = phone(profile, flags)
        try:
            driver.execute_cdp_cmd("Network.enable", {})  # before emulating, or only the page is slowed
            driver.execute_cdp_cmd("Network.emulateNetworkConditions", THREE_G)
            driver.execute_cdp_cmd("Emulation.setCPUThrottlingRate", {"rate": 4})
            driver.set_page_load_timeout(120)
            driver.get(url)
            driver.set_script_timeout(30)
            timing = driver.execute_async_script(TIMING_JS)
            received = encodings(driver)
        finally:
            driver.quit()
    if https:
        require_brotli(received, url)
    page = next((encoding for _path, _status, mime, encoding, _source in received
                 if mime == "text/html"), "?")
    floor = LATENCY_MS + timing["bytes"] * 1000 / DOWN_BPS
    return {**timing, "floor": floor, "ratio": timing["fcp"] / floor, "encoding": page}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--https", action="store_true")
    args = parser.parse_args()
    app = demo_app(SESSION_COOKIE_SECURE=False)
    port, flags = serve(app, args.https)
    base = f"{'https' if args.https else 'http'}://localhost:{port}"
    print("| page | language | mode | encoding | HTML bytes | floor | FCP | ratio |")
    print("|---|---|---|---|---:|---:|---:|---:|")
    for lang in ("en", "ar"):
        for name, path in pages(app).items():
            for mode, query in (("standard", ""), ("easy read", "easy_read=1")):
                url = base + ("" if lang == "en" else f"/{lang}") + path
                if query:
                    url += ("&" if "?" in url else "?") + query
                t = first_paint(url, flags, args.https)
                print(f"| {name} | {lang} | {mode} | {t['encoding']} | {t['bytes']:,} | {t['floor'] / 1000:.2f} s"
                      f" | {t['fcp'] / 1000:.2f} s | {t['ratio']:.2f} |", flush=True)


if __name__ == "__main__":
    main()

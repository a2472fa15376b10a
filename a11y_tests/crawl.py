"""Find the pages to audit by following links and GET forms from the home page, as a
visitor without JavaScript would: nobody keeps a list by hand, so a new page is
audited the day it is linked.

260 service pages share one template, so URLs are grouped by *shape* (first path
segment, number of segments, sorted query keys) and at most PER_SHAPE of each shape
are fetched: every kind of page is audited, the run stays short.
"""
from collections import Counter, deque
from dataclasses import dataclass, field
from urllib.error import HTTPError
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit
from urllib.request import urlopen

from bs4 import BeautifulSoup

PER_SHAPE = 3


def shape(url: str) -> tuple:
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    keys = tuple(sorted({k for k, _ in parse_qsl(parts.query, keep_blank_values=True)}))
    return (segments[0] if segments else "", len(segments), keys)


def _form_url(form, page_url: str) -> str:
    """A GET form submitted as it stands: default values, checked boxes, selected options."""
    pairs = []
    for control in form.select("input[name], select[name], textarea[name]"):
        kind = control.get("type", "text").lower()
        if control.name == "select":
            chosen = control.select_one("option[selected]") or control.select_one("option")
            pairs.append((control["name"], chosen.get("value", chosen.get_text()) if chosen else ""))
        elif kind in ("checkbox", "radio"):
            if control.has_attr("checked"):
                pairs.append((control["name"], control.get("value", "on")))
        elif kind not in ("submit", "button", "image", "reset", "file"):
            pairs.append((control["name"], control.get("value", "")))
    action = urljoin(page_url, form.get("action") or page_url)
    return urlsplit(action)._replace(query=urlencode(pairs), fragment="").geturl()


@dataclass
class Crawl:
    pages: list = field(default_factory=list)        # paths fetched, in order
    discovered: set = field(default_factory=set)     # every distinct same-host URL seen
    shapes: Counter = field(default_factory=Counter)  # URLs fetched per shape
    broken: list = field(default_factory=list)       # (path, status, linked from)


def crawl(base_url: str, start: str = "/", skip=(), per_shape: int = PER_SHAPE) -> Crawl:
    host = urlsplit(base_url).netloc
    result, queue, queued = Crawl(), deque([(start, None)]), {start}
    per = Counter({shape(start): 1})
    while queue:
        path, source = queue.popleft()
        try:
            with urlopen(base_url + path, timeout=30) as response:
                html = response.read().decode("utf-8")
        except HTTPError as error:
            result.broken.append((path, error.code, source))
            continue
        result.pages.append(path)
        result.shapes[shape(path)] += 1
        soup = BeautifulSoup(html, "html.parser")
        found = [urljoin(base_url + path, a["href"]) for a in soup.select("a[href]")]
        found += [_form_url(f, base_url + path) for f in soup.select("form")
                  if f.get("method", "get").lower() == "get"]
        for url in found:
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or parts.netloc != host:
                continue  # mailto:, tel:, other sites
            link = parts.path + (f"?{parts.query}" if parts.query else "")
            result.discovered.add(link)
            if link in queued or any(link.startswith(s) for s in skip):
                continue
            if per[shape(link)] >= per_shape:
                continue
            queued.add(link)
            per[shape(link)] += 1
            queue.append((link, path))
    return result

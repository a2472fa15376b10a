"""Read aloud: content pages carry a hidden Listen box with translated
labels and load listen.js; other pages do not pay for it."""
from pathlib import Path

from babel.messages.pofile import read_po

from pwa.i18n import LANGUAGES

EHC = "/information/ehc-needs-assessments"
LOCALES = Path(__file__).resolve().parents[1] / "locales"
LABELS = {"play": "Listen", "pause": "Pause", "resume": "Carry on", "stop": "Stop"}


def service_path(demo_services):
    return "/services/" + next(s["slug"] for s in demo_services if s["status"] == "active")


def loads_listen(soup):
    return any("/js/listen." in s["src"] for s in soup.select("script[src]"))


def check_box(soup):
    box = soup.select_one("#listen")
    assert box is not None and box.has_attr("hidden")
    assert box.find_previous("h1") is not None  # placed after the page heading
    assert box.parent.select_one("h1") is not None
    script = next(s for s in soup.select("script[src]") if "/js/listen." in s["src"])
    assert script.has_attr("defer")
    return box


def test_service_page_has_the_listen_box(page, demo_services):
    box = check_box(page(service_path(demo_services)))
    assert {k: box[f"data-{k}"] for k in LABELS} == LABELS


def test_information_page_has_the_listen_box(page):
    box = check_box(page(EHC))
    assert {k: box[f"data-{k}"] for k in LABELS} == LABELS


def test_every_language_translates_the_labels():
    for code in LANGUAGES:
        if code == "en":
            continue
        with open(LOCALES / code / "LC_MESSAGES/messages.po", encoding="utf-8") as f:
            catalog = read_po(f)
        for msgid in LABELS.values():
            assert catalog.get(msgid) and catalog[msgid].string, (code, msgid)


def test_other_pages_do_not_load_listen(page):
    for path in ("/", "/services?q=speech", "/information"):
        soup = page(path)
        assert not loads_listen(soup), path
        assert soup.select_one("#listen") is None, path

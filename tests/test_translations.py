"""Every user-facing string goes through gettext, so every language can have it, and the
catalogues are checked, not trusted: a string missing from one is English on that page."""
import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po
from jinja2 import Environment

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "locales"
EXTRACT = ("pybabel extract -F locales/babel.cfg -k _l --no-location --sort-output --omit-header"
           " -o locales/messages.pot .")


def extracted_ids() -> set:
    method_map = [("pwa/**.py", "python"), ("templates/**.html", "jinja2")]
    options = {"templates/**.html": {"trimmed": "true"}}
    keywords = {"_": None, "gettext": None, "ngettext": (1, 2), "lazy_gettext": None, "_l": None}
    ids = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
            str(ROOT), method_map, options, keywords=keywords):
        ids.add(message if isinstance(message, str) else tuple(message))
    return ids


def catalogue_ids(path: Path) -> set:
    with path.open("rb") as f:
        catalogue = read_po(f)
    return {m.id if isinstance(m.id, str) else tuple(m.id) for m in catalogue if m.id}


def test_template_catalogue_is_up_to_date():
    found, committed = extracted_ids(), catalogue_ids(LOCALES / "messages.pot")
    assert found == committed, (
        f"locales/messages.pot is stale: new {sorted(map(str, found - committed))[:5]}, "
        f"gone {sorted(map(str, committed - found))[:5]}. Run: {EXTRACT}")


def test_catalogues_are_complete_and_well_formed():
    """In every language: every message of the template, none empty or fuzzy, the same
    placeholders as the English, and the review status recorded."""
    template = catalogue_ids(LOCALES / "messages.pot")
    for po in sorted(LOCALES.glob("*/LC_MESSAGES/messages.po")):
        with po.open("rb") as f:
            catalogue = read_po(f)
        problems = [(m.id, e) for m, errors in catalogue.check() for e in errors]
        assert not problems, f"{po}: placeholders differ: {problems[:3]}"
        assert not [m.id for m in catalogue if m.id and m.fuzzy], f"{po}: fuzzy entries"
        empty = [m.id for m in catalogue if m.id and (
            not m.string or (isinstance(m.string, tuple) and not all(m.string)))]
        assert not empty, f"{po}: {len(empty)} untranslated, e.g. {empty[:3]}"
        missing = template - catalogue_ids(po)
        assert not missing, (f"{po}: {len(missing)} messages missing, e.g. {sorted(map(str, missing))[:3]}. "
                             "Run: pybabel update -i locales/messages.pot -d locales")
        assert "Review-Status: " in catalogue.header_comment, f"{po}: no Review-Status line"


TAG = re.compile(r"<[^>]*>|&[a-z]+;|&#\d+;")
LITERAL_ATTR = re.compile(r'\b(aria-label|alt|title|placeholder)="[^"{]*[A-Za-z]{2}')


@pytest.mark.parametrize("template", sorted((ROOT / "templates").rglob("*.html")),
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_templates_have_no_untranslated_text(template):
    """Text outside {{ }} and {% %} would reach every language in English."""
    env = Environment(extensions=["jinja2.ext.i18n"])
    raw, in_trans = [], False
    for _line, kind, value in env.lex(template.read_text(encoding="utf-8")):
        if kind == "name" and value in ("trans", "endtrans"):
            in_trans = value == "trans"  # a {% trans %} block is a whole translated sentence
        elif kind == "data" and not in_trans:
            raw.append(value)
    source = "".join(raw)
    assert not LITERAL_ATTR.search(source), f"untranslated attribute: {LITERAL_ATTR.search(source)[0]}"
    text = TAG.sub(" ", source)
    words = re.findall(r"[A-Za-z]{2,}", text)
    assert not words, f"untranslated text in {template.name}: {' '.join(words[:10])}"

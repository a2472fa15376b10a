"""The kinds of entry and the coded vocabularies: every code has a label, every label
is translated into every language, and the search form's needs come from the database."""
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from sqlmodel import select

from pwa import labels
from pwa.models import Taxonomy, TaxonomyTerm
from pwa.queries import kinds, vocab
from pwa.queries.editorial import snapshot

LOCALES = Path(__file__).resolve().parent.parent / "locales"
# Each vocabulary's codes, beside the labels families and editors see for them.
VOCABULARIES = {
    "PROVIDER_TYPES": (vocab.PROVIDER_TYPES, labels.PROVIDER_TYPES),
    "SUPPORT_KINDS": (vocab.SUPPORT_KINDS, labels.SUPPORT_KINDS),
    "AGE_BANDS": (tuple(vocab.AGE_BANDS), labels.AGE_BANDS),
    "NEEDS": (vocab.NEEDS, labels.NEEDS),
    "SETTINGS": (vocab.SETTINGS, labels.SETTINGS),
    "LOCAL_OFFER_QUESTIONS": (vocab.LOCAL_OFFER_QUESTIONS, labels.LOCAL_OFFER_QUESTIONS),
    "DAYS": (vocab.DAYS, labels.DAYS),
    "SERVICE_STATUSES": (vocab.SERVICE_STATUSES, labels.SERVICE_STATUSES),
    "LIFE_STAGES": (vocab.LIFE_STAGES, labels.LIFE_STAGES),
    "INFORMATION_TOPICS": (vocab.INFORMATION_TOPICS, labels.INFORMATION_TOPICS),
    "SUGGESTION_TOPICS": (vocab.SUGGESTION_TOPICS, labels.SUGGESTION_TOPICS),
    "KINDS": (tuple(kinds.KINDS), labels.KINDS),
    "NEW_ENTRY": (tuple(kinds.KINDS), labels.NEW_ENTRY),
    "CHECKLIST": (vocab.CHECKLIST, labels.CHECKLIST),
}


@pytest.mark.parametrize("name", VOCABULARIES)
def test_every_code_has_a_label_and_every_label_a_code(name):
    codes, shown = VOCABULARIES[name]
    assert list(shown) == list(codes), f"labels.{name} and its codes differ (or are in another order)"


def _catalogues():
    return sorted(p for p in LOCALES.glob("*/LC_MESSAGES/messages.po"))


@pytest.mark.parametrize("po", _catalogues(), ids=lambda p: p.parts[-3])
def test_every_label_is_translated_in_every_language(po):
    with po.open("rb") as f:
        translated = {m.id: m.string for m in read_po(f) if m.id}
    missing = [f"{name}[{code}]: {label._args[0]!r}"
               for name, (codes, shown) in VOCABULARIES.items() for code, label in shown.items()
               if not translated.get(label._args[0])]
    assert not missing, f"{po.parts[-3]} has no translation for: {missing}"


def test_each_kind_is_reached_at_its_own_address(app):
    segments = {k.segment for k in kinds.KINDS.values()}
    assert len(segments) == len(kinds.KINDS)
    rules = {r.rule for r in app.url_map.iter_rules() if r.endpoint.startswith(("history.", "editing.edit_"))}
    for kind in kinds.KINDS.values():
        for action in ("edit", "history", "history/<int:number>", "history/<int:number>/restore"):
            assert f"/admin/{kind.segment}/<slug>/{action}" in rules


def test_a_snapshot_holds_each_kinds_fields_and_child_rows(db):
    for kind in kinds.KINDS.values():
        entry = db.exec(select(kind.model)).first()
        state = snapshot(db, kind.code, entry.id)
        assert list(state) == [*kind.fields, *kind.children, *kind.terms], kind.code


def test_the_search_form_offers_the_needs_the_database_holds(app, page):
    """A term added to the needs taxonomy appears under its broad area, with no code change."""
    from sqlmodel import Session
    with Session(app.extensions["engine"]) as db:
        taxonomy = db.exec(select(Taxonomy).where(Taxonomy.name == vocab.NEEDS_TAXONOMY)).one()
        semh = db.exec(select(TaxonomyTerm).where(TaxonomyTerm.code == "semh")).one()
        term = TaxonomyTerm(taxonomy_id=taxonomy.id, parent_id=semh.id, code="test-anxiety",
                            name="Anxiety (a test term)")
        db.add(term)
        db.commit()
        try:
            soup = page("/services")
            group = soup.select_one(f'select[name=need] optgroup[label="{labels.NEEDS["semh"]}"]')
            options = [o["value"] for o in group.select("option")]
            assert options == ["semh", "adhd", "mental-health", "test-anxiety"]
            assert soup.select_one("option[value=test-anxiety]").get_text() == "Anxiety (a test term)"
        finally:
            db.delete(term)
            db.commit()

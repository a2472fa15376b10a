"""Consistent words: every catalogue uses its language's glossary for the key terms, so a
family meets one word for one thing ("short breaks" is respite care everywhere, never
"rest periods" on one page and "pauses" on the next)."""
import json
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from flask import g
from flask_babel import get_locale, ngettext

from pwa.queries import glossary

LOCALES = Path(__file__).resolve().parent.parent / "locales"
CODES = sorted(p.parent.parent.name for p in LOCALES.glob("*/LC_MESSAGES/messages.po"))


def pairs(code):
    """(English, translation) for every message; plural forms side by side."""
    with (LOCALES / code / "LC_MESSAGES" / "messages.po").open("rb") as f:
        catalogue = read_po(f)
    for m in catalogue:
        if m.id:
            yield ((" ".join(m.id), " ".join(m.string)) if isinstance(m.id, tuple) else (m.id, m.string))


@pytest.mark.parametrize("code", CODES)
def test_catalogue_uses_the_glossary(code):
    terms = glossary.load(LOCALES / code / "glossary.json")
    assert terms, f"{code}: no glossary"
    found = glossary.violations(terms, pairs(code))
    listing = "\n".join(f"  {term!r}: {english!r} -> {translated!r}" for term, english, translated in found[:10])
    assert not found, (f"{code}: {len(found)} messages do not use the glossary's word "
                       f"(fix the translation, or add an accepted form to the glossary):\n{listing}")


@pytest.mark.parametrize("code", CODES)
def test_glossary_is_well_formed(code):
    """Every term has a translation, and that translation is itself one of its forms,
    so the word editors are told to use always passes."""
    raw = json.loads((LOCALES / code / "glossary.json").read_text(encoding="utf-8"))
    for english, term in glossary.load(LOCALES / code / "glossary.json").items():
        assert term.translation.strip(), (code, english)
        assert isinstance(raw[english], (str, dict)), (code, english)
        assert term.used_in(term.translation), f"{code}: {english!r}: no form matches {term.translation!r}"


def test_a_drifted_translation_is_caught():
    terms = {"short breaks": glossary.Term("short breaks", "opieka wytchnieniowa", ("opiek* wytchnieniow*",))}
    assert glossary.violations(terms, [("Personal budgets and short breaks", "Budżety i przerwy")])
    assert not glossary.violations(terms, [("Personal budgets and short breaks",
                                            "Budżety osobiste i opieka wytchnieniowa")])


def test_inflected_forms_and_mutations_are_accepted():
    council = glossary.Term("council", "cyngor", ("*yngor*",))
    assert council.used_in("Cysylltwch â’r Cyngor")
    assert council.used_in("ffoniwch y gyngor")  # a soft mutation
    assert not council.used_in("Cysylltwch â’r awdurdod")
    breaks = glossary.Term("short breaks", "opieka wytchnieniowa", ("opiek* wytchnieniow*",))
    assert breaks.used_in("Budżety osobiste i opieka wytchnieniowa")
    assert breaks.used_in("dla opieki wytchnieniowej")
    assert not breaks.used_in("krótkie przerwy")


def test_english_terms_match_whole_words_and_plurals():
    send = glossary.Term("SEND", "SEND", ())
    assert send.english_pattern().search("Find SEND support")
    assert not send.english_pattern().search("Send the form")  # the verb
    assert not send.english_pattern().search("SENDIASS gives advice")
    disability = glossary.Term("disability", "x", ())
    assert disability.english_pattern().search("needs and disabilities")
    plan = glossary.Term("EHC plan", "x", ())
    assert plan.english_pattern().search("assessments and EHC plans")


def test_a_longer_term_is_held_to_its_own_entry():
    terms = {"disability": glossary.Term("disability", "niepełnosprawność", ("niepełnosprawn*",)),
             "learning disability": glossary.Term("learning disability", "niepełnosprawność intelektualna", ())}
    assert not glossary.violations(terms, [("Learning disability", "niepełnosprawność intelektualna")])
    assert [v[0] for v in glossary.violations(terms, [("Learning disability", "trudności w nauce")])] == [
        "learning disability"]


def test_portuguese_pages_use_the_european_plural_rule(app):
    """The catalogue is European Portuguese (ecrã, telemóvel, registo), where zero takes
    the plural ("0 comentários novos"); Babel's plain `pt` is the Brazilian rule. The
    address stays /pt/…, and Babel's pt_PT locale finds the catalogue in locales/pt."""
    with app.test_request_context("/"):
        g.lang = "pt"
        assert str(get_locale()) == "pt_PT"
        assert ngettext("%(num)d new comment", "%(num)d new comments", 0) == "0 comentários novos"
        assert ngettext("%(num)d new comment", "%(num)d new comments", 1) == "1 comentário novo"


def test_the_portuguese_catalogue_says_so():
    with (LOCALES / "pt" / "LC_MESSAGES" / "messages.po").open("rb") as f:
        catalogue = read_po(f)
    assert str(catalogue.locale) == "pt_PT"
    assert catalogue.plural_forms.startswith("nplurals=3; plural=(n == 1 ?")

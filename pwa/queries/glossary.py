"""Each language's glossary of key terms (locales/<code>/glossary.json), and the check
that the interface uses it.

A term maps to its translation, or to an object that also lists the forms a sentence may
use, since many of our languages inflect or mutate a noun: Polish "opieki
wytchnieniowej", Welsh "gyngor" after a preposition, Arabic "للمجلس". A form is matched
as a piece of the translated sentence, ignoring case; `*` stands for any letters, so
"opiek* wytchnieniow*" accepts every case of the Polish phrase. With no forms given,
the translation itself must appear.

    "short breaks": {"translation": "opieka wytchnieniowa",
                     "forms": ["opiek* wytchnieniow*"]}

No Flask here: the translations admin page shows the glossary, and a test holds every
catalogue to it.
"""
import json
import re
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Term:
    english: str
    translation: str
    forms: tuple[str, ...]

    def english_pattern(self) -> re.Pattern:
        """The term in an English message: whole words, an optional plural ending.
        Abbreviations (SEND, SENCO, EHC) match in capitals only: "send" is a verb."""
        acronym = re.search(r"[A-Z]{2}", self.english)
        *first, last = self.english.split()
        last = re.escape(last[:-1]) + "(?:y|ies)" if last.endswith("y") else re.escape(last) + "(?:s|es)?"
        words = r"\s+".join([*map(re.escape, first), last])
        return re.compile(rf"(?<![\w-]){words}(?![\w-])", 0 if acronym else re.IGNORECASE)

    def used_in(self, translated: str) -> bool:
        text = " ".join(translated.split()).casefold()
        for form in self.forms or (self.translation,):
            pattern = r"\w*".join(re.escape(piece) for piece in form.casefold().split("*"))
            if re.search(pattern, text):
                return True
        return False


def load(path: Path) -> dict[str, Term]:
    """term → Term; an absent file is an empty glossary."""
    if not path.exists():
        return {}
    terms = {}
    for english, value in json.loads(path.read_text(encoding="utf-8")).items():
        if isinstance(value, str):
            value = {"translation": value}
        terms[english] = Term(english, value["translation"], tuple(value.get("forms", ())))
    return terms


def violations(terms: dict[str, Term], messages) -> list[tuple[str, str, str]]:
    """(term, English, translation) for every message whose English names a term and
    whose translation uses none of the term's forms. `messages` yields (English,
    translation) pairs; for plural messages pass each form with its English.

    Longer terms are looked for first and their words then set aside, so "learning
    disability" is held to its own entry, not to the one for "disability"."""
    ordered = sorted(terms.values(), key=lambda t: len(t.english), reverse=True)
    found = []
    for english, translated in messages:
        # a placeholder's name ("%(council)s") is not a word of the sentence
        rest = re.sub(r"%\(\w+\)[sd]", " ", english)
        for term in ordered:
            rest, named = term.english_pattern().subn(" ", rest)
            if named and not term.used_in(translated):
                found.append((term.english, english, translated))
    return found

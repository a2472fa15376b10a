"""The facts table and the sources of information pages and jargon terms. No Flask.

Every number a family acts on (a time limit, an age, a distance, a date) is kept once,
in <data>/information/facts.json, with the law it comes from or a mark that it is the
council's own commitment:

    [{"key": "appeal_months", "value": "2", "meaning": "months to appeal ...",
      "source": {"label": "SEND Regulations 2014, regulation 33", "url": "https://..."}},
     {"key": "transport_apply_by", "value": "--05-31", "meaning": "...", "local": true,
      "source": {"label": "Millbrook home-to-school travel policy", "url": ""}}]

A page (in any language) names a fact as {{appeal_months}}; `fill` writes the value in,
a day of the year (--MM-DD) in the page's own language. So a change in the law is one
edit here, and every translation shows the same number as the English.

A page's or term's own sources are a JSON list of {"label", "url", "local"}; what a
family sees under "Where this comes from" is those plus the source of each fact used.
"""
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from babel.dates import format_date
from sqlmodel import Session, select

from pwa.models.information import Fact

PLACEHOLDER = re.compile(r"\{\{\s*([a-z0-9_]+)\s*\}\}")
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# An English statement of a time limit, an age, a distance or a date: what must come
# from the facts table (and so carry a source). Phone numbers, school years ("Year 9")
# and section numbers are not matched.
STATED = re.compile(
    r"\b\d+(?:\s*(?:to|and|or)\s*\d+)?\s+(?:working\s+|school\s+|calendar\s+)?"
    r"(?:days?|weeks?|months?|years?|miles?)\b"
    r"|\b(?:aged?|ages|under|over|after|before|up\s+to|until|turns?|from\s+age)\s+\d+\b"
    r"|\b\d+(?:-|\s+and\s+)?(?:\d+-)?year-olds?\b"
    rf"|\b\d{{1,2}}\s+(?:{_MONTHS})\b", re.I)
_DAY = re.compile(r"^--(\d\d)-(\d\d)$")


@dataclass(frozen=True)
class Source:
    label: str
    url: str = ""
    local: bool = False  # the council's own commitment, not the law
    # not yet read in the official text: shown with a note saying so, never as checked
    verified: bool = True


def stated(text: str) -> list[str]:
    """Each time limit, age, distance or date the (English) text states in figures."""
    return [m[0] for m in STATED.finditer(text or "")]


def used(text: str) -> list[str]:
    """The fact keys a text names, in order, each once."""
    return list(dict.fromkeys(PLACEHOLDER.findall(text or "")))


def show(fact: Fact, lang: str = "en") -> str:
    day = _DAY.match(fact.value)
    if day:  # a leap year, so 29 February is a day too
        return format_date(date(2000, int(day[1]), int(day[2])), "d MMMM", locale=lang.replace("-", "_"))
    return fact.value


def fill(text: str, facts: dict[str, Fact], lang: str = "en") -> str:
    """The text with each {{key}} replaced by its value; an unknown key stays visible
    (a test checks every key a page names exists)."""
    return PLACEHOLDER.sub(lambda m: show(facts[m[1]], lang) if m[1] in facts else m[0], text or "")


def all_facts(session: Session) -> dict[str, Fact]:
    return {f.key: f for f in session.exec(select(Fact))}


def parse(sources: str) -> list[Source]:
    return [Source(s["label"], s.get("url", ""), bool(s.get("local")), s.get("verified", True) is not False)
            for s in json.loads(sources or "[]")]


def dumps(sources: list[Source]) -> str:
    return json.dumps([{"label": s.label, "url": s.url, "local": s.local, "verified": s.verified}
                       for s in sources], ensure_ascii=False) if sources else ""


UNVERIFIED = "unverified"


def front_matter(lines: list[tuple[str, str]]) -> list[Source]:
    """`source: label | url` (the law) and `commitment: label | url` (the council's own)
    lines from a page's front matter; `source: label | url | unverified` is a citation
    nobody has yet read in the official text."""
    out = []
    for key, value in lines:
        label, url, *flags = [part.strip() for part in value.split("|")] + [""]
        out.append(Source(label, url, key == "commitment", UNVERIFIED not in flags))
    return out


def as_lines(sources: str) -> str:
    """A page's sources as an editor writes them, one a line, in the page files' own
    form: `source: label | link` for the law, `commitment: label | link` for the
    council's own, `| unverified` at the end when nobody has read it in the official text."""
    return "\n".join(f"{'commitment' if s.local else 'source'}: {s.label} | {s.url}"
                     + ("" if s.verified else f" | {UNVERIFIED}") for s in parse(sources))


def from_lines(text: str) -> list[Source]:
    """The reverse of `as_lines`; blank lines are skipped (a line in another form is an
    error the editing form reports, see `line_problem`)."""
    return front_matter([(key.strip(), value) for key, _, value in
                         (line.partition(":") for line in (text or "").splitlines() if line.strip())])


def line_problem(line: str) -> str | None:
    """What is wrong with one typed source line, in a word the form turns into a
    sentence: "kind" (not source: or commitment:), "label" (no name), "link" (not a web
    address), or None."""
    key, sep, value = line.partition(":")
    if not sep or key.strip() not in ("source", "commitment"):
        return "kind"
    label, url, *flags = [part.strip() for part in value.split("|")] + [""]
    if not label:
        return "label"
    if url and not re.match(r"^https?://[^\s/]+\.[^\s]+$", url):
        return "link"
    if any(flag not in ("", UNVERIFIED) for flag in flags):
        return "kind"
    return None


def sources_for(own: str, texts: list[str], facts: dict[str, Fact]) -> list[Source]:
    """What a page or term shows under "Where this comes from": its own sources, then
    the source of every fact its texts name; each once, the law before commitments."""
    found = parse(own)
    for key in dict.fromkeys(k for text in texts for k in used(text)):
        fact = facts.get(key)
        if fact and fact.source_label:
            found.append(Source(fact.source_label, fact.source_url, fact.local, fact.source_verified))
    # a commitment's label names its own number ("within {{ack_days}} working days")
    found = [Source(fill(s.label, facts), s.url, s.local, s.verified) for s in found]
    unique: dict = {}
    for s in found:  # one line per source; unchecked if any statement resting on it is
        seen = unique.get((s.label, s.local))
        unique[(s.label, s.local)] = s if seen is None or seen.verified else seen
    unique = list(unique.values())
    return [s for s in unique if not s.local] + [s for s in unique if s.local]


def listed(session: Session) -> list[Fact]:
    """Every fact, the law's first and then the council's own, each in key order."""
    return sorted(session.exec(select(Fact)), key=lambda f: (f.local, f.key))


def get(session: Session, key: str) -> Fact | None:
    return session.exec(select(Fact).where(Fact.key == key)).first()


def change(session: Session, fact: Fact, value: str, label: str, url: str, local: bool,
           verified: bool) -> list[str]:
    """Set a fact and its source; the names of the parts that changed (for the audit
    log). Every page naming it shows the new value at once."""
    new = {"value": value, "source_label": label, "source_url": url, "local": local,
           "source_verified": verified}
    changed = [name for name, v in new.items() if getattr(fact, name) != v]
    for name in changed:
        setattr(fact, name, new[name])
    session.add(fact)
    return changed


def load(session: Session, path: Path) -> int:
    """Load a facts file, matched by key. No file, nothing loaded."""
    if not path.is_file():
        return 0
    entries = json.loads(path.read_text(encoding="utf-8"))
    for entry in entries:
        row = session.exec(select(Fact).where(Fact.key == entry["key"])).first() or Fact(key=entry["key"], value="")
        source = entry.get("source") or {}
        row.value, row.meaning = str(entry["value"]), entry.get("meaning", "")
        row.source_label, row.source_url = source.get("label", ""), source.get("url", "")
        row.local = bool(entry.get("local"))
        row.source_verified = source.get("verified", True) is not False
        session.add(row)
    return len(entries)

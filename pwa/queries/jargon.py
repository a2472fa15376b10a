"""The jargon buster: SEND words and initials in plain English and in easy read; the
A to Z, the search, and explaining a word in place where a page first uses it.
No Flask: tests and scripts use it alone.
"""
import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

from sqlmodel import Session, select

from pwa.models.information import JargonTerm


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def names(term: JargonTerm) -> list[str]:
    """The term and each of its aliases."""
    return [term.term] + [a.strip() for a in term.aliases.splitlines() if a.strip()]


def letter(term: JargonTerm) -> str:
    """The A to Z heading a term sits under: its first letter ("s.41" under S)."""
    found = re.search(r"[A-Za-z]", term.term)
    return found[0].upper() if found else "#"


# --- reading ----------------------------------------------------------------------

def all_terms(session: Session) -> list[JargonTerm]:
    return sorted(session.exec(select(JargonTerm)).all(), key=lambda t: t.term.casefold())


def get_term(session: Session, slug: str) -> JargonTerm | None:
    return session.exec(select(JargonTerm).where(JargonTerm.slug == slug)).first()


def by_letter(terms: list[JargonTerm]) -> list[tuple[str, list[JargonTerm]]]:
    groups: dict[str, list[JargonTerm]] = {}
    for term in terms:
        groups.setdefault(letter(term), []).append(term)
    return sorted(groups.items())


def search(session: Session, q: str) -> list[JargonTerm]:
    """Terms matching q: a whole name first, then names starting with it, then names
    containing it, then definitions mentioning it. Case does not matter. The list is
    about a hundred rows, so it is filtered here, the same on every database."""
    q = " ".join(q.split()).casefold()
    if not q:
        return all_terms(session)
    ranked = []
    for term in all_terms(session):
        folded = [n.casefold() for n in names(term)]
        if q in folded:
            rank = 0
        elif any(n.startswith(q) for n in folded):
            rank = 1
        elif any(q in n for n in folded):
            rank = 2
        elif q in term.plain.casefold() or q in term.easy_read.casefold():
            rank = 3
        else:
            continue
        ranked.append((rank, term.term.casefold(), term))
    return [t for *_, t in sorted(ranked, key=lambda r: r[:2])]


# --- loading ----------------------------------------------------------------------

def load(session: Session, path: Path) -> int:
    """Load a jargon file (a JSON list of {term, aliases, plain, easy_read, sources}:
    sources as in pwa.queries.facts, [{"label", "url", "local"}]), matched by
    slug (made from the term unless given). No file, nothing loaded."""
    if not path.is_file():
        return 0
    entries = json.loads(path.read_text(encoding="utf-8"))
    for entry in entries:
        slug = entry.get("slug") or slugify(entry["term"])
        row = get_term(session, slug) or JargonTerm(slug=slug, term=entry["term"], plain="",
                                                    easy_read="")
        row.term, row.plain = entry["term"], entry["plain"]
        row.aliases = "\n".join(entry.get("aliases", []))
        row.easy_read = entry["easy_read"]
        row.sources = json.dumps(entry.get("sources", []), ensure_ascii=False)
        session.add(row)
    return len(entries)


# --- explaining a word where it is first used -------------------------------------
#
# The pattern (WCAG 2.2 techniques G55 "Linking to definitions" and G62 "Providing a
# glossary", for SC 3.1.3 Unusual Words and 3.1.4 Abbreviations): the first use of
# each term becomes an ordinary link to its jargon buster entry,
#     <a href="/jargon-buster/senco" class="term" aria-describedby="def-senco">SENCO</a>
# and the page ends with "Words used on this page", a <dl> whose <dd id="def-senco">
# holds the short plain definition. Why this and not the alternatives:
#  - it is plain HTML: no JavaScript, nothing inline, so the Content-Security-Policy
#    (no inline script or style) holds; every browser and reader has it;
#  - a keyboard user reaches the word with Tab like any link, and a screen reader reads
#    the definition as the link's description when it gets focus (aria-describedby),
#    without leaving the sentence; following the link gives the whole entry;
#  - sighted readers see the word is explained (the link) and find every definition
#    together at the end, which is also where easy read guidance puts a glossary;
#  - a <details> after the paragraph would split the reading order, cannot sit inside
#    a <p> or <li>, and a tooltip on hover or focus fails on touch screens and needs
#    script to dismiss (WCAG 1.4.13);
#  - only the first use is marked, so each id is made once: ids stay unique, and an
#    `id_prefix` keeps them apart when two texts share one page.
# Words are not marked inside links (a link in a link is invalid), headings (they
# would be read as a link in the heading list), or abbr, dfn, code, pre, button and
# label elements (markup that already says something about the words).

_SKIP = frozenset({"a", "h1", "h2", "h3", "h4", "h5", "h6", "abbr", "dfn", "code", "pre",
                   "button", "label", "summary", "script", "style", "title", "textarea"})


def _case_sensitive(name: str) -> bool:
    """Initials and names with capitals inside (SEN, EHC plan, PfA) match exactly, so
    "SEND" is never found in "send"; ordinary words (annual review) match in any case."""
    return any(c.isupper() for c in name[1:])


def term_pattern(terms: list[JargonTerm]) -> tuple[re.Pattern | None, dict[str, JargonTerm]]:
    """One regular expression for every name, longest first (so "SEN support" wins over
    "SEN"), and a lookup from a matched name (casefolded where case does not matter)."""
    lookup: dict[str, JargonTerm] = {}
    alternatives = []
    for term in terms:
        for name in names(term):
            exact = _case_sensitive(name)
            lookup[name if exact else name.casefold()] = term
            body = re.escape(name).replace(r"\ ", r"\s+")
            alternatives.append((len(name), body if exact else f"(?i:{body})"))
    if not alternatives:
        return None, lookup
    alternatives.sort(key=lambda a: -a[0])
    pattern = re.compile(r"(?<![\w-])(" + "|".join(a for _, a in alternatives) + r")(s?)(?![\w-])")
    return pattern, lookup


class _Explainer(HTMLParser):
    def __init__(self, pattern, lookup, href, id_prefix):
        super().__init__(convert_charrefs=False)  # text stays exactly as escaped
        self.pattern, self.lookup, self.href, self.id_prefix = pattern, lookup, href, id_prefix
        self.out: list[str] = []
        self.used: list[JargonTerm] = []
        self.seen: set[str] = set()
        self.skipping: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.out.append(self.get_starttag_text())
        if tag in _SKIP:
            self.skipping.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.out.append(self.get_starttag_text())

    def handle_endtag(self, tag):
        self.out.append(f"</{tag}>")
        if tag in self.skipping:
            while self.skipping and self.skipping.pop() != tag:
                pass

    def handle_entityref(self, name):
        self.out.append(f"&{name};")

    def handle_charref(self, name):
        self.out.append(f"&#{name};")

    def handle_comment(self, data):
        self.out.append(f"<!--{data}-->")

    def handle_data(self, data):
        self.out.append(data if self.skipping or self.pattern is None else self.pattern.sub(self._mark, data))

    def _mark(self, match: re.Match) -> str:
        name = " ".join(match[1].split())
        term = self.lookup.get(name) or self.lookup.get(name.casefold())
        if term is None or term.slug in self.seen:
            return match[0]
        self.seen.add(term.slug)
        self.used.append(term)
        slug = html.escape(term.slug)
        return (f'<a href="{html.escape(self.href.format(slug=term.slug))}" class="term" '
                f'aria-describedby="{self.id_prefix}{slug}">{match[0]}</a>')


def explain_first_use(html_text: str, terms: list[JargonTerm], href: str = "/jargon-buster/{slug}",
                      id_prefix: str = "def-") -> tuple[str, list[JargonTerm]]:
    """Mark the first use of each term in sanitised HTML (see the note above).
    Returns the new HTML and the terms used, in order of first use: the page lists
    them, each definition in an element with the id `id_prefix + slug`."""
    pattern, lookup = term_pattern(terms)
    explainer = _Explainer(pattern, lookup, href, id_prefix)
    explainer.feed(html_text)
    explainer.close()
    return "".join(explainer.out), explainer.used

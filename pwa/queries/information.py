"""Family information pages: load them from data files, list and fetch them, and turn
their Markdown into safe HTML. No Flask: tests and scripts use it alone.

A page is one Markdown file in <data>/information/, named <slug>.md, opening with a
front matter block of `key: value` lines between two `---` lines (no YAML: one line,
one value). `easy:` lines repeat, one per easy read point, as `picture | sentence`:

    ---
    title: Asking for an EHC needs assessment
    summary: Who can ask, how to ask, and what happens in the 20 weeks after.
    life_stage: all
    topic: assessments-and-plans
    position: 1
    owner: SEND Assessment and Planning Team
    reviewed_days_ago: 30
    easy: form | You can ask the council to check what help your child needs.
    source: Children and Families Act 2014, section 36 | https://www.legislation.gov.uk/ukpga/2014/6/section/36
    commitment: Millbrook Council: we acknowledge a request within {{ack_days}} working days
    ---
    ## Who can ask
    …

Links to other pages by slug: `[text](page:slug)`, `[text](service:slug)` and
`[text](term:slug)` become links to the information page, the directory entry or the
jargon buster entry.

`source:` lines (the law: an Act and section, a regulation or a Code of Practice
paragraph, with a link to the official text) and `commitment:` lines (the council's own
promises) repeat too; `{{key}}` names a number in the facts table (pwa.queries.facts).
"""
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import markdown
import nh3
from sqlmodel import Session, delete, select

from pwa.models import utcnow
from pwa.models.information import InformationEasyRead, InformationPage
from pwa.queries.vocab import LIFE_STAGES
from pwa.queries import facts, jargon
from pwa.queries.easy_read import Point

REVIEW_INTERVAL = timedelta(days=365)  # pages are checked at least once a year

# What a page body may contain once rendered: headings below the page's own
# h1, text, lists, links, quotes and tables. Everything else is removed, and the
# content of script and style elements with it.
ALLOWED_TAGS = {"h2", "h3", "h4", "p", "ul", "ol", "li", "a", "strong", "em", "blockquote",
                "table", "caption", "thead", "tbody", "tr", "th", "td", "br"}
# "*": no attribute on every element. Left out, the sanitiser would keep its defaults
# (title and lang anywhere): a title tooltip is out of reach of keyboard and touch users.
ALLOWED_ATTRIBUTES = {"a": {"href"}, "th": {"scope", "colspan", "rowspan"},
                      "td": {"colspan", "rowspan"}, "*": set()}
URL_SCHEMES = {"http", "https", "mailto", "tel"}  # relative links pass as they are
LINK_PATHS = {"page": "/information/", "service": "/services/", "term": "/jargon-buster/"}
_SLUG_LINK = re.compile(r"\]\((page|service|term):([a-z0-9-]+)\)")


@dataclass(frozen=True)
class PageDetail:
    page: InformationPage
    points: list[InformationEasyRead]

    def easy_points(self) -> list[Point]:
        return [Point(p.text, p.picture or None) for p in self.points]


# --- rendering ---------------------------------------------------------------------

def slug_links(source: str) -> list[tuple[str, str]]:
    """The (kind, slug) pairs a page links to: tests check each one exists."""
    return _SLUG_LINK.findall(source)


@lru_cache(maxsize=256)
def render_markdown(source: str, root: str = "") -> str:
    """Markdown → HTML that is safe to show: only ALLOWED_TAGS, only http(s), mailto,
    tel and relative links. `root` is the app's URL prefix for slug links."""
    source = _SLUG_LINK.sub(lambda m: f"]({root}{LINK_PATHS[m[1]]}{m[2]})", source)
    html = markdown.markdown(source, extensions=["tables", "sane_lists"], output_format="html")
    return nh3.clean(html, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES,
                     url_schemes=URL_SCHEMES, link_rel=None, strip_comments=True)


# --- reading ----------------------------------------------------------------------

def _live():
    return select(InformationPage).where(InformationPage.archived_at.is_(None))


def list_pages(session: Session, life_stage: str | None = None) -> list[InformationPage]:
    """Every published page, in topic order; for one life stage, its own pages and the
    pages for every age."""
    query = _live()
    if life_stage:
        query = query.where(InformationPage.life_stage.in_((life_stage, "all")))
    return list(session.exec(query.order_by(InformationPage.topic, InformationPage.position,
                                            InformationPage.title)))


def by_topic(pages: list[InformationPage], topics) -> list[tuple[str, list[InformationPage]]]:
    """Pages grouped under each topic, in the order of `topics`; empty topics left out."""
    groups = [(t, [p for p in pages if p.topic == t]) for t in topics]
    return [(t, ps) for t, ps in groups if ps]


def get_page(session: Session, slug: str) -> PageDetail | None:
    page = session.exec(_live().where(InformationPage.slug == slug)).first()
    if page is None:
        return None
    points = session.exec(select(InformationEasyRead).where(InformationEasyRead.page_id == page.id)
                          .order_by(InformationEasyRead.position)).all()
    return PageDetail(page, list(points))


def is_overdue(page: InformationPage, today: date) -> bool:
    return page.next_review_date is not None and page.next_review_date < today


# --- loading ----------------------------------------------------------------------

def parse_page(text: str) -> tuple[dict, list[tuple[str, str]], str]:
    """(fields, easy read points as (picture, text), Markdown body) from a page file."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        raise ValueError("a page file starts with a --- line")
    end = lines.index("---", 1)
    fields, points = {}, []
    for line in lines[1:end]:
        if not line.strip():
            continue
        key, _, value = line.partition(":")
        key, value = key.strip(), value.strip()
        if key == "easy":
            picture, _, sentence = value.partition("|")
            points.append((picture.strip(), sentence.strip()))
        elif key in ("source", "commitment"):
            fields.setdefault("sources", []).append((key, value))
        else:
            fields[key] = value
    return fields, points, "\n".join(lines[end + 1:]).strip() + "\n"


def load(session: Session, data_dir: Path, today: date | None = None) -> dict:
    """Load <data_dir>/information/*.md and <data_dir>/jargon.json, matched by slug.
    A data folder without them (an older export) loads nothing and changes nothing."""
    today = today or date.today()
    folder = Path(data_dir) / "information"
    files = sorted(folder.glob("*.md")) if folder.is_dir() else []
    facts.load(session, folder / "facts.json")
    for path in files:
        _page(session, path.stem, *parse_page(path.read_text(encoding="utf-8")), today=today)
    terms = jargon.load(session, Path(data_dir) / "jargon.json")
    session.flush()
    return {"information pages": len(files), "jargon terms": terms}


def _page(session, slug, fields, points, body, today):
    if fields.get("life_stage", "all") not in LIFE_STAGES:
        raise ValueError(f"{slug}: life_stage must be one of {LIFE_STAGES}")
    reviewed = today - timedelta(days=int(fields.get("reviewed_days_ago", 0)))
    page = session.exec(select(InformationPage).where(InformationPage.slug == slug)).first()
    page = page or InformationPage(slug=slug, title=fields["title"], topic=fields["topic"])
    page.title, page.summary = fields["title"], fields.get("summary", "")
    page.life_stage, page.topic = fields.get("life_stage", "all"), fields["topic"]
    page.position, page.owner = int(fields.get("position", 0)), fields.get("owner", "")
    page.body, page.reviewed_date = body, reviewed
    page.sources = facts.dumps(facts.front_matter(fields.get("sources", [])))
    page.next_review_date, page.last_modified = reviewed + REVIEW_INTERVAL, utcnow()
    session.add(page)
    session.flush()
    session.exec(delete(InformationEasyRead).where(InformationEasyRead.page_id == page.id))
    for position, (picture, text) in enumerate(points):
        session.add(InformationEasyRead(page_id=page.id, position=position, text=text,
                                        picture=picture))

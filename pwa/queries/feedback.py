"""Comments on the Local Offer and "You said, we did" (SEND Regulations 2014, reg 56):
taking comments, the moderation rules, what is published, and the yearly report.
No Flask: views, tests and the demo loader use it alone.

The rules: a comment is published only after an editor has confirmed the personal
details found in it (pwa.queries.scrub) and written the council's response (reg
56(2)); comments that are vexatious or about one person's case are never published,
and the reason is kept (reg 56(4)); the page is refreshed at least once a year (reg
56(3)), so the next report is due a year after the last publication.
"""
import json
import re
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from sqlmodel import Session, func, select

from pwa.models import Address, Location, Organization, Service, utcnow
from pwa.models.feedback import (ACTION_STATUSES, CATEGORIES, EXCLUSION_REASONS, Feedback,
                                 FeedbackTheme)
from pwa.queries import scrub as scrubber

# Deterministic ids for the demo's comments: loading twice updates them in place.
DEMO_IDS = uuid.UUID("6f1c1d7e-8d0e-4b53-9a55-2b8f0c7f6a10")
SCHOOLISH = re.compile(rf"\b(?:{scrubber.SCHOOL_WORDS})\b", re.I)


def add(db: Session, page: str, category: str, comment: str, name: str = "", email: str = "",
        phone: str = "", locale: str = "en") -> Feedback:
    row = Feedback(page=page, category=category, comment=comment, name=name, email=email,
                   phone=phone, locale=locale)
    db.add(row)
    return row


def themes(db: Session) -> list[FeedbackTheme]:
    return list(db.exec(select(FeedbackTheme).order_by(FeedbackTheme.position, FeedbackTheme.name)))


def save_theme(db: Session, name: str, theme: FeedbackTheme | None = None) -> FeedbackTheme | None:
    """Add a theme (theme None) or rename one; None if another theme has the name."""
    name = " ".join(name.split())
    clash = db.exec(select(FeedbackTheme).where(func.lower(FeedbackTheme.name) == name.lower())).first()
    if clash and clash is not theme:
        return None
    if theme is None:
        last = db.exec(select(func.max(FeedbackTheme.position))).one() or 0
        theme = FeedbackTheme(name=name, position=last + 1)
    theme.name = name
    db.add(theme)
    return theme


@dataclass
class Moderation:
    new: list  # comments nobody has looked at yet: oldest first
    groups: list  # (theme or None, [comments]) for the rest, newest first


def for_moderation(db: Session) -> Moderation:
    rows = db.exec(select(Feedback).order_by(Feedback.received.desc())).all()
    by_theme = {t.id: t for t in themes(db)}
    grouped: dict = {}
    for row in rows:
        if row.state != "new":
            grouped.setdefault(row.theme_id, []).append(row)
    order = [t.id for t in by_theme.values()] + [None]
    return Moderation(new=[r for r in reversed(rows) if r.state == "new"],
                      groups=[(by_theme.get(k), grouped[k]) for k in order if k in grouped])


def known_names(db: Session, feedback: Feedback | None = None) -> list[str]:
    """Names the scrubber should always find: every school, nursery and college in the
    Local Offer, and the name the person gave (whole, and each part)."""
    names = [n for model in (Organization, Service, Location)
             for n in db.exec(select(model.name)).all() if SCHOOLISH.search(n or "")]
    if feedback and feedback.name.strip():
        names += [feedback.name.strip()] + [p for p in feedback.name.split() if len(p) > 2]
    return names


def places(db: Session) -> list[str]:
    """The towns in the Local Offer's addresses: a capitalised word after "my son" or
    "the SENCO" that names one of them is a place, not a person."""
    return list(db.exec(select(Address.city).distinct()).all())


def scrub(db: Session, feedback: Feedback, text: str, keep=()) -> scrubber.Scrubbed:
    return scrubber.scrub(text, known_names(db, feedback), keep, places=places(db))


def save(db: Session, feedback: Feedback, user, *, theme_id, text, response, action, status,
         publish: bool, now: datetime | None = None) -> None:
    """Record the editor's work. `text` must be the confirmed, scrubbed text: the view
    shows the findings and publishes only what the editor confirmed."""
    now = now or utcnow()
    feedback.theme_id = theme_id or None
    feedback.published_text, feedback.response, feedback.action = text, response, action
    feedback.action_status = status if action and status in ACTION_STATUSES else None
    feedback.moderated_by, feedback.moderated = (user.id if user else None), now
    if publish:
        feedback.state, feedback.published = "published", now
    elif feedback.state == "new":
        feedback.state = "draft"
    feedback.exclusion_reason = None
    db.add(feedback)


def exclude(db: Session, feedback: Feedback, user, reason: str, note: str = "",
            now: datetime | None = None) -> bool:
    """Never publish it (reg 56(4)); the reason is kept. True when the person should be
    sent the complaints route: a comment about one person's case, with an email."""
    if reason not in EXCLUSION_REASONS:
        raise ValueError(reason)
    now = now or utcnow()
    feedback.state, feedback.exclusion_reason, feedback.exclusion_note = "excluded", reason, note
    feedback.published = None
    feedback.moderated_by, feedback.moderated = (user.id if user else None), now
    db.add(feedback)
    return reason == "individual" and bool(feedback.email) and feedback.complaints_pointer_sent is None


def _year_range(year: int):
    start = datetime(year, 1, 1, tzinfo=timezone.utc)
    return start, datetime(year + 1, 1, 1, tzinfo=timezone.utc)


def published(db: Session, year: int | None = None, theme_id: str | None = None):
    """Published comments with their theme's name: newest first."""
    query = (select(Feedback, FeedbackTheme.name).join(FeedbackTheme, isouter=True)
             .where(Feedback.state == "published").order_by(Feedback.received.desc()))
    if year:
        start, end = _year_range(year)
        query = query.where(Feedback.received >= start, Feedback.received < end)
    if theme_id:
        query = query.where(Feedback.theme_id == theme_id)
    return db.exec(query).all()


def years(db: Session) -> list[int]:
    """Years with any comment received: newest first."""
    return sorted({r.year for r in db.exec(select(Feedback.received)).all()}, reverse=True)


def last_published(db: Session) -> date | None:
    when = db.exec(select(func.max(Feedback.published))).one()
    return when.date() if when else None


def next_report_due(last: date | None, today: date, months: int = 12) -> date:
    """Reg 56(3): at least once a year. Due `months` after the last publication (or
    today, if nothing was ever published)."""
    if last is None:
        return today
    year, month = divmod(last.month - 1 + months, 12)
    year, month = last.year + year, month + 1
    day = min(last.day, [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28,
                         31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1])
    return date(year, month, day)


@dataclass
class Report:
    year: int
    received: int = 0
    published: int = 0
    excluded: int = 0
    waiting: int = 0  # not yet moderated or published
    excluded_by_reason: dict = field(default_factory=dict)  # reason → count
    by_theme: list = field(default_factory=list)  # (theme name or None, count), published only
    by_category: dict = field(default_factory=dict)  # category → count, published only
    actions_by_status: dict = field(default_factory=dict)  # status → count


def annual_report(db: Session, year: int) -> Report:
    """Counts only: nothing in it can identify anyone."""
    start, end = _year_range(year)
    rows = db.exec(select(Feedback, FeedbackTheme.name).join(FeedbackTheme, isouter=True)
                   .where(Feedback.received >= start, Feedback.received < end)).all()
    shown = [(f, theme) for f, theme in rows if f.state == "published"]
    excluded = Counter(f.exclusion_reason for f, _ in rows if f.state == "excluded")
    themes_count = Counter(theme for _, theme in shown)
    return Report(
        year=year, received=len(rows), published=len(shown), excluded=sum(excluded.values()),
        waiting=sum(f.state in ("new", "draft") for f, _ in rows),
        excluded_by_reason={r: excluded[r] for r in EXCLUSION_REASONS},
        by_theme=sorted(themes_count.items(), key=lambda kv: (-kv[1], kv[0] or "")),
        by_category={c: sum(f.category == c for f, _ in shown) for c in CATEGORIES},
        actions_by_status={s: sum(f.action_status == s for f, _ in shown) for s in ACTION_STATUSES})


def csv_cell(value) -> str:
    """Spreadsheets run cells that start with = + - @ (and tab or CR) as formulas: a
    leading apostrophe makes them text (OWASP, CSV injection)."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def report_rows(report: Report, labels: dict) -> list[list[str]]:
    """The report as (section, item, number) rows; labels translate the codes and
    section names: {"sections": {...}, "reasons": {...}, "categories": {...},
    "statuses": {...}, "no_theme": "..."}."""
    s = labels["sections"]
    rows = [[s["received"], "", report.received], [s["published"], "", report.published],
            [s["waiting"], "", report.waiting], [s["excluded"], "", report.excluded]]
    rows += [[s["excluded_by_reason"], labels["reasons"][r], n] for r, n in report.excluded_by_reason.items()]
    rows += [[s["by_theme"], name or labels["no_theme"], n] for name, n in report.by_theme]
    rows += [[s["by_category"], labels["categories"][c], n] for c, n in report.by_category.items()]
    rows += [[s["actions"], labels["statuses"][st], n] for st, n in report.actions_by_status.items()]
    return [[csv_cell(cell) for cell in row] for row in rows]


def load(db: Session, data_dir: Path, today: date | None = None) -> dict:
    """The demo's themes, moderated comments and consultations from <data_dir>/feedback.json
    (dates as days ago, so the demo never ages). A folder without it loads nothing."""
    path = Path(data_dir) / "feedback.json"
    if not path.is_file():
        return {}
    today = today or date.today()
    data = json.loads(path.read_text(encoding="utf-8"))
    by_name = {}
    for position, name in enumerate(data.get("themes", []), start=1):
        theme = db.exec(select(FeedbackTheme).where(FeedbackTheme.name == name)).first()
        by_name[name] = theme or FeedbackTheme(name=name, position=position)
        db.add(by_name[name])
    db.flush()
    known, towns = known_names(db), places(db)
    for item in data.get("comments", []):
        _comment(db, item, by_name, known, towns, today)
    from pwa.queries import consultations  # the same file holds the demo consultations
    count = consultations.load(db, data.get("consultations", []), today)
    db.flush()
    return {"comments": len(data.get("comments", [])), "consultations": count}


def _days_ago(today: date, days: int | None) -> datetime | None:
    if days is None:
        return None
    return datetime.combine(today - timedelta(days=days), time(10, 0), tzinfo=timezone.utc)


def _comment(db, item, themes_by_name, known, towns, today):
    row_id = str(uuid.uuid5(DEMO_IDS, item["key"]))
    row = db.get(Feedback, row_id) or Feedback(id=row_id, category=item["category"], comment="")
    names = known + ([item["name"]] + item["name"].split() if item.get("name") else [])
    row.received = _days_ago(today, item["received_days_ago"])
    row.page, row.category, row.comment = item.get("page", "/"), item["category"], item["comment"]
    row.name, row.email, row.phone = item.get("name", ""), item.get("email", ""), item.get("phone", "")
    row.state = item.get("state", "published")
    row.theme_id = themes_by_name[item["theme"]].id if item.get("theme") else None
    row.exclusion_reason = item.get("exclusion_reason")
    row.exclusion_note = item.get("exclusion_note", "")
    row.published_text = (scrubber.scrub(item["comment"], names, places=towns).text
                          if row.state in ("published", "draft") else "")
    row.response, row.action = item.get("response", ""), item.get("action", "")
    row.action_status = item.get("action_status") if row.action else None
    row.moderated = _days_ago(today, item.get("published_days_ago", item.get("moderated_days_ago")))
    row.published = _days_ago(today, item.get("published_days_ago")) if row.state == "published" else None
    db.add(row)


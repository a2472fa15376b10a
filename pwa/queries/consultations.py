""""Have your say": consultations on parts of the Local Offer (CoP 4.10-4.12: children,
young people and parents help plan and review it). Families answer without an
account; results and the council's response are published after the closing date.
No Flask."""
import re
import unicodedata
import uuid
from datetime import date, datetime, time, timedelta, timezone

from sqlmodel import Session, func, select

from pwa.models import utcnow
from pwa.models.feedback import Consultation, ConsultationAnswer, ConsultationResponse

MAX_QUESTIONS = 5
DEMO_IDS = uuid.UUID("0b9d3c55-7d43-4bd1-9d4c-6f6c2f7e51a2")


def questions(consultation: Consultation) -> list[str]:
    return [q.strip() for q in consultation.questions.splitlines() if q.strip()]


def is_open(consultation: Consultation, today: date) -> bool:
    """Open until the end of its closing date."""
    return consultation.opened <= today <= consultation.closes_on


def get(db: Session, slug: str) -> Consultation | None:
    return db.exec(select(Consultation).where(Consultation.slug == slug)).first()


def listing(db: Session, today: date):
    """(open ones, closing soonest first; closed ones, newest first)."""
    rows = db.exec(select(Consultation).order_by(Consultation.closes_on)).all()
    return ([c for c in rows if is_open(c, today)],
            [c for c in reversed(rows) if c.closes_on < today])


def slugify(title: str) -> str:
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")[:80] or "consultation"


def unique_slug(db: Session, title: str) -> str:
    base, n = slugify(title), 1
    slug = base
    while get(db, slug):
        n += 1
        slug = f"{base}-{n}"
    return slug


def answer(db: Session, consultation: Consultation, answers: list[str]) -> ConsultationResponse:
    """One person's answers, each kept with the question it answered."""
    response = ConsultationResponse(consultation_id=consultation.id)
    db.add(response)
    db.flush()
    for position, (question, text) in enumerate(zip(questions(consultation), answers, strict=False), start=1):
        if text.strip():
            db.add(ConsultationAnswer(response_id=response.id, position=position,
                                      question=question, answer=text.strip()))
    return response


def response_count(db: Session, consultation: Consultation) -> int:
    return db.exec(select(func.count()).select_from(ConsultationResponse)
                   .where(ConsultationResponse.consultation_id == consultation.id)).one()


def answers(db: Session, consultation: Consultation, limit: int = 500):
    """The answers, question by question, for editors to read: [(question, [answers])]."""
    rows = db.exec(select(ConsultationAnswer).join(ConsultationResponse)
                   .where(ConsultationResponse.consultation_id == consultation.id)
                   .order_by(ConsultationAnswer.position, ConsultationResponse.received)
                   .limit(limit)).all()
    grouped: dict = {}
    for row in rows:
        grouped.setdefault((row.position, row.question), []).append(row.answer)
    return [(question, texts) for (_pos, question), texts in sorted(grouped.items())]


def publish_results(consultation: Consultation, results: str, response: str,
                    now: datetime | None = None) -> None:
    consultation.results, consultation.response = results, response
    consultation.results_published = now or utcnow()


def load(db: Session, items: list, today: date) -> int:
    """The demo's consultations (from feedback.json), dates as days from today."""
    for item in items:
        row = get(db, item["slug"]) or Consultation(
            id=str(uuid.uuid5(DEMO_IDS, item["slug"])), slug=item["slug"], title="", about="",
            questions="", opened=today, closes_on=today)
        row.title, row.about = item["title"], item["about"]
        row.questions = "\n".join(item["questions"])
        row.accessible_formats = item.get("accessible_formats", "")
        row.opened = today - timedelta(days=item["opened_days_ago"])
        row.closes_on = today + timedelta(days=item["closes_in_days"])
        row.results, row.response = item.get("results", ""), item.get("response", "")
        row.results_published = (datetime.combine(today + timedelta(days=item["closes_in_days"] + 14),
                                                  time(10, 0), tzinfo=timezone.utc)
                                 if row.results else None)
        db.add(row)
        db.flush()
        if item.get("responses") and not response_count(db, row):
            for texts in item["responses"]:
                answer(db, row, texts)
    return len(items)

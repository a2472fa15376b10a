"""Content in the reader's language, with the English original where there is none."""
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func
from sqlmodel import Session, select

from pwa.models.information import InformationPage
from pwa.models.translations import ContentTranslation
from pwa.queries.information import parse_page
from pwa.queries.kinds import KINDS


@dataclass
class Text:
    """One field as shown: the text and the language it is really in."""

    text: str
    lang: str
    draft: bool = False  # a translation not yet checked by a native speaker

    def __str__(self) -> str:
        return self.text


def localise(session: Session, resource_type: str, obj, lang: str) -> dict[str, Text]:
    """Each translatable field of obj in `lang` where translated, else in English."""
    found = {} if lang == "en" else {t.field: t for t in session.exec(
        select(ContentTranslation).where(ContentTranslation.resource_type == resource_type,
                                         ContentTranslation.resource_id == obj.id,
                                         ContentTranslation.lang == lang)).all()}
    def shown(field):
        if field in found:
            return Text(found[field].text, lang, found[field].status == "draft")
        return Text(getattr(obj, field, "") if field != "easy_read" else "", "en")
    return {field: shown(field) for field in KINDS[resource_type].translatable}


def localise_all(session: Session, resource_type: str, objs: list, lang: str,
                 fields: tuple[str, ...]) -> dict[str, dict[str, Text]]:
    """`localise` for a list (an index page), in one query: by each object's id, its
    `fields` in `lang` where translated, else in English."""
    found = {} if lang == "en" or not objs else {(t.resource_id, t.field): t for t in session.exec(
        select(ContentTranslation).where(ContentTranslation.resource_type == resource_type,
                                         ContentTranslation.resource_id.in_([o.id for o in objs]),
                                         ContentTranslation.field.in_(fields),
                                         ContentTranslation.lang == lang)).all()}
    def shown(obj, field):
        row = found.get((obj.id, field))
        return Text(row.text, lang, row.status == "draft") if row else Text(getattr(obj, field, ""), "en")
    return {o.id: {f: shown(o, f) for f in fields} for o in objs}


def save(session: Session, resource_type: str, resource_id: str, lang: str,
         values: dict[str, str], status: str = "draft") -> None:
    for field, text in values.items():
        row = session.exec(select(ContentTranslation).where(
            ContentTranslation.resource_type == resource_type,
            ContentTranslation.resource_id == resource_id,
            ContentTranslation.field == field, ContentTranslation.lang == lang)).first()
        if not text.strip():
            if row:
                session.delete(row)
            continue
        row = row or ContentTranslation(resource_type=resource_type, resource_id=resource_id,
                                        field=field, lang=lang, text=text)
        row.text, row.status = text, status
        session.add(row)


def items_by_language(session: Session) -> dict[str, int]:
    """How many entries have at least one translated field, per language."""
    rows = session.exec(select(ContentTranslation.lang, func.count(
        func.distinct(ContentTranslation.resource_type + ":" + ContentTranslation.resource_id)))
        .group_by(ContentTranslation.lang)).all()
    return dict(rows)


def load_information(session: Session, data_dir: Path) -> int:
    """<data_dir>/information/translations/<lang>/<slug>.md: title, summary and easy
    read points in the front matter, the body after it. Returns how many were loaded."""
    loaded = 0
    for path in sorted((Path(data_dir) / "information" / "translations").glob("*/*.md")):
        page = session.exec(select(InformationPage).where(InformationPage.slug == path.stem)).first()
        if page is None:
            raise ValueError(f"{path}: no information page {path.stem!r}")
        fields, points, body = parse_page(path.read_text(encoding="utf-8"))
        save(session, "information_page", page.id, path.parent.name, {
            "title": fields["title"], "summary": fields.get("summary", ""), "body": body,
            "easy_read": json.dumps(points, ensure_ascii=False) if points else ""})
        loaded += 1
    return loaded

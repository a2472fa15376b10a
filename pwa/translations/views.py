"""Translation status for editors, the glossaries, and translating content."""

from babel.messages.pofile import read_po
from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from sqlmodel import select

from pwa import ROOT, auth, i18n
from pwa.db import get_session
from pwa.models.information import InformationPage
from pwa.models.translations import ContentTranslation
from pwa.queries import accounts
from pwa.queries import glossary as glossaries
from pwa.queries import translations as queries
from pwa.queries.kinds import TRANSLATABLE
from pwa.translations.forms import translation_form

bp = Blueprint("translations", __name__, url_prefix="/admin/translations")
LOCALES = ROOT / "locales"


def _catalogue(code):
    with (LOCALES / code / "LC_MESSAGES" / "messages.po").open("rb") as f:
        return read_po(f)


@bp.get("/")
@auth.role_required(*auth.STAFF)
def status():
    """Per language: interface strings translated, content items, draft or reviewed."""
    items = queries.items_by_language(get_session())
    rows = []
    for code in current_app.config["LANGUAGES"]:
        if code == i18n.DEFAULT:
            continue
        catalogue = _catalogue(code)
        messages = [m for m in catalogue if m.id]
        done = sum(1 for m in messages if (all(m.string) if isinstance(m.string, tuple) else m.string))
        rows.append((code, i18n.LANGUAGES[code][0], done, len(messages), items.get(code, 0),
                     i18n.review_status(LOCALES / code / "LC_MESSAGES" / "messages.po")))
    return render_template("translations/status.html", rows=rows)


@bp.get("/<code>")
@auth.role_required(*auth.STAFF)
def language(code):
    if code not in current_app.config["LANGUAGES"] or code == i18n.DEFAULT:
        abort(404)
    glossary = {english: term.translation
                for english, term in glossaries.load(LOCALES / code / "glossary.json").items()}
    db = get_session()
    pages = db.exec(select(InformationPage).order_by(InformationPage.title)).all()
    done = {t.resource_id for t in db.exec(select(ContentTranslation).where(
        ContentTranslation.lang == code)).all()}
    return render_template("translations/language.html", code=code, name=i18n.LANGUAGES[code][0],
                           glossary=glossary, pages=pages, done=done)


@bp.route("/<code>/<kind>/<slug>", methods=["GET", "POST"])
@auth.role_required(*auth.STAFF)
def translate(code, kind, slug):
    model = TRANSLATABLE[kind].model if kind in TRANSLATABLE else None
    if model is None or code not in current_app.config["LANGUAGES"] or code == i18n.DEFAULT:
        abort(404)
    db = get_session()
    entry = db.exec(select(model).where(model.slug == slug)).first() or abort(404)
    fields = TRANSLATABLE[kind].translatable
    existing = {t.field: t for t in db.exec(select(ContentTranslation).where(
        ContentTranslation.resource_type == kind, ContentTranslation.resource_id == entry.id,
        ContentTranslation.lang == code)).all()}
    data = {f: existing[f].text for f in existing}
    data["status"] = next((t.status for t in existing.values()), "draft")
    form = translation_form(fields, formdata=request.form if request.method == "POST" else None, data=data)
    if form.validate_on_submit():
        queries.save(db, kind, entry.id, code, {f: getattr(form, f).data or "" for f in fields},
                     status=form.status.data)
        accounts.audit(db, "translation-saved", g.user, f"{kind} {slug} in {code}")
        db.commit()
        flash(_("Translation saved."))
        return redirect(url_for("translations.language", code=code))
    originals = {f: getattr(entry, f, "") for f in fields if f != "easy_read"}
    name, direction = i18n.LANGUAGES[code]
    return render_template("translations/translate.html", form=form, entry=entry, kind=kind,
                           code=code, name=name, direction=direction, fields=fields,
                           originals=originals)


@bp.get("/<code>/find")
@auth.role_required(*auth.STAFF)
def find(code):
    """The plain GET form on the language page: from a slug to its translation form."""
    kind = request.args.get("kind", "service")
    slug = request.args.get("slug", "").strip().strip("/").split("/")[-1]
    model = TRANSLATABLE[kind].model if kind in TRANSLATABLE else None
    if model is None or not slug or get_session().exec(select(model).where(model.slug == slug)).first() is None:
        flash(_("There is no entry with that web address. Check it and try again."))
        return redirect(url_for("translations.language", code=code))
    return redirect(url_for("translations.translate", code=code, kind=kind, slug=slug))

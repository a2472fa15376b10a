"""Content in the reader's language, the English original marked as English where there
is no translation, and the editors' translation status and forms."""
import pytest
from bs4 import BeautifulSoup
from flask_babel import force_locale, gettext
from sqlmodel import Session, select

from pages import check_invariants, sign_in_as, submit
from pwa import create_app
from pwa.cli import DEMO_DATA, upgrade
from pwa.models.information import InformationPage
from pwa.models.translations import ContentTranslation
from pwa.queries import loader, translations


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    app = create_app({"DATABASE_URL": f"sqlite:///{tmp_path_factory.mktemp('ct') / 'ct.db'}",
                      "LANGUAGES": ["en", "pl", "ur"]})
    upgrade(app)
    with Session(app.extensions["engine"]) as db:
        loader.load(db, DEMO_DATA)
        page = db.exec(select(InformationPage).where(InformationPage.slug == "who-decides")).one()
        translations.save(db, "information_page", page.id, "pl", {
            "title": "Kto decyduje", "summary": "Jak rada podejmuje decyzje.",
            "body": "Rada **decyduje** na [panelu](page:ehc-needs-assessments).\n",
            "easy_read": '[["people", "Rada decyduje razem."]]'})
        db.commit()
    return app


@pytest.fixture
def client(app):
    return app.test_client()


DRAFT = ("This translation is a draft. A native speaker has not checked it yet. If something "
         "is unclear, ask us for the English version.")
ONLY_ENGLISH = "Some of this information is only available in English."


def said(app, lang, message):
    """A message as the page says it in `lang` (translated where the catalogue has it)."""
    with app.test_request_context(), force_locale(lang):
        return gettext(message)


def get(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    check_invariants(soup, path)
    return soup


def test_a_translated_page_is_in_the_language_with_a_draft_note(app, client):
    soup = get(client, "/pl/information/who-decides")
    assert soup.h1.get_text() == "Kto decyduje" and not soup.h1.has_attr("lang")
    assert soup.select_one(".prose strong").get_text() == "decyduje"
    assert soup.select_one(".prose a")["href"] == "/pl/information/ehc-needs-assessments"
    # the catalogue is a draft too: the page's one draft notice says it, not a second note
    assert len(soup.select("main .draft-notice")) == 1
    assert said(app, "pl", DRAFT) not in soup.get_text()


def test_the_translated_easy_read_points(client):
    soup = get(client, "/pl/information/who-decides?easy_read=1")
    assert "Rada decyduje razem." in soup.select_one(".easy-points").get_text()


def test_untranslated_content_is_english_marked_as_english_with_a_note(app, client):
    soup = get(client, "/ur/information/who-decides")
    assert soup.html["dir"] == "rtl"
    assert soup.h1["lang"] == "en" and soup.h1["dir"] == "ltr"
    assert soup.select_one(".prose")["lang"] == "en"
    assert soup.select_one("main .notice-info:not(.draft-notice)").get_text().strip() == said(app, "ur", ONLY_ENGLISH)


def test_service_text_falls_back_to_english_marked_as_such(app, client):
    slug = "speech-and-language-therapy-school-age"
    soup = get(client, f"/pl/services/{slug}")
    assert soup.h1["lang"] == "en"
    assert soup.select_one("ol.steps")["lang"] == "en"
    assert soup.select_one("main p.notice-info:not(.draft-notice)").get_text().strip() == said(app, "pl", ONLY_ENGLISH)
    english = get(client, f"/services/{slug}")
    assert not english.h1.has_attr("lang")
    assert ONLY_ENGLISH not in english.get_text()


def test_demo_key_pages_are_loaded_in_every_language_that_has_them():
    found = {p.parent.name for p in (DEMO_DATA / "information" / "translations").glob("*/*.md")}
    for lang in found:
        names = {p.stem for p in (DEMO_DATA / "information" / "translations" / lang).glob("*.md")}
        assert {"ehc-needs-assessments", "independent-advice-and-support",
                "complaints-and-appeals"} <= names, lang


def test_translation_status_and_form_for_editors(app, client):
    from pwa.models.accounts import User
    from pwa.queries.accounts import set_password
    with Session(app.extensions["engine"]) as db:
        editor = User(email="translator@millbrook.example", name="T", role="editor")
        set_password(editor, "correct horse battery staple")
        db.add(editor)
        db.commit()
        db.refresh(editor)
        uid = editor.id
    sign_in_as(client, uid)
    status = get(client, "/admin/translations/")
    assert [th.get_text() for th in status.select("tbody th")] == ["Polski", "اردو"]
    form_page = "/admin/translations/pl/organization/" + "millbrook-parent-carer-forum"
    get(client, form_page)
    response = submit(client, form_page, {"name": "Forum Rodziców", "description": "Opis.",
                                          "status": "draft"})
    assert response.status_code == 302
    with Session(app.extensions["engine"]) as db:
        rows = db.exec(select(ContentTranslation).where(ContentTranslation.lang == "pl",
                                                        ContentTranslation.field == "name")).all()
        assert [r.text for r in rows] == ["Forum Rodziców"]
    assert client.get("/admin/translations/de/service/x").status_code == 404

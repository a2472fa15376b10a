"""Facts every area shares: the site-wide error pages and the names every template can use."""
from flask import abort
from bs4 import BeautifulSoup

from pages import check_invariants
from pwa import create_app


def test_a_rate_limit_outside_sign_in_gets_the_site_page_not_the_sign_in_one(tmp_path):
    app = create_app({"DATABASE_URL": f"sqlite:///{tmp_path / 'site.db'}"})
    app.add_url_rule("/limited", "limited", lambda: abort(429))
    response = app.test_client().get("/limited")
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    check_invariants(soup, "/limited")
    assert response.status_code == 429 and soup.h1.get_text() == "Too many requests"
    assert "sign-in" not in soup.main.get_text().lower() and "password" not in soup.main.get_text().lower()


def test_template_names_are_registered_by_the_app_not_by_blueprints(tmp_path):
    """An editing page can use `labels` even in an app without the directory."""
    app = create_app({"DATABASE_URL": f"sqlite:///{tmp_path / 'site.db'}"})
    names = set(app.jinja_env.globals)
    assert {"here", "labels", "asset_url", "pictogram_url", "saved_slugs", "field_label",
            "kind_labels", "current_user", "format_date"} <= names
    assert "current_path" not in names  # one name for "this page": here()
    from flask.templating import _default_template_ctx_processor
    by_blueprint = {name: [f for f in funcs if f is not _default_template_ctx_processor]
                    for name, funcs in app.template_context_processors.items() if name is not None}
    assert not any(by_blueprint.values()), by_blueprint

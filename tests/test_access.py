"""Access control, route by route: every rule in the URL map is
either public or declares its roles, and each role gets exactly what it should.

A new route fails `test_every_route_is_classified` until it is added to PUBLIC or
protected with auth.role_required; a new URL argument fails until SAMPLES knows it."""
import pytest
from sqlmodel import Session, select

from pages import csrf_token, sign_in_as

PERSONAS = ("anonymous", "other_provider", "provider", "editor", "admin")
# Endpoints anyone may use: the public Local Offer, signing in, and public forms.
PUBLIC = {
    "directory.home", "directory.search", "directory.service", "directory.organisation",
    "pages.accessibility_statement", "pages.report_problem", "pages.problem_reported", "pages.privacy",
    "accounts.sign_in", "accounts.sign_in_code", "accounts.sign_out", "accounts.forgot_password",
    "accounts.reset_password", "static", "install.manifest", "install.offline", "ops.healthz",
    "install.service_worker", "install.favicon", "saved.index", "saved.add", "saved.remove", "saved.shared",
    "saved.save_shared", "easy_read.credits", "easy_read.set_display",
    "easy_read.display_settings", "easy_read.checker", "reviews.suggest_change",
    "reviews.suggestion_sent",
    "information.index", "information.page", "jargon.index", "jargon.term",
    "feedback.form", "feedback.sent", "feedback.you_said_we_did", "feedback.report",
    "feedback.report_csv", "consultations.index", "consultations.consultation",
    "consultations.answered",
    # the read-only Open Referral UK v3 API
    "api.root", "api.openapi_document", "api.services", "api.service", "api.service_at_locations",
    "api.service_at_location", "api.organizations", "api.organization", "api.taxonomies",
    "api.taxonomy", "api.taxonomy_terms", "api.taxonomy_term",
    "directory.schools_and_settings", "paper.help_by_phone", "paper.booklet", "paper.booklet_pdf",
    "findable.robots", "findable.sitemap_xml", "findable.sitemap_language", "language_offer",
}
# Paths under these prefixes act on one provider's entry: other providers are refused.
OWNED = ("/admin/services/<", "/admin/organisations/<")


@pytest.fixture(scope="module")
def samples(app, users):
    """A real value for each URL argument, owned by users["provider"]'s organisation."""
    from pwa.models import Location, Organization, Service

    with Session(app.extensions["engine"]) as db:
        service = db.exec(select(Service).where(Service.slug == users["provider_service"])).one()
        org = db.get(Organization, service.organization_id)
        location = db.exec(select(Location).order_by(Location.slug)).first()
        values = {"slug": service.slug, "org_slug": org.slug, "location_slug": location.slug,
                  "token": "not-a-real-token", "id": "00000000-0000-0000-0000-000000000000",
                  "number": "1", "year": "2025", "code": "ar", "kind": "service",
                  "user_id": "00000000-0000-0000-0000-000000000000", "key": "assess_decision_weeks"}
    values["hashed"] = app.extensions["assets"].url("css/site.css").removeprefix("/static/")
    return values


def rules(app):
    return [r for r in app.url_map.iter_rules()]


def build(rule, samples):
    args = {}
    for name in rule.arguments:
        if name not in samples:
            raise AssertionError(f"{rule.rule}: add a sample value for <{name}> to SAMPLES")
        args[name] = samples[name]
    # an editor's /admin/<kind>/<slug>/… names an entry of that kind
    for segment, sample in (("organisations", "org_slug"), ("locations", "location_slug")):
        if "slug" in args and f"/{segment}/" in rule.rule:
            args["slug"] = samples[sample]
    return rule.build(args, append_unknown=False)[1]


def roles_of(app, rule):
    """The roles a rule declares: its view's, narrowed for one kind of entry where the
    view says so (providers see their own services' history, not locations')."""
    view = app.view_functions[rule.endpoint]
    kind = (rule.defaults or {}).get("kind")
    return getattr(view, "kind_roles", {}).get(kind) or getattr(view, "roles", None)


def client_as(app, users, persona):
    client = app.test_client()
    if persona != "anonymous":
        user = users[persona]
        sign_in_as(client, user.id)
    return client


def test_every_route_is_classified(app):
    loose = [r.rule for r in rules(app) if r.endpoint not in PUBLIC
             and not getattr(app.view_functions[r.endpoint], "roles", None)]
    assert not loose, f"routes neither public nor role-protected: {loose}"


@pytest.mark.parametrize("persona", PERSONAS)
def test_get_routes_by_role(app, users, samples, persona):
    client = client_as(app, users, persona)
    problems = []
    for rule in rules(app):
        if "GET" not in rule.methods:
            continue
        url = build(rule, samples)
        status = client.get(url).status_code
        roles = roles_of(app, rule)
        role = users[persona].role if persona != "anonymous" else None
        if rule.endpoint in PUBLIC:
            expected = {200, 204, 302, 404, 410}  # 204: nothing to offer
        elif role is None:
            expected = {302}  # to sign in
        elif role not in roles:
            expected = {403}
        elif persona == "other_provider" and rule.rule.startswith(OWNED):
            expected = {403}
        else:
            expected = {200, 302, 404}
        if status not in expected:
            problems.append(f"{persona} GET {url}: {status}, expected {sorted(expected)}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("persona", PERSONAS)
def test_every_state_change_needs_a_csrf_token(app, users, samples, persona):
    client = client_as(app, users, persona)
    problems = []
    for rule in rules(app):
        if "POST" in rule.methods:
            url = build(rule, samples)
            status = client.post(url, data={}).status_code
            if status != 400:
                problems.append(f"{persona} POST {url} without a token: {status}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("persona", ("anonymous", "other_provider", "provider", "editor"))
def test_post_routes_refuse_the_wrong_people(app, users, samples, persona):
    """With a valid token, but without the role (or not owning the entry): refused,
    and nothing changed. Allowed people's POSTs are tested where they belong."""
    client = client_as(app, users, persona)
    token = csrf_token(client, "/sign-in")
    problems = []
    role = users[persona].role if persona != "anonymous" else None
    for rule in rules(app):
        roles = roles_of(app, rule)
        if "POST" not in rule.methods or rule.endpoint in PUBLIC:
            continue
        if role is not None and role in roles and not (
                persona == "other_provider" and rule.rule.startswith(OWNED)):
            continue
        url = build(rule, samples)
        response = client.post(url, data={"csrf_token": token})
        expected = 302 if role is None else 403
        if response.status_code != expected or (
                expected == 302 and not response.headers["Location"].startswith("/sign-in")):
            problems.append(f"{persona} POST {url}: {response.status_code}, expected {expected}")
    assert not problems, "\n".join(problems)

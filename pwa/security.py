"""Security headers on every response, and what the app trusts about a request.

The Content-Security-Policy allows nothing inline and nothing from another host:
htmx is configured (layouts/base.html, htmx-config) not to inject its indicator
<style> and never to eval, so it runs under this policy.

Behind a council's TLS proxy the visitor's address, the scheme and the host come from
the X-Forwarded-* headers of exactly PROXY_COUNT proxies (Werkzeug's ProxyFix): rate
limits then count each visitor, not the proxy, and HSTS is sent on HTTPS. Headers from
further out are ignored, so a visitor cannot choose their own address.
"""
from urllib.parse import urlsplit

from flask import abort, current_app, g, request
from flask_wtf.csrf import validate_csrf
from werkzeug.middleware.proxy_fix import ProxyFix
from wtforms import ValidationError

CSP = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'none'",  # no web fonts: system fonts cost families nothing
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}

PRIVATE_PATHS = ("/account", "/admin")  # someone's own pages, even on the way to signing in


def _headers(response, headers=HEADERS):
    for name, value in headers.items():
        response.headers.setdefault(name, value)
    if request.is_secure:
        seconds = current_app.config.get("HSTS_SECONDS")
        if seconds:
            response.headers.setdefault("Strict-Transport-Security", f"max-age={seconds}")
    if g.get("user") is not None or request.path.startswith(PRIVATE_PATHS):
        # A signed-in person's pages (their account, the admin pages, any page with
        # their name on it) must not stay in a shared computer's cache or a proxy.
        response.headers["Cache-Control"] = "no-store"
    return response


def _has_nul(values) -> bool:
    return any("\x00" in key or "\x00" in value for key, value in values.items(multi=True))


def _reject_nul():
    """NUL can't be stored in PostgreSQL text and is never part of a real address or
    answer: refuse it before any view or query sees it."""
    if "\x00" in request.path:
        abort(404)
    if _has_nul(request.args) or (request.method == "POST" and _has_nul(request.form)):
        abort(400)


def _own_origins() -> set[str]:
    """This site as a browser names it: the address the request came to (the proxy's
    scheme and host, through ProxyFix) and the configured public address."""
    origins = {request.host_url.rstrip("/").lower()}
    public = urlsplit(current_app.config.get("PUBLIC_URL") or "")
    if public.netloc:
        origins.add(f"{public.scheme}://{public.netloc}".lower())
    return origins


def post_from_this_site() -> bool | None:
    """Whether a POST to a form that carries no per-session CSRF token (Save and Remove:
    a new visitor's pages then start no session, so a shared cache may keep them) was
    sent by one of this site's own pages. True: yes; False: the browser says another
    site sent it; None: the browser did not say and no valid token came with it.

    This is the defence OWASP's CSRF cheat sheet describes in "Fetch Metadata headers"
    and "Verifying origin with standard headers" (cheatsheetseries.owasp.org, Cross-Site
    Request Forgery Prevention). Browsers set Sec-Fetch-Site and Origin
    themselves, and no page can set or remove them on a request it makes. Every browser
    that runs today's web sends at least one of them on a POST, so a forged POST from
    another site arrives saying so, and is refused. The cookies are SameSite=Lax, so it
    would not carry this visitor's session or Saved list anyway; what it could do is
    replace that list with one it chose, which is what this check prevents. An old
    browser or a privacy tool may send neither header (or Origin "null"): then only a
    valid token is proof, and without one the person is asked to confirm with a form
    that carries one."""
    site = request.headers.get("Sec-Fetch-Site")
    if site in ("same-origin", "same-site", "cross-site"):
        return site == "same-origin"  # "none" (typed or bookmarked) proves nothing here
    origin = request.headers.get("Origin", "null").lower()
    if origin != "null":
        return origin in _own_origins()
    try:
        validate_csrf(request.form.get("csrf_token"))
    except ValidationError:
        return None
    return True


def trusted_hosts(value) -> list[str] | None:
    """LOCAL_OFFER_TRUSTED_HOSTS as a JSON list or comma-separated names."""
    if value is None or isinstance(value, list):
        return value
    return [name.strip() for name in str(value).split(",") if name.strip()]


def init_app(app):
    app.config["TRUSTED_HOSTS"] = trusted_hosts(app.config.get("TRUSTED_HOSTS"))
    proxies = int(app.config.get("PROXY_COUNT") or 0)
    if proxies:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies, x_host=proxies)
    app.before_request_funcs.setdefault(None, []).insert(0, _reject_nul)  # before everything
    # Inline styles the app itself sends (pwa/assets.py), each allowed by its hash only.
    hashes = "".join(" " + h for h in app.config.get("CSP_STYLE_HASHES", ()))
    headers = {**HEADERS, "Content-Security-Policy": CSP.replace(
        "style-src 'self'", "style-src 'self'" + hashes)}
    app.after_request(lambda response: _headers(response, headers))

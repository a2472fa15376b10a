"""Security headers on every response.

The Content-Security-Policy allows nothing inline and nothing from another host:
htmx is configured (layouts/base.html, htmx-config) not to inject its indicator
<style> and never to eval, so it runs under this policy.
"""
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


def _headers(response, headers=HEADERS):
    for name, value in headers.items():
        response.headers.setdefault(name, value)
    return response


def init_app(app):
    # Inline styles the app itself sends (pwa/assets.py), each allowed by its hash only.
    hashes = "".join(" " + h for h in app.config.get("CSP_STYLE_HASHES", ()))
    headers = {**HEADERS, "Content-Security-Policy": CSP.replace(
        "style-src 'self'", "style-src 'self'" + hashes)}
    app.after_request(lambda response: _headers(response, headers))

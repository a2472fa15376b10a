"""One URL, two renderings, decided here and nowhere else, so no view
sends a fragment where a whole page is needed (a boosted link, a history restore)."""
from flask import make_response, render_template, request


def wants_fragment() -> bool:
    # Boosted requests and history restores want the whole page.
    return bool(request.htmx) and not request.htmx.boosted and not request.htmx.history_restore_request


def render(page: str, partial: str, **context):
    template = partial if wants_fragment() else page
    response = make_response(render_template(template, **context))
    # One URL serves a page and a fragment: caches must keep them apart.
    response.vary.add("HX-Request")
    return response

"""Error pages like every other page (title, h1, layout), in the page's language.

A form sent with a missing or expired CSRF token (a page left open past the session,
cookies cleared) or to a URL that does not take a POST is not thrown away: the page
at the same address is shown again, with what the person typed and a message saying
nothing was sent, so they can check it and send it again. Nothing is done with what
was sent: the page is rendered as its GET view, which only shows the form.
"""
from flask import (abort, current_app, flash, g, has_request_context, render_template, request,
                   session)
from flask_babel import gettext
from flask_wtf import FlaskForm
from flask_wtf.csrf import CSRFError
from flask_wtf.form import _Auto
from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import HTTPException, MethodNotAllowed, SecurityError

_wrap_formdata = FlaskForm.Meta.wrap_formdata


def _resent_formdata(meta, form, formdata):
    """Forms built from the request (no formdata given) show the resent answers."""
    if formdata is _Auto and has_request_context() and g.get("resent_form") is not None:
        return g.resent_form
    return _wrap_formdata(meta, form, formdata)


def or_404(found):
    """What a view looked up, or the "Page not found" page when there is no such thing."""
    if found is None:
        abort(404)
    return found


def _page_state():
    """Error pages raised before the request's own set-up ran (the CSRF and NUL checks
    come first) still need the language from the URL."""
    g.setdefault("lang", request.environ.get("localoffer.lang", "en"))


def _get_view():
    """The rule and arguments of the page at this address, if it has one."""
    adapter = current_app.create_url_adapter(request)
    try:
        return adapter.match(method="GET", return_rule=True)
    except HTTPException:
        return None


def _show_form_again(status: int):
    """Render the GET page at this address with the posted answers in its form."""
    found = _get_view() if request.method == "POST" else None
    if found is None:
        return None
    rule, args = found
    answers = MultiDict((k, v) for k, v in request.form.items(multi=True) if k != "csrf_token")
    request.method = "GET"  # from here on the request is the page's GET: nothing acts
    request.url_rule, request.view_args = rule, args
    g.resent_form = answers
    try:
        response = current_app.preprocess_request()
        if response is None:
            flash(gettext("Your answers have not been sent yet. This can happen when a page "
                          "has been open for a long time. Check your answers and send them again."))
            response = current_app.view_functions[rule.endpoint](**args)
    except HTTPException:
        response = None
    response = current_app.make_response(response) if response is not None else None
    if response is None or response.status_code != 200:
        # No form to show here (not found, or sign in first): the error page instead.
        session.pop("_flashes", None)
        return None
    response.status_code = status
    return response



def render_template_linked(name):
    """Flask-Compress leaves error pages uncompressed, so they link the stylesheet rather
    than carry it inline (pwa/assets.py): 19 KB a 404 page otherwise."""
    g.link_stylesheet = True
    return render_template(name)


def init_app(app):
    FlaskForm.Meta.wrap_formdata = _resent_formdata

    @app.errorhandler(400)
    def bad_request(error):
        if isinstance(error, SecurityError):
            # A Host header the site does not answer to: no links can be built for it.
            return "Bad request: unknown host.", 400, {"Content-Type": "text/plain; charset=utf-8"}
        _page_state()
        return render_template_linked("errors/400.html"), 400

    @app.errorhandler(CSRFError)
    def csrf_error(_error):
        _page_state()
        return _show_form_again(400) or (render_template_linked("errors/400.html"), 400)

    @app.errorhandler(403)
    def forbidden(_error):
        return render_template_linked("errors/403.html"), 403

    @app.errorhandler(404)
    def not_found(_error):
        _page_state()
        return render_template_linked("errors/404.html"), 404

    @app.errorhandler(MethodNotAllowed)
    def wrong_method(error):
        _page_state()
        response = _show_form_again(405)
        if response is None:
            response = current_app.make_response((render_template_linked("errors/405.html"), 405))
        response.headers["Allow"] = ", ".join(error.valid_methods or ())
        return response

    @app.errorhandler(429)
    def too_many(_error):
        _page_state()
        return render_template_linked("errors/429.html"), 429

    @app.errorhandler(500)
    def server_error(_error):
        return render_template_linked("errors/500.html"), 500

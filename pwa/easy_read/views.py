"""Display preferences and easy read: the switch on every page, the settings page, the
easy read checker for editors, and the image credits the pictograms' licence asks for."""
from flask import Blueprint, current_app, g, redirect, render_template, request, url_for

from pwa import display, htmx, labels, urls
from pwa.extensions import limiter
from pwa.easy_read.forms import CheckerForm, DisplayForm
from pwa.queries import easy_read as easy_read_queries

bp = Blueprint("easy_read", __name__)


@bp.get("/display")
def set_display():
    """Turn easy read or a text size on or off and go back to the same page.

    A GET link, so it works without JavaScript and without a form on every page. It is
    safe as a GET: it changes only how this browser shows pages (the same thing
    `?easy_read=1` on any link does), and `next` may only be a path on this site.
    """
    response = redirect(urls.safe_path(request.args.get("next")))
    display.set_cookie(response, display.current())
    g.display_set = True
    return response


@bp.get("/display-settings")
def display_settings():
    chosen = display.current()
    form = DisplayForm(formdata=None, easy_read="1" if chosen.easy_read else "0",
                       text_size=chosen.text_size,
                       next=urls.safe_path(request.args.get("next"), url_for(".display_settings")))
    return render_template("easy_read/display_settings.html", form=form)


@bp.route("/easy-read-checker", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["EASY_READ_CHECK_LIMIT"], methods=["POST"])
def checker():
    """Editors paste easy read text and see what to change; with htmx, as they type.
    Nothing is saved, so a POST re-renders the page (200) instead of redirecting."""
    form = CheckerForm()
    report = None
    if form.validate_on_submit():
        points = [easy_read_queries.Point(text.data or "", picture.data or None)
                  for text, picture in form.pairs() if (text.data or "").strip()]
        report = easy_read_queries.check(points)
    return htmx.render("easy_read/checker.html", "partials/easy_read/_findings.html",
                       form=form, report=report, jargon=easy_read_queries.JARGON)


@bp.errorhandler(429)
def too_many(_error):
    """The checker's own words: the app-wide page talks about sign-ins."""
    return render_template("easy_read/too_many.html"), 429


@bp.get("/credits")
def credits():
    return render_template("easy_read/credits.html", pictures=labels.PICTURES)

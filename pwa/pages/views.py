"""Pages about the service itself: the accessibility statement the law requires
(Public Sector Bodies Accessibility Regulations 2018, reg 8) and its report form, the
reports for editors, and the privacy notice (UK GDPR articles 13 and 14)."""
from datetime import date

from flask import Blueprint, current_app, redirect, render_template, request, url_for
from flask_babel import force_locale
from flask_babel import gettext as _
from sqlmodel import select

from pwa import auth, council
from pwa.db import get_session
from pwa.extensions import limiter
from pwa.i18n import BABEL_LOCALES
from pwa.mail import send_email
from pwa.models import ProblemReport
from pwa.pages.forms import DESCRIPTION_MAX, ReportProblemForm

bp = Blueprint("pages", __name__)

# Change LAST_REVIEWED whenever the statement changes, then record the new text's
# hash (tests/test_pages_statement.py says how): GDS and the regulations require a
# statement that says when it was last reviewed, and a stale date is a false claim.
PREPARED = date(2026, 11, 27)
LAST_REVIEWED = date(2026, 12, 4)


@bp.get("/accessibility-statement")
def accessibility_statement():
    return render_template("pages/accessibility_statement.html",
                           prepared=PREPARED, reviewed=LAST_REVIEWED)


@bp.route("/accessibility-statement/report-a-problem", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["PROBLEM_REPORT_LIMIT"], methods=["POST"])
def report_problem():
    """POST, then redirect to a confirmation: a reload never sends a report twice."""
    form = ReportProblemForm()
    if form.validate_on_submit():
        if not form.website.data:  # a filled honeypot is a bot: same thanks, nothing kept
            session = get_session()
            report = ProblemReport(page=form.page.data or "", description=form.description.data,
                                   email=form.email.data or "")
            session.add(report)
            _email_the_accessibility_contact(session, report)
            session.commit()
        return redirect(url_for("pages.problem_reported"))
    if request.method == "GET":
        form.page.data = request.args.get("page", "")[:500]
    # Errors come back with status 200 and everything typed kept in the fields.
    return render_template("pages/report_problem.html", form=form, max_chars=DESCRIPTION_MAX)


@bp.get("/accessibility-statement/report-a-problem/sent")
def problem_reported():
    return render_template("pages/problem_reported.html")


def _email_the_accessibility_contact(session, report):
    default = current_app.config["BABEL_DEFAULT_LOCALE"]
    with force_locale(BABEL_LOCALES.get(default, default)):  # staff read it, whatever the visitor's language
        reply = (_("They would like a reply at %(email)s.", email=report.email) if report.email
                 else _("They did not give an email address, so they do not expect a reply."))
        body = "\n\n".join([
            _("Someone reported an accessibility problem with the %(area)s Local Offer.", area=council.current().area),
            _("Page: %(page)s", page=report.page or "-"), report.description, reply,
            _("Every report: %(url)s", url=current_app.config["PUBLIC_URL"].rstrip("/")
              + url_for("pages.problem_reports"))])
        send_email(session, current_app.config["ACCESSIBILITY_EMAIL"],
                   _("Accessibility problem reported on the Local Offer"), body)


@bp.get("/admin/accessibility-problems")
@auth.role_required(*auth.STAFF)
def problem_reports():
    """The newest reports first: PSBAR 2018 expects a reply to each."""
    reports = get_session().exec(select(ProblemReport).order_by(ProblemReport.created.desc()).limit(200)).all()
    return render_template("pages/problem_reports.html", reports=reports)


@bp.get("/privacy")
def privacy():
    return render_template("pages/privacy.html", retention=current_app.config["RETENTION_DAYS"],
                           contact=current_app.config["EDITORS_EMAIL"])

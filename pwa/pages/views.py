"""Pages about the service itself: the accessibility statement the law requires
(Public Sector Bodies Accessibility Regulations 2018, reg 8) and its report form."""
from datetime import date

from flask import Blueprint, redirect, render_template, request, url_for

from pwa.db import get_session
from pwa.models import ProblemReport
from pwa.pages.forms import DESCRIPTION_MAX, ReportProblemForm

bp = Blueprint("pages", __name__)

# Change LAST_REVIEWED whenever the statement changes, then record the new text's
# hash (tests/test_pages_statement.py says how): GDS and the regulations require a
# statement that says when it was last reviewed, and a stale date is a false claim.
PREPARED = date(2026, 11, 27)
LAST_REVIEWED = date(2026, 12, 3)


@bp.get("/accessibility-statement")
def accessibility_statement():
    return render_template("pages/accessibility_statement.html",
                           prepared=PREPARED, reviewed=LAST_REVIEWED)


@bp.route("/accessibility-statement/report-a-problem", methods=["GET", "POST"])
def report_problem():
    """POST, then redirect to a confirmation: a reload never sends a report twice."""
    form = ReportProblemForm()
    if form.validate_on_submit():
        session = get_session()
        session.add(ProblemReport(page=form.page.data or "", description=form.description.data,
                                  email=form.email.data or ""))
        session.commit()
        return redirect(url_for("pages.problem_reported"))
    if request.method == "GET":
        form.page.data = request.args.get("page", "")[:500]
    # Errors come back with status 200 and everything typed kept in the fields.
    return render_template("pages/report_problem.html", form=form, max_chars=DESCRIPTION_MAX)


@bp.get("/accessibility-statement/report-a-problem/sent")
def problem_reported():
    return render_template("pages/problem_reported.html")

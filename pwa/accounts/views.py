"""Signing in and out, two-step sign-in, and password resets."""
import time

import pyotp
import segno
from flask import (Blueprint, current_app, flash, g, redirect, render_template, request,
                   session, url_for)
from flask_babel import gettext as _
from markupsafe import Markup

from pwa import auth, council, urls
from pwa.accounts.forms import (CodeForm, ConfirmForm, ForgotPasswordForm, NewPasswordForm,
                                SignInForm, TwoStepOffForm)
from pwa.db import get_session
from pwa.extensions import limiter
from pwa.mail import send_password_link
from pwa.models.accounts import User
from pwa.queries import accounts
from sqlmodel import select

bp = Blueprint("accounts", __name__)


def _email_key():
    return "sign-in:" + accounts.normalise_email(request.form.get("email", ""))


def _pending_key():
    """Two-step codes are limited per account, not only per address."""
    return "two-step:" + str(session.get("pending_uid", ""))


def _box():
    return accounts.fernet(current_app.config["TOTP_KEY"] or current_app.config["SECRET_KEY"])


def _pending_user(db):
    """The person between password and code, for PENDING_SIGN_IN_MINUTES only."""
    started = session.get("pending_at", 0)
    if time.time() - started > current_app.config["PENDING_SIGN_IN_MINUTES"] * 60:
        session.pop("pending_uid", None)
        session.pop("pending_at", None)
        return None
    user = db.get(User, session.get("pending_uid", ""))
    return user if user and user.active else None


def safe_next():
    return urls.safe_path(request.values.get("next"), url_for("admin.dashboard"))


@bp.route("/sign-in", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["SIGN_IN_LIMIT"], methods=["POST"])
@limiter.limit(lambda: current_app.config["SIGN_IN_LIMIT"], methods=["POST"], key_func=_email_key)
def sign_in():
    form = SignInForm()
    if form.validate_on_submit():
        db = get_session()
        user = accounts.authenticate(db, form.email.data, form.password.data)
        if user is None:
            accounts.audit(db, "sign-in-failed", detail=accounts.normalise_email(form.email.data))
            db.commit()
            form.password.errors.append(_("Enter a correct email address and password"))
        elif user.totp_secret:
            session["pending_uid"], session["pending_at"] = user.id, time.time()
            db.commit()
            return redirect(url_for("accounts.sign_in_code", next=safe_next()))
        else:
            return _finish_sign_in(db, user)
    return render_template("accounts/sign_in.html", form=form)


@bp.route("/sign-in/code", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["SIGN_IN_LIMIT"], methods=["POST"])
@limiter.limit(lambda: current_app.config["TWO_STEP_LIMIT"], methods=["POST"], key_func=_pending_key)
def sign_in_code():
    db = get_session()
    started = "pending_uid" in session
    user = _pending_user(db)
    if user is None:
        if started:
            flash(_("Sign in again: the time to enter your code ran out."))
        return redirect(url_for("accounts.sign_in"))
    form = CodeForm()
    if form.validate_on_submit():
        if accounts.check_totp(user, form.code.data, _box()):
            db.add(user)
            return _finish_sign_in(db, user)
        accounts.audit(db, "sign-in-code-failed", user)
        db.commit()
        form.code.errors.append(_("The code is not right. Enter the newest code from your app"))
    return render_template("accounts/sign_in_code.html", form=form)


def _finish_sign_in(db, user):
    accounts.audit(db, "sign-in", user)
    db.commit()
    target = safe_next()
    auth.sign_in(user)  # also forgets the half-signed-in state
    return redirect(target)


@bp.post("/sign-out")
def sign_out():
    if g.user:
        accounts.audit(get_session(), "sign-out", g.user)
        get_session().commit()
    auth.sign_out()
    flash(_("You have signed out."))
    return redirect(url_for("accounts.sign_in"))


@bp.post("/account/sign-out-everywhere")
@auth.role_required(*auth.ANYONE_SIGNED_IN)
def sign_out_everywhere():
    db = get_session()
    accounts.end_all_sessions(db, g.user.id)
    accounts.audit(db, "sign-out-everywhere", g.user)
    db.commit()
    auth.sign_out()
    flash(_("You have signed out on every device."))
    return redirect(url_for("accounts.sign_in"))


@bp.get("/account")
@auth.role_required(*auth.ANYONE_SIGNED_IN)
def account():
    return render_template("accounts/account.html", form=ConfirmForm())


@bp.route("/account/two-step", methods=["GET", "POST"])
@auth.role_required(*auth.ANYONE_SIGNED_IN)
def two_step():
    """Turn on two-step sign-in: scan the code, then prove it works with one code."""
    db = get_session()
    secret = accounts.pending_totp_secret(g.user, _box())
    db.add(g.user)
    db.commit()
    form = CodeForm()
    if form.validate_on_submit():
        if accounts.confirm_totp(g.user, form.code.data, _box()):
            accounts.audit(db, "two-step-on", g.user)
            db.add(g.user)
            db.commit()
            flash(_("Two-step sign-in is on."))
            return redirect(url_for("accounts.account"))
        form.code.errors.append(_("The code is not right. Enter the newest code from your app"))
    # the issuer names this account in the person's app: an identifier, not prose
    issuer = f"{council.current().area} Local Offer"
    uri = pyotp.TOTP(secret).provisioning_uri(name=g.user.email, issuer_name=issuer)
    qr = Markup(segno.make(uri, error="m").svg_inline(scale=4, title=_("QR code for your authenticator app")))
    return render_template("accounts/two_step.html", form=form, secret=secret, qr=qr)


@bp.route("/account/two-step/off", methods=["GET", "POST"])
@auth.role_required(*auth.ANYONE_SIGNED_IN)
@limiter.limit(lambda: current_app.config["SIGN_IN_LIMIT"], methods=["POST"])
def two_step_off():
    """Only with the password or a current code: a borrowed, signed-in browser is not enough."""
    db = get_session()
    form = TwoStepOffForm()
    if form.validate_on_submit():
        password_ok = bool(form.password.data) and accounts.authenticate(
            db, g.user.email, form.password.data) is not None
        if password_ok or accounts.check_totp(g.user, form.code.data or "", _box()):
            accounts.turn_off_totp(g.user)
            accounts.audit(db, "two-step-off", g.user)
            db.add(g.user)
            db.commit()
            flash(_("Two-step sign-in is off."))
            return redirect(url_for("accounts.account"))
        db.rollback()
        form.password.errors.append(_("Enter your password, or a current code from your authenticator app"))
    return render_template("accounts/two_step_off.html", form=form)


@bp.route("/forgot-password", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["SIGN_IN_LIMIT"], methods=["POST"])
def forgot_password():
    form = ForgotPasswordForm()
    if form.validate_on_submit():
        db = get_session()
        user = db.exec(select(User).where(
            User.email == accounts.normalise_email(form.email.data))).first()
        if user and user.active:
            send_password_link(db, user)
            accounts.audit(db, "password-reset-requested", user)
            db.commit()
        # the same answer either way: the page never tells who has an account
        return render_template("accounts/check_email.html", email=form.email.data)
    return render_template("accounts/forgot_password.html", form=form)


@bp.route("/reset-password/<token>", methods=["GET", "POST"])
def reset_password(token):
    db = get_session()
    user = accounts.reset_token_user(db, token)
    if user is None:
        return render_template("accounts/link_expired.html"), 410
    form = NewPasswordForm(email=user.email)
    if form.validate_on_submit():
        accounts.consume_reset_token(db, token)
        accounts.set_password(user, form.password.data)
        accounts.end_all_sessions(db, user.id)  # a new password ends every old session
        accounts.audit(db, "password-reset", user)
        db.add(user)
        db.commit()
        flash(_("Your password has been changed. Sign in with your new password."))
        return redirect(url_for("accounts.sign_in"))
    return render_template("accounts/reset_password.html", form=form)


@bp.errorhandler(429)
def too_many(error):
    """Sign-ins rate limited: say so plainly, and how to get back in."""
    return render_template("accounts/too_many_attempts.html"), 429

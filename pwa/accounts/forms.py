"""Sign-in and account forms. Paste and password managers always work (WCAG 3.3.8)."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField, StringField
from wtforms.validators import DataRequired, EqualTo, Length, Optional, Regexp, ValidationError

from pwa.forms import EMAIL, EMAIL_MAX
from pwa.queries.accounts import MIN_PASSWORD_LENGTH, password_problem


class SignInForm(FlaskForm):
    email = EmailField(_l("Email address"), validators=[
        DataRequired(_l("Enter your email address")), EMAIL, Length(max=EMAIL_MAX)])
    password = PasswordField(_l("Password"), validators=[
        DataRequired(_l("Enter your password")), Length(max=1000)])


class CodeForm(FlaskForm):
    code = StringField(_l("Code from your authenticator app"), validators=[
        DataRequired(_l("Enter the 6-digit code")),
        Regexp(r"^\s*\d{3}\s*\d{3}\s*$", message=_l("Enter the 6-digit code"))])


class ForgotPasswordForm(FlaskForm):
    email = EmailField(_l("Email address"), validators=[
        DataRequired(_l("Enter your email address")), EMAIL, Length(max=EMAIL_MAX)])


class NewPasswordForm(FlaskForm):
    password = PasswordField(_l("New password"), validators=[
        DataRequired(_l("Enter a new password")), Length(max=1000)])
    confirm = PasswordField(_l("Type the new password again"), validators=[
        DataRequired(_l("Type the new password again")),
        EqualTo("password", message=_l("The passwords do not match"))])

    def __init__(self, *args, email="", **kwargs):
        super().__init__(*args, **kwargs)
        self._email = email

    def validate_password(self, field):
        problem = password_problem(field.data or "", self._email)
        if problem == "short":
            raise ValidationError(_l("Password must be %(num)d characters or more",
                                     num=MIN_PASSWORD_LENGTH))
        if problem == "common":
            raise ValidationError(_l("That password is too easy to guess. Try three or four "
                                     "random words together"))


class ConfirmForm(FlaskForm):
    """A button that changes something: all it carries is its CSRF token."""


class TwoStepOffForm(FlaskForm):
    """Turning two-step sign-in off needs proof it is really the account holder."""
    password = PasswordField(_l("Your password"), validators=[Optional(), Length(max=1000)])
    code = StringField(_l("Or a code from your authenticator app"), validators=[Optional(), Length(max=20)])

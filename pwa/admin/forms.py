"""Forms for administrators."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, SelectField, StringField
from wtforms.validators import DataRequired, Length, ValidationError

from pwa.forms import EMAIL, EMAIL_MAX, choices


class RoleForm(FlaskForm):
    """An account's role and organisation, shared by adding and changing an account."""
    role = SelectField(_l("Role"), choices=choices([
        ("provider", _l("Service provider: updates their organisation's entries, an editor approves")),
        ("editor", _l("Editor: a council officer who approves and edits any entry")),
        ("admin", _l("Administrator: an editor who also manages accounts"))]))
    organization_id = SelectField(_l("Organisation (service providers only)"), choices=[],
                                  validate_choice=False)

    def validate_organization_id(self, field):
        if self.role.data == "provider" and not field.data:
            raise ValidationError(_l("Choose the organisation this provider works for"))


class NewUserForm(RoleForm):
    name = StringField(_l("Full name"), validators=[DataRequired(_l("Enter their name")), Length(max=200)])
    email = EmailField(_l("Email address"), validators=[
        DataRequired(_l("Enter their email address")), EMAIL, Length(max=EMAIL_MAX)])


class ChangeUserForm(RoleForm):
    active = BooleanField(_l("This person can sign in"))

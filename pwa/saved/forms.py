"""Saving and removing a service, and taking a shared list: POST forms with CSRF.

The Save buttons on cards render these fields by hand (a FlaskForm per card would cost
bytes on the search page); the names here are the contract."""
from flask_wtf import FlaskForm
from wtforms import HiddenField
from wtforms.validators import DataRequired, Length, Regexp

SLUG = r"^[a-z0-9][a-z0-9-]{0,119}$"


class SaveForm(FlaskForm):
    slug = HiddenField(validators=[DataRequired(), Regexp(SLUG)])
    next = HiddenField(validators=[Length(max=2000)])


class ShareForm(FlaskForm):
    s = HiddenField(validators=[DataRequired(), Length(max=8000)])

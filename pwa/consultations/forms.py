"""The answer form (one text box a question, built for each consultation) and the
editors' consultation form."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, DateField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from pwa.forms import PublicForm
from pwa.queries.consultations import MAX_QUESTIONS

ANSWER_MAX = 3000


def answers_form(questions: list[str], formdata=None) -> FlaskForm:
    """A form with one optional text box per question, its label the question."""
    class AnswersForm(PublicForm):
        pass
    for n, question in enumerate(questions, start=1):
        setattr(AnswersForm, f"answer_{n}", TextAreaField(question, validators=[
            Optional(),
            Length(max=ANSWER_MAX, message=_l("Your answer must be %(max)d characters or fewer", max=ANSWER_MAX))]))
    return AnswersForm() if formdata is None else AnswersForm(formdata)


class ConsultationForm(FlaskForm):
    title = StringField(_l("Title"), validators=[DataRequired(message=_l("Enter a title")), Length(max=200)])
    about = TextAreaField(_l("What it is about"), validators=[
        DataRequired(message=_l("Say what the consultation is about")), Length(max=5000)])
    question_1 = StringField(_l("Question 1"), validators=[
        DataRequired(message=_l("Enter at least one question")), Length(max=500)])
    question_2 = StringField(_l("Question 2 (optional)"), validators=[Optional(), Length(max=500)])
    question_3 = StringField(_l("Question 3 (optional)"), validators=[Optional(), Length(max=500)])
    question_4 = StringField(_l("Question 4 (optional)"), validators=[Optional(), Length(max=500)])
    question_5 = StringField(_l("Question 5 (optional)"), validators=[Optional(), Length(max=500)])
    closes_on = DateField(_l("Closing date"), validators=[DataRequired(message=_l("Enter the closing date"))])
    accessible_formats = TextAreaField(_l("Other formats, and how to ask for them"), validators=[
        DataRequired(message=_l("Say which other formats people can ask for, and how")), Length(max=2000)])
    results = TextAreaField(_l("Summary of the results"), validators=[Optional(), Length(max=10000)])
    response = TextAreaField(_l("Our response and what we will do"), validators=[Optional(), Length(max=10000)])
    publish_results = BooleanField(_l("Publish the results and our response"))

    def questions(self) -> list[str]:
        return [q.strip() for q in (getattr(self, f"question_{n}").data or "" for n in range(1, MAX_QUESTIONS + 1))
                if q.strip()]

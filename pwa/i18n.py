"""Language of each request, and its direction, for <html lang dir>."""
from flask import g
from flask_babel import Babel, format_currency, format_date, format_datetime, get_locale

RTL = frozenset({"ar", "ur", "fa", "he", "ps"})
babel = Babel()


# English pages use British formats: "27 November 2026", "£3.50".
BABEL_LOCALES = {"en": "en_GB"}


def _locale():
    lang = g.get("lang", "en")
    return BABEL_LOCALES.get(lang, lang)


def text_direction() -> str:
    return "rtl" if get_locale().language in RTL else "ltr"


def init_app(app):
    babel.init_app(app, locale_selector=_locale)
    app.jinja_env.globals.update(text_direction=text_direction, get_locale=get_locale,
                                  format_date=format_date, format_datetime=format_datetime,
                                  format_currency=format_currency)
    # {% trans %} blocks collapse whitespace, as the extractor does (babel.cfg)
    app.jinja_env.policies["ext.i18n.trimmed"] = True

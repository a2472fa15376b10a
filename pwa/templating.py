"""Every name a template can use beyond what Flask gives, registered in one place.

Templates are shared across areas (a layout, a partial, an editing page), so the names
they rely on belong to the app, not to whichever blueprint happened to need them first.
Add a template global here, nowhere else.
"""
from datetime import date

from flask import current_app, g
from flask_babel import format_currency, format_date, format_datetime, get_locale

from pwa import council, display, i18n, labels, thrift
from pwa.queries import nearby
from pwa.queries import services as service_queries


def pictogram_url(name):
    """The hashed URL of a shipped pictogram, or None for a name we do not ship."""
    assets = current_app.extensions["assets"]
    source = f"pictograms/{name}.svg"
    return assets.url(source) if name and source in assets.by_source else None


def review_overdue(service) -> bool:
    """A search card flags an entry past the date it should have been checked by."""
    return service_queries.is_overdue(service, date.today())


def init_app(app):
    from pwa.editing import display as entry_display
    from pwa.feedback.forms import ACTION_STATUSES, CATEGORIES, EXCLUSION_REASONS
    from pwa.saved.views import save_token, saved_slugs

    app.jinja_env.globals.update(
        # where this page is; the display switch's parameters left off, so going
        # back never undoes the choice just made
        here=display.here,
        asset_url=app.extensions["assets"].url, pictogram_url=pictogram_url,
        stylesheet_cached=app.extensions["assets"].stylesheet_cached,
        inline_stylesheet=app.extensions["assets"].inline_stylesheet,
        save_data=thrift.save_data, current_user=lambda: g.get("user"),
        # languages and formats
        text_direction=i18n.text_direction, get_locale=get_locale, lang=i18n.lang,
        languages=i18n.languages, unprefixed=i18n.unprefixed,
        english_content=i18n.english_content,
        draft_notice=i18n.draft_notice, in_english=i18n.in_english, ltr=i18n.ltr,
        format_date=format_date, format_datetime=format_datetime, format_currency=format_currency,
        # vocabularies and their labels
        labels=labels, review_overdue=review_overdue, walking_minutes=nearby.walking_minutes, saved_slugs=saved_slugs,
        save_token=save_token,
        feedback_categories=CATEGORIES, action_statuses=ACTION_STATUSES,
        exclusion_reasons=EXCLUSION_REASONS, finding_kinds=labels.FINDING_KINDS,
        # an entry's fields and history, for editors
        field_label=entry_display.field_label, field_value=entry_display.field_value,
        action_labels=entry_display.ACTIONS, kind_labels=labels.KINDS,
        new_entry_labels=labels.NEW_ENTRY, checklist_labels=labels.CHECKLIST,
    )
    app.jinja_env.filters["isolate_runs"] = i18n.isolate_runs
    # {% trans %} blocks collapse whitespace, as the extractor does (babel.cfg)
    app.jinja_env.policies["ext.i18n.trimmed"] = True
    # The display mode is chosen per request, and the council read from configuration,
    # so both are read when a template renders.
    app.context_processor(lambda: {"display": display.current(), "council": council.current()})

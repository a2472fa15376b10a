"""Readable names and values for the fields of an entry's state, for difference
tables and history (the states themselves are plain dicts: queries.editorial)."""
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from pwa import council, labels
from pwa.queries import facts
from pwa.queries.easy_read import SECTIONS

FIELD_LABELS = {
    "name": _l("Name"), "description": _l("Description"),
    "eligibility_description": _l("Who can use it"), "application_process": _l("How to get it"),
    "wait_time": _l("How long it takes"), "minimum_age": _l("Youngest age"),
    "maximum_age": _l("Oldest age"), "status": _l("Is it open?"), "alert": _l("Notice for families"),
    "email": _l("Email address"), "url": _l("Website"), "website": _l("Website"),
    "ehc_plan_required": _l("Only with an EHC plan"), "self_referral": _l("Families can ask for it themselves"),
    "professional_referral": _l("A professional can refer"),
    "personal_budget": _l("Can be paid for with a personal budget"),
    "provider_type": _l("Kind of provider"), "setting": _l("Setting"),
    "s41_approved": _l("Section 41 approved"), "schedules": _l("Opening times"),
    "contacts": _l("Contacts"), "costs": _l("Costs"), "addresses": _l("Address"),
    "accessibility": _l("Access"),
    "title": _l("Title"), "summary": _l("Summary"), "life_stage": _l("Life stage"),
    "topic": _l("Topic"), "body": _l("The page (Markdown)"),
    "owner": _l("Team answerable for the page"), "easy_read": _l("Easy read points"),
    "sources": _l("Where this comes from"),
    "needs": _l("Needs it supports"), "support": _l("Kinds of support it gives"),
    "answers": _l("Answers for education providers"),
}
ACTIONS = {
    "create": _l("First recorded"), "edit": _l("Edited"), "approve": _l("Change approved"),
    "restore": _l("Earlier version restored"), "archive": _l("Archived"),
    "unarchive": _l("Restored from the archive"),
    "import": _l("Imported"),
}


def field_label(name: str) -> str:
    if name == "in_area":
        return _("In %(area)s", area=council.current().area)
    return str(FIELD_LABELS.get(name, name))


def field_value(name: str, value) -> str:
    """One field's value as text; lists become one line per item."""
    if value is None or value == "" or value == []:
        return ""
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if name == "status":
        return str(labels.SERVICE_STATUSES.get(value, value))
    if name == "life_stage":
        return str(labels.LIFE_STAGES.get(value, value))
    if name == "topic":
        return str(labels.INFORMATION_TOPICS.get(value, value))
    if name == "easy_read":  # an information page's points, or a service's four
        return "\n".join(f"{p.get('picture', '')} | {p.get('text', '')}" if "text" in p else "\n".join(
            f"{p.get(f'{s}_picture', '')} | {p.get(s, '')}" for s in SECTIONS if p.get(s)) for p in value)
    if name == "sources":
        return facts.as_lines(value)
    if name == "provider_type":
        return str(labels.PROVIDER_TYPES.get(value, value))
    if name == "needs":
        return "\n".join(str(labels.NEEDS.get(code, code)) for code in value)
    if name == "support":
        return "\n".join(str(labels.SUPPORT_KINDS.get(code, code)) for code in value)
    if name == "answers":
        return "\n".join(f"{labels.LOCAL_OFFER_QUESTIONS.get(a['question'], a['question'])}: {a['answer']}"
                         for a in value)
    if name == "schedules":
        return "\n".join(_schedule(s) for s in value)
    if name == "contacts":
        return "\n".join(", ".join(x for x in [c.get("name"), c.get("email")] + [
            p["number"] for p in c.get("phones", [])] if x) for c in value)
    if name == "costs":
        return "\n".join(" ".join(str(x) for x in (c.get("option"), c.get("amount"),
                                                    c.get("amount_description")) if x not in (None, ""))
                         for c in value)
    if name == "addresses":
        return "\n".join(", ".join(x for x in (a.get("address_1"), a.get("city"), a.get("postal_code")) if x)
                         for a in value)
    if name == "accessibility":
        return "\n".join(a["description"] + (f": {a['details']}" if a.get("details") else "") for a in value)
    return str(value)


def _schedule(s: dict) -> str:
    days = ", ".join(str(labels.DAYS.get(d, d)) for d in s.get("byday", "").split(",") if d)
    text = _("%(days)s: %(opens)s to %(closes)s", days=days, opens=s.get("opens_at"), closes=s.get("closes_at"))
    return f"{text}. {s['description']}" if s.get("description") else text

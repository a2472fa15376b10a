"""What a complete service entry tells families before it can be published: who it is
for (ages and needs), how to get it, how to get in touch, what it costs, and, from an
education or training provider, the answers the Children and Families Act 2014
(Schedule 2 para 5) requires. Read from an entry's state (queries.editorial.snapshot),
so a draft, a proposal and a live entry are checked alike."""
from pwa.queries.vocab import CHECKLIST, EDUCATION_PROVIDERS, LOCAL_OFFER_QUESTIONS


def missing(data: dict) -> list[str]:
    """The checklist's items (codes in vocab.CHECKLIST) that `data` does not answer yet."""
    done = {
        "ages": data.get("minimum_age") is not None and data.get("maximum_age") is not None,
        "needs": bool(data.get("needs")),
        "access": bool((data.get("application_process") or "").strip()),
        "contact": bool((data.get("email") or "").strip() or (data.get("url") or "").strip() or any(
            (c.get("email") or "").strip() or c.get("phones") for c in data.get("contacts") or [])),
        "cost": bool(data.get("costs")),
        "local_offer": data.get("provider_type") not in EDUCATION_PROVIDERS or not unanswered(data),
    }
    return [item for item in CHECKLIST if not done[item]]


def unanswered(data: dict) -> list[str]:
    """The para 5 questions (a to j) with no answer."""
    answers = {a["question"]: (a.get("answer") or "").strip() for a in data.get("answers") or []}
    return [q for q in LOCAL_OFFER_QUESTIONS if not answers.get(q)]

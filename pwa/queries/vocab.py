"""The Local Offer's fixed vocabularies, as codes. Their display labels live in
pwa/labels.py, where they can be translated."""

# Children and Families Act 2014, Schedule 2 para 1 (a)-(h), then the other
# kinds of provider a Local Offer lists (statutory-requirements.md, fields table 1).
PROVIDER_TYPES = (
    "early-years", "maintained-school", "academy", "non-maintained-special-school",
    "post-16", "section-41", "pupil-referral-unit", "la-commissioned",
    "health", "social-care", "voluntary", "leisure", "childcare",
)
# Providers that must answer the Schedule 2 para 5 (a)-(j) questions.
EDUCATION_PROVIDERS = frozenset(PROVIDER_TYPES[:7])
LOCAL_OFFER_QUESTIONS = tuple("abcdefghij")

# The kinds of support families look for (the home page's "ways in").
SUPPORT_KINDS = (
    "education", "health", "social-care", "leisure",
    "preparing-for-adulthood", "travel", "advice", "childcare",
)

# Age bands filter by range overlap with a service's minimum and maximum age.
AGE_BANDS = {"0-4": (0, 4), "5-10": (5, 10), "11-15": (11, 15), "16-25": (16, 25)}

NEEDS_TAXONOMY = "send-needs"
SUPPORT_TAXONOMY = "support-kinds"

ACTIVE_STATUSES = ("active", "temporarily closed")

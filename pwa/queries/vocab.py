"""The Local Offer's fixed vocabularies, as codes, beside the kinds of entry
(pwa/queries/kinds.py). Their display labels live in pwa/labels.py, where they can be
translated; a test checks every code here has a label there, in every language."""

# Children and Families Act 2014, Schedule 2 para 1 (a)-(h), then the other
# kinds of provider a Local Offer lists: health, social care, and the support families
# look for beyond education.
PROVIDER_TYPES = (
    "early-years", "maintained-school", "academy", "non-maintained-special-school",
    "post-16", "section-41", "pupil-referral-unit", "la-commissioned",
    "health", "social-care", "voluntary", "leisure", "childcare",
)
LOCAL_OFFER_QUESTIONS = tuple("abcdefghij")
# Schedule 2 para 1's education and training providers: they answer para 5's questions.
EDUCATION_PROVIDERS = PROVIDER_TYPES[:7]
# What a new service must tell families before it is published (queries.completeness).
CHECKLIST = ("ages", "needs", "access", "contact", "cost", "local_offer")

# The kinds of support families look for (the home page's "ways in").
SUPPORT_KINDS = (
    "education", "health", "social-care", "leisure",
    "preparing-for-adulthood", "travel", "advice", "childcare",
)

# Age bands filter by range overlap with a service's minimum and maximum age.
AGE_BANDS = {"0-4": (0, 4), "5-10": (5, 10), "11-15": (11, 15), "16-25": (16, 25)}

# The needs taxonomy is data (loaded into the database, where search reads its
# hierarchy); these are its codes in the order families see them: the four broad
# areas of need, then the conditions under them.
NEEDS = (
    "communication-interaction", "cognition-learning", "semh", "sensory-physical",
    "autism", "speech-language", "learning-disability", "specific-learning-difficulty",
    "adhd", "mental-health", "hearing", "vision", "multi-sensory", "physical-disability",
    "complex-health",
)
BROAD_AREAS = NEEDS[:4]
NEEDS_TAXONOMY = "send-needs"
SUPPORT_TAXONOMY = "support-kinds"

SERVICE_STATUSES = ("active", "temporarily closed", "inactive")
ACTIVE_STATUSES = SERVICE_STATUSES[:2]  # the ones families can find

SETTINGS = ("mainstream", "special", "la-secured")
# Weekdays as iCalendar (RFC 5545) writes them; Monday first, as date.weekday() counts.
DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")

# Information pages: who a page is for, and what it is about.
LIFE_STAGES = ("early-years", "school-age", "adulthood", "all")
INFORMATION_TOPICS = (
    "education", "assessments-and-plans", "advice-and-disagreements", "money-and-short-breaks",
    "travel", "adulthood", "childcare-and-leisure", "about",
)
# What a member of the public says is wrong with an entry.
SUGGESTION_TOPICS = ("contact", "opening-times", "closed", "other")

"""Display labels for the vocabularies in pwa/queries/vocab.py, translatable."""
from flask_babel import lazy_gettext as _l

from pwa.queries.vocab import BROAD_AREAS  # noqa: F401  (the home page's ways in by need)

PROVIDER_TYPES = {
    "early-years": _l("Early years education"),
    "maintained-school": _l("Maintained school"),
    "academy": _l("Academy"),
    "non-maintained-special-school": _l("Non-maintained special school"),
    "post-16": _l("College or post-16 provider"),
    "section-41": _l("Independent specialist provider (section 41 approved)"),
    "pupil-referral-unit": _l("Pupil referral unit"),
    "la-commissioned": _l("Commissioned by the council"),
    "health": _l("Health service"),
    "social-care": _l("Social care"),
    "voluntary": _l("Voluntary or community group"),
    "leisure": _l("Leisure and activities"),
    "childcare": _l("Childcare"),
}
SUPPORT_KINDS = {
    "education": _l("Education"),
    "health": _l("Health"),
    "social-care": _l("Social care"),
    "leisure": _l("Leisure and activities"),
    "preparing-for-adulthood": _l("Preparing for adulthood"),
    "travel": _l("Travel and transport"),
    "advice": _l("Advice and support"),
    "childcare": _l("Childcare"),
}
AGE_BANDS = {
    "0-4": _l("Aged 0 to 4"),
    "5-10": _l("Aged 5 to 10"),
    "11-15": _l("Aged 11 to 15"),
    "16-25": _l("Aged 16 to 25"),
}
NEEDS = {
    "communication-interaction": _l("Communication and interaction"),
    "cognition-learning": _l("Cognition and learning"),
    "semh": _l("Social, emotional and mental health"),
    "sensory-physical": _l("Sensory and physical needs"),
    "autism": _l("Autism"),
    "speech-language": _l("Speech, language and communication"),
    "learning-disability": _l("Learning disability"),
    "specific-learning-difficulty": _l("Specific learning difficulties, such as dyslexia"),
    "adhd": _l("ADHD (attention deficit hyperactivity disorder)"),
    "mental-health": _l("Mental health"),
    "hearing": _l("Hearing impairment"),
    "vision": _l("Visual impairment"),
    "multi-sensory": _l("Multi-sensory impairment"),
    "physical-disability": _l("Physical disability"),
    "complex-health": _l("Complex health needs"),
}
SETTINGS = {
    "mainstream": _l("Mainstream"),
    "special": _l("Special school or college"),
    "la-secured": _l("Provision the council arranges"),
}
LOCAL_OFFER_QUESTIONS = {
    "a": _l("How they teach children and young people with SEN"),
    "b": _l("How they adapt the curriculum and the learning environment"),
    "c": _l("Extra help with learning"),
    "d": _l("How progress is checked and reviewed, with you and your child"),
    "e": _l("How they check their support is working, with you and your child"),
    "f": _l("Using the buildings and facilities"),
    "g": _l("Clubs, trips and activities, including sport"),
    "h": _l("Other support available"),
    "i": _l("How staff learn about SEND"),
    "j": _l("Support for emotional, mental and social development"),
}
CHECKLIST = {
    "ages": _l("The youngest and oldest ages it is for"),
    "needs": _l("The needs it supports"),
    "access": _l("How to get it"),
    "contact": _l("How to get in touch: an email address or a website"),
    "cost": _l("What it costs, or that it is free"),
    "local_offer": _l("Answers to the 10 questions for schools, colleges and other education providers"),
}
DAYS = {
    "MO": _l("Monday"), "TU": _l("Tuesday"), "WE": _l("Wednesday"), "TH": _l("Thursday"),
    "FR": _l("Friday"), "SA": _l("Saturday"), "SU": _l("Sunday"),
}
SERVICE_STATUSES = {
    "active": _l("Open"), "temporarily closed": _l("Temporarily closed"),
    "inactive": _l("Closed: hidden from the public"),
}
LIFE_STAGES = {
    "early-years": _l("Early years (0 to 5)"),
    "school-age": _l("School age (5 to 16)"),
    "adulthood": _l("Moving to adulthood (14 to 25)"),
    "all": _l("All ages"),
}
INFORMATION_TOPICS = {
    "education": _l("Support in nursery, school and college"),
    "assessments-and-plans": _l("EHC needs assessments and EHC plans"),
    "advice-and-disagreements": _l("Advice, complaints and appeals"),
    "money-and-short-breaks": _l("Personal budgets and short breaks"),
    "travel": _l("Travel and transport"),
    "adulthood": _l("Preparing for adulthood"),
    "childcare-and-leisure": _l("Childcare and leisure"),
    "about": _l("About the Local Offer"),
}
SUGGESTION_TOPICS = {
    "contact": _l("The contact details are wrong"),
    "opening-times": _l("The opening times are wrong"),
    "closed": _l("The service has closed or moved"),
    "other": _l("Something else"),
}
# What the personal-details check (pwa/queries/scrub.py) can find in a comment.
FINDING_KINDS = {
    "email": _l("an email address"), "phone": _l("a phone number"), "nhs-number": _l("an NHS number"),
    "postcode": _l("a postcode"), "address": _l("an address"), "date": _l("a date (perhaps a birthday)"),
    "school": _l("a school or nursery"), "name": _l("a name"),
}
# The kinds of entry (pwa/queries/kinds.py), by code.
KINDS = {"service": _l("Service"), "organization": _l("Organisation"), "location": _l("Location"),
         "information_page": _l("Information page")}
# The heading of the page that adds an entry of each kind.
NEW_ENTRY = {"service": _l("New service"), "organization": _l("New organisation"),
             "location": _l("New place"), "information_page": _l("New information page")}
ROLES = {
    "admin": _l("Administrator"),
    "editor": _l("Editor"),
    "provider": _l("Service provider"),
}

# Easy read. The pictograms, named for the picture editors choose; and the
# ways in on the easy read home page, in words without initials.
PICTURES = {
    "info": _l("Information"), "school": _l("School"), "health": _l("Health"), "care": _l("Care"),
    "play": _l("Play and art"), "work": _l("Work"), "bus": _l("Bus"), "talk": _l("Talking"),
    "toy": _l("Toy"), "baby": _l("Baby"), "child": _l("Child"), "young-person": _l("Young person"),
    "student": _l("Student"), "people": _l("People"), "phone": _l("Phone"), "letter": _l("Letter"),
    "form": _l("Form"), "free": _l("Free"), "money": _l("Money"), "place": _l("Place"),
    "calendar": _l("Calendar"), "search": _l("Search"), "question": _l("Question"),
    "warning": _l("Warning"), "yes": _l("Yes"), "book": _l("Book"), "learning": _l("Learning"),
    "ear": _l("Ear"), "eye": _l("Eye"), "speaking": _l("Speaking"), "feelings": _l("Feelings"),
    "wheelchair": _l("Wheelchair"), "hospital": _l("Hospital"), "home": _l("Home"),
    "teacher": _l("Teacher"), "doctor": _l("Doctor or nurse"), "settings": _l("Settings"),
    "plan": _l("Plan"), "waiting": _l("Waiting"), "door": _l("Door"),
}
EASY_AGE_BANDS = {"0-4": ("baby", _l("Babies and children up to 4")), "5-10": ("child", _l("Children aged 5 to 10")),
                  "11-15": ("young-person", _l("Young people aged 11 to 15")),
                  "16-25": ("student", _l("Young people aged 16 to 25"))}
EASY_NEEDS = {
    "communication-interaction": ("talk", _l("Talking and getting on with people")),
    "cognition-learning": ("learning", _l("Learning")),
    "semh": ("feelings", _l("Feelings and behaviour")),
    "sensory-physical": ("wheelchair", _l("Seeing, hearing and moving")),
    "autism": ("people", _l("Autism")),
    "speech-language": ("speaking", _l("Speaking and understanding")),
    "adhd": ("question", _l("Focusing and sitting still")),
    "hearing": ("ear", _l("Hearing")),
    "vision": ("eye", _l("Seeing")),
}
EASY_KINDS = {"education": "school", "health": "health", "social-care": "care", "leisure": "play",
              "preparing-for-adulthood": "work", "travel": "bus", "advice": "talk", "childcare": "toy"}
# Types of school and setting families ask for (pwa/queries/setting_types.py).
SETTING_TYPES = {
    "special": _l("All special schools"),
    "special-maintained": _l("Maintained special schools"),
    "special-academy": _l("Special academies and free schools"),
    "special-non-maintained": _l("Non-maintained special schools"),
    "special-independent": _l("Independent special schools"),
    "resourced-provision": _l("Mainstream schools with a resourced provision or SEN unit"),
    "section-41": _l("Section 41 approved independent schools and colleges"),
    "alternative-provision": _l("Pupil referral units and alternative provision"),
    "early-years": _l("Early years settings"),
    "post-16": _l("Further education, sixth forms and post-16"),
}
PHASES = {
    "early-years": _l("Early years (up to 4)"),
    "primary": _l("Primary (4 to 11)"),
    "secondary": _l("Secondary (11 to 16)"),
    "post-16": _l("Post-16 (16 to 25)"),
}

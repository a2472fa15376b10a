"""Find and remove personal details from a comment before it is published.

SEND Regulations 2014, reg 56(3): comments are published "in a form that does not
enable any individual to be identified". Detection is automatic and deliberately
eager; an editor confirms every finding (and may keep one that is not personal)
before anything is published. A pure function: no database, no Flask.

What it finds: email addresses; UK phone numbers in every common format (and other
international numbers written with +); NHS numbers; postcodes; street addresses (a
house number and a street word); full dates (a date of birth is a full date);
school and nursery names (the names the caller knows, and "… School/Academy/
College/Nursery"); and people's names: after a title (Mrs, Dr, Mr. …), after a family
or staff word ("my son Tom", "the SENCO, Mrs …"), in several languages and scripts
("ابني أحمد", "мій син Тарас", "मेरा बेटा राहुल"), and any name the caller knows (the
person's own name from the form).
"""
import re
from dataclasses import dataclass

PLACEHOLDERS = {
    "email": "[email address]", "phone": "[phone number]", "nhs-number": "[NHS number]",
    "postcode": "[postcode]", "address": "[address]", "date": "[date]",
    "school": "[school]", "name": "[name]",
}


@dataclass(frozen=True)
class Finding:
    kind: str  # a key of PLACEHOLDERS
    text: str  # what was found, exactly as written
    start: int
    end: int
    removed: bool = True  # False when the editor chose to keep it


@dataclass(frozen=True)
class Scrubbed:
    text: str
    findings: list


# Letters of any script, and the marks that go with them (Devanagari and Bengali vowel
# signs are not "word" characters to Python's re).
_L = r"[^\W\d_]"
_MARKS = "\u0900-\u097F\u0980-\u09FF\u0A00-\u0A7F\u0610-\u061A\u064B-\u065F\u0670"
_NAME_TOKEN = rf"{_L}(?:{_L}|[{_MARKS}])*(?:['’-](?!s\b){_L}+)*"

EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
# A UK number: +44 / 0044 / 0, then digit groups; checked for length afterwards.
PHONE = re.compile(r"(?<![\w+])(?:(?:\+|00)\s?44\s?(?:\(0\)\s?)?|\(?0)\d{1,5}\)?(?:[ .-]?\d{2,6}){1,4}(?!\d)"
                   r"|(?<![\w+])\+\d{1,3}(?:[ .-]?\d{2,5}){2,5}(?!\d)")
NHS = re.compile(r"(?<!\d)\d{3}[ -]?\d{3}[ -]?\d{4}(?!\d)")
NHS_CUE = re.compile(r"\bNHS\s*(?:number|no\.?|num)\s*(?:is|:)?\s*", re.I)
POSTCODE = re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[A-Z]{2}\b", re.I)
STREET_WORDS = ("Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Crescent|Cres|Court|Ct|"
                "Place|Pl|Gardens|Gdns|Grove|Terrace|Square|Sq|Hill|Walk|Row|Mews|Park|Rise|View|"
                "Green|Parade|Vale|Croft|Meadow|Meadows|Fields|Estate")
ADDRESS = re.compile(
    r"(?:\b(?:Flat|Apartment|Apt|Unit)\s+\d+[A-Za-z]?,?\s+)?\b\d{1,4}[A-Za-z]?,?\s+"
    rf"(?:[A-Z][\w'’-]*\s+){{1,3}}(?i:{STREET_WORDS})\b\.?")
MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
          "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
DATE = re.compile(
    r"(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?![\d/.-]\d)"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})\.?,?\s+\d{{4}}\b"
    rf"|\b(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b", re.I)
SCHOOL_WORDS = "School|Academy|College|Nursery|Pre-School|Preschool|Sixth Form|Primary|Infants|Juniors"
SCHOOL = re.compile(
    rf"\b(?:St\.?\s+)?[A-Z][\w'’.-]*(?:\s+(?:of|for|the|and|&|de|[A-Z][\w'’.-]*)){{0,5}}\s+(?:{SCHOOL_WORDS})\b")
TITLE = re.compile(r"\b(?:Mrs|Mr|Ms|Miss|Mx|Dr|Prof|Sir|Dame)\b\.?\s+(\S)")

# Words after which a name often follows. English, then Polish, Spanish, French,
# Portuguese, Romanian, Urdu and Arabic, Ukrainian and Russian, Hindi, Bengali.
_RELATIVES = ("son|daughter|child|boy|girl|grandson|granddaughter|stepson|stepdaughter|nephew|niece|"
              "brother|sister|husband|wife|partner|twins?|kids?|children|sons|daughters")
_STAFF = ("SENCO|SENCo|Senco|teacher|headteacher|head teacher|head|caseworker|case worker|case officer|"
          "social worker|key worker|keyworker|therapist|paediatrician|consultant|nurse|"
          "doctor|officer|advisor|adviser|TA|teaching assistant")
CUE = re.compile(
    rf"\b(?:(?:my|our|his|her|their)(?:\s+[\w-]+){{0,4}}?\s+(?:{_RELATIVES})"
    rf"|(?:the|our|my|his|her|their)\s+(?:{_STAFF})"
    r"|called|named|name is|names are|I am called|I'm called"
    r"|mój syn|moja córka|mojego syna|mojej córki|moje dziecko|syn|córka"
    r"|mi hijo|mi hija|mis hijos|mon fils|ma fille|meu filho|minha filha|fiul meu|fiica mea"
    r"|мій син|моя донька|моя дочка|мого сина|моєї доньки|моя дитина|мій онук|звати"
    r"|мой сын|моя дочь|моего сына|моей дочери|мой ребёнок|мой ребенок|зовут)"
    r"[,:]?\s+(?:is\s+|-\s+)?", re.I)
# Scripts without capital letters: the word after the cue is the name.
CASELESS_CUE = re.compile(
    r"(?:ابني|ابنتي|بنتي|ولدي|طفلي|طفلتي|اسمه|اسمها|اسمي|میرا بیٹا|میری بیٹی|میرے بیٹے|بیٹا|بیٹی|نام"
    r"|मेरा बेटा|मेरी बेटी|मेरे बेटे|मेरा बच्चा|बेटा|बेटी|नाम"
    r"|আমার ছেলে|আমার মেয়ে|ছেলে|মেয়ে|নাম)"
    r"[\s,:،]+(?:है\s+|হলো\s+)?")
CASELESS_NAME = re.compile(rf"[\u0600-\u06FF\u0900-\u097F\u0980-\u09FF{_MARKS}]+")
AND_NAME = re.compile(r",?\s+(?:and|&|i|y|et|e|и|і)\s+|,\s+")
NAME_AFTER_CUE = re.compile(rf"(?:[A-Z]\.\s*)*{_NAME_TOKEN}(?:\s+{_NAME_TOKEN})?")

# Capitalised words that follow a cue but are not names. Place names are not listed here:
# they come from the caller (`places`: the towns in the Local Offer's own data), so
# another council's towns are known without changing this list.
NOT_NAMES = frozenset("""
i i'm i've he she it they we you his her their our my the a an and but or so is was has had
have in at on to for of with from by as if when who which that this there then year reception
nursery school college academy monday tuesday wednesday thursday friday saturday sunday january
february march april may june july august september october november december ehc ehcp send sen
senco camhs nhs salt ot local offer council autism adhd asd
""".split())


def _capitalised_end(text, start, not_names):
    """Where the run of capitalised name words at start ends (None: no name there)."""
    name = NAME_AFTER_CUE.match(text, start)
    if not name:
        return None
    keep = []
    for token in name.group().split():
        if not token[0].isupper() or token.lower().rstrip(".") in not_names:
            break
        keep.append(token)
    return start + len(" ".join(keep)) if keep else None


def _names(text, places):
    """Names after a title or a cue; a following capitalised word is part of the name,
    unless it is a word of NOT_NAMES or of a place's name."""
    not_names = NOT_NAMES | {word.lower() for place in places for word in place.split()}
    for match in TITLE.finditer(text):
        end = _capitalised_end(text, match.start(1), not_names)
        if end:  # the title goes too: "Mrs [name]" would still point at one person
            yield "name", match.start(), end
    for match in CUE.finditer(text):
        start = match.end()
        while (end := _capitalised_end(text, start, not_names)):
            yield "name", start, end
            more = AND_NAME.match(text, end)  # "my children Amy and Ben"
            if not more:
                break
            start = more.end()
    for match in CASELESS_CUE.finditer(text):
        name = CASELESS_NAME.match(text, match.end())
        if name:
            yield "name", name.start(), name.end()


def _phones(text):
    for match in PHONE.finditer(text):
        found = match.group()
        # Trim trailing digit groups until the length is a phone number's: "07700 900123
        # 2024" is a number and a year.
        groups = re.split(r"(?<=\d)(?=[ .-]\d)", found)
        while groups:
            candidate = "".join(groups)
            digits = re.sub(r"\D", "", candidate.replace("(0)", ""))
            national = (digits[2:] if digits.startswith("44") and candidate.lstrip("(").startswith(("+", "00"))
                        else digits.removeprefix("0044").removeprefix("0"))
            if candidate.startswith("+") and not candidate.startswith(("+44", "+ 44")):
                if 7 <= len(digits) <= 15:
                    yield "phone", match.start(), match.start() + len(candidate)
                    break
            elif 9 <= len(national) <= 10:
                yield "phone", match.start(), match.start() + len(candidate)
                break
            groups.pop()


def _nhs_ok(digits: str) -> bool:
    """The NHS number's modulus 11 check digit."""
    total = sum(int(d) * (10 - i) for i, d in enumerate(digits[:9]))
    check = 11 - total % 11
    return (0 if check == 11 else check) == int(digits[9])


def _nhs(text):
    for match in NHS.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        cued = NHS_CUE.search(text[max(0, match.start() - 20):match.start()])
        if cued or (digits[0] != "0" and _nhs_ok(digits)):
            yield "nhs-number", match.start(), match.end()


def _known(text, known_names):
    for name in sorted({n.strip() for n in known_names if n and len(n.strip()) > 2}, key=len, reverse=True):
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.I)
        kind = "school" if re.search(rf"\b(?:{SCHOOL_WORDS})\b", name, re.I) else "name"
        for match in pattern.finditer(text):
            yield kind, match.start(), match.end()


def _simple(pattern, kind, text):
    for match in pattern.finditer(text):
        yield kind, match.start(), match.end()


def find(text: str, known_names=(), places=()) -> list:
    """Every personal detail in text, in order, none overlapping (the longest wins).
    `places`: the names of towns and areas, which are not people's names."""
    candidates = [
        *_simple(EMAIL, "email", text), *_nhs(text), *_phones(text),
        *_simple(POSTCODE, "postcode", text), *_simple(ADDRESS, "address", text),
        *_simple(DATE, "date", text), *_known(text, known_names),
        *_simple(SCHOOL, "school", text), *_names(text, places),
    ]
    candidates.sort(key=lambda c: (c[1], -(c[2] - c[1])))
    findings, reached = [], 0
    for kind, start, end in candidates:
        if start >= reached and end > start:
            findings.append(Finding(kind, text[start:end], start, end))
            reached = end
    return findings


def scrub(text: str, known_names=(), keep=(), places=()) -> Scrubbed:
    """The text with each finding replaced by a placeholder ("[name]"), and the findings.
    Findings whose text is in `keep` (the editor said they are not personal) stay."""
    keep = set(keep)
    findings = [f if f.text not in keep else Finding(f.kind, f.text, f.start, f.end, removed=False)
                for f in find(text, known_names, places)]
    parts, at = [], 0
    for f in findings:
        if f.removed:
            parts.extend([text[at:f.start], PLACEHOLDERS[f.kind]])
            at = f.end
    parts.append(text[at:])
    return Scrubbed("".join(parts), findings)

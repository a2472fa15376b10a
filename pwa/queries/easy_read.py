"""Easy read: the pictogram set, the words that need explaining, the checker, and the
one query for a service's easy read text. No Flask: tests and scripts use it alone.

The rules are the common easy read guidance for people with a learning disability: sentences of 15
words or fewer, one idea each; full words, not initials; a hard word is explained in
the next sentence; a picture beside each point.
"""
import re
from dataclasses import dataclass, field

from sqlmodel import Session, select

from pwa.models.easy_read import ServiceEasyRead

MAX_WORDS = 15  # GOV.UK and DH (2010): "no more than ten to 15 words"

# Our name → OpenMoji 17.0.0 code point (the file static/pictograms/<name>.svg).
# scripts/pictograms.py copies and shrinks exactly these.
PICTOGRAMS = {
    "info": "2139", "school": "1F3EB", "health": "1FA7A", "care": "1F91D",
    "play": "1F3A8", "work": "1F4BC", "bus": "1F68C", "talk": "1F4AC", "toy": "1F9F8",
    "baby": "1F476", "child": "1F9D2", "young-person": "1F9D1", "student": "1F393",
    "people": "1F465", "phone": "1F4DE", "letter": "2709", "form": "1F4DD",
    "free": "1F193", "money": "1F4B7", "place": "1F4CD", "calendar": "1F4C5",
    "search": "1F50D", "question": "2753", "warning": "26A0", "yes": "2705",
    "book": "1F4D6", "learning": "1F9E0", "ear": "1F442", "eye": "1F441",
    "speaking": "1F5E3", "feelings": "2764", "wheelchair": "1F9BD", "hospital": "1F3E5",
    "home": "1F3E0", "teacher": "1F9D1-200D-1F3EB", "doctor": "1F9D1-200D-2695-FE0F",
    "settings": "2699", "plan": "1F4C4", "waiting": "23F3", "door": "1F6AA",
}

# Words that need explaining where they first appear, with the plain meaning we use.
# Keys are matched as whole words, ignoring case; the list doubles as the glossary.
JARGON = {
    "education, health and care plan": "A plan that says what help a child or young person needs.",
    "therapy": "Help from a trained expert, for example to talk, move or feel better.",
    "therapist": "A trained expert who helps you talk, move or feel better.",
    "physiotherapy": "Exercises and help to move your body more easily.",
    "occupational therapy": "Help to do everyday things, like dressing or writing.",
    "refer": "A doctor, teacher or social worker asks the service to help you.",
    "referral": "A doctor, teacher or social worker asks the service to help you.",
    "assessment": "Experts find out what help you need.",
    "diagnosis": "A doctor says what condition you have.",
    "respite": "A short rest for a family from caring.",
    "short break": "Time away from home having fun, so families get a rest.",
    "personal budget": "Money you can choose how to spend on your support.",
    "direct payment": "Money the council gives you to pay for support yourself.",
    "eligible": "Allowed to use something.",
    "eligibility": "Who is allowed to use something.",
    "mainstream": "A school or college for all children and young people.",
    "special school": "A school for children who need a lot of extra help.",
    "curriculum": "What children learn at school.",
    "tribunal": "A kind of court that can change a council decision.",
    "advocate": "A person who helps you say what you want.",
    "mediation": "A meeting where someone helps you and the council agree.",
    "transition": "Moving from one part of life to the next.",
    "impartial": "Not on anyone's side.",
    "special educational coordinator": "The teacher in charge of extra help in a school.",
    "special educational needs coordinator": "The teacher in charge of extra help in a school.",
    "provision": "The help a child or young person gets.",
}
_INFLECT = r"(?:s|es|ed|red|ral|rals|ring)?"  # refer, referred, referral, therapies …
_JARGON_RE = {term: re.compile(r"\b" + re.escape(term).replace(r"\ ", r"\s+") + _INFLECT + r"\b", re.I)
              for term in JARGON}
# Initials: two or more capitals together, like SENCO, EHC, GP or ADHD.
_INITIALS_RE = re.compile(r"\b[A-Z]{2,}s?\b")
_WORD_RE = re.compile(r"[\w£'’-]*\w[\w'’-]*")
# A sentence ends at . ! or ? before a space or the end, so "£3.50" stays whole; a new
# line always ends one (each line of a point is a sentence of its own).
_SPLIT_RE = re.compile(r"(?<=[.!?])\s+|\n+")


@dataclass(frozen=True)
class Point:
    text: str
    picture: str | None = None


@dataclass(frozen=True)
class Finding:
    kind: str  # "long-sentence" | "jargon" | "initials" | "missing-picture"
    sentence: str
    detail: str = ""  # the word, or the number of words
    point: int = field(default=-1, compare=False)  # which of the points checked it is in


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    sentences: int = 0
    words: int = 0
    longest: int = 0
    longest_sentence: str = ""

    @property
    def average(self) -> float:
        return round(self.words / self.sentences, 1) if self.sentences else 0.0

    @property
    def passed(self) -> bool:
        return not self.findings

    def add(self, other: "Report") -> "Report":
        """Figures over many texts: the checker's numbers for the whole demo."""
        longest = other if other.longest > self.longest else self
        return Report(self.findings + other.findings, self.sentences + other.sentences,
                      self.words + other.words, longest.longest, longest.longest_sentence)


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SPLIT_RE.split(text or "") if s.strip()]


def words(sentence: str) -> list[str]:
    return _WORD_RE.findall(sentence)


def _explains(term_re: re.Pattern, word: str, sentence: str, following: str) -> bool:
    """True when the sentence defines the word ("A therapist is …") or the next one
    starts by explaining it ("This means …", "This plan says …")."""
    here = re.search(term_re.pattern + r"\s+(means|is|are)\b", sentence, re.I)
    nxt = re.match(r"(this|that|these)\s+(means?|is|are|plan|person|people|help|money|break)\b"
                   r"|(it|they)\s+means?\b", following, re.I)
    named = re.match(r"(an?\s+|the\s+)?" + term_re.pattern + r"\s+(means|is|are)\b", following, re.I)
    return bool(here or nxt or named)


def check(points: list[Point], pictures=PICTOGRAMS, require_pictures: bool = True) -> Report:
    """Check easy read points against the rules; figures for every sentence."""
    report = Report()
    placed = [(n, s) for n, p in enumerate(points) for s in sentences(p.text)]
    all_sentences = [s for _n, s in placed]
    explained: set[str] = set()
    for n, point in enumerate(points):
        if require_pictures and point.text.strip() and point.picture not in pictures:
            report.findings.append(Finding("missing-picture", sentences(point.text)[0] if sentences(point.text) else "",
                                           point.picture or "", n))
    for i, (n, sentence) in enumerate(placed):
        following = all_sentences[i + 1] if i + 1 < len(all_sentences) else ""
        count = len(words(sentence))
        report.sentences += 1
        report.words += count
        if count > report.longest:
            report.longest, report.longest_sentence = count, sentence
        if count > MAX_WORDS:
            report.findings.append(Finding("long-sentence", sentence, str(count), n))
        for term, term_re in _JARGON_RE.items():
            found = term_re.search(sentence)
            if found and term not in explained:
                word = found[0].lower()
                seen = word in explained  # one word, two terms ("referral": refer, referral)
                explained.update((term, word))  # explain it once, where it first appears
                if seen:
                    continue
                if not _explains(term_re, found[0], sentence, following):
                    report.findings.append(Finding("jargon", sentence, found[0], n))
        for found in _INITIALS_RE.finditer(sentence):
            initials = found[0]
            if initials not in explained:
                explained.add(initials)
                if not _explains(re.compile(re.escape(initials)), initials, sentence, following):
                    report.findings.append(Finding("initials", sentence, initials, n))
    return report


# --- the service's easy read text --------------------------------------------------

SECTIONS = ("what", "who", "how", "cost")  # what it is, who it is for, how to get it, what it costs


def check_service(text: dict) -> tuple[Report, dict[str, list[Finding]]]:
    """The checker over a service's four points (`text` as ServiceEasyRead's fields),
    with each finding filed under the point it is in, so a form can show it beside
    that field. A point left empty is not checked."""
    sections = [s for s in SECTIONS if (text.get(s) or "").strip()]
    report = check([Point(text[s], text.get(f"{s}_picture") or None) for s in sections])
    by_section: dict[str, list[Finding]] = {s: [] for s in SECTIONS}
    for finding in report.findings:
        by_section[sections[finding.point]].append(finding)
    return report, by_section


def for_service(session: Session, service_id: str) -> ServiceEasyRead | None:
    easy = session.get(ServiceEasyRead, service_id)
    return easy if easy is not None and easy.what.strip() else None


def summaries(session: Session, service_ids: list[str]) -> dict[str, ServiceEasyRead]:
    """Easy read text for a page of search results, by service id, in one query."""
    if not service_ids:
        return {}
    rows = session.exec(select(ServiceEasyRead).where(ServiceEasyRead.service_id.in_(service_ids))).all()
    return {row.service_id: row for row in rows if row.what.strip()}

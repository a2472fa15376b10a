"""Personal details are found and removed before a comment is published (SEND
Regulations 2014, reg 56(3)): realistic comments, each kind of detail, other scripts."""
import pytest

from pwa.queries.scrub import scrub

SCHOOLS = ["Oakfield Primary School", "St Mary's Church of England Primary School",
           "Little Acorns Day Nursery", "Orchard Mill College"]


def removed(text, known=SCHOOLS, **kwargs):
    result = scrub(text, known, **kwargs)
    return result, [(f.kind, f.text) for f in result.findings if f.removed]


@pytest.mark.parametrize("text, kind, found", [
    # email addresses
    ("Email me on jane.doe+lo@example.co.uk please", "email", "jane.doe+lo@example.co.uk"),
    ("reply to o'neill.k@council-example.org.uk.", "email", "o'neill.k@council-example.org.uk"),
    # UK phone numbers, in every common format
    ("ring 07700 900123 after 3", "phone", "07700 900123"),
    ("ring 07700900123", "phone", "07700900123"),
    ("call 020 7946 0958", "phone", "020 7946 0958"),
    ("call 0161 496 0000.", "phone", "0161 496 0000"),
    ("call 0113-496-0000", "phone", "0113-496-0000"),
    ("call (01632) 960 001", "phone", "(01632) 960 001"),
    ("call +44 7700 900 123", "phone", "+44 7700 900 123"),
    ("call +44 (0)161 496 0000", "phone", "+44 (0)161 496 0000"),
    ("call +447700900123", "phone", "+447700900123"),
    ("call 0044 20 7946 0958", "phone", "0044 20 7946 0958"),
    ("mój numer +48 512 345 678", "phone", "+48 512 345 678"),
    # NHS numbers (a valid check digit, or after the words "NHS number")
    ("His NHS number is 943 476 5919.", "nhs-number", "943 476 5919"),
    ("ref 9434765919 on the letter", "nhs-number", "9434765919"),
    ("NHS no: 123-456-7890", "nhs-number", "123-456-7890"),
    # postcodes, any case
    ("We live in MB4 6HR now", "postcode", "MB4 6HR"),
    ("post to sw1a 1aa", "postcode", "sw1a 1aa"),
    ("EC1A1BB", "postcode", "EC1A1BB"),
    # street addresses
    ("We live at 14 Elm Road, Millbrook", "address", "14 Elm Road"),
    ("at Flat 2, 7 Castle Hill", "address", "Flat 2, 7 Castle Hill"),
    ("at 221b Baker St.", "address", "221b Baker St."),
    ("12 Oak Tree Close is our house", "address", "12 Oak Tree Close"),
    # dates (a date of birth is a full date)
    ("She was born on 3 March 2015.", "date", "3 March 2015"),
    ("DOB 03/03/2015", "date", "03/03/2015"),
    ("born 12.05.16", "date", "12.05.16"),
    ("born on March 3rd, 2015", "date", "March 3rd, 2015"),
    # schools: the ones the Local Offer knows, and any "… School/Academy/College/Nursery"
    ("He goes to Oakfield Primary School.", "school", "Oakfield Primary School"),
    ("at st mary's church of england primary school", "school", "st mary's church of england primary school"),
    ("moved to Hollins Park Academy last year", "school", "Hollins Park Academy"),
    ("at St Anne's Nursery", "school", "St Anne's Nursery"),
    ("at Westfield Primary now", "school", "Westfield Primary"),
    # names after a title
    ("Mrs Kowalska never rang back", "name", "Mrs Kowalska"),
    ("Dr Patel said", "name", "Dr Patel"),
    ("Mr. O'Brien said", "name", "Mr. O'Brien"),
    ("Mrs K. Kowalska-Nowak said", "name", "Mrs K. Kowalska-Nowak"),
    # names after a family or staff word
    ("my son Tom has autism", "name", "Tom"),
    ("My daughter, Aisha, is 7", "name", "Aisha"),
    ("my 8 year old autistic son Oliver James waited", "name", "Oliver James"),
    ("the SENCO, Julie Marsh, said no", "name", "Julie Marsh"),
    ("our caseworker Priya said", "name", "Priya"),
    ("My name is Sarah Jones.", "name", "Sarah Jones"),
    ("a boy called Jayden", "name", "Jayden"),
    # other languages and scripts
    ("ابني أحمد لا يحصل على الدعم", "name", "أحمد"),
    ("ابنتي فاطمة عمرها ٧ سنوات", "name", "فاطمة"),
    ("میرا بیٹا علی اسکول نہیں جاتا", "name", "علی"),
    ("Мій син Тарас не отримує допомоги", "name", "Тарас"),
    ("Мой сын Артём ждёт год", "name", "Артём"),
    ("मेरा बेटा राहुल स्कूल नहीं जा पा रहा है", "name", "राहुल"),
    ("আমার ছেলে রাহিম কথা বলে না", "name", "রাহিম"),
    ("Mój syn Kuba czeka od roku", "name", "Kuba"),
    ("Mi hijo Mateo necesita ayuda", "name", "Mateo"),
    ("Fiul meu Andrei are autism", "name", "Andrei"),
])
def test_each_kind_of_personal_detail_is_found_and_replaced(text, kind, found):
    result, findings = removed(text)
    assert (kind, found) in findings, findings
    assert found not in result.text


def test_a_realistic_comment_loses_every_personal_detail():
    text = ("My son Tom (born 03/05/2016) goes to Oakfield Primary School. The SENCO, Mrs Kowalska, "
            "says he cannot have 1:1 support. Please call me on 07700 900123 or write to 14 Elm Road, "
            "MB4 6HR. His NHS number is 943 476 5919. Email: tom.parent@example.com")
    result, findings = removed(text)
    for personal in ("Tom", "03/05/2016", "Oakfield", "Kowalska", "07700 900123", "14 Elm Road",
                     "MB4 6HR", "943 476 5919", "tom.parent@example.com"):
        assert personal not in result.text, personal
    assert "cannot have 1:1 support" in result.text  # the point of the comment stays
    assert result.text.startswith("My son [name] (born [date]) goes to [school].")
    assert len(findings) == 9


def test_several_names_after_one_cue():
    result, findings = removed("My children Amy and Ben love the club, and my twins Sara, Ali")
    assert [t for _k, t in findings] == ["Amy", "Ben", "Sara", "Ali"]


def test_the_towns_the_caller_names_are_places_not_people():
    """No council's towns are written into the scrubber: they come from the data."""
    text = "Thanks to our caseworker, Eastvale finally has a holiday club. My son Tom Eastvale"
    assert [t for _k, t in removed(text)[1]] == ["Eastvale", "Tom Eastvale"]
    assert [t for _k, t in removed(text, places=["Eastvale", "Stone Bridge"])[1]] == ["Tom"]


def test_names_the_person_gave_are_found_anywhere():
    result, findings = removed("I'm Sarah and I think the search is slow", known=["Sarah Jones", "Sarah", "Jones"])
    assert ("name", "Sarah") in findings


@pytest.mark.parametrize("text", [
    "The Local Offer is hard to use on my phone. I waited 3 weeks on the road.",
    "My son I think needs more help. In Year 6 we moved.",
    "The search page for speech and language therapy is good.",
    "My son's school is not listed, and the EHC page has jargon.",
    "It took 20 weeks and 2 days; the bus number 42 was late.",
    "There are 1,234 families waiting since 2024.",
])
def test_ordinary_comments_are_left_alone(text):
    assert removed(text)[1] == []


def test_scrubbing_twice_finds_nothing_more():
    """The placeholders are never themselves mistaken for personal details."""
    text = ("Mrs Kowalska at Oakfield Primary School said my daughter Aisha (DOB 1/2/2015, "
            "NHS number 943 476 5919) at 14 Elm Road MB4 6HR, 07700 900123, a@b.example, ابني أحمد")
    once = scrub(text, SCHOOLS)
    assert scrub(once.text, SCHOOLS).findings == []


def test_an_editor_can_keep_a_finding_that_is_not_personal():
    """A service's public phone number is not a personal detail: the editor unticks it."""
    result = scrub("The SEND team's number 0161 496 0100 is wrong. My son Tom", keep={"0161 496 0100"})
    assert "0161 496 0100" in result.text and "Tom" not in result.text
    kept = [f for f in result.findings if not f.removed]
    assert [(f.kind, f.text) for f in kept] == [("phone", "0161 496 0100")]

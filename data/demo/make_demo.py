#!/usr/bin/env python3
"""Generate the Millbrook demo data for the SEND Local Offer app.

Pure standard library and deterministic: running it twice writes identical
files. Everything here is fictional: Millbrook, its neighbours (Eastvale,
Harrowfield, Stonebridge), organisations, people, addresses and postcodes.
Phone numbers are Ofcom drama numbers; web domains end in .example.

Usage: python3 data/demo/make_demo.py   (writes the JSON files next to it)
"""
import json
import os
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Needs taxonomy
# ---------------------------------------------------------------------------
NEEDS = [
    ("communication-interaction", "Communication and interaction",
     "Difficulty talking, understanding others or getting on with people socially.", None),
    ("cognition-learning", "Cognition and learning",
     "Learning at a slower pace than others of the same age, or finding some kinds of learning hard.", None),
    ("semh", "Social, emotional and mental health",
     "Difficulties with feelings, behaviour, relationships or mental health that affect everyday life and learning.", None),
    ("sensory-physical", "Sensory and/or physical needs",
     "Needs linked to hearing, sight, movement or a health condition that affect access to learning and activities.", None),
    ("autism", "Autism",
     "A lifelong difference in how a person communicates, experiences the world and relates to others.",
     "communication-interaction"),
    ("speech-language", "Speech, language and communication needs",
     "Difficulty speaking clearly, finding words, understanding language or using it socially.",
     "communication-interaction"),
    ("learning-disability", "Learning disability",
     "A lifelong condition that makes it harder to learn, understand new things and manage everyday tasks.",
     "cognition-learning"),
    ("specific-learning-difficulty", "Specific learning difficulties (such as dyslexia)",
     "Difficulty with one area of learning, such as reading, spelling, maths or coordination, like dyslexia or dyspraxia.",
     "cognition-learning"),
    ("adhd", "ADHD",
     "Attention deficit hyperactivity disorder: finding it hard to focus, sit still or wait, which can affect learning and friendships.",
     "semh"),
    ("mental-health", "Mental health",
     "Worries, low mood, anxiety, eating difficulties or other mental health needs.", "semh"),
    ("hearing", "Hearing impairment",
     "Being deaf or having some hearing loss, in one or both ears.", "sensory-physical"),
    ("vision", "Visual impairment",
     "Being blind or partially sighted, including sight loss that glasses cannot fully correct.", "sensory-physical"),
    ("multi-sensory", "Multi-sensory impairment",
     "Having both hearing and sight loss, sometimes called deafblindness.", "sensory-physical"),
    ("physical-disability", "Physical disability",
     "A condition that affects movement, balance or coordination, such as cerebral palsy.", "sensory-physical"),
    ("complex-health", "Complex health needs",
     "Long-term medical needs that need daily care, such as epilepsy, tube feeding or breathing support.",
     "sensory-physical"),
]
BROAD = ["communication-interaction", "cognition-learning", "semh", "sensory-physical"]
ALL = list(BROAD)

# short aliases for service needs
CI, CL, SEMH, SP = BROAD
AUT, SLCN, LD, SPLD, ADHD, MH = ("autism", "speech-language", "learning-disability",
                                 "specific-learning-difficulty", "adhd", "mental-health")
HI, VI, MSI, PD, CH = "hearing", "vision", "multi-sensory", "physical-disability", "complex-health"

# ---------------------------------------------------------------------------
# Organisations: (slug, name, description, email, website, phone prefix)
# ---------------------------------------------------------------------------
GOV = "millbrook.gov.example"
ORGS = []
ORG_PREFIX = {}
ORG_BY_SLUG = {}


def org(slug, name, desc, email, website, prefix="0121 496"):
    ORGS.append({"slug": slug, "name": name, "description": desc,
                 "email": email, "website": website})
    ORG_BY_SLUG[slug] = ORGS[-1]
    ORG_PREFIX[slug] = prefix


def council(slug, name, desc, path):
    org(slug, name, desc, f"{path}@{GOV}", f"https://{GOV}/{path}")


council("millbrook-send-team", "Millbrook Council SEND Team",
        "Carries out education, health and care (EHC) needs assessments and writes and reviews EHC plans. "
        "It also arranges extra funding and places in schools and colleges.", "send")
council("millbrook-disabled-childrens-team", "Millbrook Council Disabled Children's Team",
        "Social workers and family support workers for disabled children and their families.", "disabledchildren")
council("millbrook-short-breaks", "Millbrook Council Short Breaks Team",
        "Plans and funds short breaks so disabled children can have fun and parent carers can get a rest.", "shortbreaks")
council("millbrook-send-transport", "Millbrook Council SEND Transport Team",
        "Arranges travel help to school and college for children and young people who qualify, "
        "and runs independent travel training.", "sendtransport")
council("millbrook-educational-psychology", "Millbrook Educational Psychology Service",
        "Educational psychologists who help schools and families understand how children learn and what helps.", "edpsych")
council("millbrook-sensory-support", "Millbrook Sensory Support Service",
        "Specialist teachers for children and young people who are deaf, have sight loss or have both.", "sensorysupport")
council("millbrook-inclusion-support", "Millbrook Inclusion Support Service",
        "Advisory teachers who help schools include children with autism, learning, "
        "physical or emotional needs.", "inclusion")
council("millbrook-early-years-inclusion", "Millbrook Council Early Years Inclusion Team",
        "Helps nurseries, pre-schools and childminders include young children with special educational needs.", "earlyyears")
council("millbrook-preparing-for-adulthood", "Millbrook Council Preparing for Adulthood Team",
        "Helps young people with SEND aged 14 to 25 plan for work, housing, health and a full life in the community.", "pfa")
council("millbrook-adult-social-care", "Millbrook Council Adult Social Care",
        "Care and support for adults, including young adults with a learning disability or autism.", "adultcare")
council("millbrook-youth-service", "Millbrook Youth Service",
        "Youth clubs and activities for young people aged 8 to 19, or up to 25 with SEND.", "youth")
council("millbrook-family-hubs", "Millbrook Family Hubs",
        "Family hubs offering parenting help, early years groups and the Family Information Service.", "familyhubs")
council("millbrook-blue-badge", "Millbrook Council Blue Badge and Concessionary Travel Team",
        "Handles Blue Badge parking permits and free bus passes for disabled people living in Millbrook.", "bluebadge")
council("millbrook-libraries", "Millbrook Libraries and Adult Learning",
        "Eight public libraries with story times and accessible reading services, plus community courses for "
        "people aged 16 and over.", "libraries")
org("millbrook-sendiass", "Millbrook SENDIASS",
    "The SEND Information, Advice and Support Service: free, impartial and confidential help for parents, "
    "children and young people about SEND.", "help@millbrooksendiass.example", "https://millbrooksendiass.example")
org("clearway-mediation", "Clearway Mediation",
    "An independent mediation service commissioned by Millbrook Council to help settle SEND disagreements.",
    "send@clearwaymediation.example", "https://clearwaymediation.example")

# NHS
org("millbrook-community-health", "Millbrook Community Health NHS Trust",
    "Provides community health services for children and adults in Millbrook, including therapies, "
    "school nursing and health visiting.", "enquiries@millbrookhealth.example", "https://millbrookhealth.example")
org("millbrook-childrens-hospital", "Millbrook Children's Hospital",
    "The local children's hospital, with outpatient clinics, a child development centre and audiology.",
    "info@millbrookchildrens.example", "https://millbrookchildrens.example")
org("millbrook-mental-health-trust", "Millbrook and Eastvale Mental Health NHS Foundation Trust",
    "Runs mental health services for children, young people and adults, including CAMHS.",
    "contact@millbrookmentalhealth.example", "https://millbrookmentalhealth.example")
org("millbrook-icb", "NHS Millbrook and Eastvale Integrated Care Board",
    "Plans and pays for NHS services in Millbrook and Eastvale, including personal health budgets and continuing care.",
    "enquiries@millbrookicb.example", "https://millbrookicb.example")
org("harrowfield-university-hospitals", "Harrowfield University Hospitals NHS Trust",
    "A large hospital trust in Harrowfield that runs regional specialist children's services.",
    "childrens@harrowfieldhospitals.example", "https://harrowfieldhospitals.example", "0161 496")

# Voluntary and community
org("millbrook-parent-carer-forum", "Millbrook Parent Carer Forum",
    "An independent group of parents and carers of children with SEND who work with the council and NHS "
    "to improve services.", "hello@millbrookpcf.example", "https://millbrookpcf.example")
org("millbrook-autism-support", "Millbrook Autism Support",
    "A local charity run by and for autistic people and their families.",
    "info@millbrookautism.example", "https://millbrookautism.example")
org("adhd-millbrook-families", "ADHD Millbrook Families",
    "A volunteer-led support group for families of children and young people with ADHD.",
    "contact@adhdmillbrook.example", "https://adhdmillbrook.example")
org("up-together-millbrook", "Up Together Millbrook",
    "A friendly support group for families of children with Down syndrome.",
    "hello@uptogether.example", "https://uptogether.example")
org("millbrook-deaf-childrens-society", "Millbrook Deaf Children's Society",
    "A family-run charity supporting deaf children, young people and their families in Millbrook.",
    "info@millbrookdeaf.example", "https://millbrookdeaf.example")
org("sight-support-millbrook", "Sight Support Millbrook",
    "A charity helping blind and partially sighted people of all ages to live independently.",
    "help@sightsupport.example", "https://sightsupport.example")
org("millbrook-carers-centre", "Millbrook Carers Centre",
    "Support, advice and breaks for unpaid carers, including parent carers and young carers.",
    "info@millbrookcarers.example", "https://millbrookcarers.example")
org("brightpath-families", "Brightpath Families",
    "A charity offering practical family support, sleep advice and sibling groups for families of disabled children.",
    "hello@brightpath.example", "https://brightpath.example")
org("millbrook-dyslexia-association", "Millbrook Dyslexia Association",
    "A local charity giving advice, screening and tuition for people with dyslexia and related difficulties.",
    "info@millbrookdyslexia.example", "https://millbrookdyslexia.example")
org("kite-youth-trust", "Kite Youth Trust",
    "Runs inclusive youth clubs and befriending for disabled young people in Millbrook.",
    "fly@kiteyouth.example", "https://kiteyouth.example")
org("millbrook-advocacy", "Millbrook Independent Advocacy",
    "Independent advocates who help children, young people and adults have their say.",
    "advocacy@millbrookadvocacy.example", "https://millbrookadvocacy.example")
org("steps-ahead-employment", "Steps Ahead Employment",
    "A charity that helps young disabled people find and keep paid work, with job coaches.",
    "jobs@stepsahead.example", "https://stepsahead.example")
org("millbrook-community-transport", "Millbrook Community Transport",
    "A not-for-profit minibus and dial-a-ride service for people who find public transport hard to use.",
    "bookings@millbrookct.example", "https://millbrookct.example")
org("millbrook-toy-library", "Millbrook Toy and Sensory Library",
    "Lends toys, sensory equipment and play resources to families of children with additional needs.",
    "play@millbrooktoylibrary.example", "https://millbrooktoylibrary.example")
org("mind-matters-millbrook", "Mind Matters Millbrook",
    "A young people's mental health charity offering counselling and wellbeing groups.",
    "talk@mindmatters.example", "https://mindmatters.example")
org("millbrook-epilepsy-group", "Millbrook and Eastvale Epilepsy Group",
    "A support group for children and young people with epilepsy and their families.",
    "info@mbepilepsy.example", "https://mbepilepsy.example")
org("brookhaven-housing", "Brookhaven Housing Association",
    "A housing association offering supported housing for young adults with learning disabilities or autism.",
    "homes@brookhaven.example", "https://brookhaven.example")

# Leisure
org("millbrook-leisure-trust", "Millbrook Leisure Trust",
    "Runs Millbrook's leisure centres and swimming pools on behalf of the council.",
    "hello@millbrookleisure.example", "https://millbrookleisure.example")
org("the-mill-arts-centre", "The Mill Arts Centre",
    "A community arts centre with a cinema, theatre, studios and classes for all ages.",
    "boxoffice@themillarts.example", "https://themillarts.example")
org("riverside-adventure-playground", "Riverside Adventure Playground",
    "A staffed adventure playground by the river, designed so disabled and non-disabled children can play together.",
    "play@riversideplay.example", "https://riversideplay.example")
org("millbrook-rovers-foundation", "Millbrook Rovers Community Foundation",
    "The charity arm of Millbrook Rovers Football Club, running community football and health sessions.",
    "community@roversfoundation.example", "https://roversfoundation.example")
org("eastvale-outdoor-centre", "Eastvale Outdoor Activity Centre",
    "An outdoor centre in Eastvale with adapted climbing, canoeing and residential stays.",
    "bookings@eastvaleoutdoors.example", "https://eastvaleoutdoors.example", "0161 496")
org("millbrook-hill-riding-group", "Millbrook Hill Riding Group",
    "A volunteer-run riding group offering horse riding and carriage driving for disabled children and adults.",
    "ride@millbrookhill.example", "https://millbrookhill.example")

# Childcare and early years
org("little-acorns-nursery", "Little Acorns Day Nursery",
    "A private day nursery for children aged 3 months to 5 years.",
    "hello@littleacorns.example", "https://littleacorns.example")
org("sunflower-day-nursery", "Sunflower Day Nursery",
    "A day nursery with breakfast and after-school clubs, open all year.",
    "office@sunflowernursery.example", "https://sunflowernursery.example")
org("treetops-pre-school", "Treetops Pre-School",
    "A charity-run pre-school for children aged 2 to 5, based in a church hall.",
    "treetops@treetopspreschool.example", "https://treetopspreschool.example")
org("ladybird-pre-school", "Ladybird Pre-School",
    "A small pre-school on the Hollybank estate with an outdoor garden and forest area.",
    "ladybird@ladybirdpreschool.example", "https://ladybirdpreschool.example")
org("brook-lane-nursery-school", "Brook Lane Nursery School",
    "A council-maintained nursery school with an enhanced nursery for children with complex needs.",
    "office@brooklane.sch.example", "https://brooklane.sch.example")
org("hillside-nursery-school", "Hillside Nursery School",
    "A council-maintained nursery school and family hub in north Millbrook.",
    "office@hillsidenursery.sch.example", "https://hillsidenursery.sch.example")
org("millbrook-childminding-network", "Millbrook Childminding Network",
    "A network of registered childminders, several with training and experience in SEND.",
    "network@millbrookchildminders.example", "https://millbrookchildminders.example")
org("kidzone-holiday-clubs", "Kidzone Holiday Clubs",
    "Holiday and after-school clubs on school sites across Millbrook, with inclusion workers.",
    "bookings@kidzone.example", "https://kidzone.example")

# ---------------------------------------------------------------------------
# Locations
# ---------------------------------------------------------------------------
ACCESS = {
    "step": ("Step-free access", [
        "Level entrance from the car park with automatic doors.",
        "Ramped entrance at the front door with handrails on both sides.",
        "Step-free route from the drop-off point to reception.",
        "The main door is level and wide enough for large wheelchairs and buggies.",
    ]),
    "toilet": ("Accessible toilet", [
        "Accessible toilet on the ground floor next to reception.",
        "Accessible toilet with grab rails and an emergency pull cord.",
        "Two accessible toilets, one with a baby change table.",
    ]),
    "cp": ("Changing Places toilet", [
        "Changing Places toilet with a ceiling hoist and adult-sized changing bench.",
        "Full Changing Places facility with hoist, height-adjustable bench and shower.",
    ]),
    "loop": ("Hearing loop", [
        "Hearing loop at reception and in the main meeting room.",
        "Portable hearing loop available; ask at the front desk.",
        "Hearing loop fitted in the hall and all consulting rooms.",
    ]),
    "quiet": ("Quiet room", [
        "A quiet room with soft lighting is available if you need a break.",
        "Calm waiting area away from the main entrance; ask staff and they will show you.",
        "Low-sensory room you can book in advance or use on the day.",
    ]),
    "bb": ("Blue Badge parking", [
        "Three Blue Badge parking bays right by the entrance.",
        "Blue Badge bays in the front car park, about 20 metres from the door.",
        "Blue Badge holders can park free in the on-site car park.",
    ]),
    "lift": ("Lift", [
        "Lift to all floors, with audio announcements and braille buttons.",
        "Platform lift to the first floor; staff can help you use it.",
        "Large lift big enough for a wheelchair and a companion.",
    ]),
    "print": ("Large print signs", [
        "Signs use large, high-contrast print throughout the building.",
        "Large print and picture signs on every door.",
    ]),
    "sensory": ("Sensory room", [
        "Sensory room with bubble tubes and soft play, free to use during sessions.",
        "Sensory room and sensory garden for children who need time out.",
    ]),
    "dog": ("Assistance dogs welcome", [
        "Assistance dogs are welcome, with a water bowl at reception.",
    ]),
    "braille": ("Braille signs", [
        "Braille and tactile signs on doors, lifts and toilets.",
    ]),
    "wheelchair": ("Wheelchair to borrow", [
        "A manual wheelchair is available to borrow at reception.",
    ]),
    "alarm": ("Visual fire alarms", [
        "Flashing fire alarms in toilets and main rooms for deaf visitors.",
    ]),
    "hoist": ("Hoist", [
        "Mobile hoist and slings available, with trained staff.",
        "Poolside hoist for getting in and out of the water.",
    ]),
    "pictures": ("Picture symbols", [
        "Picture symbol signs and a visual guide to the building you can view before your visit.",
        "Social story about visiting the building, available on request.",
    ]),
}

TOWNS = {
    "Millbrook": (52.500, -1.900, 0.045, 0.055),
    "Eastvale": (52.505, -1.815, 0.015, 0.012),
    "Harrowfield": (52.578, -1.905, 0.012, 0.030),
    "Stonebridge": (52.432, -1.972, 0.012, 0.015),
}
LOCATIONS = []
LOC_CITY = {}


def _h(text, mod):
    return zlib.crc32(text.encode("utf-8")) % mod


def loc(slug, name, address, postcode, keys, city="Millbrook", desc=""):
    lat0, lon0, dlat, dlon = TOWNS[city]
    lat = round(lat0 + (_h(slug + "lat", 2001) - 1000) / 1000 * dlat, 5)
    lon = round(lon0 + (_h(slug + "lon", 2001) - 1000) / 1000 * dlon, 5)
    for other in LOCATIONS:  # one building, one place: two records of a venue agree
        if (other["address_1"], other["postal_code"]) == (address, postcode):
            lat, lon = other["latitude"], other["longitude"]
    assert slug not in LOC_CITY, f"duplicate location slug {slug}"
    acc = []
    for k in keys.split()[:5]:  # 2 to 5 accessibility items per venue
        label, variants = ACCESS[k]
        acc.append({"description": label, "details": variants[_h(slug + k, len(variants))]})
    LOCATIONS.append({"slug": slug, "name": name, "description": desc, "address_1": address,
                      "city": city, "postal_code": postcode, "latitude": lat, "longitude": lon,
                      "accessibility": acc})
    LOC_CITY[slug] = city


# Council and community venues
loc("millbrook-civic-centre", "Millbrook Civic Centre", "1 Market Square", "MB1 1AA",
    "step toilet loop lift bb", desc="The council's main offices. Reception is on the ground floor.")
loc("central-family-hub", "Central Family Hub", "12 Queen Street", "MB1 2QS",
    "step toilet cp quiet bb", desc="Family hub in the town centre, next to the bus station.")
loc("hollybank-family-hub", "Hollybank Family Hub", "Hollybank Road", "MB4 6HR",
    "step toilet quiet sensory bb")
loc("northgate-family-hub", "Northgate Family Hub", "2 Chapel Walk, Northgate", "MB2 3CW",
    "step toilet loop pictures")
loc("larch-house", "Larch House", "40 Larch Avenue", "MB3 7LA",
    "step toilet cp hoist sensory bb", desc="The council's overnight short breaks home for disabled children.")
loc("elm-court", "Elm Court", "Elm Court, Station Road", "MB5 2ER",
    "step toilet cp hoist bb", desc="Respite and day opportunities centre for young adults.")
loc("millbrook-central-library", "Millbrook Central Library", "Library Square", "MB1 1LS",
    "step toilet lift loop print braille")
loc("westfield-library", "Westfield Library", "88 Westfield Parade", "MB6 4WP", "step toilet print")
loc("st-annes-community-centre", "St Anne's Community Centre", "St Anne's Road", "MB3 2SA",
    "step toilet quiet bb")
loc("the-foundry-youth-centre", "The Foundry Youth Centre", "Foundry Lane", "MB1 5FL",
    "step toilet lift quiet alarm", desc="Youth centre with a music studio, sports hall and cafe.")
loc("enterprise-house", "Enterprise House", "21 Canal Street", "MB1 4CS", "step toilet lift loop")
loc("brookhaven-court", "Brookhaven Court", "Brookhaven Court, Mill Lane", "MB2 8BC",
    "step toilet lift bb", desc="Supported flats for young adults, with staff on site.")
loc("canal-wharf-centre", "Canal Wharf Centre", "Unit 3, Canal Wharf", "MB1 4CW",
    "step toilet quiet pictures")
loc("carers-centre-mill-lane", "Millbrook Carers Centre", "5 Mill Lane", "MB2 8ML", "step toilet loop dog")
loc("spectrum-hub", "The Spectrum Hub", "14 Victoria Road", "MB1 3VR", "step toilet quiet pictures dog",
    desc="Millbrook Autism Support's drop-in centre, with a low-sensory lounge.")
loc("millbrook-deaf-centre", "Millbrook Deaf Centre", "9 Oxford Street", "MB1 6OS",
    "step toilet loop alarm")
loc("sight-support-centre", "Sight Support Resource Centre", "30 High Street", "MB1 1HS",
    "step toilet braille print dog")
# Health
loc("millbrook-childrens-hospital", "Millbrook Children's Hospital", "Infirmary Road", "MB2 1IR",
    "step toilet cp lift loop bb quiet", desc="Main entrance on Infirmary Road; outpatients is on the ground floor.")
loc("willows-cdc", "The Willows Child Development Centre", "Infirmary Road (rear of the hospital)", "MB2 1WC",
    "step toilet sensory bb pictures")
loc("kingfisher-therapy-centre", "Kingfisher Children's Therapy Centre", "3 Kingfisher Way", "MB3 4KW",
    "step toilet cp hoist quiet bb", desc="Home of children's speech and language therapy, OT and physiotherapy.")
loc("brookside-health-centre", "Brookside Health Centre", "Brookside Road", "MB4 2BR", "step toilet loop bb")
loc("northgate-health-centre", "Northgate Health Centre", "1 Northgate", "MB2 5NG", "step toilet lift loop")
loc("hollybank-clinic", "Hollybank Clinic", "Hollybank Parade", "MB4 6HP", "step toilet quiet")
loc("castle-street-clinic", "Castle Street Clinic", "47 Castle Street", "MB1 2CS", "step toilet lift quiet loop",
    desc="Home of Millbrook CAMHS. Use the side entrance for the quieter waiting room.")
loc("millbrook-mobility-centre", "Millbrook Mobility Centre", "Unit 9, Parkside Industrial Estate", "MB5 6PI",
    "step toilet bb wheelchair")
loc("harrowfield-royal-infirmary", "Harrowfield Royal Infirmary: Children's Unit", "Royal Way", "HF1 2RW",
    "step toilet cp lift loop bb", city="Harrowfield")
# Leisure
loc("millbrook-leisure-centre", "Millbrook Leisure Centre", "Park Road", "MB1 7PR",
    "step toilet cp hoist lift bb", desc="Pool, sports hall and gym in Central Park.")
loc("westfield-pool", "Westfield Swimming Pool", "Westfield Lane", "MB6 3WL", "step toilet hoist bb")
loc("northgate-sports-centre", "Northgate Sports Centre", "Sports Way, Northgate", "MB2 6SW", "step toilet bb")
loc("the-mill-arts-centre", "The Mill Arts Centre", "Old Mill Yard", "MB1 3OM",
    "step toilet lift loop quiet", desc="Arts centre in the restored cotton mill by the canal.")
loc("riverside-playground", "Riverside Adventure Playground", "Riverside Walk", "MB3 1RW",
    "step toilet cp sensory")
loc("rovers-park", "Rovers Park Community Pitches", "Rovers Park, Stadium Way", "MB5 1SW", "step toilet bb")
loc("millbrook-hill-stables", "Millbrook Hill Stables", "Hill Farm, Hill Lane", "MB7 9HL", "toilet bb hoist")
loc("eastvale-outdoor-centre", "Eastvale Outdoor Activity Centre", "Lakeside, Vale Road", "EV3 4VR",
    "step toilet cp hoist bb", city="Eastvale")
# Childcare and early years
loc("sunflower-nursery", "Sunflower Day Nursery", "5 Meadow Road", "MB6 2MR", "step toilet bb")
# ---------------------------------------------------------------------------
# Services: helpers
# ---------------------------------------------------------------------------
SERVICES = []
LANG_NAMES = {"en": "English", "sgn-GB": "British Sign Language", "pl": "Polish", "ur": "Urdu",
              "pa": "Punjabi", "bn": "Bengali", "ro": "Romanian", "ar": "Arabic", "so": "Somali",
              "gu": "Gujarati", "ps": "Pashto", "uk": "Ukrainian", "zh": "Chinese"}
LANG_ROTATION = [
    "en",
    "en;sgn-GB:Interpreters on request",
    "en;ur:Interpreters on request;pa:Interpreters on request",
    "en",
    "en;pl:Leaflets in Polish",
    "en;sgn-GB:Interpreters on request;ro:Interpreters on request",
    "en",
    "en;bn:Interpreters on request;ar:Interpreters on request",
]
SCHEDULES = {
    "office": [("MO,TU,WE,TH,FR", "09:00", "17:00", "")],
    "office-fri": [("MO,TU,WE,TH", "09:00", "17:00", ""), ("FR", "09:00", "16:30", "")],
    "clinic": [("MO,TU,WE,TH,FR", "08:30", "17:00", "Appointments only")],
    "school": [("MO,TU,WE,TH,FR", "08:45", "15:15", "Term time only")],
    "infant": [("MO,TU,WE,TH,FR", "08:50", "15:10", "Term time only")],
    "secondary": [("MO,TU,WE,TH,FR", "08:35", "15:05", "Term time only")],
    "college": [("MO,TU,WE,TH", "09:00", "16:30", "Term time only"), ("FR", "09:00", "14:00", "Term time only")],
    "nursery": [("MO,TU,WE,TH,FR", "07:45", "18:00", "All year except bank holidays")],
    "preschool": [("MO,TU,WE,TH,FR", "09:00", "15:00", "Term time only")],
    "none": [],
}
_counter = [0]


def phone(prefix):
    _counter[0] += 1
    n = (_counter[0] * 37 + 11) % 1000
    if prefix == "07700":
        return f"07700 900{n:03d}"
    if prefix == "0808":
        return f"0808 157 {n:04d}"
    return f"{prefix} {n:04d}"


def langs_from(spec):
    out = []
    for part in spec.split(";"):
        code, _, note = part.partition(":")
        out.append({"code": code, "name": LANG_NAMES[code], "note": note})
    return out


def domain_of(org_slug):
    return ORG_BY_SLUG[org_slug]["website"].split("//", 1)[1].split("/", 1)[0]


def S(slug, name, org_slug, ptype, support, needs, ages, desc, elig, how, *, in_area=True, setting=None,
      s41=False, ehc=False, self_ref=True, prof_ref=True, wait="", costs=(), pb=False, email=None, url=None,
      contacts=None, sched="office", locs=(), langs=None, closed=None, alert="", assured=None, lo=None):
    o = ORG_BY_SLUG[org_slug]
    if email is None:
        email = o["email"]
    elif "@" not in email:
        email = f"{email}@{domain_of(org_slug)}"
    if url is None:
        url = o["website"].rstrip("/") + "/" + slug
    prefix = ORG_PREFIX[org_slug]
    if contacts is None:
        contacts = [("Duty worker" if ptype == "social-care" else "Enquiries", "", email, [(None, "Main number")])]
    cts = []
    for cname, title, cemail, phones in contacts:
        cts.append({"name": cname, "title": title, "email": cemail if cemail is not None else email,
                    "phones": [{"number": phone(p or prefix), "description": d} for p, d in phones]})
    if isinstance(sched, str):
        sched = SCHEDULES[sched]
    idx = len(SERVICES)
    if langs is None:
        langs = LANG_ROTATION[idx % len(LANG_ROTATION)]
    if assured is None:
        assured = 10 + (idx * 53) % 321
    SERVICES.append({
        "slug": slug,
        "name": name,
        "organisation": org_slug,
        "description": desc,
        "provider_type": ptype,
        "support": list(support),
        "needs": list(needs),
        "in_area": in_area,
        "setting": setting,
        "s41_approved": s41,
        "minimum_age": ages[0],
        "maximum_age": ages[1],
        "ehc_plan_required": ehc,
        "eligibility": elig,
        "self_referral": self_ref,
        "professional_referral": prof_ref,
        "how_to_access": "\n".join(how) if isinstance(how, (list, tuple)) else how,
        "wait_time": wait,
        "costs": [{"option": a, "amount": b, "amount_description": c} for a, b, c in costs],
        "personal_budget": pb,
        "email": email,
        "url": url,
        "contacts": cts,
        "schedules": [{"byday": d, "opens_at": a, "closes_at": b, "description": n} for d, a, b, n in sched],
        "locations": list(locs),
        "languages": langs_from(langs),
        "status": "temporarily closed" if closed else "active",
        "alert": closed or alert,
        "assured_days_ago": assured,
        "local_offer": lo,
    })


CH_HEALTH = "millbrook-community-health"
HOSP = "millbrook-childrens-hospital"
MHT = "millbrook-mental-health-trust"
HARROW = "harrowfield-university-hospitals"

# ---------------------------------------------------------------------------
# Health
# ---------------------------------------------------------------------------
S("speech-and-language-therapy-under-5s", "Speech and language therapy for under-5s", CH_HEALTH, "health",
  ["health"], [CI, SLCN, AUT], (0, 5),
  "Speech and language therapy (SALT) helps young children who are slow to talk, hard to understand or "
  "have trouble understanding words. Therapists see children at family hubs and nurseries and show parents "
  "simple games to use at home.",
  "Children under 5 who live in Millbrook or have a Millbrook GP. You do not need a diagnosis.",
  ["Call the Children's Speech and Language Therapy team on the number below, or ask your health visitor to refer.",
   "Go to a free 'Chat and Play' drop-in at a family hub for advice on the same day.",
   "We will send you an appointment letter."],
  wait="Usually 8 to 12 weeks for a first appointment", email="slt@millbrookhealth.example",
  url="https://millbrookhealth.example/slt", sched="clinic",
  locs=["kingfisher-therapy-centre", "central-family-hub", "hollybank-family-hub"],
  contacts=[("Speech and language therapy admin team", "", None, [(None, "Referrals and appointments")])])
S("speech-and-language-therapy-school-age", "Speech and language therapy for school-age children", CH_HEALTH,
  "health", ["health", "education"], [CI, SLCN, AUT], (5, 18),
  "Speech and language therapy (SALT) for children and young people aged 5 to 18, including autistic children "
  "who find talking, understanding or play with others hard. Therapists assess your child, set goals with you "
  "and their school, and give you ideas to use at home.",
  "Children aged 5 to 18 who go to school in Millbrook or have a Millbrook GP. Parents can refer; you do not "
  "need an autism diagnosis or an EHC plan.",
  ["Fill in the online parent referral form, or call the team on the number below.",
   "Your child's school or GP can also refer with your agreement.",
   "A therapist will call you within 4 weeks to talk about your child's needs."],
  wait="Usually 10 to 14 weeks for a first assessment", email="slt@millbrookhealth.example",
  url="https://millbrookhealth.example/slt/school-age", sched="clinic",
  locs=["kingfisher-therapy-centre", "northgate-health-centre"],
  contacts=[("Speech and language therapy admin team", "", None, [(None, "Referrals and appointments")]),
            ("Ruth Adeyemi", "Clinical lead for autism and social communication", "", [(None, "Clinical lead")])],
  langs="en;sgn-GB:Interpreters on request;ur:Interpreters on request;pl:Interpreters on request")
S("eating-and-drinking-therapy", "Eating and drinking (dysphagia) therapy", CH_HEALTH, "health",
  ["health"], [SP, CH, PD, LD], (0, 19),
  "Specialist speech and language therapists help children who find it hard or unsafe to chew, swallow or drink, "
  "which is called dysphagia. They check how your child eats and give a plan to keep mealtimes safe.",
  "Children with swallowing difficulties linked to a disability or health condition. A health professional must refer.",
  ["Ask your GP, paediatrician or school nurse to send a referral.",
   "Urgent referrals are seen within 2 weeks; we will call you to book."],
  self_ref=False, wait="Urgent: 2 weeks. Routine: about 8 weeks", email="dysphagia@millbrookhealth.example",
  sched="clinic", locs=["kingfisher-therapy-centre"])
S("communication-aids-clinic", "Communication aids (AAC) clinic", CH_HEALTH, "health",
  ["health", "education"], [CI, SLCN, PD, AUT, LD], (2, 19),
  "Help for children who cannot rely on speech, using augmentative and alternative communication (AAC): "
  "signing, picture boards or talking devices. We try out aids with your child and train family and school staff.",
  "Children already seen by Millbrook speech and language therapy who need a communication aid.",
  ["Ask your child's speech and language therapist to refer you to the clinic.",
   "We will invite you to a 2-hour assessment session."],
  self_ref=False, wait="About 12 weeks", email="aac@millbrookhealth.example", sched="clinic",
  locs=["kingfisher-therapy-centre"])
S("stammering-support-group", "Stammering support group for children", CH_HEALTH, "health",
  ["health"], [CI, SLCN], (7, 16),
  "A friendly after-school group for children who stammer, led by speech and language therapists. "
  "Children build confidence, meet others who stammer and practise talking in a safe space.",
  "Children aged 7 to 16 who stammer. Parents can refer.",
  ["Email the team with your child's name, age and school.",
   "We will call you to talk about the next group, which runs for 6 weeks."],
  email="slt@millbrookhealth.example", sched=[("WE", "16:00", "17:15", "Term time, 6-week blocks")],
  locs=["kingfisher-therapy-centre"], langs="en")
S("childrens-occupational-therapy", "Children's occupational therapy (OT)", CH_HEALTH, "health",
  ["health"], [SP, PD, SPLD, AUT], (0, 18),
  "Occupational therapists (OTs) help children do everyday things like dressing, eating, writing and playing. "
  "They may suggest exercises, equipment or changes at home or school.",
  "Children with a physical, developmental or sensory condition that affects daily living. Mild handwriting "
  "difficulties are supported by schools first.",
  ["Ask your GP, school SENCO or another health professional to refer.",
   "Parents can refer using the online form if their child already has a diagnosis.",
   "You will get a letter offering an assessment."],
  wait="Usually 16 to 20 weeks", email="ot@millbrookhealth.example", sched="clinic",
  locs=["kingfisher-therapy-centre", "brookside-health-centre"])
S("sensory-processing-advice-sessions", "Sensory processing advice sessions", CH_HEALTH, "health",
  ["health", "advice"], [CI, AUT, SP, ADHD], (3, 16),
  "Group workshops run by occupational therapists for parents of children who are very sensitive to noise, "
  "touch or movement, or who seek out sensations. You learn why it happens and what helps at home.",
  "Parents and carers of children aged 3 to 16 living in Millbrook. No diagnosis needed.",
  ["Book a place online or by calling the OT team.",
   "Workshops are 2 sessions of 2 hours; come to both."],
  prof_ref=False, email="ot@millbrookhealth.example",
  sched=[("TU", "10:00", "12:00", "Monthly, see booking page")], locs=["central-family-hub"])
S("childrens-physiotherapy", "Children's physiotherapy", CH_HEALTH, "health",
  ["health"], [SP, PD, CH], (0, 18),
  "Physiotherapists help children with movement, balance, strength and posture. They work with families, "
  "nurseries and schools and can provide exercise plans, splints and standing frames.",
  "Children with a physical disability or delayed walking and movement who live in Millbrook.",
  ["Ask your GP, health visitor or paediatrician to refer.",
   "If your child has been seen before, call us to re-refer within 12 months."],
  self_ref=False, wait="Usually 10 to 12 weeks; babies seen sooner", email="physio@millbrookhealth.example",
  sched="clinic", locs=["kingfisher-therapy-centre"])
S("hydrotherapy-sessions", "Hydrotherapy sessions", CH_HEALTH, "health",
  ["health"], [SP, PD], (2, 18),
  "Exercise in a warm-water pool with a physiotherapist. The warm water helps tight muscles relax and "
  "makes movement easier. Blocks of 6 sessions.",
  "Children already seen by Millbrook children's physiotherapy.",
  ["Your physiotherapist will decide if hydrotherapy will help and book you in."],
  self_ref=False, wait="About 8 weeks for a block", email="physio@millbrookhealth.example",
  sched=[("TU,TH", "09:30", "15:00", "Appointments only")], locs=["willows-cdc"],
  closed="The hydrotherapy pool is closed for repairs until the end of April. "
         "Your physiotherapist will offer land-based sessions in the meantime.")
S("childrens-continence-service", "Children's bladder and bowel (continence) service", CH_HEALTH, "health",
  ["health"], [SP, CH, PD, LD], (2, 19),
  "Nurses help children with wetting, soiling, constipation and toilet training, including disabled children "
  "who need extra help. We can assess for continence products such as pads if your child needs them.",
  "Children aged 2 to 19 with a Millbrook GP. Children under 5 start with their health visitor.",
  ["Talk to your GP, health visitor or school nurse, who will refer you.",
   "Families already known to us can call the advice line."],
  self_ref=False, wait="Usually 6 to 8 weeks", email="continence@millbrookhealth.example", sched="clinic",
  locs=["brookside-health-centre", "northgate-health-centre"],
  contacts=[("Continence nurse advice line", "", None, [(None, "Monday to Friday, 9am to 12 noon")])])
S("childrens-wheelchair-service", "Children's wheelchair service", CH_HEALTH, "health",
  ["health"], [SP, PD], (0, 18),
  "Assesses children who need a wheelchair, buggy or seating because of long-term walking difficulties. "
  "We provide, fit and repair equipment and can offer a voucher towards a chair of your choice.",
  "Children with a Millbrook GP who have a long-term difficulty walking. Short-term loans come from the "
  "Millbrook community equipment store, not this service.",
  ["Ask your GP, physiotherapist or OT to send a referral.",
   "We will book an assessment at the Mobility Centre.",
   "For repairs, call the repair line below."],
  self_ref=False, wait="Usually 8 to 12 weeks; urgent cases within 2 weeks", pb=True,
  email="wheelchairs@millbrookhealth.example", sched="clinic", locs=["millbrook-mobility-centre"],
  contacts=[("Wheelchair service", "", None, [(None, "Appointments"), ("0808", "Repairs line (free)")])])
S("community-paediatrics", "Community paediatrics", CH_HEALTH, "health",
  ["health"], ALL + [AUT, ADHD, LD, CH], (0, 18),
  "Community paediatricians are children's doctors who see children with developmental delay, disabilities "
  "and long-term conditions. They help with diagnosis, medicines and advice for EHC needs assessments.",
  "Children with a Millbrook GP. Referral is needed from a GP, health visitor, school nurse or therapist.",
  ["Ask your GP or health visitor to refer your child.",
   "You will be sent a questionnaire to fill in before the appointment."],
  self_ref=False, wait="Usually 18 to 26 weeks", email="paediatrics@millbrookhealth.example",
  sched="clinic", locs=["willows-cdc", "northgate-health-centre"])
S("autism-and-adhd-assessment", "Autism and ADHD assessment for under-18s", CH_HEALTH, "health",
  ["health"], [CI, AUT, SEMH, ADHD], (2, 17),
  "A team of doctors, psychologists and therapists assesses whether a child or young person is autistic or "
  "has attention deficit hyperactivity disorder (ADHD). Support and advice are available while you wait.",
  "Children and young people under 18 with a Millbrook GP. Schools must share information about the child "
  "as part of the referral.",
  ["Talk to your child's school SENCO or your GP about a referral.",
   "Fill in the family questionnaire we send you.",
   "While you wait, join the free 'Understanding your child' sessions run by Millbrook Autism Support."],
  self_ref=False, wait="Currently about 18 months for a first assessment",
  alert="Waiting times are long. Your child does not need a diagnosis to get support at school.",
  email="neurodevelopmental@millbrookhealth.example", sched="clinic", locs=["willows-cdc"])
S("school-nursing-service", "School nursing service", CH_HEALTH, "health",
  ["health", "advice"], ALL + [MH, CH], (5, 19),
  "School nurses give confidential health advice to children, young people and parents. They help with "
  "care plans for medical conditions in school, sleep, bedwetting, healthy eating and emotional health.",
  "Children and young people aged 5 to 19 at school in Millbrook, and their parents.",
  ["Call your local school nursing team, or ask at your child's school.",
   "Young people aged 11 to 19 can text the school nursing team on the text line below for confidential advice."],
  prof_ref=True, wait="Usually seen within 4 weeks", email="schoolnursing@millbrookhealth.example",
  locs=["brookside-health-centre", "northgate-health-centre", "hollybank-clinic"],
  contacts=[("School nursing team", "", None, [(None, "Office"), ("07700", "Confidential text line for young people")])])
S("special-school-nursing-team", "Special school nursing team", CH_HEALTH, "health",
  ["health"], [SP, CH, PD, LD, MSI], (2, 19),
  "Nurses based in Millbrook's special schools who care for pupils with complex health needs during the school "
  "day, such as tube feeding, epilepsy and breathing care. They write care plans and train school staff.",
  "Pupils at Willow Bank, Greenways, Summerfield Academy or Meadowview Academy with health needs in school.",
  ["Speak to the school nurse at your child's special school.",
   "New pupils are assessed before they start."],
  wait="", email="specialschoolnurses@millbrookhealth.example", sched="school")
S("health-visiting", "Health visiting", CH_HEALTH, "health",
  ["health", "advice"], ALL, (0, 5),
  "Health visitors are nurses who support families with babies and young children. They check your child's "
  "development at set ages and can refer you on if they have concerns about speech, movement or behaviour.",
  "All families with children under 5 in Millbrook.",
  ["Your health visitor will contact you after your baby is born.",
   "Call the health visiting hub for advice or to book a review."],
  wait="Advice line: same day call back", email="healthvisiting@millbrookhealth.example",
  locs=["central-family-hub", "northgate-family-hub", "hollybank-family-hub"])
S("childrens-community-nursing", "Children's community nursing team", CH_HEALTH, "health",
  ["health"], [SP, CH], (0, 18),
  "Nurses who care for children with complex or long-term health needs at home, so they can spend less time "
  "in hospital. They help with tube feeds, oxygen, wound care and end-of-life care.",
  "Children with a Millbrook GP who need nursing care at home. A doctor or hospital must refer.",
  ["Your hospital consultant or GP will refer you.",
   "The team will visit you at home to plan care."],
  self_ref=False, wait="Within 48 hours of referral", email="ccn@millbrookhealth.example",
  sched=[("MO,TU,WE,TH,FR,SA,SU", "08:00", "20:00", "Every day, including bank holidays")],
  contacts=[("Children's community nursing team", "", None, [(None, "8am to 8pm, 7 days a week")])])
S("childrens-learning-disability-nursing", "Children's learning disability nursing", CH_HEALTH, "health",
  ["health"], [CL, LD, AUT, SEMH], (4, 18),
  "Specialist nurses help families of children with a learning disability with sleep, behaviour that "
  "challenges, toileting and preparing for health appointments. Support is at home and usually lasts a few months.",
  "Children aged 4 to 18 with a diagnosed learning disability and a Millbrook GP.",
  ["Parents can call the team to talk through a referral.",
   "Professionals can send the referral form by email."],
  wait="Usually 12 weeks", email="ldnursing@millbrookhealth.example", sched="office")
S("childrens-dietetics", "Children's dietitians", CH_HEALTH, "health",
  ["health"], [SP, CH, AUT], (0, 18),
  "Dietitians give expert advice on food and feeding, including restricted eating in autistic children, "
  "tube feeding and faltering growth.",
  "Children with a Millbrook GP. A health professional must refer.",
  ["Ask your GP, health visitor or paediatrician to refer."],
  self_ref=False, wait="About 10 weeks", email="dietetics@millbrookhealth.example", sched="clinic",
  locs=["brookside-health-centre"])
S("orthotics-service", "Orthotics (splints, insoles and boots)", CH_HEALTH, "health",
  ["health"], [SP, PD], (0, 18),
  "Orthotists measure and fit splints, insoles, special boots and spinal braces to support your child's "
  "joints and help them walk or sit more comfortably.",
  "Children referred by a Millbrook physiotherapist, paediatrician or consultant.",
  ["Your physiotherapist or doctor will refer.",
   "Call the orthotics clinic if a splint breaks or no longer fits."],
  self_ref=False, wait="About 6 weeks", email="orthotics@millbrookhealth.example", sched="clinic",
  locs=["millbrook-mobility-centre"], assured=402)
S("epilepsy-specialist-nurses", "Epilepsy specialist nurses", HOSP, "health",
  ["health", "advice"], [SP, CH, LD], (0, 18),
  "Nurses who support children with epilepsy and their families. They explain medicines, write seizure "
  "plans, train school staff and run an advice line for parents.",
  "Children with epilepsy under the care of Millbrook Children's Hospital.",
  ["Your consultant will introduce you to the nurses.",
   "Call the advice line for non-urgent questions; in an emergency call 999."],
  self_ref=False, email="epilepsynurses@millbrookchildrens.example", locs=["millbrook-childrens-hospital"],
  contacts=[("Epilepsy nurse advice line", "", None, [(None, "Monday to Friday, 9am to 4pm")])])
S("transition-to-adult-health", "Moving to adult health services", CH_HEALTH, "health",
  ["health", "preparing-for-adulthood"], ALL + [LD, CH], (14, 25),
  "A transition nurse helps young people with SEND plan the move from children's to adult health services. "
  "They help you understand your health, book your own appointments and meet your new adult team.",
  "Young people aged 14 to 25 with long-term health needs or a learning disability, who have a Millbrook GP.",
  ["Ask any health professional to refer you, or contact the transition nurse yourself.",
   "We will meet you, and your family if you want, to make a health transition plan."],
  email="transition@millbrookhealth.example",
  contacts=[("Kezia Mensah", "Health transition nurse", "transition@millbrookhealth.example",
             [(None, "Direct line")])])
S("adult-community-learning-disability-team", "Adult community learning disability team", CH_HEALTH, "health",
  ["health", "preparing-for-adulthood"], [CL, LD, AUT], (18, 25),
  "Nurses, psychologists, therapists and psychiatrists for adults with a learning disability. They help with "
  "health, communication, behaviour and mental health when ordinary NHS services need extra support.",
  "Adults aged 18 and over with a learning disability and a Millbrook GP.",
  ["Call the duty worker to discuss a referral; you can refer yourself.",
   "GPs and social workers can refer by email."],
  wait="Usually 6 to 8 weeks", email="aldt@millbrookhealth.example", locs=["enterprise-house"])
S("annual-health-checks-learning-disability", "Annual health checks for people with a learning disability",
  "millbrook-icb", "health", ["health", "preparing-for-adulthood"], [CL, LD], (14, 25),
  "Everyone aged 14 and over with a learning disability can have a free yearly health check at their GP "
  "practice. It helps spot health problems early. You can ask for a longer appointment and easy-read letters.",
  "People aged 14 and over on their GP's learning disability register.",
  ["Ask your GP practice to add you to the learning disability register.",
   "Your practice will invite you once a year; call them if you have not heard."],
  prof_ref=False, email="ldhealth@millbrookicb.example", sched="none",
  wait="Once a year, booked by your GP practice")
S("personal-health-budgets", "Personal health budgets", "millbrook-icb", "health",
  ["health", "advice"], [SP, CH, PD, LD], (0, 25),
  "A personal health budget is money from the NHS to pay for the health care and support you need, planned with "
  "you. Families often use it to employ their own carers or buy equipment.",
  "People eligible for continuing care, children's wheelchairs, or with an EHC plan that includes health "
  "provision, who have a Millbrook GP.",
  ["Call the personal health budgets team to talk through whether it could work for you.",
   "A care coordinator will help you write a support plan."],
  pb=True, email="phb@millbrookicb.example", langs="en;ur:Interpreters on request")
S("childrens-continuing-care", "Continuing care for children and young people", "millbrook-icb", "health",
  ["health"], [SP, CH], (0, 18),
  "Extra NHS-funded care for children whose health needs are too complex for ordinary services, such as "
  "overnight nursing at home. A nurse assessor works with your family to decide what is needed.",
  "Children with very complex health needs. An assessment decides eligibility using a national framework.",
  ["Any professional working with your child can refer.",
   "A nurse assessor will contact you within 10 working days."],
  self_ref=False, pb=True, wait="Decision usually within 6 weeks", email="continuingcare@millbrookicb.example")
S("childrens-audiology", "Children's audiology (hearing tests)", HOSP, "health",
  ["health"], [SP, HI], (0, 18),
  "Hearing tests for babies, children and young people, and fitting and repairing hearing aids. "
  "Rooms are child-friendly, and you can ask for the first or last appointment of the day.",
  "Children with a Millbrook GP. Babies are referred after newborn hearing screening.",
  ["Ask your GP, health visitor or school nurse to refer.",
   "For hearing aid repairs, come to the drop-in: no appointment needed."],
  self_ref=False, wait="Usually 6 weeks; babies within 4 weeks", email="audiology@millbrookchildrens.example",
  sched=[("MO,TU,WE,TH,FR", "08:30", "17:00", "Clinics by appointment"),
         ("WE", "13:30", "16:00", "Hearing aid repair drop-in")],
  locs=["millbrook-childrens-hospital"], langs="en;sgn-GB:Interpreters on request")
S("child-development-centre", "Child development centre assessment", HOSP, "health",
  ["health"], ALL + [LD, PD], (0, 5),
  "Children under 5 with delays in several areas are assessed over a few visits by a doctor, therapists and "
  "a nursery nurse. You get one report and a plan, so you do not have to tell your story many times.",
  "Children under 5 with significant delay in two or more areas of development.",
  ["Your health visitor, GP or paediatrician will refer.",
   "We will send you a welcome pack with photos of the centre and the team."],
  self_ref=False, wait="Usually 12 to 16 weeks", email="cdc@millbrookchildrens.example", sched="clinic",
  locs=["willows-cdc"])
S("paediatric-eye-clinic", "Children's eye clinic and orthoptics", HOSP, "health",
  ["health"], [SP, VI], (0, 18),
  "Orthoptists and eye doctors check children's sight and eye movements and treat squints and lazy eye. "
  "They can refer your child to the sensory support service if sight loss will affect learning.",
  "Children referred by a GP, optician, health visitor or school vision screening.",
  ["Get a referral from your optician, GP or school screening team.",
   "Bring your child's glasses and any letters to the appointment."],
  self_ref=False, wait="About 8 weeks", email="eyes@millbrookchildrens.example", sched="clinic",
  locs=["millbrook-childrens-hospital"])
S("childrens-diabetes-team", "Children's diabetes team", HOSP, "health",
  ["health"], [SP, CH], (0, 18),
  "Nurses, doctors and dietitians help children with diabetes manage their condition. The team trains "
  "school staff and helps plan care for trips, exams and moving to secondary school.",
  "Children with diabetes under the care of Millbrook Children's Hospital.",
  ["You will be linked to the team after diagnosis in hospital.",
   "Call the team's advice line for help between appointments."],
  self_ref=False, email="diabetes@millbrookchildrens.example", locs=["millbrook-childrens-hospital"])
S("hospital-play-specialists", "Hospital play specialists", HOSP, "health",
  ["health"], [CI, AUT, LD, SEMH], (2, 16),
  "Play specialists help children feel less worried about hospital visits, tests and operations. They can "
  "plan a quiet visit for autistic children or those with a learning disability, with photos and practice.",
  "Any child coming to Millbrook Children's Hospital. Parents can ask before a planned visit.",
  ["Call the play team at least a week before your child's appointment.",
   "Tell us what helps your child, and we will plan the visit together."],
  email="play@millbrookchildrens.example", locs=["millbrook-childrens-hospital"], langs="en")
S("camhs", "Child and adolescent mental health services (CAMHS)", MHT, "health",
  ["health"], [SEMH, MH, ADHD], (0, 18),
  "CAMHS helps children and young people with mental health difficulties such as anxiety, depression, "
  "self-harm and trauma. Support can include talking therapies, family work and medicine.",
  "Children and young people under 18 with a Millbrook GP whose mental health is having a big effect on daily life.",
  ["Young people aged 14 and over, parents and professionals can call the single point of access.",
   "We will talk through what is happening and agree the right support, which may be another service.",
   "In a crisis, call the 24-hour crisis line."],
  wait="Usually 12 to 18 weeks for routine treatment; urgent cases seen within a week",
  email="camhs@millbrookmentalhealth.example", url="https://millbrookmentalhealth.example/camhs",
  locs=["castle-street-clinic"],
  contacts=[("CAMHS single point of access", "", None, [(None, "Monday to Friday, 9am to 5pm")]),
            ("CAMHS crisis line", "", "", [("0808", "24 hours, free")])],
  langs="en;sgn-GB:Interpreters on request;ur:Interpreters on request;pl:Interpreters on request")
S("camhs-learning-disability-team", "CAMHS learning disability team", MHT, "health",
  ["health"], [SEMH, MH, CL, LD, AUT], (4, 18),
  "Mental health support for children and young people with a moderate to severe learning disability. "
  "The team adapts therapy to your child's communication and works closely with home and school.",
  "Children with a learning disability and mental health or emotional difficulties, with a Millbrook GP.",
  ["A professional, such as a paediatrician or SENCO, should refer.",
   "Parents can call for advice first."],
  self_ref=False, wait="About 10 weeks", email="camhs-ld@millbrookmentalhealth.example",
  locs=["castle-street-clinic"])
S("mental-health-support-teams-in-schools", "Mental health support teams in schools", MHT, "health",
  ["health", "education"], [SEMH, MH], (5, 18),
  "Education mental health practitioners work in 30 Millbrook schools. They offer short courses of support "
  "for mild to moderate worries, low mood and anxiety, and help schools with whole-school wellbeing.",
  "Pupils at schools that have a mental health support team. Ask your school if it is included.",
  ["Talk to your school's mental health lead or SENCO.",
   "Young people aged 11 and over can ask for support themselves at school."],
  wait="Usually 4 to 6 weeks", email="mhst@millbrookmentalhealth.example", sched="school")
S("camhs-crisis-and-home-treatment", "CAMHS crisis and home treatment team", MHT, "health",
  ["health"], [SEMH, MH], (0, 18),
  "Urgent help for children and young people in a mental health crisis, 24 hours a day. The team can talk on "
  "the phone, see you at home or in hospital and support your family.",
  "Anyone worried about a child or young person in Millbrook who is in immediate mental health crisis.",
  ["Call the free crisis line at any time.",
   "If someone is in immediate danger, call 999 or go to A&E."],
  wait="Same day", email="camhscrisis@millbrookmentalhealth.example",
  sched=[("MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59", "24 hours a day")],
  contacts=[("Crisis line", "", "", [("0808", "24 hours, free from mobiles and landlines")])])
S("eating-disorders-service", "Eating disorders service for young people", MHT, "health",
  ["health"], [SEMH, MH], (8, 18),
  "Specialist support for children and young people with eating disorders such as anorexia, bulimia or "
  "avoidant and restrictive food intake disorder (ARFID). Treatment usually involves the whole family.",
  "Young people under 18 with a Millbrook GP who have, or may have, an eating disorder.",
  ["Ask your GP to refer urgently; they will need to do a physical check.",
   "Young people and parents can also call for advice."],
  wait="Urgent: within 1 week. Routine: within 4 weeks", email="eatingdisorders@millbrookmentalhealth.example",
  locs=["castle-street-clinic"])
S("young-adult-mental-health-service", "Step Up: mental health service for 16 to 25-year-olds", MHT, "health",
  ["health", "preparing-for-adulthood"], [SEMH, MH, AUT], (16, 25),
  "Step Up is designed with young people to bridge the gap between CAMHS and adult services. It offers talking "
  "therapy, group work and help with college, work and relationships.",
  "Young people aged 16 to 25 with a Millbrook GP who have moderate to serious mental health needs.",
  ["Refer yourself online or by phone.",
   "Your GP, college or CAMHS worker can also refer."],
  wait="About 6 weeks", email="stepup@millbrookmentalhealth.example", locs=["the-foundry-youth-centre"])
S("adult-autism-adhd-diagnostic-service", "Adult autism and ADHD diagnostic service", MHT, "health",
  ["health", "preparing-for-adulthood"], [CI, AUT, SEMH, ADHD], (18, 25),
  "Assessment for adults who think they may be autistic or have ADHD, with advice after diagnosis. "
  "Appointments can be online, and we send questions in advance.",
  "Adults aged 18 and over with a Millbrook GP. Young people under 18 use the children's service.",
  ["Ask your GP to refer you.", "Fill in the questionnaires we send you."],
  self_ref=False, wait="About 2 years", email="adultnd@millbrookmentalhealth.example",
  locs=["castle-street-clinic"], assured=388)
S("regional-cochlear-implant-programme", "Regional cochlear implant programme", HARROW, "health",
  ["health"], [SP, HI], (0, 18),
  "Assessment and surgery for children who may benefit from cochlear implants, plus long-term rehabilitation. "
  "The team visits Millbrook schools to support teachers.",
  "Children with severe or profound deafness referred by an audiologist.",
  ["Your child's audiologist will refer you.",
   "We will invite you to an information day in Harrowfield."],
  in_area=False, self_ref=False, wait="About 3 months for assessment", email="cochlear@harrowfieldhospitals.example",
  sched="clinic", locs=["harrowfield-royal-infirmary"], langs="en;sgn-GB:BSL interpreters booked for every appointment")
S("specialist-childrens-neurology", "Specialist children's neurology clinic", HARROW, "health",
  ["health"], [SP, CH, PD], (0, 18),
  "Children's neurologists see children with complex epilepsy, neuromuscular conditions and other brain "
  "and nerve conditions that need specialist care beyond the local hospital.",
  "Children referred by a consultant paediatrician.",
  ["Your paediatrician will refer if specialist care is needed."],
  in_area=False, self_ref=False, wait="About 14 weeks", email="neurology@harrowfieldhospitals.example",
  sched="clinic", locs=["harrowfield-royal-infirmary"])
S("specialist-gastrostomy-nutrition-clinic", "Specialist gastrostomy and nutrition clinic", HARROW, "health",
  ["health"], [SP, CH], (0, 18),
  "Care for children who are fed through a tube into the stomach, called a gastrostomy. The clinic checks "
  "growth, changes tubes and supports families and schools with feeding plans.",
  "Children with a gastrostomy or being assessed for one, referred by a consultant.",
  ["Your consultant or dietitian will refer."],
  in_area=False, self_ref=False, wait="About 6 weeks", email="nutrition@harrowfieldhospitals.example",
  sched="clinic", locs=["harrowfield-royal-infirmary"])
S("regional-low-vision-clinic", "Regional low vision clinic", HARROW, "health",
  ["health"], [SP, VI, MSI], (3, 18),
  "Specialist assessment for children with sight loss, including magnifiers, reading aids and lighting advice. "
  "Reports are shared with your child's vision support teacher.",
  "Children with permanent sight loss referred by an eye doctor or vision support teacher.",
  ["Ask your eye doctor or qualified teacher of vision impairment to refer."],
  in_area=False, self_ref=False, wait="About 10 weeks", email="lowvision@harrowfieldhospitals.example",
  sched="clinic", locs=["harrowfield-royal-infirmary"])
S("paediatric-neurorehabilitation", "Children's neurorehabilitation unit", HARROW, "health",
  ["health"], [SP, PD, CH, CL], (2, 18),
  "Intensive rehabilitation after brain injury, stroke or serious illness, with therapy every day and a "
  "hospital school. Families can stay on site.",
  "Children with an acquired brain injury referred by their hospital consultant.",
  ["Referral is made by the treating hospital team."],
  in_area=False, self_ref=False, wait="Depends on bed availability", email="neurorehab@harrowfieldhospitals.example",
  sched=[("MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59", "Inpatient unit, open all the time")],
  locs=["harrowfield-royal-infirmary"])
S("regional-deafblind-assessment", "Regional deafblind assessment clinic", HARROW, "health",
  ["health"], [SP, MSI, HI, VI], (0, 18),
  "A joint clinic with hearing, eye and communication specialists for children who have both sight and "
  "hearing loss. One visit gives a full picture and a shared plan.",
  "Children with both hearing and vision loss referred by an audiologist, eye doctor or sensory support teacher.",
  ["Ask your audiologist or sensory support teacher to refer."],
  in_area=False, self_ref=False, wait="About 12 weeks", email="deafblind@harrowfieldhospitals.example",
  sched=[("TH", "09:00", "16:00", "Clinic every other Thursday")], locs=["harrowfield-royal-infirmary"])

# ---------------------------------------------------------------------------
# Social care and short breaks
# ---------------------------------------------------------------------------
DCT = "millbrook-disabled-childrens-team"
SB = "millbrook-short-breaks"
S("disabled-childrens-social-work", "Disabled children's social work team", DCT, "social-care",
  ["social-care"], ALL + [LD, PD, CH, AUT], (0, 18),
  "Social workers assess what support a disabled child and their family need, such as short breaks, help at home "
  "or equipment. They write a plan with you and review it regularly.",
  "Children aged 0 to 18 living in Millbrook with a substantial and long-lasting disability. Children with "
  "milder needs are supported through early help.",
  ["Call the children's front door on the number below and ask for the disabled children's team.",
   "A social worker will call you back to talk about an assessment.",
   "Any professional can also refer with your agreement."],
  wait="Assessment completed within 45 working days", email="disabledchildren@millbrook.gov.example",
  url="https://millbrook.gov.example/disabledchildren", locs=["millbrook-civic-centre"],
  contacts=[("Children's front door", "", None, [(None, "Monday to Friday, 9am to 5pm"),
                                                 ("0808", "Out of hours emergency duty team")])])
S("family-support-workers-disabled-children", "Family support workers for disabled children", DCT, "social-care",
  ["social-care"], ALL, (0, 18),
  "Family support workers give practical help at home for a few months: building routines, managing "
  "behaviour, sleep and getting out as a family. They can also help you find local groups.",
  "Families of disabled children in Millbrook after an assessment by the disabled children's team.",
  ["Ask your social worker, or call the disabled children's team to request an assessment."],
  self_ref=True, wait="Usually 4 to 6 weeks after assessment", email="disabledchildren@millbrook.gov.example")
S("short-breaks-overnight-larch-house", "Short breaks: overnight stays at Larch House", SB, "social-care",
  ["social-care"], [SP, CH, PD, LD, AUT, CL], (5, 18),
  "Larch House is a homely short breaks centre where disabled children stay overnight, have fun and make "
  "friends, while families get a rest. It has six bedrooms, a sensory room and a garden.",
  "Children aged 5 to 18 with complex disabilities who have had a social care assessment.",
  ["Ask your social worker about overnight short breaks.",
   "You and your child can visit for tea before the first stay."],
  self_ref=False, pb=True, wait="Depends on the nights available; ask your social worker",
  email="larchhouse@millbrook.gov.example", locs=["larch-house"],
  sched=[("MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59", "Open all year, overnight stays")],
  contacts=[("Larch House", "Registered manager: Paul Okafor", "larchhouse@millbrook.gov.example",
             [(None, "Larch House office")])])
S("short-breaks-saturday-clubs", "Short breaks: Saturday clubs", SB, "la-commissioned",
  ["social-care", "leisure"], ALL + [AUT, LD], (5, 17),
  "Saturday clubs run by trained play workers, with art, games, cooking and trips. There is a 1-to-1 or "
  "1-to-2 staff ratio for children who need it.",
  "Children aged 5 to 17 with SEND who live in Millbrook. You do not need a social worker.",
  ["Fill in the short breaks registration form on the council website.",
   "We will send you the booking details for the next term."],
  prof_ref=False, costs=[("Saturday club session", 5, "per session, paid by the family")], pb=True,
  email="shortbreaks@millbrook.gov.example", sched=[("SA", "10:00", "15:00", "Term time")],
  locs=["st-annes-community-centre", "northgate-sports-centre"])
S("short-breaks-holiday-play-schemes", "Short breaks: holiday play schemes", SB, "la-commissioned",
  ["social-care", "leisure", "childcare"], ALL, (5, 17),
  "Inclusive play schemes in the Easter, summer and October holidays, with extra staff so disabled children "
  "can join in. Activities include swimming, trips and outdoor play.",
  "Children aged 5 to 17 with SEND registered with Millbrook short breaks.",
  ["Register for short breaks online.", "Book holiday places when bookings open, usually 6 weeks before."],
  prof_ref=False, costs=[("Holiday play scheme day", 10, "per day; free for families on benefits-related free school meals")],
  pb=True, email="shortbreaks@millbrook.gov.example",
  sched=[("MO,TU,WE,TH,FR", "09:30", "15:30", "School holidays only")], locs=["riverside-playground"])
S("short-breaks-sitting-and-befriending", "Short breaks: sitting and befriending", SB, "la-commissioned",
  ["social-care"], ALL + [AUT], (5, 18),
  "A trained sitter or befriender spends a few hours with your child at home or out in the community, "
  "so you can have some time for yourself or with your other children.",
  "Children with SEND in Millbrook registered for short breaks. Up to 40 hours a year without a social worker.",
  ["Register for short breaks online.", "A coordinator will match you with a worker and arrange a first visit."],
  prof_ref=False, pb=True, wait="Usually 6 to 10 weeks to find a match", email="shortbreaks@millbrook.gov.example",
  sched="none")
S("short-breaks-statement-and-registration", "Short breaks: how to register and our short breaks statement", SB,
  "social-care", ["social-care", "advice"], ALL, (0, 18),
  "Our short breaks statement explains the breaks on offer, who can have them and how to apply. Registering "
  "once gives your family access to clubs, play schemes and sitting services without a social work assessment.",
  "Families of children with SEND living in Millbrook.",
  ["Read the short breaks statement on the council website.",
   "Fill in the online registration form, or call us to do it over the phone."],
  prof_ref=False, email="shortbreaks@millbrook.gov.example", url="https://millbrook.gov.example/shortbreaks/statement",
  wait="Registration confirmed within 10 working days", sched="office-fri")
S("family-link-short-breaks", "Family link short breaks with approved carers", SB, "social-care",
  ["social-care"], ALL + [LD, AUT], (3, 18),
  "Your child spends regular time, sometimes overnight, with an approved family link carer who gets to know "
  "them well. Many families find this a gentle first break.",
  "Children with a disability assessed by the disabled children's team.",
  ["Talk to your social worker.", "We will introduce you to a carer and arrange short visits first."],
  self_ref=False, pb=True, wait="Matching can take 3 to 6 months", email="familylink@millbrook.gov.example",
  sched="none")
S("cedar-lodge-residential-short-breaks", "Cedar Lodge residential short breaks (Harrowfield)", SB, "social-care",
  ["social-care"], [SP, CH, PD, MSI], (8, 18),
  "Cedar Lodge in Harrowfield provides overnight short breaks for children with complex health needs, with "
  "nurses on shift. Millbrook Council buys places when Larch House cannot meet a child's needs.",
  "Children with complex health needs assessed by the disabled children's team and continuing care.",
  ["Your social worker will discuss this with you and agree funding."],
  in_area=False, self_ref=False, pb=True, email="shortbreaks@millbrook.gov.example", sched="none",
  locs=["harrowfield-royal-infirmary"])
S("direct-payments-disabled-children", "Direct payments for disabled children", DCT, "social-care",
  ["social-care", "advice"], ALL, (0, 18),
  "A direct payment is money from the council so you can arrange your child's support yourself, for example "
  "employing a personal assistant or paying for clubs. A support service helps with payroll and paperwork.",
  "Families whose child has been assessed as needing social care support.",
  ["Ask your social worker about direct payments.",
   "Our direct payments adviser will explain how the money is paid and what it can be used for."],
  self_ref=True, pb=True, email="directpayments@millbrook.gov.example",
  contacts=[("Direct payments adviser", "", "directpayments@millbrook.gov.example", [(None, "Advice line")])])
S("personal-budgets-ehc-plans", "Personal budgets for EHC plans", "millbrook-send-team", "la-commissioned",
  ["education", "advice"], ALL, (0, 25),
  "A personal budget is an amount of money to pay for some of the support in an education, health and care (EHC) "
  "plan. You can ask for one when the plan is written or reviewed. It can combine education, health and care money.",
  "Children and young people who have an EHC plan or are having an EHC needs assessment.",
  ["Tell your SEND casework officer that you would like a personal budget.",
   "We will explain which parts of the plan can be a personal budget and agree how it is managed."],
  pb=True, email="send@millbrook.gov.example", url="https://millbrook.gov.example/send/personal-budgets")
S("parent-carer-assessments", "Carer's assessments for parent carers", DCT, "social-care",
  ["social-care", "advice"], ALL, (0, 18),
  "If you care for a disabled child, you have a right to an assessment of your own needs as a carer. It looks "
  "at your health, work and time for yourself, and may lead to breaks or other help.",
  "Parent carers of disabled children living in Millbrook.",
  ["Call the children's front door and ask for a parent carer's needs assessment.",
   "Millbrook Carers Centre can help you prepare."],
  email="disabledchildren@millbrook.gov.example", wait="Usually within 28 days")
S("home-adaptations-occupational-therapy", "Home adaptations and social care occupational therapy", DCT,
  "social-care", ["social-care"], [SP, PD, CH], (0, 25),
  "Council occupational therapists look at whether your home needs changes such as ramps, hoists or an "
  "accessible bathroom, and can help you apply for a disabled facilities grant.",
  "Disabled children and young people living in Millbrook whose home makes daily care difficult or unsafe.",
  ["Call the council's adaptations line to ask for an OT assessment.",
   "An OT will visit your home."],
  wait="Usually 12 to 16 weeks for a visit", email="adaptations@millbrook.gov.example", sched="office")
S("transition-to-adult-social-care", "Moving to adult social care", "millbrook-preparing-for-adulthood",
  "social-care", ["social-care", "preparing-for-adulthood"], ALL + [LD, AUT, CH], (14, 25),
  "From age 14, a transition worker helps young people with care needs plan for adult social care. At 17 "
  "you can have a Care Act assessment so support is ready when you turn 18.",
  "Young people aged 14 to 25 with a disability who are likely to need care and support as adults.",
  ["Your social worker or SEND casework officer will refer you at age 14.",
   "Young people and families can also contact the team directly."],
  email="pfa@millbrook.gov.example", wait="Care Act assessment offered from age 17")
S("adult-learning-disability-autism-team", "Adult learning disability and autism team", "millbrook-adult-social-care",
  "social-care", ["social-care", "preparing-for-adulthood"], [CL, LD, CI, AUT], (18, 25),
  "Social workers who support adults with a learning disability or autism to live the life they want, "
  "including help at home, day opportunities, supported living and direct payments.",
  "Adults aged 18 and over living in Millbrook who meet the national eligibility criteria under the Care Act.",
  ["Call Adult Social Care and ask for the learning disability and autism team.",
   "We will arrange a Care Act assessment."],
  email="adultcare@millbrook.gov.example", locs=["millbrook-civic-centre"], pb=True)
S("shared-lives", "Shared Lives", "millbrook-adult-social-care", "social-care",
  ["social-care", "preparing-for-adulthood"], [CL, LD, AUT], (16, 25),
  "Shared Lives carers share their home and family life with a young adult who needs support. It can be a "
  "long-term home, day support or short breaks.",
  "Young people aged 16 and over with eligible care needs.",
  ["Ask your social worker or transition worker about Shared Lives."],
  self_ref=False, pb=True, wait="Matching usually takes 2 to 4 months", costs=[("Weekly contribution", 90, "typical; the amount depends on a financial assessment")], email="sharedlives@millbrook.gov.example",
  sched="none")
S("day-opportunities-young-adults", "Day opportunities for young adults", "millbrook-adult-social-care",
  "social-care", ["social-care", "preparing-for-adulthood", "leisure"], [CL, LD, AUT, PD], (18, 25),
  "Daytime activities for young adults with learning disabilities, including cooking, gardening, work "
  "taster sessions and trips. Sessions are planned around each person's goals.",
  "Adults aged 18 to 25 with eligible care needs after a Care Act assessment.",
  ["Talk to your social worker about day opportunities.", "Come for a taster day at Elm Court."],
  self_ref=False, pb=True, costs=[("Day session", 48, "per day, usually paid through your personal budget")],
  email="elmcourt@millbrook.gov.example", locs=["elm-court"],
  sched=[("MO,TU,WE,TH,FR", "09:30", "15:30", "All year")])
S("elm-court-respite", "Elm Court overnight respite for young adults", "millbrook-adult-social-care",
  "social-care", ["social-care", "preparing-for-adulthood"], [SP, CH, PD, LD], (18, 25),
  "Overnight short stays for young adults with complex needs, giving families a break. Elm Court has "
  "en-suite rooms with ceiling hoists.",
  "Adults aged 18 and over with eligible care needs. Young people moving on from Larch House get help to settle in.",
  ["Ask your social worker to book a stay."],
  self_ref=False, pb=True, costs=[("Overnight stay", 30, "per night, depending on a financial assessment")], email="elmcourt@millbrook.gov.example", locs=["elm-court"],
  sched=[("MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59", "Open all year")],
  closed="Elm Court is closed for refurbishment until 30 June. Booked stays have moved to Larch House; "
         "call the duty worker if you need help.")
S("family-hub-send-family-support", "SEND family support at family hubs", "millbrook-family-hubs", "social-care",
  ["social-care", "advice"], ALL, (0, 19),
  "Early help workers at family hubs support families of children with SEND before problems get bigger: "
  "routines, sleep, behaviour, benefits and getting to appointments.",
  "Families in Millbrook with children aged 0 to 19, or up to 25 with SEND.",
  ["Drop into any family hub, or call the family hubs line.",
   "Schools, health visitors and GPs can also refer with your agreement."],
  email="familyhubs@millbrook.gov.example", sched="office-fri",
  locs=["central-family-hub", "hollybank-family-hub", "northgate-family-hub"])
S("young-carers-service", "Young carers service", "millbrook-carers-centre", "voluntary",
  ["social-care", "leisure"], [SEMH, MH], (8, 18),
  "Support for children and young people who help care for a disabled brother, sister or parent. Young carers "
  "get clubs, trips, someone to talk to and help with school.",
  "Young carers aged 8 to 18 living in Millbrook.",
  ["Young carers, parents or schools can fill in the referral form.",
   "A worker will visit to get to know you."],
  costs=[("Trip", 3, "per trip; clubs are free")], email="youngcarers@millbrookcarers.example", locs=["carers-centre-mill-lane"],
  sched=[("TU", "16:30", "18:30", "Young carers club, term time")])

# ---------------------------------------------------------------------------
# Council SEND, education support, information and advice (la-commissioned)
# ---------------------------------------------------------------------------
ST = "millbrook-send-team"
S("ehc-needs-assessment", "Education, health and care (EHC) needs assessment", ST, "la-commissioned",
  ["education", "advice"], ALL, (0, 25),
  "If a child or young person needs more help than their school or college can give from its own resources, "
  "you can ask the council for an EHC needs assessment. This can lead to an EHC plan, a legal document "
  "setting out their needs and support.",
  "Children and young people aged 0 to 25 who may have special educational needs needing an EHC plan. "
  "Parents, young people over 16 and schools can ask.",
  ["Fill in the online request form, or write to the SEND team.",
   "We will tell you within 6 weeks whether we will assess.",
   "If we assess, the whole process should take no more than 20 weeks.",
   "Millbrook SENDIASS can help you with the request."],
  wait="Decision within 6 weeks; whole process up to 20 weeks", email="send@millbrook.gov.example",
  url="https://millbrook.gov.example/send/ehc-assessment", locs=["millbrook-civic-centre"],
  contacts=[("SEND team duty officer", "", None, [(None, "Monday to Friday, 9am to 4pm")])])
S("ehc-plan-reviews-and-casework", "EHC plan annual reviews and casework officers", ST, "la-commissioned",
  ["education", "advice"], ALL, (0, 25),
  "Every EHC plan is reviewed at least once a year. Your SEND casework officer makes sure reviews happen, "
  "updates the plan and helps with changes such as moving school or leaving college.",
  "Children and young people with an EHC plan maintained by Millbrook Council.",
  ["Contact your named SEND casework officer, or call the duty line.",
   "Your child's school or college will invite you to the annual review meeting."],
  prof_ref=False, ehc=True, email="send@millbrook.gov.example", locs=["millbrook-civic-centre"])
S("send-mediation", "SEND mediation and disagreement resolution", "clearway-mediation", "la-commissioned",
  ["advice"], ALL, (0, 25),
  "Free, independent mediation if you disagree with the council about an EHC needs assessment or plan. "
  "Disagreement resolution is also available for disputes with schools or health services. You must "
  "consider mediation before appealing to the SEND Tribunal.",
  "Parents and young people in Millbrook with a disagreement about SEND support or an EHC plan decision.",
  ["Call Clearway within 2 months of the council's decision letter.",
   "We will give you a mediation certificate if you choose not to mediate.",
   "Meetings are arranged within 30 days, in person or online."],
  prof_ref=False, email="send@clearwaymediation.example", wait="Meeting within 30 days")
S("educational-psychology-service", "Educational psychology service", "millbrook-educational-psychology",
  "la-commissioned", ["education"], ALL, (0, 25),
  "Educational psychologists (EPs) help schools and families understand how a child learns, thinks and feels, "
  "and what will help. They observe, talk to the child and give advice for EHC needs assessments.",
  "Children and young people at Millbrook schools, nurseries and colleges. Schools usually request EP involvement.",
  ["Talk to your child's SENCO, who can request a consultation.",
   "The EP will meet you and school staff to agree next steps."],
  self_ref=False, wait="Depends on the school's allocation; statutory advice within 6 weeks",
  email="edpsych@millbrook.gov.example")
S("ep-parent-consultation-line", "Educational psychology advice line for parents", "millbrook-educational-psychology",
  "la-commissioned", ["advice"], ALL, (0, 18),
  "A 30-minute phone call with an educational psychologist to talk through worries about your child's "
  "learning, behaviour or wellbeing. You do not need a referral.",
  "Parents and carers of children living or at school in Millbrook.",
  ["Book a call slot online or by phone.", "The psychologist will call you at the booked time."],
  prof_ref=False, wait="Usually within 2 weeks", email="edpsych@millbrook.gov.example",
  sched=[("TH", "13:00", "16:00", "Phone calls, term time")])
S("hearing-support-teachers", "Hearing support teachers", "millbrook-sensory-support", "la-commissioned",
  ["education"], [SP, HI], (0, 25),
  "Qualified teachers of deaf children visit families and schools. They help babies with early language, "
  "check hearing equipment such as radio aids, and train staff so deaf children can learn alongside others.",
  "Children and young people with a permanent hearing loss, from diagnosis to 25.",
  ["Audiology will refer you after diagnosis.", "Schools and parents can also contact us directly."],
  email="sensorysupport@millbrook.gov.example", langs="en;sgn-GB:Deaf instructors use BSL")
S("vision-support-teachers", "Vision support teachers", "millbrook-sensory-support", "la-commissioned",
  ["education"], [SP, VI], (0, 25),
  "Qualified teachers of children with vision impairment advise families and schools on large print, braille, "
  "technology and lighting, and teach specialist skills such as touch typing.",
  "Children and young people with a diagnosed sight loss that affects learning.",
  ["Eye clinics usually refer. Parents and schools can contact us too."],
  email="sensorysupport@millbrook.gov.example")
S("multi-sensory-impairment-support", "Multi-sensory impairment support", "millbrook-sensory-support",
  "la-commissioned", ["education"], [SP, MSI, HI, VI], (0, 25),
  "A specialist teacher and intervenors support children with both hearing and sight loss to communicate, "
  "move around safely and learn, at home and at school.",
  "Children and young people with combined hearing and vision loss.",
  ["Any professional or parent can contact the sensory support service."],
  email="sensorysupport@millbrook.gov.example", assured=371)
S("habilitation-training", "Habilitation training for children with sight loss", "millbrook-sensory-support",
  "la-commissioned", ["education", "preparing-for-adulthood", "travel"], [SP, VI, MSI], (2, 25),
  "Habilitation specialists teach children and young people with sight loss to move around safely and "
  "independently, including using a long cane, crossing roads and using buses.",
  "Children and young people known to Millbrook vision support teachers.",
  ["Ask your vision support teacher to refer you."],
  self_ref=False, wait="About 6 weeks", email="sensorysupport@millbrook.gov.example", sched="none")
INC = "millbrook-inclusion-support"
S("autism-outreach-team", "Autism outreach team", INC, "la-commissioned",
  ["education"], [CI, AUT], (3, 19),
  "Advisory teachers help schools and nurseries support autistic children, for example with visual timetables, "
  "calm spaces and planning changes. They also run training and parent workshops.",
  "Children with a diagnosis of autism, or on the assessment pathway, at Millbrook schools and settings.",
  ["Ask your child's SENCO to request support.", "Parents can book our free after-diagnosis workshops."],
  self_ref=False, email="autismoutreach@millbrook.gov.example", wait="Usually 4 to 6 weeks")
S("speech-language-outreach-teachers", "Communication and language advisory teachers", INC, "la-commissioned",
  ["education"], [CI, SLCN], (3, 11),
  "Specialist teachers help schools support children with speech, language and communication needs in class, "
  "working alongside NHS speech and language therapists.",
  "Children at Millbrook nurseries and primary schools with speech, language or communication needs.",
  ["Your child's SENCO can request a visit."],
  self_ref=False, email="inclusion@millbrook.gov.example")
S("semh-outreach", "Social, emotional and mental health (SEMH) outreach", INC, "la-commissioned",
  ["education"], [SEMH, MH, ADHD], (4, 16),
  "Outreach teachers help schools support pupils whose feelings or behaviour make school hard, to reduce "
  "exclusions. They model approaches in class and coach staff.",
  "Pupils at Millbrook schools at risk of exclusion or struggling to attend.",
  ["The school's SENCO or headteacher makes a request."],
  self_ref=False, email="inclusion@millbrook.gov.example", wait="Usually within 3 weeks")
S("spld-advisory-teachers", "Specific learning difficulties (SpLD) advisory teachers", INC, "la-commissioned",
  ["education"], [CL, SPLD], (5, 16),
  "Advisory teachers help schools identify and support pupils with specific learning difficulties (SpLD) such as "
  "dyslexia, dyscalculia and dyspraxia, including assessment advice and catch-up programmes.",
  "Pupils at Millbrook schools who have made little progress with reading, writing or maths despite extra help.",
  ["Ask your child's SENCO to make a referral."],
  self_ref=False, email="inclusion@millbrook.gov.example")
S("physical-disability-medical-advisory-teacher", "Physical disability and medical needs advisory teacher", INC,
  "la-commissioned", ["education"], [SP, PD, CH], (2, 19),
  "An advisory teacher helps schools include pupils with physical disabilities and medical conditions, "
  "including access plans, equipment, PE and trips.",
  "Pupils at Millbrook schools with a physical disability or medical condition affecting access to learning.",
  ["The school's SENCO can request support.", "Parents are welcome to call for advice."],
  email="inclusion@millbrook.gov.example")
S("attendance-and-inclusion-emotionally-based-school-avoidance", "Support for children who find it hard to attend school",
  INC, "la-commissioned", ["education", "advice"], [SEMH, MH, AUT], (5, 16),
  "Help for children who are anxious about school and struggle to attend, sometimes called emotionally based "
  "school avoidance. A worker meets the family and school to plan a gradual return.",
  "Pupils at Millbrook schools whose attendance is affected by anxiety or unmet SEND.",
  ["Talk to the school's SENCO or attendance lead, who will refer.",
   "Parents can call for advice."],
  email="inclusion@millbrook.gov.example", wait="About 3 weeks")
EYI = "millbrook-early-years-inclusion"
S("early-years-inclusion-funding", "Early years inclusion funding", EYI, "la-commissioned",
  ["education", "childcare"], ALL, (2, 5),
  "Extra funding for nurseries, pre-schools and childminders so they can give extra help to young children "
  "with SEND, such as more staff time or training. The setting applies with your agreement.",
  "Children aged 2 to 5 with emerging SEND attending a funded early education place in Millbrook.",
  ["Talk to your child's nursery or childminder; they fill in the application.",
   "Decisions are made at a monthly panel."],
  self_ref=False, wait="Decision within 4 weeks", email="earlyyears@millbrook.gov.example")
S("area-sencos", "Area SENCOs for early years", EYI, "la-commissioned",
  ["education", "advice"], ALL, (0, 5),
  "Area special educational needs coordinators (SENCOs) are specialist advisers who visit nurseries, "
  "pre-schools and childminders to help them plan for young children with SEND and prepare for school.",
  "Early years settings in Millbrook and the children they care for.",
  ["Ask your child's setting to contact their area SENCO.", "Parents can call the team for advice."],
  email="earlyyears@millbrook.gov.example")
S("portage-home-visiting", "Portage home visiting", EYI, "la-commissioned",
  ["education"], ALL + [LD, PD], (0, 4),
  "Portage is a home-visiting service for babies and young children with significant developmental delays. "
  "A Portage home visitor comes to your home, usually every two weeks, and plans play activities with you.",
  "Children under 4 in Millbrook with significant delays in two or more areas, before they start nursery.",
  ["Any professional can refer; parents can call us to talk about it."],
  wait="About 8 weeks", email="portage@millbrook.gov.example", sched="none")
S("disability-access-fund", "Disability access fund for early years", EYI, "la-commissioned",
  ["childcare"], ALL, (3, 4),
  "A yearly payment to your child's nursery if they get Disability Living Allowance (DLA) and a funded early "
  "education place. The nursery uses it to make their setting more accessible.",
  "3 and 4-year-olds who get Disability Living Allowance and take up funded early education.",
  ["Tell your nursery your child gets DLA and show them the award letter.",
   "The nursery claims the money from the council."],
  prof_ref=True, email="earlyyears@millbrook.gov.example", sched="none",
  wait="Paid to the nursery within a term")
TR = "millbrook-send-transport"
S("home-to-school-transport", "Home-to-school travel assistance", TR, "la-commissioned",
  ["travel"], ALL, (4, 16),
  "Free travel help for children who qualify because of their SEND, distance or low income. Help can be a bus "
  "pass, a mileage allowance, a personal travel budget or a seat on a shared minibus with a passenger assistant.",
  "Children of compulsory school age living in Millbrook who cannot reasonably walk to their nearest suitable "
  "school because of SEND, distance or an unsafe route.",
  ["Read the home-to-school travel policy on the council website.",
   "Apply online at least 8 weeks before the start of term.",
   "Decisions are made within 20 school days; you can ask for a review."],
  prof_ref=False, wait="Decision within 20 school days", email="sendtransport@millbrook.gov.example",
  url="https://millbrook.gov.example/sendtransport/school",
  contacts=[("SEND transport team", "", None, [(None, "Applications and changes"),
                                              (None, "On the day problems, from 7am")])])
S("post-16-transport", "Post-16 travel assistance", TR, "la-commissioned",
  ["travel", "preparing-for-adulthood"], ALL, (16, 25),
  "Help with travel to school, college or training for young people aged 16 and over with SEND, as set out "
  "in our post-16 transport policy statement. Options include a travel pass, personal travel budget or transport.",
  "Students aged 16 to 18, or up to 25 with an EHC plan, living in Millbrook who cannot travel independently "
  "because of their SEND.",
  ["Read the post-16 transport policy statement.",
   "Apply online by 31 May for September starts.",
   "A contribution may be asked for; families on low income are exempt."],
  prof_ref=False, costs=[("Post-16 travel contribution", 300, "per year, payable in instalments; free for low-income families")],
  email="sendtransport@millbrook.gov.example", url="https://millbrook.gov.example/sendtransport/post16")
S("independent-travel-training", "Independent travel training", TR, "la-commissioned",
  ["travel", "preparing-for-adulthood"], ALL + [LD, AUT], (11, 25),
  "A travel trainer teaches young people with SEND to make a journey safely on their own, such as the bus to "
  "college. Training is one-to-one, step by step, until you feel confident.",
  "Young people aged 11 to 25 with SEND living in Millbrook who could learn to travel independently.",
  ["Ask your school, college or SEND casework officer to refer you, or contact us yourself.",
   "A trainer will meet you and your family to plan your route."],
  wait="About 6 weeks to start", email="travelfree@millbrook.gov.example", sched="none")
S("blue-badge-scheme", "Blue Badge scheme", "millbrook-blue-badge", "la-commissioned",
  ["travel", "advice"], [SP, PD, CH, AUT, MH], (0, 25),
  "A Blue Badge lets you park closer to where you need to go. Children over 3 can qualify because of walking "
  "difficulties or hidden disabilities, and under-3s if they need bulky medical equipment.",
  "People living in Millbrook who meet the national Blue Badge criteria.",
  ["Apply online on the government Blue Badge website, choosing Millbrook Council.",
   "Upload proof of identity, address and disability.",
   "Call the team if you need help with the form."],
  prof_ref=False, costs=[("Blue Badge", 10, "one-off fee for 3 years")], wait="Usually 6 to 8 weeks",
  email="bluebadge@millbrook.gov.example")
S("millbrook-sendiass", "Millbrook SENDIASS: information, advice and support", "millbrook-sendiass",
  "la-commissioned", ["advice"], ALL, (0, 25),
  "Free, impartial and confidential advice about SEND for parents, children and young people. We help with "
  "SEN support at school, EHC needs assessments, reviews, exclusions, mediation and appeals.",
  "Parents and carers of children with SEND, and children and young people up to 25, in Millbrook.",
  ["Call our helpline or email us.", "Come to a drop-in at the Central Family Hub on Tuesdays.",
   "We will call you back within 3 working days."],
  prof_ref=False, wait="Call back within 3 working days", email="help@millbrooksendiass.example",
  url="https://millbrooksendiass.example", locs=["central-family-hub"],
  sched=[("MO,TU,WE,TH", "09:30", "16:30", "Helpline"), ("TU", "10:00", "13:00", "Drop-in, Central Family Hub")],
  contacts=[("SENDIASS helpline", "", None, [("0808", "Free helpline")])],
  langs="en;sgn-GB:Interpreters on request;ur:Interpreters on request;pl:Interpreters on request;so:Interpreters on request")
S("sendiass-young-people", "SENDIASS for young people (16 to 25)", "millbrook-sendiass", "la-commissioned",
  ["advice", "preparing-for-adulthood"], ALL, (16, 25),
  "Advice just for young people with SEND about college, EHC plans, your rights and having your say. "
  "A young people's adviser can meet you at college, online or by text.",
  "Young people aged 16 to 25 with SEND in Millbrook.",
  ["Text or call the young people's adviser.", "Or ask at your college's student support desk."],
  prof_ref=False, email="youngpeople@millbrooksendiass.example",
  contacts=[("Young people's adviser", "", "youngpeople@millbrooksendiass.example", [("07700", "Text or call")])])
S("send-tribunal-appeal-support", "Help with SEND Tribunal appeals", "millbrook-sendiass", "la-commissioned",
  ["advice"], ALL, (0, 25),
  "If you disagree with an EHC plan decision, you can appeal to the First-tier Tribunal (SEND). SENDIASS "
  "explains the process, helps you fill in the forms and prepare evidence.",
  "Parents and young people in Millbrook considering or making a SEND Tribunal appeal.",
  ["Call the helpline as soon as you get the decision letter; appeal deadlines are short.",
   "An adviser will help you get a mediation certificate and complete the appeal form."],
  prof_ref=False, email="help@millbrooksendiass.example")
S("pfa-careers-advisers", "Preparing for adulthood careers advisers", "millbrook-preparing-for-adulthood",
  "la-commissioned", ["preparing-for-adulthood", "advice"], ALL, (14, 25),
  "Impartial careers advisers for young people with SEND. They come to EHC plan reviews from Year 9, explain "
  "options such as college, apprenticeships and supported internships, and help you apply.",
  "Young people aged 14 to 25 with SEND living in Millbrook.",
  ["Ask your school or college to book you an appointment, or contact us yourself.",
   "Parents are welcome at appointments."],
  email="pfa@millbrook.gov.example", locs=["the-foundry-youth-centre"])
S("supported-internships-coordination", "Supported internships: find a placement", "millbrook-preparing-for-adulthood",
  "la-commissioned", ["preparing-for-adulthood"], [CL, LD, AUT], (16, 24),
  "A supported internship is a one-year study programme based mostly at an employer, with a job coach, for "
  "young people with an EHC plan who want paid work. We match interns with local employers such as the hospital "
  "and the council.",
  "Young people aged 16 to 24 with an EHC plan who want to move into paid employment.",
  ["Talk to your careers adviser at your EHC plan review in Year 12 or 13.",
   "Come to our open evening in January and apply by March."],
  ehc=True, email="pfa@millbrook.gov.example", sched="none")
S("apprenticeships-support-send", "Apprenticeships support for young people with SEND", "millbrook-preparing-for-adulthood",
  "la-commissioned", ["preparing-for-adulthood", "education"], ALL, (16, 25),
  "Help to find and keep an apprenticeship, including reasonable adjustments, the Access to Work grant and "
  "adjusted English and maths requirements for apprentices with an EHC plan.",
  "Young people aged 16 to 25 with SEND who want an apprenticeship.",
  ["Email the apprenticeships adviser.", "Come to the monthly apprenticeship drop-in at The Foundry."],
  prof_ref=False, email="apprenticeships@millbrook.gov.example", locs=["the-foundry-youth-centre"],
  sched=[("WE", "15:30", "18:00", "First Wednesday of the month")])
S("independent-living-skills-course", "Independent living skills course", "millbrook-libraries",
  "la-commissioned", ["preparing-for-adulthood", "education"], [CL, LD, AUT], (16, 25),
  "A friendly course where young adults practise cooking, budgeting, shopping, staying safe and using the "
  "bus. Groups are small and learners set their own goals.",
  "Young people aged 16 to 25 with a learning disability or autism who live in Millbrook.",
  ["Call or email to book an informal chat.", "You can try a session before joining."],
  costs=[("Course", 45, "per term; free for 16 to 18-year-olds and people on benefits")],
  email="adultlearning@millbrook.gov.example", locs=["westfield-library", "st-annes-community-centre"],
  sched=[("MO,WE", "10:00", "14:00", "Term time")])
S("millbrook-works-supported-employment", "Millbrook Works: supported employment", "millbrook-preparing-for-adulthood",
  "la-commissioned", ["preparing-for-adulthood"], ALL + [LD, AUT, MH], (18, 25),
  "Millbrook Works helps disabled young adults find and keep paid jobs. An employment adviser gets to know "
  "you, finds a good job match and a job coach supports you at work for as long as needed.",
  "Disabled people aged 18 and over living in Millbrook who want paid work.",
  ["Refer yourself by phone or email.", "Your social worker or college can also refer."],
  email="works@millbrook.gov.example", url="https://millbrook.gov.example/works", locs=["enterprise-house"])
S("supported-living", "Supported living for young adults", "millbrook-adult-social-care", "social-care",
  ["preparing-for-adulthood", "social-care"], [CL, LD, AUT, PD], (18, 25),
  "Supported living means having your own tenancy in a flat or shared house, with care staff who help you as "
  "much as you need. The council helps young adults find a place and plan the move.",
  "Adults aged 18 and over with eligible care needs who want to live more independently.",
  ["Talk to your social worker about supported living.", "You will be invited to view places that fit your needs."],
  self_ref=False, pb=True, costs=[("Care contribution", 60, "per week, typical; depends on a financial assessment")], email="adultcare@millbrook.gov.example", sched="none",
  wait="Often 6 to 12 months to find the right place")
S("independent-advocacy", "Independent advocacy for children and young people", "millbrook-advocacy",
  "la-commissioned", ["advice", "social-care"], ALL, (5, 25),
  "An advocate helps you say what you want and makes sure you are listened to, for example in EHC plan "
  "reviews, social care meetings or complaints. Advocates use pictures and signing when needed.",
  "Children and young people aged 5 to 25 in Millbrook with SEND, in care or leaving care.",
  ["Call or text us, or ask a worker to refer you.", "An advocate will meet you somewhere you feel comfortable."],
  email="advocacy@millbrookadvocacy.example", wait="Usually within 10 working days",
  contacts=[("Advocacy team", "", None, [(None, "Office"), ("07700", "Text line for young people")])])
S("family-information-service", "Family Information Service: childcare and SEND", "millbrook-family-hubs",
  "la-commissioned", ["advice", "childcare"], ALL, (0, 25),
  "The Family Information Service helps you find childcare, holiday clubs and activities that suit children with "
  "SEND, and explains help with childcare costs, including free early education places.",
  "Families in Millbrook with children aged 0 to 19, or up to 25 with SEND.",
  ["Call or email the Family Information Service.", "Search the childcare directory on the council website."],
  prof_ref=False, email="fis@millbrook.gov.example", sched="office-fri", langs="en;ur:Interpreters on request")

# ---------------------------------------------------------------------------
# Voluntary and community groups
# ---------------------------------------------------------------------------
PCF = "millbrook-parent-carer-forum"
S("parent-carer-forum", "Millbrook Parent Carer Forum", PCF, "voluntary",
  ["advice"], ALL, (0, 25),
  "Join other parent carers to share experiences and help shape SEND services in Millbrook. The forum "
  "works with the council and NHS on the Local Offer, EHC plans and short breaks. Membership is free.",
  "Parents and carers of children and young people aged 0 to 25 with SEND who live in Millbrook.",
  ["Join online or email us with your name and postcode.", "Come along to any event; you do not need to book."],
  prof_ref=False, email="hello@millbrookpcf.example", url="https://millbrookpcf.example/join", sched="none",
  contacts=[("Forum coordinator", "", "hello@millbrookpcf.example", [("07700", "Call or text")])])
S("parent-carer-forum-coffee-mornings", "Parent carer coffee mornings", PCF, "voluntary",
  ["advice", "social-care"], ALL, (0, 25),
  "Relaxed monthly coffee mornings where parent carers can chat, get information and meet professionals such "
  "as SENDIASS and the short breaks team. Little ones are welcome.",
  "Any parent carer of a child or young person with SEND.",
  ["Just turn up; check the dates on our website.", "Email us if you would like someone to meet you at the door."],
  prof_ref=False, email="hello@millbrookpcf.example", locs=["st-annes-community-centre", "hollybank-family-hub"],
  sched=[("TH", "10:00", "12:00", "First Thursday of the month")], langs="en")
MAS = "millbrook-autism-support"
S("autism-family-support-group", "Autism family support group", MAS, "voluntary",
  ["advice"], [CI, AUT], (0, 18),
  "A friendly monthly group for parents and carers of autistic children, with or without a diagnosis. Share "
  "tips, hear from guest speakers and borrow books from our library.",
  "Parents and carers of autistic children, or children waiting for assessment, in Millbrook.",
  ["Come along to the Spectrum Hub; no need to book.", "Call us first if you would like a chat before you come."],
  prof_ref=False, costs=[("Meeting", 2, "per meeting towards refreshments; pay what you can")], email="info@millbrookautism.example", locs=["spectrum-hub"],
  sched=[("WE", "19:00", "21:00", "Second Wednesday of the month")])
S("spectrum-squad-teen-group", "Spectrum Squad: autistic teens' social group", MAS, "voluntary",
  ["leisure"], [CI, AUT, SEMH], (11, 18),
  "A weekly social group for autistic teenagers, planned by its members: gaming, board games, film nights "
  "and trips. There is a quiet room and no pressure to join in.",
  "Autistic young people aged 11 to 18, diagnosed or self-identifying.",
  ["Email or call to arrange a visit with a parent first.", "Then come along on Thursday evenings."],
  prof_ref=False, costs=[("Weekly session", 3, "per session, including snacks")],
  pb=True, email="squad@millbrookautism.example", locs=["spectrum-hub"],
  sched=[("TH", "18:00", "20:00", "Term time")])
S("after-diagnosis-autism-course", "Understanding autism: a course for parents", MAS, "voluntary",
  ["advice"], [CI, AUT], (2, 18),
  "A free six-week course for parents after an autism diagnosis, or while waiting. Topics include "
  "communication, sensory needs, anxiety and working with school.",
  "Parents and carers of autistic children living in Millbrook.",
  ["Book a place online or ask your health professional to refer you.",
   "Courses run each term, morning or evening."],
  email="courses@millbrookautism.example", locs=["spectrum-hub", "northgate-family-hub"],
  sched=[("TU", "09:30", "12:00", "6-week courses, each term")])
S("autistic-adults-peer-support", "Autistic young adults peer support", MAS, "voluntary",
  ["preparing-for-adulthood", "leisure"], [CI, AUT, MH], (18, 25),
  "A peer support group run by autistic adults for autistic adults aged 18 to 25. Talk about work, "
  "relationships and independence, or just meet people in a calm space.",
  "Autistic adults aged 18 to 25, diagnosed or self-identifying.",
  ["Message us to say you are coming, or just turn up.", "You can bring a support worker."],
  prof_ref=False, costs=[("Session", 2, "suggested donation")], email="info@millbrookautism.example", locs=["spectrum-hub"],
  sched=[("MO", "18:30", "20:30", "Fortnightly")], assured=415)
AD = "adhd-millbrook-families"
S("adhd-parent-support-group", "ADHD parent support group", AD, "voluntary",
  ["advice"], [SEMH, ADHD], (4, 18),
  "A monthly evening group for parents of children with ADHD or who think their child may have ADHD. "
  "Share what works, ease the stress and learn about medication, sleep and school support.",
  "Parents and carers of children and young people with ADHD traits, in Millbrook.",
  ["Come along to any meeting; check our website for dates.", "Join our private online group for support between meetings."],
  prof_ref=False, costs=[("Meeting", 2, "per meeting towards room hire")], email="contact@adhdmillbrook.example", locs=["st-annes-community-centre"],
  sched=[("TU", "19:30", "21:00", "Last Tuesday of the month")],
  contacts=[("Group organiser", "", "contact@adhdmillbrook.example", [("07700", "Evenings and weekends")])])
S("adhd-teen-hangout", "ADHD teen hangout", AD, "voluntary",
  ["leisure"], [SEMH, ADHD], (12, 17),
  "An active fortnightly session for teenagers with ADHD: climbing wall, games and chat with young mentors "
  "who have ADHD too. Lots of movement, no lectures.",
  "Young people aged 12 to 17 with ADHD or ADHD traits.",
  ["Parents should email to register before the first session."],
  prof_ref=False, costs=[("Session", 2, "per session")], email="contact@adhdmillbrook.example",
  locs=["the-foundry-youth-centre"], sched=[("FR", "18:00", "20:00", "Fortnightly, term time")])
UT = "up-together-millbrook"
S("down-syndrome-family-group", "Up Together: Down syndrome family group", UT, "voluntary",
  ["advice", "leisure"], [CL, LD], (0, 25),
  "A warm group for families of children and young people with Down syndrome. We run family fun days, "
  "a new parents' contact scheme and information sessions on health and education.",
  "Families with a child or young person with Down syndrome living in or near Millbrook.",
  ["Email or message us to join.", "A parent volunteer will call you for a chat."],
  prof_ref=False, costs=[("Family membership", 10, "per year; free for new families in their first year")], email="hello@uptogether.example", sched=[("SA", "10:00", "12:00", "Monthly family session")],
  locs=["st-annes-community-centre"])
S("early-language-signing-group", "Early language and signing group for children with Down syndrome", UT,
  "voluntary", ["education"], [CI, SLCN, LD], (0, 5),
  "A weekly play group where parents learn Makaton signs and early language games. Makaton uses signs and "
  "symbols alongside speech. Run with a speech and language therapist.",
  "Children under 5 with Down syndrome and their parents or carers.",
  ["Email us to book a place; groups start each term."],
  prof_ref=False, costs=[("Term of sessions", 20, "per term; free if this would stop you coming")],
  email="hello@uptogether.example", locs=["hollybank-family-hub"], sched=[("FR", "10:00", "11:30", "Term time")])
MDC = "millbrook-deaf-childrens-society"
S("deaf-childrens-family-group", "Deaf children's family group", MDC, "voluntary",
  ["advice", "leisure"], [SP, HI], (0, 18),
  "Family days and a monthly Saturday group where deaf children play together and parents share experiences. "
  "We also run family sign language classes.",
  "Families with a deaf child in or near Millbrook, whatever the level of deafness or way of communicating.",
  ["Email us or send a text to join."], prof_ref=False,
  costs=[("Family sign language course", 30, "per family for 10 weeks")],
  email="info@millbrookdeaf.example", locs=["millbrook-deaf-centre"], sched=[("SA", "10:00", "12:30", "Monthly")],
  langs="en;sgn-GB:Deaf staff and volunteers use BSL",
  contacts=[("Family officer", "", "info@millbrookdeaf.example", [("07700", "Text or WhatsApp")])])
S("deaf-youth-club", "Deaf youth club", MDC, "voluntary",
  ["leisure"], [SP, HI], (10, 19),
  "A youth club for deaf teenagers, led by deaf youth workers. Activities include sport, cooking and trips, "
  "and the club uses British Sign Language and spoken English.",
  "Deaf young people aged 10 to 19.",
  ["Text us to come for a taster session."], prof_ref=False,
  costs=[("Club night", 2, "per session")], email="youth@millbrookdeaf.example", locs=["millbrook-deaf-centre"],
  sched=[("WE", "18:00", "20:00", "Term time")], langs="en;sgn-GB:Deaf youth workers use BSL")
SS = "sight-support-millbrook"
S("sight-loss-family-support", "Family support for children with sight loss", SS, "voluntary",
  ["advice", "social-care"], [SP, VI, MSI], (0, 25),
  "A family support worker helps families of blind and partially sighted children with benefits, equipment, "
  "emotional support and meeting other families.",
  "Families of children and young people with sight loss living in Millbrook.",
  ["Call the resource centre or drop in.", "Eye clinic staff can refer you with your agreement."],
  email="families@sightsupport.example", locs=["sight-support-centre"])
S("vi-youth-activities", "Sight Support young people's activities", SS, "voluntary",
  ["leisure"], [SP, VI], (8, 25),
  "Monthly activities for blind and partially sighted young people, such as goalball, climbing, cooking and "
  "music. Sighted guides help everyone take part.",
  "Blind and partially sighted young people aged 8 to 25.",
  ["Call or email to register; transport help may be available."], prof_ref=False,
  costs=[("Activity", 5, "per activity; some activities free")], email="youth@sightsupport.example",
  sched=[("SA", "10:00", "15:00", "One Saturday a month")], assured=367)
CC = "millbrook-carers-centre"
S("parent-carer-wellbeing", "Parent carer wellbeing support", CC, "voluntary",
  ["advice", "social-care"], ALL, (0, 25),
  "Support for parent carers' own wellbeing: one-to-one chats, relaxation sessions, pamper days and help "
  "with a carer's assessment. We also hold a carers' emergency card scheme.",
  "Parents and carers of disabled children and young people aged 0 to 25 in Millbrook.",
  ["Call the Carers Centre or drop in.", "Ask for a wellbeing chat with a carer support worker."],
  prof_ref=False, costs=[("Pamper day", 5, "per person; one-to-one support is free")], email="info@millbrookcarers.example", locs=["carers-centre-mill-lane"], sched="office-fri")
BP = "brightpath-families"
S("sleep-support-service", "Sleep support for families", BP, "voluntary",
  ["advice", "health"], [CI, AUT, ADHD, LD, SEMH], (2, 18),
  "Trained sleep practitioners help families whose disabled child has trouble sleeping. After a sleep diary "
  "and home visit, you get a simple plan and follow-up calls.",
  "Families of children aged 2 to 18 with SEND in Millbrook.",
  ["Fill in our online referral form.", "A sleep practitioner will call you within 3 weeks."],
  email="sleep@brightpath.example", wait="About 3 weeks", sched="none")
S("siblings-group", "Sibs Together: siblings group", BP, "voluntary",
  ["leisure", "social-care"], [SEMH], (6, 16),
  "A fun group for brothers and sisters of disabled children, giving them time that is just for them, with "
  "games, trips and a chance to talk about their feelings.",
  "Siblings aged 6 to 16 of a disabled child or young person.",
  ["Parents can book online."], prof_ref=False, costs=[("Session", 3, "per session")],
  email="sibs@brightpath.example", locs=["canal-wharf-centre"], sched=[("SA", "10:00", "12:00", "Fortnightly")])
S("family-key-worker", "Family key worker support", BP, "voluntary",
  ["social-care", "advice"], ALL, (0, 18),
  "A key worker helps families who feel overwhelmed to get organised, attend appointments, fill in forms such "
  "as Disability Living Allowance, and find the right services.",
  "Families of children with SEND in Millbrook who need extra help to manage.",
  ["Call us or ask any professional to refer."],
  wait="About 4 to 6 weeks", email="keyworkers@brightpath.example", locs=["canal-wharf-centre"])
MDA = "millbrook-dyslexia-association"
S("dyslexia-screening-and-tuition", "Dyslexia screening and specialist tuition", MDA, "voluntary",
  ["education"], [CL, SPLD], (7, 25),
  "Screening to see whether a child or young person may have dyslexia, and one-to-one lessons with specialist "
  "teachers. Reports can be shared with school.",
  "Children aged 7 and over, and young people up to 25, with reading or spelling difficulties.",
  ["Call or email to book a screening.", "After screening, we will talk through options and costs."],
  prof_ref=False, costs=[("Screening", 75, "per screening"), ("Tuition", 30, "per hour; bursaries for families on benefits")],
  email="info@millbrookdyslexia.example", locs=["millbrook-central-library"], sched=[("MO,WE,SA", "09:00", "17:00", "")])
S("dyslexia-helpline", "Dyslexia advice line", MDA, "voluntary",
  ["advice"], [CL, SPLD], (5, 25),
  "Free advice by phone or email about dyslexia and other specific learning difficulties, such as what to ask "
  "school for and useful apps.",
  "Anyone in Millbrook worried about dyslexia.",
  ["Call on Tuesday or Thursday mornings, or email us any time."],
  prof_ref=False, email="advice@millbrookdyslexia.example", sched=[("TU,TH", "09:30", "12:30", "")])
KY = "kite-youth-trust"
S("kite-club-inclusive-youth-club", "Kite Club: inclusive youth club", KY, "voluntary",
  ["leisure"], ALL + [LD, AUT, PD], (11, 25),
  "A Friday night youth club for disabled and non-disabled young people, with music, games, art and a tuck "
  "shop. Staff are trained in personal care and Makaton.",
  "Young people aged 11 to 25 with SEND. Personal assistants are welcome.",
  ["Call or email to book a visit, then come along."], prof_ref=False,
  costs=[("Club night", 4, "per session; carers free")], pb=True, email="fly@kiteyouth.example",
  locs=["the-foundry-youth-centre"], sched=[("FR", "18:30", "21:00", "All year except Christmas")])
S("kite-befriending", "Kite befriending scheme", KY, "voluntary",
  ["leisure", "social-care"], ALL + [LD, AUT], (11, 25),
  "A trained volunteer befriender meets a young person every week or two to do things they enjoy, like "
  "bowling, cafes or the cinema, building confidence and friendships.",
  "Young people aged 11 to 25 with SEND who feel isolated.",
  ["Call us or ask a professional to refer.", "We will visit you at home to find the right match."],
  wait="Usually 2 to 4 months for a match", costs=[("Outing costs", 5, "typical per outing; the young person pays their own costs")], email="befriending@kiteyouth.example", sched="none")
S("steps-ahead-job-coaching", "Steps Ahead job coaching", "steps-ahead-employment", "voluntary",
  ["preparing-for-adulthood"], ALL + [LD, AUT], (16, 25),
  "Job coaches help young disabled people try work experience, write a CV, prepare for interviews and settle "
  "into a paid job. Support is one-to-one and continues after you start work.",
  "Young people aged 16 to 25 with a disability or learning difficulty living in Millbrook or Eastvale.",
  ["Refer yourself by phone or online.", "Schools, colleges and social workers can refer too."],
  email="jobs@stepsahead.example", locs=["enterprise-house"])
S("dial-a-ride", "Dial-a-ride accessible minibus", "millbrook-community-transport", "voluntary",
  ["travel"], [SP, PD, CH, LD], (5, 25),
  "A door-to-door minibus with a wheelchair lift for people who cannot use ordinary buses. Book a seat to go "
  "shopping, to clubs or to appointments.",
  "People who live in Millbrook and cannot use public transport because of disability or illness. Children "
  "must travel with an adult.",
  ["Register by phone: we will ask a few questions about your needs.",
   "Book journeys at least 2 days before."],
  prof_ref=False, costs=[("Single journey", 3, "per trip within Millbrook; carers travel free")],
  email="bookings@millbrookct.example", sched=[("MO,TU,WE,TH,FR,SA", "08:00", "18:00", "")])
S("toy-and-sensory-library", "Toy and sensory library", "millbrook-toy-library", "voluntary",
  ["leisure", "education"], ALL, (0, 11),
  "Borrow specially chosen toys, sensory lights, switch toys and play equipment for children with additional "
  "needs. Try before you buy, and stay for a play session.",
  "Families of children aged 0 to 11 with additional needs in Millbrook.",
  ["Come to a session at Hollybank Family Hub to join."], prof_ref=False,
  costs=[("Yearly membership", 10, "per family; free for families on Universal Credit")],
  email="play@millbrooktoylibrary.example", locs=["hollybank-family-hub"],
  sched=[("TH", "09:30", "12:00", "Term time")])
MM = "mind-matters-millbrook"
S("young-peoples-counselling", "Counselling for young people", MM, "voluntary",
  ["health"], [SEMH, MH], (11, 25),
  "Free, confidential counselling for young people who are struggling with worries, stress, low mood or "
  "difficult experiences. Sessions are face to face, online or by phone.",
  "Young people aged 11 to 25 who live, study or work in Millbrook.",
  ["Refer yourself online or by phone.", "Parents, schools and GPs can refer with your agreement."],
  wait="Usually 4 to 8 weeks", email="talk@mindmatters.example", locs=["the-foundry-youth-centre"],
  sched=[("MO,TU,WE,TH", "10:00", "20:00", "Appointments")])
S("parent-wellbeing-groups-mental-health", "Supporting your child's mental health: parent groups", MM, "voluntary",
  ["advice"], [SEMH, MH], (5, 18),
  "Four-week groups for parents worried about a child's anxiety, low mood or self-harm. Learn what helps and "
  "where to get support, with other parents.",
  "Parents and carers of children aged 5 to 18 in Millbrook.",
  ["Book online; groups run each half term."], prof_ref=False, email="parents@mindmatters.example",
  sched=[("WE", "18:30", "20:00", "4-week courses")])
S("epilepsy-family-support-group", "Epilepsy family support group", "millbrook-epilepsy-group", "voluntary",
  ["advice"], [SP, CH], (0, 25),
  "Meet other families of children and young people with epilepsy. We share experiences, invite epilepsy "
  "nurses to talk and run first aid for seizures sessions.",
  "Families of children and young people with epilepsy in Millbrook and Eastvale.",
  ["Email us to join the mailing list and get meeting dates."],
  prof_ref=False, costs=[("Family membership", 5, "per year")], email="info@mbepilepsy.example", locs=["st-annes-community-centre"],
  sched=[("SA", "10:00", "12:00", "Every other month")])
S("brookhaven-supported-housing", "Brookhaven supported housing for young adults", "brookhaven-housing",
  "voluntary", ["preparing-for-adulthood", "social-care"], [CL, LD, AUT], (18, 25),
  "Self-contained flats with staff on site 24 hours, for young adults with a learning disability or autism who "
  "are ready to leave home. Tenants learn to cook, budget and manage a home.",
  "Adults aged 18 to 25 with eligible care needs, referred by Millbrook Adult Social Care.",
  ["Ask your social worker to refer you.", "Visit Brookhaven Court and meet the team before deciding."],
  self_ref=False, pb=True, costs=[("Service charge", 25, "per week; rent is usually covered by housing benefit")], email="homes@brookhaven.example", locs=["brookhaven-court"],
  sched=[("MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59", "Staffed 24 hours")],
  wait="Waiting list; usually 6 to 12 months")
S("eastvale-deaf-sports", "Eastvale deaf sports club", MDC, "voluntary",
  ["leisure", "travel"], [SP, HI], (8, 25),
  "A football and athletics club for deaf young people from Millbrook and Eastvale, with coaches who sign. "
  "Sessions are held in Eastvale; minibus pick-up from Millbrook Deaf Centre.",
  "Deaf young people aged 8 to 25.",
  ["Text the family officer to book a taster session."], prof_ref=False, in_area=False,
  costs=[("Session", 3, "per session including minibus")], email="sports@millbrookdeaf.example",
  sched=[("SU", "10:00", "12:00", "")], langs="en;sgn-GB:Coaches sign in BSL", locs=["eastvale-outdoor-centre"])

# ---------------------------------------------------------------------------
# Leisure
# ---------------------------------------------------------------------------
LT = "millbrook-leisure-trust"
S("inclusive-swimming-lessons", "Inclusive swimming lessons", LT, "leisure",
  ["leisure"], ALL + [PD, AUT], (4, 16),
  "Small-group and one-to-one swimming lessons for children with SEND, taught by instructors with disability "
  "training. There is a poolside hoist and a changing places toilet.",
  "Children aged 4 to 16 with SEND.",
  ["Call the pool to book a free assessment swim.", "We will suggest a group or one-to-one lessons."],
  prof_ref=False, costs=[("Group lesson", 6.5, "per 30-minute lesson"), ("One-to-one lesson", 16, "per 30-minute lesson")],
  pb=True, email="swim@millbrookleisure.example", locs=["millbrook-leisure-centre"],
  sched=[("MO,WE", "16:00", "18:30", "Term time"), ("SA", "09:00", "12:00", "")])
S("sensory-swim", "Sensory swim sessions", LT, "leisure",
  ["leisure"], [CI, AUT, SP, PD], (0, 25),
  "Quiet family swims with no music, dimmed lights, warmer water and floats and toys, for children and "
  "young people who find busy pools overwhelming.",
  "Families of children and young people with SEND. Carers swim free.",
  ["Book online or just turn up; places are limited to 20 swimmers."], prof_ref=False,
  costs=[("Sensory swim", 3, "per swimmer; carers free")], email="swim@millbrookleisure.example",
  locs=["westfield-pool"], sched=[("SU", "08:00", "09:00", "")])
S("disability-multi-sports-club", "Disability multi-sports club", LT, "leisure",
  ["leisure"], ALL + [PD, LD], (6, 18),
  "A weekly club trying a different sport each half term, such as boccia, tennis, basketball and athletics. "
  "Coaches adapt every game so everyone can take part.",
  "Children and young people aged 6 to 18 with any disability.",
  ["Just come along to your first session free."], prof_ref=False,
  costs=[("Session", 3.5, "per session")], pb=True, email="sport@millbrookleisure.example",
  locs=["northgate-sports-centre"], sched=[("TU", "17:00", "18:30", "Term time")])
S("access-leisure-card", "Access leisure card", LT, "leisure",
  ["leisure"], ALL, (0, 25),
  "A free card giving disabled children and young people half-price entry to Millbrook leisure centres and "
  "pools, with a carer free.",
  "Children and young people aged 0 to 25 who get disability benefits or have an EHC plan.",
  ["Bring proof of benefits or the EHC plan front page to any leisure centre reception.",
   "Your card is printed while you wait."],
  prof_ref=False, email="hello@millbrookleisure.example", locs=["millbrook-leisure-centre", "westfield-pool"],
  sched=[("MO,TU,WE,TH,FR", "07:00", "21:00", ""), ("SA,SU", "08:00", "17:00", "")])
S("inclusive-gym-young-people", "Inclusive gym for young people", LT, "leisure",
  ["leisure", "health"], ALL + [PD], (14, 25),
  "Supervised gym sessions with adapted equipment and instructors trained in disability fitness. A good "
  "first step for young people who have never used a gym.",
  "Young people aged 14 to 25 with SEND or a long-term health condition.",
  ["Book an induction at reception or by phone."], prof_ref=False,
  costs=[("Gym session", 3, "per session with an Access card")], email="gym@millbrookleisure.example",
  locs=["millbrook-leisure-centre"], sched=[("MO,TH", "16:00", "18:00", "")])
S("wheelchair-basketball", "Millbrook Wheelers wheelchair basketball", LT, "leisure",
  ["leisure"], [SP, PD], (8, 25),
  "Fast, fun wheelchair basketball for disabled and non-disabled young people. Sports wheelchairs are "
  "provided, and there are friendly matches with other clubs.",
  "Young people aged 8 to 25. You do not need to use a wheelchair day to day.",
  ["Email to book a free taster."], prof_ref=False, costs=[("Session", 4, "per session")],
  email="sport@millbrookleisure.example", locs=["northgate-sports-centre"], sched=[("SA", "14:00", "16:00", "")])
MAC = "the-mill-arts-centre"
S("relaxed-cinema-screenings", "Relaxed cinema screenings", MAC, "leisure",
  ["leisure"], [CI, AUT, LD, SEMH], (0, 25),
  "Films with the lights up, sound down and no adverts. You can move around, make noise and come and go. "
  "Subtitled screenings are also available.",
  "Anyone who prefers a relaxed environment, including autistic people and people with a learning disability.",
  ["Book online or at the box office.", "Ask for a visual story about the building before you come."],
  prof_ref=False, costs=[("Cinema ticket", 4, "per person; carers free with an access card")],
  email="boxoffice@themillarts.example", locs=["the-mill-arts-centre"], sched=[("SU", "11:00", "13:00", "Monthly")])
S("inclusive-drama-group", "Open Stage inclusive drama group", MAC, "leisure",
  ["leisure"], ALL, (8, 18),
  "A drama group where young people with and without SEND make and perform their own shows. No acting "
  "experience needed, and scripts are optional.",
  "Young people aged 8 to 18.",
  ["Email to book a free taster session."], prof_ref=False,
  costs=[("Term fee", 40, "per 10-week term; bursaries available")], pb=True, email="learning@themillarts.example",
  locs=["the-mill-arts-centre"], sched=[("WE", "17:00", "18:30", "Term time")])
S("art-club-young-people-send", "Art club for young people with SEND", MAC, "leisure",
  ["leisure"], ALL + [LD, AUT], (11, 25),
  "A relaxed Saturday art club with painting, clay and printmaking, led by artists used to working with "
  "young people with SEND. Work is shown in the centre's gallery each summer.",
  "Young people aged 11 to 25 with SEND.",
  ["Call or email to book a place."], prof_ref=False,
  costs=[("Session", 5, "per session, materials included")], email="learning@themillarts.example",
  locs=["the-mill-arts-centre"], sched=[("SA", "10:30", "12:30", "")], closed=
  "Art club is paused while the studio is rewired. It will restart after the February half term.")
S("move-together-inclusive-dance", "Move Together inclusive dance", MAC, "leisure",
  ["leisure", "health"], [SP, PD, LD], (5, 25),
  "Dance sessions for wheelchair users and people with limited movement, alongside friends and family. "
  "Moves are adapted for everyone and the pace is gentle.",
  "Children and young people aged 5 to 25 with a physical or learning disability.",
  ["Just come along; your first session is free."], prof_ref=False,
  costs=[("Session", 3, "per session")], email="learning@themillarts.example", locs=["the-mill-arts-centre"],
  sched=[("SU", "14:00", "15:00", "")])
RAP = "riverside-adventure-playground"
S("adventure-playground-open-sessions", "Riverside adventure playground open sessions", RAP, "leisure",
  ["leisure"], ALL, (5, 15),
  "Free, staffed play on rope swings, climbing frames and the water play area, all built so disabled children "
  "can join in. There is a sensory den and a wheelchair-accessible swing.",
  "Children aged 5 to 15. Children under 8 must be with an adult.",
  ["Just turn up during open sessions."], prof_ref=False,
  email="play@riversideplay.example", locs=["riverside-playground"],
  sched=[("TU,WE,TH,FR", "15:30", "18:00", "Term time"), ("SA", "11:00", "16:00", "")])
S("riverside-disabled-childrens-sessions", "Riverside play sessions for disabled children", RAP, "leisure",
  ["leisure", "social-care"], ALL + [PD, CH, AUT], (5, 18),
  "Sessions just for disabled children and their siblings, with more staff and the playground to yourselves. "
  "Staff can help with personal care.",
  "Disabled children aged 5 to 18 and their brothers and sisters.",
  ["Register once by phone; then book sessions online."], prof_ref=False,
  costs=[("Session", 2, "per child; brothers and sisters free")], email="play@riversideplay.example", locs=["riverside-playground"], sched=[("SU", "11:00", "14:00", "")])
RF = "millbrook-rovers-foundation"
S("ability-football", "Ability football sessions", RF, "leisure",
  ["leisure"], ALL + [LD, AUT], (6, 18),
  "Fun football sessions for children with learning disabilities or autism, coached by Millbrook Rovers "
  "Foundation coaches. Players can join the club's inclusive teams.",
  "Children and young people aged 6 to 18 with SEND.",
  ["Email or call to register, then come along."], prof_ref=False,
  costs=[("Session", 3, "per session")], email="community@roversfoundation.example", locs=["rovers-park"],
  sched=[("SA", "10:00", "11:30", "")])
S("powerchair-football", "Powerchair football", RF, "leisure",
  ["leisure"], [SP, PD], (8, 25),
  "Football for powered wheelchair users, with specially fitted chairs and a big ball. Sessions are indoors, "
  "and the club plays in a regional league.",
  "Young people aged 8 to 25 who use a powered wheelchair or have limited arm and leg movement.",
  ["Email to arrange a taster session."], prof_ref=False,
  costs=[("Session", 4, "per session")], email="community@roversfoundation.example", locs=["northgate-sports-centre"],
  sched=[("SU", "13:00", "15:00", "")])
EOC = "eastvale-outdoor-centre"
S("adapted-outdoor-activities", "Adapted outdoor activities", EOC, "leisure",
  ["leisure"], ALL + [PD, SP], (6, 25),
  "Climbing, canoeing, zip wire and archery adapted for disabled children and young people, with hoists, "
  "adapted canoes and trained instructors.",
  "Children and young people aged 6 to 25 with any disability, with a parent, carer or group.",
  ["Call to book a family or group session.", "Tell us about access needs so we can plan."],
  in_area=False, prof_ref=False, costs=[("Half-day session", 15, "per person; carers free")], pb=True,
  email="bookings@eastvaleoutdoors.example", locs=["eastvale-outdoor-centre"], sched=[("SA,SU", "09:30", "16:30", "")])
S("residential-adventure-weekends", "Residential adventure weekends", EOC, "leisure",
  ["leisure", "social-care"], ALL + [LD, AUT, PD], (10, 19),
  "Weekend stays with outdoor activities, campfires and new friends, with trained staff and accessible "
  "bedrooms. Some weekends are funded as short breaks.",
  "Young people aged 10 to 19 with SEND.",
  ["Book through the short breaks team or directly with the centre."],
  in_area=False, prof_ref=False, costs=[("Weekend", 120, "per young person; short breaks funding may cover this")],
  pb=True, email="bookings@eastvaleoutdoors.example", locs=["eastvale-outdoor-centre"],
  sched=[("FR", "17:00", "21:00", "Selected weekends: arrive Friday evening, home by 3pm Sunday")])
S("riding-sessions", "Riding and carriage driving sessions", "millbrook-hill-riding-group", "leisure",
  ["leisure", "health"], ALL + [PD], (4, 25),
  "Horse riding and carriage driving with volunteers and calm ponies. Riding helps balance, strength and "
  "confidence, and a ramp and hoist help riders mount.",
  "Children and young people aged 4 to 25 with any disability. A doctor's consent form is needed.",
  ["Call to join the waiting list.", "We will invite you to a trial session."],
  prof_ref=False, costs=[("Riding session", 12, "per 30-minute session")], pb=True,
  wait="Waiting list of about 3 months", email="ride@millbrookhill.example", locs=["millbrook-hill-stables"],
  sched=[("TU,SA", "09:30", "15:00", "")])
S("dolphins-disability-swimming-club", "Millbrook Dolphins disability swimming club", "millbrook-leisure-trust",
  "leisure", ["leisure"], [SP, PD, HI, VI, LD], (6, 25),
  "A swimming club, run with the Leisure Trust, for disabled swimmers who can swim 10 metres. Train with qualified coaches, make friends and "
  "take part in para-swimming galas if you want to.",
  "Disabled swimmers aged 6 to 25 who can swim 10 metres unaided.",
  ["Email to book a trial swim."], prof_ref=False,
  costs=[("Monthly membership", 18, "per month")], email="dolphins@millbrookleisure.example",
  locs=["westfield-pool"], sched=[("FR", "18:00", "19:30", "")])
LIB = "millbrook-libraries"
S("sensory-story-time", "Sensory story time", LIB, "leisure",
  ["leisure", "education"], [CI, AUT, LD, SP], (0, 7),
  "Stories brought to life with textures, smells, sounds and lights for young children with SEND. "
  "Sessions are small and calm.",
  "Children aged 0 to 7 with SEND and their families.",
  ["Just turn up; no need to book."], prof_ref=False,
  email="libraries@millbrook.gov.example", locs=["millbrook-central-library"], sched=[("WE", "10:30", "11:15", "")])
S("accessible-library-services", "Accessible library services", LIB, "leisure",
  ["leisure", "education"], [SP, VI, SPLD, CL], (0, 25),
  "Large print, audio books, dyslexia-friendly books, e-books with text-to-speech and a home library "
  "service for people who cannot get to a library.",
  "Everyone living, working or studying in Millbrook. Library membership is free.",
  ["Join at any library or online.", "Ask staff to show you the accessible collection."],
  prof_ref=False, email="libraries@millbrook.gov.example", locs=["millbrook-central-library", "westfield-library"],
  sched=[("MO,TU,WE,TH,FR", "09:00", "19:00", ""), ("SA", "09:00", "16:00", "")])
S("relaxed-lego-club", "Relaxed Lego club", LIB, "leisure",
  ["leisure"], [CI, AUT, SEMH, ADHD], (6, 14),
  "A calm Saturday Lego club for children who prefer smaller groups. Build alone or with others; "
  "ear defenders and a quiet corner are available.",
  "Children aged 6 to 14. Parents stay in the library.",
  ["Book a free place at Westfield Library."], prof_ref=False,
  costs=[("Session", 1, "per child")], email="libraries@millbrook.gov.example", locs=["westfield-library"], sched=[("SA", "10:00", "11:00", "")])
YS = "millbrook-youth-service"
S("tuesday-together-youth-club", "Tuesday Together youth club", YS, "leisure",
  ["leisure", "preparing-for-adulthood"], ALL + [LD, AUT], (11, 25),
  "A council youth club for young people with SEND, with cooking, music, sport and trips. Members plan the "
  "programme and learn independence skills along the way.",
  "Young people aged 11 to 25 with SEND.",
  ["Fill in a membership form at your first visit."], prof_ref=False,
  costs=[("Session", 1, "per session")], email="youth@millbrook.gov.example", locs=["the-foundry-youth-centre"],
  sched=[("TU", "18:00", "20:30", "")])
S("youth-voice-send-forum", "Young Voices SEND forum", YS, "leisure",
  ["leisure", "advice"], ALL, (13, 25),
  "A group of young people with SEND who tell the council and NHS what needs to change. Members have helped "
  "design the Local Offer website, and they get vouchers for taking part.",
  "Young people aged 13 to 25 with SEND who live or study in Millbrook.",
  ["Email or message the youth worker to join."], prof_ref=False,
  email="youngvoices@millbrook.gov.example", locs=["the-foundry-youth-centre"],
  sched=[("TH", "17:00", "18:30", "Monthly")], assured=456)

# ---------------------------------------------------------------------------
# Childcare
# ---------------------------------------------------------------------------
CMN = "millbrook-childminding-network"
S("childminders-send-experience", "Childminders with SEND experience", CMN, "childcare",
  ["childcare"], ALL, (0, 12),
  "Registered childminders who have training and experience caring for children with SEND, in a home setting "
  "with small numbers of children. Some can give medicines and tube feeds after training.",
  "Children aged 0 to 12. Funded early education hours can be used.",
  ["Contact the network for a list of childminders with vacancies.", "Visit the childminder with your child."],
  prof_ref=False, costs=[("Childminding", 6.5, "per hour, typical; funded hours free")], email="network@millbrookchildminders.example",
  sched=[("MO,TU,WE,TH,FR", "07:30", "18:00", "Varies by childminder")])
S("childminder-inclusion-support", "Childminder inclusion support visits", CMN, "childcare",
  ["childcare", "advice"], ALL, (0, 8),
  "An inclusion coordinator helps childminders plan for a child with additional needs, find training and "
  "apply for inclusion funding.",
  "Childminders in the network caring for children with SEND, and their families.",
  ["Ask your childminder to contact the inclusion coordinator."],
  self_ref=False, email="network@millbrookchildminders.example", sched="none")
KZ = "kidzone-holiday-clubs"
S("kidzone-holiday-club-inclusion", "Kidzone holiday club with inclusion support", KZ, "childcare",
  ["childcare", "leisure"], ALL, (4, 12),
  "Holiday clubs with sports, crafts and trips. Inclusion workers support children with SEND, and there is "
  "a quiet room at every site.",
  "Children aged 4 to 12. Tell us about your child's needs when you book.",
  ["Book online.", "Fill in the 'All about me' form so staff can plan for your child."],
  prof_ref=False, costs=[("Holiday club day", 32, "per day, siblings 10% off; tax-free childcare accepted")],
  pb=True, email="bookings@kidzone.example", sched=[("MO,TU,WE,TH,FR", "08:00", "18:00", "School holidays")])
S("kidzone-after-school-club", "Kidzone after-school club", KZ, "childcare",
  ["childcare"], ALL, (4, 11),
  "After-school childcare at three primary schools, with tea, homework help and play. Children from other "
  "schools are collected by staff.",
  "Children aged 4 to 11 at participating schools.",
  ["Book online for regular or occasional sessions."], prof_ref=False,
  costs=[("After-school session", 14, "per session until 6pm")], email="bookings@kidzone.example",
  sched=[("MO,TU,WE,TH,FR", "15:15", "18:00", "Term time")])
S("specialist-holiday-club", "Specialist holiday club for children with complex needs", KZ, "childcare",
  ["childcare", "social-care"], [SP, CH, PD, LD, AUT], (5, 18),
  "A holiday club with 1-to-1 support, a nurse on site and changing facilities, for children whose needs "
  "cannot be met at a mainstream holiday club.",
  "Children aged 5 to 18 with complex needs, registered with short breaks.",
  ["Apply through the short breaks team.", "We will meet you and your child before the first day."],
  self_ref=True, costs=[("Day", 15, "per day; rest funded by short breaks")], pb=True, email="bookings@kidzone.example",
  locs=["larch-house"], sched=[("MO,TU,WE,TH", "09:30", "15:30", "Summer holidays only")])
S("sunflower-breakfast-after-school", "Sunflower breakfast and after-school club", "sunflower-day-nursery",
  "childcare", ["childcare"], ALL, (4, 11),
  "Breakfast and after-school club for children at Westfield and Larkrise primary schools, with staff trained "
  "in Makaton and autism awareness.",
  "Children aged 4 to 11.",
  ["Call the nursery office to book."], prof_ref=False,
  costs=[("Breakfast club", 6, "per morning"), ("After-school club", 13, "per session")],
  email="office@sunflowernursery.example", locs=["sunflower-nursery"],
  sched=[("MO,TU,WE,TH,FR", "07:30", "08:45", "Breakfast club"), ("MO,TU,WE,TH,FR", "15:15", "18:00", "After school")])
S("millbrook-college-creche", "Inclusive creche for parents at college", "millbrook-childminding-network",
  "childcare", ["childcare"], ALL, (0, 4),
  "A small creche so parents can study or attend appointments, with staff trained to care for children "
  "with additional needs.",
  "Children aged 6 months to 4 years whose parent is attending a course or appointment.",
  ["Book at least a week ahead by email."], prof_ref=False,
  costs=[("Creche session", 8, "per 3-hour session; free for learners on benefits")],
  email="creche@millbrookchildminders.example", locs=["central-family-hub"],
  sched=[("MO,WE,TH", "09:00", "15:00", "Term time")])

# ---------------------------------------------------------------------------
# Education and training providers, with Schedule 2 para 5 answers (a-j)
# ---------------------------------------------------------------------------
ADAPT = {
    AUT: "visual timetables, warnings before changes and calm workstations",
    SLCN: "signs, symbols and new words taught before each topic",
    HI: "radio aids, soundfield systems and subtitled videos",
    VI: "enlarged print, good lighting and tactile resources",
    MSI: "consistent routines, touch cues and an intervenor",
    PD: "height-adjustable desks, accessible routes and adapted PE",
    CH: "rest breaks and individual health care plans",
    LD: "practical, hands-on learning broken into small steps",
    SPLD: "coloured overlays, word banks and laptops for writing",
    ADHD: "movement breaks, fidget tools and short, clear tasks",
    MH: "flexible timetables and a calm space to go to",
}
DEFAULT_ADAPT = [SPLD, AUT, SLCN, ADHD, PD, HI]
TOOLS = ["one-page profiles", "pupil passports", "'assess, plan, do, review' meetings", "online learning journals",
         "individual support plans", "target cards written with the learner"]
VOICE = ["Learners share their views using 'my views' sheets or talking mats.",
         "Older learners lead part of their own review meeting.",
         "Children's views are gathered with photos, symbols and play.",
         "We ask learners what is working before every review."]
EVAL = ["The SENCO checks whether each intervention has worked by comparing progress before and after it, "
        "and stops what does not help.",
        "Leaders review SEN provision every term using progress data, attendance and learners' own views.",
        "Governors receive a SEND report each term, and the SEND governor meets the SENCO regularly.",
        "We compare our learners' progress with similar settings and change our support where it is not working."]
FEEDBACK = ["Parents tell us what they think at our termly SEND coffee mornings.",
            "Our yearly parent survey has questions on SEND support, and we publish what we changed.",
            "A group of learners with SEND meets the SENCO each half term to say what helps.",
            "Parents can give feedback at any review, and we hold a SEND forum each term."]
QUAL = ["holds the National Award for SEN Coordination", "is a qualified specialist teacher with many years' experience",
        "is a member of the senior leadership team", "has worked in special schools and mainstream schools",
        "holds a master's degree in special educational needs", "completed the National Award for SEN Coordination in 2022"]
TRAIN = ["All staff have yearly training on autism, speech and language, and attachment.",
         "Teaching assistants train with NHS therapists and the council's advisory teachers.",
         "Staff complete SEND training every term, chosen to match the needs of current learners.",
         "New staff have SEND induction training, and everyone takes part in weekly professional development."]
JAPP = ["We teach feelings and friendships through weekly personal, social and health education (PSHE) lessons "
        "and a 'zones of regulation' approach.",
        "Trained emotional literacy support assistants (ELSAs) work one-to-one with learners who are struggling.",
        "Peer mentors and lunchtime clubs help quieter learners make friends.",
        "We use restorative conversations to sort out problems, and every learner has a trusted adult.",
        "A mental health lead and the school's mental health support team run small anxiety groups."]
GWORD = ["join in", "take part", "get involved"]


def _join(items):
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def local_offer(i, name, learners, needs, unit, clubs, interv, access, wellbeing, senco, extra, review, jtext):
    conds = [n for n in needs if n in ADAPT] or [DEFAULT_ADAPT[(i + k) % len(DEFAULT_ADAPT)] for k in range(2)]
    adapt = ", as well as ".join(ADAPT[c] for c in conds[:2])
    a_opts = [
        f"At {name} every teacher is a teacher of {learners} with SEN. Lessons use {interv[0]}, and staff check "
        f"understanding often so nobody is left behind.",
        f"We teach {learners} with SEN alongside their classmates wherever we can, using {interv[0]} and small, clear steps.",
        f"Staff plan lessons around each learner's profile and strengths, using {interv[0]}. {extra}",
    ]
    a = a_opts[i % 3]
    if unit:
        a += f" {unit} adds specialist teaching for learners who need it."
    b = f"We adapt lessons and rooms with {adapt}. {extra if i % 3 != 2 else 'Work is set at the right level for each learner.'}"
    c = (f"Extra help includes {interv[1]}, run by trained staff in small groups or one to one."
         + (f" Learners in {unit} also get specialist teaching and therapy advice." if unit else
            " The SENCO can bring in advisory teachers, educational psychologists and NHS therapists."))
    d = (f"We review progress with {learners} and parents {review}, using {TOOLS[i % len(TOOLS)]}. "
         f"{VOICE[i % len(VOICE)]}")
    e = f"{EVAL[i % len(EVAL)]} {FEEDBACK[(i + 1) % len(FEEDBACK)]}"
    f = f"{access} Our accessibility plan is on our website."
    g = (f"Clubs include {_join(clubs)}. Staff adapt activities, trips and PE so every learner can "
         f"{GWORD[i % 3]}.")
    h = f"{wellbeing}. We can help families contact Millbrook SENDIASS, the parent carer forum and health services."
    ii = f"Our SENCO, {senco}, {QUAL[i % len(QUAL)]}. {TRAIN[i % len(TRAIN)]}"
    j = jtext or JAPP[i % len(JAPP)]
    return {"a": a, "b": b, "c": c, "d": d, "e": e, "f": f, "g": g, "h": h, "i": ii, "j": j}


LEARNERS = {"nursery": "children", "school": "pupils", "college": "students"}
SCHED_BY_KIND = {"nursery": "nursery", "preschool": "preschool", "infant": "infant", "primary": "school",
                 "secondary": "secondary", "special": "school", "college": "college", "pru": "secondary"}
EDU_COUNT = [0]


def school_org(slug, name, desc, dom, prefix=None):
    org(slug, name, desc, f"office@{dom}", f"https://{dom}", prefix or "0121 496")


def edu(slug, name, org_slug, ptype, setting, kind, ages, needs, loc_slug, desc, *, interv, clubs, access,
        wellbeing, senco, extra, unit=None, review="every term", jtext=None, elig=None, how=None, ehc=False,
        in_area=True, s41=False, costs=(), pb=False, closed=None, assured=None, langs=None, support=("education",),
        self_ref=True, sched=None, learners=None):
    i = EDU_COUNT[0]
    EDU_COUNT[0] += 1
    learners = learners or LEARNERS["nursery" if kind in ("nursery", "preschool") else
                                    "college" if kind == "college" else "school"]
    short = name.split(":")[0]
    lo = local_offer(i, short, learners, needs, unit, clubs, interv, access, wellbeing, senco, extra, review, jtext)
    dom = domain_of(org_slug)
    if elig is None:
        if ehc:
            elig = ("Children and young people with an EHC plan whose needs are best met here. Places are agreed by "
                    "their home council's SEND team after consulting the school.")
        elif kind in ("nursery", "preschool"):
            elig = (f"Children aged {ages[0]} to {ages[1]}. Funded early education places are available for eligible "
                    "2-year-olds and all 3 and 4-year-olds.")
        elif kind == "college":
            elig = "Young people aged 16 to 18, and up to 25 with an EHC plan."
        else:
            elig = (f"Children aged {ages[0]} to {ages[1]}. Places are given through school admissions; a child whose "
                    "EHC plan names the school is admitted first.")
    if how is None:
        if ehc:
            how = ["Ask your SEND casework officer to consult the school about a place.",
                   "Call the school to book a visit with your child before a decision is made.",
                   "The council confirms the place in the EHC plan."]
        elif kind in ("nursery", "preschool"):
            how = ["Call or email to arrange a visit.",
                   "Tell us about your child's needs so we can plan together before they start."]
        elif kind == "college":
            how = ["Apply online or come to an open event.",
                   "Tick the box on the application form to tell us about your SEND, and we will arrange a "
                   "support interview."]
        else:
            how = ["Look at the school's SEN information report on its website.",
                   "Apply for a place through Millbrook Council school admissions.",
                   "Call the school office to arrange a visit and a chat with the SENCO."]
    S(slug, name, org_slug, ptype, list(support), needs, ages, desc, elig, how, in_area=in_area, setting=setting,
      s41=s41, ehc=ehc, self_ref=self_ref, prof_ref=True, costs=costs, pb=pb, email=f"senco@{dom}",
      url=f"https://{dom}/send" if ":" not in name else f"https://{dom}/{slug.split('-', 2)[-1]}",
      contacts=[(senco, "Special educational needs coordinator (SENCO)", f"senco@{dom}",
                 [(None, "School office" if learners == "pupils" else "Main office")])],
      sched=sched or SCHED_BY_KIND[kind], locs=[loc_slug], closed=closed, assured=assured, langs=langs, lo=lo)


MS, SP_ = "mainstream", "special"


def sch(slug, name, ptype, kind, ages, needs, addr, pc, acc, desc, *, city="Millbrook", org_slug=None,
        org_desc=None, dom=None, setting=MS, **kw):
    """A school or setting with its own location (and its own organisation unless org_slug is given)."""
    if org_slug is None:
        org_slug = slug
        school_org(slug, name, org_desc or desc.split(". ")[0].rstrip(".") + ".",
                   dom or slug.replace("-school", "").replace("-", "") + ".sch.example",
                   "0161 496" if city != "Millbrook" else None)
    loc(slug, name, addr, pc, acc, city=city)
    kw.setdefault("in_area", city == "Millbrook")
    edu(slug, name, org_slug, ptype, setting, kind, ages, needs, slug, desc, **kw)
    return org_slug


def unit(parent, slug, name, ptype, ages, needs, desc, **kw):
    o = next(s for s in SERVICES if s["slug"] == parent)
    kw.setdefault("in_area", o["in_area"])
    edu(slug, name, o["organisation"], ptype, "la-secured", "secondary" if ages[0] >= 11 else "primary", ages,
        needs, o["locations"][0], desc, ehc=True, **kw)


# Early years ----------------------------------------------------------------
EY = "early-years"
sch("brook-lane-nursery-school", "Brook Lane Nursery School", EY, "nursery", (2, 4), ALL, "Brook Lane", "MB3 5BL",
    "step toilet cp hoist sensory bb",
    "A council-maintained nursery school for 2 to 4-year-olds with a large garden and teachers trained in early "
    "years SEND. Children with and without SEND learn through play together.",
    org_slug="brook-lane-nursery-school", interv=["play-based learning with lots of repetition", "daily small-group "
    "language sessions"], clubs=["forest school mornings", "stay and play sessions", "music and movement"],
    access="Single-storey building with a Changing Places toilet, hoist and sensory room.",
    wellbeing="Key persons get to know each child and family well, and home visits happen before a child starts",
    senco="Mrs Fiona Baptiste", extra="Every room has a cosy den for children who need quiet.",
    unit="The Ducklings enhanced nursery", sched="preschool",
    costs=[("Extra hours", 5.5, "per hour beyond funded hours")])
unit("brook-lane-nursery-school", "brook-lane-the-ducklings", "Brook Lane Nursery School: The Ducklings enhanced "
     "nursery", EY, (2, 4), [CI, CL, SP, AUT, LD, PD],
     "The Ducklings is a 12-place enhanced nursery for young children with complex needs, such as autism or "
     "significant developmental delay. Staff ratios are high, and therapists visit weekly.",
     interv=["intensive interaction and sensory play", "visual supports and Makaton signing"],
     clubs=["messy play club", "sensory story time", "soft play"], access="The Ducklings room opens straight onto "
     "an accessible garden, with a changing area and hoist next door.",
     wellbeing="A family worker runs a monthly parents' group and helps with applications for benefits",
     senco="Mrs Fiona Baptiste", extra="Children can join the main nursery for play times with support.",
     elig="Children aged 2 to 4 with complex needs. Places are agreed by the council's early years panel; an EHC plan "
          "is not needed to start.", sched="preschool")
SERVICES[-1]["ehc_plan_required"] = False
sch("hillside-nursery-school", "Hillside Nursery School", EY, "nursery", (2, 4), ALL, "Hillside Road", "MB2 7HR",
    "step toilet quiet bb",
    "A nursery school and family hub in north Millbrook, where teachers and speech and language specialists help "
    "children get ready for school.", org_slug="hillside-nursery-school",
    interv=["'Chatter Time' language groups every day", "a 'Big Steps' programme for moving to reception class"],
    clubs=["outdoor mud kitchen club", "baby signing", "toddler gym"], access="Ramped entrance, accessible toilet and "
    "a calm room with soft lighting.", wellbeing="Parents can join the family hub's groups in the same building",
    senco="Ms Chloe Barnes", extra="Transition visits to each child's new school are planned with parents.",
    sched="preschool", costs=[("Lunch club", 3, "per day; free for families on a low income")])
sch("little-acorns-day-nursery", "Little Acorns Day Nursery", EY, "nursery", (0, 5), ALL, "22 Acorn Close", "MB4 3AC",
    "step toilet sensory", "A private day nursery open all year, with a sensory room and a baby unit. Staff use "
    "Makaton signing in every room.", org_slug="little-acorns-nursery",
    interv=["Makaton signing and picture cards", "short daily 'special time' with a key person"],
    clubs=["baby massage", "yoga for toddlers", "weekly trips to the library"], access="Ground-floor rooms with wide "
    "doors, a ramp to the garden and an accessible toilet.", wellbeing="Each child has a key person who shares a "
    "daily diary with parents", senco="Miss Jade Thornton", extra="Rooms are kept calm and uncluttered.",
    costs=[("Full day", 68, "per day for under-2s; funded hours free"), ("Half day", 38, "per session")],
    sched="nursery", pb=False)
sch("sunflower-day-nursery", "Sunflower Day Nursery", EY, "nursery", (0, 5), ALL, "5 Meadow Road", "MB6 2MR",
    "step toilet bb", "A family-run day nursery near Westfield Park, with small rooms and a garden. The nursery "
    "has a strong track record with children with speech delay.", org_slug="sunflower-day-nursery",
    interv=["daily 'Chatter Club' language groups", "visual routines and first-then boards"],
    clubs=["gardening", "music sessions", "dance"], access="Level access and an accessible toilet; the baby room "
    "is upstairs, so babies with mobility needs are cared for downstairs.", wellbeing="Staff work closely with "
    "health visitors and speech and language therapists", senco="Mrs Kelly Owens", extra="Small groups help "
    "children who find noise hard.", costs=[("Full day", 64, "per day; funded hours free")], sched="nursery")
sch("treetops-pre-school", "Treetops Pre-School", EY, "preschool", (2, 5), ALL, "St John's Street (church hall)",
    "MB2 4SJ", "step toilet", "A charity-run pre-school in St John's Church Hall, offering funded places for 2, 3 "
    "and 4-year-olds in a small, friendly group.", org_slug="treetops-pre-school",
    interv=["play plans built around each child's interests", "extra adult support at busy times"],
    clubs=["music and rhyme time", "welly walks", "cooking"], access="Level entrance and an accessible toilet in "
    "the hall; the hall can be noisy, so a quieter side room is used.", wellbeing="Parents are welcome to stay "
    "for settling-in sessions for as long as their child needs", senco="Mrs Lorraine Hall",
    extra="Equipment is packed away each day, so we plan carefully for children who need routine.",
    costs=[("Extra session", 16, "per 3-hour session beyond funded hours")], sched="preschool", assured=430)
sch("ladybird-pre-school", "Ladybird Pre-School", EY, "preschool", (2, 5), ALL, "Hollybank Community Rooms, "
    "Birch Walk", "MB4 6BW", "step toilet quiet", "A pre-school on the Hollybank estate with a forest area, "
    "working closely with Hollybank Primary School.", org_slug="ladybird-pre-school",
    interv=["forest school learning outdoors", "one-to-one support funded through inclusion funding"],
    clubs=["forest school", "stay and play", "story sacks"], access="Ground-floor rooms, an accessible toilet and a "
    "quiet room next to the main playroom.", wellbeing="The pre-school runs a free lending library of books and "
    "play bags", senco="Miss Shona Reid", extra="Many children move on to Hollybank Primary, so teachers visit often.",
    costs=[("Extra session", 15, "per 3-hour session beyond funded hours")],
    sched="preschool", closed="Ladybird is closed while the community rooms roof is repaired, until the start of "
    "the summer term. Families have been offered places at Hollybank Family Hub.")

# Maintained schools ----------------------------------------------------------
MSCH = "maintained-school"
sch("brookside-primary-school", "Brookside Primary School", MSCH, "primary", (4, 11), ALL, "Brookside Road", "MB4 2BS",
    "step toilet loop alarm bb",
    "A two-form entry community primary school near Brookside Park, with a hearing resource base. Deaf awareness "
    "and signing are part of everyday school life.",
    interv=["signing and visual prompts", "daily phonics catch-up in small groups"],
    clubs=["signing choir", "multi-sports", "gardening club"],
    access="The school is on one level with ramps to the playground, and classrooms have soundfield systems.",
    wellbeing="A learning mentor runs a lunchtime 'Chill and Chat' club", senco="Mrs Joanne Pike",
    extra="All pupils learn some British Sign Language.", unit="The hearing resource base")
unit("brookside-primary-school", "brookside-hearing-resource-base", "Brookside Primary School: hearing resource base",
     MSCH, (4, 11), [SP, HI],
     "A resource base for up to 12 deaf pupils, who spend most of the day in mainstream classes with a teacher of the "
     "deaf and communication support workers who use British Sign Language (BSL) and spoken English.",
     interv=["pre-teaching and post-teaching of key vocabulary", "daily listening and language sessions with a "
     "teacher of the deaf"], clubs=["signing choir", "deaf role models club", "swimming"],
     access="Acoustically treated classrooms, a hearing loop in the hall and visual fire alarms throughout.",
     wellbeing="Deaf pupils meet deaf adults and other deaf children through the base's 'Deaf Pride' days",
     senco="Mr Owen Pritchard (teacher in charge)", extra="Radio aids are checked every morning.",
     langs="en;sgn-GB:Staff use BSL every day")
sch("st-marys-ce-primary", "St Mary's Church of England Primary School", MSCH, "primary", (4, 11), ALL,
    "Church Lane, Old Millbrook", "MB7 2CL", "step toilet print",
    "A one-form entry Church of England primary school in Old Millbrook, with small classes and a strong family feel.",
    dom="stmarys-millbrook.sch.example",
    interv=["pre-teaching of new vocabulary", "hands-on maths equipment and daily number practice"],
    clubs=["choir", "cookery", "football"],
    access="The Victorian building has a ramp and an accessible toilet; the library is upstairs, so lessons move "
           "downstairs when needed.",
    wellbeing="The pastoral lead and Bramble, a visiting therapy dog, support pupils who feel anxious",
    senco="Mr David Owusu", extra="Mixed-age classes mean pupils can work at the level that suits them.")
sch("oakfield-primary-school", "Oakfield Primary School", MSCH, "primary", (3, 11), ALL, "Oakfield Avenue",
    "MB5 3OA", "step toilet sensory bb pictures",
    "A large primary school with a nursery class and The Hive, a resourced provision for autistic pupils.",
    interv=["visual timetables and now-and-next boards", "small-group attention and listening sessions"],
    clubs=["Lego club", "dance", "forest school"],
    access="Single-storey building with wide corridors, an accessible toilet in each phase and a sensory garden.",
    wellbeing="Staff offer a 'meet and greet' each morning for pupils who find arriving at school hard",
    senco="Ms Priya Sandhu", extra="Classrooms use calm colours and clear labels.", unit="The Hive")
unit("oakfield-primary-school", "oakfield-the-hive-autism-provision", "Oakfield Primary School: The Hive autism "
     "resourced provision", MSCH, (4, 11), [CI, AUT],
     "The Hive has 14 places for autistic pupils with an EHC plan. Pupils learn in a small base with specialist "
     "staff and join mainstream classes for parts of the day, with support.",
     interv=["structured teaching with individual workstations", "shared-interest social groups"],
     clubs=["Hive gardening club", "computing club", "sensory circuits before school"],
     access="The Hive has its own entrance, a calm room and a quiet route to the dining hall.",
     wellbeing="Each pupil has a 'safe person' and a personal regulation plan", senco="Mrs Amy Collins (Hive lead)",
     extra="Pupils visit The Hive with a parent several times before starting.")
sch("millbrook-green-primary", "Millbrook Green Primary School", MSCH, "primary", (4, 11), ALL, "Green Way",
    "MB3 8GW", "step toilet lift bb",
    "A friendly primary school on the Green estate, known for outdoor learning and strong links with families.",
    interv=["outdoor, practical learning", "precision teaching for reading"],
    clubs=["forest school", "street dance", "chess club"],
    access="Ground-floor classrooms, a lift to the upper floor and two Blue Badge bays by the gate.",
    wellbeing="A family support worker helps parents with forms, routines and appointments",
    senco="Mrs Aisha Rahman", extra="Every class spends one afternoon a week learning outside.")
sch("hollybank-primary-school", "Hollybank Primary School", MSCH, "primary", (3, 11), ALL + [SEMH], "Hollybank Road",
    "MB4 6HB", "step toilet cp quiet",
    "A primary school and nursery serving Hollybank, with a nurture group called The Nest for pupils who need extra "
    "emotional support.",
    interv=["nurture group sessions in The Nest", "speech and language groups run by a trained teaching assistant"],
    clubs=["breakfast club", "football", "art club"],
    access="Level site with accessible toilets and a hygiene room with a changing bed.",
    wellbeing="The Nest nurture group offers small-group support every morning", senco="Mr Tom Hargreaves",
    extra="Breakfast club gives every child a calm start to the day.",
    jtext="The Nest nurture group helps pupils manage feelings and friendships, and every class has a daily "
          "check-in on how children are feeling.")
school_org("kingsway-federation", "Kingsway Schools Federation",
           "A federation of Kingsway Infant School and Kingsway Junior School, with one governing body and SENCO team.",
           "kingsway.sch.example")
sch("kingsway-infant-school", "Kingsway Infant School", MSCH, "infant", (4, 7), ALL, "Kingsway", "MB6 1KW",
    "step toilet", "An infant school for children aged 4 to 7, working closely with Kingsway Junior School next "
    "door so moving up is smooth.", org_slug="kingsway-federation",
    interv=["daily speech and language groups", "fine motor 'funky fingers' sessions"],
    clubs=["storytelling club", "mini-movers", "gardening"],
    access="Single-storey building with ramps and an accessible toilet with a changing bench.",
    wellbeing="Each class has a worry box and a trained emotional literacy support assistant (ELSA)",
    senco="Miss Laura Kemp", extra="Reception classes have a free-flow outdoor area.")
sch("kingsway-junior-school", "Kingsway Junior School", MSCH, "primary", (7, 11), ALL + [SPLD], "Kingsway",
    "MB6 1KJ", "step toilet lift",
    "A junior school for pupils aged 7 to 11, with a strong focus on reading and a dyslexia-trained specialist teacher.",
    org_slug="kingsway-federation",
    interv=["a structured multi-sensory reading programme", "touch typing and laptops for pupils with dyslexia"],
    clubs=["coding club", "netball", "drama"],
    access="Two-storey building with a lift, accessible toilets on both floors and handrails on all stairs.",
    wellbeing="Year 6 peer mediators help at playtimes, and a learning mentor supports the move to secondary school",
    senco="Mrs Helen Ward", extra="Dyslexia-friendly fonts and cream paper are used in every class.")
sch("st-josephs-catholic-primary", "St Joseph's Catholic Primary School", MSCH, "primary", (4, 11), ALL,
    "Chapel Street", "MB1 8CS", "step toilet loop",
    "A Catholic primary school welcoming families of all faiths, where many pupils are learning English as an "
    "additional language.", dom="stjosephs-millbrook.sch.example",
    interv=["visual vocabulary mats and dual-language resources", "small-group maths booster sessions"],
    clubs=["choir", "Polish club", "tag rugby"],
    access="Accessible entrance, an accessible toilet and a ramp to the hall; there is a portable hearing loop.",
    wellbeing="A home-school link worker who speaks Polish and Urdu supports families",
    senco="Mrs Maria Kowalska", extra="We check carefully whether a difficulty is SEN or part of learning English.",
    langs="en;pl:Home-school link worker;ur:Home-school link worker")
sch("castle-hill-primary-school", "Castle Hill Primary School", MSCH, "primary", (4, 11), ALL, "Castle Hill",
    "MB1 9CH", "step toilet bb pictures",
    "A primary school with The Chatterbox, a speech and language resource base run with NHS speech and language "
    "therapists.",
    interv=["signing and symbols in every classroom", "daily language groups"],
    clubs=["puppet club", "multi-sports", "science club"],
    access="Step-free entrance on Castle Hill, an accessible toilet and a lift to the Key Stage 2 floor.",
    wellbeing="Lunchtime 'Talk Together' groups help pupils make friends", senco="Mrs Sarah Lindqvist",
    extra="Key words for each topic are sent home so families can practise.", unit="The Chatterbox")
unit("castle-hill-primary-school", "castle-hill-the-chatterbox", "Castle Hill Primary School: The Chatterbox speech "
     "and language base", MSCH, (4, 11), [CI, SLCN],
     "The Chatterbox has 10 places for pupils whose main need is speech, language and communication. A speech and "
     "language therapist works in the base two days a week, and pupils join their class every afternoon.",
     interv=["daily therapy programmes delivered by trained assistants", "colourful semantics for building sentences"],
     clubs=["drama club", "puppet club", "football"],
     access="The base is on the ground floor next to the hall, with a small quiet room for therapy.",
     wellbeing="Pupils practise social talk in a weekly 'Chatter Cafe' with mainstream friends",
     senco="Ms Lucy Harper (base leader)", extra="Therapists and teachers plan lessons together.")
sch("westfield-primary-school", "Westfield Primary School", MSCH, "primary", (4, 11), ALL + [PD, CH],
    "Westfield Lane", "MB6 3WP", "step toilet cp hoist lift bb",
    "A three-form entry primary school with a large outdoor space and a specialist team for pupils with physical "
    "and medical needs.",
    interv=["daily physiotherapy programmes set by NHS therapists", "laptops and other ways to record work"],
    clubs=["boccia", "gardening", "choir"],
    access="Fully accessible site with lifts, a hygiene suite with a ceiling hoist and accessible play equipment.",
    wellbeing="A school nurse visits weekly and each pupil with medical needs has a health care plan",
    senco="Mr Jamal Hussain", extra="PE lessons are planned with inclusive sports in mind.")
sch("larkrise-primary-school", "Larkrise Primary School", MSCH, "primary", (4, 11), ALL + [LD],
    "Lark Rise", "MB7 4LR", "step toilet quiet",
    "A primary school on the edge of Millbrook with a forest school and an enhanced support class for pupils with "
    "moderate learning difficulties.",
    interv=["practical, hands-on learning in small steps", "daily overlearning of key skills"],
    clubs=["forest school", "cooking", "cricket"],
    access="Single-storey school with a ramp to the forest area and an accessible toilet.",
    wellbeing="A school counsellor visits every Wednesday", senco="Mrs Gemma Fox",
    extra="The enhanced support class has 12 pupils and two teaching assistants.")
sch("ashgrove-primary-school", "Ashgrove Primary School", MSCH, "primary", (3, 11), ALL, "Ash Grove", "MB5 7AG",
    "step toilet cp hoist lift bb",
    "A primary school built in 2019 with full accessibility and the Access Base for pupils with physical disabilities.",
    interv=["adapted equipment such as sloped boards and pencil grips", "small-group motor skills sessions"],
    clubs=["wheelchair dance", "art club", "coding"],
    access="Everything is step-free, with lifts, wide doors, a Changing Places toilet and accessible playground.",
    wellbeing="A pastoral lead runs friendship groups that mix pupils from the Access Base and mainstream classes",
    senco="Mrs Olivia Grant", extra="The building was designed with disabled pupils and parents.", unit="The Access Base")
unit("ashgrove-primary-school", "ashgrove-access-base", "Ashgrove Primary School: Access Base for physical "
     "disabilities", MSCH, (3, 11), [SP, PD, CH],
     "The Access Base has 10 places for pupils with physical disabilities. Pupils learn in mainstream classes with "
     "support and have therapy and personal care in the base.",
     interv=["therapy programmes built into the school day", "eye-gaze and switch technology"],
     clubs=["boccia", "wheelchair dance", "music club"],
     access="Ceiling hoists, a therapy room and a hygiene suite are inside the base.",
     wellbeing="Staff help pupils become as independent as they can, including with personal care",
     senco="Mr Chris Doyle (base leader)", extra="NHS physiotherapists visit the base every week.")
sch("parkside-primary-school", "Parkside Primary School", MSCH, "primary", (4, 11), ALL, "Park Road", "MB1 7PS",
    "step toilet", "A primary school beside Central Park, with mixed classes and a popular breakfast club.",
    interv=["reading with trained volunteer reading buddies", "structured maths catch-up in Years 5 and 6"],
    clubs=["park run club", "board games club", "choir"],
    access="Level access to the main building; the Year 6 mobile classroom has a ramp.",
    wellbeing="Every pupil has a named adult they can go to", senco="Miss Hannah Brooks",
    extra="The park is used for PE, science and maths lessons.", assured=380)
sch("millbrook-high-school", "Millbrook High School", MSCH, "secondary", (11, 16), ALL, "School Lane", "MB2 9SL",
    "step toilet lift loop bb",
    "A large 11 to 16 comprehensive school with a hearing resource base and The Hub, a learning support centre.",
    interv=["small-group literacy in The Hub", "note-takers and communication support workers"],
    clubs=["expedition club", "robotics", "inclusive football"],
    access="Lifts in all blocks, accessible toilets on every floor and radio aid systems in classrooms.",
    wellbeing="A school counsellor, a mental health support team and a quiet lunchtime room help students",
    senco="Mr Ian Brennan", extra="Timetables are shared in advance for students who worry about changes.",
    unit="The hearing resource base")
unit("millbrook-high-school", "millbrook-high-hearing-resource-base", "Millbrook High School: hearing resource base",
     MSCH, (11, 16), [SP, HI],
     "Continues the support from Brookside's base for up to 15 deaf students, with teachers of the deaf, BSL-using "
     "communication support workers and a quiet room for tutoring.",
     interv=["subject tutoring to pre-teach technical vocabulary", "deaf studies lessons with a deaf instructor"],
     clubs=["deaf youth leadership group", "film club with subtitles", "badminton"],
     access="Classrooms used by deaf students have acoustic panels and soundfield systems.",
     wellbeing="Students meet deaf role models and can use the base at break times",
     senco="Mrs Sian Roberts (head of base)", extra="Exam access arrangements include BSL where allowed.",
     langs="en;sgn-GB:Staff use BSL every day")
sch("westfield-community-school", "Westfield Community School", MSCH, "secondary", (11, 18), ALL, "Westfield Road",
    "MB6 5WR", "step toilet lift quiet",
    "An 11 to 18 community school with The Lighthouse, a resourced provision for autistic students.",
    interv=["a consistent lesson structure across all subjects", "social skills groups"],
    clubs=["gaming club", "climbing", "school newspaper"],
    access="Step-free throughout with lifts, and a quiet entrance used by students who find corridors hard.",
    wellbeing="A quiet base stays open at break and lunch", senco="Mrs Ngozi Eze",
    extra="Students can leave lessons five minutes early to avoid busy corridors.", unit="The Lighthouse")
unit("westfield-community-school", "westfield-the-lighthouse", "Westfield Community School: The Lighthouse autism base",
     MSCH, (11, 18), [CI, AUT],
     "The Lighthouse supports 20 autistic students who learn mostly in mainstream lessons. Staff provide a calm "
     "base, help with organisation and teach social understanding.",
     interv=["key-worker support for organisation and homework", "small-group social understanding lessons"],
     clubs=["anime club", "Lighthouse gardening", "chess"],
     access="The Lighthouse is on the ground floor with low lighting and a separate quiet room.",
     wellbeing="Each student has a key worker who checks in every morning", senco="Mr Ben Asante (Lighthouse lead)",
     extra="Visual timetables and clear routines are used in every lesson.")
sch("bishop-harrow-ce-high-school", "Bishop Harrow Church of England High School", MSCH, "secondary", (11, 18),
    ALL + [SPLD], "Harrow Road", "MB2 2HR", "step toilet lift",
    "A Church of England secondary school with a sixth form and a strong record of supporting students with dyslexia.",
    dom="bishopharrow.sch.example",
    interv=["exam access arrangements such as readers and extra time", "literacy catch-up in Year 7"],
    clubs=["orchestra", "debating", "table tennis"],
    access="Older building with lifts to most areas; two science labs are upstairs only, so classes move when needed.",
    wellbeing="Each year group has a non-teaching pastoral manager", senco="Dr Rachel Moore",
    extra="Reader pens and laptops are available in every department.")
sch("willow-bank-school", "Willow Bank School", MSCH, "special", (2, 19), [CL, LD, SP, PD, CH, MSI, CI],
    "Willow Road", "MB3 6WR", "step toilet cp hoist sensory bb",
    "A special school for children and young people aged 2 to 19 with severe or profound and multiple learning "
    "difficulties. Classes have 6 to 8 pupils, and therapists work on site.",
    setting=SP_, ehc=True,
    interv=["sensory learning and intensive interaction", "signing, symbols and communication aids"],
    clubs=["rebound therapy", "music therapy", "sensory gardening"],
    access="Purpose-built, single-storey school with ceiling hoists, a hydrotherapy pool and two Changing Places toilets.",
    wellbeing="A family liaison officer and the school nursing team support pupils and families",
    senco="Mrs Beverley Stone (deputy head for inclusion)", extra="Every pupil has a personal communication passport.",
    jtext="Staff use intensive interaction, music and touch cues to build trust, and each pupil has a plan showing "
          "how they communicate feelings and what comforts them.")
loc("millbrook-college-campus", "Millbrook College: Canal Street campus", "College Way, Canal Street", "MB1 4MC",
    "step toilet cp lift loop quiet bb", desc="The main college campus. Learning support is in the Foundation building.")
edu("willow-bank-sixth-form", "Willow Bank School: sixth form at Millbrook College", "willow-bank-school", MSCH, SP_,
    "special", (16, 19), [CL, LD, SP, PD], "millbrook-college-campus",
    "Willow Bank's sixth form is based on the Millbrook College campus. Students learn life skills, work skills "
    "and how to use the community, in a college setting with school staff.", ehc=True,
    interv=["practical learning in real places like shops and cafes", "work experience with a job coach"],
    clubs=["college cafe volunteering", "swimming", "Friday disco"],
    access="Accessible classrooms in the college's Foundation building, with a hygiene suite and hoists.",
    wellbeing="Students plan their next steps with the preparing for adulthood team from Year 12",
    senco="Mr Gareth Lloyd (head of sixth form)", extra="Students mix with college students at lunch and clubs.",
    support=("education", "preparing-for-adulthood"), learners="students")
sch("oak-tree-school", "Oak Tree School", MSCH, "special", (7, 16), [SEMH, MH, ADHD, CL], "Oak Lane", "MB5 4OL",
    "step toilet quiet", "A special school for pupils aged 7 to 16 with social, emotional and mental health needs, "
    "with classes of no more than 8.", setting=SP_, ehc=True,
    interv=["trauma-informed teaching with clear routines", "therapeutic mentoring"],
    clubs=["boxing fitness", "bike maintenance", "animal care"],
    access="Two-storey building with a platform lift and an accessible toilet on each floor.",
    wellbeing="An on-site therapist and family support worker work with pupils and parents",
    senco="Mr Kwame Boateng", extra="Each day starts with breakfast together.",
    jtext="Pupils have daily check-ins with a trusted adult, and the on-site therapist offers art and play therapy.")
sch("greenways-school", "Greenways School", MSCH, "special", (4, 16), [CL, LD, CI, AUT, SLCN], "Green Lane",
    "MB7 1GL", "step toilet sensory bb",
    "A special school for pupils aged 4 to 16 with moderate and complex learning difficulties, many of whom are "
    "also autistic.", setting=SP_, ehc=True,
    interv=["small classes with a mix of practical and structured teaching", "daily communication groups"],
    clubs=["cooking club", "horse riding", "drumming"],
    access="Level site with a sensory room, accessible toilets and a secure garden.",
    wellbeing="A school nurse and a family worker are based on site", senco="Mrs Janet Ellis",
    extra="Older pupils take part in vocational courses at Millbrook College.")

# Academies -------------------------------------------------------------------
AC = "academy"
org("millbrook-learning-trust", "Millbrook Learning Trust",
    "A multi-academy trust running five primary, secondary and special academies in Millbrook.",
    "office@millbrooklearningtrust.example", "https://millbrooklearningtrust.example")
org("three-rivers-academy-trust", "Three Rivers Academy Trust",
    "A multi-academy trust with academies in Millbrook and Harrowfield, including a special academy.",
    "info@threerivers.example", "https://threerivers.example")
org("holy-family-catholic-academy-trust", "Holy Family Catholic Academy Trust",
    "A Catholic multi-academy trust with a high school and a primary academy in Millbrook.",
    "office@holyfamilytrust.example", "https://holyfamilytrust.example")
MLT, TRT, HF = "millbrook-learning-trust", "three-rivers-academy-trust", "holy-family-catholic-academy-trust"
sch("riverside-academy", "Riverside Academy", AC, "secondary", (11, 18), ALL, "Riverside Walk", "MB3 1RA",
    "step toilet lift loop bb", "An 11 to 18 academy by the river, with The Word Hub, a specialist base for students "
    "with dyslexia and literacy difficulties.", org_slug=MLT,
    interv=["reading age screening for every new student", "assistive technology such as reader pens"],
    clubs=["rowing club", "coding", "tabletop games club"],
    access="Modern building with lifts, accessible toilets on every floor and a hearing loop in the theatre.",
    wellbeing="A wellbeing centre called The Harbour offers drop-in support every lunchtime",
    senco="Mrs Claire Dunmore", extra="Lesson slides are shared in advance for students who need them.",
    unit="The Word Hub")
unit("riverside-academy", "riverside-academy-the-word-hub", "Riverside Academy: The Word Hub literacy base", AC,
     (11, 16), [CL, SPLD],
     "The Word Hub supports 16 students with severe dyslexia or literacy difficulties. Students have daily "
     "specialist lessons and learn to use technology to read and write independently.",
     interv=["daily structured literacy lessons with a specialist teacher", "touch typing and speech-to-text training"],
     clubs=["creative writing with voice notes", "rowing club", "film club"],
     access="The Word Hub is on the ground floor beside the library.",
     wellbeing="Students build confidence through a peer mentoring scheme with older Word Hub students",
     senco="Mr Peter Lang (Word Hub leader)", extra="Every student has a laptop for lessons and exams.")
sch("northgate-primary-academy", "Northgate Primary Academy", AC, "primary", (4, 11), ALL, "Northgate",
    "MB2 5NP", "step toilet bb", "A two-form entry primary academy in Northgate with a large sports field and a "
    "sensory circuit room used every morning.", org_slug=MLT,
    interv=["sensory circuits before lessons", "small-group phonics every afternoon"],
    clubs=["cross-country", "art club", "young journalists"],
    access="Single-storey building with ramped entrances and an accessible toilet in each block.",
    wellbeing="A learning mentor and a weekly drop-in with the school nurse help pupils", senco="Mrs Nadia Haq",
    extra="Pupils who need it have a movement break every hour.")
sch("canal-side-primary-academy", "Canal Side Primary Academy", AC, "primary", (3, 11), ALL, "Towpath Road",
    "MB1 4TR", "step toilet lift", "A primary academy with a nursery, close to the canal, where pupils learn in "
    "small 'family groups' for part of each day.", org_slug=MLT,
    interv=["'family group' teaching in mixed ages", "speech and language screening in nursery and reception"],
    clubs=["canal wildlife club", "ukulele", "gymnastics"],
    access="Lift to the first floor, accessible toilets and a ramped route to the nursery garden.",
    wellbeing="Family groups give every child an adult and older buddies who know them well", senco="Mr Ravi Patel",
    extra="Nursery staff pass on detailed notes when children move up.")
sch("foxhill-primary-academy", "Foxhill Primary Academy", AC, "primary", (4, 11), ALL + [ADHD], "Foxhill Road",
    "MB5 9FR", "step toilet quiet", "A primary academy on the Foxhill estate with a strong focus on behaviour for "
    "learning and a calm, consistent approach.", org_slug=MLT,
    interv=["consistent routines and visual behaviour prompts", "short, focused tasks with regular movement breaks"],
    clubs=["football", "board games", "cookery"],
    access="Level access throughout, two accessible toilets and a quiet room called The Den.",
    wellbeing="The Den is open all day for pupils who need to calm down", senco="Miss Sophie Turner",
    extra="Classrooms have standing desks and wobble cushions.")
sch("victoria-road-primary-academy", "Victoria Road Primary Academy", AC, "primary", (4, 11), ALL, "Victoria Road",
    "MB1 3VP", "step toilet print", "A one-form entry primary academy near the town centre, where over 30 "
    "languages are spoken and families are closely involved.", org_slug=MLT,
    interv=["visual learning walls and word banks", "'talk partners' in every lesson"],
    clubs=["languages club", "cricket", "science club"],
    access="Ground-floor classrooms with a ramp to the playground; the upstairs ICT suite has a stair lift.",
    wellbeing="Family learning sessions help parents support learning at home", senco="Mrs Farah Siddiqui",
    extra="Interpreters are booked for SEN meetings when families want them.",
    langs="en;ur:Interpreters for meetings;bn:Interpreters for meetings;ar:Interpreters for meetings")
sch("northgate-high-academy", "Northgate High Academy", AC, "secondary", (11, 16), ALL + [SEMH], "High Street, "
    "Northgate", "MB2 6NH", "step toilet lift quiet", "An 11 to 16 academy with a reputation for strong pastoral "
    "care and an inclusion centre for students at risk of exclusion.", org_slug=MLT,
    interv=["an inclusion centre with short-term small-group teaching", "mentoring from trained staff"],
    clubs=["boxing fitness", "music production", "eco club"],
    access="Lifts in both blocks, accessible toilets and a quiet study room in the library.",
    wellbeing="A full-time counsellor and a mental health first aider in every year team", senco="Mr Liam Walsh",
    extra="Students can use a time-out card to leave a lesson calmly.")
sch("meadowview-academy", "Meadowview Academy", AC, "special", (4, 19), [CI, AUT, LD, CL], "Meadow Lane",
    "MB6 7ML", "step toilet sensory quiet bb pictures",
    "A special academy for autistic pupils aged 4 to 19, many of whom also have learning difficulties. Classes "
    "have 8 pupils with a teacher and two assistants.", org_slug=MLT, setting=SP_, ehc=True,
    interv=["structured teaching and individual work systems", "speech and language therapy built into lessons"],
    clubs=["trampolining", "Lego therapy", "swimming"],
    access="Calm, low-sensory building with a sensory room, quiet spaces and a secure garden.",
    wellbeing="A family support worker runs a parents' group and home visits", senco="Mrs Karen Mellor",
    extra="Pupils have personal sensory diets planned with occupational therapists.",
    jtext="Pupils learn to recognise and manage feelings with visual 'feelings scales', and social times are "
          "structured so friendships can grow at each pupil's pace.")
sch("kingfisher-academy", "Kingfisher Academy", AC, "secondary", (11, 18), ALL, "Kingfisher Way", "MB3 4KA",
    "step toilet lift loop", "An 11 to 18 academy with specialist sports facilities and a sixth form offering "
    "vocational courses.", org_slug=TRT,
    interv=["literacy and numeracy catch-up groups", "study skills support in the sixth form"],
    clubs=["inclusive sports academy", "drama", "STEM club"],
    access="Lifts to all floors, accessible changing rooms in the sports hall and a hearing loop in the hall.",
    wellbeing="A wellbeing hub with a school counsellor and youth worker", senco="Mrs Danielle Price",
    extra="Sixth formers with SEND get a named adult for applications to college, work or university.")
sch("hazel-wood-primary-academy", "Hazel Wood Primary Academy", AC, "primary", (4, 11), ALL + [SEMH], "Hazel Road",
    "MB4 8HW", "step toilet quiet", "A primary academy with The Acorn Room, an enhanced base for pupils with "
    "social, emotional and mental health needs.", org_slug=TRT,
    interv=["emotion coaching by every adult", "small-group learning in The Acorn Room"],
    clubs=["woodwork", "forest school", "choir"],
    access="Single-storey building with a sensory garden and an accessible toilet.",
    wellbeing="Play therapy is available on site two days a week", senco="Mrs Rebecca Stanton",
    extra="Every classroom has a calm corner.", unit="The Acorn Room")
unit("hazel-wood-primary-academy", "hazel-wood-the-acorn-room", "Hazel Wood Primary Academy: The Acorn Room SEMH base",
     AC, (5, 11), [SEMH, MH, ADHD],
     "The Acorn Room has 8 places for primary pupils with social, emotional and mental health needs who find a "
     "full mainstream class too much. Pupils return to class step by step.",
     interv=["nurture-based teaching in a small group", "a personal plan to return to class gradually"],
     clubs=["cooking", "forest school", "Lego club"],
     access="The Acorn Room has its own garden entrance and a quiet room.",
     wellbeing="Parents meet Acorn staff every fortnight to share what is working",
     senco="Miss Georgia Kent (Acorn Room lead)", extra="Days start with breakfast and a check-in.")
sch("elmwood-primary-academy", "Elmwood Primary Academy", AC, "primary", (4, 11), ALL, "Elm Road", "MB5 2EP",
    "step toilet bb", "A friendly primary academy with a music specialism, where every child learns an instrument.",
    org_slug=TRT, interv=["music and rhythm to support memory and language", "precision teaching for spelling"],
    clubs=["orchestra", "steel pans", "gardening"],
    access="Level entrances, two accessible toilets and ramps to the music block.",
    wellbeing="Lunchtime 'buddy bench' and trained playground leaders", senco="Mr Stephen Yates",
    extra="Music lessons are adapted for pupils with physical and hearing needs.")
sch("meadow-lane-primary-academy", "Meadow Lane Primary Academy", AC, "primary", (4, 11), ALL, "Meadow Lane",
    "MB6 7MP", "step toilet", "A small primary academy sharing a site with Meadowview Academy, so pupils from both "
    "schools learn and play together.", org_slug=TRT,
    interv=["shared lessons with Meadowview pupils", "daily reading with an adult"],
    clubs=["joint sports club with Meadowview", "drama", "ukulele"],
    access="Single-storey school with level access; shared hall with a hearing loop.",
    wellbeing="Inclusion ambassadors help new pupils settle", senco="Mrs Alison Reed",
    extra="Staff from Meadowview give advice and training.")
sch("summerfield-academy", "Summerfield Academy", AC, "special", (2, 19), [SP, PD, CH, MSI, CL, LD],
    "Summerfield Drive", "MB3 9SD", "step toilet cp hoist lift sensory bb",
    "A special academy for children and young people aged 2 to 19 with physical disabilities and complex medical "
    "needs. Nurses and therapists work on site every day.", org_slug=TRT, setting=SP_, ehc=True,
    interv=["therapy built into every lesson", "eye-gaze and switch-accessed learning"],
    clubs=["boccia", "hydrotherapy", "music"],
    access="Fully accessible building with ceiling hoists in every classroom and a Changing Places toilet.",
    wellbeing="A nursing team, family support worker and chaplain support pupils and families",
    senco="Dr Mark Ibbotson", extra="The academy has its own hydrotherapy pool.",
    jtext="Pupils take part in peer groups, music and drama to build confidence, and a counsellor helps older "
          "pupils talk about living with a disability.")
sch("holy-family-catholic-high-school", "Holy Family Catholic High School", AC, "secondary", (11, 18), ALL,
    "St Peter's Road", "MB4 1SP", "step toilet lift", "A Catholic 11 to 18 high school with a learning support "
    "department and a chaplaincy team.", org_slug=HF,
    interv=["in-class support from subject-specialist teaching assistants", "homework club with SEND staff"],
    clubs=["charity volunteering club", "basketball", "choir"],
    access="Lifts in the main block, accessible toilets and an accessible chapel.",
    wellbeing="The chaplaincy and a pastoral team offer a listening ear", senco="Mrs Bernadette O'Neill",
    extra="Year 7 starts a day early for students with SEND.")
sch("st-bernadettes-catholic-primary", "St Bernadette's Catholic Primary Academy", AC, "primary", (4, 11), ALL,
    "Mary Street", "MB4 1MS", "step toilet", "A Catholic primary academy with small classes and a strong focus on "
    "speech and language in the early years.", org_slug=HF,
    interv=["early language screening in reception", "speech and language programmes delivered daily"],
    clubs=["altar servers", "multi-skills", "art"],
    access="Level access, an accessible toilet and a lift to the Year 5 and 6 classrooms.",
    wellbeing="A trained ELSA and a peer buddy system", senco="Miss Clare Dunne",
    extra="Links with Holy Family Catholic High School make moving up easier.")

# Out-of-area schools -----------------------------------------------------------
sch("eastvale-park-school", "Eastvale Park School", MSCH, "special", (4, 19), [CI, AUT, CL, LD], "Park Avenue",
    "EV2 3PA", "step toilet sensory quiet bb", "A special school run by Eastvale Council for autistic pupils aged 4 "
    "to 19. Some Millbrook children attend when local places are full.", city="Eastvale", setting=SP_, ehc=True,
    interv=["structured teaching with visual schedules", "communication through symbols and devices"],
    clubs=["cycling", "allotment club", "music"], access="Single-storey building with low-sensory design, quiet "
    "rooms and a secure playground.", wellbeing="A family liaison worker supports families, including with "
    "transport from Millbrook", senco="Mrs Rosa Delaney", extra="Classes have no more than 7 pupils.")
edu("eastvale-park-school-post-16", "Eastvale Park School: post-16 department", "eastvale-park-school", MSCH, SP_,
    "special", (16, 19), [CI, AUT, LD], "eastvale-park-school",
    "Eastvale Park's post-16 department helps autistic young people build independence, work skills and "
    "confidence in the community.", ehc=True, in_area=False,
    interv=["independence training in real settings", "work placements with support"],
    clubs=["cafe enterprise", "gym", "photography"], access="The post-16 block has its own entrance, kitchen and "
    "quiet room.", wellbeing="Students plan their future with careers advisers from Year 11",
    senco="Mr Daniel Shaw (head of post-16)", extra="Students run a weekly cafe for the community.",
    support=("education", "preparing-for-adulthood"), learners="students")
sch("harrowfield-high-school", "Harrowfield High School", MSCH, "secondary", (11, 16), ALL, "Moor Road", "HF2 4MR",
    "step toilet lift braille", "A maintained 11 to 16 school in Harrowfield with a vision resource base, close "
    "to Millbrook's northern border.", city="Harrowfield",
    interv=["enlarged and digital resources", "mentoring for organisation and revision"],
    clubs=["climbing", "radio club", "goalball"], access="Lifts, tactile paving, high-contrast edging on stairs and "
    "braille signs.", wellbeing="Form tutors and a pastoral team check on students daily",
    senco="Mrs Imogen Clarke", extra="Lesson resources are shared digitally so students can zoom in.",
    unit="The vision resource base")
unit("harrowfield-high-school", "harrowfield-high-vision-resource-base", "Harrowfield High School: vision resource "
     "base", MSCH, (11, 16), [SP, VI, MSI],
     "A resource base for up to 12 blind and partially sighted students, with specialist teachers, braille "
     "teaching and mobility training. Millbrook Council funds places for some Millbrook students.",
     interv=["braille and touch typing lessons", "mobility and independence training"],
     clubs=["goalball", "audio-described film club", "music"],
     access="Tactile routes, good lighting and magnification technology in every classroom.",
     wellbeing="Students meet other young people with sight loss through regional events",
     senco="Mr Alan Fraser (head of base)", extra="A technician turns print into braille or large print overnight.")
sch("stonebridge-primary-school", "Stonebridge Primary School", MSCH, "primary", (4, 11), ALL, "Bridge Street",
    "SB1 2BS", "step toilet", "A village primary school in Stonebridge, attended by some children from south "
    "Millbrook.", city="Stonebridge",
    interv=["small-group phonics", "mixed-age maths groups"], clubs=["nature club", "football", "recorders"],
    access="Ramp at the main entrance and an accessible toilet; the playground is on a slope.",
    wellbeing="A small school where every adult knows every child", senco="Mrs Penny Ashworth",
    extra="Classes are small, with around 20 pupils.")
sch("harrowfield-gate-academy", "Harrowfield Gate Academy", AC, "secondary", (11, 16), ALL, "Gate Lane",
    "HF3 1GL", "step toilet lift", "An 11 to 16 academy in Harrowfield with an autism base, run by Three Rivers "
    "Academy Trust.", city="Harrowfield", org_slug=TRT,
    interv=["clear lesson routines", "homework club with SEND staff"], clubs=["film club", "athletics", "coding"],
    access="Lifts in both buildings and accessible toilets on each floor.",
    wellbeing="Year teams include a pastoral lead and a mental health first aider", senco="Ms Joanna Pearce",
    extra="Transport from Millbrook is available for students who qualify.", unit="The autism base")
unit("harrowfield-gate-academy", "harrowfield-gate-autism-base", "Harrowfield Gate Academy: autism base", AC,
     (11, 16), [CI, AUT], "The autism base supports 12 autistic students who learn mainly in mainstream lessons, "
     "with a quiet base for breaks, social groups and help with planning.",
     interv=["key-worker support and social groups", "individual sensory plans"],
     clubs=["games club", "gardening", "chess"], access="The base is on the ground floor with a separate entrance.",
     wellbeing="Students have a morning check-in with their key worker", senco="Mr Owen Hale (base leader)",
     extra="Changes to the timetable are shared a week ahead.")
sch("eastvale-bridge-free-school", "Eastvale Bridge Free School", AC, "special", (11, 16), [SEMH, MH, ADHD],
    "Bridge Road", "EV1 5BR", "step toilet quiet", "A special free school in Eastvale for young people aged 11 to "
    "16 with social, emotional and mental health needs, with classes of 6.", city="Eastvale", setting=SP_, ehc=True,
    org_slug=TRT, interv=["therapeutic teaching with a high staff ratio", "vocational courses such as construction"],
    clubs=["fishing", "motor vehicle club", "gym"], access="Accessible ground floor with a lift to the first floor.",
    wellbeing="An on-site clinical psychologist and mentors", senco="Mrs Lorna Gill",
    extra="Each student has a mentor who meets them every morning.")

# Non-maintained special schools -----------------------------------------------
NMSS = "non-maintained-special-school"
sch("harrowfield-school-for-deaf-children", "Harrowfield School for Deaf Children", NMSS, "special", (3, 16),
    [SP, HI, MSI, CI], "Beacon Hill", "HF1 7BH", "step toilet loop alarm bb",
    "A non-maintained special school for deaf children, with day and weekly boarding places. Teaching is in British "
    "Sign Language and English.", city="Harrowfield", setting=SP_, ehc=True, dom="harrowfielddeaf.sch.example",
    interv=["bilingual teaching in BSL and English", "audiology and speech therapy on site"],
    clubs=["deaf drama", "football", "outdoor adventure club"], access="Visual alarms, acoustic classrooms and step-free access.",
    wellbeing="Deaf staff and a residential team support pupils' wellbeing and identity", senco="Mrs Ellen Marsh",
    extra="Weekly boarders go home every Friday.", langs="en;sgn-GB:All staff use BSL")
edu("harrowfield-deaf-further-education", "Harrowfield School for Deaf Children: further education department",
    "harrowfield-school-for-deaf-children", NMSS, SP_, "college", (16, 19), [SP, HI, MSI],
    "harrowfield-school-for-deaf-children", "A further education department for deaf young people aged 16 to 19, "
    "with vocational courses, English and maths, and independent living skills.", ehc=True, in_area=False,
    interv=["bilingual teaching in BSL and English", "work placements with deaf-aware employers"],
    clubs=["deaf youth council", "gym", "cookery"], access="A separate sixth form building with visual alarms and "
    "a hearing loop in every room.", wellbeing="Students have a personal tutor and can board during the week",
    senco="Mr Aidan Kerr (head of FE)", extra="Students study at Harrowfield College with interpreters.",
    support=("education", "preparing-for-adulthood"), langs="en;sgn-GB:All staff use BSL")
sch("larchwood-house-school", "Larchwood House School", NMSS, "special", (2, 19), [SP, PD, CH, MSI, CI, SLCN],
    "Larchwood Lane", "EV4 8LL", "step toilet cp hoist lift bb", "A non-maintained special school for children "
    "and young people with cerebral palsy and other physical disabilities, with therapy throughout the day.",
    city="Eastvale", setting=SP_, ehc=True,
    interv=["conductive education", "communication aids used in every lesson"],
    clubs=["powerchair football", "horse riding", "music"], access="Fully accessible with ceiling hoists, a "
    "hydrotherapy pool and Changing Places toilets.", wellbeing="Nurses, therapists and a counsellor are on site",
    senco="Dr Helen Abbott", extra="Therapists and teachers plan every lesson together.")
sch("heathcote-school", "Heathcote School", NMSS, "special", (5, 16), [CI, SLCN, AUT], "Heathcote Road",
    "MB7 6HR", "step toilet quiet pictures", "A non-maintained special school in Millbrook for pupils with severe "
    "speech and language difficulties, run by a national communication charity.", setting=SP_, ehc=True,
    interv=["speech and language therapy every day", "signing and visual supports in every lesson"],
    clubs=["drama", "computing", "swimming"], access="Level access, a quiet room and picture signs throughout.",
    wellbeing="Pupils build confidence through weekly drama and social communication groups",
    senco="Mrs Philippa Grant", extra="Each class has a speech and language therapist as well as a teacher.")

# Institutions approved under section 41 ----------------------------------------
S41 = "section-41"
sch("orchard-mill-college", "Orchard Mill College", S41, "college", (16, 25), [CL, LD, CI, AUT],
    "Orchard Road", "HF2 8OR", "step toilet cp lift sensory", "An independent specialist college for young people "
    "with learning disabilities and autism, with day and residential places. It is on the section 41 approved list.",
    city="Harrowfield", setting=SP_, ehc=True, s41=True,
    interv=["learning in real work settings such as the college shop", "personal independence programmes"],
    clubs=["drama", "Friday social", "football"], access="Accessible campus with lifts, a sensory room and a "
    "Changing Places toilet.", wellbeing="Residential staff and a wellbeing team support students day and night",
    senco="Ms Rachel Dunn (head of learning support)", extra="Students choose from catering, horticulture and retail.",
    support=("education", "preparing-for-adulthood"))
edu("orchard-mill-college-residential", "Orchard Mill College: residential provision", "orchard-mill-college", S41,
    SP_, "college", (18, 25), [CL, LD, AUT], "orchard-mill-college",
    "Term-time residential places in shared houses, where students practise living away from home with support.",
    ehc=True, in_area=False, s41=True,
    interv=["house meetings and shared cooking", "travel training between home and college"],
    clubs=["evening clubs", "cinema trips", "gym"], access="Two of the four houses are fully wheelchair accessible.",
    wellbeing="Waking night staff and a house manager in every house", senco="Mr Tony Blake (residential manager)",
    extra="Students go home most weekends.", support=("education", "preparing-for-adulthood", "social-care"))
sch("stonebridge-farm-college", "Stonebridge Farm College", S41, "college", (16, 25), [CL, LD, SEMH, AUT],
    "Farm Lane", "SB2 5FL", "step toilet bb", "An independent specialist land-based college on a working farm, "
    "with day and weekly residential places. It is on the section 41 approved list.", city="Stonebridge",
    setting=SP_, ehc=True, s41=True,
    interv=["practical learning with animals and crops", "English and maths taught through farm work"],
    clubs=["young farmers club", "fishing", "cooking"], access="Most of the farm is step-free, with accessible paths "
    "and toilets; some fields are uneven.", wellbeing="Small tutor groups and an on-site wellbeing worker",
    senco="Mrs Jenny Marsh", extra="Students sell produce at the Millbrook farmers' market.",
    support=("education", "preparing-for-adulthood"))
sch("brightwater-school", "Brightwater School", S41, "special", (7, 19), [CI, AUT, SEMH, MH],
    "Lakeside Road", "EV3 2LR", "step toilet quiet sensory", "An independent special school for autistic pupils "
    "who also have anxiety, with very small classes. It is on the section 41 approved list.", city="Eastvale",
    setting=SP_, ehc=True, s41=True,
    interv=["personal timetables built around each pupil's interests", "therapy from on-site psychologists"],
    clubs=["kayaking", "animation", "animal care"], access="Low-sensory building with quiet rooms and step-free access.",
    wellbeing="Every pupil has a personal anxiety plan", senco="Dr Simon Reeve", extra="Classes have up to 5 pupils.")
sch("the-beacon-school", "The Beacon School", S41, "special", (11, 18), [SEMH, MH, ADHD], "Hill Top",
    "HF4 2HT", "step toilet", "An independent special school for young people with social, emotional and mental "
    "health needs who have struggled in other schools. It is on the section 41 approved list.",
    city="Harrowfield", setting=SP_, ehc=True, s41=True,
    interv=["therapeutic teaching in groups of 4", "vocational learning in construction and hair and beauty"],
    clubs=["mountain biking", "music studio", "boxing fitness"], access="Ground floor accessible; the first floor "
    "has no lift, so classes are moved when needed.", wellbeing="An on-site therapist and a key worker for every pupil",
    senco="Mr Colin Marsh", extra="Young people can gain GCSEs and vocational qualifications.")
sch("vale-view-college", "Vale View College", S41, "college", (16, 25), [SP, PD, CH, MSI, VI, HI],
    "Vale Road", "EV3 6VR", "step toilet cp hoist lift loop braille", "An independent specialist college for young "
    "people with physical and sensory disabilities, with nursing care on site. It is on the section 41 approved list.",
    city="Eastvale", setting=SP_, ehc=True, s41=True,
    interv=["assistive technology for learning and communication", "therapy integrated into the timetable"],
    clubs=["wheelchair sports", "radio station", "art"], access="Fully accessible campus with hoists, Changing "
    "Places toilets, braille signs and hearing loops.", wellbeing="Nurses, a counsellor and a residential team",
    senco="Mrs Anita Rowe", extra="Students can live in adapted flats on campus.",
    support=("education", "preparing-for-adulthood"))
sch("cedar-hill-school", "Cedar Hill School", S41, "special", (8, 16), [CL, SPLD],
    "Cedar Avenue", "HF1 3CA", "step toilet", "An independent special school for pupils with severe dyslexia and "
    "other specific learning difficulties. It has applied for section 41 approval.", city="Harrowfield",
    setting=SP_, ehc=True, s41=False,
    interv=["daily specialist literacy lessons", "laptops and speech-to-text for all written work"],
    clubs=["chess", "rugby", "design club"], access="Level access to the main building and an accessible toilet.",
    wellbeing="Small classes and a pastoral team help pupils rebuild confidence", senco="Mr Rupert Hale",
    extra="Classes have no more than 10 pupils.")

# Post-16 institutions ------------------------------------------------------------
P16 = "post-16"
org("millbrook-college", "Millbrook College",
    "Millbrook's further education college, with courses from entry level to degrees and a large learning support team.",
    "info@millbrookcollege.example", "https://millbrookcollege.example")
org("millbrook-sixth-form-college", "Millbrook Sixth Form College",
    "A sixth form college offering A levels and vocational courses for 16 to 19-year-olds.",
    "admissions@millbrooksfc.example", "https://millbrooksfc.example")
org("harrowfield-college", "Harrowfield College",
    "A further education college in Harrowfield with specialist courses for students with SEND.",
    "info@harrowfieldcollege.example", "https://harrowfieldcollege.example", "0161 496")
MC = "millbrook-college"
COL = dict(interv=["learning support assistants in lessons", "study skills workshops"])
edu("millbrook-college-pathways", "Millbrook College: Pathways foundation learning", MC, P16, MS, "college", (16, 25),
    [CL, LD, AUT, CI], "millbrook-college-campus",
    "Pathways courses are for students with learning difficulties who want to build independence, work skills, "
    "English and maths at entry level, in small groups with a personal tutor.",
    interv=["small groups of up to 10 with a tutor and assistant", "work experience in the college cafe and shop"],
    clubs=["student union", "football", "gaming society"], access="Pathways rooms are on the ground floor of the Foundation building, next to a Changing Places toilet and a quiet room.",
    wellbeing="A student wellbeing team and a quiet 'chill room' are available all day", senco="Mrs Lisa Grant "
    "(head of foundation learning)", extra="Courses last one to three years depending on each student's goals.",
    support=("education", "preparing-for-adulthood"))
edu("millbrook-college-supported-internships", "Millbrook College: supported internships", MC, P16, MS, "college",
    (16, 24), [CL, LD, AUT], "millbrook-college-campus",
    "A one-year programme for students with an EHC plan, spending most of the week at a workplace such as Millbrook "
    "Children's Hospital, with a job coach. The aim is a paid job at the end.", ehc=True,
    interv=["a job coach in the workplace", "employability lessons one day a week"],
    clubs=["alumni employment club", "student union", "gym"], access="Interns start each week in the Foundation building, which is step-free with a quiet room; workplaces are checked for access before placements begin.",
    wellbeing="Job coaches check in with interns and employers every week", senco="Mr Femi Adebayo (supported "
    "internship lead)", extra="Last year, 7 in 10 interns got paid work.",
    elig="Young people aged 16 to 24 with an EHC plan who want to work and are ready for a work placement.",
    support=("education", "preparing-for-adulthood"))
edu("millbrook-college-learning-support", "Millbrook College: learning support on mainstream courses", MC, P16, MS,
    "college", (16, 25), ALL, "millbrook-college-campus",
    "Students with SEND on any course, from hairdressing to A levels, can get extra help, such as a learning "
    "support assistant, exam arrangements, assistive technology or a note-taker.",
    interv=COL["interv"], clubs=["student union", "esports", "climbing"], access="The campus has lifts in every building, accessible toilets, a Changing Places toilet and quiet study rooms in the library.",
    wellbeing="Counsellors, a mental health nurse and wellbeing drop-ins", senco="Ms Yasmin Ali (head of "
    "learning support)", extra="Support starts with a transition visit in the summer before college.")
edu("millbrook-college-pre-apprenticeship", "Millbrook College: pre-apprenticeship programme", MC, P16, MS,
    "college", (16, 25), ALL, "millbrook-college-campus",
    "A 20-week course to help young people with SEND get ready for an apprenticeship, with work tasters, English "
    "and maths and help to apply.",
    interv=["work tasters in three trades", "one-to-one coaching for applications and interviews"],
    clubs=["construction club", "student union", "five-a-side football"], access="The construction and engineering workshops are step-free, with adjustable benches and an accessible toilet in each block.",
    wellbeing="A careers coach and a personal tutor support each learner", senco="Mr Ross Clayton (apprenticeships "
    "manager)", extra="Employers visit to offer interviews.", support=("education", "preparing-for-adulthood"))
loc("millbrook-sixth-form-college", "Millbrook Sixth Form College", "Grammar School Road", "MB2 3GS",
    "step toilet lift loop")
edu("millbrook-sixth-form-college", "Millbrook Sixth Form College", "millbrook-sixth-form-college", P16, MS, "college",
    (16, 19), ALL, "millbrook-sixth-form-college",
    "A sixth form college for 16 to 19-year-olds with A levels and vocational courses. The learning support team "
    "helps students with SEND, including exam arrangements and mentoring.",
    interv=["study mentors for organisation and revision", "exam access arrangements"],
    clubs=["debating", "film society", "netball"], access="Lifts in all buildings, accessible toilets and a "
    "hearing loop in the lecture theatre.", wellbeing="A wellbeing team and daily drop-in", senco="Mrs Eleanor "
    "Shaw (learning support manager)", extra="Students can take a reduced timetable if they need to.")
loc("harrowfield-college", "Harrowfield College", "College Road", "HF1 9CR", "step toilet cp lift loop",
    city="Harrowfield")
edu("harrowfield-college-skills-for-life", "Harrowfield College: Skills for Life programme", "harrowfield-college",
    P16, MS, "college", (16, 25), [CL, LD, SP, PD], "harrowfield-college",
    "A course for young people with learning and physical disabilities, covering independent living, work skills and "
    "community access. Millbrook students attend when courses are not available locally.", in_area=False,
    interv=["practical sessions in a training flat", "community visits every week"],
    clubs=["drama", "boccia", "student council"], access="Accessible campus with a Changing Places toilet and hoists.",
    wellbeing="A personal tutor meets each student weekly", senco="Mrs Zoe Platt", extra="Students learn to cook "
    "a meal for friends in the training flat.", support=("education", "preparing-for-adulthood"))
edu("harrowfield-college-deaf-support", "Harrowfield College: support for deaf students", "harrowfield-college",
    P16, MS, "college", (16, 25), [SP, HI], "harrowfield-college",
    "BSL interpreters, note-takers and teachers of the deaf support deaf students on any course at Harrowfield College.",
    in_area=False, interv=["BSL interpreters in lessons", "tutorials with a teacher of the deaf"],
    clubs=["deaf students' society", "gym", "photography"], access="Hearing loops and visual alarms in all buildings.",
    wellbeing="A deaf mentor scheme links students with deaf graduates", senco="Mr Jon Pike (deaf support manager)",
    extra="Radio aids can be borrowed.", langs="en;sgn-GB:BSL interpreters on every course")

# Pupil referral units -------------------------------------------------------------
PRU = "pupil-referral-unit"
org("the-bridge-centre", "The Bridge Centre",
    "Millbrook's pupil referral unit, for pupils who have been excluded or are at risk of exclusion.",
    "office@bridgecentre.sch.example", "https://bridgecentre.sch.example")
org("millbrook-hospital-education", "Millbrook Hospital and Home Education Service",
    "Teaches children who cannot attend school because of illness, in hospital and at home.",
    "office@hospitaleducation.sch.example", "https://hospitaleducation.sch.example")
loc("the-bridge-centre", "The Bridge Centre", "Bridge Street", "MB1 5BS", "step toilet quiet")
loc("the-bridge-primary-base", "The Bridge Centre: primary base", "Victoria Road (rear of Victoria Road Primary)",
    "MB1 3VB", "step toilet sensory")
PRUK = dict(clubs=["boxing fitness", "cooking", "music production"],
            access="Ground-floor classrooms, an accessible toilet and a quiet room.")
edu("bridge-centre-key-stage-3", "The Bridge Centre: key stage 3", "the-bridge-centre", PRU, "la-secured", "pru",
    (11, 14), [SEMH, MH, ADHD, CL], "the-bridge-centre",
    "Short-term places for pupils aged 11 to 14 who have been excluded or are at risk of exclusion. Pupils learn in "
    "groups of 6 and most return to a mainstream school within two terms.",
    interv=["assessment of unmet needs, including speech and language", "small-group teaching of core subjects"],
    wellbeing="A key worker and an on-site CAMHS worker support pupils", senco="Ms Tara Flynn",
    extra="Pupils keep links with their home school.", self_ref=False,
    elig="Pupils aged 11 to 14 at Millbrook schools, referred by the school or the council's fair access panel.",
    how=["The pupil's school makes a referral to the Bridge Centre.", "We meet the pupil and family before they start."],
    **PRUK)
edu("bridge-centre-key-stage-4", "The Bridge Centre: key stage 4", "the-bridge-centre", PRU, "la-secured", "pru",
    (14, 16), [SEMH, MH, ADHD, CL], "the-bridge-centre",
    "Full-time places for pupils in Years 10 and 11 who cannot return to mainstream school, with GCSEs, vocational "
    "courses and strong careers support.",
    interv=["GCSE and vocational courses in small groups", "careers mentoring and college tasters"],
    wellbeing="Youth workers and a counsellor work alongside teachers", senco="Mr Rhys Morgan",
    extra="Every pupil leaves with a college or training place planned.", self_ref=False,
    elig="Pupils aged 14 to 16 permanently excluded or referred by the fair access panel.",
    how=["Referral is made by the school or the council's fair access panel.", "A meeting with the family is held "
         "within a week of referral."], support=("education", "preparing-for-adulthood"), **PRUK)
edu("bridge-centre-primary-base", "The Bridge Centre: primary support base", "the-bridge-centre", PRU, "la-secured",
    "pru", (5, 11), [SEMH, ADHD, CI], "the-bridge-primary-base",
    "Part-time places for primary pupils at risk of exclusion, mixed with time at their own school. Staff also coach "
    "the home school on what helps.",
    interv=["nurture-based teaching in a group of 6", "joint plans with the pupil's own school"],
    clubs=["forest school", "Lego club", "cooking"], access="Single-storey base with a sensory room.",
    wellbeing="Parents are invited to weekly 'stay and play' sessions", senco="Mrs Kerry Adams",
    extra="Pupils spend at least two days a week at their own school.", self_ref=False,
    elig="Primary pupils at Millbrook schools at risk of permanent exclusion.",
    how=["The school refers after talking to the family.", "Places last up to 12 weeks."])
edu("hospital-and-home-education", "Millbrook Hospital and Home Education Service", "millbrook-hospital-education", PRU,
    "la-secured", "pru", (5, 16), [SP, CH, SEMH, MH], "millbrook-childrens-hospital",
    "Teachers work with children who cannot go to school because of physical or mental illness, on the hospital "
    "ward, at home or in a small teaching centre, and plan their return to school.",
    interv=["one-to-one and small-group teaching", "online lessons for pupils who cannot leave home"],
    clubs=["ward art club", "online book club", "music"], access="The hospital classroom is fully accessible, with "
    "a hoist and accessible toilet.", wellbeing="Staff work closely with CAMHS and hospital teams",
    senco="Mrs Anne Whitfield", extra="Work is set in line with the pupil's own school.", self_ref=False,
    elig="Pupils aged 5 to 16 who are expected to miss more than 15 school days because of illness, with medical evidence.",
    how=["The pupil's school applies with medical evidence.", "Teaching starts within 5 school days of approval."],
    sched=[("MO,TU,WE,TH,FR", "09:00", "15:00", "Term time")])

# More schools and sixth forms ----------------------------------------------------
sch("sandpits-primary-academy", "Sandpits Primary Academy", AC, "primary", (4, 11), ALL, "Sandpits Lane",
    "MB5 5SL", "step toilet bb", "A primary academy with a specialist teacher for maths difficulties and a popular "
    "after-school homework club.", org_slug=MLT,
    interv=["concrete, hands-on maths resources", "a daily 'keep up, not catch up' maths session"],
    clubs=["maths games club", "netball", "Lego robotics"], access="Single-storey building with an accessible toilet "
    "and level playgrounds.", wellbeing="A pastoral assistant leads 'Worry Busters' groups", senco="Mr Adam Cheung",
    extra="Pupils with dyscalculia use number lines and counters in every lesson.")
sch("ridgeway-primary-academy", "Ridgeway Primary Academy", AC, "primary", (3, 11), ALL, "The Ridgeway",
    "MB7 3RW", "step toilet lift", "A primary academy with a nursery on the hill above Millbrook, where outdoor "
    "learning and a school farm help pupils who learn best by doing.", org_slug=MLT,
    interv=["learning outdoors on the school farm", "movement and sensory breaks"],
    clubs=["farm club", "cross-country", "craft club"], access="Lift to the upper floor and ramped paths to the farm.",
    wellbeing="Caring for the school animals helps pupils calm down and build confidence", senco="Mrs Ruth Gallagher",
    extra="Pupils take turns looking after chickens and rabbits.")
sch("brook-farm-primary-academy", "Brook Farm Primary Academy", AC, "primary", (4, 11), ALL + [HI, VI], "Farm Road",
    "MB3 2BF", "step toilet loop print", "A primary academy on a new housing estate, built with hearing loops, "
    "high-contrast design and quiet rooms.", org_slug=TRT,
    interv=["high-contrast, uncluttered learning materials", "pre-teaching for pupils with hearing or sight loss"],
    clubs=["dance", "gardening", "eco club"], access="New, fully step-free building with hearing loops in every "
    "classroom and large print signs.", wellbeing="Buddy benches and trained play leaders at lunchtime",
    senco="Miss Rachel Owen", extra="The sensory support service advised on the building design.")
sch("holmwood-primary-academy", "Holmwood Primary Academy", AC, "primary", (4, 11), ALL, "Holmwood Road",
    "MB6 8HW", "step toilet", "A primary academy known for its arts curriculum and a family room where parents can "
    "meet staff informally.", org_slug=TRT,
    interv=["learning through art, drama and music", "speech and language groups"],
    clubs=["art club", "musical theatre", "football"], access="Ramped entrances and an accessible toilet; the art "
    "studio is on the ground floor.", wellbeing="A family room with a parent support adviser", senco="Mrs Tessa Lowe",
    extra="Pupils can show what they know through pictures, models or speaking.", assured=395)
sch("st-annes-ce-primary-academy", "St Anne's Church of England Primary Academy", AC, "primary", (4, 11), ALL,
    "St Anne's Road", "MB3 2SP", "step toilet quiet", "A church primary academy next to St Anne's Community Centre, "
    "with a nurture room and close links with local parent groups.", org_slug=HF,
    interv=["nurture breakfast every morning", "reading recovery in small groups"],
    clubs=["choir", "dodgeball", "knitting club"], access="Level access throughout, an accessible toilet and a calm room.",
    wellbeing="A trained ELSA and a weekly visit from the school nurse", senco="Mrs Grace Mensah",
    extra="Parents can meet the SENCO at the community centre coffee mornings.")
sch("foxhill-high-academy", "Foxhill High Academy", AC, "secondary", (11, 16), ALL, "Foxhill Road", "MB5 9FH",
    "step toilet lift bb", "An 11 to 16 academy with a strong careers programme and a learning support base "
    "called Base Camp.", org_slug=MLT,
    interv=["Base Camp small-group teaching for Year 7 and 8", "literacy and numeracy catch-up"],
    clubs=["mountain biking", "esports", "cookery"], access="Lifts in both blocks, accessible toilets and Blue "
    "Badge bays by reception.", wellbeing="A wellbeing mentor for each year group", senco="Mr Paul Grier",
    extra="Year 6 pupils with SEND visit five times before September.")
edu("westfield-community-school-sixth-form", "Westfield Community School: sixth form", "westfield-community-school",
    MSCH, MS, "secondary", (16, 18), ALL, "westfield-community-school",
    "Westfield's sixth form offers A levels and vocational courses, with support from The Lighthouse for autistic "
    "students and help to plan for university, work or college.",
    interv=["study skills mentoring", "transition support to university or work"],
    clubs=["young enterprise", "climbing", "peer mentoring"], access="Sixth form centre is step-free with a quiet study room.",
    wellbeing="A sixth form wellbeing lead and counsellor", senco="Mrs Ngozi Eze",
    extra="Students can keep their Lighthouse key worker.", learners="students",
    support=("education", "preparing-for-adulthood"))
edu("kingfisher-academy-sixth-form", "Kingfisher Academy: sixth form", "three-rivers-academy-trust", AC, MS, "secondary",
    (16, 18), ALL, "kingfisher-academy",
    "Kingfisher's sixth form specialises in sport, health and technical courses, with a supported route for "
    "students who need more time to get their qualifications.",
    interv=["a supported two-year route for level 1 and 2 courses", "work placements with local employers"],
    clubs=["sports leadership", "coding", "volunteering"], access="Accessible sixth form centre with a lift.",
    wellbeing="Personal tutors meet students every week", senco="Mrs Danielle Price",
    extra="Students can combine a course with a part-time job.", learners="students",
    support=("education", "preparing-for-adulthood"))
edu("brightwater-school-sixth-form", "Brightwater School: sixth form", "brightwater-school", S41, SP_, "college",
    (16, 19), [CI, AUT, MH], "brightwater-school",
    "Brightwater's sixth form helps autistic young people with anxiety take qualifications and prepare for "
    "college or work at their own pace.", ehc=True, in_area=False, s41=True,
    interv=["personal study plans", "gradual college taster visits"], clubs=["kayaking", "game design", "cooking"],
    access="Low-sensory sixth form house with quiet rooms.", wellbeing="A psychologist and key worker for every "
    "student", senco="Dr Simon Reeve", extra="Students can study part time while building confidence.",
    support=("education", "preparing-for-adulthood"))
edu("stonebridge-farm-college-residential", "Stonebridge Farm College: weekly residential places",
    "stonebridge-farm-college", S41, SP_, "college", (16, 25), [CL, LD, SEMH], "stonebridge-farm-college",
    "Weekly boarding in the farmhouse for students who need to build independence away from home, going home at "
    "weekends.", ehc=True, in_area=False, s41=True,
    interv=["independent living sessions every evening", "shared household jobs"], clubs=["evening walks",
    "film nights", "young farmers club"], access="Ground-floor bedrooms with accessible bathrooms.",
    wellbeing="Residential staff are on duty day and night", senco="Mrs Jenny Marsh",
    extra="Students cook together twice a week.", support=("education", "preparing-for-adulthood", "social-care"))
edu("harrowfield-college-supported-internships", "Harrowfield College: supported internships", "harrowfield-college",
    P16, MS, "college", (16, 24), [CL, LD, AUT], "harrowfield-college",
    "Supported internships at Harrowfield's hospital and large employers, with job coaches. Millbrook young people "
    "can apply if local places are full.", ehc=True, in_area=False,
    interv=["job coaching in the workplace", "weekly employability sessions"], clubs=["alumni club", "gym",
    "student council"], access="Accessible campus with a Changing Places toilet.",
    wellbeing="A job coach and tutor for every intern", senco="Mrs Zoe Platt", extra="Most placements are in "
    "health and hospitality.", support=("education", "preparing-for-adulthood"))

# More community, health and care services ------------------------------------------
S("community-equipment-loans", "Community equipment loans for children", CH_HEALTH, "health",
  ["health", "social-care"], [SP, PD, CH], (0, 18),
  "Loans of equipment such as specialist seating, bathing aids, beds and hoists, prescribed by a therapist or nurse. "
  "Equipment is delivered, fitted and serviced for free.",
  "Children with a Millbrook GP whose equipment is prescribed by an NHS or council professional.",
  ["Your OT, physiotherapist or nurse will order the equipment.", "Call the equipment store to arrange repairs or returns."],
  self_ref=False, wait="Standard items delivered within 7 days", email="equipment@millbrookhealth.example",
  locs=["millbrook-mobility-centre"])
S("paediatric-psychology-long-term-conditions", "Psychology support for children with long-term conditions", HOSP,
  "health", ["health"], [SEMH, MH, CH, SP], (0, 18),
  "Clinical psychologists help children and families cope with the emotional side of long-term conditions such "
  "as diabetes, epilepsy or cerebral palsy, including worries about treatment.",
  "Children under the care of a Millbrook Children's Hospital consultant.",
  ["Ask your hospital doctor or nurse to refer you."],
  self_ref=False, wait="About 10 weeks", email="psychology@millbrookchildrens.example",
  locs=["millbrook-childrens-hospital"])
S("childrens-palliative-care-team", "Children's palliative care team", CH_HEALTH, "health",
  ["health", "social-care"], [SP, CH], (0, 18),
  "Nurses and doctors who support children with life-limiting conditions and their families, at home and in "
  "hospital, including symptom care and planning ahead.",
  "Children with a life-limiting or life-threatening condition and a Millbrook GP.",
  ["Any professional can refer; families can call to talk it through."],
  email="palliative@millbrookhealth.example",
  contacts=[("Palliative care team", "", None, [(None, "Office hours"), ("0808", "24-hour advice line for families")])])
S("specialist-seating-posture-clinic", "Specialist seating and posture clinic", HARROW, "health",
  ["health"], [SP, PD], (0, 18),
  "A regional clinic for children with complex posture needs who need specially moulded seating or spinal "
  "support, working with the Millbrook wheelchair service.",
  "Children referred by the Millbrook wheelchair service or a consultant.",
  ["The wheelchair service will refer you if your child needs specialist seating."],
  in_area=False, self_ref=False, wait="About 12 weeks", email="seating@harrowfieldhospitals.example",
  sched="clinic", locs=["harrowfield-royal-infirmary"])
S("regional-childrens-sleep-clinic", "Regional children's sleep clinic", HARROW, "health",
  ["health"], [SP, CH, AUT, ADHD, LD], (1, 18),
  "Sleep studies and specialist treatment for children with serious sleep problems, including breathing problems "
  "at night. Families can stay overnight with their child.",
  "Children referred by a paediatrician after local sleep support has been tried.",
  ["Your paediatrician will refer you."], in_area=False, self_ref=False, wait="About 16 weeks",
  email="sleep@harrowfieldhospitals.example", sched="clinic", locs=["harrowfield-royal-infirmary"], assured=499)
S("childrens-orthopaedic-spinal-clinic", "Children's orthopaedic and spinal clinic", HARROW, "health",
  ["health"], [SP, PD], (0, 18),
  "Surgeons and physiotherapists treat children with hip, spine and limb conditions linked to cerebral palsy "
  "and other disabilities.",
  "Children referred by a consultant paediatrician or physiotherapist.",
  ["Your paediatrician or physiotherapist will refer."], in_area=False, self_ref=False, wait="About 18 weeks",
  email="orthopaedics@harrowfieldhospitals.example", sched="clinic", locs=["harrowfield-royal-infirmary"])
S("deaf-school-outreach", "Deaf education outreach for mainstream schools", "harrowfield-school-for-deaf-children",
  "la-commissioned", ["education"], [SP, HI], (3, 16),
  "Teachers from Harrowfield School for Deaf Children advise Millbrook schools on teaching deaf pupils who use "
  "BSL, and run family sign language courses. Millbrook Council commissions this service.",
  "Deaf pupils who use BSL at Millbrook schools, and their families and teachers.",
  ["Ask the Millbrook hearing support teacher to request outreach."], in_area=False, self_ref=False,
  email="outreach@harrowfielddeaf.sch.example", sched="none", langs="en;sgn-GB:Outreach teachers use BSL")
S("larchwood-weekend-short-breaks", "Larchwood House weekend short breaks", "larchwood-house-school", "social-care",
  ["social-care", "leisure"], [SP, PD, CH], (8, 19),
  "Weekend short breaks at Larchwood House for children with physical disabilities and complex health needs, with "
  "nurses and carers, accessible activities and a hydrotherapy pool.",
  "Children with complex physical needs assessed by Millbrook's disabled children's team.",
  ["Ask your social worker; the council agrees and funds places."], in_area=False, self_ref=False, pb=True,
  email="shortbreaks@larchwoodhouse.sch.example", locs=["larchwood-house-school"],
  sched=[("FR", "17:00", "20:00", "Selected weekends: arrive Friday evening, home by 4pm Sunday")])
S("adapted-sailing", "Adapted sailing on Eastvale Lake", EOC, "leisure",
  ["leisure"], ALL + [PD], (8, 25),
  "Sailing in specially adapted boats that can be steered with a joystick or from a wheelchair, with qualified "
  "instructors.",
  "Children and young people aged 8 to 25 with any disability. Under-16s need an adult on site.",
  ["Call to book a taster sail."], in_area=False, prof_ref=False,
  costs=[("Taster sail", 12, "per person"), ("Course of 6 sessions", 60, "per person")], pb=True,
  email="sailing@eastvaleoutdoors.example", locs=["eastvale-outdoor-centre"], sched=[("SA", "10:00", "16:00", "")],
  closed="The lake is closed to boats for the winter. Sailing restarts in April; bookings open in March.")
S("deaf-family-residential-weekend", "Deaf family residential weekend", MDC, "voluntary",
  ["leisure", "advice"], [SP, HI], (0, 18),
  "A yearly weekend away at Eastvale Outdoor Centre for families with deaf children, with activities, workshops "
  "for parents and the chance to meet deaf adults.",
  "Families with a deaf child who are members of Millbrook Deaf Children's Society.",
  ["Book through the society when places open each spring."], in_area=False, prof_ref=False,
  costs=[("Family place", 60, "per family for the weekend; help with costs available")],
  email="info@millbrookdeaf.example", locs=["eastvale-outdoor-centre"], sched=[("FR", "17:00", "21:00", "One weekend each June: arrive Friday evening, leave 3pm Sunday")],
  langs="en;sgn-GB:Deaf staff and BSL interpreters")
S("pa-finder-direct-payments-support", "Finding a personal assistant (direct payments support)", DCT, "social-care",
  ["social-care", "advice"], ALL, (0, 25),
  "Help for families using direct payments to recruit and employ a personal assistant (PA), including a local PA "
  "register, payroll and training for PAs.",
  "Families and young people in Millbrook receiving a direct payment.",
  ["Call or email the direct payments support team.", "Search the PA register on the council website."],
  prof_ref=False, email="directpayments@millbrook.gov.example")
S("millbrook-max-card", "Millbrook disabled children's register and Max card", DCT, "social-care",
  ["social-care", "leisure", "advice"], ALL, (0, 25),
  "Join the voluntary register of disabled children and young people to get news about services, and a free "
  "Max card with discounts at local attractions.",
  "Children and young people aged 0 to 25 with SEND who live in Millbrook.",
  ["Fill in the register form online or at a family hub.", "Your Max card arrives by post."],
  prof_ref=False, email="register@millbrook.gov.example", sched="none", wait="Card sent within 4 weeks")
S("send-parenting-programmes", "Parenting programmes for families of children with SEND", "millbrook-family-hubs",
  "la-commissioned", ["advice"], ALL + [AUT, ADHD], (2, 16),
  "Free group courses for parents of children with SEND on topics such as behaviour, communication and "
  "understanding ADHD, run at family hubs in the day and evening.",
  "Parents and carers of children aged 2 to 16 with SEND, or waiting for assessment, in Millbrook.",
  ["Book online or ask your family hub.", "Crèche places are available at daytime courses."],
  email="familyhubs@millbrook.gov.example", locs=["central-family-hub", "northgate-family-hub"],
  sched=[("MO", "09:30", "11:30", "8-week courses"), ("TH", "18:30", "20:30", "8-week courses")])
S("starting-school-transition-support", "Starting school: early years transition support", EYI, "la-commissioned",
  ["education"], ALL, (3, 5),
  "Area SENCOs help children with SEND move from nursery to reception, with transition meetings, visits and "
  "passing on what works.",
  "Children with SEND starting reception in Millbrook schools.",
  ["Your child's nursery or childminder will arrange a transition meeting in the summer term."],
  self_ref=False, email="earlyyears@millbrook.gov.example", sched="none")
S("virtual-school-send", "Virtual school: support for children in care with SEND", ST, "la-commissioned",
  ["education", "advice"], ALL, (2, 18),
  "The virtual school makes sure children in care and previously in care get the right SEND support at school, "
  "working with social workers, carers and SENCOs.",
  "Children in the care of Millbrook Council, and children previously in care, at any school.",
  ["Social workers, carers and schools can contact the virtual school."],
  email="virtualschool@millbrook.gov.example")
S("adhd-coaching-young-adults", "ADHD coaching for young adults", AD, "voluntary",
  ["preparing-for-adulthood", "advice"], [SEMH, ADHD], (16, 25),
  "Group and one-to-one coaching sessions for young adults with ADHD on planning, money, study and work, led by "
  "coaches with ADHD.",
  "Young people aged 16 to 25 with ADHD or ADHD traits.",
  ["Email to book a free first chat."], prof_ref=False,
  costs=[("Coaching session", 10, "per one-to-one session; groups free")], email="coaching@adhdmillbrook.example",
  sched=[("WE", "18:00", "20:00", "")], locs=["the-foundry-youth-centre"])
S("down-syndrome-teen-club", "Up Together teen club", UT, "voluntary",
  ["leisure", "preparing-for-adulthood"], [CL, LD], (12, 25),
  "A monthly club for teenagers and young adults with Down syndrome: discos, cooking, bowling and trips, "
  "with a focus on friendships and independence.",
  "Young people aged 12 to 25 with Down syndrome.",
  ["Email us to join."], prof_ref=False, costs=[("Club session", 3, "per session")],
  email="teens@uptogether.example", locs=["st-annes-community-centre"], sched=[("SA", "14:00", "17:00", "Monthly")],
  assured=369)
S("autism-friendly-family-days", "Autism-friendly family days", MAS, "voluntary",
  ["leisure"], [CI, AUT], (0, 18),
  "Quieter, early-opening days at local attractions for autistic children and their families, arranged with "
  "venues such as the leisure centre and the arts centre.",
  "Families with an autistic child, or a child waiting for assessment.",
  ["Book places through our website."], prof_ref=False, costs=[("Family ticket", 5, "per family")],
  email="events@millbrookautism.example", sched="none")
S("parent-carer-forum-dads-group", "Dads and male carers group", PCF, "voluntary",
  ["advice"], ALL, (0, 25),
  "An informal evening group for dads and male carers of children with SEND. Meet for a curry, a walk or a game "
  "of pool and talk if you want to.",
  "Dads, granddads and male carers of children and young people with SEND in Millbrook.",
  ["Message the group organiser to get the next date."], prof_ref=False,
  costs=[("Evening out", 10, "typical cost of food; everyone pays their own")], email="dads@millbrookpcf.example", sched=[("TH", "19:30", "21:30", "Monthly")], langs="en")
S("inclusive-holiday-sports-camps", "Inclusive holiday sports camps", LT, "leisure",
  ["leisure", "childcare"], ALL, (5, 14),
  "Holiday sports camps with trained inclusion staff, so children with SEND can take part alongside friends. "
  "Sports include football, tennis, swimming and trampolining.",
  "Children aged 5 to 14. Tell us about any support needs when booking.",
  ["Book online; choose the 'extra support' option if needed."], prof_ref=False,
  costs=[("Camp day", 22, "per day; 10% off for a full week")], pb=True, email="camps@millbrookleisure.example",
  locs=["millbrook-leisure-centre"], sched=[("MO,TU,WE,TH,FR", "09:00", "16:00", "School holidays")])
S("youth-residential-trips-send", "Residential trips for young people with SEND", YS, "leisure",
  ["leisure", "preparing-for-adulthood"], ALL, (13, 25),
  "Short residential trips for young people with SEND, such as camping or city visits, to build independence "
  "and friendships with youth workers.",
  "Members of Tuesday Together or other Millbrook youth clubs, aged 13 to 25, with SEND.",
  ["Ask your youth worker about upcoming trips."], prof_ref=False,
  costs=[("Trip", 40, "per trip; help available for low-income families")], pb=True,
  email="youth@millbrook.gov.example", sched="none")
S("relaxed-theatre-performances", "Relaxed theatre performances", MAC, "leisure",
  ["leisure"], ALL, (3, 25),
  "Relaxed performances of the Mill's family shows, with lights up, no sudden loud noises and a chill-out space. "
  "British Sign Language interpreted and audio-described shows too.",
  "Anyone who would like a relaxed theatre visit.",
  ["Book online or call the box office.", "Download the visual story before you come."], prof_ref=False,
  costs=[("Theatre ticket", 8, "per person; carers free")], email="boxoffice@themillarts.example",
  locs=["the-mill-arts-centre"], sched=[("SA", "14:00", "16:00", "Monthly")],
  langs="en;sgn-GB:BSL-interpreted performances")
S("teen-holiday-club-send", "Holiday club for teenagers with SEND", KZ, "childcare",
  ["childcare", "leisure"], ALL, (12, 17),
  "A holiday club for 12 to 17-year-olds with SEND, who are often too old for ordinary clubs but still need care. "
  "Activities include cooking, trips and sport.",
  "Young people aged 12 to 17 with SEND.",
  ["Book online and fill in the 'All about me' form."], prof_ref=False,
  costs=[("Holiday club day", 35, "per day")], pb=True, email="bookings@kidzone.example",
  locs=["the-foundry-youth-centre"], sched=[("MO,TU,WE,TH", "09:00", "16:00", "School holidays")])

# More travel help ---------------------------------------------------------------------
S("personal-travel-budgets", "Personal travel budgets", TR, "la-commissioned",
  ["travel"], ALL, (4, 25),
  "Instead of council transport, families can choose a personal travel budget: money to arrange their own travel "
  "to school or college, for example driving, paying a friend or using taxis that suit their child.",
  "Children and young people who qualify for SEND travel assistance from Millbrook Council.",
  ["Ask for a personal travel budget on your travel assistance application.",
   "We will agree the amount with you and pay it each half term."],
  prof_ref=False, pb=True, email="sendtransport@millbrook.gov.example", sched="office-fri")
S("disabled-persons-bus-pass", "Disabled person's bus pass", "millbrook-blue-badge", "la-commissioned",
  ["travel"], ALL + [LD, VI, HI], (5, 25),
  "A free bus pass for disabled people, giving free off-peak travel on local buses. Some passes include a free "
  "companion if you need someone with you.",
  "People aged 5 and over living in Millbrook who meet the national disability criteria, such as being unable to "
  "drive because of a disability.",
  ["Apply online with a photo and proof of disability.", "Call the team if you need help or a paper form."],
  prof_ref=False, wait="Usually 4 weeks", email="buspass@millbrook.gov.example", sched="office-fri")
S("travel-buddy-scheme", "Travel buddy scheme", KY, "voluntary",
  ["travel", "leisure", "preparing-for-adulthood"], ALL + [LD, AUT], (14, 25),
  "Volunteer travel buddies go with young people with SEND on the bus or train to clubs, college or work, "
  "until they feel ready to travel alone.",
  "Young people aged 14 to 25 with SEND in Millbrook.",
  ["Call or email the scheme coordinator.", "We will match you with a buddy and plan your first journey together."],
  costs=[("Buddy's bus fare", 2, "per journey, paid by the young person")], wait="About 4 weeks to find a buddy",
  email="buddies@kiteyouth.example", sched="none")
S("non-emergency-patient-transport", "Non-emergency patient transport for children", "millbrook-icb", "health",
  ["health", "travel"], [SP, PD, CH], (0, 18),
  "Free transport to hospital appointments for children whose medical condition means they cannot travel by "
  "car or public transport, such as those who need a stretcher or oxygen.",
  "Children with a Millbrook GP who meet the NHS medical criteria for patient transport.",
  ["Call the booking line at least 2 working days before the appointment.",
   "You will be asked questions about your child's mobility and medical needs."],
  prof_ref=True, email="patienttransport@millbrookicb.example", sched="office",
  contacts=[("Patient transport booking line", "", None, [("0808", "Free booking line")])])


# ---------------------------------------------------------------------------
# Easy read text (issue 5): what it is, who it is for, how to get it, what it costs.
# Built from each service's own facts (kind, name, needs, ages, referral route, costs)
# and written to the easy read rules: 15 words or fewer a sentence, one idea each,
# no initials, a hard word explained in the next sentence. pwa/queries/easy_read.py
# checks every sentence (tests/test_easy_read.py).
# ---------------------------------------------------------------------------
import re  # noqa: E402

# (pattern in the name, sentences): the first match says what this service does.
ER_TOPICS = [
    (r"hospital and home education", ["Teachers teach children who are too ill to go to school."]),
    (r"patient transport", ["It takes children to hospital appointments for free."]),
    (r"virtual school", ["It helps children in care to do well at school."]),
    (r"starting school", ["It helps young children get ready to start school."]),
    (r"communication aid", ["It gives children tools that help them to talk."]),
    (r"speech and language|stammer|signing|chatterbox",
     ["It helps children to talk and to understand words."]),
    (r"eating and drinking", ["It helps children who find it hard to eat or drink safely."]),
    (r"occupational therapy", ["It is a kind of therapy.", "Therapy means help from a trained expert.",
                               "It helps with everyday things, like dressing or writing."]),
    (r"hydrotherapy", ["Children do gentle exercises in a warm pool."]),
    (r"physiotherapy", ["It helps children to move their bodies more easily."]),
    (r"continence", ["It helps children to use the toilet."]),
    (r"wheelchair basketball|powerchair", ["You play a team sport in a wheelchair."]),
    (r"wheelchair service", ["It gives children wheelchairs that fit them."]),
    (r"equipment", ["You can borrow equipment that helps your child at home."]),
    (r"seating|orthotic|orthopaedic|spinal", ["It helps children with their bones, muscles and posture."]),
    (r"autism and adhd", ["Experts find out if a person is autistic.",
                          "They also check for problems with focusing and sitting still."]),
    (r"play specialist", ["Play experts help children to feel calm in hospital."]),
    (r"annual health check", ["A doctor checks your health once a year."]),
    (r"continuing care", ["It pays for care for children with very complex health needs."]),
    (r"neurorehabilitation", ["It helps children to get better after a brain injury."]),
    (r"neurology", ["Doctors help children with problems in the brain and nerves."]),
    (r"palliative", ["It cares for children who are very ill and may not get better."]),
    (r"diabetes", ["It helps children who have diabetes."]),
    (r"epilepsy", ["It helps children who have seizures, and their families."]),
    (r"dietitian|nutrition|gastrostomy", ["It helps children to eat well and to grow."]),
    (r"sleep", ["It helps children and families to sleep better."]),
    (r"crisis", ["It helps quickly when a young person is very unwell."]),
    (r"eating disorder", ["It helps young people who have problems with food and eating."]),
    (r"mental health|camhs|counselling|wellbeing|psycholog(?!y serv)",
     ["It helps with worries, sadness and other feelings."]),
    (r"educational psychology", ["Experts help schools to understand how your child learns."]),
    (r"deafblind|multi-sensory", ["It helps children who cannot see or hear well."]),
    (r"audiology|cochlear|hearing|deaf", ["It helps children who are deaf or cannot hear well."]),
    (r"vision|sight|eye clinic|habilitation", ["It helps children who are blind or cannot see well."]),
    (r"health visiting", ["Nurses visit families who have babies and young children."]),
    (r"nurs(e|ing)", ["Nurses help children and young people with their health."]),
    (r"paediatrics|development centre", ["Children's doctors check how your child grows and develops."]),
    (r"sensory processing", ["It helps children who find noise, light or touch hard."]),
    (r"short breaks?", ["It gives your child a short break.",
                        "A short break is time away having fun, so families get a rest."]),
    (r"respite|overnight", ["Young people can stay overnight, so families get a rest."]),
    (r"direct payment|personal assistant", ["It helps you pay someone to support your child."]),
    (r"personal (health |travel )?budget", ["It gives you money to pay for support yourself."]),
    (r"register|max card", ["You get a card for cheaper days out."]),
    (r"home adaptation", ["It changes your home so your child can move around safely."]),
    (r"carer's assessment", ["The council asks how caring affects your life."]),
    (r"young carer", ["It helps children who look after someone at home."]),
    (r"sibling|sibs", ["It is for brothers and sisters of disabled children."]),
    (r"dads", ["Dads and other male carers meet and support each other."]),
    (r"shared lives|supported living|housing", ["It helps young adults to find a home with support."]),
    (r"day opportunities", ["Young adults do interesting things in the day."]),
    (r"coaching", ["A coach helps young adults to plan and get things done."]),
    (r"moving to adult", ["It helps young people to move to services for adults."]),
    (r"adult (community|learning)", ["It helps adults who have a learning disability."]),
    (r"needs assessment", ["The council finds out what help your child needs to learn."]),
    (r"annual review", ["The council checks your child's plan every year."]),
    (r"mediation|tribunal", ["It helps when you do not agree with the council."]),
    (r"advisory|outreach|support teachers|inclusion support|medical needs",
     ["Expert teachers help schools to support your child."]),
    (r"attend school", ["It helps children who find it hard to go to school."]),
    (r"funding|access fund", ["It gives nurseries money to help your child."]),
    (r"sencos", ["Experts help nurseries to support young children."]),
    (r"portage", ["A worker visits your home to help your child learn through play."]),
    (r"travel training|travel buddy", ["It teaches young people to travel on their own."]),
    (r"blue badge", ["It lets you park closer to the places you visit."]),
    (r"bus pass", ["It gives you free travel on local buses."]),
    (r"travel|minibus|dial-a-ride", ["It helps children and young people to get where they need to go."]),
    (r"advocacy", ["A person helps you to say what you want."]),
    (r"family information", ["It helps you find childcare that suits your child."]),
    (r"sendiass|advice|information", ["It gives free advice about extra help for your child."]),
    (r"careers|internship|apprentice|job|employment|works", ["It helps young people to get ready for work."]),
    (r"living skills", ["Young people learn to cook, shop and look after a home."]),
    (r"forum", ["Parents tell the council what they think about services."]),
    (r"young voices", ["Young people tell the council what they think."]),
    (r"parenting|course|parent groups", ["Parents learn new ways to help their child."]),
    (r"dyslexia", ["It helps with reading and spelling."]),
    (r"toy", ["You can borrow toys that are fun to touch, see and hear."]),
    (r"library", ["You can borrow books and use the library in ways that suit you."]),
    (r"leisure card", ["It gives you cheaper entry to leisure centres."]),
    (r"swim", ["You can swim with extra help from trained staff."]),
    (r"sailing", ["You can go sailing on a lake in an adapted boat."]),
    (r"football", ["You can play football in a friendly team."]),
    (r"gym", ["You can use the gym with help from trained staff."]),
    (r"multi-sports|sports", ["You can try lots of different sports."]),
    (r"dance", ["You can dance with other people."]),
    (r"drama", ["You can act in plays and shows."]),
    (r"theatre", ["You can watch shows in a calm and friendly way."]),
    (r"cinema", ["You can watch films in a calm cinema."]),
    (r"lego", ["You can build with Lego and make friends."]),
    (r"riding", ["You can ride horses or drive a horse and cart."]),
    (r"story", ["Children listen to stories with sounds and things to touch."]),
    (r"art club", ["You can paint, draw and make things."]),
    (r"playground|play sessions", ["Children can play safely outdoors."]),
    (r"adventure|outdoor|residential trips", ["You can try outdoor activities, like climbing and canoeing."]),
    (r"family days|family group|residential weekend|family support", ["Families meet and have fun together."]),
    (r"youth club|teen|hangout|squad|peer|club", ["Young people meet, have fun and make friends."]),
    (r"coffee|support group", ["You can meet other families and share ideas."]),
    (r"key worker|social work", ["A worker helps your family with everyday life."]),
    (r"holiday", ["It looks after children in the school holidays."]),
    (r"after-school|breakfast", ["It looks after children before and after school."]),
    (r"creche", ["It looks after young children while their parents study."]),
    (r"childminder", ["A childminder looks after children in their own home."]),
]
ER_NEED_WORDS = {
    "autism": "autism", "speech-language": "talking and listening",
    "learning-disability": "learning disabilities", "specific-learning-difficulty": "reading and spelling",
    "adhd": "focusing and sitting still", "mental-health": "worries and feelings",
    "hearing": "hearing", "vision": "seeing", "multi-sensory": "seeing and hearing",
    "physical-disability": "moving about", "complex-health": "health conditions",
}
ER_RUNNER = {"la-commissioned": "Millbrook Council runs this service.", "voluntary": "A charity runs this service.",
             "health": "The health service runs this.", "social-care": "The council's social care team runs this."}
ER_WHAT_PICTURE = {"education": "school", "health": "health", "social-care": "care", "leisure": "play",
                   "preparing-for-adulthood": "work", "travel": "bus", "advice": "talk", "childcare": "toy"}
SCHOOLS = {"early-years", "maintained-school", "academy", "non-maintained-special-school", "post-16",
           "section-41", "pupil-referral-unit"}


def _who(lo, hi):
    if hi <= 12:
        return "children"
    if lo >= 18:
        return "young adults"
    if lo >= 14:
        return "young people"
    return "children and young people"


def _ages(lo, hi):
    return f"from birth to age {hi}" if lo == 0 else f"aged {lo} to {hi}"


def _school_what(s):
    name, ptype, lo, hi = s["name"], s["provider_type"], s["minimum_age"], s["maximum_age"]
    out = []
    if ":" in name:
        parent = name.split(":")[0]
        line = f"This is a small class inside {parent}."
        out.append(line if len(line.split()) <= 15 else "This is a small class inside a bigger school.")
        out.append("Expert staff give children lots of extra help.")
        return out
    if ptype == "early-years":
        return ["Young children learn and play here.", f"It is for children {_ages(lo, hi)}."]
    if ptype == "pupil-referral-unit":
        return ["It is a small school for pupils who cannot go to their usual school."]
    if ptype == "post-16":
        return ["It is a college course for young people.", "Students learn skills for work and life."]
    if s["setting"] == "special" or ptype in ("non-maintained-special-school", "section-41"):
        kind = "college" if "college" in name.lower() else "school"
        return [f"It is a special {kind}.", f"This is a {kind} for people who need a lot of extra help."]
    phase = ("primary school" if hi <= 11 else "secondary school" if lo >= 11 else "school")
    faith = (["It is a Church of England school."] if "church of england" in name.lower()
             else ["It is a Catholic school."] if "catholic" in name.lower() else [])
    return [f"It is a {phase} for all children.", f"Children learn here from age {lo} to {hi}.",
            *faith, "Staff give extra help to children who need it."][:3]


def _what(s):
    name = s["name"].lower()
    if s["provider_type"] in SCHOOLS and not re.search(r"hospital and home|internship|sixth form|residential|"
                                                       r"further education", name):
        out = _school_what(s)
    else:
        out = next((list(lines) for pattern, lines in ER_TOPICS if re.search(pattern, name)), None)
        if out is None:  # schools' extra parts: sixth forms, residential places, internships
            out = ["Young people study here after age 16."] if "sixth form" in name or "further" in name \
                else ["Students can live here during the week."] if "residential" in name \
                else ["It helps young people to get ready for work."]
    needs = [ER_NEED_WORDS[n] for n in s["needs"] if n in ER_NEED_WORDS][:2]
    if needs and len(out) < 3:
        out.append("It can help with " + " and with ".join(needs) + ".")
    elif len(out) < 3:
        out.append("It is for people with any disability or extra need.")
    if s["provider_type"] in ER_RUNNER and len(out) < 4:
        out.append(ER_RUNNER[s["provider_type"]])
    return out


def _who_text(s):
    lo, hi = s["minimum_age"], s["maximum_age"]
    out = [f"It is for {_who(lo, hi)} {_ages(lo, hi)}."]
    if s["ehc_plan_required"]:
        out += ["You need an education, health and care plan.",
                "This plan says what help a child or young person needs."]
    else:
        out += ["You do not need an education, health and care plan.",
                "This plan says what help a child or young person needs."]
    if "diagnosis" in s["eligibility"].lower() and "not need a diagnosis" in s["eligibility"].lower():
        out += ["You do not need a diagnosis.", "A diagnosis is when a doctor names a condition."]
    out.append("It is in Millbrook." if s["in_area"] else "It is outside Millbrook.")
    return out


_WAIT_RE = re.compile(r"(\d+ to \d+|\d+) (days|weeks|months)")


def _how(s):
    how, out = s["how_to_access"].lower(), []
    if s["self_referral"]:
        out.append("You can ask for this service yourself.")
        ways = [w for k, w in (("online", "You can book or apply online."),
                               ("turn up", "You can just turn up."), ("drop-in", "You can go to a drop-in session."),
                               ("call", "You can phone them."), ("email", "You can send them an email."))
                if k in how][:2]
        out += ways or ["Phone or email them to start."]
    if s["professional_referral"]:
        who = "teacher" if s["provider_type"] in SCHOOLS else "doctor, nurse or teacher"
        out.append(f"A {who} can ask for you." if s["self_referral"]
                   else f"A {who} or social worker must ask for you.")
    if "casework officer" in how:
        out.append("The council helps you choose a place.")
    elif "admissions" in how:
        out.append("You apply for a place through the council.")
    wait = _WAIT_RE.search(s["wait_time"] or "")
    if wait:
        out.append(f"You may have to wait {wait[0]}.")
    elif s["wait_time"]:
        out.append("You may have to wait.")
    out.append("The phone number is on this page.")
    return out


def _money(amount):
    return f"£{amount:g}" if float(amount).is_integer() else f"£{amount:.2f}"


def _cost(s):
    paid = [c for c in s["costs"] if c["amount"]]
    if not paid:
        out = ["This service is free.", "You do not pay anything."]
    else:
        out = []
        for c in paid[:2]:
            per = c["amount_description"].split(";")[0].split(",")[0].strip()
            per = f" {per}" if per.startswith("per ") and len(per.split()) <= 3 else ""
            out.append(f"It costs {_money(c['amount'])}{per}.")
        if any("free" in c["amount_description"] for c in paid):
            out.append("Some people do not have to pay.")
    if s["personal_budget"]:
        out += ["You can pay with a personal budget.",
                "A personal budget is money you choose how to spend on support."]
    return out


def easy_read(s):
    """The four points of a service's easy read text, each with its pictogram."""
    lo, hi = s["minimum_age"], s["maximum_age"]
    who_picture = "baby" if hi <= 5 else "child" if hi <= 12 else "student" if lo >= 16 else "young-person"
    how_picture = "phone" if s["self_referral"] else "teacher" if s["provider_type"] in SCHOOLS else "doctor"
    paid = any(c["amount"] for c in s["costs"])
    return {
        "what": "\n".join(_what(s)), "what_picture": ER_WHAT_PICTURE[s["support"][0]],
        "who": "\n".join(_who_text(s)), "who_picture": who_picture,
        "how": "\n".join(_how(s)), "how_picture": how_picture,
        "cost": "\n".join(_cost(s)), "cost_picture": "money" if paid else "free",
    }


# ---------------------------------------------------------------------------
# Write the files
# ---------------------------------------------------------------------------
def needs_json():
    return [{"code": c, "name": n, "description": d, "parent": p} for c, n, d, p in NEEDS]


def postcodes_csv(locations):
    """The demo's postcode centroids, in the ONS Postcode Directory's columns (pcds,
    lat, long): each venue's postcode at the venue, and a few homes in each district
    near its venues, so a family can search from "their" postcode or district."""
    rows = {}
    for loc in locations:
        rows.setdefault(loc["postal_code"], (loc["latitude"], loc["longitude"]))
    by_district = {}
    for code, point in sorted(rows.items()):
        by_district.setdefault(code.split()[0], []).append(point)
    for district, points in sorted(by_district.items()):
        for n in range(6):
            lat, lon = points[n % len(points)]
            code = f"{district} {n + 1}ZZ"  # ZZ: never a venue's own postcode
            rows[code] = (round(lat + (_h(code + "lat", 201) - 100) / 50000, 5),
                          round(lon + (_h(code + "lon", 201) - 100) / 30000, 5))
    lines = ["pcds,lat,long"] + [f"{c},{lat},{lon}" for c, (lat, lon) in sorted(rows.items())]
    return "\n".join(lines) + "\n"


def main():
    for s in SERVICES:
        s["easy_read"] = easy_read(s)
    used_locs = {slug for s in SERVICES for slug in s["locations"]}
    locations = [loc for loc in LOCATIONS if loc["slug"] in used_locs]
    used_orgs = {s["organisation"] for s in SERVICES}
    organisations = [o for o in ORGS if o["slug"] in used_orgs]
    for name, data in (("needs.json", needs_json()), ("organisations.json", organisations),
                       ("locations.json", locations), ("services.json", SERVICES)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    with open(os.path.join(HERE, "postcodes.csv"), "w", encoding="utf-8") as fh:
        fh.write(postcodes_csv(locations))
    print(f"{len(SERVICES)} services, {len(organisations)} organisations, {len(locations)} locations")


if __name__ == "__main__":
    main()

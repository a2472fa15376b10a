"""A realistic Open Referral UK v1 feed, generated: Spring pages (`content`,
`totalElements`, `totalPages`, `number`, `first`, `last`), plural keys
(`regular_schedules`, `service_taxonomys`, `eligibilitys`, `physical_addresses`),
HTML in descriptions, and a few broken records as real feeds have. Deterministic.

    python tests/v1_feed.py 400 /tmp/v1-feed   # writes page-001.json, page-002.json, …
"""
import json
import random
import sys
import uuid
from pathlib import Path

TERMS = ["Autism", "ADHD", "Speech language and communication needs", "Short breaks", "Activities",
         "Health", "Education", "Hearing impairment", "Visual impairment", "Mental health",
         "Support groups", "Childcare", "Transport", "Family support"]  # the last one is not mapped
KINDS = ["Youth club", "Swimming sessions", "Parent support group", "Speech therapy drop-in",
         "Holiday play scheme", "Sensory play", "Homework club", "Travel training", "Befriending",
         "Drama group", "Football for all", "Music therapy", "Job club", "Respite care"]
PLACES = ["Northfield", "Eastgate", "Riverside", "Hillcrest", "Oakwood", "Millbrook", "Southbank"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
BROKEN = {7: ("name", ""), 19: ("email", "not-an-address"), 31: ("ages", (18, 5)), 43: ("status", "open")}


def _id(*parts) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "v1-feed:" + ":".join(map(str, parts))))


def service(i: int, rng: random.Random) -> dict:
    place, kind = rng.choice(PLACES), KINDS[i % len(KINDS)]
    org = i % 40
    low = rng.choice([0, 0, 5, 8, 11, 14, 16])
    high = min(25, low + rng.choice([4, 6, 10, 14]))
    name = f"{place} {kind} {i}"
    record = {
        "id": _id("service", i), "name": name, "status": "active",
        "description": f"<p><strong>{kind}</strong> in {place} for children and young people with SEND.</p>"
                       f"<ul><li>Friendly staff</li><li>Small groups</li></ul>"
                       f"<script>alert(1)</script><p>Find out more on <a href=\"https://example.org/{i}\">our site</a>.</p>",
        "url": f"www.example.org/services/{i}", "email": f"info{i}@example.org",
        "fees": "Free" if i % 3 else "£3 a session", "accreditations": None, "deliverable_type": "Information",
        "assured_date": "2024-03-01", "attending_type": "In person", "attending_access": "drop-in",
        "organization": {"id": _id("org", org), "name": f"{PLACES[org % len(PLACES)]} Community Trust {org}",
                         "description": f"<p>A local charity, number {org}.</p>", "url": f"https://trust{org}.example.org",
                         "logo": None, "uri": None},
        "eligibilitys": [{"id": _id("elig", i), "eligibility": "Children and young people with SEND",
                          "minimum_age": low, "maximum_age": high}],
        "regular_schedules": [{"id": _id("sch", i), "weekday": rng.choice(WEEKDAYS), "opens_at": "10:00:00",
                               "closes_at": "15:30:00", "freq": "WEEKLY", "description": "Term time only"}],
        "holiday_schedules": [],
        "contacts": [{"id": _id("contact", i), "name": "Enquiries", "title": None,
                      "phones": [{"id": _id("phone", i), "number": f"0121 496 {1000 + i:04d}", "language": "English"}]}],
        "cost_options": [], "fundings": [{"id": _id("fund", i), "source": "Council grant"}],
        "languages": [{"id": _id("lang", i), "language": "English"}],
        "service_areas": [{"id": _id("area", i), "service_area": place, "extent": None, "uri": None}],
        "service_at_locations": [{"id": _id("sal", i), "location": {
            "id": _id("loc", i % 60), "name": f"{place} Community Centre", "description": None,
            "latitude": 52.4 + (i % 60) / 1000, "longitude": -1.9 + (i % 60) / 1000,
            "physical_addresses": [{"id": _id("addr", i % 60), "address_1": f"{i % 60 + 1} High Street",
                                    "city": place, "state_province": "West Midlands",
                                    "postal_code": f"MB{i % 9 + 1} {i % 9 + 1}AB", "country": "GB"}],
            "accessibility_for_disabilities": [{"id": _id("acc", i % 60), "accessibility": "Step-free access"}]}}],
        "service_taxonomys": [{"id": _id("st", i, t), "taxonomy": {"id": _id("tax", t), "name": t,
                                                                    "vocabulary": "esdNeedsTypes", "parent": None}}
                              for t in rng.sample(TERMS, 2)],
        "reviews": [],
    }
    broken = BROKEN.get(i % 50)
    if broken and broken[0] == "ages":
        record["eligibilitys"][0].update(minimum_age=broken[1][0], maximum_age=broken[1][1])
    elif broken:
        record[broken[0]] = broken[1]
    return record


def pages(count: int, per_page: int = 50, seed: int = 14) -> list[dict]:
    rng = random.Random(seed)
    services = [service(i, rng) for i in range(count)]
    total = -(-count // per_page)
    return [{"totalElements": count, "totalPages": total, "number": n + 1, "size": per_page,
             "first": n == 0, "last": n == total - 1, "content": services[n * per_page:(n + 1) * per_page]}
            for n in range(total)]


def broken_count(count: int) -> int:
    return sum(1 for i in range(count) if i % 50 in BROKEN)


if __name__ == "__main__":
    n, out = int(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    for number, page in enumerate(pages(n), start=1):
        (out / f"page-{number:03d}.json").write_text(json.dumps(page, indent=1), encoding="utf-8")
    print(f"{n} services in {out}")

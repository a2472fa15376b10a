"""load-data checks every record before writing anything, and says what is wrong where."""
import json
import shutil

import pytest
from pydantic import TypeAdapter, ValidationError
from sqlmodel import select

from pwa.cli import DEMO_DATA
from pwa.models import Service
from pwa.queries import loader

FILES = ("organisations.json", "locations.json", "services.json", "needs.json")


@pytest.fixture
def folder(tmp_path):
    for name in FILES:
        shutil.copy(DEMO_DATA / name, tmp_path / name)
    return tmp_path


def edit(folder, name, change):
    records = json.loads((folder / name).read_text(encoding="utf-8"))
    change(records)
    (folder / name).write_text(json.dumps(records), encoding="utf-8")


def problems(folder):
    from pwa.queries import data_schema

    with pytest.raises(data_schema.InvalidData) as raised:
        data_schema.check_folder(folder)
    return raised.value.problems


def test_the_demo_data_is_valid():
    from pwa.queries import data_schema

    data_schema.check_folder(DEMO_DATA)


def test_every_problem_is_reported_with_file_record_and_field(folder):
    def break_services(services):
        first, second = services[0], services[1]
        first["minimum_age"] = "ten"
        first["url"] = "javascript:alert(1)"
        second["description"] = "x" * 10_000_000
        second["organisation"] = "no-such-organisation"
        services.append(dict(services[2]))  # the same slug twice
    edit(folder, "services.json", break_services)
    edit(folder, "organisations.json", lambda orgs: orgs[0].update(website="data:text/html,hi"))
    found = problems(folder)
    services = json.loads((folder / "services.json").read_text())
    first, second, third = (s["slug"] for s in services[:3])
    org = json.loads((folder / "organisations.json").read_text())[0]["slug"]
    expected = [f"services.json: {first}: minimum_age:", f"services.json: {first}: url:",
                f"services.json: {second}: description:", f"services.json: {third}: slug: the same slug",
                f"organisations.json: {org}: website:"]
    for start in expected:
        assert any(p.startswith(start) for p in found), (start, found)
    assert any("javascript" not in p and "links must start with http:" in p for p in found)


def test_links_are_http_https_mailto_or_tel_only():
    from pwa.queries import data_schema

    link = TypeAdapter(data_schema.Link)
    for good in ("https://example.org/", "http://example.org", "mailto:a@example.org", "tel:+441214960000"):
        assert link.validate_python(good) == good
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,hi", "vbscript:x", "file:///etc"):
        with pytest.raises(ValidationError):
            link.validate_python(bad)


def test_a_bad_record_means_nothing_is_written(folder, db):
    services = json.loads((folder / "services.json").read_text())
    slug = services[0]["slug"]
    def change(records):
        records[0]["name"] = "A new name that must not be written"
        records[1]["in_area"] = "yes"
    edit(folder, "services.json", change)
    with pytest.raises(ValueError):  # data_schema.InvalidData
        loader.load(db, folder)
    db.rollback()
    assert db.exec(select(Service.name).where(Service.slug == slug)).one() != "A new name that must not be written"


def test_load_data_lists_the_problems_and_fails(app, folder):
    edit(folder, "services.json", lambda s: s[0].update(minimum_age="ten", maximum_age=99))
    result = app.test_cli_runner().invoke(args=["load-data", "--dir", str(folder)])
    assert result.exit_code == 1
    assert "minimum_age" in result.output and "maximum_age" in result.output
    assert "Nothing was loaded" in result.output


def test_information_pages_may_carry_sources_but_not_bad_fields(folder):
    (folder / "information").mkdir()
    page = "---\ntitle: A page\ntopic: rights\nsources: https://www.legislation.gov.uk/\nlife_stage: teens\n---\nBody\n"
    (folder / "information" / "a-page.md").write_text(page, encoding="utf-8")
    found = problems(folder)
    assert found == [p for p in found if "life_stage" in p] and len(found) == 1

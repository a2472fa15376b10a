"""Validators for the official ORUK v3 JSON Schemas (data/oruk-v3/, unchanged copies),
refs resolved offline, formats (uuid, date-time, email) checked. Counts what it checks."""
import json
from functools import lru_cache

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from pwa import ROOT

SCHEMAS = ROOT / "data" / "oruk-v3"
BASE = "https://schemas.invalid/oruk-v3/"  # any absolute URI; never fetched
PAGE_FIELDS = {"total_items": int, "total_pages": int, "page_number": int, "size": int,
               "first_page": bool, "last_page": bool, "empty": bool, "contents": list}
VALIDATIONS = {"count": 0}


@lru_cache(maxsize=None)
def validator(table: str) -> Draft202012Validator:
    registry = Registry().with_resources(
        (BASE + p.name, Resource.from_contents(json.loads(p.read_text()), default_specification=DRAFT202012))
        for p in SCHEMAS.glob("*.json") if p.name != "openapi.json")
    schema = {**json.loads((SCHEMAS / f"{table}.json").read_text()), "$id": BASE + f"{table}.json"}
    return Draft202012Validator(schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER)


def validate(table: str, record: dict) -> None:
    """Raise with every problem when `record` is not a valid ORUK v3 `table`."""
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator(table).iter_errors(record)]
    VALIDATIONS["count"] += 1
    assert not errors, f"{table} {record.get('id')}: " + "; ".join(errors)


def validate_page(body: dict, table: str) -> list:
    """Check the ORUK paging envelope, then each item; returns the items."""
    for name, kind in PAGE_FIELDS.items():
        assert isinstance(body.get(name), kind), f"page field {name} missing or not {kind.__name__}"
    assert body["size"] == len(body["contents"]) and body["empty"] == (not body["contents"])
    for item in body["contents"]:
        validate(table, item)
    return body["contents"]

"""The OpenAPI document this API serves: the official ORUK v3 one, made self-contained.

The official file points its responses at schema files on another site and uses two
types that are not OpenAPI ("time", "datetime"); a client or a fuzzer would have to
fetch those or fail. Here every per-table schema (data/oruk-v3/, unchanged copies) is
put under components/schemas and referred to locally, the types are corrected, and
what this server adds is described: /organizations (optional in HSDS 3.0, which the
UK profile leaves out), modified_after and organization_id, postcode and proximity on
/services too, and the error responses.
"""
import copy
import json
from functools import lru_cache

from pwa import ROOT

SCHEMAS = ROOT / "data" / "oruk-v3"
# Keywords of a JSON Schema that OpenAPI 3.0's schema object also has; the per-table
# files carry data-package keys (name, constraints, core, example…) that it has not.
KEEP = {"type", "format", "enum", "items", "properties", "required", "description", "title",
        "$ref", "minimum", "maximum", "pattern"}
COMPILED = {"compiled/service.json": "service", "compiled/service_list.json": "service_list",
            "compiled/service_at_location_list.json": "service_at_location",
            "compiled/service_at_location.json": "service_at_location"}


def _local(ref: str) -> str:
    for suffix, name in COMPILED.items():
        if ref.endswith(suffix):
            return f"#/components/schemas/{name}"
    return "#/components/schemas/" + ref.rsplit("/", 1)[-1].removesuffix(".json")


def _schema(node):
    if isinstance(node, list):
        return [_schema(n) for n in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        return {"$ref": _local(node["$ref"])}
    out = {}
    for key, value in node.items():
        if key == "properties":
            out[key] = {name: _schema(v) for name, v in value.items()}
        elif key in KEEP:
            out[key] = _schema(value)
    return out


def _refs(node):
    """The official document with its remote $refs made local."""
    if isinstance(node, list):
        return [_refs(n) for n in node]
    if not isinstance(node, dict):
        return node
    return {k: (_local(v) if k == "$ref" and v.startswith("http") else _refs(v)) for k, v in node.items()}


def _param(name, description, schema):
    return {"name": name, "in": "query", "required": False, "description": description, "schema": schema}


ERROR = {"type": "object", "properties": {"error": {"type": "string"}}}


def _errors(*codes):
    text = {"400": "A query parameter cannot be used.", "404": "No published record has that id.",
            "429": "Too many requests from this client; try again later."}
    return {code: {"description": text[code], "content": {"application/json": {"schema": ERROR}}}
            for code in codes}


@lru_cache(maxsize=1)
def document() -> dict:
    doc = _refs(json.loads((SCHEMAS / "openapi.json").read_text(encoding="utf-8")))
    doc["servers"] = [{"url": "/api/v3"}]
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    for path in sorted(SCHEMAS.glob("*.json")):
        if path.name != "openapi.json":
            schemas[path.stem] = _schema(json.loads(path.read_text(encoding="utf-8")))
    # a /services item has only the one-to-one fields
    service_list = copy.deepcopy(schemas["service"])
    service_list["properties"] = {k: v for k, v in service_list["properties"].items()
                                  if v.get("type") != "array" and "$ref" not in v}
    schemas["service_list"] = service_list
    params = doc["components"]["parameters"]
    for name in ("start_time", "end_time"):
        params[name]["schema"] = {"type": "string"}
    params["modified_after"]["schema"] = {"type": "string", "format": "date-time"}
    for name in ("page", "per_page"):
        params[name]["schema"] = {"type": "integer", "minimum": 1}
    extra = [{"$ref": "#/components/parameters/modified_after"},
             {"$ref": "#/components/parameters/organization_id"}]
    for path in ("/services", "/service_at_locations"):
        doc["paths"][path]["get"]["parameters"] += extra
    # services near a postcode, as the profile defines for service_at_locations
    doc["paths"]["/services"]["get"]["parameters"] += [{"$ref": "#/components/parameters/postcode"},
                                                       {"$ref": "#/components/parameters/proximity"}]
    for path, operation in doc["paths"].items():
        get = operation["get"]
        codes = (["400"] if get.get("parameters") else []) + (["404"] if "{id}" in path else []) + ["429"]
        get["responses"].update(_errors(*codes))
    page = {"allOf": [{"$ref": "#/components/schemas/Page"}], "properties": {
        "contents": {"type": "array", "items": {"$ref": "#/components/schemas/organization"}}}}
    doc["paths"]["/organizations"] = {"get": {
        "summary": "Paginated listing of the organisations that provide published services.",
        "operationId": "getPaginatedListOfOrganizations",
        "parameters": [{"$ref": "#/components/parameters/page"}, {"$ref": "#/components/parameters/per_page"}],
        "responses": {"200": {"description": "A page of organisations.",
                              "content": {"application/json": {"schema": page}}}, **_errors("400", "429")}}}
    doc["paths"]["/organizations/{id}"] = {
        "parameters": [{"in": "path", "name": "id", "required": True, "schema": {"type": "string"},
                        "description": "The id of the organisation."}],
        "get": {"summary": "An organisation with its published services.",
                "operationId": "getOrganizationById",
                "parameters": [{"$ref": "#/components/parameters/full_service"}],
                "responses": {"200": {"description": "The organisation.", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/organization"}}}}, **_errors("400", "404", "429")}}}
    return doc

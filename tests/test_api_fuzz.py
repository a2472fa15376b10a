"""Schema-driven fuzzing of the ORUK v3 API with schemathesis: every operation of the
OpenAPI document the app serves, with generated parameters (valid and not), called
in-process over WSGI, with valid and invalid parameters. No request may cause a server error, and every documented
response must match its schema. Bounded: a few examples an operation, no shrinking."""
import itertools

import pytest
import schemathesis
from schemathesis import GenerationMode
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from pwa import create_app


@pytest.fixture(scope="module")
def fuzz_app(sqlite_app):
    # its own app (its own rate-limit counts) over the read-only demo copy
    app = create_app({"DATABASE_URL": sqlite_app.config["DATABASE_URL"], "TESTING": True,
                      "API_RATELIMIT": "100000 per minute", "SERVER_NAME": "localhost"})
    yield app
    app.extensions["engine"].dispose()


FUZZ = settings(max_examples=10, deadline=None, derandomize=True, database=None,
                phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))


def test_no_server_errors_and_responses_match_the_schema(fuzz_app):
    schema = schemathesis.openapi.from_wsgi("/api/v3/openapi.json", fuzz_app)
    calls = {}
    for result, mode in itertools.product(schema.get_all_operations(), GenerationMode):
        operation = result.ok()
        label = f"{operation.method.upper()} {operation.path}"
        if mode is GenerationMode.NEGATIVE and label == "GET /":
            continue  # no parameters: nothing to make invalid

        @FUZZ
        @given(case=operation.as_strategy(mode))
        def fuzz(case):
            calls[label] = calls.get(label, 0) + 1  # noqa: B023 (run at once, inside this loop)
            # the WSGI client does not decode brotli; real clients do
            case.call_and_validate(headers={"Accept-Encoding": "identity"},
                                   checks=[not_a_server_error, response_schema_conformance])

        try:
            fuzz()
        except Unsatisfiable:
            # a lone string id has no invalid form that still makes a request
            assert mode is GenerationMode.NEGATIVE, label
    assert len(calls) == 11, sorted(calls)  # every operation of the document was exercised
    assert all(n >= 10 for label, n in calls.items() if label != "GET /"), calls

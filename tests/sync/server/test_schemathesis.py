"""A bounded schemathesis run against the server's own OpenAPI spec finds no 5xx (both databases).

Requests carry a valid device token, so generated bodies get past authentication into validation,
scope checks and the database, where a server error would hide. Each operation gets
``EXAMPLES_PER_OPERATION`` generated requests, valid and invalid ones.
"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.generation import GenerationMode

from tests.sync.server.helpers import Hub

EXAMPLES_PER_OPERATION = 40


def test_no_generated_request_makes_a_server_error(hub: Hub) -> None:
    device = hub.device()
    learner = device.profile()
    assert device.push(device.events(learner["id"], 3), [learner]).status_code == 200
    headers = {"Authorization": f"Bearer {device.token}"}
    schema = schemathesis.openapi.from_asgi("/openapi.json", hub.app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {f"{op.method.upper()} {op.path}" for op in operations} == {
        "GET /v1/status", "POST /v1/enroll", "POST /v1/push", "GET /v1/pull", "GET /v1/models",
        "GET /v1/models/{pack_id}", "POST /v1/relay"}
    statuses: dict[str, set[int]] = {}
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(max_examples=EXAMPLES_PER_OPERATION // 2, deadline=None, database=None,
                      suppress_health_check=list(HealthCheck))
            def call(case) -> None:  # noqa: ANN001 - a schemathesis Case
                response = case.call(headers=headers)
                key = f"{case.method} {case.path}"
                statuses.setdefault(key, set()).add(response.status_code)
                assert response.status_code < 500, (key, response.status_code, response.text[:300])

            try:
                call()
            except Unsatisfiable:
                # No invalid request exists for an operation whose every input is optional.
                assert mode is GenerationMode.NEGATIVE and operation.path in ("/v1/status", "/v1/models")
    # The run reached past validation: some generated requests were accepted.
    assert 200 in statuses["GET /v1/pull"] and 200 in statuses["GET /v1/status"]
    assert hub.event_count() >= 3

"""The production server under a little load: two gunicorn workers behind a local
proxy, rate limits counted in Redis. One noisy visitor is limited, a second visitor
behind the same proxy is not (bench/loadtest.py is the bigger version)."""
import os

import pytest

from bench.loadtest import REDIS_URL, Stack, run


@pytest.fixture
def redis_up():
    import redis
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.RedisError as error:
        if os.environ.get("CI"):
            raise
        pytest.skip(f"Redis is not reachable at {REDIS_URL}: {error}")


def test_rate_limits_are_per_visitor_across_workers(redis_up, tmp_path):
    with Stack(tmp_path, workers=2, limit="4 per minute") as stack:
        result = run(stack, noisy_requests=10, quiet_requests=3)
    assert sorted(result["noisy"]) == [200] * 4 + [429] * 6, result
    assert result["quiet"] == [200, 200, 200], result

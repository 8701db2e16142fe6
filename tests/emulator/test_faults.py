from __future__ import annotations

import pytest

from gui.emulator.faults import Fault, FaultKind, FaultQueue


@pytest.mark.parametrize(
    ("text", "fault"),
    [
        ("http500", Fault(FaultKind.HTTP_500, 0, 1)),
        ("http500x3", Fault(FaultKind.HTTP_500, 0, 3)),
        ("delay=1.5", Fault(FaultKind.DELAY, 1.5, 1)),
        ("code=-412x2", Fault(FaultKind.CODE, -412, 2)),
        ("invalid_json", Fault(FaultKind.INVALID_JSON, 0, 1)),
        ("DROP", Fault(FaultKind.DROP, 0, 1)),
        ("throttle=65536", Fault(FaultKind.THROTTLE, 65536, 1)),
        ("http500x2@upload", Fault(FaultKind.HTTP_500, 0, 2, "upload")),
    ],
)
def test_parse(text: str, fault: Fault) -> None:
    assert Fault.parse(text) == fault


@pytest.mark.parametrize(("text", "says"), [("flood", "unknown fault"), ("delay", "needs a value")])
def test_parse_errors(text: str, says: str) -> None:
    with pytest.raises(ValueError, match=says):
        Fault.parse(text)


def test_queue_serves_in_order_and_counts_down() -> None:
    queue = FaultQueue()
    queue.add("http500", count=2)
    queue.add("code", -799)
    kinds = [f.kind if (f := queue.take("heartbeat")) else None for _ in range(4)]
    assert kinds == [FaultKind.HTTP_500, FaultKind.HTTP_500, FaultKind.CODE, None]


def test_endpoint_faults_wait_for_their_endpoint() -> None:
    queue = FaultQueue()
    queue.add("drop", endpoint="upload")
    queue.add("http500")
    assert queue.take("heartbeat").kind is FaultKind.HTTP_500  # type: ignore[union-attr]
    assert queue.take("heartbeat") is None
    assert queue.take("upload").kind is FaultKind.DROP  # type: ignore[union-attr]

"""The upload worker: every job ends with one answer, whatever was raised."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from gui.bili.client import BiliClient
from gui.bili.errors import Unexpected
from gui.bili.origins import ServiceOrigins
from gui.emulator.server import Emulator
from gui.workers.service import ServiceConfig
from gui.workers.upload import UploadJob, UploadWorker

MakeFile = Callable[..., Path]


def test_an_exception_that_is_not_a_bili_error_ends_the_job_failed(
    qtbot, emulator: Emulator, make_file: MakeFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: BiliClient, *args: object, **kwargs: object) -> None:
        raise UnicodeEncodeError("utf-8", "x", 0, 1, "a name the client could not encode")

    monkeypatch.setattr(BiliClient, "upload", broken)
    worker = UploadWorker()  # on this thread: its slots are called directly
    try:
        service = ServiceConfig(emulator.demo_credentials, ServiceOrigins.single(emulator.base_url))
        with qtbot.waitSignal(worker.failed, timeout=5000) as failed:
            worker.on_upload(UploadJob(1, make_file(), service))
        job_id, error = failed.args
        assert job_id == 1
        assert isinstance(error, Unexpected)
        assert error.kind == "UnicodeEncodeError"
    finally:
        worker.on_close()


def test_a_finished_job_says_whether_the_file_changed_since_its_last_upload(
    qtbot, emulator: Emulator, make_file: MakeFile
) -> None:
    worker = UploadWorker()  # on this thread: its slots are called directly
    try:
        service = ServiceConfig(emulator.demo_credentials, ServiceOrigins.single(emulator.base_url))
        source = make_file(data=b"version one")
        with qtbot.waitSignal(worker.finished, timeout=5000) as first:
            worker.on_upload(UploadJob(1, source, service))
        result = first.args[1]
        assert first.args[2] is False
        with qtbot.waitSignal(worker.finished, timeout=5000) as same:
            worker.on_upload(UploadJob(2, source, service, previous_sha256=result.sha256))
        assert same.args[2] is False
        source.write_bytes(b"version two")
        with qtbot.waitSignal(worker.finished, timeout=5000) as edited:
            worker.on_upload(UploadJob(3, source, service, previous_sha256=result.sha256))
        assert edited.args[2] is True
    finally:
        worker.on_close()

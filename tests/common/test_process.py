from __future__ import annotations

import gc

from gui.common.process import GuiThreadGarbageCollector


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_collects_on_its_own_thread_only_past_the_thresholds(qapp) -> None:
    was_enabled = gc.isenabled()
    guard = GuiThreadGarbageCollector()
    try:
        assert not gc.isenabled()  # no collection in whatever thread allocates
        gc.collect()
        assert guard.on_check() == -1  # nothing past the thresholds yet
        garbage = [Cycle() for _ in range(guard.thresholds[0] + 100)]
        del garbage
        assert guard.on_check() >= 0
        assert gc.get_count()[0] < guard.thresholds[0]
    finally:
        guard.deleteLater()
        if was_enabled:
            gc.enable()


def test_windows_gets_bilidrops_own_app_user_model_id() -> None:
    from gui.common.identity import APP_ID
    from gui.common.process import set_app_user_model_id

    calls: list[str] = []

    class Shell32:  # ctypes' windll.shell32, as far as this call goes
        def SetCurrentProcessExplicitAppUserModelID(self, app_id: str) -> int:
            calls.append(app_id)
            return 0

    set_app_user_model_id(Shell32())
    assert calls == [APP_ID]
    set_app_user_model_id(object())  # an old Windows without the call: nothing breaks

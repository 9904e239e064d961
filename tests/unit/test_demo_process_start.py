"""A demo client's start time, by which a dead client's reused PID is told apart from it
(demo_mode.live_clients), read on Windows through GetProcessTimes. Windows is not here:
the kernel32 calls are played by a stand-in that answers as Windows documents them."""

from __future__ import annotations

import ctypes

from dicel_desktop import demo_mode


class _Kernel32:
    """OpenProcess/GetProcessTimes/CloseHandle for a few processes: pid -> FILETIME."""

    def __init__(self, created: dict[int, int]) -> None:
        self.created = created
        self.open: set[int] = set()
        self.asked_access: list[int] = []

    def OpenProcess(self, access: int, inherit: bool, pid: int) -> int:
        self.asked_access.append(access)
        if pid not in self.created:
            return 0  # no such process (or not ours to open): NULL
        handle = 1000 + pid
        self.open.add(handle)
        return handle

    def GetProcessTimes(self, handle: int, created, exited, kernel, user) -> int:
        assert handle in self.open
        for out in (created, exited, kernel, user):
            assert isinstance(out._obj, ctypes.c_ulonglong)  # an 8-byte FILETIME
        created._obj.value = self.created[handle - 1000]
        return 1

    def CloseHandle(self, handle: int) -> int:
        self.open.remove(handle)
        return 1


def test_a_process_start_is_its_creation_time() -> None:
    kernel32 = _Kernel32({4242: 134_012_345_678_901_234, 77: 134_012_345_000_000_000})
    assert demo_mode._windows_process_start(4242, kernel32) == "134012345678901234"
    assert demo_mode._windows_process_start(77, kernel32) == "134012345000000000"
    # PROCESS_QUERY_LIMITED_INFORMATION: what a standard user may ask of any process.
    assert set(kernel32.asked_access) == {0x1000}
    assert not kernel32.open, "every handle opened is closed"


def test_a_process_that_cannot_be_opened_has_no_start() -> None:
    kernel32 = _Kernel32({})
    assert demo_mode._windows_process_start(4242, kernel32) == ""


def test_a_failed_read_has_no_start_and_closes_its_handle() -> None:
    class Failing(_Kernel32):
        def GetProcessTimes(self, handle, *_out) -> int:
            return 0

    kernel32 = Failing({4242: 1})
    assert demo_mode._windows_process_start(4242, kernel32) == ""
    assert not kernel32.open

"""One build at a time per export folder: a lock file with the owner's process id."""

from __future__ import annotations

import os
from pathlib import Path


class LockedError(Exception):
    pass


class BuildLock:
    """Exclusive lock on an export folder, created atomically (O_EXCL); a lock left by a dead
    process is taken over."""

    def __init__(self, folder: Path):
        self.path = folder / ".kg-build.lock"
        self.held = False

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        for _ in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:
                owner = self._owner()
                if owner and _alive(owner):
                    raise LockedError(f"{self.path.parent}: another build (pid {owner}) is writing here; "
                                      f"wait for it or remove {self.path}") from None
                self.path.unlink(missing_ok=True)
                continue
            with os.fdopen(fd, "w") as handle:
                handle.write(str(os.getpid()))
            self.held = True
            return
        raise LockedError(f"{self.path}: cannot take the build lock")

    def release(self) -> None:
        if self.held:
            self.path.unlink(missing_ok=True)
            self.held = False

    def _owner(self) -> int:
        try:
            return int(self.path.read_text().strip() or 0)
        except (OSError, ValueError):
            return 0


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True

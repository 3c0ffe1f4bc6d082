"""Long work (imports, exports, demo data) off the GUI thread, with a cancellable progress dialog."""
from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

# The work receives a progress callback: progress(done, total) -> False once cancelled.
Work = Callable[[Callable[[int, int], bool]], Any]


class _Runner(QObject):
    progressed = Signal(int, int)
    finished = Signal()

    def __init__(self, work: Work):
        super().__init__()
        self.work = work
        self.cancelled = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.work(self._progress)
        except BaseException as error:  # handed back to the GUI thread and raised there
            self.error = error
        finally:
            self.finished.emit()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self.cancelled.is_set()


class _DialogUpdater(QObject):
    """Lives in the GUI thread, so progress reaches the dialog through a queued connection."""

    def __init__(self, dialog: QProgressDialog):
        super().__init__(dialog)
        self.dialog = dialog

    @Slot(int, int)
    def show_progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)


def run_with_progress(parent: QWidget | None, label: str, work: Work) -> Any:
    """Run `work` in a thread while a modal progress dialog shows; return its result or raise its error."""
    dialog = QProgressDialog(label, QProgressDialog.tr("Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    runner = _Runner(work)
    thread = QThread()
    runner.moveToThread(thread)
    loop = QEventLoop()
    runner.progressed.connect(_DialogUpdater(dialog).show_progress)
    runner.finished.connect(loop.quit)
    dialog.canceled.connect(runner.cancelled.set)
    thread.started.connect(runner.run)
    thread.start()
    loop.exec()
    thread.quit()
    thread.wait()
    dialog.close()
    dialog.deleteLater()
    if runner.error is not None:
        raise runner.error
    return runner.result

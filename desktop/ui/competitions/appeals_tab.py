"""An event's appeals (申诉) after publication: the deadline, lodging a written appeal, the
arbitration group's ruling with the marks it changes, and every published version of the
results with what changed between them and a printout of each."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.services import competition_appeals, competition_prints, competitions, result_versions
from desktop.services.competition_appeals import AppealRow, AppealWindow
from desktop.services.context import ServiceContext
from desktop.services.result_versions import PlaceChange, VersionRow
from desktop.ui import feedback
from desktop.ui.competitions.appeal_dialogs import (
    AppealListModel,
    LodgeAppealDialog,
    RulingDialog,
    from_to_text,
    local_text,
    mark_text,
    state_label,
    total_text,
)
from desktop.ui.file_dialogs import PDF_FILTER, ask_save_path
from desktop.ui.widgets import row_table, selected_record


class AppealTableModel(AppealListModel):
    HEADERS = (QT_TRANSLATE_NOOP("AppealTableModel", "Lodged"), QT_TRANSLATE_NOOP("AppealTableModel", "No."),
               QT_TRANSLATE_NOOP("AppealTableModel", "Contestant"), QT_TRANSLATE_NOOP("AppealTableModel", "Reason"),
               QT_TRANSLATE_NOOP("AppealTableModel", "Lodged by"), QT_TRANSLATE_NOOP("AppealTableModel", "State"),
               QT_TRANSLATE_NOOP("AppealTableModel", "Ruling"), QT_TRANSLATE_NOOP("AppealTableModel", "Marks changed"))

    def cells(self, row: AppealRow) -> tuple[str, ...]:
        changes = "; ".join(f"{c.contestant.split(' ')[0]} {c.aspect}{' ' + c.judge if c.judge else ''}: "
                            f"{mark_text(c.before)} → {mark_text(c.after)}" for c in row.changes)
        state = state_label(row.state) + (f" · {self.tr('version %1').replace('%1', str(row.version))}"
                                           if row.version else "")
        return (local_text(row.lodged_at), row.number, row.name, row.reason, row.lodged_by, state, row.ruling,
                changes)


class VersionTableModel(AppealListModel):
    HEADERS = (QT_TRANSLATE_NOOP("VersionTableModel", "Version"), QT_TRANSLATE_NOOP("VersionTableModel", "Published"),
               QT_TRANSLATE_NOOP("VersionTableModel", "By"), QT_TRANSLATE_NOOP("VersionTableModel", "Ruling"))

    def cells(self, row: VersionRow) -> tuple[str, ...]:
        return str(row.version), local_text(row.published_at), row.published_by, row.reason


class PlaceChangeModel(AppealListModel):
    HEADERS = (QT_TRANSLATE_NOOP("PlaceChangeModel", "No."), QT_TRANSLATE_NOOP("PlaceChangeModel", "Contestant"),
               QT_TRANSLATE_NOOP("PlaceChangeModel", "Rank"), QT_TRANSLATE_NOOP("PlaceChangeModel", "Total"),
               QT_TRANSLATE_NOOP("PlaceChangeModel", "Prize"), QT_TRANSLATE_NOOP("PlaceChangeModel", "Certificate"))

    def cells(self, row: PlaceChange) -> tuple[str, ...]:
        certificate = self.tr("issued: revoke or re-issue") if row.certificate_id and row.prize_changed else \
            (self.tr("issued") if row.certificate_id else "")
        return (row.number, row.name, from_to_text(row.old_rank, row.new_rank),
                from_to_text(total_text(row.old_total), total_text(row.new_total)),
                from_to_text(row.old_prize, row.new_prize), certificate)


# -- lodging -------------------------------------------------------------------------------------

class AppealsTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.event_id: int | None = None
        self.window_of_appeals: AppealWindow | None = None
        self.deadline = QLabel()
        self.deadline.setObjectName("deadline")
        self.deadline.setWordWrap(True)
        self.lodge_button = QPushButton(self.tr("Lodge appeal…"))
        self.lodge_button.setObjectName("lodge")
        self.lodge_button.clicked.connect(self.lodge)
        self.rule_button = QPushButton(self.tr("Rule…"))
        self.rule_button.setObjectName("rule")
        self.rule_button.clicked.connect(self.rule)
        self.appeals = AppealTableModel(self)
        self.appeal_table = row_table("appeals", self.appeals)
        self.appeal_table.selectionModel().selectionChanged.connect(self._appeal_chosen)
        self.versions = VersionTableModel(self)
        self.version_table = row_table("versions", self.versions)
        self.version_table.selectionModel().selectionChanged.connect(self._version_chosen)
        self.print_button = QPushButton(self.tr("Print version…"))
        self.print_button.setObjectName("printVersion")
        self.print_button.clicked.connect(self.print_version)
        self.places = PlaceChangeModel(self)
        self.place_table = row_table("versionChanges", self.places)
        self.place_note = QLabel()
        self.place_note.setObjectName("versionNote")
        self.place_note.setWordWrap(True)
        self._ticker = QTimer(self)  # the time left counts down while the tab is open
        self._ticker.setInterval(30_000)
        self._ticker.timeout.connect(self._show_deadline)
        bar = QHBoxLayout()
        bar.addWidget(self.deadline, 1)
        bar.addWidget(self.lodge_button)
        bar.addWidget(self.rule_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.appeal_table, 1)
        version_bar = QHBoxLayout()
        version_bar.addWidget(QLabel(self.tr("Published versions of the results:")), 1)
        version_bar.addWidget(self.print_button)
        versions = QWidget()
        version_layout = QVBoxLayout(versions)
        version_layout.setContentsMargins(0, 0, 0, 0)
        version_layout.addLayout(version_bar)
        version_layout.addWidget(self.version_table, 1)
        changes = QWidget()
        change_layout = QVBoxLayout(changes)
        change_layout.setContentsMargins(0, 0, 0, 0)
        change_layout.addWidget(self.place_note)
        change_layout.addWidget(self.place_table, 1)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(versions)
        lower.addWidget(changes)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        self.show_event(None)

    def show_event(self, event_id: int | None) -> None:
        self.event_id = event_id
        window, appeals, versions = None, [], []
        if event_id is not None:
            loaded = feedback.attempt(self, lambda: (competition_appeals.appeal_window(self.ctx, event_id),
                                                     competition_appeals.list_appeals(self.ctx, event_id),
                                                     result_versions.list_versions(self.ctx, event_id)))
            if loaded is not None:
                window, appeals, versions = loaded
        self.window_of_appeals = window
        self.appeals.set_rows(appeals)
        self.versions.set_rows(versions)
        self.appeal_table.resizeColumnsToContents()
        self.version_table.resizeColumnsToContents()
        self._show_deadline()
        self.lodge_button.setEnabled(window is not None)
        self._appeal_chosen()
        if versions:
            self.version_table.selectRow(len(versions) - 1)  # the latest, with what it changed
        else:
            self._version_chosen()
        if window is not None:
            self._ticker.start()
        else:
            self._ticker.stop()

    def _show_deadline(self) -> None:
        window = self.window_of_appeals
        if self.event_id is None:
            self.deadline.setText("")
        elif window is None:
            self.deadline.setText(self.tr("Appeals are lodged once the results are published."))
        else:
            left = window.deadline - dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
            if left.total_seconds() > 0:
                minutes = int(left.total_seconds() // 60)
                self.deadline.setText(self.tr("Appeals may be lodged until %1 (%2 h %3 min left).")
                                      .replace("%1", local_text(window.deadline))
                                      .replace("%2", str(minutes // 60)).replace("%3", str(minutes % 60)))
            else:
                self.deadline.setText(self.tr("The deadline for appeals passed at %1 (%2 hours after the results "
                                              "were first published).").replace("%1", local_text(window.deadline))
                                      .replace("%2", str(window.hours)))

    def _appeal_chosen(self, *_selection) -> None:
        chosen: AppealRow | None = selected_record(self.appeal_table)
        self.rule_button.setEnabled(chosen is not None and chosen.state == "lodged")

    def _version_chosen(self, *_selection) -> None:
        chosen: VersionRow | None = selected_record(self.version_table)
        self.print_button.setEnabled(chosen is not None)
        places: list[PlaceChange] = []
        if chosen is not None and chosen.version > 1 and self.event_id is not None:
            event_id = self.event_id
            places = feedback.attempt(self, lambda: result_versions.version_changes(
                self.ctx, event_id, chosen.version)) or []
        self.places.set_rows(places)
        self.place_table.resizeColumnsToContents()
        if chosen is None:
            self.place_note.setText("")
        elif chosen.version == 1:
            self.place_note.setText(self.tr("Version 1: the results as first published."))
        else:
            to_redo = sum(1 for p in places if p.prize_changed and p.certificate_id)
            note = self.tr("Changes from version %1 to %2: %3 contestants.").replace("%1", str(chosen.version - 1)) \
                .replace("%2", str(chosen.version)).replace("%3", str(len(places)))
            if to_redo:
                note += " " + self.tr("%1 of them hold an award certificate for a prize that changed: revoke or "
                                      "re-issue it on the Certificates page.").replace("%1", str(to_redo))
            self.place_note.setText(note)

    def lodge(self) -> None:
        if self.event_id is None:
            return
        event_id = self.event_id
        if LodgeAppealDialog.lodge(self.ctx, event_id, self) is not None:
            self.show_event(event_id)
            self.changed.emit()

    def rule(self) -> None:
        chosen: AppealRow | None = selected_record(self.appeal_table)
        if chosen is None or self.event_id is None:
            return
        event_id = self.event_id
        ruled = RulingDialog.rule(self.ctx, chosen.id, self)
        if ruled is None:
            return
        self.show_event(event_id)
        self.changed.emit()
        if ruled.version is not None:
            feedback.inform(self, self.tr("The results are published again as version %1.")
                            .replace("%1", str(ruled.version)))

    def print_version(self) -> None:
        chosen: VersionRow | None = selected_record(self.version_table)
        if chosen is None or self.event_id is None:
            return
        event_id = self.event_id
        event = feedback.attempt(self, lambda: competitions.get_event(self.ctx, event_id))
        name = event[0].name if event else ""
        path = ask_save_path(self, self.tr("Save the result sheet"), f"{name} 成绩表 第{chosen.version}版.pdf",
                             PDF_FILTER)
        if path is None:
            return
        if feedback.attempt(self, lambda: competition_prints.save_result_sheet(
                self.ctx, event_id, path, version=chosen.version)) is not None:
            feedback.inform(self, self.tr("Saved to %1.").replace("%1", str(path)))

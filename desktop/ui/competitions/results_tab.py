"""An event's results as they stand (recomputed whenever shown): ranks, section scores, totals,
prizes, flags and team results; publishing, the result sheet, the Excel file and the award
certificates (获奖证书), and the judge-quality report (评判质量报告) once published."""
from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.services import (
    competition_prints,
    competition_results,
    competition_workbook,
    competitions,
    judge_quality,
    result_versions,
)
from desktop.domain.errors import UserError
from desktop.services.competition_results import EventResults, ResultRow, SpreadsToAccept, TeamResult
from desktop.services.competitions import STAGE_KINDS, EventRow
from desktop.services.context import ServiceContext
from desktop.ui import feedback
from desktop.ui.certificates.batch_issue import issue_batch
from desktop.ui.competitions.event_dialog import stage_label
from desktop.ui.file_dialogs import EXCEL_FILTER, PDF_FILTER, ask_save_path
from desktop.ui.i18n import translate_message
from desktop.ui.paged_model import RowListModel
from desktop.ui.widgets import ErrorLabel, add_buttons, row_table, submit

_FLAGS = {
    "incomplete": QT_TRANSLATE_NOOP("CompetitionLabels", "marks missing"),
    "below_min": QT_TRANSLATE_NOOP("CompetitionLabels", "below the minimum total"),
    "medallion": QT_TRANSLATE_NOOP("CompetitionLabels", "Medallion for Excellence"),
    "remark": QT_TRANSLATE_NOOP("CompetitionLabels", "re-mark %1"),
}
_STATUSES = {"absent": QT_TRANSLATE_NOOP("CompetitionLabels", "Absent"),
             "disqualified": QT_TRANSLATE_NOOP("CompetitionLabels", "Disqualified")}
_PRIZE_COLOUR = QColor("#8a5a00")


def _t(text: str) -> str:
    return QCoreApplication.translate("CompetitionLabels", text)


def flags_text(flags: tuple[str, ...]) -> str:
    words = []
    for flag in flags:
        if flag.startswith("remark:"):
            words.append(_t(_FLAGS["remark"]).replace("%1", flag.split(":", 1)[1]))
        elif flag in _FLAGS:
            words.append(_t(_FLAGS[flag]))
    return "、".join(words)


def score_text(value: Fraction | None) -> str:
    return "" if value is None else f"{float(value):.2f}"


class ResultTableModel(RowListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.worldskills = False

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else (12 if self.worldskills else 11)

    def headers(self) -> list[str]:
        headers = [self.tr("Rank"), self.tr("Drawn no."), self.tr("Entry no."), self.tr("Name"), self.tr("Team"),
                   self.tr("Theory"), self.tr("Practical"), self.tr("Total"), self.tr("Prize"), self.tr("Advances"),
                   self.tr("Notes")]
        return headers + [self.tr("700 scale")] if self.worldskills else headers

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: ResultRow = self.rows[index.row()]
        result, person, column = row.result, row.contestant, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = [
                str(result.rank) if result.rank else _t(_STATUSES.get(result.status, "")),
                person.drawn_number or "", str(person.entry_number), person.name, person.team,
                score_text(result.sections.get("theory")), score_text(result.sections.get("practical")),
                score_text(result.total), result.prize, self.tr("Yes") if row.advances else "",
                flags_text(result.flags) + (" ✓" if row.certificate_id else ""),
                str(result.scaled) if result.scaled is not None else "",
            ]
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 5, 6, 7, 11):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == 8 and result.prize:
            return QBrush(_PRIZE_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and row.certificate_id:
            return self.tr("Award certificate issued")
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None


class TeamTableModel(RowListModel):
    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        team: TeamResult = self.rows[index.row()]
        return (str(team.rank), team.team, team.leader, score_text(team.score))[index.column()]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Rank"), self.tr("Team"), self.tr("Leader"), self.tr("Score"))[section]
        return None


class AdvancementDialog(QDialog):
    """Who goes on from this event's stage (the top N, ties included, and/or everyone at or
    above a total) and, once published, entering them into an event of a later stage."""

    def __init__(self, ctx: ServiceContext, event: EventRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.source = ctx, event  # not self.event: that is QObject.event()
        self.setWindowTitle(self.tr("Advancement"))
        self.use_top = QCheckBox(self.tr("The top"))
        self.top = QSpinBox()
        self.top.setRange(1, 10000)
        self.top.setValue(6)
        self.use_min = QCheckBox(self.tr("Everyone with a total of at least"))
        self.min_total = QDoubleSpinBox()
        self.min_total.setRange(0, 100)
        self.min_total.setDecimals(2)
        self.min_total.setValue(80)
        top, minimum = competitions.advancement_of(ctx, event.competition_id, event.stage)
        self.use_top.setChecked(top is not None)
        self.top.setValue(top or 6)
        self.use_min.setChecked(minimum is not None)
        if minimum is not None:
            self.min_total.setValue(float(minimum))
        self.target = QComboBox()
        self.target.setObjectName("nextEvent")
        later = STAGE_KINDS[STAGE_KINDS.index(event.stage) + 1:] if event.stage in STAGE_KINDS else []
        for other in competitions.list_events(ctx, event.competition_id):
            if other.stage in later:
                self.target.addItem(f"{stage_label(other.stage)} · {other.name}", other.id)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.error = ErrorLabel()
        save = QPushButton(self.tr("Save the rule"))
        save.setObjectName("saveRule")
        save.clicked.connect(self.save_rule)
        enter = QPushButton(self.tr("Enter them into the chosen event"))
        enter.setObjectName("enter")
        enter.clicked.connect(self.enter)
        enter.setEnabled(self.target.count() > 0)
        form = QFormLayout()
        top_row, min_row = QHBoxLayout(), QHBoxLayout()
        top_row.addWidget(self.use_top)
        top_row.addWidget(self.top)
        min_row.addWidget(self.use_min)
        min_row.addWidget(self.min_total)
        form.addRow(self.tr("Advance:"), top_row)
        form.addRow("", min_row)
        form.addRow("", save)
        form.addRow(self.tr("Next stage's event:"), self.target)
        form.addRow("", enter)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addWidget(self.error)
        layout.addWidget(close)

    def save_rule(self) -> None:
        top = self.top.value() if self.use_top.isChecked() else None
        minimum = Fraction(str(round(self.min_total.value(), 2))) if self.use_min.isChecked() else None
        if submit({}, self.error, lambda: competitions.set_advancement(
                self.ctx, self.source.competition_id, self.source.stage, top, minimum)) is not None:
            self.outcome.setText(self.tr("Saved: the results show who advances."))

    def enter(self) -> None:
        names = submit({}, self.error, lambda: competition_results.advance(self.ctx, self.source.id,
                                                                          self.target.currentData()))
        if names is not None:
            self.outcome.setText(self.tr("%1 entered: %2").replace("%1", str(len(names)))
                                .replace("%2", "、".join(names) or "—"))


class ResultsTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.event_id: int | None = None
        self.results: EventResults | None = None
        self.state = QLabel()
        self.state.setObjectName("resultState")
        self.state.setWordWrap(True)
        self.model = ResultTableModel(self)
        self.table = row_table("results", self.model)
        self.teams = TeamTableModel(self)
        self.team_table = row_table("teamResults", self.teams)
        self.team_rule = QLabel()
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.addWidget(self.state, 1)
        self.buttons.update(add_buttons(bar, (
            ("publish", self.tr("Publish results…"), self.publish),
            ("sheet", self.tr("Result sheet (PDF)…"), self.save_sheet),
            ("excel", self.tr("Export results…"), self.export),
            ("awards", self.tr("Issue award certificates…"), self.issue_awards),
            ("judgeQuality", self.tr("Judge quality (PDF)…"), self.save_judge_quality),
            ("advance", self.tr("Advancement…"), self.advancement),
        )))
        teams = QWidget()
        team_layout = QVBoxLayout(teams)
        team_layout.setContentsMargins(0, 0, 0, 0)
        team_layout.addWidget(self.team_rule)
        team_layout.addWidget(self.team_table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(teams)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.show_event(None)

    def show_event(self, event_id: int | None) -> None:
        self.event_id = event_id
        results = None
        if event_id is not None:
            results = feedback.attempt(self, lambda: competition_results.event_results(self.ctx, event_id))
        self.results = results
        self.model.worldskills = bool(results and results.preset == "worldskills")
        self.model.set_rows(results.rows if results else [])
        self.teams.set_rows(results.teams if results else [])
        self.table.resizeColumnsToContents()
        self.team_table.resizeColumnsToContents()  # rank, team, leader and score all in view
        if results is None:
            self.state.setText("")
        elif results.provisional:
            self.state.setText(self.tr("Provisional: recomputed from the marks as they stand; not yet published."))
        else:
            versions = feedback.attempt(self, lambda: result_versions.list_versions(self.ctx, event_id)) or []
            latest = versions[-1].version if versions else 1
            self.state.setText(self.tr("Published: these results are final.") + (" " + self.tr(
                "Version %1, published again after an appeal's ruling.").replace("%1", str(latest))
                if latest > 1 else ""))
        self.team_rule.setText(self.tr("Team score: the sum of each team's best %1 totals.")
                               .replace("%1", str(results.team_best)) if results else "")
        published = bool(results and not results.provisional)
        self.buttons["publish"].setEnabled(bool(results and results.provisional and results.rows))
        self.buttons["sheet"].setEnabled(bool(results and results.rows))
        self.buttons["advance"].setEnabled(results is not None)
        self.buttons["excel"].setEnabled(bool(results and results.rows))
        self.buttons["judgeQuality"].setEnabled(published)
        self.buttons["awards"].setEnabled(published and any(r.result.prize and not r.certificate_id
                                                            for r in results.rows))

    def advancement(self) -> None:
        if self.event_id is None:
            return
        found = feedback.attempt(self, lambda: competitions.get_event(self.ctx, self.event_id))
        if found is not None:
            AdvancementDialog(self.ctx, found[0], self).exec()
            self.show_event(self.event_id)
            self.changed.emit()

    def publish(self) -> None:
        if self.event_id is None or not feedback.confirm(self, self.tr(
                "Publish the results? Marks, contestants and the scheme of this event can no longer change.")):
            return
        event_id = self.event_id
        try:
            competition_results.publish(self.ctx, event_id)
        except SpreadsToAccept as spread:
            question = translate_message(spread.message) + "\n\n" + self.tr(
                "Accept these marks as the chief judge and publish?")
            if not feedback.confirm(self, question) or feedback.attempt(
                    self, lambda: competition_results.publish(self.ctx, event_id, accept_spreads=True)) is None:
                return
        except UserError as error:
            feedback.show_user_error(self, error)
            return
        self.show_event(event_id)
        self.changed.emit()

    def save_sheet(self) -> None:
        if self.results is None:
            return
        path = ask_save_path(self, self.tr("Save the result sheet"), f"{self.results.event} 成绩表.pdf", PDF_FILTER)
        if path is None:
            return
        if feedback.attempt(self, lambda: competition_prints.save_result_sheet(self.ctx, self.event_id, path)) \
                is not None:
            feedback.inform(self, self.tr("Saved to %1.").replace("%1", str(path)))

    def save_judge_quality(self) -> None:
        if self.results is None or self.event_id is None:
            return
        event_id = self.event_id
        path = ask_save_path(self, self.tr("Save the judge-quality report"), f"{self.results.event} 评判质量报告.pdf",
                             PDF_FILTER)
        if path is None:
            return
        if feedback.attempt(self, lambda: judge_quality.save_judge_quality_pdf(self.ctx, event_id, path)) is not None:
            feedback.inform(self, self.tr("Saved to %1.").replace("%1", str(path)))

    def export(self) -> None:
        if self.results is None:
            return
        path = ask_save_path(self, self.tr("Export results"), f"{self.results.event} 成绩.xlsx", EXCEL_FILTER)
        if path is None:
            return
        if feedback.attempt(self, lambda: competition_workbook.export_results_xlsx(self.ctx, self.event_id, path)) \
                is not None:
            feedback.inform(self, self.tr("Saved to %1.").replace("%1", str(path)))

    def issue_awards(self) -> None:
        if self.results is None or self.event_id is None:
            return
        event_id = self.event_id
        winners = sum(1 for r in self.results.rows if r.result.prize and not r.certificate_id)
        issued = issue_batch(
            self, self.ctx, self.tr("Issue award certificates"),
            self.tr("%1 prize winners get an award certificate (获奖证书).").replace("%1", str(winners)),
            f"{self.results.event} 获奖证书.pdf",
            self.tr("Issuing and printing %1 award certificates…").replace("%1", str(winners)),
            lambda issue_date, path, progress: competition_results.issue_awards(
                self.ctx, event_id, issue_date, path, progress))
        self.show_event(event_id)
        if issued is not None:
            self.changed.emit()

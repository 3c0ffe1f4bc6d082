"""A class's sign-ups at the desk: who holds a place, the waiting list in order, withdrawals
with the automatic promotion they cause, and signing up the next person in the queue."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.people import mask_id_number
from desktop.domain.training import hours_text, yuan
from desktop.services import signups
from desktop.services.context import ServiceContext
from desktop.services.signups import EnrolmentQuery, EnrolmentRow, EnrolmentStatus
from desktop.ui import feedback
from desktop.ui.paged_model import PagedTableModel
from desktop.ui.trainees.finder import TraineeFinder
from desktop.ui.training import transfers
from desktop.ui.training.labels import (
    discount_label,
    enrolment_state_text,
    enrolment_status_label,
    local_text,
    source_label,
)
from desktop.ui.widgets import SearchBox, add_buttons, row_table, selected_record

NAME, ID_NUMBER, PHONE, STATE, SIGNED_UP, SOURCE, PROMOTED, HOURS, FEE, PAID = range(10)


class EnrolmentModel(PagedTableModel):
    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(EnrolmentQuery(class_id=-1), parent)
        self.ctx = ctx

    def count_rows(self, query: EnrolmentQuery) -> int:
        return signups.count_enrolments(self.ctx, query)

    def list_rows(self, query: EnrolmentQuery, offset: int, limit: int) -> list[EnrolmentRow]:
        return signups.list_enrolments(self.ctx, query, offset, limit)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 10

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: EnrolmentRow = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and row.status == "withdrawn":
            return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.ForegroundRole and column == STATE and row.status == "waiting":
            return QBrush(QColor("#a15c00"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (HOURS, FEE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and row.promoted_at:
            return self.tr("Moved up from the waiting list on %1").replace("%1", local_text(row.promoted_at))
        return None

    def _text(self, row: EnrolmentRow, column: int) -> str:
        if column == NAME:
            return row.trainee_name
        if column == ID_NUMBER:
            return mask_id_number(row.id_number)
        if column == PHONE:
            return row.phone
        if column == STATE:
            return enrolment_state_text(row)
        if column == SIGNED_UP:
            return local_text(row.submitted_at)
        if column == SOURCE:
            return source_label(row.source)
        if column == PROMOTED:
            return local_text(row.promoted_at)
        if column == HOURS:
            return hours_text(row.credited_minutes) if row.status == "placed" else ""
        if column == FEE:
            text = yuan(row.fee_due_fen)
            return f"{text} ({discount_label(row.discount)})" if row.discount else text
        if column == PAID:
            return row.receipt_no or ""
        return ""

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Name"), self.tr("ID number"), self.tr("Phone"), self.tr("Status"),
                    self.tr("Signed up"), self.tr("Source"), self.tr("Moved up"), self.tr("Hours"),
                    self.tr("Fee due (yuan)"), self.tr("Receipt"))[section]
        return None


class SignupsTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.class_id: int | None = None
        self.model = EnrolmentModel(ctx, self)
        self.search = SearchBox(self.tr("Search name, ID number or phone"))
        self.search.setObjectName("signupSearch")
        self.search.searched.connect(self.refresh)
        self.status = QComboBox()
        self.status.setObjectName("signupStatus")
        self.status.addItem(self.tr("Everyone"), None)
        for status in EnrolmentStatus:
            self.status.addItem(enrolment_status_label(status), status.value)
        self.status.currentIndexChanged.connect(self.refresh)
        self.table = row_table("signups", self.model)
        self.summary = QLabel()
        self.summary.setObjectName("signupSummary")
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status)
        self.buttons.update(add_buttons(bar, (
            ("signUp", self.tr("Sign up trainee…"), self.sign_up),
            ("withdraw", self.tr("Withdraw"), self.withdraw),
            ("importForm", self.tr("Import online form…"), self.import_form),
            ("export", self.tr("Export…"), self.export),
        )))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.model.modelReset.connect(self._enable)
        self.show_class(None)

    def show_class(self, class_id: int | None) -> None:
        self.class_id = class_id
        self.refresh()

    def refresh(self) -> None:
        self.search.cancel_pending()
        query = EnrolmentQuery(class_id=self.class_id if self.class_id is not None else -1,
                               search=self.search.text(), status=self.status.currentData())
        total = feedback.attempt(self, lambda: self.model.set_query(query))
        if total is not None:
            self.summary.setText(self.tr("%1 shown").replace("%1", f"{total:,}"))
            self.table.resizeColumnsToContents()

    def selected(self) -> EnrolmentRow | None:
        return selected_record(self.table)

    def _enable(self) -> None:
        row = self.selected()
        for button in self.buttons.values():
            button.setEnabled(self.class_id is not None)
        self.buttons["withdraw"].setEnabled(row is not None and row.status != "withdrawn" and not row.completed_at)

    def sign_up(self) -> None:
        if self.class_id is None:
            return
        dialog = SignUpDialog(self.ctx, self.class_id, self)
        dialog.exec()
        if dialog.signed_up:
            self.refresh()
            self.changed.emit()

    def import_form(self) -> None:
        if self.class_id is not None and transfers.import_form(self, self.ctx, self.class_id):
            self.refresh()
            self.changed.emit()

    def export(self) -> None:
        if self.class_id is not None:
            transfers.export_enrolments(self, self.ctx, self.model.query, self.tr("sign-ups.xlsx"))

    def withdraw(self) -> None:
        row = self.selected()
        if row is None:
            return
        if not feedback.confirm(self, self.tr("Withdraw %1 from this class?").replace("%1", row.trainee_name)):
            return
        result = feedback.attempt(self, lambda: signups.withdraw(self.ctx, row.id))
        if result is None:
            return
        _withdrawn, promoted = result
        self.refresh()
        self.changed.emit()
        if promoted is not None:
            feedback.inform(self, self.tr("%1 moved up from the waiting list and now holds the place.")
                            .replace("%1", promoted.trainee_name))


class SignUpDialog(QDialog):
    """The desk: find the person, sign them up, say at once whether they got a place or which
    waiting position; stays open for the next person in the queue."""

    def __init__(self, ctx: ServiceContext, class_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.class_id = class_id
        self.signed_up = 0
        self.setWindowTitle(self.tr("Sign up for the class"))
        # Enter on a found person signs them up; Enter in the search box only searches (a
        # default button would sign up the first match of an unfinished search).
        self.finder = TraineeFinder(ctx, self.tr("Name, ID number or phone of a registered trainee"))
        self.finder.activated.connect(self.sign_up)
        self.search, self.found = self.finder.search, self.finder.found
        self.outcome = QLabel()
        self.outcome.setObjectName("result")
        self.outcome.setWordWrap(True)
        sign = QPushButton(self.tr("Sign up"))
        sign.setObjectName("signUpButton")
        sign.setAutoDefault(False)
        sign.clicked.connect(self.sign_up)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.finder, 1)
        layout.addWidget(self.outcome)
        row = QHBoxLayout()
        row.addWidget(sign)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.resize(520, 420)

    def sign_up(self) -> None:
        chosen = self.finder.chosen()
        if chosen is None:
            self.outcome.setText(self.tr("Find the trainee first; unregistered people are added on the Trainees page."))
            return
        row = feedback.attempt(self, lambda: signups.sign_up(self.ctx, self.class_id, chosen[0]))
        if row is None:
            return
        self.signed_up += 1
        if row.status == "placed":
            self.outcome.setText(self.tr("%1 has a place.").replace("%1", row.trainee_name))
        else:
            self.outcome.setText(self.tr("The class is full: %1 is number %2 on the waiting list.")
                                .replace("%1", row.trainee_name).replace("%2", str(row.waiting_position)))
        self.finder.reset()


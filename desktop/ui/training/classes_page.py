"""The Classes page: the class list (filtered and paged in SQL) above the chosen class's
sign-ups, attendance, fees and completion."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.levels import LEVEL_NAMES
from desktop.domain.training import ClassStatus
from desktop.services import classes, occupations
from desktop.services.classes import ClassQuery, ClassRow
from desktop.services.context import ServiceContext
from desktop.ui import feedback
from desktop.ui.paged_model import PagedTableModel
from desktop.ui.training import transfers
from desktop.ui.training.attendance_tab import AttendanceTab
from desktop.ui.training.completion_tab import CompletionTab
from desktop.ui.training.fees_tab import FeesTab
from desktop.ui.training.class_dialog import ClassDialog
from desktop.ui.training.labels import class_status_label, local_text
from desktop.ui.training.signups_tab import SignupsTab
from desktop.ui.widgets import SearchBox, add_buttons, row_table, select_record, selected_record

CODE, TITLE, OCCUPATION, LEVEL, STATUS, SEATS, WAITING, SIGNUP, SESSIONS, FEE = range(10)
_STATUS_COLOURS = {ClassStatus.OPEN: "#1b7a2f", ClassStatus.FULL: "#a15c00", ClassStatus.CANCELLED: "#888888",
                   ClassStatus.FINISHED: "#555555"}


class ClassTableModel(PagedTableModel):
    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(ClassQuery(), parent)
        self.ctx = ctx

    def count_rows(self, query: ClassQuery) -> int:
        return classes.count_classes(self.ctx, query)

    def list_rows(self, query: ClassQuery, offset: int, limit: int) -> list[ClassRow]:
        return classes.list_classes(self.ctx, query, offset, limit)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 10

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: ClassRow = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS and row.status in _STATUS_COLOURS:
            return QBrush(QColor(_STATUS_COLOURS[row.status]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (SEATS, WAITING, FEE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (TITLE, SESSIONS):
            return "\n".join(part for part in (row.teachers, row.venue) if part)
        return None

    def _text(self, row: ClassRow, column: int) -> str:
        if column == CODE:
            return row.code
        if column == TITLE:
            return row.title
        if column == OCCUPATION:
            return row.occupation
        if column == LEVEL:
            return LEVEL_NAMES[row.target_level]
        if column == STATUS:
            return class_status_label(row.status)
        if column == SEATS:
            return f"{row.placed} / {row.capacity}"
        if column == WAITING:
            return str(row.waiting) if row.waiting else ""
        if column == SIGNUP:
            return f"{local_text(row.signup_opens_at)} – {local_text(row.signup_closes_at)[5:]}"
        if column == SESSIONS:
            if row.first_session_on is None:
                return ""
            return f"{row.first_session_on:%Y-%m-%d} – {row.last_session_on:%m-%d}"
        if column == FEE:
            return f"{row.fee:,}" if row.fee else self.tr("Free")
        return ""

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Code"), self.tr("Title"), self.tr("Occupation"), self.tr("Level"), self.tr("Status"),
                    self.tr("Places"), self.tr("Waiting"), self.tr("Sign-up"), self.tr("Sessions"),
                    self.tr("Fee (yuan)"))[section]
        return None


class ClassesPage(QWidget):
    def __init__(self, ctx: ServiceContext, tabs: list[tuple[str, QWidget]] | None = None):
        """`tabs`: further (title, widget) pairs shown for the chosen class; each widget has
        show_class(class_id) and may emit `changed`."""
        super().__init__()
        self.ctx = ctx
        self.model = ClassTableModel(ctx, self)
        self.search = SearchBox(self.tr("Search code, title, teacher or venue"))
        self.search.setObjectName("search")
        self.search.searched.connect(self.refresh)
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("All statuses"), None)
        for status in ClassStatus:
            self.status.addItem(class_status_label(status), status.value)
        self.status.currentIndexChanged.connect(self.refresh)
        self.occupation = QComboBox()
        self.occupation.setObjectName("occupationFilter")
        self.occupation.currentIndexChanged.connect(self.refresh)
        self.count = QLabel()
        self.count.setObjectName("count")
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status)
        bar.addWidget(self.occupation)
        self.buttons.update(add_buttons(bar, (
            ("add", self.tr("New class…"), self.add),
            ("edit", self.tr("Edit…"), self.edit),
            ("cancel", self.tr("Cancel class"), self.cancel),
            ("export", self.tr("Export…"), self.export),
        )))
        self.table = row_table("classes", self.model)
        self.table.doubleClicked.connect(self._double_clicked)
        self.heading = QLabel()
        self.heading.setObjectName("classHeading")
        self.heading.setWordWrap(True)
        self.signups = SignupsTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("classTabs")
        self.detail_tabs: list[QWidget] = [self.signups]
        self.tabs.addTab(self.signups, self.tr("Sign-ups"))
        for title, widget in tabs or []:
            self.tabs.addTab(widget, title)
            self.detail_tabs.append(widget)
        for widget in self.detail_tabs:
            widget.changed.connect(self._detail_changed)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.heading)
        lower_layout.addWidget(self.tabs, 1)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(bar)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addWidget(self.count)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self.model.modelReset.connect(self._chosen)
        self._fill_occupations()
        self.refresh()

    def _fill_occupations(self) -> None:
        """The occupations to filter by, refilled each time the page shows (the catalogue may
        have grown on the Occupations page); the chosen one stays chosen."""
        chosen = self.occupation.currentData()
        self.occupation.blockSignals(True)
        self.occupation.clear()
        self.occupation.addItem(self.tr("All occupations"), None)
        for row in feedback.attempt(self, lambda: occupations.list_occupations(self.ctx)) or []:
            self.occupation.addItem(row.name, row.id)
        self.occupation.setCurrentIndex(max(self.occupation.findData(chosen), 0))
        self.occupation.blockSignals(False)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._fill_occupations()
        super().showEvent(event)

    def query(self) -> ClassQuery:
        return ClassQuery(search=self.search.text(), status=self.status.currentData(),
                          occupation_id=self.occupation.currentData())

    def refresh(self) -> None:
        self.search.cancel_pending()
        chosen = self.selected()
        total = feedback.attempt(self, lambda: self.model.set_query(self.query()))
        if total is None:
            return
        self.count.setText(self.tr("%1 classes").replace("%1", f"{total:,}"))
        self.table.resizeColumnsToContents()
        if chosen is not None:
            self.select(chosen.id)
        elif self.model.rows:
            self.table.selectRow(0)  # something to look at below straight away

    def select(self, class_id: int) -> None:
        select_record(self.table, class_id)

    def selected(self) -> ClassRow | None:
        return selected_record(self.table)

    def _chosen(self, *_args) -> None:
        row = self.selected()
        self.buttons["edit"].setEnabled(row is not None)
        self.buttons["cancel"].setEnabled(row is not None and row.status is not ClassStatus.CANCELLED)
        if row is None:
            self.heading.setText(self.tr("Choose a class above to see its sign-ups."))
        else:
            details = [row.code, row.title, row.teachers, row.venue]
            self.heading.setText("<b>" + " · ".join(escape(d, quote=False) for d in details if d) + "</b>")
        for widget in self.detail_tabs:
            widget.show_class(row.id if row else None)

    def _double_clicked(self, _index) -> None:
        self.edit()

    def export(self) -> None:
        transfers.export_classes(self, self.ctx, self.query())

    def _detail_changed(self) -> None:
        """One tab saved: the other tabs show the class again (a withdrawal changes the grid,
        a payment the sign-ups…) and the list row its counts; the choice stays."""
        row = self.selected()
        if row is None:
            return
        sender = self.sender()
        for widget in self.detail_tabs:
            if widget is not sender:
                widget.show_class(row.id)
        fresh = feedback.attempt(self, lambda: classes.class_row(self.ctx, row.id))
        if fresh is not None:
            self.model.update_row(fresh)

    def add(self) -> None:
        class_id = ClassDialog.ask(self.ctx, self)
        if class_id is not None:
            self.refresh()
            self.select(class_id)

    def edit(self) -> None:
        row = self.selected()
        if row is not None and ClassDialog.ask(self.ctx, self, row.id) is not None:
            self.refresh()
            self._chosen()

    def cancel(self) -> None:
        row = self.selected()
        if row is None:
            return
        question = self.tr("Cancel %1 %2? Sign-up closes and the class leaves the open lists.") \
            .replace("%1", row.code).replace("%2", row.title)
        if not feedback.confirm(self, question):
            return
        paid = feedback.attempt(self, lambda: classes.cancel_class(self.ctx, row.id))
        if paid is None:
            return
        self.refresh()
        if paid:
            feedback.inform(self, self.tr("%1 fees were paid for this class: refund them and cancel each payment "
                                          "on the Fees tab.").replace("%1", str(paid)))


def build_classes_page(ctx: ServiceContext) -> ClassesPage:
    """The page with every tab; tests may build ClassesPage with fewer."""
    return ClassesPage(ctx, [
        (QCoreApplication.translate("ClassesPage", "Attendance"), AttendanceTab(ctx)),
        (QCoreApplication.translate("ClassesPage", "Fees"), FeesTab(ctx)),
        (QCoreApplication.translate("ClassesPage", "Completion"), CompletionTab(ctx)),
    ])

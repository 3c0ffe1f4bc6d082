"""The certificate registry page: filters, the list, the selected certificate, and what to do with it."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.roles import Permission
from desktop.services import certificates
from desktop.services.certificates import CertificateQuery, CertificateRow
from desktop.services.context import ServiceContext
from desktop.ui import feedback
from desktop.ui.certificates.correction_dialogs import ReissueDialog, RevokeDialog
from desktop.ui.certificates.detail_pane import CertificateDetailPane
from desktop.ui.certificates.issue_dialog import IssueDialog
from desktop.ui.certificates.labels import KINDS, STATUSES, kind_label, status_label
from desktop.ui.certificates.model import CertificateTableModel
from desktop.ui.certificates.print_dialog import show_certificates
from desktop.ui.certificates.settings_dialog import CertificateSettingsDialog
from desktop.ui.certificates.template_editor import TemplateEditor
from desktop.ui.widgets import SearchBox


class CertificatesPage(QWidget):
    def __init__(self, ctx: ServiceContext, settings: QSettings | None = None):
        super().__init__()
        self.ctx = ctx
        self.settings = settings
        self.model = CertificateTableModel(ctx, self)
        self.search = SearchBox(self.tr("Search number, holder, level, award, class or honour"))
        self.search.setObjectName("search")
        self.search.searched.connect(self.apply_filters)
        self.kind = _filter_combo("kindFilter", self.tr("All kinds"), [(kind_label(k), k) for k in KINDS])
        self.status = _filter_combo("statusFilter", self.tr("All statuses"), [(status_label(s), s) for s in STATUSES])
        for combo in (self.kind, self.status):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.table = QTableView()
        self.table.setObjectName("certificateTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().hide()
        self.detail = CertificateDetailPane()
        self.count = QLabel()
        self.count.setObjectName("count")
        self.buttons: dict[str, QPushButton] = {}
        self._layout()
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self._loaded = False

    def _layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.kind, 1)
        filters.addWidget(self.status, 1)
        actions = QHBoxLayout()
        manage = self.ctx.actor.may(Permission.MANAGE_TEMPLATES)
        for name, text, slot, allowed in (
            ("issue", self.tr("Issue…"), self.issue, True),
            ("print", self.tr("Print…"), self.reprint, True),
            ("revoke", self.tr("Revoke…"), self.revoke, True),
            ("reissue", self.tr("Re-issue…"), self.reissue, True),
            ("templates", self.tr("Templates…"), self.edit_templates, True),
            ("settings", self.tr("Settings…"), self.edit_settings, manage),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            button.setVisible(allowed)
            self.buttons[name] = button
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)

    def refresh(self) -> None:
        """Called when the page is shown: fresh rows."""
        first_time = not self._loaded
        self._loaded = True
        self.apply_filters()
        if first_time:
            self.table.resizeColumnsToContents()
            for column in range(self.model.columnCount()):
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), 200))

    def query(self) -> CertificateQuery:
        return replace(self.model.query, kind=self.kind.currentData(), status=self.status.currentData(),
                       search=self.search.text())

    def apply_filters(self) -> None:
        if not self._loaded:
            return
        self.search.cancel_pending()
        if feedback.attempt(self, lambda: self.model.set_query(self.query())) is None:
            return
        self._show_count()

    def _show_count(self) -> None:
        self.count.setText(self.tr("%1 certificates").replace("%1", f"{self.model.total:,}"))

    def selected_rows(self) -> list[CertificateRow]:
        return [self.model.rows[index.row()] for index in sorted(self.table.selectionModel().selectedRows())]

    def _selection_changed(self) -> None:
        rows = self.selected_rows()
        all_issued = bool(rows) and all(r.status == "issued" for r in rows)
        self.buttons["print"].setEnabled(all_issued)
        self.buttons["revoke"].setEnabled(all_issued and len(rows) == 1)
        self.buttons["reissue"].setEnabled(all_issued and len(rows) == 1)
        detail = None
        if len(rows) == 1:
            detail = feedback.attempt(self, lambda: certificates.get_certificate(self.ctx, rows[0].id))
        self.detail.show_detail(detail)

    def select(self, certificate_ids: list[int]) -> None:
        self.table.clearSelection()
        flags = (self.table.selectionModel().SelectionFlag.Select | self.table.selectionModel().SelectionFlag.Rows)
        for certificate_id in certificate_ids:
            while (row := self.model.row_of(certificate_id)) is None and self.model.canFetchMore():
                self.model.fetchMore()
            if row is not None:
                self.table.selectionModel().select(self.model.index(row, 0), flags)
                self.table.scrollTo(self.model.index(row, 0))

    def _reload_and_select(self, certificate_ids: list[int]) -> None:
        if feedback.attempt(self, lambda: self.model.set_query(self.model.query)) is None:
            return
        self._show_count()
        self.select(certificate_ids)

    def issue(self) -> None:
        issued = feedback.attempt(self, lambda: IssueDialog.ask(self.ctx, self, self.settings,
                                                                self.kind.currentData() or "level"))
        if issued:
            self._reload_and_select([row.id for row in issued])

    def reprint(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        ids = [row.id for row in rows]
        if show_certificates(self.ctx, ids, self.settings, self):
            self._reload_and_select(ids)

    def revoke(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        revoked = RevokeDialog.ask(self.ctx, rows[0], self)
        if revoked is not None:
            self.model.update_row(revoked)
            self._selection_changed()

    def reissue(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        new = feedback.attempt(self, lambda: ReissueDialog.ask(self.ctx, rows[0].id, self))
        if new is None:
            return
        self._reload_and_select([new.id])
        question = self.tr("Certificate %1 replaces %2. Print it now?").replace("%1", new.number)\
            .replace("%2", rows[0].number)
        if feedback.confirm(self, question):
            self.reprint()

    def edit_templates(self) -> None:
        editor = TemplateEditor(self.ctx, self.settings, self)
        editor.exec()

    def edit_settings(self) -> None:
        if feedback.attempt(self, lambda: CertificateSettingsDialog.ask(self.ctx, self)) is not None:
            feedback.inform(self, self.tr("The certificate settings were saved. Certificates issued from now "
                                          "on use them."))


def _filter_combo(name: str, all_label: str, items: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItem(all_label, None)
    for label, code in items:
        combo.addItem(label, code)
    return combo

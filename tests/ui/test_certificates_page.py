"""Certificates in the GUI, driven as staff and judges would: issue, print, revoke, verify."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from desktop.services import certificates, trainees
from desktop.services.certificate_settings import certificate_settings
from desktop.services.certificates import CertificateQuery, IssueRequest
from desktop.services.trainees import TraineeInput
from desktop.ui.certificates.correction_dialogs import ReissueDialog, RevokeDialog
from desktop.ui.certificates.issue_dialog import IssueDialog
from desktop.ui.certificates.model import PRINTS, STATUS, CertificateTableModel
from desktop.ui.certificates.page import CertificatesPage
from desktop.ui.certificates.print_dialog import PrintDialog
from desktop.ui.certificates.settings_dialog import CertificateSettingsDialog
from desktop.ui.certificates.verify_dialog import VerifyWidget
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import when_dialog_opens

DAY = dt.date(2026, 11, 21)
PEOPLE = [("张三", "350582197501011239"), ("李梅", "11010519491231002X")]


@pytest.fixture
def holders(staff):
    return [trainees.create_trainee(staff, TraineeInput(name=n, id_number=i, occupations=["焊工"])).id
            for n, i in PEOPLE]


@pytest.fixture
def pdf_printer(tmp_path, monkeypatch):
    """The print dialog answered with a printer that writes a PDF; returns the files it wrote."""
    written = []

    def ask_printer(_parent):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setResolution(150)  # enough to see the pages; keeps the test quick
        path = tmp_path / f"printed-{len(written) + 1}.pdf"
        printer.setOutputFileName(str(path))
        written.append(path)
        return printer

    monkeypatch.setattr("desktop.ui.certificates.printer_output.ask_printer", ask_printer)
    return written


def _page(qtbot, ctx, settings):
    page = CertificatesPage(ctx, settings)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def _shown(page, column):
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def _pages_in(path):
    document = QPdfDocument()
    document.load(str(path))
    try:
        return document.pageCount()
    finally:
        document.close()


def test_the_certificate_model_is_a_well_behaved_qt_model(qtmodeltester, staff, holders):
    certificates.issue_certificates(staff, [IssueRequest("honour", holders[i % 2], DAY, honour_title="泉州市好师傅")
                                            for i in range(230)])
    model = CertificateTableModel(staff)
    model.set_query(CertificateQuery())
    assert model.rowCount() == 200 and model.canFetchMore()
    qtmodeltester.check(model)
    model.fetchMore()
    assert model.rowCount() == model.total == 230 and not model.canFetchMore()
    assert model.index(0, 0).data() == "RY20260230"  # newest first
    assert model.headerData(STATUS, Qt.Orientation.Horizontal) == "Status"
    qtmodeltester.check(model)


def test_issue_a_batch_of_two_then_print_and_reprint_it(qtbot, staff, holders, settings, pdf_printer):
    page = _page(qtbot, staff, settings)
    seen = {}

    def fill(dialog: IssueDialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("award"))
        dialog.issue_date.setDate(DAY)
        dialog.competition.setText("2026年泉州市焊工职工技能竞赛")
        dialog.issue_button.click()  # nobody chosen yet
        seen["holders_error"] = dialog.errors["holders"].isVisible() and dialog.errors["holders"].text()
        dialog.holders.results.selectAll()
        dialog.holders.findChild(QPushButton, "addHolder").click()
        seen["holders"] = dialog.holders.count.text()
        dialog.issue_button.click()  # no award chosen yet
        seen["award_error"] = dialog.errors["award"].isVisible() and dialog.errors["award"].text()
        seen["still_open"] = dialog.isVisible()
        dialog.award.setCurrentText("一等奖")
        dialog.issue_button.click()

    def print_it(dialog: PrintDialog):
        seen["pages"] = dialog.page_count.text(), dialog.document.pageCount()
        dialog.buttons["print"].click()
        seen["status"] = dialog.status.text()
        dialog.buttons["close"].click()

    watchers = when_dialog_opens(IssueDialog, fill), when_dialog_opens(PrintDialog, print_it)
    page.buttons["issue"].click()
    assert all(watchers)
    assert "at least one holder" in seen["holders_error"]
    assert "Enter the award" in seen["award_error"] and seen["still_open"]
    assert seen["holders"] == "Holders: 2"
    assert seen["pages"] == ("2 pages", 2)
    assert "2 pages sent" in seen["status"]
    assert pdf_printer[0].exists() and _pages_in(pdf_printer[0]) == 2
    # issue_and_print counted the first print; printing that same batch was not counted again
    assert _shown(page, PRINTS) == ["1", "1"]
    assert sorted(_shown(page, 0)) == ["HJ202600001", "HJ202600002"]
    assert len(page.table.selectionModel().selectedRows()) == 2  # the new batch is selected

    def reprint(dialog: PrintDialog):
        dialog.buttons["print"].click()
        dialog.buttons["close"].click()

    watcher = when_dialog_opens(PrintDialog, reprint)
    page.buttons["print"].click()
    assert watcher and _pages_in(pdf_printer[1]) == 2
    assert _shown(page, PRINTS) == ["2", "2"]
    detail = certificates.get_certificate(staff, page.model.rows[0].id)
    assert [serial for serial, _at, who in detail.prints if who == "clerk"] == [1, 2]


def test_a_cancelled_batch_issues_nothing_and_the_dialog_stays_open(qtbot, staff, holders, monkeypatch):
    def cancel_at_once(_parent, _label, work):
        return work(lambda _done, _total: False)  # as if Cancel was pressed on the progress dialog

    monkeypatch.setattr("desktop.ui.certificates.issue_dialog.run_with_progress", cancel_at_once)
    dialog = IssueDialog(staff)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.holders.results.selectAll()
    dialog.holders.add_selected()
    dialog.issue_button.click()
    assert dialog.isVisible() and "Cancelled" in dialog.form_error.text()
    assert certificates.count_certificates(staff, CertificateQuery()) == 0


def test_save_as_pdf_from_a_reprint_counts_a_print(qtbot, staff, holders, settings, tmp_path, monkeypatch):
    issued = certificates.issue_certificates(staff, [IssueRequest("level", holders[0], DAY, level=3)])[0]
    monkeypatch.setattr("desktop.ui.certificates.print_dialog.ask_save_path", lambda *_args: tmp_path / "copy.pdf")
    page = _page(qtbot, staff, settings)
    page.table.selectRow(0)

    def save(dialog: PrintDialog):
        dialog.buttons["save"].click()
        dialog.buttons["close"].click()

    watcher = when_dialog_opens(PrintDialog, save)
    page.buttons["print"].click()
    assert watcher and _pages_in(tmp_path / "copy.pdf") == 1
    assert certificates.get_certificate(staff, issued.id).row.print_count == 1 and _shown(page, PRINTS) == ["1"]


def test_closing_a_reprint_preview_without_printing_counts_nothing(qtbot, staff, holders, settings, pdf_printer):
    issued = certificates.issue_certificates(staff, [IssueRequest("level", holders[0], DAY, level=3)])
    page = _page(qtbot, staff, settings)
    page.table.selectRow(0)
    watcher = when_dialog_opens(PrintDialog, lambda dialog: dialog.buttons["close"].click())
    page.buttons["print"].click()
    assert watcher and not pdf_printer
    assert certificates.get_certificate(staff, issued[0].id).row.print_count == 0


def test_printer_offsets_are_kept_per_printer_in_the_workstation_settings(qtbot, staff, holders, settings,
                                                                          pdf_printer):
    certificates.issue_certificates(staff, [IssueRequest("level", holders[0], DAY, level=3)])
    page = _page(qtbot, staff, settings)
    page.table.selectRow(0)

    def fields_only(dialog: PrintDialog):
        dialog.fields_only.setChecked(True)  # re-drawn without the static parts
        dialog.offset_printer.setCurrentText("Counter printer")
        dialog.offset_x.setValue(1.5)
        dialog.offset_y.setValue(-2.0)
        dialog.buttons["close"].click()

    watcher = when_dialog_opens(PrintDialog, fields_only)
    page.buttons["print"].click()
    assert watcher
    assert settings.value("printing/offsets/Counter printer") == ["1.5", "-2"]


def test_revoke_asks_a_reason_and_the_row_shows_revoked(qtbot, staff, holders, settings):
    certificates.issue_certificates(staff, [IssueRequest("level", holders[0], DAY, level=3)])
    page = _page(qtbot, staff, settings)
    page.table.selectRow(0)
    seen = {}

    def answer(dialog: RevokeDialog):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # no reason yet
        seen["error"] = dialog.errors["reason"].isVisible() and dialog.errors["reason"].text()
        dialog.reason.setPlainText("证书信息登记有误")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    watcher = when_dialog_opens(RevokeDialog, answer)
    page.buttons["revoke"].click()
    assert watcher and "reason" in seen["error"]
    assert _shown(page, STATUS) == ["Revoked"]
    assert "证书信息登记有误" in page.model.index(0, STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert page.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    assert not page.buttons["print"].isEnabled() and not page.buttons["revoke"].isEnabled()
    assert "Revoked" in page.detail.state.text()


def test_reissue_corrects_the_name_and_the_old_certificate_shows_replaced(qtbot, staff, holders, settings,
                                                                          monkeypatch):
    old = certificates.issue_certificates(staff, [IssueRequest("level", holders[1], DAY, level=3)])[0]
    page = _page(qtbot, staff, settings)
    page.table.selectRow(0)
    monkeypatch.setattr("desktop.ui.feedback.confirm", lambda *_args: False)  # print it later

    def correct(dialog: ReissueDialog):
        dialog.values["holder_name"].setText("李美")
        dialog.reason.setPlainText("姓名错字")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    watcher = when_dialog_opens(ReissueDialog, correct)
    page.buttons["reissue"].click()
    assert watcher
    assert _shown(page, 2) == ["李美", "李梅"] and _shown(page, STATUS) == ["Issued", "Replaced"]
    new_number = page.model.rows[0].number
    assert page.model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole).startswith(f"Replaced by {new_number}")
    assert page.detail.title.text().endswith(new_number)  # the new one is selected
    assert f"replaces {old.number}" in page.detail.state.text()


def test_the_detail_pane_shows_printed_values_qr_text_and_prints(qtbot, staff, holders, settings):
    issued = certificates.issue_certificates(staff, [IssueRequest("level", holders[0], DAY, level=3)])[0]
    certificates.record_prints(staff, [issued.id])
    page = _page(qtbot, staff, settings)
    page.table.selectRow(0)
    values = {page.detail.values.item(r, 0).text(): page.detail.values.item(r, 1).text()
              for r in range(page.detail.values.rowCount())}
    assert values["Name"] == "张三" and values["Skill level"] == "三级/高级工"
    assert page.detail.qr_text.toPlainText() == certificates.payload_of(staff, issued.number)
    assert page.detail.prints.rowCount() == 1 and page.detail.prints.item(0, 2).text() == "clerk"


def test_filters_narrow_the_list(qtbot, staff, holders, settings):
    certificates.issue_certificates(staff, [IssueRequest("level", holders[0], DAY, level=3),
                                            IssueRequest("honour", holders[1], DAY, honour_title="泉州市好师傅")])
    page = _page(qtbot, staff, settings)
    assert page.count.text() == "2 certificates"
    page.kind.setCurrentIndex(page.kind.findData("honour"))
    assert _shown(page, 1) == ["Honour"]
    page.kind.setCurrentIndex(0)
    page.search.setText("张三")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert _shown(page, 2) == ["张三"]


def test_settings_show_what_is_wrong_next_to_the_field(qtbot, staff, settings, monkeypatch):
    page = _page(qtbot, staff, settings)
    seen = {}

    def fill(dialog: CertificateSettingsDialog):
        dialog.body_code.setText("12")
        dialog.patterns["award"].setText("HJ{year}")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        seen["errors"] = {name: label.text() for name, label in dialog.errors.items() if label.isVisible()}
        dialog.body_code.setText("0420")
        dialog.patterns["award"].setText("JS{yy}-{serial:4}")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    informed = []
    monkeypatch.setattr("desktop.ui.feedback.inform", lambda _parent, text: informed.append(text))
    watcher = when_dialog_opens(CertificateSettingsDialog, fill)
    page.buttons["settings"].click()
    assert watcher and set(seen["errors"]) == {"body_code", "pattern_award"}
    assert "4 digits" in seen["errors"]["body_code"]
    assert informed and "saved" in informed[0]
    saved = certificate_settings(staff)
    assert saved.national.body_code == "0420" and saved.patterns["award"] == "JS{yy}-{serial:4}"


# -- verifying ---------------------------------------------------------------------------------

def _verifier(qtbot, ctx):
    widget = VerifyWidget(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_pasted_genuine_code_is_genuine_and_a_tampered_one_forged(qtbot, staff, judge, holders):
    issued = certificates.issue_certificates(staff, [IssueRequest("level", holders[0], DAY, level=3)])[0]
    payload = certificates.payload_of(staff, issued.number)
    widget = _verifier(qtbot, judge)
    widget.text.setText(payload)
    widget.findChild(QPushButton, "verify").click()
    [card] = widget.verdicts()
    assert card.word.text().lower() == "genuine"
    assert card.word.styleSheet().count("#1b7f3b")  # green
    facts = card.findChildren(type(card.word))
    assert any(label.text() == issued.number for label in facts)
    widget.text.setText(payload.replace("张三", "张五"))
    widget.findChild(QPushButton, "verify").click()
    [card] = widget.verdicts()
    assert card.word.text().lower() == "forged" and "altered" in card.explanation.text()


def test_a_revoked_certificate_verifies_as_revoked_with_the_reason(qtbot, staff, holders):
    issued = certificates.issue_certificates(staff, [IssueRequest("level", holders[0], DAY, level=3)])[0]
    certificates.revoke_certificate(staff, issued.id, "证书信息登记有误")
    widget = _verifier(qtbot, staff)
    widget.text.setText(certificates.payload_of(staff, issued.number))
    widget.text.returnPressed.emit()
    [card] = widget.verdicts()
    assert card.word.text() == "Revoked" and "证书信息登记有误" in card.explanation.text()


def _certificate_pdf(staff, holders, tmp_path):
    path = tmp_path / "issued.pdf"
    certificates.issue_and_print(staff, [IssueRequest("level", holders[0], DAY, level=3)], path)
    return path


def _png_of_first_page(pdf, path):
    document = QPdfDocument()
    document.load(str(pdf))
    points = document.pagePointSize(0)
    size = QSize(round(points.width() * 150 / 72), round(points.height() * 150 / 72))
    picture = QImage(size, QImage.Format.Format_RGB32)
    picture.fill(QColor("white"))
    painter = QPainter(picture)
    painter.drawImage(0, 0, document.render(0, size))
    painter.end()
    document.close()
    assert picture.save(str(path))
    return path


def test_open_a_picture_of_a_certificate_and_its_qr_code_verifies(qtbot, staff, judge, holders, tmp_path,
                                                                  monkeypatch):
    png = _png_of_first_page(_certificate_pdf(staff, holders, tmp_path), tmp_path / "photo.png")
    monkeypatch.setattr("desktop.ui.certificates.verify_dialog.ask_open_path", lambda *_args: png)
    widget = _verifier(qtbot, judge)
    widget.findChild(QPushButton, "openFile").click()
    [card] = widget.verdicts()
    assert card.word.text() == "Genuine"


def test_open_a_certificate_pdf_and_its_qr_code_verifies(qtbot, staff, holders, tmp_path, monkeypatch):
    pdf = _certificate_pdf(staff, holders, tmp_path)
    monkeypatch.setattr("desktop.ui.certificates.verify_dialog.ask_open_path", lambda *_args: pdf)
    widget = _verifier(qtbot, staff)
    widget.findChild(QPushButton, "openFile").click()
    [card] = widget.verdicts()
    assert card.word.text() == "Genuine"


def test_a_picture_without_a_qr_code_says_so(qtbot, staff, tmp_path, monkeypatch):
    blank = QImage(400, 300, QImage.Format.Format_RGB32)
    blank.fill(QColor("white"))
    blank.save(str(tmp_path / "blank.png"))
    monkeypatch.setattr("desktop.ui.certificates.verify_dialog.ask_open_path", lambda *_args: tmp_path / "blank.png")
    widget = _verifier(qtbot, staff)
    widget.findChild(QPushButton, "openFile").click()
    assert not widget.verdicts() and widget.note.text() == "No QR code found in this file."


def test_a_judge_sees_verify_but_not_certificates(qtbot, judge, settings):
    window = MainWindow(judge, settings, "test.sqlite3")
    qtbot.addWidget(window)
    window.show()
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert "Verify certificate" in titles and "Certificates" not in titles
    window.show_page("verify")
    assert window.current_page_id() == "verify"


def test_staff_see_certificates_after_the_registry(qtbot, staff, settings):
    window = MainWindow(staff, settings, "test.sqlite3")
    qtbot.addWidget(window)
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles[titles.index("Competitions") + 1:][:3] == ["Certificates", "Statistics", "Verify certificate"]


def test_the_public_key_is_exported_from_the_settings(qtbot, staff, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QPushButton

    from desktop.services.certificate_settings import certificate_settings
    from desktop.ui.certificates import settings_dialog

    target = tmp_path / "key.pem"
    monkeypatch.setattr(settings_dialog, "ask_save_path", lambda *args: target)
    told = []
    monkeypatch.setattr(settings_dialog.feedback, "inform", lambda parent, text: told.append(text))
    dialog = settings_dialog.CertificateSettingsDialog(staff, certificate_settings(staff))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.findChild(QPushButton, "exportPublicKey").click()
    assert target.read_text().startswith("-----BEGIN PUBLIC KEY-----") and str(target) in told[0]

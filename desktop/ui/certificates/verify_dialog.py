"""Is a certificate genuine? Paste its QR text, or open a PDF or a picture of it and read its QR code."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.services import certificate_previews, certificates
from desktop.services.certificates import Verdict
from desktop.services.context import ServiceContext
from desktop.ui import feedback
from desktop.ui.background import run_with_progress
from desktop.ui.certificates.labels import kind_label, status_label
from desktop.ui.certificates.printer_output import white_page_image
from desktop.ui.file_dialogs import ask_open_path
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import ErrorLabel

SCAN_DPI = 150  # enough for a QR code of 20 mm and more
COLOURS = {"genuine": "#1b7f3b", "revoked": "#d9822b", "forged": "#b00020", "unknown": "#6b6b6b"}


class PdfUnreadable(Exception):
    pass


def codes_in_pdf(path: Path, progress: Callable[[int, int], bool]) -> list[str]:
    """The QR texts on every page of a PDF, in page order (may run off the GUI thread)."""
    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_:
        raise PdfUnreadable(str(path))
    found: list[str] = []
    try:
        pages = document.pageCount()
        for page in range(pages):
            if not progress(page, pages):
                break
            picture = white_page_image(document, page, SCAN_DPI)
            found += certificate_previews.read_qr_codes(bytes(picture.constBits()), picture.width(), picture.height())
    finally:
        document.close()
    return found


class VerdictCard(QFrame):
    """One verdict: the word, big and coloured, then the record and the reason."""

    def __init__(self, verdict: Verdict, parent: QWidget | None = None):
        super().__init__(parent)
        self.verdict = verdict
        colour = COLOURS.get(verdict.status, COLOURS["unknown"])
        self.setObjectName("verdict")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"QFrame#verdict {{ border: 2px solid {colour}; border-radius: 6px; }}")
        self.word = QLabel(self.verdict_word(verdict.status))
        self.word.setObjectName("verdictWord")
        self.word.setStyleSheet(f"color: {colour}; font-size: 22pt; font-weight: bold;")
        self.explanation = QLabel(self.explain(verdict))
        self.explanation.setObjectName("verdictReason")
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.word)
        layout.addWidget(self.explanation)
        record = QFormLayout()
        for label, value in self.facts(verdict):
            shown = QLabel(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            record.addRow(label, shown)
        layout.addLayout(record)

    def verdict_word(self, status: str) -> str:
        return {"genuine": self.tr("Genuine"), "revoked": self.tr("Revoked"), "forged": self.tr("Forged"),
                "unknown": self.tr("Unknown")}.get(status, status)

    def explain(self, verdict: Verdict) -> str:
        if verdict.reason is not None:
            return translate_message(verdict.reason)
        if verdict.status == "genuine":
            return self.tr("The signature is sound and the certificate is valid in the registry.")
        return ""

    def facts(self, verdict: Verdict) -> list[tuple[str, str]]:
        row = verdict.certificate
        if row is not None:
            facts = [(self.tr("Number:"), row.number), (self.tr("Kind:"), kind_label(row.kind)),
                     (self.tr("Holder:"), row.holder_name), (self.tr("Level, award, class or honour:"), row.detail),
                     (self.tr("Issue date:"), row.issue_date.isoformat()), (self.tr("Status:"), status_label(row.status))]
            if row.replaced_by:
                facts.append((self.tr("Replaced by:"), row.replaced_by))
            if row.revoke_reason:
                facts.append((self.tr("Reason:"), row.revoke_reason))
            return facts
        claimed = verdict.claimed
        if not claimed:
            return []
        return [(self.tr("The code claims number:"), claimed.get("number", "")),
                (self.tr("Kind:"), kind_label(claimed.get("kind", ""))),
                (self.tr("Holder:"), claimed.get("holder", "")),
                (self.tr("Level, award, class or honour:"), claimed.get("detail", "")),
                (self.tr("Issue date:"), claimed.get("issue_date", ""))]


class VerifyWidget(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.text = QLineEdit()
        self.text.setObjectName("qrText")
        self.text.setPlaceholderText(self.tr("Type or paste the text of the certificate's QR code"))
        self.text.setClearButtonEnabled(True)
        self.text.returnPressed.connect(self.verify_text)
        verify = QPushButton(self.tr("Verify"))
        verify.setObjectName("verify")
        verify.clicked.connect(self.verify_text)
        open_file = QPushButton(self.tr("Open PDF or picture…"))
        open_file.setObjectName("openFile")
        open_file.clicked.connect(self.verify_file)
        self.note = ErrorLabel()
        self.note.setObjectName("note")
        self.cards = QVBoxLayout()
        self.cards.addStretch(1)
        holder = QWidget()
        holder.setLayout(self.cards)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        row = QHBoxLayout()
        row.addWidget(self.text, 1)
        row.addWidget(verify)
        row.addWidget(open_file)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(scroll, 1)

    def verify_text(self) -> None:
        text = self.text.text().strip()
        if not text:
            self._show([], self.tr("Paste the text of a QR code first."))
            return
        self._verify_all([text])

    def verify_file(self) -> None:
        path = ask_open_path(self, self.tr("Open a certificate"),
                             self.tr("PDF or pictures (*.pdf *.png *.jpg *.jpeg)"))
        if path is None:
            return
        try:
            if path.suffix.lower() == ".pdf":
                codes = run_with_progress(self, self.tr("Reading QR codes in %1…").replace("%1", path.name),
                                          lambda progress: codes_in_pdf(path, progress))
            else:
                codes = certificate_previews.read_qr_codes_from_file(path)
        except PdfUnreadable:
            self._show([], self.tr("%1 cannot be read as a PDF.").replace("%1", path.name))
            return
        except UserError as error:
            self._show([], translate_message(error.message))
            return
        if not codes:
            self._show([], self.tr("No QR code found in this file."))
            return
        self._verify_all(codes)

    def _verify_all(self, codes: list[str]) -> None:
        verdicts = []
        for code in codes:
            verdict = feedback.attempt(self, lambda code=code: certificates.verify(self.ctx, code))
            if verdict is None:
                return
            verdicts.append(verdict)
        self._show(verdicts, "")

    def _show(self, verdicts: list[Verdict], note: str) -> None:
        while self.cards.count() > 1:
            old = self.cards.takeAt(0).widget()
            old.hide()  # gone from the screen now, from memory once control returns to Qt
            old.deleteLater()
        for position, verdict in enumerate(verdicts):
            self.cards.insertWidget(position, VerdictCard(verdict))
        self.note.show_message(note)

    def verdicts(self) -> list[VerdictCard]:
        return [self.cards.itemAt(i).widget() for i in range(self.cards.count() - 1)]


class VerifyPage(QWidget):
    """The "Verify certificate" page: judges and staff check a certificate someone shows them."""

    def __init__(self, ctx: ServiceContext):
        super().__init__()
        title = QLabel(self.tr("Verify a certificate"))
        title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        hint = QLabel(self.tr("Scan the QR code with a scanner into the box, paste the text a phone read, "
                              "or open a PDF or a photo of the certificate."))
        hint.setWordWrap(True)
        self.verifier = VerifyWidget(ctx)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.verifier, 1)

import pytest
import zxingcpp
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.printing.qr import draw_qr, path_operators, qr_matrix
from tests.printing.poppler import pdf_page_image

PAYLOAD = "SKB1|Y000135000001263000128|level|欧阳振华|三级/高级工|2026-11-21|5c1e0a9d3b27|" + "Qx-_" * 21 + "Ab"


def test_dark_runs_become_one_rectangle_each():
    matrix = [bytes([1, 1, 0, 1]), bytes([0, 0, 0, 0]), bytes([1, 1, 1, 1])]
    assert path_operators(matrix).splitlines() == ["0 0 2 1 re", "3 0 1 1 re", "0 2 4 1 re"]


def test_the_encoder_gives_a_square_symbol():
    matrix = qr_matrix(PAYLOAD)
    assert len(matrix) >= 21 and all(len(row) == len(matrix) for row in matrix)
    assert set(b"".join(matrix)) == {0, 1}
    assert matrix[0][:7] == bytes([1] * 7)  # the finder pattern's top edge


def test_the_drawn_symbol_decodes(tmp_path):
    path = tmp_path / "qr.pdf"
    canvas = Canvas(str(path), pagesize=(80 * mm, 80 * mm))
    draw_qr(canvas, PAYLOAD, 20 * mm, 60 * mm, 40 * mm, matrix=qr_matrix(PAYLOAD))
    canvas.showPage()
    canvas.save()
    barcodes = zxingcpp.read_barcodes(pdf_page_image(path, 150))
    assert [b.text for b in barcodes] == [PAYLOAD]

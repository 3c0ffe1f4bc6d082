import io

import pytest
import zxingcpp

from desktop.printing.certificate_pdf import RenderCancelled, render_calibration_page, render_certificates
from desktop.printing.templates import SAMPLE_VALUES, load_builtin_templates
from tests.printing.poppler import pdf_fonts, pdf_page_image, pdf_text, pdf_words

MM = 72 / 25.4
DATE_FORMS = {"level": "2026年11月21日", "award": "二〇二六年十一月二十一日",
              "completion": "二〇二六年十一月二十一日", "honour": "二〇二六年十一月二十一日"}
KEYS = list(DATE_FORMS)


@pytest.fixture(scope="module")
def templates():
    return load_builtin_templates()


def _render(tmp_path, template, pages, name="out.pdf", **options):
    path = tmp_path / name
    written = render_certificates(template, pages, path, **options)
    return path, written


def _flat(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("key", KEYS)
def test_each_template_renders_one_page_with_the_fields(tmp_path, templates, key, photo_jpeg):
    values = {**SAMPLE_VALUES[templates[key]["kind"]], "photo": photo_jpeg}
    path, written = _render(tmp_path, templates[key], [values])
    text = _flat(pdf_text(path))
    assert written == 1 and pdf_text(path).count("\f") == 1
    assert values["holder_name"] in text
    assert values["number"] in text
    assert DATE_FORMS[key] in text


@pytest.mark.parametrize("key", KEYS)
def test_the_chinese_fonts_are_embedded_as_subsets(tmp_path, templates, key):
    path, _ = _render(tmp_path, templates[key], [SAMPLE_VALUES[templates[key]["kind"]]])
    fonts = pdf_fonts(path)
    assert fonts, "no fonts in the PDF"
    for line in fonts:  # name type encoding emb sub uni object-id: every font embedded, subset
        columns = line.split()
        assert columns[-5:-2] == ["yes", "yes", "yes"], line


@pytest.mark.parametrize("key", KEYS)
def test_the_printed_qr_code_decodes_to_the_payload(tmp_path, templates, key):
    values = SAMPLE_VALUES[templates[key]["kind"]]
    path, _ = _render(tmp_path, templates[key], [values])
    barcodes = zxingcpp.read_barcodes(pdf_page_image(path, 150), formats=zxingcpp.BarcodeFormat.QRCode)
    assert [b.text for b in barcodes] == [values["qr_payload"]]


def test_many_pages_go_into_one_pdf(tmp_path, templates, photo_jpeg):
    pages = [{**SAMPLE_VALUES["level"], "holder_name": name, "photo": photo_jpeg} for name in ("张三", "李四", "王五")]
    path, written = _render(tmp_path, templates["level"], pages)
    text = pdf_text(path)
    assert written == 3 and text.count("\f") == 3
    assert [name in page for page, name in zip(text.split("\f"), ("张三", "李四", "王五"))] == [True] * 3
    # one image in the file however many pages show it
    assert path.read_bytes().count(b"/Subtype /Image") == 1


def test_fields_only_leaves_out_the_static_wording_but_keeps_the_values(tmp_path, templates):
    values = SAMPLE_VALUES["level"]
    full, _ = _render(tmp_path, templates["level"], [values], "full.pdf")
    fields, _ = _render(tmp_path, templates["level"], [values], "fields.pdf", fields_only=True)
    assert "职业技能等级证书" in _flat(pdf_text(full))
    text = _flat(pdf_text(fields))
    assert "职业技能等级证书" not in text and "身份证号" not in text
    assert values["holder_name"] in text and values["number"] in text


def test_the_seal_names_the_issuer_and_is_left_to_the_stamp_on_preprinted_stock(tmp_path, templates):
    values = {**SAMPLE_VALUES["award"], "issuer": "晋江市总工会"}
    full, _ = _render(tmp_path, templates["award"], [values] * 2, "full.pdf")
    fields, _ = _render(tmp_path, templates["award"], [values], "fields.pdf", fields_only=True)
    assert [page.count("晋") for page in pdf_text(full).split("\f")[:2]] == [2, 2]  # issuer line and seal
    assert pdf_text(fields).count("晋") == 1


def _box(path, word):
    boxes = [b for b in pdf_words(path) if b[0] == word]
    assert len(boxes) == 1, (word, boxes)
    return boxes[0][1:]


def test_the_printer_offset_moves_everything(tmp_path, templates):
    values = SAMPLE_VALUES["level"]
    plain, _ = _render(tmp_path, templates["level"], [values], "plain.pdf", fields_only=True)
    shifted, _ = _render(tmp_path, templates["level"], [values], "shifted.pdf", fields_only=True,
                         offset_mm=(5.0, -3.0))
    for word in (values["holder_name"], values["number"]):
        before, after = _box(plain, word), _box(shifted, word)
        assert after[0] - before[0] == pytest.approx(5.0 * MM, abs=0.05)   # right by 5 mm
        assert after[1] - before[1] == pytest.approx(-3.0 * MM, abs=0.05)  # up by 3 mm


def test_values_are_placed_where_the_template_says(tmp_path, templates):
    element = next(e for e in templates["level"]["elements"] if e.get("field") == "holder_name")
    path, _ = _render(tmp_path, templates["level"], [SAMPLE_VALUES["level"]], fields_only=True)
    x_min, _, _, y_max = _box(path, SAMPLE_VALUES["level"]["holder_name"])
    assert x_min == pytest.approx(element["x"] * MM, abs=0.5)
    assert y_max == pytest.approx(element["y"] * MM, abs=3.0)  # the baseline, give or take the descent


def test_a_long_name_shrinks_to_its_maximum_width(tmp_path, templates):
    element = next(e for e in templates["level"]["elements"] if e.get("field") == "holder_name")
    long_name = "阿卜杜热合曼买买提依明艾力江吐尔逊"   # 17 characters: wider than the space at 16 pt
    short_path, _ = _render(tmp_path, templates["level"], [{**SAMPLE_VALUES["level"], "holder_name": "林秀英"}],
                            "short.pdf", fields_only=True)
    long_path, _ = _render(tmp_path, templates["level"], [{**SAMPLE_VALUES["level"], "holder_name": long_name}],
                           "long.pdf", fields_only=True)
    x_min, y_min, x_max, y_max = _box(long_path, long_name)
    assert x_max - x_min <= element["max_width"] * MM + 0.5
    assert x_max - x_min > element["max_width"] * MM * 0.9             # shrunk just enough, not more
    short = _box(short_path, "林秀英")
    assert (y_max - y_min) < (short[3] - short[1])                     # the glyphs got smaller


def test_the_shrinking_stops_at_sixty_percent(tmp_path, templates):
    from desktop.printing.text_layout import TextStyle, fitted_size
    style = TextStyle(font="kai", size=20, max_width=50 * MM)
    assert fitted_size("林秀英", style) == 20
    assert fitted_size("很" * 30, style) == pytest.approx(12.0)


def test_a_cancelled_render_raises_and_writes_nothing(tmp_path, templates):
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return done < 2

    path = tmp_path / "cancelled.pdf"
    with pytest.raises(RenderCancelled):
        render_certificates(templates["award"], [SAMPLE_VALUES["award"]] * 5, str(path), progress=progress)
    assert calls == [(1, 5), (2, 5)]
    assert not path.exists()


def test_progress_reports_every_page_and_total_can_be_given(templates):
    calls = []
    pages = (SAMPLE_VALUES["honour"] for _ in range(3))  # a generator: no length
    out = io.BytesIO()
    written = render_certificates(templates["honour"], pages, out, total=3,
                                  progress=lambda done, total: calls.append((done, total)))
    assert written == 3 and calls == [(1, 3), (2, 3), (3, 3)]
    assert out.getvalue().startswith(b"%PDF-")


def test_an_empty_batch_writes_nothing(tmp_path, templates):
    path = tmp_path / "empty.pdf"
    assert render_certificates(templates["level"], [], path) == 0
    assert not path.exists()


def test_an_invalid_template_is_refused(templates):
    broken = {**templates["award"], "page": {"size": "Letter", "orientation": "landscape"}}
    with pytest.raises(ValueError, match="page needs a size"):
        render_certificates(broken, [SAMPLE_VALUES["award"]], io.BytesIO())


def test_a_missing_photo_leaves_a_frame_unless_printing_fields_only(tmp_path, templates):
    values = SAMPLE_VALUES["completion"]
    full, _ = _render(tmp_path, templates["completion"], [values], "full.pdf")
    fields, _ = _render(tmp_path, templates["completion"], [values], "fields.pdf", fields_only=True)
    assert "照片" in _flat(pdf_text(full))
    assert "照片" not in _flat(pdf_text(fields))


def test_paragraph_text_wraps_without_a_line_starting_with_punctuation(tmp_path, templates):
    values = {**SAMPLE_VALUES["completion"], "class_title": "泉州市职工数字技能（工业机器人系统运维员）高级研修培训班"}
    path, _ = _render(tmp_path, templates["completion"], [values])
    lines = [line.strip() for line in pdf_text(path).splitlines() if line.strip()]
    body = [line for line in lines if "学时" in line or "研修" in line or line.startswith("学员")]
    assert body and not any(line[0] in "，。、；：）" for line in body)
    assert "工业机器人系统运维员" in _flat(pdf_text(path))
    assert "特发此证。" in lines  # "\n" in the template text starts a paragraph of its own


def test_the_calibration_page_renders(tmp_path):
    path = tmp_path / "calibration.pdf"
    render_calibration_page(str(path), {"size": "A4", "orientation": "landscape"}, offset_mm=(1.5, -0.5))
    text = pdf_text(path)
    assert text.count("\f") == 1
    assert "套打校准页" in text and "(20, 20)" in text and "(277, 190)" in text and "(148.5, 105)" in text
    assert "+1.5" in text and "-0.5" in text
    words = pdf_words(path)
    assert any(w[0] == "(20," for w in words)


def test_the_calibration_page_crosshair_lands_at_its_nominal_position(tmp_path):
    path = tmp_path / "calibration.pdf"
    render_calibration_page(path, {"size": "A5", "orientation": "portrait"})
    label = next(w for w in pdf_words(path) if w[0] == "(128,")   # A5 portrait: 148 - 20
    assert label[1] == pytest.approx(128 * MM + 1.5 * MM, abs=0.5)  # the label starts 1.5 mm right of the cross


def _png_base64(color, size):
    import base64

    from PIL import Image
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "PNG")
    return base64.b64encode(out.getvalue()).decode()


def test_background_and_images_are_drawn_once_per_document(tmp_path, templates):
    template = {**templates["award"], "background": {"data": _png_base64((250, 235, 200), (297, 210))},
                "elements": [e for e in templates["award"]["elements"] if e["id"] != "paper"] + [
                    {"id": "logo", "type": "image", "x": 20, "y": 20, "static": True, "width": 20, "height": 14,
                     "data": _png_base64((200, 0, 0), (60, 40))},
                    {"id": "badge", "type": "image", "x": 257, "y": 20, "static": False, "width": 20, "height": 14,
                     "data": _png_base64((0, 0, 200), (60, 40))}]}
    path, _ = _render(tmp_path, template, [SAMPLE_VALUES["award"]] * 3)
    assert path.read_bytes().count(b"/Subtype /Image") == 3
    image = pdf_page_image(path, 50)

    def colour_at(x_mm, y_mm):
        return image.getpixel((int(x_mm * 50 / 25.4), int(y_mm * 50 / 25.4)))

    def near(actual, expected):
        return all(abs(a - e) <= 4 for a, e in zip(actual, expected))

    assert near(colour_at(30, 27), (200, 0, 0))          # the static logo, from the page's form
    assert near(colour_at(267, 27), (0, 0, 200))         # the per-page image
    assert near(colour_at(60, 40), (250, 235, 200))      # the background, where nothing else is

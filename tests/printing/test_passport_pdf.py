"""The skills passport PDF: Chinese text that can be read back, and long records over pages."""
import dataclasses
import datetime as dt

import pytest

from desktop.printing.passport_pdf import render_passport
from desktop.services.passport import CertificateEntry, ClassEntry, LevelEntry, OccupationHours, Passport
from tests.printing.poppler import pdf_fonts, pdf_text

DAY = dt.date(2026, 3, 2)


def welding_class(number: int, minutes: int = 90) -> ClassEntry:
    return ClassEntry(f"PX2026-{number:03d}", f"焊工（高级）第{number}期培训班", "焊工", 3, "三级/高级工",
                      DAY + dt.timedelta(days=7 * number), DAY + dt.timedelta(days=7 * number + 30), "completed", minutes)


def sample(classes: tuple[ClassEntry, ...] = (welding_class(1, 1560),), **changes) -> Passport:
    data = Passport(
        trainee_id=1, name="张三丰", gender="男", masked_id_number="350***********1239", employer="泉州机械厂",
        county="晋江市", occupations=("焊工",), honours=("泉州市劳动模范",), archived=False, issuer="泉州市总工会",
        prepared_on=dt.date(2026, 5, 3), classes=classes,
        hours=(OccupationHours("焊工", sum(c.credited_minutes for c in classes)),),
        total_minutes=sum(c.credited_minutes for c in classes),
        levels=(LevelEntry("三级/高级工", "焊工", "S000135000001263000001", dt.date(2026, 1, 5)),),
        certificates=(CertificateEntry("level", "S000135000001263000001", "三级/高级工", dt.date(2026, 1, 5), "issued"),
                      CertificateEntry("completion", "JY202600001", "焊工（高级）培训班", dt.date(2025, 12, 5),
                                       "revoked")))
    return dataclasses.replace(data, **changes)


def _flat(text: str) -> str:
    return "".join(text.split())


def test_the_passport_reads_back_with_name_class_and_total_hours(tmp_path):
    path = tmp_path / "passport.pdf"
    pages = render_passport(sample(), path)
    text = _flat(pdf_text(path))
    assert pages == 1
    for expected in ("技能护照", "泉州市总工会", "张三丰", "350***********1239", "焊工（高级）第1期培训班",
                     "培训经历", "分工种学时", "技能等级", "证书", "合计26", "S000135000001263000001", "已撤销",
                     "第1页共1页", "打印日期：2026年5月3日"):
        assert expected in text, expected
    assert "350582197501011239" not in text


def test_the_chinese_fonts_are_embedded(tmp_path):
    path = tmp_path / "passport.pdf"
    render_passport(sample(), path)
    fonts = pdf_fonts(path)
    assert fonts
    for line in fonts:  # emb sub uni: every font embedded as a subset
        assert line.split()[-5:-2] == ["yes", "yes", "yes"], line


def test_sixty_classes_flow_over_several_numbered_pages(tmp_path):
    path = tmp_path / "long.pdf"
    pages = render_passport(sample(tuple(welding_class(n) for n in range(1, 61))), path)
    text = pdf_text(path)
    sheets = [_flat(page) for page in text.split("\f") if page.strip()]
    assert pages == len(sheets) > 1
    assert [f"第{n}页共{pages}页" in sheet for n, sheet in enumerate(sheets, start=1)] == [True] * pages
    assert all("培训班" in sheet and "学时" in sheet for sheet in sheets[1:])  # the header row repeats
    assert all(f"PX2026-{n:03d}" in _flat(text) for n in range(1, 61))
    assert "合计90" in sheets[-1]  # 60 × 1.5 hours


def test_empty_sections_say_none_and_plain_dicts_work_too(tmp_path):
    path = tmp_path / "new.pdf"
    data = dataclasses.asdict(sample((), hours=(), levels=(), certificates=(), issuer=""))
    render_passport(data, path)
    text = _flat(pdf_text(path))
    assert "张三丰" in text and "泉州市总工会" not in text
    assert text.count("无") >= 4  # no classes, hours, levels or certificates


def test_an_unwritable_destination_raises_oserror(tmp_path):
    with pytest.raises(OSError):
        render_passport(sample(), tmp_path / "missing" / "passport.pdf")

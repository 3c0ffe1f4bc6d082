"""The competition printouts: result sheet (成绩表), check-in list (检录表) and rules summary
(评分规则说明) — what they say, how they flow over pages, and how they are laid out."""
from __future__ import annotations

import datetime as dt
import io
import re
from fractions import Fraction as F

import pytest

from desktop.printing.competition_pdf import (
    CheckinLine,
    CheckinList,
    ResultLine,
    ResultSheet,
    RulesSummary,
    TeamLine,
    flag_text,
    render_checkin_list,
    render_result_sheet,
    render_rules_summary,
    score_text,
)
from tests.printing.poppler import pdf_fonts, pdf_page_image, pdf_text

MAXIMA = {"theory": F(100), "practical": F(50)}
PRIZES = ["一等奖", "二等奖", "二等奖", "三等奖"]
PRINTED_ON = dt.date(2026, 11, 22)


def _lines(count: int, preset: str = "china", employer: str = "晋江机械厂") -> list[ResultLine]:
    lines = []
    for i in range(count):
        flags = {0: ("medallion",) if preset == "worldskills" else (), 2: ("incomplete", "remark:P1"),
                 4: ("below_min",)}.get(i, ())
        lines.append(ResultLine(i + 1, f"{300 + 7 * i:03d}", i + 1, f"选手{i:03d}", ["晋江市代表队", "南安市代表队"][i % 2],
                                employer, {"theory": F(8000 - 37 * i, 100), "practical": F(3400 - 21 * i, 100)},
                                F(7160 - 55 * i, 100), PRIZES[i] if i < len(PRIZES) else "", flags,
                                scaled=720 - 13 * i if preset == "worldskills" else None, advances=i < 2))
    return lines + [ResultLine(None, "999", count + 1, "林不到", "晋江市代表队", employer, {}, None, "", status="absent"),
                    ResultLine(None, "998", count + 2, "黄违规", "南安市代表队", employer, {}, None, "",
                               status="disqualified")]


def _sheet(count: int = 6, preset: str = "china", provisional: bool = True, version: int | None = None,
           published_on: str = "", version_reason: str = "", **extra) -> ResultSheet:
    teams = [TeamLine(1, "晋江市代表队", "张领队", F(21000, 100)), TeamLine(2, "南安市代表队", "", F(20050, 100))]
    return ResultSheet("2026年泉州市职工技能竞赛", "焊工", "final", preset, provisional, MAXIMA,
                       _lines(count, preset, **extra), teams, 3, "泉州市总工会", PRINTED_ON, version=version,
                       published_on=published_on, version_reason=version_reason)


def _rules(preset: str = "china", **extra) -> RulesSummary:
    data = dict(competition="2026年泉州市职工技能竞赛", event="焊工", stage="final", preset=preset, drop_k=2,
                weights={"theory": F("0.4"), "practical": F("0.6")}, prize_shares=(F("0.1"), F("0.2"), F("0.3")),
                min_total=F(60), team_best=3, section_maxima=MAXIMA,
                aspect_counts={"theory": (1, 0), "practical": (1, 1)}, contestants=12, issuer="泉州市总工会",
                printed_on=PRINTED_ON) | extra
    return RulesSummary(**data)


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("value, expected", [(F(358, 5), "71.60"), (F(2345, 1000), "2.35"), (F(0), "0.00"),
                                             (F(100), "100.00"), (None, "")])
def test_scores_print_with_two_decimals(value, expected):
    assert score_text(value) == expected


def test_flags_read_in_chinese():
    assert flag_text(("incomplete", "remark:P1", "remark:P2")) == "缺项、待复评（P1、P2）"
    assert flag_text(("below_min",), advances=True) == "未达最低分、晋级"
    assert flag_text(("medallion",)) == "优胜奖"
    assert flag_text(()) == ""


def test_the_result_sheet_ranks_everyone_then_the_unranked_then_the_teams(tmp_path):
    pdf = tmp_path / "results.pdf"
    assert render_result_sheet(_sheet(), pdf) == 1
    text = pdf_text(pdf)
    flat = _flat(text)
    for heading in ("2026年泉州市职工技能竞赛焊工成绩表", "泉州市总工会", "赛段：决赛", "名次", "加密号", "参赛号", "姓名",
                    "代表队", "单位", "理论", "实操", "总分", "奖项", "备注", "理论满分100", "实操满分50"):
        assert heading in flat, heading
    assert "700分制" not in flat
    for line in _sheet().lines:
        assert line.name in text
    assert "71.60" in text and "80.00" in text and "34.00" in text and "68.85" in text
    assert all(prize in text for prize in ("一等奖", "二等奖", "三等奖"))
    assert "缺项、待复评（P1）" in flat and "未达最低分" in flat and "晋级" in flat
    assert flat.index("选手005") < flat.index("林不到") < flat.index("缺考") < flat.index("黄违规") < flat.index("取消资格")
    assert "（暂定成绩，未公布）" in text
    teams = flat[flat.index("团体成绩"):]
    assert "各队成绩取本队总分前3名之和" in teams and "张领队" in teams and "210.00" in teams and "200.50" in teams
    assert all(role in teams for role in ("裁判长：", "监督：", "日期："))
    assert "第1页共1页" in flat and "打印日期：2026年11月22日" in flat
    fonts = pdf_fonts(pdf)
    assert fonts and all(line.split()[-5:-2] == ["yes", "yes", "yes"] for line in fonts), fonts  # embedded subsets
    image = pdf_page_image(pdf, 40)
    assert image.width < image.height  # portrait: the columns fit


def test_published_results_carry_no_provisional_marker(tmp_path):
    pdf = tmp_path / "final.pdf"
    render_result_sheet(_sheet(provisional=False), pdf)
    assert "暂定" not in pdf_text(pdf)


def test_a_published_version_says_its_number_and_after_the_first_the_ruling(tmp_path):
    first, second = tmp_path / "v1.pdf", tmp_path / "v2.pdf"
    render_result_sheet(_sheet(provisional=False, version=1, published_on="2026-11-22 15:30"), first)
    ruling = "经仲裁组复核，选手003理论试卷漏记一题，理论成绩更正为90分。"
    render_result_sheet(_sheet(provisional=False, version=2, published_on="2026-11-22 18:05",
                               version_reason=ruling), second)
    one, two = _flat(pdf_text(first)), _flat(pdf_text(second))
    assert "第1版2026-11-2215:30公布" in one and "替代" not in one and "成绩表（第1版）" in one  # footer too
    assert "第2版2026-11-2218:05公布" in two and "本版依据仲裁裁定更正，替代第1版。" in two
    assert _flat(ruling) in two and "成绩表（第2版）" in two
    assert two.index("第2版") < two.index("名次")  # above the table
    provisional = tmp_path / "provisional.pdf"
    render_result_sheet(_sheet(), provisional)
    assert "版" not in pdf_text(provisional)  # results as they stand have no version


def test_worldskills_adds_the_700_scale_and_wide_columns_turn_the_page(tmp_path):
    pdf = tmp_path / "worldskills.pdf"
    render_result_sheet(_sheet(preset="worldskills", employer="福建省晋江市恒安精密机械制造有限公司"), pdf)
    flat = _flat(pdf_text(pdf))
    assert "700分制" in flat and "世界技能大赛评分规则" in flat
    assert "720" in flat and "优胜奖、晋级" in flat
    image = pdf_page_image(pdf, 40)
    assert image.width > image.height  # landscape


def test_a_long_result_sheet_flows_over_pages_with_the_header_repeated(tmp_path):
    out = io.BytesIO()  # a stream works as well as a path
    pages = render_result_sheet(_sheet(70), out)
    assert pages >= 2
    pdf = tmp_path / "long.pdf"
    pdf.write_bytes(out.getvalue())
    page_texts = [_flat(page) for page in pdf_text(pdf).split("\f")[:pages]]
    assert all("加密号" in page for page in page_texts if "选手" in page)
    assert all(f"共{pages}页" in page and "成绩表（暂定）" in page for page in page_texts)  # every page says so
    assert "选手000" in page_texts[0] and "选手069" not in page_texts[0]
    assert "团体成绩" in page_texts[-1] and "裁判长" in page_texts[-1]


def test_an_event_without_results_still_prints_a_sheet(tmp_path):
    pdf = tmp_path / "empty.pdf"
    sheet = ResultSheet("赛", "焊工", "final", "china", True, {}, [], [], 3)
    assert render_result_sheet(sheet, pdf) == 1
    assert "暂无成绩" in pdf_text(pdf)


def _checkin(count: int) -> CheckinList:
    lines = [CheckinLine(f"{100 + 9 * i:03d}", f"{(i * 7) % count + 1:02d}", f"选手{i:03d}", "晋江市代表队",
                         f"35050319900101{i:03d}X") for i in range(count)]
    return CheckinList("2026年泉州市职工技能竞赛", "焊工", "final", "20261122", lines, "泉州市总工会", PRINTED_ON)


def test_the_checkin_list_shows_the_seed_drawn_numbers_and_masked_ids(tmp_path):
    pdf = tmp_path / "checkin.pdf"
    checkin = _checkin(8)
    assert render_checkin_list(checkin, pdf) == 1
    text = pdf_text(pdf)
    flat = _flat(text)
    for heading in ("2026年泉州市职工技能竞赛焊工检录表", "抽签种子：20261122", "加密号", "工位", "姓名", "代表队", "身份证号",
                    "签到", "检录员：", "监督："):
        assert heading in flat, heading
    positions = [flat.index(line.drawn_number) for line in checkin.lines]
    assert positions == sorted(positions)  # as given: drawn-number order
    assert "350***********000X" in text and "35050319900101000X" not in text


def test_a_long_checkin_list_flows_over_pages(tmp_path):
    pdf = tmp_path / "checkin.pdf"
    pages = render_checkin_list(_checkin(60), pdf)
    assert pages >= 2
    page_texts = [_flat(page) for page in pdf_text(pdf).split("\f")[:pages]]
    assert all("签到" in page for page in page_texts)
    assert "选手059" in page_texts[-1] and f"第{pages}页共{pages}页" in page_texts[-1]


def test_the_china_rules_summary_states_the_events_own_numbers_on_one_page(tmp_path):
    pdf = tmp_path / "rules.pdf"
    assert render_rules_summary(_rules(), pdf) == 1
    flat = _flat(pdf_text(pdf))
    for fact in ("焊工评分规则说明", "国内通用评分规则", "2k+3=7", "k=2", "去掉2个最高分和2个最低分", "0.4（40%）", "0.6（60%）",
                 "总分=0.4×理论得分÷100×100+0.6×实操得分÷50×100", "四舍五入保留两位小数", "1、2、2、4",
                 "实操得分高者在前", "c1=round_half_up(n×p1)", "一等奖p1=10%", "n=12", "c1=1，c2=4，c3=7",
                 "总分低于60分者不获奖", "缺考、取消资格者不计", "前3名选手总分之和"):
        assert fact in flat, fact
    assert "700" not in flat


def test_the_worldskills_rules_summary_states_the_700_formula(tmp_path):
    pdf = tmp_path / "rules.pdf"
    assert render_rules_summary(_rules("worldskills", min_total=None), pdf) == 1
    flat = _flat(pdf_text(pdf))
    for fact in ("世界技能大赛评分规则", "0～3分", "三名或以上裁判", "裁判评分平均值÷3×该评分项满分", "相差超过1分", "待复评",
                 "标准分=700+100×(总分−中位数)÷标准差，四舍五入取整", "总体标准差", "标准分均为700",
                 "达到700分及以上者获优胜奖", "未设获奖最低分"):
        assert fact in flat, fact
    assert "2k+3" not in flat


def test_an_event_with_one_section_weighs_it_one(tmp_path):
    pdf = tmp_path / "rules.pdf"
    render_rules_summary(_rules(section_maxima={"practical": F(50)}, weights={"practical": F(1)},
                                aspect_counts={"practical": (0, 3)}), pdf)
    flat = _flat(pdf_text(pdf))
    assert "总分=实操得分÷50×100（只有一个分项，权重为1）" in flat and "评价项3项" in flat


def test_no_rules_line_starts_with_closing_punctuation(tmp_path):
    pdf = tmp_path / "rules.pdf"
    for preset in ("china", "worldskills"):
        render_rules_summary(_rules(preset), pdf)
        lines = [line.strip() for line in pdf_text(pdf).splitlines() if line.strip()]
        assert not [line for line in lines if line[0] in "，。、；：）》」”"], preset


def test_a_rules_summary_with_long_names_is_set_smaller_to_stay_on_one_page(tmp_path):
    pdf = tmp_path / "rules.pdf"
    summary = _rules("worldskills", competition="2026年泉州市第十二届职工职业技能大赛暨“海丝工匠”技能竞赛全市总决赛（焊工、钳工、电工赛区）",
                     issuer="泉州市总工会 泉州市人力资源和社会保障局 泉州市工业和信息化局")
    assert render_rules_summary(summary, pdf) == 1
    flat = _flat(pdf_text(pdf))
    assert "标准分=700+100×(总分−中位数)÷标准差" in flat and "前3名选手总分之和" in flat and "裁判长" in flat

"""The judge-quality report (评判质量报告): leniency, spread flags and agreement per judge, from
the final marks of a published event."""
from fractions import Fraction as F

import pytest

from desktop.domain.errors import Conflict, UserError
from desktop.domain.judge_quality import JudgedMark, judge_quality as quality_of, median, spread_limit
from desktop.services import competitions
from desktop.services.competition_draw import draw_lots
from desktop.services.competition_marks import MarkInput, save_marks
from desktop.services.competition_results import publish
from desktop.services.competition_scheme import list_scheme
from desktop.services.judge_quality import judge_quality, save_judge_quality_pdf
from tests.services.competition_helpers import event_with_contestants


def _marked(staff, offsets, count=5):
    """An event whose judge j gives P1 the mark 10 + n + offsets(j, n) for contestant n."""
    _competition, event_id, judges = event_with_contestants(staff, count=count)
    draw_lots(staff, event_id, "20261122")
    aspects = {a.code: a.id for a in list_scheme(staff, event_id)}
    marks = []
    for n, c in enumerate(competitions.list_contestants(staff, event_id)):
        marks.append(MarkInput(c.id, aspects["T1"], None, F(60 + 5 * n)))
        marks += [MarkInput(c.id, aspects["P1"], j, F(10 + n) + offsets(k, n)) for k, j in enumerate(judges)]
        marks.append(MarkInput(c.id, aspects["P2"], None, F(20)))
    save_marks(staff, event_id, marks)
    return event_id, judges


def test_a_lenient_judge_shows_a_positive_deviation_and_the_others_a_small_negative_one(staff):
    event_id, _judges = _marked(staff, lambda k, n: F(2) if k == 0 else F(0))
    publish(staff, event_id)
    report = judge_quality(staff, event_id)
    assert report.preset == "china" and report.spread_share == F(1, 5) and report.spread_marks is None
    assert report.judged_aspects == 1 and report.cells == 5
    assert [line.label for line in report.lines] == ["J1", "J2", "J3", "J4", "J5"]
    lenient, *others = report.lines
    # +2 on a maximum of 20 against the others' mean: +10 %; within the 20 % rule
    assert (lenient.cells, lenient.mean_deviation, lenient.mean_absolute) == (5, F(10), F(10))
    assert lenient.flags == 0 and lenient.agreement == 1 and lenient.name == "裁判1"
    for line in others:  # the others' mean holds J1's +2 once in four: −0.5 / 20
        assert line.mean_deviation == F(-5, 2) and line.mean_absolute == F(5, 2)
        assert line.flags == 0 and line.agreement == 1


def test_a_judge_far_off_is_counted_as_the_outlier(staff):
    event_id, _judges = _marked(staff, lambda k, n: F(6) if (k, n) == (4, 0) else F(0))
    publish(staff, event_id)
    lines = {line.label: line for line in judge_quality(staff, event_id).lines}
    far = lines["J5"]  # 16 against 10, 10, 10, 10: 30 % of 20 > 20 %
    assert far.flags == 1 and far.agreement == F(4, 5) and far.mean_deviation == F(6)
    assert all(lines[label].flags == 0 and lines[label].agreement == 1 for label in ("J1", "J2", "J3", "J4"))
    assert lines["J1"].mean_deviation == F(-3, 2)  # −1.5 / 20 = −7.5 % on one cell in five


def test_the_report_is_refused_before_the_results_are_published(staff, tmp_path):
    event_id, _judges = _marked(staff, lambda k, n: F(0))
    with pytest.raises(Conflict, match="Lock the marks of 焊工 first"):
        judge_quality(staff, event_id)
    with pytest.raises(Conflict):
        save_judge_quality_pdf(staff, event_id, tmp_path / "q.pdf")
    assert not (tmp_path / "q.pdf").exists()


def test_the_pdf_is_written_and_an_unwritable_path_is_a_user_error(staff, tmp_path):
    event_id, _judges = _marked(staff, lambda k, n: F(0))
    publish(staff, event_id)
    assert save_judge_quality_pdf(staff, event_id, tmp_path / "q.pdf") == 1
    assert (tmp_path / "q.pdf").read_bytes().startswith(b"%PDF")
    with pytest.raises(UserError, match="Cannot write"):
        save_judge_quality_pdf(staff, event_id, tmp_path / "missing" / "q.pdf")


def test_the_domain_is_exact_and_follows_each_preset():
    assert median([F(3), F(1), F(2)]) == 2 and median([F(1), F(2)]) == F(3, 2)
    assert spread_limit("china", F(20)) == 4 and spread_limit("worldskills", F(3)) == 1
    marks = [JudgedMark(1, "A", j, F(v)) for j, v in (("a", 3), ("b", 1), ("c", 1))]
    marks += [JudgedMark(2, "A", "a", F(2)), JudgedMark(3, "A", "a", F(2)), JudgedMark(3, "B", "b", F(9))]
    a, b, c = quality_of(marks, {"A": F(3)}, "worldskills")  # B is no judged aspect; cell 2 has one judge
    assert (a.judge, a.cells, a.mean_deviation, a.flags, a.agreement) == ("a", 1, F(200, 3), 1, 0)
    assert (b.cells, b.mean_deviation, b.flags, b.agreement) == (1, F(-100, 3), 0, 1)
    assert c.mean_absolute == F(100, 3)
    assert quality_of([JudgedMark(1, "A", "x", F(1))], {"A": F(3)}, "china")[0].agreement is None

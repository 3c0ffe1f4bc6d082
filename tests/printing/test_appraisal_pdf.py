"""The pass list of an appraisal batch: the passed candidates, the statistics, Chinese text."""
from desktop.services import appraisal_prints, appraisal_scores
from tests.printing.poppler import pdf_text
from tests.services.appraisal_helpers import approve, scoring_batch


def test_the_pass_list_shows_the_passed_and_the_statistics(staff, tmp_path):
    found, (a, b, c) = scoring_batch(staff, 3, level=2)
    for row, (theory, practical, review) in ((a, ("80", "90.5", "66")), (b, ("50", "90", "70"))):
        appraisal_scores.set_score(staff, row.id, "theory", theory)
        appraisal_scores.set_score(staff, row.id, "practical", practical)
        appraisal_scores.set_score(staff, row.id, "review", review)
    appraisal_scores.set_status(staff, c.id, "absent")
    [certificate] = approve(staff, found.id)[1]
    path = tmp_path / "pass.pdf"
    assert appraisal_prints.write_pass_list(staff, found.id, path) == 1
    text = pdf_text(path)
    if __import__("os").environ.get("KEEP_PDF"):
        __import__("shutil").copy(path, "/tmp/a_pass.pdf")
    assert "职业技能等级认定合格人员名单" in text and "二级/技师" in text and "综合评审" in text
    assert a.name in text and b.name not in text and certificate.number in text
    assert "50.0%" in text  # 1 of 2 who sat
    assert "第1页共1页" in text.replace(" ", "")

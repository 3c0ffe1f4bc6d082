import datetime as dt

import pytest

from desktop.domain.training import (
    ClassStatus,
    CompletionBlock,
    attendance_pct,
    class_status,
    completion_block,
    credited_minutes,
    fee_due,
    hours_text,
    is_model_worker,
    yuan,
)


@pytest.mark.parametrize("model_worker, member, due, reason", [
    (False, False, 38000, ""), (True, False, 0, "honour"), (False, True, 30400, "union"), (True, True, 0, "honour"),
])
def test_the_best_single_discount_applies(model_worker, member, due, reason):
    fee = fee_due(380, 100, 20, model_worker, member)
    assert (fee.due_fen, fee.discount) == (due, reason)


def test_fees_round_to_the_fen():
    assert fee_due(333, 0, 15, False, True).due_fen == 28305  # 283.05
    assert yuan(28305) == "283.05" and yuan(0) == "0.00"


def test_a_zero_discount_is_no_discount():
    assert fee_due(380, 0, 0, True, True).discount == ""


def test_model_workers_are_recognised_by_title():
    assert is_model_worker(["全国劳动模范"]) and is_model_worker(["五一劳动奖章"]) and is_model_worker(["市劳模"])
    assert not is_model_worker(["技术能手", "泉州工匠"])


NOW = dt.datetime(2026, 11, 20, 1, 0)
TODAY = dt.date(2026, 11, 20)


@pytest.mark.parametrize("opens, closes, first, last, placed, expected", [
    (NOW + dt.timedelta(hours=1), NOW + dt.timedelta(days=1), None, None, 0, ClassStatus.UPCOMING),
    (NOW - dt.timedelta(hours=1), NOW + dt.timedelta(days=1), None, None, 9, ClassStatus.OPEN),
    (NOW - dt.timedelta(hours=1), NOW + dt.timedelta(days=1), None, None, 10, ClassStatus.FULL),
    (NOW - dt.timedelta(days=2), NOW - dt.timedelta(days=1), TODAY + dt.timedelta(days=3), None, 3,
     ClassStatus.CLOSED),
    (NOW - dt.timedelta(days=2), NOW - dt.timedelta(days=1), TODAY, TODAY + dt.timedelta(days=3), 3,
     ClassStatus.RUNNING),
    (NOW - dt.timedelta(days=9), NOW - dt.timedelta(days=8), TODAY - dt.timedelta(days=5),
     TODAY - dt.timedelta(days=1), 3, ClassStatus.FINISHED),
])
def test_class_status(opens, closes, first, last, placed, expected):
    assert class_status(NOW, TODAY, opens, closes, first, last, False, placed, 10) is expected
    assert class_status(NOW, TODAY, opens, closes, first, last, True, placed, 10) is ClassStatus.CANCELLED


def test_present_and_late_earn_hours_excused_is_left_out_of_the_rate():
    marks = ["present", "late", "absent", "excused", None]
    assert credited_minutes(zip(marks, [120, 120, 120, 120, 120])) == 240
    assert attendance_pct(marks) == 67  # 2 of the 3 sessions that count
    assert attendance_pct([None, "excused"]) is None


def test_the_completion_rule():
    full = ["present"] * 4 + ["absent"]
    assert completion_block(True, full, 80, True, "passed") is None
    assert completion_block(True, full, 80, True, None) is CompletionBlock.ASSESSMENT
    assert completion_block(True, full, 80, False, None) is None
    assert completion_block(True, ["present"] * 3 + ["absent"] * 2, 80, False, None) is CompletionBlock.ATTENDANCE
    assert completion_block(True, full[:-1] + [None], 80, False, None) is CompletionBlock.UNMARKED
    assert completion_block(False, full, 80, False, None) is CompletionBlock.NOT_PLACED
    assert completion_block(True, [], 80, False, None) is CompletionBlock.NO_SESSIONS


def test_hours_text():
    assert hours_text(90) == "1.5" and hours_text(120) == "2" and hours_text(0) == "0"

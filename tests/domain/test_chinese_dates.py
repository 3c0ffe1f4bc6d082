import datetime as dt

import pytest

from desktop.domain.chinese_dates import chinese_digit_date, chinese_upper_date


@pytest.mark.parametrize("date, upper, digits", [
    (dt.date(2026, 11, 21), "二〇二六年十一月二十一日", "2026年11月21日"),
    (dt.date(2026, 1, 1), "二〇二六年一月一日", "2026年1月1日"),
    (dt.date(2025, 10, 10), "二〇二五年十月十日", "2025年10月10日"),
    (dt.date(2024, 12, 31), "二〇二四年十二月三十一日", "2024年12月31日"),
    (dt.date(2000, 2, 29), "二〇〇〇年二月二十九日", "2000年2月29日"),
    (dt.date(2010, 6, 20), "二〇一〇年六月二十日", "2010年6月20日"),
    (dt.date(2019, 9, 30), "二〇一九年九月三十日", "2019年9月30日"),
    (dt.date(1999, 5, 15), "一九九九年五月十五日", "1999年5月15日"),
])
def test_dates_in_both_certificate_forms(date, upper, digits):
    assert chinese_upper_date(date) == upper
    assert chinese_digit_date(date) == digits

"""The paper sheet code: S-<sheet id>-<ISO 7064 MOD 97-10 check digits>, read back forgivingly
but never onto another sheet."""
import pytest

from desktop.domain.sheet_codes import SheetCodeError, check_digits, parse_sheet_code, sheet_code


@pytest.mark.parametrize("sheet_id, code", [
    (1, "S-1-95"),          # 100 mod 97 = 3 → 98 − 3
    (5, "S-5-83"),
    (97, "S-97-98"),        # 9700 mod 97 = 0 → 98
    (127, "S-127-08"),      # 12700 mod 97 = 90 → 08, the check keeps its leading zero
    (123456, "S-123456-76"),  # 12345600 mod 97 = 22
])
def test_codes_of_known_sheets(sheet_id, code):
    assert sheet_code(sheet_id) == code
    assert parse_sheet_code(code) == sheet_id


@pytest.mark.parametrize("typed", ["S-127-08", "s-127-08", " S 127 08 ", "S12708", "S_127_08", "S–127–08",
                                   "Ｓ－１２７－０８", "S-127-08\n"])
def test_what_a_hand_or_a_scanner_types_is_read(typed):
    assert parse_sheet_code(typed) == 127


@pytest.mark.parametrize("typed", ["", "127-08", "S-127", "S-", "X-127-08", "S-12a-08", "S-127-8", "S-0-98",
                                   "焊工J2", "S-1234567890123-45"])
def test_text_not_shaped_like_a_code_is_malformed(typed):
    with pytest.raises(SheetCodeError) as caught:
        parse_sheet_code(typed)
    assert caught.value.kind in ("malformed", "mistyped")


@pytest.mark.parametrize("typed", ["S-127-09", "S-128-08", "S-217-08", "S-172-08", "S-127-80", "S-127-06"])
def test_a_slip_of_one_digit_or_a_swap_is_mistyped(typed):
    with pytest.raises(SheetCodeError) as caught:
        parse_sheet_code(typed)
    assert caught.value.kind == "mistyped"


def test_no_single_digit_slip_or_neighbour_swap_names_another_sheet():
    for sheet_id in range(1, 1500):
        digits = f"{sheet_id}{check_digits(sheet_id)}"
        wrong = {digits[:i] + d + digits[i + 1:] for i in range(len(digits)) for d in "0123456789"}
        wrong |= {digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:] for i in range(len(digits) - 1)}
        wrong.discard(digits)
        for typed in wrong:
            with pytest.raises(SheetCodeError):
                parse_sheet_code(f"S{typed}")


def test_sheet_ids_start_at_one():
    with pytest.raises(ValueError):
        sheet_code(0)

import copy

import pytest

from desktop.printing.templates import KINDS, SAMPLE_VALUES, load_builtin_templates, validate_template


@pytest.fixture(scope="module")
def builtins():
    return load_builtin_templates()


def test_four_builtin_templates_one_per_kind(builtins):
    assert sorted(t["kind"] for t in builtins.values()) == sorted(KINDS)
    assert set(builtins) == {"level", "award", "completion", "honour"}


@pytest.mark.parametrize("key", ["level", "award", "completion", "honour"])
def test_builtin_templates_validate(builtins, key):
    assert validate_template(builtins[key]) == []


def test_sample_values_cover_every_kind():
    for kind in KINDS:
        values = SAMPLE_VALUES[kind]
        assert values["holder_name"] and values["number"] and values["issue_date"]
        assert values["qr_payload"].startswith("SKB1|" + values["number"] + "|" + kind + "|")
        assert values["photo"] is None
    assert SAMPLE_VALUES["level"]["level"] == "三级/高级工" and len(SAMPLE_VALUES["level"]["number"]) == 22


def _with_element(template, **element):
    changed = copy.deepcopy(template)
    changed["elements"].append({"id": "extra", "static": False, **element})
    return changed


def test_unknown_element_type_is_reported(builtins):
    problems = validate_template(_with_element(builtins["award"], type="hologram", x=10, y=10))
    assert problems == ["Element extra: unknown type 'hologram'."]


def test_element_outside_the_page_is_reported(builtins):
    problems = validate_template(_with_element(builtins["level"], type="qr", x=280, y=100, size=30))
    assert len(problems) == 1 and "outside the page" in problems[0]
    problems = validate_template(_with_element(builtins["level"], type="field", field="holder_name", x=-5, y=50))
    assert len(problems) == 1 and "outside the page" in problems[0]


def test_missing_properties_and_bad_values_are_reported(builtins):
    problems = validate_template(_with_element(builtins["award"], type="field", x=10, y=10))
    assert problems == ["Element extra: missing field."]
    problems = validate_template(_with_element(builtins["award"], type="text", text="x", x=10, y=10,
                                               font="song", color="red"))
    assert any("unknown font" in p for p in problems) and any("colour" in p for p in problems)


def test_a_static_element_cannot_show_a_value(builtins):
    template = _with_element(builtins["honour"], type="field", field="holder_name", x=20, y=20)
    template["elements"][-1]["static"] = True
    assert validate_template(template) == ["Element extra: a static element cannot show a per-certificate value."]


def test_template_level_problems(builtins):
    template = copy.deepcopy(builtins["level"])
    template.update(kind="diploma", version=0, page={"size": "A3", "orientation": "landscape"})
    template["elements"].append(copy.deepcopy(template["elements"][0]))
    problems = validate_template(template)
    assert any("Unknown kind" in p for p in problems)
    assert any("version" in p for p in problems)
    assert any("page needs a size" in p for p in problems)
    assert any("used twice" in p for p in problems)


def test_a_background_must_be_a_bundled_image_or_base64(builtins):
    template = copy.deepcopy(builtins["level"])
    template["background"] = {"image": "templates/no-such-file.png"}
    assert any("not among the bundled resources" in p for p in validate_template(template))
    template["background"] = {"data": "not base64!"}
    assert any("not valid base64" in p for p in validate_template(template))

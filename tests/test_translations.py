"""The Simplified Chinese translation is complete, matches the sources, and is compiled."""
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "skillbase_zh_CN.ts"
QM = TS.with_suffix(".qm")
TOOLS = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{\w+\}|%\d")


def _messages(path: Path):
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source"), message.find("translation")


def test_every_entry_is_translated():
    missing = [(c, s) for c, s, t in _messages(TS) if t is None or t.get("type") or not (t.text or "").strip()]
    assert not missing, f"{len(missing)} untranslated: {missing[:10]}"


def test_translations_keep_every_placeholder():
    wrong = [(c, s) for c, s, t in _messages(TS)
             if sorted(PLACEHOLDER.findall(s)) != sorted(PLACEHOLDER.findall(t.text or ""))]
    assert not wrong, wrong[:10]


def test_the_ts_file_holds_every_string_of_the_sources(tmp_path):
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "desktop").rglob("*.py"))
    subprocess.run([str(TOOLS / "pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)],
                   check=True, capture_output=True)
    new = [(c, s) for c, s, t in _messages(copy) if t is None or t.get("type") == "unfinished"]
    assert not new, f"run `make lupdate` and translate: {new[:10]}"


def test_the_compiled_qm_is_current(tmp_path):
    fresh = tmp_path / QM.name
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert QM.read_bytes() == fresh.read_bytes(), "run `make translations`"


@pytest.mark.parametrize("source, expected", [("Trainees", "学员"), ("Log in to Skillbase", None)])
def test_the_translation_loads_in_qt(qapp, source, expected):
    from PySide6.QtCore import QCoreApplication

    from desktop.ui.i18n import install_translators

    install_translators("zh_CN")
    try:
        translated = QCoreApplication.translate("MainWindow" if source == "Trainees" else "LoginDialog", source)
        assert translated != source and (expected is None or translated == expected)
    finally:
        install_translators("en")

"""Every action and record type the services write to the audit log has words on the audit
page (desktop/ui/audit_labels.py), so the log never shows a bare code."""
import re
from pathlib import Path

from desktop.ui import audit_labels

SERVICES = Path(__file__).resolve().parents[1] / "desktop" / "services"
RECORD = re.compile(r'audit\.record\(\s*\w+,\s*[\w.()]+,\s*"([a-z_]+)",\s*"([a-z_]+)"')


def _codes() -> tuple[set[str], set[str]]:
    actions, entities = set(), set()
    for path in SERVICES.glob("*.py"):
        for action, entity in RECORD.findall(path.read_text(encoding="utf-8")):
            actions.add(action)
            entities.add(entity)
    return actions, entities


def test_every_audited_action_and_record_type_has_a_label():
    actions, entities = _codes()
    assert len(actions) > 30 and len(entities) > 20  # the pattern still finds the calls
    assert sorted(actions - set(audit_labels._ACTIONS)) == []
    assert sorted(entities - set(audit_labels._ENTITIES)) == []

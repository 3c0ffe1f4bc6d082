"""The mentor register: who mentors or may mentor under the configured rule, each mentor's
record (levels, apprentices, outcomes, 好师傅 namings), adding a level by hand, and the rules."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.levels import LEVEL_NAMES
from desktop.domain.mentoring import MentoringRules, ScoreWeights
from desktop.domain.roles import Permission
from desktop.services import mentoring_outcomes, mentoring_settings, occupations, skill_levels
from desktop.services.context import ServiceContext
from desktop.services.mentoring_outcomes import MentorRecord
from desktop.ui import feedback
from desktop.ui.mentoring.labels import component_label, on_track_label, status_label
from desktop.ui.mentoring.models import MentorModel
from desktop.ui.mentoring.small_dialogs import FormDialog, date_edit, level_box, text_line
from desktop.ui.widgets import SearchBox, row_table, select_record, selected_record


class MentorsTab(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.record: MentorRecord | None = None
        self.model = MentorModel(self)
        self.search = SearchBox(self.tr("Search name or ID number"))
        self.search.setObjectName("mentorSearch")
        self.search.searched.connect(self.refresh)
        self.rule = QLabel()
        self.rule.setObjectName("rule")
        self.rule.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        for name, text, slot in (("addLevel", self.tr("Add skill level…"), self.add_level),
                                 ("rules", self.tr("Rules…"), self.edit_rules)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            self.buttons[name] = button
            bar.addWidget(button)
        self.buttons["rules"].setVisible(ctx.actor is not None and ctx.actor.may(Permission.CONFIGURE_MENTORING))
        self.table = row_table("mentors", self.model)
        self.view = QTextBrowser()
        self.view.setObjectName("mentorRecord")
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(bar)
        upper_layout.addWidget(self.rule)
        upper_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self.model.modelReset.connect(self._chosen)

    def refresh(self) -> None:
        self.search.cancel_pending()
        rules = feedback.attempt(self, lambda: mentoring_settings.mentoring_rules(self.ctx))
        rows = feedback.attempt(self, lambda: mentoring_outcomes.list_mentors(self.ctx, self.search.text()))
        if rules is None or rows is None:
            return
        self.rule.setText(self.tr("Rule: level %1 or higher in the occupation, or an honour containing %2; "
                                  "at most %3 active apprentices. Grey names do not meet the rule now.")
                          .replace("%1", LEVEL_NAMES[rules.min_level]).replace("%2", "、".join(rules.honour_marks))
                          .replace("%3", str(rules.max_apprentices)))
        chosen = self.selected()
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if chosen is not None:
            select_record(self.table, chosen.id)
        elif rows:
            self.table.selectRow(0)

    def selected(self):
        return selected_record(self.table)

    def _chosen(self, *_args) -> None:
        row = self.selected()
        self.buttons["addLevel"].setEnabled(row is not None)
        self.record = None if row is None else feedback.attempt(
            self, lambda: mentoring_outcomes.mentor_record(self.ctx, row.id))
        self.view.setHtml(self._record_html(self.record) if self.record else "")

    def _record_html(self, record: MentorRecord) -> str:
        mentor = record.mentor
        lines = [f"<h3>{escape(mentor.name)} <small>{escape(mentor.masked_id)} {escape(mentor.employer)}</small></h3>"]
        levels = "；".join(f"{LEVEL_NAMES[lv.level]}（{escape(lv.occupation)}，{lv.obtained_on:%Y-%m-%d}）"
                          for lv in record.levels) or "—"
        lines.append(f"<p><b>{self.tr('Skill levels')}</b>：{levels}<br><b>{self.tr('Honours')}</b>："
                     f"{escape(mentor.honours) or '—'}<br><b>{self.tr('Active apprentices')}</b>："
                     f"{mentor.active} / {mentor.cap}</p>")
        if record.namings:
            lines.append("<p><b>好师傅</b>：" + "、".join(f"{year}（{score}）" for year, score in record.namings) + "</p>")
        lines.append(f"<p><b>{self.tr('Apprentices and outcomes')}</b></p><ul>")
        for agreement in record.agreements:
            outcomes = "；".join(f"{o.on:%Y-%m-%d} {escape(o.text)}" for o in record.outcomes.get(agreement.id, []))
            role = "" if agreement.mentor_id == mentor.id else self.tr(" (second mentor)")
            lines.append(f"<li>{escape(agreement.number)} {escape(agreement.apprentice)}{role} · "
                         f"{escape(agreement.occupation)} · {agreement.start_on:%Y-%m-%d} – {agreement.end_on:%Y-%m-%d}"
                         f" · {status_label(agreement.status)}"
                         + (f" · {on_track_label(agreement.on_track)}" if agreement.status == "active" else "")
                         + (f"<br>&nbsp;&nbsp;→ {outcomes}" if outcomes else "") + "</li>")
        if not record.agreements:
            lines.append(f"<li>{self.tr('No agreements yet.')}</li>")
        return "".join(lines) + "</ul>"

    def add_level(self) -> None:
        row = self.selected()
        if row is None:
            return
        occupation = QComboBox()
        for entry in feedback.attempt(self, lambda: occupations.list_occupations(self.ctx)) or []:
            occupation.addItem(entry.name, entry.name)
        saved = FormDialog.ask(
            self.tr("Add a skill level"),
            self.tr("A level %1 holds, from the certificate they show.").replace("%1", row.name),
            [("occupation", self.tr("Occupation:"), occupation), ("level", self.tr("Level:"), level_box()),
             ("obtained_on", self.tr("Obtained on:"), date_edit()),
             ("certificate_number", self.tr("Certificate number:"), text_line()),
             ("issuing_body", self.tr("Issued by:"), text_line())],
            lambda d: skill_levels.record_level(self.ctx, row.id, d.value("occupation") or "", d.value("level"),
                                                d.value("obtained_on"), d.value("certificate_number"),
                                                d.value("issuing_body")), self)
        if saved is not None:
            self.refresh()

    def edit_rules(self) -> None:
        rules = feedback.attempt(self, lambda: mentoring_settings.mentoring_rules(self.ctx))
        if rules is None:
            return
        level = level_box()
        level.setCurrentIndex(level.findData(rules.min_level))
        marks = text_line("、".join(rules.honour_marks))
        cap, title = _spin(1, 50, rules.max_apprentices), text_line(rules.honour_title)
        weights = {name: _spin(0, 1000, getattr(rules.weights, name)) for name in ("promoted", "prize", "completed",
                                                                                 "review")}
        labels = {"promoted": component_label("promoted"), "prize": component_label("prizes"),
                  "completed": component_label("completed"), "review": component_label("reviews")}

        def save(dialog: FormDialog):
            return mentoring_settings.save_mentoring_rules(self.ctx, MentoringRules(
                dialog.value("min_level"), tuple(m for m in dialog.value("honour_marks").replace(",", "、")
                                                 .replace("，", "、").split("、") if m.strip()),
                dialog.value("max_apprentices"), dialog.value("honour_title"),
                ScoreWeights(**{name: dialog.value(f"weight_{name}") for name in weights})))

        saved = FormDialog.ask(
            self.tr("Mentoring rules"),
            self.tr("Who may be a mentor, how many apprentices at a time, and the points of the 好师傅 score "
                    "(the average review score counts weight × average / 100)."),
            [("min_level", self.tr("Lowest level a mentor holds:"), level),
             ("honour_marks", self.tr("Or an honour containing (separate with 、):"), marks),
             ("max_apprentices", self.tr("Most active apprentices:"), cap),
             ("honour_title", self.tr("Honour title:"), title)]
            + [(f"weight_{name}", self.tr("Points: %1").replace("%1", labels[name]), box)
               for name, box in weights.items()], save, self)
        if saved is not None:
            self.refresh()


def _spin(low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    return box

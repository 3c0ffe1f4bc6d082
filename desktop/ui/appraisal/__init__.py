"""The Appraisal page (职业技能等级认定)."""

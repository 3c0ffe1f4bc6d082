"""Realistic sample values per certificate kind, for template previews and tests.

The QR payloads have the shape of real ones (desktop.domain.certificate_payload) with a
made-up key id and signature of the right length: they scan, they do not verify.
"""
from __future__ import annotations

import base64
import hashlib


def _sample_payload(number: str, kind: str, holder: str, detail: str, issue_date: str) -> str:
    signed = "|".join(("SKB1", number, kind, holder, detail, issue_date, "5c1e0a9d3b27"))
    signature = base64.urlsafe_b64encode(hashlib.sha512(signed.encode()).digest()).decode().rstrip("=")
    return f"{signed}|{signature}"


_PERSON = {
    "holder_name": "林秀英",
    "gender": "女",
    "id_number": "350582198703154528",
    "employer": "泉州市鲤城区花艺文化发展有限公司",
    "occupation": "插花花艺师",
    "level": "三级/高级工",
    "level_number": 3,
    "award": "一等奖",
    "competition": "2026年泉州市插花花艺师职工技能竞赛",
    "class_title": "插花花艺师（高级工）技能提升培训班",
    "hours": "96",
    "honour_title": "泉州市好师傅",
    "year": 2026,
    "issuer": "泉州市总工会",
    "issue_date": "2026-11-21",
    "photo": None,
}

_NUMBERS = {
    "level": "Y000135000001263000128",  # national 22-character format
    "award": "QZJS2026-0012",
    "completion": "QZPX2026-00356",
    "honour": "QZRY2026-0018",
}
_DETAILS = {
    "level": _PERSON["level"], "award": _PERSON["award"],
    "completion": _PERSON["class_title"], "honour": _PERSON["honour_title"],
}

SAMPLE_VALUES: dict[str, dict] = {
    kind: {**_PERSON, "number": number,
           "qr_payload": _sample_payload(number, kind, _PERSON["holder_name"], _DETAILS[kind], _PERSON["issue_date"])}
    for kind, number in _NUMBERS.items()
}

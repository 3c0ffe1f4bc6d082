import datetime as dt
import io
import threading

import pytest
from sqlalchemy import text

from desktop.domain.errors import Conflict, PermissionDenied, UserError, ValidationFailed
from desktop.services import certificates, trainees
from desktop.services.certificate_settings import CertificateSettings, certificate_settings, save_certificate_settings
from desktop.services.certificates import CertificateQuery, IssueRequest
from desktop.services.database import close_database, open_database
from desktop.services.trainees import TraineeInput
from tests.conftest import make_user

DAY = dt.date(2026, 11, 21)


@pytest.fixture
def holders(staff):
    people = [("张三", "350582197501011239"), ("李梅", "11010519491231002X"), ("王芳", "350521199002030028")]
    return [trainees.create_trainee(staff, TraineeInput(name=n, id_number=i, occupations=["焊工"])).id
            for n, i in people]


def level(trainee_id, grade=3, day=DAY):
    return IssueRequest("level", trainee_id, day, level=grade)


def test_level_certificates_get_consecutive_national_numbers(staff, holders):
    issued = certificates.issue_certificates(staff, [level(t) for t in holders])
    numbers = [c.number for c in issued]
    assert all(len(n) == 22 for n in numbers)
    # S + body 0001 + province 35 + site 000001 + year 26 + level 3 + serial
    assert numbers == [f"S000135000001263{serial:06d}" for serial in (1, 2, 3)]
    assert issued[0].detail == "三级/高级工" and issued[0].status == "issued"
    other_level = certificates.issue_certificates(staff, [level(holders[0], grade=2)])[0]
    assert other_level.number == "S000135000001262000001"


@pytest.mark.parametrize("request_, number", [
    (lambda t: IssueRequest("award", t, DAY, award="一等奖", competition="2026年泉州市焊工职工技能竞赛"), "HJ202600001"),
    (lambda t: IssueRequest("completion", t, DAY, class_title="焊工（高级）培训班", hours=80), "JY202600001"),
    (lambda t: IssueRequest("honour", t, DAY, honour_title="泉州市好师傅"), "RY20260001"),
])
def test_other_kinds_follow_their_patterns(staff, holders, request_, number):
    assert certificates.issue_certificates(staff, [request_(holders[0])])[0].number == number


@pytest.mark.parametrize("request_, field", [
    (IssueRequest("award", 0, DAY, competition="竞赛"), "award"),
    (IssueRequest("completion", 0, DAY), "class_title"),
    (IssueRequest("honour", 0, DAY), "honour_title"),
    (IssueRequest("level", 0, DAY, level=7), "level"),
])
def test_incomplete_requests_say_what_is_missing_and_issue_nothing(staff, holders, request_, field):
    with pytest.raises(ValidationFailed) as caught:
        certificates.issue_certificates(staff, [level(holders[1]), IssueRequest(**{**request_.__dict__, "trainee_id": holders[0]})])
    assert field in caught.value.field_errors
    assert certificates.count_certificates(staff, CertificateQuery()) == 0


def test_a_genuine_code_verifies_and_any_change_is_forged(staff, judge, holders):
    issued = certificates.issue_certificates(staff, [level(holders[0])])[0]
    payload = certificates.payload_of(staff, issued.number)
    assert payload.startswith("SKB1|" + issued.number + "|level|张三|三级/高级工|2026-11-21|")
    verdict = certificates.verify(judge, payload)
    assert verdict.status == "genuine" and verdict.certificate.number == issued.number
    for position in range(len("SKB1|"), len(payload)):
        if payload[position] == "|":
            continue
        changed = payload[:position] + ("0" if payload[position] != "0" else "1") + payload[position + 1:]
        assert certificates.verify(judge, changed).status == "forged", position
    assert certificates.verify(judge, "hello").status == "forged"


def test_revoked_and_replaced_certificates_verify_as_revoked(staff, holders):
    first, second = certificates.issue_certificates(staff, [level(holders[0]), level(holders[1])])
    with pytest.raises(ValidationFailed):
        certificates.revoke_certificate(staff, first.id, " ")
    certificates.revoke_certificate(staff, first.id, "证书信息有误")
    verdict = certificates.verify(staff, certificates.payload_of(staff, first.number))
    assert verdict.status == "revoked" and "证书信息有误" in str(verdict.reason)
    new = certificates.reissue_certificate(staff, second.id, {"holder_name": "李美"}, "姓名错字")
    assert new.number != second.number and new.replaces == second.number and new.holder_name == "李美"
    old = certificates.verify(staff, certificates.payload_of(staff, second.number))
    assert old.status == "revoked" and old.replacement == new.number
    assert certificates.verify(staff, certificates.payload_of(staff, new.number)).status == "genuine"
    listed = {r.number: r for r in certificates.list_certificates(staff, CertificateQuery())}
    assert (listed[second.number].replaced_by, listed[new.number].replaces) == (new.number, second.number)
    assert listed[second.number].status == "replaced" and listed[first.number].replaced_by is None
    with pytest.raises(Conflict):
        certificates.revoke_certificate(staff, second.id, "again")


def test_a_code_signed_here_but_missing_from_the_registry_is_unknown(staff, holders, tmp_path, home):
    payload = certificates.payload_of(staff, certificates.issue_certificates(staff, [level(holders[0])])[0].number)
    other = open_database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        clerk = make_user(other, "clerk2", {"staff"})
        someone = trainees.create_trainee(clerk, TraineeInput(name="赵六", id_number="51012319950505003X"))
        # registers this workstation's key there (an award: its number differs from the level one)
        certificates.issue_certificates(clerk, [IssueRequest("award", someone.id, DAY, award="一等奖", competition="赛")])
        assert certificates.verify(clerk, payload).status == "unknown"
    finally:
        close_database(other)


def test_issued_certificates_cannot_be_altered_in_the_database(staff, holders):
    issued = certificates.issue_certificates(staff, [level(holders[0])])[0]
    with staff.session_factory() as session:
        with pytest.raises(Exception, match="cannot be changed"):
            session.execute(text("UPDATE certificates SET holder_name = 'x' WHERE id = :id"), {"id": issued.id})
        session.rollback()
        with pytest.raises(Exception, match="cannot be deleted"):
            session.execute(text("DELETE FROM certificates WHERE id = :id"), {"id": issued.id})
        session.rollback()


def test_printing_counts_prints_and_keeps_the_number(staff, holders):
    issued = certificates.issue_certificates(staff, [level(t) for t in holders])
    ids = [c.id for c in issued]
    buffer = io.BytesIO()
    assert certificates.print_certificates(staff, ids, buffer) == 3
    assert buffer.getvalue().startswith(b"%PDF")
    certificates.print_certificates(staff, ids[:1], io.BytesIO())
    detail = certificates.get_certificate(staff, ids[0])
    assert detail.row.print_count == 2 and [p[0] for p in detail.prints] == [1, 2]
    assert detail.row.number == issued[0].number
    certificates.print_certificates(staff, ids[:1], io.BytesIO(), record=False)  # a preview
    assert certificates.get_certificate(staff, ids[0]).row.print_count == 2


def test_a_cancelled_batch_issues_nothing(staff, holders, tmp_path):
    requests = [level(t) for t in holders]
    with pytest.raises(UserError, match="Cancelled"):
        certificates.issue_and_print(staff, requests, tmp_path / "batch.pdf", progress=lambda done, total: done < 5)
    assert certificates.count_certificates(staff, CertificateQuery()) == 0
    assert not (tmp_path / "batch.pdf").exists()
    issued = certificates.issue_and_print(staff, requests, tmp_path / "batch.pdf")
    assert [c.print_count for c in issued] == [1, 1, 1]
    assert issued[0].number.endswith("000001")  # the cancelled batch left no gap


def test_two_workstations_issuing_at_once_never_share_a_number(ctx, database_url, holders, staff):
    errors = []

    def workstation(name):
        try:
            other = open_database(database_url)
            clerk = make_user(other, name, {"staff"}) if name != "clerk" else staff
            for _ in range(6):
                certificates.issue_certificates(clerk, [level(holders[0]), level(holders[1])])
            close_database(other)
        except Exception as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=workstation, args=(n,)) for n in ("desk1", "desk2", "desk3")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    numbers = [c.number for c in certificates.list_certificates(staff, CertificateQuery(), 0, 100)]
    assert len(numbers) == len(set(numbers)) == 36
    assert sorted(int(n[-6:]) for n in numbers) == list(range(1, 37))


def test_numbering_settings_are_checked(staff, admin):
    with pytest.raises(ValidationFailed) as caught:
        save_certificate_settings(admin, CertificateSettings(patterns={"award": "HJ{year}"}))
    assert "pattern_award" in caught.value.field_errors
    saved = save_certificate_settings(admin, CertificateSettings(
        issuer="晋江市总工会", patterns={"award": "JJ-{yy}-{serial:4}"}))
    assert saved.issuer == "晋江市总工会" and certificate_settings(staff).patterns["award"] == "JJ-{yy}-{serial:4}"


def test_only_staff_and_administrators_issue(judge, holders):
    with pytest.raises(PermissionDenied):
        certificates.issue_certificates(judge, [level(holders[0])])


def test_archived_trainees_get_no_certificate(staff, holders):
    trainees.set_archived(staff, holders[0], True)
    with pytest.raises(ValidationFailed, match="archived"):
        certificates.issue_certificates(staff, [level(holders[0])])

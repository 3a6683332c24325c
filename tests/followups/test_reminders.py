"""Reminders from the journal's data, and `send_reminders`: each mailed once."""

import contextlib
import datetime
import io
import threading
import time
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.cache import cache
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.db import connection, transaction
from django.urls import reverse
from django.utils import timezone

from accounts.models import Profile
from followups import rules
from followups.actions import reminders_refresh, reminders_send, rule_switch
from followups.models import MAX_ATTEMPTS, MutedRule, Reminder
from journal.models import Interview
from tests.factories import InterviewFactory, QuestionFactory, UserFactory

from .conftest import DAY

PARIS = ZoneInfo("Europe/Paris")


def at(day_offset: int, hour: int, minute: int = 0, zone=PARIS) -> datetime.datetime:
    return datetime.datetime.combine(
        DAY + datetime.timedelta(days=day_offset), datetime.time(hour, minute), tzinfo=zone
    )


@pytest.fixture(autouse=True)
def paris(settings):
    settings.TIME_ZONE = "Europe/Paris"


@pytest.fixture
def interview(owner):
    return InterviewFactory(user=owner, company="Acme", date=DAY, time=datetime.time(14, 0))


def showing(user, now) -> list[tuple[str, str]]:
    return list(Reminder.objects.for_user(user).showing(now).values_list("rule", "key"))


def test_refresh_makes_the_thank_you_reminder_once_it_is_due(owner, interview):
    reminders_refresh(user=owner, now=at(1, 13, 59))
    assert showing(owner, at(1, 13, 59)) == []
    reminders_refresh(user=owner, now=at(1, 14))
    reminders_refresh(user=owner, now=at(1, 14, 5))
    assert showing(owner, at(1, 14, 5)) == [(rules.THANK_YOU, str(interview.pk))]


def test_a_reminder_whose_reason_went_closes_as_no_longer_needed(owner, interview):
    reminders_refresh(user=owner, now=at(1, 15))
    Interview.objects.filter(pk=interview.pk).update(thank_you_sent_on=DAY)
    reminders_refresh(user=owner, now=at(1, 16))
    reminder = Reminder.objects.get(user=owner)
    assert reminder.closed_reason == Reminder.Closed.RESOLVED
    assert showing(owner, at(1, 16)) == []


def test_done_never_comes_back_and_snoozed_comes_back_a_day_later(owner, interview):
    reminders_refresh(user=owner, now=at(1, 15))
    reminder = Reminder.objects.get(user=owner)
    reminder.snooze(at(1, 15))
    reminders_refresh(user=owner, now=at(1, 16))
    assert showing(owner, at(1, 16)) == []
    reminders_refresh(user=owner, now=at(2, 15))
    assert showing(owner, at(2, 15)) == [(rules.THANK_YOU, str(interview.pk))]
    reminder.refresh_from_db()
    reminder.close(at(2, 15))
    reminders_refresh(user=owner, now=at(3, 9))
    assert showing(owner, at(3, 9)) == []
    assert Reminder.objects.filter(user=owner).count() == 1


def test_every_rule_from_real_rows(owner):
    InterviewFactory(user=owner, date=DAY + datetime.timedelta(days=1), time=datetime.time(9, 0))
    pending = InterviewFactory(user=owner, date=DAY - datetime.timedelta(days=7))
    rejected = InterviewFactory(user=owner, date=DAY - datetime.timedelta(days=5))
    rejected.record_outcome(Interview.Outcome.REJECTED, when=at(-3, 10))
    InterviewFactory(
        user=owner,
        date=DAY - datetime.timedelta(days=4),
        outcome=Interview.Outcome.MOVED_FORWARD,
        thank_you_sent_on=DAY,
        feedback="Great system design.",
        feedback_received_on=DAY - datetime.timedelta(days=1),
    )
    QuestionFactory(user=owner, due=at(0, 6))
    now = at(1, 8)
    reminders_refresh(user=owner, now=now)
    found = {rule for rule, _ in showing(owner, now)}
    assert found == {
        rules.BRIEF,
        rules.CHASE,
        rules.FEEDBACK_REQUEST,
        rules.REFLECT,
        rules.PRACTICE,
    }
    assert (rules.CHASE, str(pending.pk)) in showing(owner, now)


def test_times_follow_the_users_time_zone(owner, interview):
    # 14:00 in Tokyo is 06:00 in Paris: the thank-you is due eight hours sooner.
    Profile.objects.create(user=owner, time_zone="Asia/Tokyo")
    reminders_refresh(user=owner, now=at(1, 5, 59))
    assert showing(owner, at(1, 5, 59)) == []
    reminders_refresh(user=owner, now=at(1, 6, 30))
    assert showing(owner, at(1, 6, 30)) == [(rules.THANK_YOU, str(interview.pk))]


def test_a_switched_off_rule_makes_no_reminders_and_drops_the_showing_ones(owner, interview):
    reminders_refresh(user=owner, now=at(1, 15))
    rule_switch(user=owner, rule=rules.THANK_YOU, on=False)
    reminders_refresh(user=owner, now=at(1, 16))
    assert showing(owner, at(1, 16)) == []
    rule_switch(user=owner, rule=rules.THANK_YOU, on=True)
    assert not MutedRule.objects.filter(user=owner).exists()
    reminders_refresh(user=owner, now=at(1, 17))
    assert len(showing(owner, at(1, 17))) == 1


def test_send_reminders_twice_sends_one_mail(owner, interview, mailoutbox):
    with time_machine.travel(at(1, 15), tick=False):
        out = io.StringIO()
        call_command("send_reminders", stdout=out)
        call_command("send_reminders", stdout=out)
    assert out.getvalue().splitlines() == [
        "1 reminder(s) sent, 0 failed (retried next run).",
        "0 reminder(s) sent, 0 failed (retried next run).",
    ]
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == [owner.email]
    assert message.subject == "Send a thank-you note to Acme"
    link = f"http://127.0.0.1:8000/followups/interviews/{interview.pk}/drafts/#thank_you"
    assert link in message.body
    html = message.alternatives[0].content
    assert f'href="{link}"' in html
    assert "/followups/unsubscribe/" in message.body
    assert message.extra_headers["List-Unsubscribe"].startswith("<http://127.0.0.1:8000/")


def test_a_snoozed_reminder_is_mailed_again_when_it_comes_back(owner, interview, mailoutbox):
    reminders_refresh(user=owner, now=at(1, 15))
    reminders_send(now=at(1, 15))
    Reminder.objects.get(user=owner).snooze(at(1, 16))
    assert reminders_send(now=at(1, 17)) == (0, 0)
    assert reminders_send(now=at(2, 17)) == (1, 0)
    assert len(mailoutbox) == 2


def test_a_failed_mail_does_not_stop_the_others_and_is_retried(db, bouncing, mailoutbox):
    first, second = UserFactory(), UserFactory()
    for user in (first, second):
        InterviewFactory(user=user, date=DAY, time=datetime.time(14, 0))
        reminders_refresh(user=user, now=at(1, 15))
    bouncing.add(first.email)
    assert reminders_send(now=at(1, 15)) == (1, 1)
    assert [m.to for m in mailoutbox] == [[second.email]]
    failed = Reminder.objects.get(user=first)
    assert failed.emailed_at is None and failed.attempts == 1 and "550" in failed.last_error
    bouncing.clear()
    assert reminders_send(now=at(1, 20)) == (1, 0)
    assert [m.to for m in mailoutbox] == [[second.email], [first.email]]


def test_users_without_an_address_are_not_mailed_but_see_the_reminder(db, mailoutbox):
    user = UserFactory(email="")
    InterviewFactory(user=user, date=DAY, time=datetime.time(14, 0))
    reminders_refresh(user=user, now=at(1, 15))
    assert reminders_send(now=at(1, 15)) == (0, 0)
    assert len(showing(user, at(1, 15))) == 1


def test_a_claim_held_by_another_sender_is_respected_until_its_lease_runs_out(owner, interview):
    reminders_refresh(user=owner, now=at(1, 15))
    pk = Reminder.objects.get(user=owner).pk
    assert Reminder.objects.claim(pk, at(1, 15))
    assert not Reminder.objects.claim(pk, at(1, 15, 5))
    assert Reminder.objects.claim(pk, at(1, 15, 11))


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite serialises writers on the whole file; the race needs a real server",
)
@pytest.mark.django_db(transaction=True)
def test_two_overlapping_runs_send_each_mail_once(mailoutbox, monkeypatch):
    users = [UserFactory() for _ in range(6)]
    for user in users:
        InterviewFactory(user=user, date=DAY, time=datetime.time(14, 0))
        reminders_refresh(user=user, now=at(1, 15))
    send = EmailBackend.send_messages
    # Both runs have read the same candidates before either sends its first mail.
    started = threading.Barrier(2, timeout=10)

    def send_after_both_started(self, messages):
        if not started.broken and threading.current_thread().name not in waited:
            waited.add(threading.current_thread().name)
            with contextlib.suppress(threading.BrokenBarrierError):
                started.wait()
        return send(self, messages)

    waited: set[str] = set()
    monkeypatch.setattr(EmailBackend, "send_messages", send_after_both_started)
    results = []

    def run():
        try:
            results.append(reminders_send(now=at(1, 15)))
        finally:
            connection.close()

    threads = [threading.Thread(target=run, name=f"run-{n}") for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(m.to[0] for m in mailoutbox) == sorted(u.email for u in users)
    assert sum(sent for sent, _ in results) == len(users)
    assert Reminder.objects.filter(emailed_at__isnull=False).count() == len(users)


def _someone_waits_on_a_lock() -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_stat_clear_snapshot()")  # else cached for the transaction
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE wait_event_type = 'Lock' AND datname = current_database()"
        )
        return cursor.fetchone()[0] > 0


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite serialises writers on the whole file; the race needs a real server",
)
@pytest.mark.django_db(transaction=True)
def test_a_claim_that_waited_for_anothers_lock_finds_the_reminder_taken(owner, interview):
    """The race behind the overlapping runs' rare double mail, made certain: the second claim
    starts while the first holds the row, and must see it claimed once it may go on."""
    reminders_refresh(user=owner, now=at(1, 15))
    pk = Reminder.objects.get().pk
    second = []

    def claim_too():
        try:
            second.append(Reminder.objects.claim(pk, at(1, 15)))
        finally:
            connection.close()

    thread = threading.Thread(target=claim_too)
    with transaction.atomic():
        assert Reminder.objects.claim(pk, at(1, 15))
        thread.start()
        deadline = time.monotonic() + 20
        while not _someone_waits_on_a_lock():
            assert time.monotonic() < deadline, "the second claim never reached the lock"
            time.sleep(0.02)
    thread.join(timeout=20)
    assert second == [False]


def test_refresh_stays_within_a_few_queries(owner, django_assert_max_num_queries):
    for offset in range(20):
        InterviewFactory(user=owner, date=DAY - datetime.timedelta(days=offset))
    with django_assert_max_num_queries(8):
        reminders_refresh(user=owner, now=timezone.now())


def test_a_mail_refused_five_times_is_left_to_the_list(owner, interview, bouncing, mailoutbox):
    reminders_refresh(user=owner, now=at(1, 15))
    bouncing.add(owner.email)
    for minute in range(MAX_ATTEMPTS + 2):
        reminders_send(now=at(1, 15, minute))
    reminder = Reminder.objects.get(user=owner)
    assert reminder.attempts == MAX_ATTEMPTS and reminder.emailed_at is None
    assert len(showing(owner, at(1, 16))) == 1


def test_a_deactivated_user_is_not_mailed(owner, interview, mailoutbox):
    reminders_refresh(user=owner, now=at(1, 15))
    owner.is_active = False
    owner.save()
    assert reminders_send(now=at(1, 15)) == (0, 0)


def test_the_morning_brief_mail_names_the_time_and_links_the_brief(owner, mailoutbox):
    today = InterviewFactory(user=owner, company="Initech", date=DAY, time=datetime.time(10, 30))
    reminders_refresh(user=owner, now=at(0, 7, 5))
    reminders_send(now=at(0, 7, 5))
    (message,) = mailoutbox
    assert message.subject == "Today: Backend engineer at Initech — read your brief"
    assert "is today at 10:30" in message.body
    brief = f'href="http://127.0.0.1:8000/journal/{today.pk}/brief/"'
    assert brief in message.alternatives[0].content


def test_one_users_failing_update_does_not_stop_the_others(owner, interview, mailoutbox, caplog):
    # A stand-in for one user's broken data: their update raises, everyone else is still mailed.
    broken = UserFactory(username="broken")
    InterviewFactory(user=broken, company="Initech", date=DAY, time=datetime.time(14, 0))
    from followups.management.commands import send_reminders

    def refresh(*, user, now):
        if user == broken:
            raise ValueError("bad row")
        reminders_refresh(user=user, now=now)

    with (
        time_machine.travel(at(1, 15), tick=False),
        pytest.MonkeyPatch.context() as patch,
    ):
        patch.setattr(send_reminders, "reminders_refresh", refresh)
        out = io.StringIO()
        call_command("send_reminders", stdout=out)
    assert out.getvalue().splitlines() == [
        "1 reminder(s) sent, 0 failed (retried next run).",
        "1 user(s) skipped after an error (see the log).",
    ]
    assert [m.to for m in mailoutbox] == [[owner.email]]
    assert "bad row" in caplog.text
    assert not Reminder.objects.for_user(broken).exists()


def thank_you_everywhere(client, outbox, now) -> tuple[bool, bool, bool]:
    """Whether the dashboard, the reminders page and the reminder mail ask for a thank-you
    note to Acme at `now`."""
    wanted = "Send a thank-you note to"
    outbox.clear()
    with time_machine.travel(now, tick=False):
        todo = client.get(reverse("home")).text.split('id="todo"')[1].split("</ul>")[0]
        listed = client.get(reverse("followups:reminder-list")).text
        call_command("send_reminders", stdout=io.StringIO())
    mailed = any(m.subject.startswith(f"{wanted} Acme") for m in outbox)
    return f"{wanted} <strong>Acme</strong>" in todo, f"{wanted} Acme" in listed, mailed


def test_the_dashboard_follows_the_reminders_thank_you_rule(
    owner_client, interview, mailoutbox, monkeypatch
):
    # Interview on DAY at 14:00. Two hours after it is too soon under the rule as it stands...
    assert thank_you_everywhere(owner_client, mailoutbox, at(0, 16)) == (False, False, False)
    # ...and due everywhere at once when the rule's one constant says two hours.
    monkeypatch.setattr(rules, "THANK_YOU_AFTER", datetime.timedelta(hours=2))
    cache.clear()  # a changed rule comes with a restart, which empties the per-process cache
    assert thank_you_everywhere(owner_client, mailoutbox, at(0, 16)) == (True, True, True)
    monkeypatch.undo()
    # Still due five days on (the dashboard once gave up after two), gone after the week.
    assert thank_you_everywhere(owner_client, mailoutbox, at(5, 9))[:2] == (True, True)
    assert thank_you_everywhere(owner_client, mailoutbox, at(8, 9)) == (False, False, False)


def test_the_cached_dashboard_still_follows_the_clock_within_the_day(
    owner_client, interview, mailoutbox
):
    assert thank_you_everywhere(owner_client, mailoutbox, at(1, 13)) == (False, False, False)
    assert thank_you_everywhere(owner_client, mailoutbox, at(1, 15)) == (True, True, True)


def test_a_switched_off_thank_you_rule_leaves_the_dashboard_too(
    owner, owner_client, interview, mailoutbox
):
    rule_switch(user=owner, rule=rules.THANK_YOU, on=False)
    assert thank_you_everywhere(owner_client, mailoutbox, at(2, 9)) == (False, False, False)


def test_the_dashboards_feedback_to_dos_follow_the_reminder_rules(owner, owner_client):
    InterviewFactory(user=owner, company="Rejecting Co", date=DAY, outcome="rejected")
    InterviewFactory(user=owner, company="Answered Co", date=DAY, outcome="rejected",
                     feedback="Be concise", feedback_received_on=DAY)  # fmt: skip

    def todo(now) -> str:
        with time_machine.travel(now, tick=False):
            return owner_client.get(reverse("home")).text.split('id="todo"')[1].split("</ul>")[0]

    ask = "Ask <strong>{}</strong> for feedback"
    assert ask.format("Rejecting Co") not in todo(at(1, 9))  # the day after: too soon
    page = todo(at(3, 9))
    assert ask.format("Rejecting Co") in page
    assert ask.format("Answered Co") not in page  # the feedback came without asking
    assert "Reflect on the feedback from <strong>Answered Co</strong>" in page
    page = todo(at(40, 9))  # long past: the rules have given up, and so has the dashboard
    assert "Rejecting Co" not in page and "Answered Co" not in page

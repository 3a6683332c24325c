"""The drafted emails alone: tone per outcome, topic, recipients and signature."""

from urllib.parse import unquote

import pytest

from journal.emails import Sender, chase_email, feedback_request_email, thank_you_email

ADA = Sender("Ada Lovelace", "Analytical Engines Ltd\n+44 20 0000 0000")


def thank_you(**overrides):
    values = {
        "company": "Acme",
        "role": "Data engineer",
        "interviewers": ["Grace Hopper", "Alan Turing"],
        "topic": "",
        "sender": ADA,
    }
    return thank_you_email(**(values | overrides))


def test_thank_you_email_uses_names_role_and_the_topic_picked():
    email = thank_you(topic="How would you design a queue?", topic_is_quote=True)
    assert email.body.startswith("Dear Grace and Alan,")
    assert "about the Data engineer role at Acme" in email.body
    assert "our conversation about “How would you design a queue”" in email.body
    assert "I am very interested" in email.body
    assert email.subject == "Thank you — Data engineer at Acme"


def test_own_words_are_used_as_written_without_quotes():
    email = thank_you(topic="your plans for the payments platform.")
    assert "our conversation about your plans for the payments platform, and" in email.body


def test_it_is_signed_with_the_display_name_and_the_signature():
    email = thank_you()
    assert email.body.endswith(
        "Kind regards,\nAda Lovelace\n\nAnalytical Engines Ltd\n+44 20 0000 0000"
    )
    assert thank_you(sender=Sender("Ada")).body.endswith("Kind regards,\nAda")


@pytest.mark.parametrize("outcome", ["rejected", "withdrew"])
def test_after_a_rejection_or_withdrawal_a_gracious_note_asking_for_feedback(outcome):
    email = thank_you(outcome=outcome, topic="Tell me about a conflict?", topic_is_quote=True)
    assert "very interested" not in email.body
    assert "keen" not in email.body
    assert "feedback" in email.body
    assert "“Tell me about a conflict”" in email.body
    assert email.body.startswith("Dear Grace and Alan,")


def test_the_rejected_and_withdrawn_notes_differ_in_what_they_say():
    rejected = thank_you(outcome="rejected").body
    withdrew = thank_you(outcome="withdrew").body
    assert "letting me know your decision" in rejected
    assert "Withdrawing was not an easy decision" in withdrew


def test_thank_you_email_without_names_or_topic_still_reads_well():
    email = thank_you(role="", interviewers=[])
    assert email.body.startswith("Hello,")
    assert "the role at Acme" in email.body
    assert "learning more about the team" in email.body


def test_mailto_has_the_recipients_subject_and_body():
    email = thank_you(to_addresses=("grace@example.com", "alan+jobs@example.com"))
    assert email.mailto.startswith("mailto:grace@example.com,alan%2Bjobs@example.com?subject=")
    assert unquote(email.mailto.split("subject=")[1]).startswith("Thank you — Data engineer")
    assert "\n\n" in unquote(email.mailto.split("body=")[1])
    assert thank_you().mailto.startswith("mailto:?subject=")


def test_feedback_request_after_a_rejection():
    email = feedback_request_email(
        company="Acme", role="Analyst", recipient_names=["Sam Recruiter"], sender=ADA
    )
    assert email.body.startswith("Dear Sam,")
    assert "letting me know your decision about the Analyst role at Acme" in email.body
    assert email.subject == "Feedback on my interview for Analyst at Acme"


def test_chase_asks_where_things_stand():
    email = chase_email(
        company="Acme",
        role="Analyst",
        recipient_names=["Rita"],
        sender=ADA,
        to_addresses=("rita@agency.example",),
    )
    assert "whether there is any news about the Analyst role at Acme" in email.body
    assert email.mailto.startswith("mailto:rita@agency.example?")

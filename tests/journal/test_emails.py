from urllib.parse import unquote

from journal.emails import feedback_request_email, thank_you_email


def test_thank_you_email_uses_names_role_and_a_topic():
    email = thank_you_email(
        company="Acme",
        role="Data engineer",
        interviewers=["Grace Hopper", "Alan Turing"],
        topic="How would you design a queue?",
        sender="Ada Lovelace",
    )
    assert email.body.startswith("Dear Grace and Alan,")
    assert "the Data engineer role at Acme" in email.body
    assert "“How would you design a queue”" in email.body
    assert email.body.endswith("Kind regards,\nAda Lovelace")
    assert email.subject == "Thank you — Data engineer at Acme"
    assert unquote(email.mailto).startswith("mailto:?subject=Thank you — Data engineer at Acme")
    assert "\n\n" in unquote(email.mailto.split("body=")[1])


def test_thank_you_email_without_names_or_topic_still_reads_well():
    email = thank_you_email(company="Acme", role="", interviewers=[], topic="", sender="ada")
    assert email.body.startswith("Hello,")
    assert "the role at Acme" in email.body
    assert "learning more about the team" in email.body


def test_feedback_request_email():
    email = feedback_request_email(
        company="Acme", role="Analyst", recipient_names=["Sam Recruiter"], sender="Ada"
    )
    assert email.body.startswith("Dear Sam,")
    assert "feedback" in email.subject.lower()
    assert "Analyst role at Acme" in email.body

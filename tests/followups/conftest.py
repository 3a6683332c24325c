import datetime
import smtplib

import pytest
from django.core.mail.backends.locmem import EmailBackend

# Interviews on this Tuesday at 14:00; the clock is frozen around it.
DAY = datetime.date(2026, 3, 10)


@pytest.fixture
def bouncing(monkeypatch, mailoutbox):
    """The mail server refuses mail to the addresses added to the returned set."""
    refused: set[str] = set()
    send = EmailBackend.send_messages

    def send_messages(self, messages):
        for message in messages:
            if set(message.to) & refused:
                raise smtplib.SMTPRecipientsRefused({message.to[0]: (550, b"no")})
        return send(self, messages)

    monkeypatch.setattr(EmailBackend, "send_messages", send_messages)
    return refused

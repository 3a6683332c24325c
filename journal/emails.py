"""Follow-up emails a person would send, drafted from an interview's own data. No Django imports.

The tone follows the outcome: after a rejection or a withdrawal the thank-you is a gracious
note with a request for feedback, never "I am very interested"; the topic is one the user
picked (a question, a note, or their own words), not simply the first question asked.
"""

from dataclasses import dataclass
from urllib.parse import quote


@dataclass(frozen=True)
class Sender:
    name: str
    signature: str = ""

    def sign_off(self) -> str:
        closing = f"Kind regards,\n{self.name}"
        signature = self.signature.strip()
        return f"{closing}\n\n{signature}" if signature else closing


@dataclass(frozen=True)
class EmailDraft:
    to_names: str
    subject: str
    body: str
    to_addresses: tuple[str, ...] = ()

    @property
    def mailto(self) -> str:
        to = ",".join(quote(address, safe="@") for address in self.to_addresses)
        return f"mailto:{to}?subject={quote(self.subject)}&body={quote(self.body)}"


def _greeting(names: list[str]) -> str:
    first_names = [name.split()[0] for name in names if name.split()]
    if not first_names:
        return "Hello,"
    if len(first_names) == 1:
        return f"Dear {first_names[0]},"
    return f"Dear {', '.join(first_names[:-1])} and {first_names[-1]},"


def _draft(*, names, subject, paragraphs, sender: Sender, to_addresses) -> EmailDraft:
    body = "\n\n".join([_greeting(names), *paragraphs, sender.sign_off()])
    return EmailDraft(
        to_names=", ".join(names), subject=subject, body=body, to_addresses=tuple(to_addresses)
    )


def _position(role: str, company: str) -> str:
    return f"the {role} role at {company}" if role else f"the role at {company}"


def _topic(topic: str, quoted: bool) -> str:
    topic = topic.strip().rstrip(".?!")
    return f"“{topic}”" if quoted else topic


def thank_you_email(
    *,
    company: str,
    role: str,
    interviewers: list[str],
    topic: str,
    sender: Sender,
    outcome: str = "pending",
    topic_is_quote: bool = False,
    to_addresses: tuple[str, ...] = (),
) -> EmailDraft:
    """The thank-you note; `topic_is_quote` when the topic is a question asked, in its words."""
    position = _position(role, company)
    about = _topic(topic, topic_is_quote) if topic.strip() else ""
    if outcome == "rejected":
        paragraphs = [
            f"Thank you for letting me know your decision about {position}, and for the time "
            "you gave me during the interview."
            + (f" I valued our conversation about {about}." if about else ""),
            "I am naturally disappointed, but I appreciated the chance to meet you. If you "
            "could share a few lines of feedback on my interview — what came across well and "
            "where I could have been stronger — I would be grateful.",
            "I hope our paths cross again.",
        ]
    elif outcome == "withdrew":
        paragraphs = [
            f"Thank you for the time you gave me while I was considered for {position}."
            + (f" I valued our conversation about {about}." if about else ""),
            "Withdrawing was not an easy decision, and I am grateful for the care you took "
            "over the process. If you have any feedback on my interview, I would welcome it.",
            "I wish you and the team every success.",
        ]
    else:
        paragraphs = [
            f"Thank you for taking the time to speak with me about {position}. "
            + (
                f"I especially enjoyed our conversation about {about}, and it left me even "
                "more keen on the work your team does."
                if about
                else "I enjoyed learning more about the team and the work ahead."
            ),
            "I am very interested in the opportunity and would be glad to answer anything "
            "else you need from me.",
        ]
    return _draft(
        names=interviewers,
        subject=f"Thank you — {role or 'interview'} at {company}",
        paragraphs=paragraphs,
        sender=sender,
        to_addresses=to_addresses,
    )


def feedback_request_email(
    *,
    company: str,
    role: str,
    recipient_names: list[str],
    sender: Sender,
    outcome: str = "rejected",
    to_addresses: tuple[str, ...] = (),
) -> EmailDraft:
    position = _position(role, company)
    opening = (
        f"Thank you for letting me know your decision about {position}."
        if outcome == "rejected"
        else f"Thank you again for considering me for {position}."
    )
    return _draft(
        names=recipient_names,
        subject=f"Feedback on my interview for {role or 'the role'} at {company}",
        paragraphs=[
            opening,
            "I am always working to improve, and I would be grateful for any feedback on my "
            "interview: what came across well, and where I could have been stronger. "
            "Even a few lines would help me a great deal.",
        ],
        sender=sender,
        to_addresses=to_addresses,
    )


def chase_email(
    *,
    company: str,
    role: str,
    recipient_names: list[str],
    sender: Sender,
    to_addresses: tuple[str, ...] = (),
) -> EmailDraft:
    """A polite note asking where things stand, a week or more after the interview."""
    return _draft(
        names=recipient_names,
        subject=f"Following up — {role or 'my interview'} at {company}",
        paragraphs=[
            f"I hope you are well. I am writing to ask whether there is any news about "
            f"{_position(role, company)} since my interview.",
            "I remain keen on the opportunity, and I would be glad to provide anything else "
            "that would help.",
        ],
        sender=sender,
        to_addresses=to_addresses,
    )

"""Ready-to-edit follow-up emails drafted from an interview's own data. No Django imports."""

from dataclasses import dataclass
from urllib.parse import quote


@dataclass(frozen=True)
class EmailDraft:
    to_names: str
    subject: str
    body: str

    @property
    def mailto(self) -> str:
        return f"mailto:?subject={quote(self.subject)}&body={quote(self.body)}"


def _greeting(names: list[str]) -> str:
    first_names = [name.split()[0] for name in names if name.split()]
    if not first_names:
        return "Hello,"
    if len(first_names) == 1:
        return f"Dear {first_names[0]},"
    return f"Dear {', '.join(first_names[:-1])} and {first_names[-1]},"


def thank_you_email(
    *, company: str, role: str, interviewers: list[str], topic: str, sender: str
) -> EmailDraft:
    position = f"the {role} role" if role else "the role"
    topic_line = (
        f"I especially enjoyed our conversation about “{topic.rstrip('?')}” and it left me "
        "even more keen on the work your team does."
        if topic
        else "I enjoyed learning more about the team and the work ahead."
    )
    body = "\n\n".join(
        [
            _greeting(interviewers),
            f"Thank you for taking the time to speak with me about {position} at {company}. "
            + topic_line,
            "I am very interested in the opportunity and would be glad to answer anything "
            "else you need from me.",
            f"Kind regards,\n{sender}",
        ]
    )
    return EmailDraft(
        to_names=", ".join(interviewers),
        subject=f"Thank you — {role or 'interview'} at {company}",
        body=body,
    )


def feedback_request_email(
    *, company: str, role: str, recipient_names: list[str], sender: str
) -> EmailDraft:
    position = f"the {role} role" if role else "the role"
    body = "\n\n".join(
        [
            _greeting(recipient_names),
            f"Thank you again for considering me for {position} at {company}.",
            "I am always working to improve, and I would be grateful for any feedback on my "
            "interview: what came across well, and where I could have been stronger. "
            "Even a few lines would help me a great deal.",
            f"Kind regards,\n{sender}",
        ]
    )
    return EmailDraft(
        to_names=", ".join(recipient_names),
        subject=f"Feedback on my interview for {role or 'the role'} at {company}",
        body=body,
    )

from django import forms

from core.forms import form_helper

NOTE_FIELDS = [("went_well", "What went well"), ("notes", "Notes")]


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


class DraftTopicForm(forms.Form):
    """What the thank-you note mentions: a question they asked, a note, or the user's words."""

    topic = forms.ChoiceField(label="Mention", required=False)
    own_words = forms.CharField(
        label="Or in my own words",
        required=False,
        max_length=200,
        help_text="For example: your plans for the payments platform",
    )

    def __init__(self, *args, interview, asked, **kwargs):
        super().__init__(*args, **kwargs)
        self.interview = interview
        self.questions = {f"q{item.pk}": item.question.text for item in asked}
        self.notes = {
            f"note:{field}": _first_line(getattr(interview, field))
            for field, _ in NOTE_FIELDS
            if _first_line(getattr(interview, field))
        }
        choices = [("", "Nothing in particular")]
        if self.questions:
            choices.append(("A question they asked", list(self.questions.items())))
        if self.notes:
            choices.append(("From my notes", list(self.notes.items())))
        self.fields["topic"].choices = choices
        self.helper = form_helper()

    def chosen(self) -> tuple[str, bool]:
        """(topic text, whether it is a question to quote); empty when nothing was picked."""
        if not self.is_valid():
            return "", False
        own = " ".join(self.cleaned_data["own_words"].split())
        if own:
            return own, False
        key = self.cleaned_data["topic"]
        if key in self.questions:
            return self.questions[key], True
        return self.notes.get(key, ""), False

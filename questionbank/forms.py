from crispy_forms.layout import HTML, Field, Fieldset
from django import forms

from core.forms import form_helper

from .models import Answer, Question, Review, Tag
from .starter import STARTER_QUESTIONS
from .text import MAX_QUESTION_LENGTH, clean_question_text, normalize_question, too_long_message


class QuestionForm(forms.ModelForm):
    tag_names = forms.CharField(
        label="Tags",
        required=False,
        max_length=500,
        help_text="Separated by commas, e.g. leadership, python.",
    )

    class Meta:
        model = Question
        fields = ["text", "category", "notes"]
        widgets = {
            "text": forms.Textarea(attrs={"rows": 2}),
            "notes": forms.Textarea(attrs={"rows": 3}),
        }
        labels = {"text": "Question"}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["notes"].validators.append(length_limit(MAX_NOTES_LENGTH, "Notes"))
        if self.instance.pk:
            self.initial["tag_names"] = ", ".join(t.name for t in self.instance.tags.all())
        self.helper = form_helper()

    def clean_text(self) -> str:
        text = clean_question_text(self.cleaned_data["text"])
        if not normalize_question(text):
            raise forms.ValidationError("Write the question in words.")
        if len(text) > MAX_QUESTION_LENGTH:
            raise forms.ValidationError(too_long_message(text))
        clash = (
            Question.objects.for_user(self.user).worded(text).exclude(pk=self.instance.pk).first()
        )
        if clash:
            raise forms.ValidationError(
                "You already have this question (“%(text)s”). Merge them from its page instead.",
                params={"text": clash.text},
            )
        return text

    def clean_tag_names(self) -> list[str]:
        names = [" ".join(n.split()).lower() for n in self.cleaned_data["tag_names"].split(",")]
        names = list(dict.fromkeys(n for n in names if n))
        too_long = [n for n in names if len(n) > 50]
        if too_long:
            raise forms.ValidationError(
                "A tag can be at most 50 characters: “%(tag)s”.", params={"tag": too_long[0]}
            )
        return names

    def save(self, commit: bool = True) -> Question:
        question = super().save(commit=False)
        question.user = self.user
        if "category" in self.changed_data or not self.instance.pk:
            question.category_suggested = False  # the user chose it
        question.save()
        tags = [
            Tag.objects.get_or_create(user=self.user, name=name)[0]
            for name in self.cleaned_data["tag_names"]
        ]
        question.tags.set(tags)
        return question


# An answer spoken for two minutes is about 2,000 characters: these limits only stop a paste
# gone wrong (and keep search fast). No maxlength attribute: a browser would silently cut a
# paste short, where the message says what happened and keeps the text on the page.
MAX_ANSWER_LENGTH = 50_000
MAX_NOTES_LENGTH = 20_000


def length_limit(limit: int, what: str):
    def validate(value: str) -> None:
        if len(value) > limit:
            raise forms.ValidationError(
                f"{what} can be at most {limit:,} characters; this one has {len(value):,}. "
                "Nothing was saved: shorten it, or keep the long version elsewhere.",
                code="max_length",
            )

    return validate


# How the two relate, in one line on the editor.
STAR_HELP = (
    "The STAR outline is the same story as your answer, cut into its four beats to check its "
    "shape and to glance at while practising; it is shown beside the answer, never added to it."
)


class AnswerForm(forms.ModelForm):
    class Meta:
        model = Answer
        fields = ["body", "situation", "task", "action", "result", "status"]
        widgets = {
            "body": forms.Textarea(attrs={"rows": 10}),
            "situation": forms.Textarea(attrs={"rows": 2}),
            "task": forms.Textarea(attrs={"rows": 2}),
            "action": forms.Textarea(attrs={"rows": 3}),
            "result": forms.Textarea(attrs={"rows": 2}),
            "status": forms.RadioSelect,
        }
        labels = {"body": "Your answer (Markdown)"}
        help_texts = {
            "body": "Write it as you would say it. **bold**, *italics* and lists work.",
            "situation": "Where and when; the context in a sentence or two.",
            "task": "What you had to achieve, and why it was hard.",
            "action": "What you did (I, not we): the heart of the story.",
            "result": "What changed, in numbers where you can, and what you learned.",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in Answer.CONTENT_FIELDS:
            label = "An answer" if name == "body" else f"The {name} part"
            self.fields[name].validators.append(length_limit(MAX_ANSWER_LENGTH, label))
        self.helper = form_helper(
            Field("body"),
            Fieldset(
                "STAR outline (optional)",
                HTML(f'<p class="form-text mt-0" id="star-help">{STAR_HELP}</p>'),
                Field("situation"),
                Field("task"),
                Field("action"),
                Field("result"),
                css_class="star-fields",
            ),
            Field("status"),
        )


class MergeForm(forms.Form):
    """The other question to fold into this one; its page offers a search-as-you-type picker,
    and whatever is posted must be one of the user's other questions."""

    duplicate = forms.ModelChoiceField(
        queryset=Question.objects.none(),
        error_messages={"required": "Choose one of your other questions to merge."},
    )

    def __init__(self, *args, question: Question, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["duplicate"].queryset = Question.objects.for_user(question.user).exclude(
            pk=question.pk
        )


class StarterForm(forms.Form):
    chosen = forms.TypedMultipleChoiceField(
        choices=[(i, text) for i, (_, text, _) in enumerate(STARTER_QUESTIONS)],
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Tick at least one question to add."},
    )


class ReviewForm(forms.Form):
    rating = forms.ChoiceField(choices=Review.Rating.choices)
    seconds = forms.IntegerField(min_value=0, max_value=3600, required=False)

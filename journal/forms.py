import re

from crispy_forms.bootstrap import InlineRadios
from crispy_forms.layout import HTML, Div, Field
from django import forms
from django.core.validators import validate_email
from django.urls import reverse
from django.utils import timezone

from core.companies import clean_company_name, company_key
from core.forms import (
    MAX_ID_DIGITS,
    ModelMultipleChoiceField,
    OnePassSelect,
    column,
    field_with_submit,
    form_helper,
)
from questionbank.models import Answer, Question, similar
from questionbank.text import (
    MAX_QUESTION_LENGTH,
    MAX_QUESTIONS_PER_INTERVIEW,
    overlong_lines,
    split_question_lines,
    too_long_message,
)

from .models import (
    CONDUCT_CHECKLIST,
    PREPARATION_CHECKLIST,
    SELF_ASSESSMENT,
    AskedQuestion,
    Interview,
    Strength,
    Weakness,
    WeaknessObservation,
)

RATING_CHOICES = [(n, str(n)) for n in range(1, 6)]
# What the ends of each scale mean, said wherever a rating is asked.
RATING_SCALE = "1 = poor … 5 = excellent"
SEVERITY_SCALE = "1 = barely … 5 = severe"
RATING_FIELDS = [f"{key}_rating" for key, _, _ in SELF_ASSESSMENT]
RATING_NOTE_FIELDS = [f"{key}_note" for key, _, _ in SELF_ASSESSMENT]
DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TIME_WIDGET = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")


class RatingField(forms.IntegerField):
    """A 1–5 rating chosen from radio buttons, with a plain message for anything else."""

    widget = forms.RadioSelect(choices=RATING_CHOICES)
    default_error_messages = {
        "invalid": "Choose a rating from 1 to 5.",
        "min_value": "Choose a rating from 1 to 5.",
        "max_value": "Choose a rating from 1 to 5.",
    }

    def __init__(self, **kwargs):
        kwargs.pop("min_value", None)
        kwargs.pop("max_value", None)
        kwargs.setdefault("help_text", RATING_SCALE)
        super().__init__(min_value=1, max_value=5, **kwargs)
        # An optional rating can be taken back. "Not rated" comes last: from the keyboard the
        # group starts there and the right arrow goes to 1, 2, 3...
        choices = RATING_CHOICES if self.required else [*RATING_CHOICES, ("", "not rated")]
        self.widget = forms.RadioSelect(choices=choices)


class SectionForm(forms.ModelForm):
    """A ModelForm for one section of an interview, rendered by crispy without its own <form>."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        hints = {f"{key}_rating": f"{RATING_SCALE} ({hint})" for key, _, hint in SELF_ASSESSMENT}
        hints["severity"] = SEVERITY_SCALE
        for name, field in self.fields.items():
            if name.endswith("_rating") or name in ("rating", "severity"):
                self.fields[name] = RatingField(
                    label=field.label,
                    required=field.required,
                    help_text=hints.get(name, RATING_SCALE),
                )
        self.helper = form_helper(
            *(
                InlineRadios(name) if isinstance(field, RatingField) else Field(name)
                for name, field in self.fields.items()
            )
        )

    def clean_company(self) -> str:
        company = clean_company_name(self.cleaned_data["company"])
        if not company_key(company):
            raise forms.ValidationError("Enter the company's name.")
        return company


class BasicsForm(SectionForm):
    class Meta:
        model = Interview
        fields = [
            "company",
            "role",
            "round",
            "date",
            "time",
            "format",
            "location",
            "interviewers",
            "interviewer_emails",
            "recruiter",
            "recruiter_email",
            "posting_url",
            "notes",
        ]
        widgets = {
            "date": DATE_WIDGET,
            "time": TIME_WIDGET,
            "notes": forms.Textarea(attrs={"rows": 4}),
        }
        error_messages = {"company": {"required": "Enter the company's name."}}

    def clean_interviewer_emails(self) -> str:
        text = self.cleaned_data["interviewer_emails"]
        addresses = [a.strip() for a in re.split(r"[,;]", text) if a.strip()]
        for address in addresses:
            try:
                validate_email(address)
            except forms.ValidationError:
                raise forms.ValidationError(f"“{address}” is not an email address.") from None
        return ", ".join(addresses)

    def clean_company(self) -> str:
        company = super().clean_company()
        if self.instance.user_id is None:
            return company  # a new interview: the create action matches the spelling
        others = Interview.objects.for_user(self.instance.user_id).exclude(pk=self.instance.pk)
        # One spelling per company: "ACME corp" is filed as the "Acme Corp" already there
        # (the company's page renames it everywhere).
        return others.company_spelling(company)


class InterviewCreateForm(BasicsForm):
    class Meta(BasicsForm.Meta):
        fields = [*BasicsForm.Meta.fields, "outcome"]


class OutfitForm(SectionForm):
    class Meta:
        model = Interview
        fields = ["outfit", "dress_code", "outfit_fit", "outfit_note"]
        widgets = {"outfit_note": forms.Textarea(attrs={"rows": 2})}


class PreparationForm(SectionForm):
    class Meta:
        model = Interview
        fields = PREPARATION_CHECKLIST


class SelfAssessmentForm(SectionForm):
    class Meta:
        model = Interview
        fields = [
            field for pair in zip(RATING_FIELDS, RATING_NOTE_FIELDS, strict=True) for field in pair
        ] + CONDUCT_CHECKLIST
        labels = {name: "Note" for name in RATING_NOTE_FIELDS}


class ReflectionsForm(SectionForm):
    class Meta:
        model = Interview
        fields = ["went_well", "do_better", "forgot_to_mention"]
        widgets = {name: forms.Textarea(attrs={"rows": 3}) for name in fields}


class FollowUpsForm(SectionForm):
    class Meta:
        model = Interview
        fields = [
            "thank_you_sent_on",
            "feedback_requested_on",
            "feedback_requested_from",
            "feedback_received_on",
            "feedback_source",
            "feedback",
            "feedback_weaknesses",
            "feedback_reflection",
            "lessons",
        ]
        field_classes = {"feedback_weaknesses": ModelMultipleChoiceField}
        widgets = {
            "feedback_weaknesses": forms.CheckboxSelectMultiple,
            "thank_you_sent_on": DATE_WIDGET,
            "feedback_requested_on": DATE_WIDGET,
            "feedback_received_on": DATE_WIDGET,
            "feedback": forms.Textarea(attrs={"rows": 3}),
            "feedback_reflection": forms.Textarea(attrs={"rows": 3}),
            "lessons": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["feedback_weaknesses"].queryset = Weakness.objects.for_user(self.instance.user)
        self.fields[
            "feedback_weaknesses"
        ].help_text = (
            "Tick what the feedback points to; the weakness's page shows it beside your ratings."
        )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("feedback", "").strip() and not cleaned.get("feedback_received_on"):
            self.add_error("feedback_received_on", "When did the feedback arrive?")
        return cleaned


SECTION_FORMS: dict[str, type[SectionForm]] = {
    "basics": BasicsForm,
    "outfit": OutfitForm,
    "preparation": PreparationForm,
    "assessment": SelfAssessmentForm,
    "reflections": ReflectionsForm,
    "followups": FollowUpsForm,
}


class QuickDebriefForm(SectionForm):
    """Only what matters the evening after: who, which round, what they asked, how it felt."""

    questions = forms.CharField(
        label="Questions you were asked — one per line",
        required=False,
        widget=forms.Textarea(attrs={"rows": 7}),
    )

    class Meta:
        model = Interview
        fields = [
            "company",
            "role",
            "round",
            "round_number",
            "format",
            "date",
            *RATING_FIELDS,
            "went_well",
            "do_better",
        ]
        widgets = {
            "date": DATE_WIDGET,
            "went_well": forms.Textarea(attrs={"rows": 2}),
            "do_better": forms.Textarea(attrs={"rows": 2}),
        }
        labels = {"round": "Kind of round", "round_number": "Round number"}
        error_messages = {"company": {"required": "Enter the company's name."}}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["date"].initial = timezone.localdate
        company = self.fields["company"].widget.attrs
        company["autofocus"] = True
        # Suggestions come from the server as the user types (a handful, never the whole
        # journal), into the <datalist> the page renders beside the form.
        company.update(
            {
                "list": "company-suggestions",
                "autocomplete": "off",
                "hx-get": reverse("journal:company-suggest"),
                "hx-trigger": "input changed delay:250ms, focus once",
                "hx-target": "#company-suggestions",
                "hx-swap": "outerHTML",
                "hx-sync": "this:replace",
            }
        )
        self.fields["round_number"].widget.attrs.update({"min": 1, "max": 99})
        self.fields["round_number"].help_text = "The 1st, 2nd, 3rd… interview for this job."
        self.fields["questions"].widget.attrs["placeholder"] = (
            "Tell me about yourself\nWhy do you want to work here?\n…"
        )
        # Keyboard order is reading order: who and which round, when, then the questions while
        # they are fresh, then how it went. Nothing is preselected but today's date.
        self.helper = form_helper(
            Div(
                Div(Field("company"), css_class="col-md-6"),
                Div(Field("role"), css_class="col-md-6"),
                css_class="row",
            ),
            Div(
                Div(Field("round"), css_class="col-md-4"),
                Div(Field("round_number"), css_class="col-md-4"),
                Div(Field("format"), css_class="col-md-4"),
                css_class="row",
            ),
            # Filled by the company suggestions (see company_suggest).
            HTML('<p id="round-hint" class="small text-body-secondary" aria-live="polite"></p>'),
            Div(Div(Field("date"), css_class="col-md-4"), css_class="row"),
            Field("questions"),
            HTML('<h2 class="h5 mt-2">How did it go?</h2>'),
            *[InlineRadios(name) for name in RATING_FIELDS],
            Field("went_well"),
            Field("do_better"),
        )

    def clean_questions(self) -> str:
        block = self.cleaned_data["questions"]
        errors = [too_long_message(text, line=number) for number, text in overlong_lines(block)]
        count = len(split_question_lines(block))
        if count > MAX_QUESTIONS_PER_INTERVIEW:
            errors.append(
                f"That is {count:,} questions; a debrief can hold at most "
                f"{MAX_QUESTIONS_PER_INTERVIEW}. Keep the ones they really asked."
            )
        if errors:
            raise forms.ValidationError(errors[:5])
        return block

    def question_lines(self) -> list[str]:
        return split_question_lines(self.cleaned_data.get("questions", ""))


class QuestionCategoryForm(forms.Form):
    category = forms.ChoiceField(choices=Question.Category.choices)


class CompanyRenameForm(forms.Form):
    name = forms.CharField(widget=forms.HiddenInput, max_length=200)
    new_name = forms.CharField(
        label="Rename this company everywhere",
        max_length=200,
        error_messages={"required": "Enter the company's new name."},
    )

    def clean_new_name(self) -> str:
        name = clean_company_name(self.cleaned_data["new_name"])
        if not company_key(name):
            raise forms.ValidationError("Enter the company's new name.")
        return name


class OutcomeForm(forms.Form):
    # OnePassSelect: the journal list shows one of these per row (20 selects were 20 ms).
    outcome = forms.ChoiceField(
        label="Where this application stands",
        choices=Interview.Outcome.choices,
        widget=OnePassSelect,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = form_helper(field_with_submit("outcome", "Update"))

    @classmethod
    def for_row(cls, interview: Interview) -> "OutcomeForm":
        """The journal list's select for one interview: labelled with that row, and saving a
        deliberate choice only, not each option the arrow keys pass (static/js/deliberate.js)."""
        form = cls(initial={"outcome": interview.outcome}, auto_id=f"outcome-{interview.pk}-%s")
        field = form.fields["outcome"]
        date = f"{interview.date.day} {interview.date:%b %Y}"
        field.label = f"Outcome for {interview.company} on {date}"
        field.widget.attrs.update(
            {
                "class": "form-select form-select-sm",
                "data-deliberate": "",
                "data-saved": interview.outcome,
                "title": "Arrow keys to look, Enter or Tab to choose",
            }
        )
        return form


class AskQuestionForm(forms.Form):
    text = forms.CharField(
        label="Add a question they asked",
        widget=forms.TextInput(attrs={"placeholder": "e.g. Tell me about a time you failed"}),
    )

    def __init__(self, *args, **kwargs):
        # Its own ids: the interview page holds other forms with a "text" field.
        kwargs.setdefault("auto_id", "id_ask_%s")
        super().__init__(*args, **kwargs)
        self.helper = form_helper(field_with_submit("text", "Add"))

    def clean_text(self) -> str:
        text = " ".join(self.cleaned_data["text"].split())
        if not text.strip(" ?.!"):
            raise forms.ValidationError("Type the question as they asked it.")
        if len(text) > MAX_QUESTION_LENGTH:
            raise forms.ValidationError(too_long_message(text))
        return text


class AskedQuestionForm(SectionForm):
    class Meta:
        model = AskedQuestion
        fields = ["answer_notes", "rating", "caught_off_guard"]
        widgets = {"answer_notes": forms.Textarea(attrs={"rows": 2})}


class WeaknessForm(SectionForm):
    class Meta:
        model = Weakness
        fields = ["name", "description", "plan"]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 2}),
            "plan": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {"name": "Short and honest, e.g. “not answering directly”."}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_name(self) -> str:
        name = " ".join(self.cleaned_data["name"].split())
        clash = (
            Weakness.objects.for_user(self.user)
            .filter(name__iexact=name)
            .exclude(pk=self.instance.pk)
            .exists()
        )
        if clash:
            raise forms.ValidationError("You already track a weakness with this name.")
        return name


class ObservationForm(forms.Form):
    """Tag a weakness on an interview: an existing one by name, or a new one."""

    name = forms.CharField(
        label="Weakness",
        max_length=120,
        error_messages={"required": "Type a weakness, new or existing."},
    )
    severity = RatingField(label="How strongly it showed", required=True, help_text=SEVERITY_SCALE)
    note = forms.CharField(max_length=500, required=False)
    question = forms.ModelChoiceField(
        queryset=Question.objects.none(),
        required=False,
        label="Question that exposed it",
        empty_label="None",
        widget=OnePassSelect,  # one option per question asked: a template each was most of it
    )

    def __init__(self, *args, interview, **kwargs):
        super().__init__(*args, **kwargs)
        self.interview = interview
        self.fields["severity"].error_messages["required"] = "Choose how strongly it showed, 1–5."
        self.fields["name"].widget.attrs.update(
            {
                "list": "weakness-names",
                "autocomplete": "off",
                "placeholder": "Type to find or create",
            }
        )
        self.fields["question"].queryset = Question.objects.filter(asked__interview=interview)
        self.helper = form_helper(
            Field("name"), InlineRadios("severity"), Field("note"), Field("question")
        )

    def clean_name(self) -> str:
        return " ".join(self.cleaned_data["name"].split())


class ObservationEditForm(SectionForm):
    class Meta:
        model = WeaknessObservation
        fields = ["severity", "note", "question"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["severity"].label = "Severity"
        self.fields["question"].queryset = Question.objects.filter(
            asked__interview=self.instance.interview
        )
        self.fields["question"].empty_label = "None"


class ActionItemForm(forms.Form):
    text = forms.CharField(
        label="Add a step",
        max_length=300,
        widget=forms.TextInput(
            attrs={"placeholder": "e.g. Answer in one sentence first, then explain"}
        ),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "id_action_%s")
        super().__init__(*args, **kwargs)
        self.helper = form_helper(field_with_submit("text", "Add"))

    def clean_text(self) -> str:
        text = " ".join(self.cleaned_data["text"].split())
        if not text:
            raise forms.ValidationError("Describe the step.")
        return text


class StrengthForm(SectionForm):
    """A strength and its stories. The stories are picked with a search-as-you-type picker
    (journal/strength_answers.html): the form lists only the chosen answers and at most
    PICKER_LIMIT matches for `answer_query`, while any of the user's answers may be posted."""

    class Meta:
        model = Strength
        fields = ["name", "evidence", "answers"]
        field_classes = {"answers": ModelMultipleChoiceField}
        widgets = {
            "evidence": forms.Textarea(attrs={"rows": 3}),
            "answers": forms.CheckboxSelectMultiple,
        }
        help_texts = {
            "evidence": "Facts: results, numbers, what others said.",
            "answers": "The prepared answers whose story shows this strength.",
        }
        labels = {"answers": "Stories"}

    def __init__(self, *args, user, answer_query: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        answers = Answer.objects.for_user(user).select_related("question")
        field = self.fields["answers"]
        field.queryset = answers
        chosen = [str(getattr(c, "pk", c)) for c in self["answers"].value() or []]
        shown = list(
            answers.filter(
                pk__in=[c for c in chosen if c.isdecimal() and len(c) <= MAX_ID_DIGITS]
            ).order_by("question__text")
        )
        self.answer_query = " ".join(answer_query.split())[:200]
        if self.answer_query:
            others = answers.exclude(pk__in=[a.pk for a in shown])
            shown += similar(others, "question__text", self.answer_query)
        field.widget.choices = [(a.pk, a.question.text) for a in shown]
        self.helper = form_helper(Field("name"), Field("evidence"))


class DateRangeForm(forms.Form):
    start = forms.DateField(required=False, widget=DATE_WIDGET, label="From")
    end = forms.DateField(required=False, widget=DATE_WIDGET, label="To")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = form_helper(
            Div(
                column("start", "col-6 col-md-3"),
                column("end", "col-6 col-md-3"),
                css_class="row g-2",
            )
        )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and start > end:
            self.add_error("end", "The end date is before the start date.")
        return cleaned


class JobDescriptionForm(forms.Form):
    description = forms.CharField(
        label="Job description",
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text="Paste the requirements: one per line or bullet works best.",
    )

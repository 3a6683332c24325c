"""The whole journal as one readable Markdown document, rendered from the export document."""

from django.template.loader import render_to_string

from journal.models import SELF_ASSESSMENT, Interview
from questionbank.models import Question


def _label(choices, value) -> str:
    return dict(choices.choices).get(value, value or "")


def journal_markdown(document: dict) -> str:
    interviews = []
    for interview in reversed(document["interviews"]):
        interviews.append(
            {
                **interview,
                "round_label": _label(Interview.Round, interview["round"]),
                "format_label": _label(Interview.Format, interview["format"]),
                "outcome_label": _label(Interview.Outcome, interview["outcome"]),
                "history": [
                    {**c, "label": _label(Interview.Outcome, c["outcome"])}
                    for c in interview["outcome_history"]
                ],
                "ratings": [
                    (label, interview[f"{key}_rating"], interview[f"{key}_note"])
                    for key, label, _ in SELF_ASSESSMENT
                    if interview.get(f"{key}_rating") or interview.get(f"{key}_note")
                ],
            }
        )
    questions = [
        {**q, "category_label": _label(Question.Category, q["category"])}
        for q in document["questions"]
    ]
    return render_to_string(
        "userdata/journal.md", {**document, "interviews": interviews, "questions": questions}
    )

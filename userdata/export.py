"""Everything a user owns, as one JSON-ready document (schema version 1).

Relations are nested or named by natural key (a question by its wording, a weakness by its
name), never by database id, so a document can be read by a person and imported into any
account. `userdata.importer` reads the same shape back.
"""

from django.db.models import Prefetch
from django.utils import timezone

from accounts.models import Profile
from journal.models import (
    ActionItem,
    AskedQuestion,
    DebriefDraft,
    Interview,
    OutcomeChange,
    Strength,
    Weakness,
    WeaknessObservation,
)
from questionbank.models import Answer, AnswerRevision, NotSamePair, Question, Review

from .fields import plain_fields, values

SCHEMA = "debrief-export"
SCHEMA_VERSION = 1

PROFILE_FIELDS = ["display_name", "time_zone", "email_signature"]


def fields_of(model, *, also=()):
    return plain_fields(model, also=also)


def export_document(user) -> dict:
    """The user's whole journal and question bank. A bounded number of queries."""
    profile = Profile.objects.for_user(user)
    return {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "exported_at": timezone.now().isoformat(),
        "username": user.get_username(),
        "profile": {name: getattr(profile, name) for name in PROFILE_FIELDS},
        "questions": _questions(user),
        "interviews": _interviews(user),
        "weaknesses": _weaknesses(user),
        "strengths": _strengths(user),
        "drafts": _drafts(user),
        "not_the_same": _not_the_same(user),
    }


def _questions(user) -> list[dict]:
    question_fields = fields_of(Question, also=("card", "due"))
    answer_fields = fields_of(Answer)
    revision_fields = fields_of(AnswerRevision)
    review_fields = fields_of(Review)
    questions = (
        Question.objects.for_user(user)
        .select_related("answer")
        .prefetch_related(
            "tags",
            Prefetch(
                "answer__revisions", queryset=AnswerRevision.objects.order_by("created_at", "id")
            ),
            Prefetch("reviews", queryset=Review.objects.order_by("reviewed_at", "id")),
        )
        .order_by("created_at", "id")
    )
    documents = []
    for question in questions:
        answer = question.prepared_answer
        documents.append(
            {
                **values(question, question_fields),
                "tags": sorted(tag.name for tag in question.tags.all()),
                "answer": None
                if answer is None
                else {
                    **values(answer, answer_fields),
                    "revisions": [values(r, revision_fields) for r in answer.revisions.all()],
                },
                "reviews": [values(review, review_fields) for review in question.reviews.all()],
            }
        )
    return documents


def _interviews(user) -> list[dict]:
    interview_fields = fields_of(Interview)
    change_fields = fields_of(OutcomeChange)
    asked_fields = [f for f in fields_of(AskedQuestion) if f.name != "position"]
    observation_fields = fields_of(WeaknessObservation)
    interviews = (
        Interview.objects.for_user(user)
        .prefetch_related(
            Prefetch(
                "outcome_changes", queryset=OutcomeChange.objects.order_by("changed_at", "id")
            ),
            Prefetch(
                "asked",
                queryset=AskedQuestion.objects.select_related("question").order_by(
                    "position", "id"
                ),
            ),
            Prefetch(
                "observations",
                queryset=WeaknessObservation.objects.select_related(
                    "weakness", "question"
                ).order_by("weakness__name", "id"),
            ),
            Prefetch("feedback_weaknesses", queryset=Weakness.objects.order_by("name")),
        )
        .order_by("date", "time", "id")
    )
    return [
        {
            **values(interview, interview_fields),
            "outcome_history": [values(c, change_fields) for c in interview.outcome_changes.all()],
            "asked_questions": [
                {"question": asked.question.text, **values(asked, asked_fields)}
                for asked in interview.asked.all()
            ],
            "weakness_observations": [
                {
                    "weakness": observation.weakness.name,
                    **values(observation, observation_fields),
                    "question": observation.question.text if observation.question else None,
                }
                for observation in interview.observations.all()
            ],
            "feedback_weaknesses": [w.name for w in interview.feedback_weaknesses.all()],
        }
        for interview in interviews
    ]


def _weaknesses(user) -> list[dict]:
    weakness_fields = fields_of(Weakness)
    action_fields = fields_of(ActionItem)
    weaknesses = (
        Weakness.objects.for_user(user)
        .prefetch_related(
            Prefetch("actions", queryset=ActionItem.objects.order_by("created_at", "id"))
        )
        .order_by("name", "id")
    )
    return [
        {
            **values(weakness, weakness_fields),
            "actions": [values(action, action_fields) for action in weakness.actions.all()],
        }
        for weakness in weaknesses
    ]


def _strengths(user) -> list[dict]:
    strength_fields = fields_of(Strength)
    strengths = (
        Strength.objects.for_user(user)
        .prefetch_related(
            Prefetch("answers", queryset=Answer.objects.select_related("question").order_by("id"))
        )
        .order_by("name", "id")
    )
    return [
        {
            **values(strength, strength_fields),
            "stories": sorted(answer.question.text for answer in strength.answers.all()),
        }
        for strength in strengths
    ]


def _drafts(user) -> list[dict]:
    """Quick debriefs being typed; submitted ones are empty markers and are left out."""
    drafts = DebriefDraft.objects.for_user(user).open().order_by("updated_at", "id")
    return [{"data": draft.data, "updated_at": draft.updated_at.isoformat()} for draft in drafts]


def _not_the_same(user) -> list[list[str]]:
    """Pairs of questions the user said are different, so duplicates are not suggested again."""
    pairs = NotSamePair.objects.filter(user=user).values_list("first__text", "second__text")
    return sorted(sorted(pair) for pair in pairs)

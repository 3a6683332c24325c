"""Reading a Debrief export back: validated completely first, then applied in one transaction.

Into an account that already has data, the import merges instead of duplicating: a question
with the same wording (as `normalize_question` decides) is the same question, a weakness or a
strength with the same name (ignoring case) is the same one, and so is a tag.
"""

import json
import uuid
from dataclasses import dataclass, field

from django.db import DatabaseError, transaction
from fsrs import Card

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
from questionbank import similarity
from questionbank.actions import asked_stats_refresh, look_alikes_refresh
from questionbank.models import Answer, AnswerRevision, NotSamePair, Question, Review, Tag
from questionbank.text import MAX_QUESTION_LENGTH, clean_question_text, normalize_question

from .checking import Checker, Problems
from .export import PROFILE_FIELDS, SCHEMA, SCHEMA_VERSION
from .fields import plain_fields

__all__ = ["Problems", "Summary", "document_import", "parse_json"]


def parse_json(raw: bytes) -> object:
    """The JSON in an uploaded file, or Problems saying plainly why it is not JSON."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Problems(["The file is not UTF-8 text; is it a Debrief JSON export?"]) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        raise Problems([f"The file is not valid JSON ({where}: {error.msg})."]) from None
    except ValueError:  # Python refuses integers of more than 4300 digits
        problem = "The file holds a number too long to be part of a Debrief export."
        raise Problems([problem]) from None
    except RecursionError:
        raise Problems(["The file nests too deeply to be a Debrief export."]) from None


@dataclass
class Summary:
    """What an import added, and what it merged into what was already there."""

    added: dict[str, int] = field(default_factory=dict)
    merged_questions: int = 0
    merged_weaknesses: int = 0
    merged_strengths: int = 0

    def count(self, kind: str, n: int = 1) -> None:
        self.added[kind] = self.added.get(kind, 0) + n

    def __str__(self) -> str:
        parts = [_counted(n, kind) for kind, n in self.added.items() if n]
        text = "Imported " + (", ".join(parts) if parts else "nothing new") + "."
        merged = [
            (self.merged_questions, "question", "already in your bank"),
            (self.merged_weaknesses, "weakness", "already in your list"),
            (self.merged_strengths, "strength", "already in your list"),
        ]
        for n, kind, where in merged:
            if n:
                text += f" Merged {_counted(n, kind)} {where} instead of duplicating."
        return text


_PLURALS = {"weakness": "weaknesses"}


def _counted(n: int, kind: str) -> str:
    return f"{n} {kind if n == 1 else _PLURALS.get(kind, kind + 's')}"


def document_import(*, user, document: object) -> Summary:
    """Import `document` into `user`'s account: all of it, or nothing and Problems."""
    plan = _validated(document)
    # Embedded before the transaction, so that it does not hold the database for it.
    similarity.embed_ahead([q["wording"][0] for q in plan["questions"] if q["wording"]])
    try:
        with transaction.atomic():
            return _Importer(user).apply(plan)
    except DatabaseError as error:
        # Validation should have caught it; if the database still refuses, nothing was saved.
        raise Problems(
            [f"The database refused the import, so nothing was saved: {error}"]
        ) from error


# Validation: builds a plan of cleaned values, or raises Problems listing everything wrong.


def _validated(document: object) -> dict:
    check = Checker()
    if not isinstance(document, dict):
        raise Problems(["The file is not a Debrief export: it holds no JSON object."])
    doc = document
    if doc.get("schema") != SCHEMA:
        check.problem("schema", "this is not a Debrief export")
        check.raise_if_any()
    if doc.get("schema_version") != SCHEMA_VERSION:
        check.problem(
            "schema_version",
            f"this file is version {doc.get('schema_version')!r}; this Debrief reads version "
            f"{SCHEMA_VERSION}",
        )
        check.raise_if_any()
    plan = {
        "profile": _profile(check, doc.get("profile")),
        "questions": _questions(check, doc.get("questions")),
        "weaknesses": _weaknesses(check, doc.get("weaknesses")),
        "interviews": _interviews(check, doc.get("interviews")),
        "strengths": _strengths(check, doc.get("strengths")),
        "drafts": _drafts(check, doc.get("drafts")),
        "not_the_same": _not_the_same(check, doc.get("not_the_same")),
    }
    check.raise_if_any()
    return plan


def _question_key(check: Checker, raw, path: str) -> tuple[str, str] | None:
    text = check.text(raw, path, max_length=MAX_QUESTION_LENGTH)
    if text is None:
        return None
    key = normalize_question(text)
    if not key:
        check.problem(path, "a question needs at least one word")
        return None
    return clean_question_text(text), key


def _profile(check: Checker, raw) -> dict:
    data = check.object(raw, "profile", optional=True) or {}
    fields = [f for f in plain_fields(Profile) if f.name in PROFILE_FIELDS]
    return check.fields(data, "profile", fields)


def _questions(check: Checker, raw) -> list[dict]:
    question_fields = [f for f in plain_fields(Question, also=("card", "due")) if f.name != "text"]
    answer_fields = plain_fields(Answer)
    revision_fields = plain_fields(AnswerRevision)
    review_fields = plain_fields(Review)
    tag_length = Tag._meta.get_field("name").max_length
    seen: dict[str, str] = {}
    questions = []
    for index, item in enumerate(check.array(raw, "questions")):
        path = f"questions[{index}]"
        data = check.object(item, path)
        if data is None:
            continue
        wording = _question_key(check, data.get("text"), f"{path}.text")
        if wording and wording[1] in seen:
            check.problem(f"{path}.text", f"the same question as {seen[wording[1]]}")
        elif wording:
            seen[wording[1]] = path
        answer = check.object(data.get("answer"), f"{path}.answer", optional=True)
        fields = check.fields(data, path, question_fields)
        if fields.get("card") is not None and not _readable_card(fields["card"]):
            check.problem(f"{path}.card", "not a practice card Debrief can read")
        questions.append(
            {
                "wording": wording,
                "fields": fields,
                "tags": check.texts(data.get("tags"), f"{path}.tags", max_length=tag_length),
                "answer": None
                if answer is None
                else {
                    "fields": check.fields(answer, f"{path}.answer", answer_fields),
                    "revisions": _list_of_fields(
                        check, answer.get("revisions"), f"{path}.answer.revisions", revision_fields
                    ),
                },
                "reviews": _list_of_fields(
                    check, data.get("reviews"), f"{path}.reviews", review_fields
                ),
            }
        )
    return questions


def _readable_card(state) -> bool:
    """Whether the FSRS scheduler can read this card state (else practice would fail later)."""
    if not isinstance(state, dict):
        return False
    try:
        Card.from_dict(state)
    except Exception:  # hostile input can break the parser in any way; all mean "unreadable"
        return False
    return True


def _list_of_fields(check: Checker, raw, path: str, fields) -> list[dict]:
    rows = []
    for index, item in enumerate(check.array(raw, path)):
        data = check.object(item, f"{path}[{index}]")
        if data is not None:
            rows.append(check.fields(data, f"{path}[{index}]", fields))
    return rows


def _name(check: Checker, raw, path: str, model) -> str | None:
    name = check.text(raw, path, max_length=model._meta.get_field("name").max_length)
    if name is not None and not name.strip():
        check.problem(path, "must not be empty")
        return None
    return name


def _weaknesses(check: Checker, raw) -> list[dict]:
    weakness_fields = plain_fields(Weakness)
    action_fields = plain_fields(ActionItem)
    seen: dict[str, str] = {}
    weaknesses = []
    for index, item in enumerate(check.array(raw, "weaknesses")):
        path = f"weaknesses[{index}]"
        data = check.object(item, path)
        if data is None:
            continue
        fields = check.fields(data, path, weakness_fields)
        name = fields.get("name")
        if name is not None and name.lower() in seen:
            check.problem(f"{path}.name", f"the same weakness as {seen[name.lower()]}")
        elif name is not None:
            seen[name.lower()] = path
        actions = _list_of_fields(check, data.get("actions"), f"{path}.actions", action_fields)
        weaknesses.append({"fields": fields, "actions": actions})
    return weaknesses


def _interviews(check: Checker, raw) -> list[dict]:
    interview_fields = plain_fields(Interview)
    change_fields = plain_fields(OutcomeChange)
    asked_fields = [f for f in plain_fields(AskedQuestion) if f.name != "position"]
    observation_fields = [f for f in plain_fields(WeaknessObservation) if f.name != "question"]
    interviews = []
    for index, item in enumerate(check.array(raw, "interviews")):
        path = f"interviews[{index}]"
        data = check.object(item, path)
        if data is None:
            continue
        asked, seen = [], {}
        for n, entry in enumerate(
            check.array(data.get("asked_questions"), f"{path}.asked_questions")
        ):
            where = f"{path}.asked_questions[{n}]"
            entry = check.object(entry, where)
            if entry is None:
                continue
            wording = _question_key(check, entry.get("question"), f"{where}.question")
            if wording and wording[1] in seen:
                check.problem(
                    f"{where}.question", f"asked twice in one interview (see {seen[wording[1]]})"
                )
            elif wording:
                seen[wording[1]] = where
            asked.append({"wording": wording, "fields": check.fields(entry, where, asked_fields)})
        observations, observed = [], {}
        for n, entry in enumerate(
            check.array(data.get("weakness_observations"), f"{path}.weakness_observations")
        ):
            where = f"{path}.weakness_observations[{n}]"
            entry = check.object(entry, where)
            if entry is None:
                continue
            name = _name(check, entry.get("weakness"), f"{where}.weakness", Weakness)
            if name is not None and name.lower() in observed:
                check.problem(
                    f"{where}.weakness",
                    f"observed twice in one interview (see {observed[name.lower()]})",
                )
            elif name is not None:
                observed[name.lower()] = where
            question = entry.get("question")
            observations.append(
                {
                    "weakness": name,
                    "question": None
                    if question is None
                    else _question_key(check, question, f"{where}.question"),
                    "fields": check.fields(entry, where, observation_fields),
                }
            )
        interviews.append(
            {
                "fields": check.fields(data, path, interview_fields),
                "outcome_history": _list_of_fields(
                    check, data.get("outcome_history"), f"{path}.outcome_history", change_fields
                ),
                "asked": asked,
                "observations": observations,
                "feedback_weaknesses": [
                    name
                    for n, raw_name in enumerate(
                        check.array(data.get("feedback_weaknesses"), f"{path}.feedback_weaknesses")
                    )
                    if (
                        name := _name(check, raw_name, f"{path}.feedback_weaknesses[{n}]", Weakness)
                    )
                ],
            }
        )
    return interviews


def _strengths(check: Checker, raw) -> list[dict]:
    strength_fields = plain_fields(Strength)
    strengths = []
    for index, item in enumerate(check.array(raw, "strengths")):
        path = f"strengths[{index}]"
        data = check.object(item, path)
        if data is None:
            continue
        stories = []
        for n, story in enumerate(check.array(data.get("stories"), f"{path}.stories")):
            wording = _question_key(check, story, f"{path}.stories[{n}]")
            if wording:
                stories.append(wording)
        strengths.append({"fields": check.fields(data, path, strength_fields), "stories": stories})
    return strengths


def _drafts(check: Checker, raw) -> list[dict]:
    drafts = []
    for index, item in enumerate(check.array(raw, "drafts")):
        path = f"drafts[{index}]"
        data = check.object(item, path)
        if data is not None and check.object(data.get("data"), f"{path}.data") is not None:
            drafts.append(data["data"])
    return drafts


def _not_the_same(check: Checker, raw) -> list[tuple]:
    pairs = []
    for index, item in enumerate(check.array(raw, "not_the_same")):
        path = f"not_the_same[{index}]"
        if not isinstance(item, list) or len(item) != 2:
            check.problem(path, "not a pair of questions ([“…”, “…”])")
            continue
        wordings = [_question_key(check, text, f"{path}[{n}]") for n, text in enumerate(item)]
        if all(wordings) and wordings[0][1] == wordings[1][1]:
            check.problem(path, "the same question twice")
        elif all(wordings):
            pairs.append(tuple(wordings))
    return pairs


# Applying a validated plan.


class _Importer:
    def __init__(self, user):
        self.user = user
        self.summary = Summary()
        self.questions: dict[str, Question] = {}
        self.weaknesses: dict[str, Weakness] = {
            w.name.lower(): w for w in Weakness.objects.for_user(user)
        }
        self.tags: dict[str, Tag] = {t.name: t for t in Tag.objects.filter(user=user)}

    def apply(self, plan: dict) -> Summary:
        self._profile(plan["profile"])
        for question in plan["questions"]:
            self._question(question)
        for weakness in plan["weaknesses"]:
            self._weakness(weakness)
        self._interviews(plan["interviews"])
        for strength in plan["strengths"]:
            self._strength(strength)
        told_apart = []
        for pair in plan["not_the_same"]:
            first, second = sorted((self._find_question(w)[0] for w in pair), key=lambda q: q.pk)
            NotSamePair.objects.get_or_create(user=self.user, first=first, second=second)
            told_apart += [first.pk, second.pk]
        for data in plan["drafts"]:
            DebriefDraft.objects.create(user=self.user, token=uuid.uuid4(), data=data)
            self.summary.count("unfinished debrief")
        look_alikes_refresh(user=self.user, questions=told_apart)
        return self.summary

    def _profile(self, fields: dict) -> None:
        """Settings fill only what the account has not set itself."""
        profile = Profile.objects.for_user(self.user)
        defaults = {name: Profile._meta.get_field(name).get_default() for name in fields}
        changed = [
            name
            for name, value in fields.items()
            if getattr(profile, name) == defaults[name] and value != defaults[name]
        ]
        for name in changed:
            setattr(profile, name, fields[name])
        if changed:
            profile.save(update_fields=changed)

    def _find_question(self, wording: tuple[str, str], **defaults) -> tuple[Question, bool]:
        text, key = wording
        if key in self.questions:
            return self.questions[key], False
        question, created = Question.objects.find_or_create(self.user, text, **defaults)
        self.questions[key] = question
        if created:
            self.summary.count("question")
        return question, created

    def _tag(self, name: str) -> Tag:
        if name not in self.tags:
            self.tags[name] = Tag.objects.create(user=self.user, name=name)
        return self.tags[name]

    def _question(self, plan: dict) -> None:
        fields = plan["fields"]
        question, created = self._find_question(plan["wording"], **fields)
        if not created:
            self.summary.merged_questions += 1
            notes = fields.get("notes", "").strip()
            if notes and notes not in question.notes:
                question.notes = "\n\n".join(p for p in [question.notes, notes] if p)
            if question.card is None and fields.get("card") is not None:
                question.card, question.due = fields["card"], fields.get("due")
            question.save()
        question.tags.add(*(self._tag(name) for name in plan["tags"]))
        if plan["answer"] is not None and question.prepared_answer is None:
            answer = Answer.objects.create(question=question, **plan["answer"]["fields"])
            AnswerRevision.objects.bulk_create(
                AnswerRevision(answer=answer, **fields) for fields in plan["answer"]["revisions"]
            )
            question.answer = answer
            self.summary.count("answer")
        known = set(question.reviews.values_list("rating", "reviewed_at")) if not created else set()
        reviews = [
            Review(question=question, **fields)
            for fields in plan["reviews"]
            if (fields.get("rating"), fields.get("reviewed_at")) not in known
        ]
        Review.objects.bulk_create(reviews)
        self.summary.count("practice review", len(reviews))

    def _find_weakness(self, name: str, fields=None) -> tuple[Weakness, bool]:
        if name.lower() in self.weaknesses:
            return self.weaknesses[name.lower()], False
        weakness = Weakness.objects.create(user=self.user, **{**(fields or {}), "name": name})
        self.weaknesses[name.lower()] = weakness
        self.summary.count("weakness")
        return weakness, True

    def _weakness(self, plan: dict) -> None:
        fields = plan["fields"]
        weakness, created = self._find_weakness(fields["name"], fields)
        existing = set()
        if not created:
            self.summary.merged_weaknesses += 1
            for name in ("description", "plan"):
                if not getattr(weakness, name).strip() and fields.get(name):
                    setattr(weakness, name, fields[name])
            weakness.save()
            existing = set(weakness.actions.values_list("text", flat=True))
        ActionItem.objects.bulk_create(
            ActionItem(weakness=weakness, **fields)
            for fields in plan["actions"]
            if fields.get("text") not in existing
        )

    def _interviews(self, plans: list[dict]) -> None:
        """Each interview is saved on its own (its save() derives the company key); what hangs
        off them is inserted in one batch per table, so a long journal imports quickly."""
        changes, asked, observations, mapped = [], [], [], []
        feedback = Interview.feedback_weaknesses.through
        for plan in plans:
            interview = Interview(user=self.user, **plan["fields"])
            interview.save()
            self.summary.count("interview")
            changes += [OutcomeChange(interview=interview, **f) for f in plan["outcome_history"]]
            asked += [
                AskedQuestion(
                    interview=interview,
                    question=self._find_question(entry["wording"])[0],
                    position=position,
                    **entry["fields"],
                )
                for position, entry in enumerate(plan["asked"])
            ]
            observations += [
                WeaknessObservation(
                    interview=interview,
                    weakness=self._find_weakness(observation["weakness"])[0],
                    question=self._find_question(observation["question"])[0]
                    if observation["question"]
                    else None,
                    **observation["fields"],
                )
                for observation in plan["observations"]
            ]
            weaknesses = {self._find_weakness(name)[0].pk for name in plan["feedback_weaknesses"]}
            mapped += [feedback(interview=interview, weakness_id=pk) for pk in weaknesses]
        for model, rows in [
            (OutcomeChange, changes),
            (AskedQuestion, asked),
            (WeaknessObservation, observations),
            (feedback, mapped),
        ]:
            model.objects.bulk_create(rows, batch_size=500)
        asked_stats_refresh(questions={row.question_id for row in asked})

    def _strength(self, plan: dict) -> None:
        fields = plan["fields"]
        name = fields.get("name", "")
        strength = Strength.objects.filter(user=self.user, name__iexact=name).first()
        if strength is None:
            strength = Strength.objects.create(user=self.user, **fields)
            self.summary.count("strength")
        else:
            self.summary.merged_strengths += 1
            if not strength.evidence.strip() and fields.get("evidence"):
                strength.evidence = fields["evidence"]
                strength.save()
        answers = []
        for wording in plan["stories"]:
            question = self._find_question(wording)[0]
            answer = question.prepared_answer or Answer.objects.create(question=question)
            answers.append(answer)
        strength.answers.add(*answers)

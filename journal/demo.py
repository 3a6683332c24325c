"""A realistic demo journal, built with factory-boy and Faker and written with bulk inserts.

`seed_demo` calls `seed_account()`; the load benchmark seeds its heavy and small accounts the same
way. Rows are built in memory (factory-boy's build strategy, no query per object) and written with
`bulk_create` in large batches, so a thousand interviews take seconds, not minutes.
"""

import datetime
import random
from dataclasses import dataclass

import factory
from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone
from faker import Faker

from accounts.models import Profile
from core.companies import company_key
from questionbank import scheduling
from questionbank.actions import asked_stats_refresh, look_alikes_refresh
from questionbank.models import Answer, AnswerRevision, Question, Review
from questionbank.starter import STARTER_QUESTIONS

from .models import (
    ActionItem,
    AskedQuestion,
    Interview,
    OutcomeChange,
    Strength,
    Weakness,
    WeaknessObservation,
)

BATCH = 1000

# Question wordings: the starter library, then combinations of real interview patterns, so that
# searching for "tell", "conflict" or "design" finds what it would find in a real bank.
_BEHAVIOURS = [
    "had to deliver bad news to a stakeholder",
    "disagreed with your manager",
    "missed a deadline",
    "resolved a conflict in your team",
    "led a project without formal authority",
    "had to learn a new technology quickly",
    "made a mistake that affected customers",
    "changed someone's mind with data",
    "mentored a junior colleague",
    "handled an unhappy customer",
    "had to prioritise competing requests",
    "improved a process nobody owned",
    "received difficult feedback",
    "worked with an under-performing teammate",
    "took a calculated risk",
    "simplified something complicated",
    "had to say no to a senior person",
    "recovered a failing project",
    "worked across time zones",
    "made a decision with incomplete information",
]
_CONTEXTS = [
    "",
    " in your last role",
    " under pressure",
    " on a remote team",
    " with a tight budget",
    " during a reorganisation",
    " at a start-up",
    " with a client",
]
_OPENERS = [
    "Tell me about a time you {b}{c}.",
    "Describe a situation where you {b}{c}.",
    "Give me an example of when you {b}{c}.",
    "Walk me through a time you {b}{c}.",
]
_SYSTEMS = [
    "a URL shortener", "a rate limiter", "a chat application", "a news feed", "a payment system",
    "a job scheduler", "a search autocomplete", "a file-sharing service", "a metrics pipeline",
    "an inventory system", "a booking system", "a notification service",
]  # fmt: skip
_PAIRS = [
    ("a process", "a thread"), ("SQL", "NoSQL databases"), ("TCP", "UDP"),
    ("an index", "a full table scan"), ("REST", "GraphQL"), ("a list", "a tuple"),
    ("unit tests", "integration tests"), ("optimistic", "pessimistic locking"),
    ("a queue", "a topic"), ("vertical", "horizontal scaling"),
]  # fmt: skip
_CODE_NAMES = [
    "Apollo", "Borealis", "Cobalt", "Dorado", "Ember", "Falcon", "Granite", "Harbor", "Indigo",
    "Juniper", "Kestrel", "Lumen", "Meridian", "Nimbus", "Orchid", "Pioneer", "Quartz", "Raven",
]  # fmt: skip
_CODE_NOUNS = ["migration", "launch", "rewrite", "redesign", "integration", "audit", "rollout"]
_TECH = [
    "How would you design {s}?",
    "How would you scale {s} to ten times its traffic?",
    "What would you monitor in {s}?",
]
_DIFF = [
    "What is the difference between {a} and {b}?",
    "When would you choose {a} over {b}?",
]

WEAKNESSES = [
    # (name, how its severity moves over the year: start, end)
    ("Rambling answers", 4.5, 1.5),
    ("Not asking clarifying questions", 4.0, 2.0),
    ("Weak salary negotiation", 4.0, 4.0),
    ("Underselling achievements", 3.5, 1.5),
    ("Nervous opening", 4.0, 2.5),
    ("Thin system-design depth", 3.0, 3.5),
    ("Forgetting the STAR result", 4.0, 1.0),
    ("Too little company research", 3.0, 3.0),
]
STRENGTHS = [
    "Calm under pressure",
    "Clear written communication",
    "Mentoring",
    "Turning data into decisions",
    "Ownership of production systems",
    "Building trust with stakeholders",
]
ROLES = [
    "Backend engineer", "Senior software engineer", "Data engineer", "Engineering manager",
    "Platform engineer", "Product engineer", "Site reliability engineer",
]  # fmt: skip
OUTFITS = [
    ("Navy suit, white shirt", "formal"), ("Blazer and chinos", "business"),
    ("Shirt and dark jeans", "smart_casual"), ("Jumper and jeans", "casual"),
    ("Dress and cardigan", "business"), ("Polo shirt", "casual"),
]  # fmt: skip
RATING_KEYS = ["preparation", "confidence", "humility", "directness", "body_language", "rapport"]


def question_texts(count: int, rng: random.Random) -> list[str]:
    """`count` distinct, realistic wordings (distinct after normalising), starter ones first."""
    texts = [text for _, text, _ in STARTER_QUESTIONS]
    texts += [o.format(b=b, c=c) for b in _BEHAVIOURS for c in _CONTEXTS for o in _OPENERS]
    texts += [t.format(s=s) for s in _SYSTEMS for t in _TECH]
    texts += [t.format(a=a, b=b) for a, b in _PAIRS for t in _DIFF]
    head, rest = texts[: len(STARTER_QUESTIONS)], texts[len(STARTER_QUESTIONS) :]
    rng.shuffle(rest)
    texts = head + rest
    # Beyond the combinations: the same patterns about named projects, still distinct wordings
    # (code names, not numbers: numbers tell look-alike questions apart).
    names = (f"{a} {b}" for b in _CODE_NOUNS for a in _CODE_NAMES)
    while len(texts) < count:
        name = next(names)
        texts += [t.rstrip(".?") + f" on {name}" + t[-1] for t in rest[: count - len(texts)]]
    return texts[:count]


def _category(text: str) -> str:
    for category, starter_text, _ in STARTER_QUESTIONS:
        if starter_text == text:
            return category
    if text.startswith(("How would you", "What is the difference", "When would you", "What would")):
        return Question.Category.TECHNICAL
    return Question.Category.BEHAVIOURAL


class InterviewFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Interview

    role = factory.Faker("random_element", elements=ROLES)
    round = factory.Faker("random_element", elements=Interview.Round.values)
    format = factory.Faker("random_element", elements=Interview.Format.values)
    interviewers = factory.LazyFunction(
        lambda: ", ".join(_fake.name() for _ in range(random.randint(1, 3)))
    )
    recruiter = factory.Faker("name")
    notes = factory.Faker("paragraph", nb_sentences=3)
    went_well = factory.Faker("sentence", nb_words=12)
    do_better = factory.Faker("sentence", nb_words=12)
    forgot_to_mention = factory.Faker("sentence", nb_words=10)
    researched_company = factory.Faker("boolean", chance_of_getting_true=70)
    tailored_resume = factory.Faker("boolean", chance_of_getting_true=60)
    prepared_answers = factory.Faker("boolean", chance_of_getting_true=60)
    prepared_questions = factory.Faker("boolean", chance_of_getting_true=50)
    mock_interview = factory.Faker("boolean", chance_of_getting_true=20)
    asked_them_questions = factory.Faker("boolean", chance_of_getting_true=70)
    thanked_interviewer = factory.Faker("boolean", chance_of_getting_true=80)
    greeted_properly = True


class AnswerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Answer

    body = factory.Faker("paragraph", nb_sentences=8)
    situation = factory.Faker("sentence", nb_words=14)
    task = factory.Faker("sentence", nb_words=12)
    action = factory.Faker("paragraph", nb_sentences=3)
    result = factory.Faker("sentence", nb_words=14)
    status = factory.Faker("random_element", elements=Answer.Status.values)


_fake = Faker("en_GB")


@dataclass
class Seeded:
    user: User
    interviews: int
    questions: int
    answers: int
    observations: int


def _bulk(model, objects: list) -> list:
    return model.objects.bulk_create(objects, batch_size=BATCH)


@transaction.atomic
def seed_account(
    *, username: str, password: str, interviews: int = 120, questions: int = 300, seed: int = 1
) -> Seeded:
    """Create (or replace) `username` with a year of interviews, questions, answers, practice,
    weaknesses that improve and some that do not, feedback and strengths."""
    User.objects.filter(username=username).delete()
    user = User.objects.create_user(username, password=password, email=f"{username}@example.com")
    Profile.objects.create(user=user)  # as a signup makes: its time zone, its data version
    return fill_journal(user, interviews=interviews, questions=questions, seed=seed)


@transaction.atomic
def fill_journal(user: User, *, interviews: int, questions: int, seed: int = 1) -> Seeded:
    """Write the demo journal into `user`'s account, which must hold no questions yet (the
    bank's wordings are unique per user). The sample journal (journal/sample.py) uses it too."""
    rng = random.Random(seed)
    Faker.seed(seed)
    random.seed(seed)
    today = timezone.localdate()
    now = timezone.now()

    bank = [
        Question(
            user=user,
            text=text,
            **Question.keys_for(text),
            category=_category(text),
            notes=_fake.sentence(nb_words=10) if rng.random() < 0.3 else "",
        )
        for text in question_texts(questions, rng)
    ]
    bank = _bulk(Question, bank)
    # Each question's meaning and look-alikes (for "same question in other words"), stored in
    # one pass over the whole bank as any write that adds questions does.
    look_alikes_refresh(user=user, everything=True)

    interview_rows = _interviews(user, interviews, today, rng)
    _bulk(
        OutcomeChange,
        [
            OutcomeChange(
                interview=i,
                outcome=i.outcome,
                changed_at=timezone.make_aware(
                    datetime.datetime.combine(i.date, datetime.time(18))
                ),
            )
            for i in interview_rows
        ],
    )

    # Popular questions come up again and again, at different companies; the rest now and then.
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(bank))]
    asked = []
    for interview in interview_rows:
        if interview.date > today:  # nothing has been asked at an interview still to come
            continue
        chosen = {q.pk: q for q in rng.choices(bank, weights=weights, k=5)}
        asked += [
            AskedQuestion(
                interview=interview,
                question=q,
                position=position,
                answer_notes=_fake.sentence(nb_words=10) if rng.random() < 0.4 else "",
                rating=rng.randint(1, 5),
                caught_off_guard=rng.random() < 0.15,
            )
            for position, q in enumerate(chosen.values())
        ]
    _bulk(AskedQuestion, asked)
    asked_stats_refresh(questions=Question.objects.for_user(user))

    answers = _bulk(
        Answer,
        [
            AnswerFactory.build(question=q, body=_answer_body(q.text))
            for q in rng.sample(bank, len(bank) // 2)
        ],
    )
    _bulk(
        AnswerRevision,
        [
            AnswerRevision(
                answer=a,
                body=a.body[: len(a.body) // 2],
                situation=a.situation,
                created_at=now - datetime.timedelta(days=rng.randint(20, 300)),
                pinned=True,
            )
            for a in answers[::3]
        ]
        + [
            AnswerRevision(answer=a, body=a.body, situation=a.situation, pinned=True)
            for a in answers
        ],
    )
    _practice(bank[: max(1, len(bank) // 4)], now, rng)

    observations = _weaknesses(user, interview_rows, today, rng)
    _strengths(user, answers, rng)
    return Seeded(user, len(interview_rows), len(bank), len(answers), observations)


def _answer_body(text: str) -> str:
    opening = f"**{text}**\n\n" if len(text) < 60 else ""
    return opening + "\n\n".join(_fake.paragraphs(nb=3))


def _interviews(user, count: int, today: datetime.date, rng: random.Random) -> list[Interview]:
    """Hiring processes of one to four rounds at each company, over the past year, a few ahead."""
    companies = list(dict.fromkeys(_fake.unique.company() for _ in range(max(3, count // 6))))
    _fake.unique.clear()
    rows = []
    span = 365
    while len(rows) < count:
        company = rng.choice(companies)
        rounds = min(rng.randint(1, 4), count - len(rows))
        start = today - datetime.timedelta(days=rng.randint(-14, span))
        final = rng.choices(
            ["offer", "rejected", "no_response", "withdrew", "pending"], [1, 5, 2, 1, 1]
        )[0]
        for step in range(rounds):
            date = start + datetime.timedelta(days=7 * step)
            last = step == rounds - 1
            outcome = final if last else "moved_forward"
            if date > today:
                outcome = "pending"
            progress = 1 - (today - date).days / span  # later interviews are rated a bit higher
            outfit, dress_code = rng.choice(OUTFITS)
            interview = InterviewFactory.build(
                user=user,
                company=company,
                company_key=company_key(company),  # save() sets it; bulk_create does not
                date=date,
                time=datetime.time(rng.choice([9, 10, 11, 14, 15, 16]), rng.choice([0, 30])),
                outcome=outcome,
                outfit=outfit,
                dress_code=dress_code,
                outfit_fit=rng.choice(Interview.OutfitFit.values),
                posting_url=f"https://jobs.example.com/{rng.randint(1000, 9999)}",
                thank_you_sent_on=date + datetime.timedelta(days=1)
                if date < today and rng.random() < 0.7
                else None,
            )
            if date <= today:
                for key in RATING_KEYS:
                    value = round(rng.gauss(2.5 + 1.8 * progress, 0.9))
                    setattr(interview, f"{key}_rating", min(5, max(1, value)))
            if outcome == "rejected" and rng.random() < 0.5:
                interview.feedback_requested_on = date + datetime.timedelta(days=2)
                interview.feedback_requested_from = "recruiter"
                if rng.random() < 0.6:
                    interview.feedback_received_on = date + datetime.timedelta(days=6)
                    interview.feedback_source = "recruiter"
                    interview.feedback = _fake.paragraph(nb_sentences=3)
                    if rng.random() < 0.5:
                        interview.feedback_reflection = _fake.paragraph(nb_sentences=2)
                        interview.lessons = _fake.sentence(nb_words=12)
            rows.append(interview)
    return _bulk(Interview, rows)


def _practice(questions: list[Question], now, rng: random.Random) -> None:
    """A few months of spaced-repetition reviews, scheduled by FSRS as the app would."""
    reviews = []
    for question in questions:
        when = now - datetime.timedelta(days=rng.randint(30, 120))
        for _ in range(rng.randint(1, 4)):
            rating = rng.choices(["again", "hard", "good", "easy"], [1, 2, 5, 2])[0]
            question.card, question.due = scheduling.review(question.card, rating, when)
            reviews.append(
                Review(
                    question=question, rating=rating, reviewed_at=when, seconds=rng.randint(30, 180)
                )
            )
            when = min(question.due, now)
    Question.objects.bulk_update(questions, ["card", "due"], batch_size=BATCH)
    _bulk(Review, reviews)


def _weaknesses(user, interviews: list[Interview], today, rng: random.Random) -> int:
    weaknesses = _bulk(
        Weakness,
        [
            Weakness(
                user=user,
                name=name,
                description=_fake.sentence(nb_words=14),
                plan=_fake.paragraph(nb_sentences=2),
            )
            for name, _, _ in WEAKNESSES
        ],
    )
    _bulk(
        ActionItem,
        [
            ActionItem(weakness=w, text=_fake.sentence(nb_words=8), done=rng.random() < 0.4)
            for w in weaknesses
            for _ in range(3)
        ],
    )
    past = sorted((i for i in interviews if i.date <= today), key=lambda i: i.date)
    observations = []
    for position, interview in enumerate(past):
        progress = position / max(1, len(past) - 1)
        paths = list(zip(weaknesses, WEAKNESSES_TREND, strict=True))
        for weakness, (start, end) in rng.sample(paths, 3):
            severity = round(start + (end - start) * progress + rng.gauss(0, 0.6))
            observations.append(
                WeaknessObservation(
                    weakness=weakness,
                    interview=interview,
                    severity=min(5, max(1, severity)),
                    note=_fake.sentence(nb_words=8) if rng.random() < 0.3 else "",
                )
            )
    _bulk(WeaknessObservation, observations)
    Through = Interview.feedback_weaknesses.through
    _bulk(
        Through,
        [
            Through(interview_id=i.pk, weakness_id=rng.choice(weaknesses).pk)
            for i in interviews
            if i.feedback
        ],
    )
    return len(observations)


WEAKNESSES_TREND = [(start, end) for _, start, end in WEAKNESSES]


def _strengths(user, answers: list[Answer], rng: random.Random) -> None:
    strengths = _bulk(
        Strength,
        [
            Strength(user=user, name=name, evidence=_fake.paragraph(nb_sentences=2))
            for name in STRENGTHS
        ],
    )
    Through = Strength.answers.through
    links = {
        (s.pk, a.pk)
        for s in strengths
        for a in rng.sample(answers, min(len(answers), rng.randint(1, 4)))
    }
    _bulk(Through, [Through(strength_id=s, answer_id=a) for s, a in links])

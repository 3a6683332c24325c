import factory
from django.contrib.auth.models import User
from django.utils import timezone

from journal.models import AskedQuestion, Interview
from questionbank.actions import asked_stats_refresh, look_alikes_refresh
from questionbank.models import Question


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.com")
    password = factory.django.Password("correct horse battery staple")


class InterviewFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Interview

    user = factory.SubFactory(UserFactory)
    company = factory.Sequence(lambda n: f"Company {n}")
    role = "Backend engineer"
    round = Interview.Round.TECHNICAL
    date = factory.LazyFunction(timezone.localdate)


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Question
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory)
    text = factory.Sequence(lambda n: f"Question number {n}?")

    @factory.post_generation
    def look_alikes(question, create, extracted, **kwargs):
        """As every write path of the app does: its meaning and look-alikes are stored."""
        if create:
            look_alikes_refresh(user=question.user)


class AskedQuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AskedQuestion
        skip_postgeneration_save = True

    interview = factory.SubFactory(InterviewFactory)
    question = factory.SubFactory(QuestionFactory, user=factory.SelfAttribute("..interview.user"))
    position = factory.Sequence(lambda n: n)

    @factory.post_generation
    def asked_stats(asked, create, extracted, **kwargs):
        """As every write path of the app does: the question's asked count and date follow."""
        if create:
            asked_stats_refresh(questions=[asked.question_id])
            asked.question.refresh_from_db(fields=Question.ASKED_FIELDS)


class WeaknessFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "journal.Weakness"

    user = factory.SubFactory(UserFactory)
    name = factory.Sequence(lambda n: f"Weakness {n}")


class ObservationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "journal.WeaknessObservation"

    weakness = factory.SubFactory(WeaknessFactory)
    interview = factory.SubFactory(InterviewFactory, user=factory.SelfAttribute("..weakness.user"))
    severity = 3

import pytest

from questionbank.categories import RULE, suggest_category
from questionbank.models import Question
from questionbank.starter import STARTER_QUESTIONS


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Design a URL shortener.", "technical"),
        ("How would you design a rate limiter for our API?", "technical"),
        ("Why Acme?", "company"),
        ("What do you know about Globex?", "company"),
        ("When could you start?", "salary"),
        ("What are your salary expectations?", "salary"),
        ("What's next in the process?", "to_ask"),
        ("Do you have any questions for us?", "to_ask"),
        ("Tell me about a time you failed.", "behavioural"),
        ("Have you ever disagreed with a manager?", "behavioural"),
        ("What would you do if a teammate missed every deadline?", "situational"),
        ("If you were an animal, which would you be?", "curveball"),
        ("Tell me about yourself.", "about_you"),
        ("Why do you want to work here?", "about_you"),
        ("Hmm.", "behavioural"),  # nothing matched: the stated default
    ],
)
def test_the_rule_suggests_a_category_from_the_wording(text, category):
    assert suggest_category(text) == category


def test_apostrophes_and_case_do_not_change_the_suggestion():
    assert suggest_category("WHAT’S NEXT IN THE PROCESS?") == "to_ask"


def test_every_suggestion_is_a_category_and_the_rule_names_them_all():
    texts = [text for _, text, _ in STARTER_QUESTIONS] + ["", "?", "x" * 5000]
    assert {suggest_category(text) for text in texts} <= set(Question.Category.values)
    for label in ("Behavioural", "Technical", "Salary and logistics", "Curveball"):
        assert label in RULE

from journal.matching import Evidence, keywords, match, requirements, split_description

JOB = """About you:
- 5+ years of Python and Django
- Experience leading small teams
- Excellent communication with stakeholders
- Kubernetes
"""

POSTING = """Senior Backend Engineer
We are a fast-growing fintech on a mission to make payments fair.
Requirements:
- Experience leading engineering teams
- Strong SQL and data modelling skills
What we offer:
- Competitive salary and equity
- A friendly team
Nice to have:
- Kubernetes
- We offer visa sponsorship
"""


def test_requirements_are_lines_without_headings_or_markers():
    assert requirements(JOB) == [
        "5+ years of Python and Django",
        "Experience leading small teams",
        "Excellent communication with stakeholders",
        "Kubernetes",
    ]


def test_the_title_what_they_offer_and_about_them_are_left_out():
    kept, left_out = split_description(POSTING)
    assert kept == [
        "Experience leading engineering teams",
        "Strong SQL and data modelling skills",
        "Kubernetes",
    ]
    assert left_out == [
        "Senior Backend Engineer",
        "We are a fast-growing fintech on a mission to make payments fair.",
        "Competitive salary and equity",
        "A friendly team",
        "We offer visa sponsorship",
    ]


def test_keywords_drop_common_words_and_compare_stems():
    assert keywords("Experience leading small teams") == {"lead", "small", "team"}
    assert keywords("Communicating with stakeholders") == keywords("communication, stakeholder")
    assert keywords("I led a team") == {"lead", "team"}


def test_matching_is_deterministic_and_explains_in_the_requirements_own_words():
    evidence = [
        Evidence("strength", "Team lead", "/s", "I lead a small team of five"),
        Evidence("answer", "Tell me about a Django project", "/a", "Built it in Python"),
    ]
    results = match(JOB, evidence)
    backed = {r.requirement: [(b.evidence.title, b.shared) for b in r.backed_by] for r in results}
    assert backed == {
        "5+ years of Python and Django": [("Tell me about a Django project", ("Python", "Django"))],
        "Experience leading small teams": [("Team lead", ("leading", "small", "teams"))],
        "Excellent communication with stakeholders": [],
        "Kubernetes": [],
    }
    assert match(JOB, evidence) == results


def test_having_led_a_team_of_five_backs_leading_engineering_teams():
    evidence = [Evidence("strength", "People", "/s", "I led a team of five engineers.")]
    (result,) = match("Experience leading engineering teams", evidence)
    assert [b.shared for b in result.backed_by] == [("leading", "engineering", "teams")]


def test_an_answer_to_the_same_catalogue_question_backs_the_requirement():
    evidence = [Evidence("answer", "What is your leadership style?", "/a", "Servant leader.")]
    (result,) = match("A clear management philosophy", evidence)
    assert result.backed_by[0].entry == "What is your management style?"


def test_a_sentence_alike_in_meaning_backs_the_requirement_and_is_quoted():
    evidence = [
        Evidence(
            "strength",
            "Data",
            "/d",
            "Hiking at weekends. Tuned slow Postgres queries and designed the database schema.",
        ),
        Evidence("strength", "Hobbies", "/h", "I enjoy hiking at weekends."),
    ]
    (result,) = match("Strong SQL and data modelling skills", evidence)
    assert [(b.evidence.title, b.quote) for b in result.backed_by] == [
        ("Data", "Tuned slow Postgres queries and designed the database schema.")
    ]


def test_one_shared_word_is_not_enough_unless_the_requirement_has_only_one():
    evidence = [Evidence("strength", "Kubernetes", "/", "Ran clusters"),
                Evidence("strength", "Writing", "/", "Clear communication")]  # fmt: skip
    results = {r.requirement: r.backed_by for r in match(JOB, evidence)}
    assert [b.shared for b in results["Kubernetes"]] == [("Kubernetes",)]
    # "communication" alone does not back it by words; the sentence backs it by meaning, quoted.
    (backing,) = results["Excellent communication with stakeholders"]
    assert backing.quote == "Clear communication"

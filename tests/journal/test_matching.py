from journal.matching import Evidence, keywords, match, requirements

JOB = """About you:
- 5+ years of Python and Django
- Experience leading small teams
- Excellent communication with stakeholders
- Kubernetes
"""


def test_requirements_are_lines_without_headings_or_markers():
    assert requirements(JOB) == [
        "5+ years of Python and Django",
        "Experience leading small teams",
        "Excellent communication with stakeholders",
        "Kubernetes",
    ]


def test_keywords_drop_common_words_and_compare_stems():
    assert keywords("Experience leading small teams") == {"lead", "small", "team"}
    assert keywords("Communicating with stakeholders") == keywords("communication, stakeholder")


def test_matching_is_deterministic_and_explains_what_was_shared():
    evidence = [
        Evidence("strength", "Team lead", "/s", "I lead a small team of five"),
        Evidence("answer", "Tell me about a Django project", "/a", "Built it in Python"),
    ]
    results = match(JOB, evidence)
    backed = {
        r.requirement: [(e.title, sorted(shared)) for e, shared in r.backed_by] for r in results
    }
    assert backed == {
        "5+ years of Python and Django": [("Tell me about a Django project", ["django", "python"])],
        "Experience leading small teams": [("Team lead", ["lead", "small", "team"])],
        "Excellent communication with stakeholders": [],
        "Kubernetes": [],
    }
    assert match(JOB, evidence) == results


def test_one_shared_word_is_not_enough_unless_the_requirement_has_only_one():
    evidence = [Evidence("strength", "Kubernetes", "/", "Ran clusters"),
                Evidence("strength", "Writing", "/", "Clear communication")]  # fmt: skip
    results = {r.requirement: r.backed for r in match(JOB, evidence)}
    assert results["Kubernetes"] is True
    assert results["Excellent communication with stakeholders"] is False

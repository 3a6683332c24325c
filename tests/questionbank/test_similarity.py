"""The rules that decide whether two wordings are the same question (no database)."""

import numpy as np
import pytest

from questionbank import similarity
from questionbank.catalogue import ENTRIES


def same(a: str, b: str) -> similarity.Pair | None:
    return similarity.same_question(a, b, threshold=similarity.DEFAULT_THRESHOLD)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Tell me about yourself.", "Walk me through your background."),
        ("Tell me about yourself.", "Give me a quick summary of your career so far."),
        ("Why are you leaving your current job?", "What's your reason for moving on?"),
        ("What is your biggest weakness?", "Which areas do you most need to develop?"),
        ("When could you start?", "What's your notice period?"),
        ("Tell me about delivering under intense time pressure.", "Describe a tight deadline."),
        ("What is the biggest challenge you have faced?", "Describe an obstacle you overcame."),
    ],
)
def test_wordings_of_one_catalogue_entry_are_the_same_question_without_shared_words(a, b):
    pair = same(a, b)
    assert pair is not None
    assert pair.key
    assert pair.entry.title


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Why do you want to leave your job?", "Why do you want this job?"),
        ("What is your biggest weakness?", "What is your greatest strength?"),
        ("What is your management style?", "What kind of manager do you work best with?"),
        ("What do you like most about your current job?",
         "What do you like least about your current job?"),
        ("Where do you see yourself in five years?", "What did you do in the last five years?"),
        ("Why should we hire you?", "Why should we not hire you?"),  # worded alike, ruled out
        ("Have you ever mentored anyone?", "Have you ever been mentored?"),
        ("How do you work in a remote team?", "Design a distributed message queue."),
        ("When could you start?", "When would you use a LEFT JOIN instead of an INNER JOIN?"),
        ("How do you manage stress?", "Tell me about a time you took a risk."),
        ("What do you know about us?", "What do you know about our industry's regulations?"),
    ],
)  # fmt: skip
def test_look_alikes_that_share_words_are_kept_apart(a, b):
    assert same(a, b) is None


def test_questions_the_catalogue_does_not_know_match_by_similarity_alone():
    a, b = "What is the difference between a process and a thread?", "How does a process differ?"
    assert similarity.read_many([a])[0][0].key == ""
    pair = same(a, "How does a process differ from a thread?")
    assert pair is not None
    assert pair.key == ""
    assert pair.similarity >= similarity.DEFAULT_THRESHOLD
    assert same(a, "How does garbage collection work?") is None
    assert same(a, b) is None  # alike words, but not close enough in meaning


def test_a_reading_names_the_words_that_showed_the_cue():
    text = "What made you decide to leave your last company?"
    reading, _ = similarity.read_many([text])[0]
    assert reading.key == "why-leaving"
    assert reading.why.startswith("mentions “") and "leave" in reading.why


def test_a_reading_without_a_cue_names_the_closest_example():
    text = "Give me one reason to choose you over the rest."
    assert not similarity.cue_matches(text)
    reading, _ = similarity.read_many([text])[0]
    assert reading.key == "why-hire"
    assert reading.why.startswith("worded like “")
    entry = similarity.ENTRY_BY_KEY["why-hire"]
    assert reading.why.removeprefix("worded like “").removesuffix("”") in entry.all_wordings


def test_the_threshold_decides_for_uncatalogued_pairs():
    a, b = (
        "What is the difference between a process and a thread?",
        "How does a process differ from a thread?",
    )
    pair = same(a, b)
    assert similarity.same_question(a, b, threshold=pair.similarity + 0.01) is None


LOST_IN_ROUND_FOUR = "read by the cues alone before round four; now between two entries"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("What is exciting to you about our company?", "why-company"),
        ("How do you work with a team spread across time zones?", "remote-work"),
        ("How have you handled intense time pressure?", "tight-deadline"),
        ("How do you handle a direct report who keeps missing targets?", "underperformer"),
        ("What do you hand off to your reports?", "delegation"),
    ],
)
@pytest.mark.xfail(strict=True, reason=LOST_IN_ROUND_FOUR)
def test_wordings_the_cues_read_before_round_four(text, key):
    assert similarity.read_many([text])[0][0].key == key


@pytest.mark.parametrize(
    ("text", "right", "neighbour"),
    [
        ("What is exciting to you about our company?", "why-company", "motivation"),
        ("How do you work with a team spread across time zones?", "remote-work", "remote-team"),
        ("How have you handled intense time pressure?", "tight-deadline", "stress"),
        ("How do you get buy-in for your ideas?", "influence", "research-impact"),
    ],
)
def test_a_question_between_two_entries_reads_as_neither(text, right, neighbour):
    # Too close to call: better no reading (a pair missed) than a wrong one (a false pair).
    reading, vector = similarity.read_many([text])[0]
    scores = similarity.entry_scores(text, vector)
    first, second = (similarity.ENTRIES[n].key for n in np.argsort(-scores)[:2])
    assert {first, second} == {right, neighbour}
    assert reading.key == ""


def test_a_near_miss_closer_than_every_wording_rules_the_entry_out(monkeypatch):
    # Written down as a near miss of "Why should we hire you?", not as one of its wordings.
    text = "What would make you turn down an offer from us?"
    assert text in similarity.ENTRY_BY_KEY["why-hire"].not_this
    assert similarity.read_many([text])[0][0].key != "why-hire"
    monkeypatch.setattr(similarity, "NEAR_MISS_SLACK", 99)  # the rule switched off
    assert similarity.read_many([text])[0][0].key == "why-hire"


def test_no_near_miss_reads_as_the_entry_it_was_written_against():
    # Even one that shows the entry's cue ("What gets you fired up at work?" shows "fired").
    misses = [(entry.key, text) for entry in ENTRIES for text in entry.not_this]
    readings = read_examples([text for _, text in misses])
    assert [m for m, r in zip(misses, readings, strict=True) if r.key == m[0]] == []


def test_nearly_every_example_reads_as_its_own_entry():
    # The examples are what questions are compared with, so almost all of them read as their
    # own entry; a few sit between two entries (read as neither) or show a neighbour's cue.
    examples = [(entry.key, text) for entry in ENTRIES for text in entry.examples]
    readings = read_examples([text for _, text in examples])
    own = sum(r.key == key for (key, _), r in zip(examples, readings, strict=True))
    assert own / len(examples) >= 0.97


def read_examples(texts: list[str]) -> list[similarity.Reading]:
    """Readings of catalogue texts from their kept vectors (the same as embedding them again,
    which for thousands of texts would take a minute)."""
    kept = similarity._examples()
    at = {text: n for n, text in enumerate(kept.texts)}
    return [similarity.read(text, kept.vectors[at[text]]) for text in texts]


def item(pk, key, vector):
    vector = np.asarray(vector, dtype=np.float32)
    return similarity.Item(pk, key, vector / np.linalg.norm(vector))


def test_suggestions_skip_dismissed_pairs_and_put_catalogue_pairs_first():
    items = [
        item(1, "weakness", [1, 0, 0]),
        item(2, "weakness", [0, 1, 0]),
        item(3, "", [0, 0, 1]),
        item(4, "", [0, 0.1, 1]),
        item(5, "strength", [0, 0.05, 1]),  # close to 3 and 4, but catalogued apart from 1 and 2
    ]
    pairs = similarity.suggest(items, threshold=0.9)
    assert [(p.first, p.second) for p in pairs][:1] == [(1, 2)]
    assert {(p.first, p.second) for p in pairs} == {(1, 2), (3, 4), (3, 5), (4, 5)}
    kept = similarity.suggest(items, threshold=0.9, dismissed={(1, 2), (3, 5)})
    assert {(p.first, p.second) for p in kept} == {(3, 4), (4, 5)}


def test_matches_for_one_question_follow_the_same_rules():
    items = [item(1, "weakness", [1, 0]), item(2, "weakness", [0, 1]), item(3, "", [1, 0.01])]
    found = similarity.matches(items[0], items, threshold=0.9)
    assert [(p.first, p.second, p.key) for p in found] == [(1, 2, "weakness"), (1, 3, "")]
    assert similarity.matches(items[0], items, threshold=0.9, dismissed={(1, 2)})[0].second == 3


def test_example_vectors_are_kept_between_processes(tmp_path, monkeypatch):
    monkeypatch.setattr(similarity, "CACHE_DIR", tmp_path)
    (tmp_path / "catalogue-0ld.npy").write_bytes(b"an older catalogue's")
    texts = ["Why us?", "Why do you want to work here?"]
    made = similarity._example_vectors(texts)
    (kept,) = tmp_path.glob("catalogue-*.npy")  # the older one is gone
    monkeypatch.setattr(similarity, "embed", lambda texts: pytest.fail("embedded again"))
    assert np.array_equal(similarity._example_vectors(texts), made)
    kept.write_bytes(b"damaged")  # a damaged file is made again, not trusted
    monkeypatch.undo()
    monkeypatch.setattr(similarity, "CACHE_DIR", tmp_path)
    assert np.allclose(similarity._example_vectors(texts), made)


def test_a_vector_stored_by_another_model_reads_as_none_yet():
    assert not similarity.from_bytes(bytes(256 * 4)).any()
    assert similarity.from_bytes(bytes(256 * 4)).shape == (similarity.DIMENSIONS,)
    matrix = similarity.matrix_from_bytes([bytes(256 * 4), None])
    assert matrix.shape == (2, similarity.DIMENSIONS)


def test_every_entry_reads_its_own_wordings_as_itself():
    wordings = [(entry.key, w) for entry in ENTRIES for w in entry.wordings]
    readings = similarity.read_many([w for _, w in wordings])
    wrong = [
        (key, w, r.key) for (key, w), (r, _) in zip(wordings, readings, strict=True) if r.key != key
    ]
    assert wrong == []


def test_the_stamp_changes_with_the_text():
    assert similarity.stamp("tell me about yourself") != similarity.stamp("tell me about you")
    assert similarity.stamp("tell me about yourself") == similarity.stamp("tell me about yourself")


def test_the_version_changes_with_the_technical_words(monkeypatch):
    before = similarity.version()
    monkeypatch.setattr(similarity, "TECHNICAL", similarity.TECHNICAL + "|fortran")
    similarity.version.cache_clear()
    try:
        assert similarity.version() != before
    finally:
        similarity.version.cache_clear()


def test_vectors_survive_storage():
    vector = similarity.embed(["Why us?"])[0]
    assert np.array_equal(similarity.from_bytes(memoryview(similarity.to_bytes(vector))), vector)


@pytest.mark.parametrize(
    "text",
    [
        "When would you use a LEFT JOIN instead of an INNER JOIN?",
        "Design a distributed cache.",
        "What's the difference between a primary key and a unique key?",
        "Walk me through what happens after you enter a web address in the browser.",
    ],
)
def test_a_technical_question_never_reads_as_a_behavioural_entry(text):
    assert similarity.is_technical(text)
    reading, _ = similarity.read_many([text])[0]
    assert reading.key == ""


def test_technical_entries_may_still_read_technical_words():
    text = "How would you explain a hash table to a non-technical person?"
    assert similarity.is_technical(text)
    assert similarity.read_many([text])[0][0].key == "explain-simply"


def test_between_equally_specific_cues_the_one_with_more_content_words_decides():
    # "pressure" alone reads as stress; "time pressure" is the tighter cue of a deadline, and
    # only the tighter cue gains the cue's weight.
    assert similarity.read_many(["How do you handle pressure?"])[0][0].key == "stress"
    text = "How do you cope with time pressure on a project?"
    reading, vector = similarity.read_many([text])[0]
    scores = similarity.entry_scores(text, vector)
    deadline = similarity._INDEX["tight-deadline"]
    assert scores[deadline] > scores[similarity._INDEX["stress"]]
    assert reading.key == "tight-deadline" and "time pressure" in reading.why


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("What sort of manager do you work best with?", "ideal-manager"),
        ("What does a normal day in this role look like?", "typical-day"),
        ("How soon could you join us?", "start-date"),
        ("What would you bring to the table?", "why-hire"),
        ("How do you handle concurrent projects?", "prioritise"),
    ],
)
def test_technical_words_do_not_catch_everyday_words_that_stem_alike(text, key):
    assert not similarity.is_technical(text)
    assert similarity.read_many([text])[0][0].key == key


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Tell me about a choice you made from analysing data.", "salary"),
        ("How would you change a system so it scales to a much larger load?", "adapt-change"),
        ("How do you get to know an unfamiliar codebase?", "learn-quickly"),
        ("How do you make time for your own development?", "prioritise"),
        ("What do you do at work when things are quiet?", "hobbies"),
        ("Have you worked for other companies in this industry?", "teamwork"),
        ("Have you ever had to fire someone on your team?", "fired"),
        ("Where do you see our company in five years?", "five-years"),
        ("What kind of manager are you?", "ideal-manager"),
        ("When are you free for a second interview?", "start-date"),
    ],
)
def test_a_cue_word_in_another_sense_or_role_does_not_read_as_the_entry(text, wrong):
    assert similarity.read_many([text])[0][0].key != wrong


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Have you ever been fired?", "fired"),
        ("Where do you see yourself in five years?", "five-years"),
        ("What kind of manager do you work best with?", "ideal-manager"),
        ("Do you have a number in mind for your pay?", "salary"),
        ("Which other opportunities are you considering at the moment?", "interviewing-elsewhere"),
    ],
)
def test_the_guarded_entries_still_read_their_own_questions(text, key):
    assert similarity.read_many([text])[0][0].key == key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Common questions of engineering interviews, each its own entry.
        ("Talk me through how you hunt down a bug.", "How do you troubleshoot a flaky service?"),
        ("Describe an outage you were part of.", "What happened the last time the site went down?"),
        ("What do you check in a pull request?", "How do you review a teammate's code?"),
        ("How do you test your changes?", "Do you practise TDD?"),
        ("How do you size a piece of work?",
         "How long would you say a new feature takes to build, and how do you work that out?"),
        ("How do you manage legacy code?", "Is refactoring worth the time?"),
        ("Describe a design compromise you made.", "Tell me about an engineering trade-off."),
        ("What makes a REST API good?", "Which principles guide you when designing endpoints?"),
        ("MySQL or MongoDB: how do you pick?",
         "When is a document store better than a relational one?"),
        ("Which KPIs tell you a launch went well?", "How do you judge a feature after release?"),
        # Common questions of other interviews.
        ("How do you keep conflicting stakeholders aligned?",
         "How do you balance the priorities of several stakeholders?"),
        ("When did you last turn down a request from the business?",
         "How do you say no to a stakeholder?"),
        ("How do you stay focused on tedious tasks?", "How do you cope with monotonous work?"),
        ("Which trends are shaping our sector?", "Where is the industry heading?"),
        ("You lack experience in retail. How would you make up for it?",
         "How would you close the gap in skills this role needs?"),
        ("A prospect says your pricing is too high. What do you do?",
         "How do you handle sales objections?"),
        ("Tell me about an unpopular call you made.",
         "Describe a decision your team pushed back on."),
    ],
)  # fmt: skip
def test_common_interview_questions_beyond_the_first_catalogue_are_recognised(a, b):
    pair = same(a, b)
    assert pair is not None and pair.key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # One entry used to cover both questions.
        ("Would you relocate for this job?", "How do you feel about business trips?"),
        ("What environment do you do your best work in?",
         "Do you prefer working alone or with others?"),
        ("What are you earning at the moment?", "What salary are you hoping for?"),
        # Someone else in the role the question asks about.
        ("Tell me about a risk you took.", "Tell me about a risk you spotted in a plan."),
        ("Describe a goal you reached.", "Describe a goal you did not reach."),
        ("Tell me about a time you solved a problem creatively.",
         "Tell me about a problem you could not solve."),
        ("When did you disagree with your manager's decision?",
         "Describe a decision of yours your team disagreed with."),
        # A cue word in another sense.
        ("What are you paid now?", "Which developments in our market should we pay attention to?"),
        ("How do you debug a problem?", "How do you prioritise bugs against features?"),
        ("How do you test your code?", "Have you ever had a take-home test you did not finish?"),
    ],
)  # fmt: skip
def test_split_entries_and_reversed_roles_are_kept_apart(a, b):
    assert same(a, b) is None


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Can you run me through the highlights of your career?", "about-yourself"),
        ("What would the next step in your career be?", "five-years"),
        ("Tell me about a strained working relationship.", "conflict-colleague"),
        ("What do you do when you do not agree with the direction leadership sets?",
         "disagree-manager"),
        ("How did you get your colleagues behind your proposal?", "influence"),
        ("How quickly can you pick new tools up?", "learn-quickly"),
        ("What would you do if you were not going to hit a deadline?", "missed-deadline"),
        ("How will you hit the ground running in this job?", "first-90-days"),
        ("How do you communicate technical ideas to a sales team?", "explain-simply"),
        ("How do you keep your team in the loop?", "communication"),
        ("How do you decide what to test?", "testing"),
    ],
)  # fmt: skip
def test_more_ways_of_putting_common_questions_are_read(text, key):
    assert similarity.read_many([text])[0][0].key == key


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("How would you implement rate limiting?", "salary"),
        ("How do you onboard a new customer?", "first-90-days"),
        ("Describe an error you made and how you fixed it.", "debugging"),
        ("What achievement stands out in your career?", "why-hire"),
        ("What would you do if a teammate kept missing their deadlines?", "missed-deadline"),
        ("How do you explain complex ideas to people without your background?", "about-yourself"),
    ],
)
def test_more_cue_words_in_another_sense_or_role(text, wrong):
    assert similarity.read_many([text])[0][0].key != wrong


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Questions for managers.
        ("How do you lift morale on a tired team?", "How do you keep your engineers motivated?"),
        ("Two of your reports clash constantly. What do you do?",
         "Have you ever had to mediate between colleagues?"),
        ("How do you recruit engineers?", "What do you look for in a candidate?"),
        ("How have you used analytics to inform a decision?",
         "Tell me about a data-driven choice you made."),
        ("How do you partner with product managers?", "How do you work cross-functionally?"),
        ("How do you earn credibility with a new team?", "How do you build rapport with peers?"),
        # Engineering process.
        ("How would you scale a service to millions of users?",
         "Your app's traffic grows tenfold. How do you handle the load?"),
        ("How do you profile a slow service?", "How would you make a sluggish page load faster?"),
        ("What's the most complex codebase you've worked on?",
         "Walk me through the architecture of a system you built."),
        ("How do you run sprint planning?", "What is your experience with Scrum?"),
        ("Which programming language do you like best?", "What's your favourite framework?"),
        ("How do you keep runbooks current?", "What makes good documentation?"),
    ],
)  # fmt: skip
def test_management_and_engineering_process_questions_are_recognised(a, b):
    pair = same(a, b)
    assert pair is not None and pair.key


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Tell me about a disagreement with a team member.", "team-conflict"),
        ("How do you stay motivated?", "motivate-team"),
        ("Why should we hire you?", "hiring"),
        ("How would you design a chat application?", "past-system"),
        ("Tell me about a time you led a project.", "past-system"),
        ("How do indexes speed up queries?", "performance-tuning"),
        ("Describe standing up for what was right.", "agile"),
        ("How do you earn the trust of a new team?", "salary"),
        ("What do you do when team morale is low?", "ethics"),
    ],
)
def test_process_entries_keep_to_their_own_questions(text, wrong):
    assert similarity.read_many([text])[0][0].key != wrong


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # Someone else's career, ambition, project or pressure.
        ("Tell me about someone whose career you helped along.", "five-years"),
        ("What is the ambition of this team for next year?", "five-years"),
        ("How do you put pressure on a supplier who is late?", "stress"),
        ("Tell me about a setback caused by someone else.", "failure"),
        ("What change would you make to our organisation?", "adapt-change"),
        ("How do you juggle conflicting requests from different departments?",
         "conflict-colleague"),
        ("What's your experience with remote sensing data?", "remote-work"),
    ],
)  # fmt: skip
def test_questions_about_someone_else_do_not_read_as_the_candidates_own(text, wrong):
    assert similarity.read_many([text])[0][0].key != wrong


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("I have your CV; can you tell it in your own words?", "about-yourself"),
        ("Why is this the right time to move?", "why-leaving"),
        ("Has an idea of yours ever fallen flat?", "failure"),
        ("How comfortable are you with constant change?", "adapt-change"),
        ("What would you do with an unreasonable client?", "difficult-customer"),
        ("What's the hardest feedback you have had?", "critical-feedback"),
        ("How would you figure out what is wrong with a slow-to-fail job?", "debugging"),
        ("How would you handle a sudden spike in traffic to your app?", "scaling"),
        ("How do you handle pressure?", "stress"),
    ],
)
def test_wordings_from_a_second_check_set_class_are_read(text, key):
    assert similarity.read_many([text])[0][0].key == key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("How do you work with a toxic boss?", "Tell me about a manager you did not get on with."),
        ("How do you lead a distributed team?",
         "How do you manage people you never see in person?"),
        ("What's the best part of your current role?", "What do you enjoy about your present job?"),
        ("What's the worst part of your present job?",
         "What do you dislike about your current role?"),
        ("How do you make sure nothing falls through the cracks?", "How do you stay organised?"),
        ("How do you bring people round to your point of view?", "How do you persuade others?"),
        ("Have you ever made your team's workflow more efficient?",
         "Describe a process you improved."),
    ],
)  # fmt: skip
def test_wordings_from_a_third_check_set_class_are_recognised(a, b):
    pair = same(a, b)
    assert pair is not None and pair.key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Have you ever been dismissed?", "Have you ever had to dismiss someone?"),
        ("How do you keep learning?", "How do you help your team keep learning?"),
        ("What's your current package?", "What's included in the benefits package here?"),
        ("What management style do you respond best to?", "What is your management style?"),
        ("What's the worst part of your present job?", "Do you enjoy giving presentations?"),
    ],
)  # fmt: skip
def test_third_check_set_look_alikes_are_kept_apart(a, b):
    assert same(a, b) is None


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("Why did your colleague leave the company?", "why-leaving"),
        ("Tell me about a failure of your manager.", "failure"),
        ("How do you help a report who made a mistake?", "mistake"),
        ("How did your team handle a tight deadline?", "tight-deadline"),
        ("How do you help your reports set goals?", "goal"),
        ("Tell me about a time your team took a risk.", "risk"),
        ("How do you support a colleague who received critical feedback?", "critical-feedback"),
    ],
)
def test_someone_else_as_the_subject_is_not_the_candidates_own_question(text, own):
    assert similarity.read_many([text])[0][0].key != own


def test_the_candidates_own_questions_still_read_with_others_in_them():
    for text, key in [
        ("Why do you want to leave the company?", "why-leaving"),
        ("What would your manager say is your biggest weakness?", "weakness"),
        ("Tell me about a time you and your team missed a goal.", "failure"),
    ]:
        assert similarity.read_many([text])[0][0].key == key


def test_the_written_examples_are_each_entry_s_own():
    # catalogue_wordings.json: every entry has twenty or more wordings, and a wording (after
    # case and punctuation) belongs to one entry only, or it would be evidence for two.
    owner = {}
    for entry in ENTRIES:
        assert entry.title and len(entry.all_wordings) >= 20, entry.key
        for wording in entry.all_wordings:
            normalized = similarity.normalize_question(wording)
            assert owner.setdefault(normalized, entry.key) == entry.key, wording
    assert len(ENTRIES) == len({entry.key for entry in ENTRIES})


def test_an_entry_written_only_as_examples_is_read_by_meaning():
    entry = similarity.ENTRY_BY_KEY["messy-data"]
    assert entry.cues == () and len(entry.examples) >= 20
    text = "Say half the values in a key column are blank: what do you do before modelling?"
    reading, _ = similarity.read_many([text])[0]
    assert reading.key == "messy-data"
    assert reading.why.startswith("worded like “")


def test_a_wording_read_again_is_not_embedded_again_and_few_are_kept(monkeypatch):
    embedded = []
    embed = similarity.embed
    monkeypatch.setattr(similarity, "embed", lambda texts: embedded.append(texts) or embed(texts))
    monkeypatch.setattr(similarity, "RECENT_VECTORS", 2)
    monkeypatch.setattr(similarity, "_recent", similarity.OrderedDict())
    first = similarity.read_many(["Why llamas?", "Why alpacas?", "Why llamas?"])
    again = similarity.read_many(["Why alpacas?"])
    assert embedded == [["Why llamas?", "Why alpacas?"]]  # each once, together
    assert np.array_equal(again[0][1], first[1][1]) and again[0][0] == first[1][0]
    similarity.read_many(["Why vicunas?"])  # the oldest is let go
    assert list(similarity._recent) == ["Why alpacas?", "Why vicunas?"]

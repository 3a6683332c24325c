"""Which category a captured question probably belongs to, from its wording alone.

No Django imports: the rule is plain text patterns, tested on its own. The categories are the
values of `Question.Category`; the rule is stated in `RULE`, which the README and the interview
page show. The first family of cues that matches decides, in the order of `_RULES`.
"""

import re

# (category, cues). A cue is a regular expression matched against the lower-cased wording with
# its apostrophes removed ("what's" -> "whats") and single spaces.
_RULES: list[tuple[str, list[str]]] = [
    (
        "to_ask",
        [
            r"\bany questions? for (us|me)\b",
            r"\bwhat questions do you have\b",
            r"\bwhats? (is )?next in the process\b",
            r"\bnext steps?\b",
            r"\bwhat does (a|an) (typical|normal|average) (day|week)\b",
            r"\bhow (do|will) you (measure|define|evaluate) success\b",
            r"\bwhat do you (like|enjoy) (most )?about working\b",
            r"\bwhat are the (biggest )?challenges (facing|for) (the|this) team\b",
            r"\bwhat is the team culture\b",
            r"\bwhat does success look like\b",
            r"\bhow does the team\b",
            r"\b(anything|concerns?) (in|about) my\b",
            r"\bmakes you hesitate\b",
        ],
    ),
    (
        "salary",
        [
            r"\b(salary|compensation|pay|paid|wages?|day rate|hourly rate|equity|bonus|benefits)\b",
            r"\bnotice period\b",
            r"\b(when|how soon) (could|can|would|will) you start\b",
            r"\bstart(ing)? date\b",
            r"\b(relocat\w*|visa|sponsorship|right to work|work permit|commute|commuting)\b",
            r"\b(remote|hybrid|on ?site|in the office|office days|part[- ]time|full[- ]time)\b",
            r"\b(travel|shifts?|weekends?|overtime|hours)\b",
            r"\b(availability|available to|background check|references)\b",
            r"\bother (offers|interviews|processes)\b",
            r"\b(interviewing|applying) (elsewhere|anywhere else|with other)\b",
        ],
    ),
    (
        "behavioural",
        [
            r"\b(tell|talk) (me|us) about a (time|situation|moment|project|case|occasion)\b",
            r"\bdescribe a (time|situation|moment|project|case|occasion|conflict|mistake)\b",
            r"\bgive (me |us )?an? (example|instance)\b",
            r"\b(share|walk (me|us) through) an? (example|time|situation)\b",
            r"\bhave you ever\b",
            r"\b(a|the) time (when )?you\b",
            r"\bwhen (did|have) you (last )?\b",
            r"\bwhat (is|was) the (most|hardest|biggest|toughest)\b.*\byou(ve)? (ever )?\w+ed\b",
            r"\b(most proud|proudest)\b",
            r"\bhow did you (handle|deal|manage|resolve|approach|respond)\b",
        ],
    ),
    (
        "curveball",
        [
            r"\bif you were an? (animal|colou?r|fruit|vegetable|car|superhero|kitchen)\b",
            r"\bwhat (kind of )?(animal|colou?r|fruit|superpower)\b",
            r"\bhow many\b.*\b(golf balls|piano tuners|windows|tennis balls|fit in|are there)\b",
            r"\b(sell me (this|a)|desert island|zombie|manhole|alien)\b",
            r"\bif you could (have|be|meet|have dinner|travel|live)\b",
            r"\bwho would you invite\b",
            r"\bdescribe yourself in (one|two|three|\d) words?\b",
            r"\bwhats? (your|the) (favou?rite|last book|weirdest)\b",
            r"\b(lottery|joke|riddle|brain ?teaser)\b",
            r"\bhow would you (estimate|weigh)\b",
            r"\b(most people disagree|unpopular opinion)\b",
            r"\bnot on your (cv|resume|résumé)\b",
        ],
    ),
    (
        "technical",
        [
            r"\b(design|architect)\w* (a|an|the|our|your)?\b",
            r"\bsystem design\b",
            r"\b(algorithm|complexity|big o|data structure|recursion|dynamic programming)\w*\b",
            r"\b(linked list|hash ?(map|table)|binary (tree|search)|graph|heap|stack|queue)s?\b",
            r"\b(sql|database|index(es|ing)?|query|queries|schema|normali[sz]\w*|transaction)\b",
            r"\b(api|rest|graphql|http|tcp|dns|tls|latency|throughput|cach\w*|load balanc\w*)\b",
            r"\b(code|coding|program\w*|function|class|method|variable|compile\w*|debug\w*)\b",
            r"\b(implement|refactor|optimi[sz]e|scal(e|ing|ability|able)|concurren\w*|thread\w*)\b",
            r"\b(python|java|javascript|typescript|react|golang|rust|c\+\+|kotlin|swift|django)\b",
            r"\b(docker|kubernetes|aws|azure|gcp|cloud|linux|git|ci/?cd|deploy\w*|microservices?)\b",
            r"\b(unit tests?|testing|test cases?|security|encrypt\w*|authenticat\w*|oauth)\b",
            r"\b(machine learning|model|regression|statistic\w*|probability|excel|spreadsheet)\b",
            r"\bdifference between\b",
            r"\bwhat happens when\b",
            r"\bhow does (a|an|the)?\s?\w+ work\b",
            r"\bexplain (how|what|the|a)\b",
            r"\b(technical|tools|tooling|code reviews?|high quality|problem[- ]solving)\b",
            r"\bapproach a problem\b",
        ],
    ),
    (
        "company",
        [
            r"\b(our|this) (\w+ )?(company|organi[sz]ation|firm|business|product|products|mission|"
            r"values|culture|competitors?|customers?|clients?|industry|market|brand|strategy)\b",
            r"\bwhat do you know about (us|our)\b",
            r"\bwhy (us|this company|our company)\b",
            r"\bhow did you hear about\b",
            r"\bwhat would you (change|improve) about\b",
        ],
    ),
    (
        "situational",
        [
            r"\bwhat would you do\b",
            r"\bhow would you\b",
            r"\b(imagine|suppose|hypothetical\w*)\b",
            r"\bwhat if\b",
            r"\bif (you|your|a|an|the)\b.*\b(would|do)\b",
            r"\bwhat would (be )?your (first|approach)\b",
        ],
    ),
    (
        "about_you",
        [
            r"\byourself\b",
            r"\byour (greatest |biggest |main |key )?(strengths?|weakness\w*)\b",
            r"\b(why|what) (do you want|made you|attracted you|interests you)\b",
            r"\bwhy should we\b",
            r"\bwhere do you see\b",
            r"\b(motivat\w*|passion\w*|inspir\w*|goals?|ambition\w*)\b",
            r"\b(cv|resume|résumé|career|background|experience)\b",
            r"\bwhy (are|did) you (leav\w*|left|looking)\b",
            r"\bwhat are you looking for\b",
            r"\b(how would|what would) your (colleagues|manager|friends|team)\b",
            r"\b(hobbies|outside (of )?work|free time|spare time)\b",
            r"\bwhat makes you\b",
            r"\bhow do you (handle|deal with|cope with|manage) "
            r"(stress|pressure|criticism|failure)\b",
        ],
    ),
]

_COMPILED = [(category, [re.compile(cue) for cue in cues]) for category, cues in _RULES]
_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc`]")

DEFAULT = "behavioural"

RULE = (
    "Each new question gets a suggested category from its wording; the first match wins. "
    "Questions to ask them: “any questions for us?”, next steps, a typical day. "
    "Salary and logistics: pay, notice period, start date, relocation, remote work, hours. "
    "Behavioural: “tell me about a time…”, “give an example…”, “have you ever…”. "
    "Curveball: animals, golf balls, “sell me this pen”, “if you could…”. "
    "Technical: design, code, algorithms, databases, APIs, tools and “explain how…”. "
    "Company-specific: “why Acme?”, our product, mission, competitors. "
    "Situational: “what would you do…”, “how would you…”, “imagine…”. "
    "About you: yourself, strengths and weaknesses, motivation, career, CV. "
    "Anything else: Behavioural. A category you choose is never changed."
)


def suggest_category(text: str) -> str:
    """The suggested `Question.Category` value for a question worded `text`."""
    words = " ".join(_APOSTROPHES.sub("", text).lower().split())
    for category, cues in _COMPILED:
        if category == "company" and _names_a_company(text):
            return category
        if any(cue.search(words) for cue in cues):
            return category
    return DEFAULT


def _names_a_company(text: str) -> bool:
    """ "Why Acme?", "What do you know about Globex?": a capitalised name, not a pronoun."""
    match = re.match(
        r"\s*(?:why|what do you know about|what attracts you to|why do you want to "
        r"(?:work|join) (?:at|for)?|why (?:do you want to )?join)\s+([A-Za-z][\w&.-]*)",
        text,
        re.IGNORECASE,
    )
    if not match:
        return False
    word = match.group(1)
    return word[0].isupper() and word.lower() not in _NOT_NAMES


_NOT_NAMES = {"i", "you", "we", "us", "do", "did", "are", "is", "should", "would", "this", "the"}

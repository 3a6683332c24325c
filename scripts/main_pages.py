"""The main pages, as paths to fill in, and what tells that a page is wider than the screen:
shared by the phone test (tests/browser/test_phone.py) and the screenshot script."""

PAGES = {
    "dashboard": "/",
    "journal": "/journal/",
    "journal-search": "/journal/?q={search}",
    "interview": "/journal/{interview}/",
    "interview-editing": "/journal/{interview}/",
    "quick-debrief": "/journal/debrief/",
    "companies": "/journal/companies/",
    "company": "/journal/companies/company/?name={company}",
    "bank": "/questions/",
    "question": "/questions/{question}/",
    "answer-editor": "/questions/{question}/answer/",
    "practice": "/questions/practice/",
    "prep-pack": "/questions/prep-pack/?company={company}",
    "duplicates": "/questions/duplicates/",
    "weaknesses": "/journal/weaknesses/",
    "weakness": "/journal/weaknesses/{weakness}/",
    "trends": "/journal/trends/",
    "strengths": "/journal/strengths/",
    "brief": "/journal/{interview}/brief/",
    "job-match": "/journal/strengths/match/",
    "reminders": "/followups/",
    "settings": "/accounts/settings/",
    "your-data": "/data/",
    "trash": "/trash/",
    "login": "/accounts/login/",
    "signup": "/accounts/signup/",
}
LOGGED_OUT = {"login", "signup"}

# The elements that stick out past the right edge (the innermost ones), for the failure message.
STICKING_OUT = """
() => {
  const out = el => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5;
  return [...document.body.querySelectorAll('*')]
    .filter(el => out(el) && ![...el.children].some(out))
    .slice(0, 5)
    .map(el => `${Math.round(el.getBoundingClientRect().right)} ${el.outerHTML.slice(0, 150)}`);
}
"""

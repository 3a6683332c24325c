"""Debrief's starter library: common interview questions, written for this project.

Each entry is (category, question, a one-line hint at what a good answer does).
"""

import hashlib
from functools import cache

STARTER_QUESTIONS: list[tuple[str, str, str]] = [
    # About you / motivation
    ("about_you", "Tell me about yourself.",
     "Two minutes: where you are now, what got you here, why this role is the next step."),
    ("about_you", "Why do you want to work here?",
     "Name something specific about the company that connects to your own goals."),
    ("about_you", "Why are you leaving your current job?",
     "Look forward, not back: what you are moving towards, without criticising anyone."),
    ("about_you", "What are you looking for in your next role?",
     "Match your wishes to what the job description actually offers."),
    ("about_you", "What is your biggest weakness?",
     "A real weakness, what you did about it, and the evidence that it is improving."),
    ("about_you", "What is your greatest strength?",
     "One strength the job needs, proved with a short story."),
    ("about_you", "Where do you see yourself in five years?",
     "Ambition that fits this path; show you would still be growing here."),
    ("about_you", "Why should we hire you?",
     "Three requirements from the posting, each matched with your evidence."),
    ("about_you", "What motivates you?",
     "Something concrete that this job would give you every week."),
    ("about_you", "Walk me through your CV.",
     "Chronological, brief, with the thread that connects the roles."),
    # Behavioural
    ("behavioural", "Tell me about a time you failed.",
     "Own it, say what you learned, and show the changed behaviour afterwards."),
    ("behavioural", "Describe a conflict with a colleague and how you resolved it.",
     "Stay fair to the other person; focus on listening and the outcome."),
    ("behavioural", "Tell me about a time you showed leadership without authority.",
     "How you persuaded people, not how you instructed them."),
    ("behavioural", "Give an example of a goal you set and how you reached it.",
     "A measurable goal, the plan, the setbacks, the result in numbers."),
    ("behavioural", "Tell me about a time you had to meet a tight deadline.",
     "Prioritisation and communication, not heroics."),
    ("behavioural", "Describe a time you received critical feedback.",
     "Show you can hear it without defending yourself, then act on it."),
    ("behavioural", "Tell me about a time you made a mistake at work.",
     "Quick to notice, honest to report, careful to prevent a repeat."),
    ("behavioural", "Describe a project you are most proud of.",
     "Your part in it, the difficulty, and why it mattered."),
    ("behavioural", "Tell me about a time you had to learn something quickly.",
     "How you learn: sources, practice, asking for help."),
    ("behavioural", "Give an example of when you went beyond what was expected.",
     "Initiative that served the team or the customer, not just yourself."),
    # Situational
    ("situational", "What would you do if you disagreed with your manager's decision?",
     "Raise it privately with reasons, then commit once it is decided."),
    ("situational", "How would you handle several urgent tasks at once?",
     "A method for prioritising, and telling people what will wait."),
    ("situational", "What would you do in your first 90 days here?",
     "Listen and learn, deliver an early win, then propose improvements."),
    ("situational", "How would you deal with a teammate who is not pulling their weight?",
     "Curiosity first, a direct conversation second, escalation last."),
    ("situational", "What would you do if you realised you could not meet a deadline?",
     "Say so early, offer options, and agree on a new plan."),
    # Technical
    ("technical", "Walk me through how you would approach a problem you have never seen.",
     "Clarify, break it down, try the simplest thing, check your work."),
    ("technical", "Explain a complex technical concept to a non-technical person.",
     "An analogy, no jargon, and a check that they understood."),
    ("technical", "What tools or methods do you use to stay organised?",
     "Name them and show how they help the team, not only you."),
    ("technical", "How do you make sure your work is of high quality?",
     "Habits: reviews, tests, checklists, feedback loops."),
    # Company-specific
    ("company", "What do you know about our company?",
     "Products, customers, recent news, and what you admire."),
    ("company", "Who do you think our main competitors are?",
     "Show research and a view on what makes this company different."),
    ("company", "How would you improve our product?",
     "One thoughtful, modest suggestion grounded in the user's point of view."),
    # Salary and logistics
    ("salary", "What are your salary expectations?",
     "A researched range, with flexibility for the whole package."),
    ("salary", "When could you start?",
     "Your real notice period; offering to respect it shows integrity."),
    ("salary", "Are you interviewing elsewhere?",
     "Honest and brief; it is fine to say you are exploring a few options."),
    ("salary", "Are you willing to relocate or travel?",
     "Be clear about what you can and cannot do."),
    # Curveballs
    ("curveball", "If you were an animal, which would you be and why?",
     "Keep it light, then tie it to a strength the job needs."),
    ("curveball", "How many windows are there in this city?",
     "Think aloud: assumptions, a rough calculation, a sanity check."),
    ("curveball", "What is something you believe that most people disagree with?",
     "Thoughtful, not provocative; show how you reason."),
    ("curveball", "Tell me something that is not on your CV.",
     "A human detail that still says something about how you work."),
    # Questions to ask them
    ("to_ask", "What does success look like in this role after six months?",
     "Shows you think about delivering, and tells you the real expectations."),
    ("to_ask", "What are the biggest challenges facing the team right now?",
     "Invites honesty; lets you show how you would help."),
    ("to_ask", "How does the team give and receive feedback?",
     "Tells you about the culture behind the job description."),
    ("to_ask", "What do you enjoy most about working here?",
     "People like this question, and the answer is revealing."),
    ("to_ask", "What are the next steps in the process?",
     "Always ask: you will know when to follow up."),
    ("to_ask", "Is there anything in my background that makes you hesitate?",
     "A brave question that gives you a chance to address doubts now."),
]  # fmt: skip


@cache
def starter_version() -> str:
    """Changes with the starter questions, so look-alikes stored by their place are redone."""
    texts = "\n".join(text for _, text, _ in STARTER_QUESTIONS)
    return hashlib.sha256(texts.encode()).hexdigest()[:8]

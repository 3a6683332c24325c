"""Debrief's catalogue of common interview questions, each with the ways people word it.

Domain knowledge, written for this project: two questions that both read as one entry are the same
question even when they share no words. No Django imports.

An entry has a title (how Debrief names it), a few example wordings, and cues. A cue is a rule on
the words of a question, written as groups joined by "+"; each group lists alternatives separated
by "|"; an alternative is a word or a phrase of consecutive words. Words are compared by their
stem, so "leaving" matches "leave". A question shows a cue when every group has one of its
alternatives in the question. `unless` lists words that rule the entry out ("Why do you want to
leave?" is not "Why do you want this job?"). Among the cues a question shows, those with the most
groups count (then those with more content words); a counted cue adds weight to its entry, whose
examples (`catalogue_wordings.json`) decide with it: see `similarity.read`.
"""

import json
from dataclasses import dataclass, replace
from pathlib import Path


@dataclass(frozen=True)
class Entry:
    key: str
    title: str
    wordings: tuple[str, ...]
    cues: tuple[str, ...]
    unless: str = ""
    technical: bool = False  # may read a question that shows a TECHNICAL word
    # From catalogue_wordings.json: more ways people word it, and near misses (questions that
    # share its words but ask something else), the examples a question's meaning is compared to.
    examples: tuple[str, ...] = ()
    not_this: tuple[str, ...] = ()

    @property
    def all_wordings(self) -> tuple[str, ...]:
        return (*self.wordings, *self.examples)


_JOB = "job|role|position|post|company|employer|workplace|organisation|organization|firm"
_OTHERS = "colleague|coworker|co worker|teammate|team member|peer|someone|somebody|person"
_OTHERS += "|people|others|staff"
_BOSS = "manager|boss|supervisor|superior|line manager|team lead|lead|someone senior|more senior"
_BOSS += "|senior to you|higher up|above you"
_TELL = "tell|describe|give|share|example|time|occasion|situation|when|talk"

# Words of technical questions ("When would you use a LEFT JOIN?", "Design a distributed
# cache"): a question that shows one never reads as an entry unless the entry is marked
# `technical` (a technical question may still share words such as "when + join" with one).
TECHNICAL = (
    "sql|left join|inner join|outer join|self join|database|databases|database table"
    "|index|indexes|primary key|foreign key|unique key|schema|transaction|transactions"
    "|database normalisation|normal form|cache|caching|cached|queue|queues|api|apis|endpoint"
    "|endpoints|rest api"
    "|graphql|http|https|tcp|udp|dns|url|urls|browser|web address|server|servers|load balancer"
    "|microservice|microservices|algorithm|algorithms|big o|time complexity|array|arrays"
    "|linked list|hash|hashmap|hash map|hash table|binary|tree|trees|graph|graphs|recursion"
    "|recursive|class|classes|object oriented|class inheritance|polymorphism"
    "|thread|threads|deadlock|mutex|javascript|typescript|python|java|golang"
    "|reactjs|react js|css|html|docker|kubernetes|git|kafka|redis|memcached|latency|throughput"
    "|distributed system|distributed systems|distributed cache|pointer|pointers|call stack"
    "|heap|garbage collection|closure|closures|async|linux"
    "|unix|kernel|bit ly|url shortener|design a|design an|sorting algorithm|regex|lambda"
    "|rate limit|rate limiting|rate limiter"
)

ENTRIES: tuple[Entry, ...] = (
    # About you and your motivation
    Entry(
        "about-yourself",
        "Tell me about yourself",
        (
            "Tell me about yourself.",
            "Walk me through your CV.",
            "Give me a quick summary of your career so far.",
            "Introduce yourself.",
            "Talk us through your background.",
            "Who are you, in a nutshell?",
        ),
        (
            "about yourself|about you",
            "introduce yourself|introduce you|introduction",
            "walk|talk|take|run|go + through + cv|resume|career|background|experience|history",
            "summary|summarise|summarize|overview|rundown|run down|highlights + career|background"
            "|cv|resume"
            "|experience|yourself|you",
            "your story|your background|your career so far|your journey|professional story"
            "|who you are|about your background|about your experience|about your career"
            "|professional background|career to date|where you are today|ended up where"
            "|end up where",
            "who are you",
            "sum|summarise|summarize|recap + story|journey|career|background|experience|cv|resume"
            "|profile|yourself",
            "journey|path|career + so far|to date|until now|up to now",
            "elevator pitch|pitch yourself|person behind|bit about you|little about you",
            "cv|resume|background|history|career|story + own words|short version|quick version"
            "|brief version|potted",
            "how + got here|get here|ended up here|got to where|get to where",
            "describe|outline|summarise|summarize + your background",
        ),
        unless=(
            "weakness|strength|describe|one word|three words|few words|five words|3 words|5 words"
            "|words would|others|colleagues|friends|know|learn|surprise"
            "|proud|time|cv not|not on|references|referees|reference|improve|change|better"
            "|like to work on|not good|struggle|without your background|communicate|explain"
        ),
    ),
    Entry(
        "why-leaving",
        "Why are you leaving your current job?",
        (
            "Why are you leaving your current job?",
            "Why do you want to leave your company?",
            "What made you start looking for a new role?",
            "Why are you looking to move on?",
            "What is your reason for leaving?",
        ),
        (
            "leave|leaving|left|quit|exit|depart + " + _JOB + "|current|last|previous|present|now",
            "reason + leave|leaving|move|moving|change|looking|look",
            "why + leave|leaving|left|quit|quitting",
            "how come + leave|leaving|looking|move|moving|quit|quitting",
            "why + looking|look|search|searching|hunt|hunting + new|move|change|opportunity"
            "|opportunities|elsewhere|job|role",
            "move on|moving on|job market|on the market|why now|why go|want out|get out|getting out"
            "|not working for you|unhappy in|unhappy with|unhappy at|want a change|need a change"
            "|looking for a change|on the lookout|looking around|look around",
            "right time + move|change|switch|leave|go",
            "make you stay|keep you where|counter offer|counteroffer",
            "decision|decide|decided|deciding + change|leave|move|switch|quit|look",
            "change|changing|switch|switching + jobs|employers|companies",
            "behind|driving|drives|drove + move|change|decision|search|looking",
            "want|wanting|looking + change|switch + " + _JOB,
            "why + change|switch|move + " + _JOB,
            "made|make|prompted|prompt|prompting|triggered|pushing|push + look|looking|search"
            "|searching|hunt|hunting|leave|explore",
            "explore|exploring|consider|considering|open to + new|other + opportunities|roles"
            "|role|job|jobs|options",
        ),
        unless="what other opportunities|which other opportunities",
    ),
    Entry(
        "why-company",
        "Why do you want to work here?",
        (
            "Why do you want to work here?",
            "Why our company?",
            "What attracts you to us?",
            "Why us?",
            "Why would you like to join our team?",
        ),
        (
            "why + here|us|company|organisation|organization|firm|our",
            "choose|chose|chosen|pick|picked|select|selected + us|company|organisation"
            "|organization|firm|employer",
            "work + here|for us|for our|with us",
            "join + us|our|company",
            "apply|applied|applying + company|organisation|organization|firm|us|here|employer",
            "attract|attracts|attracted|appeal|appeals|draw|draws|drew|interest|interests|excite"
            "|excites|exciting + us|company|organisation|here|our",
        ),
        unless="leave|leaving|left|quit|know|competitor|competitors|improve|enjoy|like most"
        "|other companies|other company|other employers|elsewhere|other offers|other roles"
        "|current|present|previous|last|want out|tell you|can i|your company|why go|culture"
        "|atmosphere|vibe|values|it like|worry|concern|not worked|never worked|lack|lacking",
    ),
    Entry(
        "why-role",
        "Why do you want this job?",
        (
            "Why do you want this job?",
            "Why did you apply for this role?",
            "What interests you about this position?",
            "Why this role?",
            "What made you apply?",
        ),
        (
            "why + want|apply|applied|applying|interested|interest + job|role|position|post"
            "|opportunity",
            "why + this|the + job|role|position|post|opportunity",
            "why + you + apply|applied|applying",
            "attract|attracts|attracted|appeal|appeals|interest|interests|interested|excite"
            "|excites + vacancy|job"
            "|role|position|post|opportunity",
            "what made you apply|why did you apply|why apply",
            "drew|draw|draws|drawn|catch|caught|eye|excite|excites|excited|exciting|pull|pulled"
            " + job|role|position|post|opportunity|posting|vacancy|advert|advertisement|opening",
            "catch your eye|caught your eye",
        ),
        unless="leave|leaving|left|quit|success|challenge|challenges|first|expect|rather"
        "|someone else|other candidates|market|we hire|we offer|organisation|organization"
        "|choose you|pick you|select you|we choose|we pick"
        "|company|firm|us|here|match|fit|suited|suitable|qualified|best|right|lookout|new role"
        "|new job|next role|another role|new position|looking for",
    ),
    Entry(
        "looking-for",
        "What are you looking for in your next role?",
        (
            "What are you looking for in your next role?",
            "What do you want from your next job?",
            "What would your ideal job look like?",
            "What matters most to you in a new position?",
        ),
        (
            "looking for|look for|want|wanting|seek|seeking|hope|hoping + next|new|ideal + job"
            "|role|position|employer|move",
            "ideal + job|role|position",
            "after|hoping to land|hope to land + next|new + job|role|position",
            "kind|type|sort + role|job|position + hoping|hope|looking for|want|after|land",
            "matters|important + you + job|role|position|employer",
        ),
        unless=(
            "salary|pay|compensation|manager|boss|environment|culture|team|made|start|prompted|why"
        ),
    ),
    Entry(
        "weakness",
        "What is your biggest weakness?",
        (
            "What is your biggest weakness?",
            "What is your greatest weakness?",
            "What area do you most need to improve in?",
            "What would you say you are not good at?",
            "Where could you do better?",
        ),
        (
            "weakness|weaknesses|weak point|weak spot|shortcoming|shortcomings|flaw|flaws|weakest"
            "|weaker|achilles heel|kryptonite",
            "working on improving|still improving|still developing|still working on",
            "grow|develop|improve + most|the most",
            "area|areas + improve|improvement|development|develop|grow|growth|work on",
            "not good at|not so good|not very good|not great|struggle with|worst at|bad at",
            "need|needs + improve|improving|work on|develop",
            "could|can + do better|improve",
            "fall short|falls short|fell short|blind spot|blind spots|development area"
            "|development areas|growth area|growth areas|area for development"
            "|areas for development|room for improvement|still learning|least strong",
            "improve|work on|get better|develop + yourself|about yourself|professionally|skill"
            "|skills",
            "struggle|struggles|find hard|find difficult|get better at|need to improve"
            "|need to work on|need to develop|need to get better",
            "find|finds + difficult|hard|hardest|challenging|tough|most difficult",
        ),
        unless="strength|strengths|team|process|product|quality|customer|client|role model"
        "|first|code|performance|service|app|website|platform|our",
    ),
    Entry(
        "strength",
        "What is your greatest strength?",
        (
            "What is your greatest strength?",
            "What are you best at?",
            "What is your biggest asset?",
            "What are you really good at?",
            "What is your superpower at work?",
        ),
        (
            "strength|strengths|strong point|strong points|strongest",
            "best at|good at|great at|excel|excel at",
            "asset|assets|superpower",
            "better than most|better than others|better than other people|better than anyone"
            "|better than anybody",
            "come to you for|rely on you|go to person|goto person|known for|do really well"
            "|you do well|do best|do better than",
            "strongest|strong|key|top|main|core|best|proudest|proud + skill|skills|area|areas"
            "|quality|qualities",
            "value|values|appreciate|appreciates + most about you|about you|in you",
            "confident|confidence + skill|skills|ability|abilities",
            "skill|skills + apart|stand out|stands out",
        ),
        unless="weakness|weaknesses|team|hire|why you|not",
    ),
    Entry(
        "five-years",
        "Where do you see yourself in five years?",
        (
            "Where do you see yourself in five years?",
            "What are your long-term career goals?",
            "What are your career plans?",
            "Where do you want to be in 5 years' time?",
            "How do you see your career developing?",
        ),
        (
            "year|years + from now|ahead|down the line|down the road|time",
            "next|coming + five|5|ten|10|three|3|few + year|years",
            "five|5|ten|10|three|3|few + year|years + where|see|plan|plans|goal|goals|future"
            "|doing|hope|picture|imagine"
            "|career|yourself",
            "where + see yourself|be",
            "long term|longterm|future + goal|goals|plan|plans|career|aspiration|aspirations"
            "|doing|hope to|hoping to|want to be|see yourself",
            "career + goal|goals|plan|plans|aspiration|aspirations|ambition|ambitions|path"
            "|developing|progression|progressing",
            "ambition|ambitions|aspiration|aspirations",
            "long run|longer term|down the line|down the road|next chapter|next for you"
            "|what is next",
            "career + evolving|evolve|evolution|heading|going|grow|growing",
            "where + heading|headed|going|take|takes|taking|lead|leads + career",
            "next step|next steps|next move|next stage + career",
        ),
        unless="their career|their careers|helped|someone|ambition of|this team|the team|your team|"
        "this company|the company|our company|old|explain|last|past|did"
        "|previous|ago|gap|experience|notice|start|contract"
        "|is there|are there|do you offer",
    ),
    Entry(
        "why-hire",
        "Why should we hire you?",
        (
            "Why should we hire you?",
            "What makes you the right person for this job?",
            "Why are you the best candidate?",
            "What would you bring to the team?",
            "What sets you apart from other candidates?",
        ),
        (
            "why + hire you|pick you|choose you|select you|employ you|offer you",
            "why + you + best|right|ideal|perfect|strongest + candidate|person|fit|choice",
            "make|makes + you + right|best|ideal|perfect|good|great|strong + candidate|person|fit"
            "|choice|hire",
            "bring|add|contribute + team|role|company|table|us",
            "stand out|stands out|set you apart|sets you apart|different from other",
            "unique + skill|skills|you|bring|about you",
            "apart|stand out|stands out|different + candidate|candidates|applicants"
            "|others|people|field",
            "value + add|bring|offer|contribute",
            "convince|persuade + hire|us|best|right|ideal|fit|person for the job",
            "match|fit|suited|suitable|qualified|right fit|good fit + role|position|job|this",
        ),
        unless="teams success|team success|success of the team|success of a team|"
        "not hire|not choose|not pick|not offer|my fit|reservation|reservations|concern"
        "|concerns|hesitate|hesitation|doubts|about my|achievement|achievements|accomplishment"
        "|accomplishments|proud|proudest",
    ),
    Entry(
        "motivation",
        "What motivates you?",
        (
            "What motivates you?",
            "What drives you?",
            "What gets you out of bed in the morning?",
            "What keeps you going at work?",
            "What are you passionate about?",
        ),
        (
            "motivate|motivates|motivated|motivation|motivates you|drive|drives|driven|inspire"
            "|inspires|energise|energises|energize|energizes|passionate|passion",
            "out of bed|up in the morning|keeps you going|keep you going|do what you do|tick"
            "|rewarding|fulfilling|fulfilment|fulfillment|satisfying|job satisfaction"
            "|keeps you engaged|keep you engaged|keeps you interested|keeps you motivated",
            "excite|excites|exciting|energy + work|you|kind",
        ),
        unless="team|others|people|colleagues|role model|admire|leave|leaving|licence|license"
        "|job search|search|looking"
        "|car|drive to|commute",
    ),
    Entry(
        "describe-yourself",
        "How would others describe you?",
        (
            "Describe yourself in three words.",
            "How would your colleagues describe you?",
            "What would your manager say about you?",
            "How would your friends describe you?",
            "Sum yourself up in one word.",
        ),
        (
            "describe|sum|summarise|summarize + yourself|you + word|words|adjective|adjectives",
            "three|3|one|few|five|5 + word|words|adjective|adjectives",
            _OTHERS + "|" + _BOSS + "|friends|friend|colleagues|reference|referee|references"
            " + describe you|say about you|say you|characterise you|characterize you"
            "|think of you|call you|see you|say about working|tell me about you|tell us about you"
            "|would they say|would they tell|they say|think about you",
            "describe yourself|describe you",
        ),
        unless="weakness|improve|improvement|work on|develop|better at|need to|good at|best at"
        "|great at|strength|strengths",
    ),
    # Salary and logistics
    Entry(
        "salary",
        "What are your salary expectations?",
        (
            "What are your salary expectations?",
            "What salary are you looking for?",
            "How much do you expect to be paid?",
            "What is your expected compensation?",
        ),
        (
            "salary|salaries|pay|compensation|remuneration|wage|wages|earn|earning|earnings"
            "|paid|day rate|hourly rate|financially|package|money|base|ote|rate",
            "number|figure|amount + worth it|make the move|make this move|in mind",
        ),
        unless="today|benefits|benefit|included|"
        "analysis|analyse|analysed|data|first|90|days|customer|client|negotiate with|budget"
        "|trust|respect|credibility|reputation"
        "|current|currently|now|present|at the moment|right now|existing|last|previous"
        "|pay attention|paying attention|paid attention",
    ),
    Entry(
        "current-salary",
        "What are you earning now?",
        (
            "What are you earning now?",
            "What is your current salary?",
            "How much are you paid in your present job?",
        ),
        (
            "current|currently|now|present|at the moment|right now|existing|last|previous|today"
            " + salary|pay|paid|earn|earning|earnings|compensation|package|remuneration|wage"
            "|making",
            "how much + make|making|earn|earning|paid|take home",
        ),
        unless="benefits|benefit|included|"
        "expect|expecting|expectation|expectations|hoping|hope|looking for|want|accept"
        "|range|analysis|data|attention|customer|client|budget|next|new role|this role|would"
        "|need|make the move|to move|to join|to switch|minimum",
    ),
    Entry(
        "start-date",
        "When could you start?",
        (
            "When could you start?",
            "What is your notice period?",
            "How soon can you join?",
            "When are you available to start?",
        ),
        (
            "when + start|join|begin|available|on board|onboard",
            "notice|notice period",
            "how soon|how quickly + start|join|begin|available|on board|onboard",
            "availability|available + start|join|begin",
            "your availability|are you available|able to start|start immediately",
            "start date|earliest start|start dates",
            "earliest + start|join|begin",
            "free|able|ready + start|join|begin",
            "how long|how soon|how quickly|when + come on board|come aboard|get started",
        ),
        unless=(
            "interview|interviews|first|90|days|career|learn|programming|coding"
            "|priorities|did you start"
        ),
    ),
    Entry(
        "interviewing-elsewhere",
        "Are you interviewing elsewhere?",
        (
            "Are you interviewing elsewhere?",
            "Are you talking to other companies?",
            "Do you have any other offers?",
            "What other roles have you applied for?",
        ),
        (
            "interview|interviewing|apply|applying|applied|talking|speaking|process|processes"
            " + elsewhere|other|anywhere else|others",
            "other + offer|offers|company|companies|role|roles|opportunities|employers|processes"
            "|job|jobs|positions|interviews",
            "in the running|in the frame|shortlisted",
            "elsewhere|where else|anywhere else",
            "in process|other applications",
            "job search|job hunt|search|searching|hunt|hunting + look|going|stand|stage|status"
            "|where|far|progress",
        ),
        unless="competitor|competitors|candidate|candidates|colleague|colleagues|people|worked"
        "|industry",
    ),
    Entry(
        "relocate",
        "Are you willing to relocate?",
        (
            "Are you willing to relocate?",
            "Would you move to another city for this job?",
            "Can you commute to our office?",
        ),
        (
            "relocate|relocating|relocation|commute|commuting|move house|moving house",
            "move|moving + city|country|area|abroad|location|here|cities|countries",
            "move|moving|relocate + for this|for the job|for the role|for work|for this position",
            "moving to|move to",
        ),
    ),
    Entry(
        "travel",
        "Are you willing to travel for work?",
        (
            "Are you willing to travel for work?",
            "How do you feel about frequent business trips?",
            "This role means time on the road. Is that a problem?",
        ),
        (
            "travel|travelling|traveling|travelled|traveled|business trip|business trips"
            "|on the road|trips away|time away from home|nights away",
        ),
        unless="relocate|relocating|relocation|move house|moving house|hobby|hobbies|free time"
        "|spare time|outside work|holiday|holidays|vacation",
    ),
    # Company
    Entry(
        "know-company",
        "What do you know about our company?",
        (
            "What do you know about our company?",
            "What do you know about us?",
            "Tell me what you know about what we do.",
            "How much research have you done on us?",
            "Are you familiar with our products?",
        ),
        (
            "know|heard|learned|learnt|understand|found out|find out|discovered|read + about us"
            "|about our|about the company|about this company|us|company|we do|our",
            "research|researched + us|company|our|organisation",
            "familiar + us|our|company|product|products",
            "what we do|what do we do",
        ),
        unless="competitor|competitors|improve|yourself|cv|not know about you"
        "|like to know|want to know|regulation|regulations|law|laws|industry|sector|market"
        "|interview process|hiring process|process|interview|interviews"
        "|technology|stack|tech",
    ),
    Entry(
        "competitors",
        "Who do you think our main competitors are?",
        (
            "Who are our main competitors?",
            "Who do you see as our competition?",
            "Which companies do we compete with?",
        ),
        ("competitor|competitors|competition|compete|rival|rivals",),
    ),
    Entry(
        "improve-product",
        "How would you improve our product?",
        (
            "How would you improve our product?",
            "What would you change about our app?",
            "What could we do better with our service?",
        ),
        ("improve|change|better|fix + product|products|app|service|website|platform|offering",),
    ),
    Entry(
        "cv-gap",
        "Can you explain the gap in your CV?",
        (
            "Can you explain the gap in your CV?",
            "What were you doing between these two jobs?",
            "Why is there a break in your employment history?",
        ),
        (
            "gap|gaps|break|time off|career break|missing + cv|resume|employment|career|history"
            "|work",
            "doing between|were you doing",
            "between + job|jobs|role|roles",
            "out of work|unemployed|unemployment|were not working|not employed|time out"
            "|sabbatical|career break",
        ),
    ),
    Entry(
        "fired",
        "Have you ever been fired?",
        (
            "Have you ever been fired?",
            "Were you let go from your last job?",
            "Have you ever been made redundant?",
        ),
        ("fired|let go|dismissed|terminated|laid off|redundant|redundancy|sacked",),
        unless="fire someone|had to fire|fire a|let someone go|dismiss someone|had to dismiss"
        "|had to let|dismiss a|terminate someone",
    ),
    # Behavioural
    Entry(
        "failure",
        "Tell me about a time you failed",
        (
            "Tell me about a time you failed.",
            "Describe a failure and what you learned.",
            "When did something you worked on not go to plan?",
            "Tell me about a project that did not succeed.",
            "Talk about a setback you had.",
        ),
        (
            "fail|failed|failure|failures|failing",
            "setback|setbacks",
            "not go|did not go + plan|well|right",
            "not succeed|did not succeed|went wrong|go wrong|unsuccessful|fell through|flopped"
            "|fell flat|fall flat|fallen flat|flat on your face"
            "|did not work out|not work out|not pan out|did not pan out|do differently"
            "|done differently|do anything differently",
            "tried|attempted|try + did not work|not work|failed|fail|went wrong",
            "fell short|fall short|missed|miss + goal|target|targets|expectations|objective",
            "something|project|thing|work|launch|initiative + went badly|badly wrong|went south"
            "|went sideways|go badly|gone badly",
        ),
        unless="deadline|deadlines|mistake|mistakes|pull|weight|calm|composed|stress|pressure"
        "|report|reports|team member|employee|intermittent|investigate|debug|test|tests|on call"
        "|caused by|someone else"
        "|outage|incident|production"
        "|someone on your team",
    ),
    Entry(
        "mistake",
        "Tell me about a time you made a mistake at work",
        (
            "Tell me about a time you made a mistake at work.",
            "Describe an error you made and how you handled it.",
            "What is the biggest mistake you have made?",
            "When did you get something wrong?",
        ),
        (
            "mistake|mistakes|error|errors|blunder|slip up|messed up|screwed up",
            "got + wrong|something wrong",
        ),
        unless="colleague|coworker|teammate|someone else|others|team member|error free|free of"
        "|free from|mistake free|" + _BOSS + "|check|quality|avoid",
    ),
    Entry(
        "conflict-colleague",
        "Describe a conflict with a colleague and how you resolved it",
        (
            "Describe a conflict with a colleague and how you resolved it.",
            "Tell me about a disagreement with a teammate.",
            "How did you handle a difficult coworker?",
            "Have you ever clashed with someone at work?",
            "Tell me about a time you did not get along with someone you worked with.",
        ),
        (
            "conflict|conflicts|disagreement|disagreed|disagree|dispute|clash|clashed|argument"
            "|friction|tension|fell out|falling out",
            "difficult|challenging|tough|hard|awkward + " + _OTHERS,
            "get along|got along|get on|see eye to eye",
            "difficult|challenging|tough|hard|strained|awkward|bad|poor + working relationship"
            "|working relationships|relationship with a colleague|relationship with a coworker",
        ),
        unless="conflicting requests|conflicting priorities|conflicting demands|conflicting needs"
        "|competing|departments|" + _BOSS + "|decision|customer|client|customers|clients|believe"
        "|most people"
        "|pulling|weight|underperforming|feedback",
    ),
    Entry(
        "disagree-manager",
        "What would you do if you disagreed with your manager's decision?",
        (
            "What would you do if you disagreed with your manager's decision?",
            "Tell me about a time you pushed back on your boss.",
            "How do you handle disagreeing with a decision from above?",
        ),
        (
            "disagree|disagreed|disagreement|conflict|push back|pushed back|challenge|challenged"
            "|clash|clashed|argue|argued|do not agree|did not agree + " + _BOSS + "|decision"
            "|superior|leadership|management|direction|higher ups|executives",
            _BOSS + " + mistake|wrong|bad decision|bad call|disagree|disagreed|not agree"
            "|did not agree|do not agree|see eye to eye",
            "challenge|challenging|challenged|push back|pushing back|pushed back|stand up"
            "|stood up + " + _BOSS,
        ),
        unless="relationship|hard to work|get on with|get along|toxic|micromanage|micromanager|"
        "customer|client|most people|believe|team disagreed|team disagree|team pushed back"
        "|team push back|people disagreed|others disagreed|colleagues disagreed|team did not agree"
        "|decision you made|decision you took|call you made|of yours|unpopular|not well received"
        "|did not like",
    ),
    Entry(
        "leadership",
        "Tell me about a time you led a team",
        (
            "Tell me about a time you led a team.",
            "Describe your leadership experience.",
            "Give an example of when you took charge.",
            "Have you ever managed people?",
        ),
        (
            "lead|led|leading|leadership|leader|leaders|took charge|take charge|stepped up"
            "|step up|took the lead"
            "|take the lead",
            "managed|manage|managing + people|team|teams|reports|others",
        ),
        unless="philosophy|number of people|how many people|"
        "without authority|influence|persuade|convince|style|kind|type|no authority"
        "|not your|formal|how do you manage|how would you manage|approach",
    ),
    Entry(
        "influence",
        "Tell me about a time you showed leadership without authority",
        (
            "Tell me about a time you showed leadership without authority.",
            "How have you persuaded people to follow your idea?",
            "Describe a time you influenced others without being their manager.",
            "When did you win people over to your point of view?",
        ),
        (
            "without authority|without formal|no authority|no formal|not their manager"
            "|not your reports|without being",
            "on board|onboard + idea|ideas|others|people|stakeholders|plan|vision",
            "bring people along|bring others along|take people with you|take people along",
            "influence|influenced|influencing|persuade|persuaded|convince|convinced|win over"
            "|won over|buy in|buyin|winning people over|win people over|persuading|persuasion",
            "change|changed|changing + mind|minds",
            "bring round|bring people round|bring them round|win round|won round|come round"
            "|your point of view|to your side|round to your",
            "get|getting|got + people|others|team|stakeholders|colleagues + support|behind|buy into"
            "|back + idea|ideas|proposal|plan",
            "sceptical|skeptical|reluctant|resistant + stakeholder|stakeholders|team|people"
            "|colleague|colleagues",
        ),
        unless="hire|company|mentor|pen|buy this|buy it|sell|influenced you|fit|position"
        "|your mind|own mind|best person|right person|for the job",
    ),
    Entry(
        "goal",
        "Give an example of a goal you set and how you reached it",
        (
            "Give an example of a goal you set and how you reached it.",
            "Tell me about a target you achieved.",
            "Describe an objective you met and how you got there.",
        ),
        (
            "goal|goals|target|targets|objective|objectives + set|achieve|achieved|reach|reached"
            "|met|meet|hit|accomplish|accomplished",
        ),
        unless="career|five|5|years|future|not achieve|did not|not reach|not hit|not meet|missed"
        "|miss|fell short|fall short|failed|fail",
    ),
    Entry(
        "tight-deadline",
        "Tell me about a time you had to meet a tight deadline",
        (
            "Tell me about a time you had to meet a tight deadline.",
            "Describe working to a short deadline.",
            "How do you deal with tight timescales?",
        ),
        (
            "deadline|deadlines",
            "tight|short|limited + timescale|timescales|timeline|timelines|timeframe|turnaround",
            "short time|limited time|time constraint|time constraints|short notice",
            "time pressure|pressure of time|time crunch|crunch time|timeline pressure",
            "due date|against the clock|time crunch|crunch time",
            "deliver|ship|turn around|turnaround + quickly|fast|rapidly|urgently|at short notice",
            "little time|short time|no time|urgently|short notice|quick turnaround + deliver"
            "|delivery|finish|complete|ship|produce",
            "rush|rushed|hurry + deliver|finish|hit|meet|due|date",
            "too little time|not enough time|very little time|little time|far too little"
            "|short timeline|tight timeline|tight timelines|tight schedule|squeezed"
            "|hardly any time|barely any time|almost no time|aggressive deadline"
            "|aggressive timeline",
        ),
        unless="miss|missed|missing|not meet|cannot meet|could not|cant meet|couldnt|not hit"
        "|not make|not going to",
    ),
    Entry(
        "missed-deadline",
        "What would you do if you realised you could not meet a deadline?",
        (
            "What would you do if you realised you could not meet a deadline?",
            "Tell me about a time you missed a deadline.",
            "How do you handle falling behind schedule?",
        ),
        (
            "miss|missed|missing|not meet|cannot meet|could not meet|cant meet|couldnt meet"
            "|can not meet|not going to meet|blow|slip|slipped|not hit|not make|not going to make"
            "|not going to hit|late for + deadline|deadlines|date",
            "behind schedule|fall behind|falling behind|running late|late delivery",
        ),
        unless="someone on your team|team member|their deadlines|employee|colleague|report"
        "|reports|teammate",
    ),
    Entry(
        "stress",
        "How do you handle pressure and stress?",
        (
            "How do you handle pressure?",
            "How do you cope with stress at work?",
            "Tell me about a time you worked under pressure.",
            "How do you stay calm when things get hectic?",
        ),
        (
            "pressure|stress|stressful|stressed|overwhelmed|overwhelm|hectic",
            "stay|keep + calm|cool|composed|head|sane",
            "calm|composed + things|when",
        ),
        unless="pressure on|put pressure|putting pressure|"
        "deadline|deadlines|colleague|coworker|teammate|team member|someone|stressed out",
    ),
    Entry(
        "critical-feedback",
        "Describe a time you received critical feedback",
        (
            "Describe a time you received critical feedback.",
            "How do you handle criticism?",
            "Tell me about negative feedback you were given.",
            "How do you react when someone criticises your work?",
        ),
        (
            "receive|received|receiving|got|given|take|took|handle|react|respond|deal + feedback"
            "|criticism",
            "critical|negative|tough|harsh|difficult|constructive|hard|painful|honest|unexpected"
            "|unwelcome + feedback",
            "criticism|criticise|criticised|criticize|criticized|critique",
            "toughest|hardest|worst|most difficult|most useful + feedback",
            "negative|critical|harsh + comments|comment|remarks + your work|about you|about your",
            "told you|said you + got something wrong|were wrong|made a mistake|messed up",
        ),
        unless="team|culture|company|give and receive|give|giving|gave|deliver|delivering",
    ),
    Entry(
        "proud",
        "Describe a project you are most proud of",
        (
            "Describe a project you are most proud of.",
            "What is your greatest achievement?",
            "What accomplishment are you proudest of?",
            "Tell me about your biggest success so far.",
        ),
        (
            "proud|proudest|pride",
            "greatest|biggest|best|major|key + achievement|achievements|win|wins|accomplishment"
            "|accomplishments|success|successes",
            "achievement|achievements|accomplishment|accomplishments",
            "best|biggest|greatest|favourite|favorite + thing|work|project + delivered|built|done"
            "|shipped|achieved|made|created",
            "pleased|satisfied|happy|proudest + success|achievement|work|project|result|results"
            "|outcome",
        ),
        unless="goal|target|objective|role|position|first|of your team|team achievement"
        "|team accomplishment|team success|skill|skills|next|years|future|hope to"
        "|like to achieve|want to achieve",
    ),
    Entry(
        "learn-quickly",
        "Tell me about a time you had to learn something quickly",
        (
            "Tell me about a time you had to learn something quickly.",
            "How do you pick up new skills?",
            "Describe getting up to speed on something unfamiliar.",
            "How fast do you learn new tools?",
        ),
        (
            "learn|learned|learnt|learning|pick up|picked up|up to speed + quick|quickly|fast"
            "|rapidly|short|new|unfamiliar",
            "up to speed|ramp up|ramping up|ramped up|get up to speed|crash course"
            "|pick things up|picking things up|pick up things|fast learner|quick learner"
            "|quick study|learn fast",
            "pick|picked|picking + up + fast|quickly|quick|rapidly",
        ),
        unless="codebase|code base|mistake|failure|failed|feedback|know about|last|latest|recent"
        "|recently|lately|currently|at the moment|right now",
    ),
    Entry(
        "above-beyond",
        "Give an example of when you went beyond what was expected",
        (
            "Give an example of when you went beyond what was expected.",
            "Tell me about a time you went the extra mile.",
            "Describe when you did more than was asked of you.",
        ),
        (
            "beyond|extra mile|above and beyond",
            "more than + expected|asked|required",
            "exceed|exceeded|exceeding + expectations|asked|expected|required",
            "initiative|proactive|proactively|without being asked|nobody asked|no one asked"
            "|job description|self starter",
        ),
        unless="risk|risks",
    ),
    Entry(
        "teamwork",
        "Tell me about a time you worked well in a team",
        (
            "Tell me about a time you worked well in a team.",
            "Give an example of successful teamwork.",
            "Are you a team player?",
            "How do you collaborate with others?",
        ),
        (
            "teamwork|team player|team work|collaborate|collaborated|collaboration|collaborating",
            "work|worked|working + well + team|others|people",
            "team|teams + part of|member of|belonged to",
            "part of a team|in a team|team project|team effort|group project|as a team"
            "|work with others|working with others|work with other people|get on with others"
            "|role in a team|role in the team|role in a successful team|role do you play"
            "|usually play|role you play",
            "contribute|contributing|contribution + teams success|team success|success of the team"
            "|success of a team",
        ),
        unless="improvement|improve|efficient|better for|"
        "setback|caused by|someone else|"
        "companies|industry|conflict|disagreement|difficult|pulling|weight"
        "|feedback|culture|challenges|lead"
        "|leader|leaders|alone|independently|on your own|solo|prefer"
        "|led|manage|join",
    ),
    Entry(
        "difficult-customer",
        "Tell me about a time you dealt with a difficult customer",
        (
            "Tell me about a time you dealt with a difficult customer.",
            "How did you handle an angry client?",
            "Describe a challenging stakeholder you had to manage.",
        ),
        (
            "difficult|angry|unhappy|upset|demanding|challenging|tough|dissatisfied|rude|irate"
            "|frustrated|annoyed|disappointed|complaining|hostile|aggressive|abusive"
            "|never satisfied|never happy|hard to please|impossible|unreasonable"
            " + customer|customers|client|clients|stakeholder|stakeholders|user|users",
            "complaint|complaints|complained|complain|escalation|escalated + customer|client"
            "|customers|clients|user|users|handling|handle|handled|deal|dealt",
        ),
        unless="conflicting|competing|different stakeholders|several stakeholders|multiple"
        "|price|pricing|cheaper|expensive|objection|objections",
    ),
    Entry(
        "adapt-change",
        "Tell me about a time you had to adapt to change",
        (
            "Tell me about a time you had to adapt to change.",
            "How do you handle sudden changes in priorities?",
            "Describe a time when plans changed at the last minute.",
        ),
        (
            "adapt|adapted|adapting|adjust|adjusted|adaptable|flexible|flexibility",
            "shifting|changing|moving|shifted|changed|new + priorities|goalposts|requirements"
            "|plans|direction",
            "change|changes|changed + sudden|suddenly|unexpected|last minute|handle|cope|deal",
            "change your approach|changed your approach|change of approach|pivot|pivoted",
            "change|changes + went through|go through|going through|comfortable|frequent|constant",
            "organisational change|organizational change|restructure|restructuring|reorganisation"
            "|reorganization|reorg",
        ),
        unless=(
            "load|scale|architecture|traffic|product|app|service|job|role|company|career|employer"
            "|would you make|would you change|change about"
        ),
    ),
    Entry(
        "difficult-decision",
        "Tell me about a difficult decision you had to make",
        (
            "Tell me about a difficult decision you had to make.",
            "Describe a tough call you made with incomplete information.",
            "How do you make decisions without all the data?",
        ),
        (
            "difficult|tough|hard|hardest|toughest|unpopular|big|biggest|most difficult + decision"
            "|choice|choices"
            "|decisions|call",
            "decision|decisions + without|incomplete|limited|missing|little + information|data",
            "decide|decision|decisions|call|choice + uncertainty|uncertain|unsure|not there|no data"
            "|incomplete|without all|not have all"
            "|all the facts|all the data|all the information|limited information"
            "|partial information|missing information",
        ),
        unless=_BOSS + "|disagree|disagreed|unpopular|not well received|badly received"
        "|poorly received"
        "|did not like|resistance|backlash|pushback|pushed back",
    ),
    Entry(
        "creativity",
        "Tell me about a time you came up with a new idea",
        (
            "Tell me about a time you came up with a new idea.",
            "Describe a process you improved.",
            "Give an example of your creativity at work.",
        ),
        (
            "creative|creativity|innovative|innovation|innovate|creatively|outside the box"
            "|out of the box|unconventional",
            "new idea|new ideas|came up with|come up with",
            "improve|improved|improving|streamline|streamlined|efficient|efficiency|improvement"
            "|improvements + process|processes|workflow|way|team works|how your team",
            "work better|works better|run better|run smoother|runs smoother + team|process",
        ),
        unless="alone|on your own|independently|solo|by yourself",
    ),
    Entry(
        "ethics",
        "Tell me about a time your integrity was tested",
        (
            "Tell me about a time your integrity was tested.",
            "What would you do if you were asked to do something unethical?",
            "Describe an ethical dilemma you faced.",
        ),
        (
            "ethical|unethical|ethics|integrity|dilemma|dishonest|wrong thing|right thing"
            "|what was right|what is right|felt was wrong|felt wrong|moral dilemma|moral compass"
            "|moral grounds|moral principles"
            "|cut corners|compromise your values|against your values|whistle",
        ),
    ),
    Entry(
        "mentoring",
        "Tell me about a time you mentored someone",
        (
            "Tell me about a time you mentored someone.",
            "Have you coached a junior colleague?",
            "How do you help less experienced people grow?",
        ),
        (
            "mentor|mentored|mentoring|coach|coached|coaching",
            "develop|developing|developed|grow|helped|help|support|supported + junior|juniors"
            "|less experienced|teammate|someone|others|people|team|colleague|colleagues"
            "|new hire|new hires|graduate|graduates|intern|interns|someone|their career",
            "junior + colleague|colleagues|developer|developers|engineer|engineers|teammate",
        ),
        unless="influenced you|who mentored you|your mentor|role model|been mentored"
        "|were mentored|had a mentor|mentored you|coached you|been coached|idea|ideas|convince"
        "|persuade|support your",
    ),
    Entry(
        "remote-team",
        "How do you lead a remote team?",
        (
            "How do you lead a remote team?",
            "How do you manage people you rarely see in person?",
            "What is different about running a distributed team?",
        ),
        (
            "manage|managing|lead|leading|run|running|keep + remote team|remote teams"
            "|distributed team|distributed teams|team productive|team engaged|team connected",
            "manage|managing|lead|leading + people|team|reports + rarely see|never see|in person"
            "|remotely|remote",
        ),
        unless="your own time|yourself|your own",
    ),
    Entry(
        "remote-work",
        "How do you feel about working remotely?",
        (
            "How do you feel about working remotely?",
            "Have you worked from home before?",
            "How do you stay productive in a distributed team?",
        ),
        (
            "remote|remotely|from home|wfh|distributed team|distributed teams|hybrid"
            "|not in the office|out of the office|away from the office|outside the office"
            "|time zones|timezones|spread across",
        ),
        unless="manage a|managing a|leading a|lead a|a team productive|rarely see|"
        "remote sensing|remote control|remote access|remote server|remote desktop|"
        "company|structured|structure|policy|policies|offer|does the team|do you support"
        "|is the team",
    ),
    Entry(
        "ambiguity",
        "Tell me about a time you worked with ambiguity",
        (
            "Tell me about a time you worked with ambiguity.",
            "How do you handle unclear requirements?",
            "What do you do when the goal is not defined?",
        ),
        (
            "ambiguous|ambiguity|unclear|uncertain|uncertainty|vague|undefined|not defined"
            "|wasnt defined|was not defined|no clear|not clearly|without clear|lack of clarity"
            "|lack of direction|without direction|no direction|moving target|grey area",
            "nobody|no one + tell you|knows",
        ),
    ),
    Entry(
        "team-structure",
        "How is the team structured?",
        (
            "How is the team structured?",
            "Who would I be working with?",
            "How big is the team?",
        ),
        (
            "team + structured|structure|organised|organized|size|big|made up",
            "who + working with|work with",
            "tell me about the team|about the team i",
        ),
        unless="conflict|difficult|lead|led|manage|keep your team",
    ),
    Entry(
        "sell-pen",
        "Sell me this pen",
        ("Sell me this pen.", "Pitch this product to me."),
        ("sell|pitch|convince + pen|this product|me this",),
    ),
    Entry(
        "why-career",
        "Why did you choose this career?",
        (
            "Why did you choose this career?",
            "What made you go into this field?",
            "How did you get into this line of work?",
        ),
        (
            "choose|chose|chosen|pick|picked|go into|get into|got into|went into|enter|entered"
            " + career|field|industry|profession|line of work",
            "changing|change|switch|switched|switching|move into|moving into + career|careers"
            "|field|industry|profession",
            "switch|switched + from",
        ),
        unless="switch off|off from",
    ),
    Entry(
        "give-feedback",
        "How do you give feedback to others?",
        (
            "How do you give feedback to others?",
            "Tell me about a time you had to give a colleague difficult feedback.",
            "How do you deliver criticism to a team member?",
        ),
        (
            "give|giving|gave|deliver|delivering|delivered|provide|providing + feedback|criticism",
            "did not want to hear|do not want to hear|does not want to hear|hard truth"
            "|hard truths|difficult conversation|difficult conversations|tough conversation"
            "|tough conversations",
            "bad news + colleague|teammate|team member|report|reports|their performance|someone",
        ),
        unless="receive|receiving|received|team give|does the team",
    ),
    # Situational
    Entry(
        "prioritise",
        "How would you handle several urgent tasks at once?",
        (
            "How would you handle several urgent tasks at once?",
            "How do you prioritise your work?",
            "How do you juggle competing priorities?",
            "How do you manage a heavy workload?",
        ),
        (
            "prioritise|prioritize|prioritising|prioritizing|priorities|prioritisation"
            "|prioritization",
            "juggle|juggling|multitask|multitasking|multiple|several|many|competing|concurrent"
            " + tasks"
            "|projects|demands|deadlines|things|urgent",
            "workload|time management|manage your time|manage time|overloaded|overload"
            "|on your plate|comes first|come first|do first|too much to do|work on first"
            "|everything is urgent|everything urgent|too many tasks|everything is a priority"
            "|decide what to work on|decide what to do|what to work on",
            "decide|decides|deciding + most important|what is important|what matters",
        ),
        unless="your own development|your development|sudden|changes|change|bugs"
        "|features|backlog|shifting|shift|stressful|stress"
        "|first priorities|first priority",
    ),
    Entry(
        "first-90-days",
        "What would you do in your first 90 days here?",
        (
            "What would you do in your first 90 days here?",
            "How would you spend your first month in the job?",
            "What would your first three months look like?",
        ),
        (
            "first + 30|60|90|100|ninety|hundred|days|day|weeks|week|months|month|year|quarter",
            "first + priorities|priority|steps|things + role|job|here|join|start",
            "priorities + when you join|when you start",
            "90 day plan|30 60 90|100 day plan|day plan|early days|first weeks|first months",
            "early on|initially|settle in|settling in|ramp up|ramping up|onboard|onboarding"
            " + role|job|here|achieve|focus|do|approach|plan|team",
            "how would you|how will you|how do you plan to + get started|start off|begin"
            "|hit the ground running|settle in + role|job|here|team|position",
        ),
        unless="success|successful|expect|expectations|last job|previous|did you|customer"
        "|customers|client|clients|user|users",
    ),
    Entry(
        "underperformer",
        "How would you deal with a teammate who is not pulling their weight?",
        (
            "How would you deal with a teammate who is not pulling their weight?",
            "What do you do when a colleague underperforms?",
            "How would you handle a lazy team member?",
        ),
        (
            "pulling their weight|pull their weight|pulling his weight|pulling her weight"
            "|underperform|underperforms|underperforming|underperformer|slacking|slack|lazy"
            "|not contributing|does not contribute|not doing their",
            "weight + pull|pulling",
            "poor performer|poor performers|low performer|low performers|underachiever"
            "|performance issue|performance issues|performance problem|performance problems"
            "|not performing|poor performance|performance improvement plan",
            "report|reports|team member|employee|someone on your team|member of your team"
            "|direct report + struggling|struggles|not meeting|misses|missing|keeps missing"
            "|below expectations|not delivering",
        ),
    ),
    Entry(
        "unpopular-decision",
        "Tell me about a decision you made that was unpopular",
        (
            "Tell me about a decision you made that was unpopular.",
            "Have you ever had to stand by a call others did not agree with?",
            "Describe a choice you made that met resistance from your team.",
        ),
        (
            "unpopular|not popular|not well received|badly received|poorly received|resistance"
            "|pushback|push back|backlash|did not like|disliked|disagreed with|did not agree"
            "|objected + decision|decisions|call|choice|stance",
        ),
        unless="your manager|your boss|you disagreed|you did not agree|manager decision"
        "|boss decision|do you disagree|did you disagree|would you disagree",
    ),
    Entry(
        "stakeholders",
        "How do you manage stakeholders with conflicting needs?",
        (
            "How do you manage stakeholders with conflicting needs?",
            "Tell me about balancing the demands of several stakeholders.",
            "How do you keep different stakeholders aligned?",
        ),
        (
            "stakeholder|stakeholders + conflicting|competing|different|opposite|opposing|several"
            "|multiple|many|manage|managing|balance|balancing|happy|aligned|align|alignment"
            "|needs|demands|priorities|expectations",
            "stakeholder management|managing stakeholders|manage stakeholders",
            "departments|teams|groups + conflicting|competing|opposite|opposing + needs|demands"
            "|priorities|goals|things|requests",
        ),
        unless="say no|said no|saying no|turn down|turned down|push back|pushed back|pushing back"
        "|decline|declined|difficult|angry|rude|upset|unhappy|explain|technical|present",
    ),
    Entry(
        "say-no",
        "Tell me about a time you said no to a request",
        (
            "Tell me about a time you said no to a request.",
            "How do you push back on a stakeholder who wants something unreasonable?",
            "Describe turning down something the business asked for.",
        ),
        (
            "say no|said no|saying no|turn down|turned down|turning down|decline|declined"
            "|push back|pushed back|pushing back|reject|rejected + stakeholder|stakeholders"
            "|request|requests|business|leader|leaders|customer|client|product|executive"
            "|executives|asked for|ask for|feature",
            "bad idea|unreasonable|unrealistic + stakeholder|stakeholders|request|requests|asks"
            "|asked for|wants",
        ),
        unless=_BOSS + "|candidate|offer|job offer",
    ),
    Entry(
        "repetitive-work",
        "How do you stay motivated doing repetitive work?",
        (
            "How do you stay motivated doing repetitive work?",
            "How do you handle routine tasks?",
            "How do you keep your focus on boring work?",
        ),
        (
            "repetitive|repetition|tedious|monotonous|boring work|boring tasks|mundane|dull"
            "|grunt work"
            "|menial",
            "routine + task|tasks|work|job|parts|motivated|motivation|focus",
        ),
        unless="daily routine|your routine|typical|morning|dislike|dislikes|least|current job",
    ),
    Entry(
        "industry-trends",
        "Where do you think our industry is heading?",
        (
            "Where do you think our industry is heading?",
            "What trends do you see in this sector?",
            "Which changes in the market excite you most?",
        ),
        (
            "trend|trends|heading|direction|developments|changes|changing|evolving|evolve|shifts"
            "|disruption|future|going + industry|sector|market|field|space",
        ),
        unless="skill|skills|up to date|current|keep up|keeping up|abreast|learn|learning"
        "|career|your future|you in|yourself",
    ),
    Entry(
        "lack-experience",
        "How would you make up for experience you do not have?",
        (
            "How would you make up for experience you do not have?",
            "You have not worked in this industry before. Why should that not worry us?",
            "How would you handle the parts of the role that are new to you?",
        ),
        (
            "lack|lacking|lacks|without + experience|skills|skill|knowledge|background"
            "|qualifications|qualification|degree",
            "experience|skills|skill|knowledge|background + gap|gaps|missing|do not have"
            "|not have|have not|never had|new to you",
            "have not|never|not + done before|used before|worked before|done this before"
            "|done that before|done it before",
            "close|closing|bridge|bridging|fill|filling|make up + gap|gaps|for",
            "not worked|never worked + industry|sector|field|domain",
        ),
        unless="cv|resume|employment|career break|between jobs|months|year|years off|time off"
        "|would you do differently|team|colleague|hire|candidate",
    ),
    Entry(
        "sales-objection",
        "How do you handle a customer who says the price is too high?",
        (
            "How do you handle a customer who says the price is too high?",
            "How do you deal with objections from a prospect?",
            "What do you say when a client says a competitor is cheaper?",
        ),
        (
            "objection|objections",
            "price|prices|pricing|cost|costs|expensive|cheaper|budget|discount + customer"
            "|customers|client|clients|prospect|prospects|buyer|buyers|too high|pushes back"
            "|push back|pushback",
        ),
    ),
    Entry(
        "delegation",
        "How do you delegate?",
        (
            "How do you delegate?",
            "Tell me about a time you handed off work to someone on your team.",
            "How do you decide what to give to others and what to keep?",
        ),
        (
            "delegate|delegated|delegating|delegation",
            "hand off|handed off|handing off|hand over|handed over|let go of + work|task|tasks"
            "|team|others|someone|responsibility|responsibilities|reports|report|people",
        ),
        unless="delegated to you|delegates to you|your manager delegates",
    ),
    Entry(
        "motivate-team",
        "How do you keep your team motivated?",
        (
            "How do you keep your team motivated?",
            "What do you do when morale on your team is low?",
            "How do you keep people engaged?",
        ),
        (
            "motivate|motivated|motivating|motivation|engaged|engagement|inspire|inspired"
            "|energise|energize|energised|energized + team|teams|people|reports|staff|others"
            "|employees|engineers",
            "morale",
        ),
        unless="motivates you|motivated you|yourself|keeps you|keep you|stay"
        "|drives you|repetitive|routine|tedious|boring|remote",
    ),
    Entry(
        "team-conflict",
        "How do you resolve a conflict between two people on your team?",
        (
            "How do you resolve a conflict between two people on your team?",
            "What do you do when two of your reports do not get along?",
            "Tell me about a time you mediated a dispute between colleagues.",
        ),
        (
            "conflict|conflicts|dispute|disputes|disagreement|disagreements|tension|friction"
            "|clash|clashes|falling out + between|among|amongst|two",
            "mediate|mediated|mediating|mediation|referee|refereed|arbitrate",
            "two|both + reports|people|colleagues|team members|engineers|teammates|employees"
            " + get along|get on|see eye to eye|clash|clashed|disagree|disagreed|argue|argued",
        ),
        unless="with your manager|with your boss|with a colleague|with a coworker|with a teammate"
        "|you and|between you|with someone",
    ),
    Entry(
        "hiring",
        "How do you hire for your team?",
        (
            "How do you hire for your team?",
            "What do you look for in a candidate?",
            "How do you build a strong team?",
        ),
        (
            "hire|hiring|recruit|recruiting|recruitment|interview|interviewing + engineer"
            "|engineers|people|team|someone|candidate|candidates|developers|staff|talent",
            "look for + candidate|candidates|new hire|hire|hiring",
            "build|building|built|grow|grew|growing|assemble|assembled + team|teams + strong"
            "|great|high performing|good|from scratch|effective",
        ),
        unless="why should we|why would we|should we hire|we hire you|hire you|hired you"
        "|you were hired|your hiring|hiring process|interviewing elsewhere|other companies"
        "|other interviews|rest of the",
    ),
    Entry(
        "data-decision",
        "Tell me about a time you used data to make a decision",
        (
            "Tell me about a time you used data to make a decision.",
            "How do you use numbers to back up a recommendation?",
            "Give an example of changing course because of what the metrics showed.",
        ),
        (
            "data|numbers|metrics|analytics|analysis|evidence|research + decision|decisions"
            "|decide|decided|deciding|recommendation|recommendations|choice|choices|course"
            "|case|argument|back up|backed|guide|guided|inform|informed|driven|convince",
            "data driven|evidence based|data informed",
        ),
        unless="not there|no data|uncertain|uncertainty|unsure|"
        "without|incomplete|limited|missing|little|not have all|lack|pay|salary"
        "|structure|database|pipeline|privacy|protection|science|scientist",
    ),
    Entry(
        "cross-functional",
        "How do you work with other disciplines, such as product and design?",
        (
            "How do you work with other disciplines, such as product and design?",
            "How do you collaborate with product managers?",
            "Tell me about working closely with a non-engineering team.",
        ),
        (
            "work|working|worked|collaborate|collaborating|collaborated|partner|partnering"
            "|relationship + product manager|product managers|designer|designers|product team"
            "|product teams|non engineering|non technical teams|other disciplines|other teams"
            "|other departments|sales team|marketing|cross functional|cross functionally",
            "cross functional|cross functionally|other disciplines|across disciplines"
            "|across teams|across departments",
        ),
        unless="conflict|conflicting|disagree|disagreed|stakeholder|stakeholders|explain|say no",
    ),
    Entry(
        "build-relationships",
        "How do you build relationships with new colleagues?",
        (
            "How do you build relationships with new colleagues?",
            "How do you earn the trust of a new team?",
            "How do you build rapport with stakeholders?",
        ),
        (
            "build|building|built|develop|developing|form|forming|establish|establishing"
            "|earn|earning|earned|gain|gaining|win|winning + relationship|relationships"
            "|rapport|trust|credibility|respect",
            "rapport",
        ),
        unless="customer|customers|client|clients|difficult|strained|conflict|lost|lose"
        "|rebuild|regain|broke",
    ),
    # Technical
    Entry(
        "scaling",
        "How would you scale a system as its traffic grows?",
        (
            "How would you scale a system as its traffic grows?",
            "How would you design a service for millions of users?",
            "What would you change in an architecture to cope with ten times the load?",
        ),
        (
            "scale|scaling|scaled|scalable|scalability + system|systems|service|services|app"
            "|application|applications|web|architecture|traffic|users|product|platform",
            "millions|million|huge|massive|high|growing|ten times|10 times|10x|more|heavy"
            "|peak|spike|spikes|surge|surges|sudden + users|traffic|load|requests",
            "cope|handle|handles|handling|deal|support|serve|serves + millions|ten times"
            "|10x|heavy|high|huge|massive|peak + load|traffic|users|requests",
        ),
        unless="database|databases|db|reads|writes|team|teams|company|organisation|yourself"
        "|skills|process|processes",
        technical=True,
    ),
    Entry(
        "performance-tuning",
        "How do you find and fix a performance problem?",
        (
            "How do you find and fix a performance problem?",
            "How would you speed up a slow web page?",
            "How do you track down a bottleneck?",
        ),
        (
            "bottleneck|bottlenecks|profiling|profiler|profile the|performance tuning"
            "|performance problem|performance problems|performance issue|performance issues"
            "|slow query|slow queries|too slow|running slowly",
            "speed up|faster|slow|slowness|optimise|optimize|optimising|optimizing|improve"
            " + page|pages|site|website|app|application|query|queries|endpoint|code|service"
            "|system|load time|response time",
        ),
        unless="team|report|reports|employee|someone|member|review|appraisal|learn|learner"
        "|yourself|you learn|index|indexes|indexing|cache|caching|cdn",
        technical=True,
    ),
    Entry(
        "past-system",
        "Walk me through a system you built",
        (
            "Walk me through a system you built.",
            "What is the most complex system you have worked on?",
            "Describe the architecture of a recent project of yours.",
        ),
        (
            "architecture|system|systems|technical project|codebase + you built|you have built"
            "|you have worked on|of yours",
            "most complex|most complicated|largest|biggest|most challenging + system|systems"
            "|codebase|code base|architecture|technical project",
        ),
        unless="proud|achievement|failure|failed|mistake|team|teams|conflict|legacy|debt"
        "|refactor|refactoring",
        technical=True,
    ),
    Entry(
        "agile",
        "What is your experience with agile ways of working?",
        (
            "What is your experience with agile ways of working?",
            "How have you worked with Scrum?",
            "What do you think of sprints and stand-ups?",
        ),
        (
            "agile|scrum|kanban|sprint|sprints"
            "|retrospective|retrospectives|retro|retros|waterfall|standup|standups|daily stand up"
            "|stand up meeting|stand up meetings",
        ),
        technical=True,
    ),
    Entry(
        "favourite-tech",
        "What is your favourite language or tool, and why?",
        (
            "What is your favourite language or tool, and why?",
            "Which programming language do you enjoy most?",
            "What tools do you like working with best?",
        ),
        (
            "favourite|favorite|enjoy|enjoy most|prefer|like best|like most|love + language"
            "|languages|programming language|programming languages|tool|tools|framework"
            "|frameworks|tech stack|stack|editor|ide",
        ),
        technical=True,
    ),
    Entry(
        "documentation",
        "How do you approach documentation?",
        (
            "How do you approach documentation?",
            "How do you make sure your work is well documented?",
            "What do you think good documentation looks like?",
        ),
        ("documentation|document|documenting|documented|docs|readme|readmes|runbook|runbooks",),
        unless="document you|documents you|cv|resume|documented case|legal",
        technical=True,
    ),
    Entry(
        "debugging",
        "How do you track down a bug?",
        (
            "How do you track down a bug?",
            "Walk me through how you debug a problem.",
            "What do you do when something is broken and you do not know why?",
            "How would you find the cause of an intermittent error?",
        ),
        (
            "debug|debugging|debugged|debugger|troubleshoot|troubleshooting|troubleshooted"
            "|root cause"
            "|root causing",
            "bug|bugs|fault|faults|crash|crashes|error|errors|failure|failures|glitch + track down"
            "|tracking down|hunt|hunting|find|finding|investigate|investigating|diagnose"
            "|diagnosing|hardest|trickiest|toughest|nastiest|fix|fixed|fixing|intermittent",
            "figure out|work out|find out + what is wrong|what went wrong|what is going on"
            "|the cause",
            "break|breaks|broken|broke|not working|stops working|goes wrong|fails + do not know why"
            "|no idea why|not sure why|cannot see why|process|approach",
        ),
        unless="outage|outages|incident|incidents|on call|postmortem|post mortem|went down"
        "|goes down|priorities|prioritise|prioritize|features|test|tests|testing|mistake|you made"
        "|made a|made an"
        "|mistakes|quality",
        technical=True,
    ),
    Entry(
        "incident",
        "Tell me about a production incident you handled",
        (
            "Tell me about a production incident you handled.",
            "Describe an outage you were part of and how you responded.",
            "Walk me through the worst thing that went wrong on call.",
        ),
        (
            "outage|outages|incident|incidents|postmortem|post mortem|on call|downtime",
            "production|prod|live|site|system|service|website|servers|server + went down"
            "|goes down|go down|down|broke|broken|crashed|crash|fell over|on fire",
        ),
        unless="design|avoid|prevent|security incident|safety|customer|client|colleague",
        technical=True,
    ),
    Entry(
        "code-review",
        "How do you approach code review?",
        (
            "How do you approach code review?",
            "What do you look for when you review a pull request?",
            "What makes a good code review?",
        ),
        (
            "code review|code reviews|reviewing code|review code|pull request|pull requests"
            "|merge request|merge requests|peer review|peer reviews",
            "review|reviews|reviewing|reviewed + code|pull|commit|commits|diff|diffs|changes"
            "|patch|patches",
        ),
        technical=True,
    ),
    Entry(
        "testing",
        "How do you test your code?",
        (
            "How do you test your code?",
            "What is your testing strategy for a new feature?",
            "What kinds of automated tests do you write?",
        ),
        (
            "unit test|unit tests|unit testing|integration test|integration tests"
            "|integration testing|automated test|automated tests|automated testing|test coverage"
            "|tdd|test driven|end to end test|end to end tests|testing strategy|test strategy"
            "|testing pyramid|test pyramid|qa process",
            "test|tests|testing|tested + code|software|feature|features|changes|application|app"
            "|system|approach|strategy|your work|you ship|before you ship|before release",
            "write|writing|wrote + test|tests",
            "what to test|what you test|what needs testing|what to write tests|what gets tested",
            "make sure|ensure|confident|check|know + code|software|change|changes|feature"
            " + works|working|correct|does what",
        ),
        unless="take home|home test|personality|interview|aptitude|coding test|test of|patience"
        "|limits|a b test|ab test|hypothesis|hypotheses",
        technical=True,
    ),
    Entry(
        "estimate-work",
        "How do you estimate how long a piece of work will take?",
        (
            "How do you estimate how long a piece of work will take?",
            "What is your approach to estimating a project?",
            "How do you come up with a timeline when you are asked for one?",
        ),
        (
            "estimate|estimates|estimating|estimation|estimated|sizing|size + how long|task"
            "|tasks|work|project|projects|effort|time|timeline|timelines|feature|features|story"
            "|stories|ticket|tickets|deadline|deadlines",
            "story points|planning poker|t shirt sizes|t shirt sizing",
            "how long + take|takes|took|will take|would take|going to take + task|project"
            "|feature|work|piece|something|build",
            "come up with|give|provide|set + timeline|timelines|estimate|estimates",
        ),
        technical=True,
    ),
    Entry(
        "tech-debt",
        "How do you deal with technical debt?",
        (
            "How do you deal with technical debt?",
            "How do you balance new features against cleaning up old code?",
            "When is it worth refactoring?",
        ),
        (
            "technical debt|tech debt|legacy code|legacy codebase|legacy system|legacy systems"
            "|refactor|refactoring|refactored|rewrite|rewriting|code rot|code quality",
            "clean up|cleaning up|cleanup|tidy|tidying|messy|shortcuts|hacks|old + code|codebase"
            "|code base|systems",
        ),
        technical=True,
        unless="test|tests|testing|untested",
    ),
    Entry(
        "design-tradeoff",
        "Tell me about a technical trade-off you made",
        (
            "Tell me about a technical trade-off you made.",
            "Describe a design decision where you had to weigh competing options.",
            "Give an example of choosing between two engineering approaches.",
        ),
        (
            "trade off|trade offs|tradeoff|tradeoffs|compromise|compromises|compromised"
            "|competing|weigh|weighed|weighing|balance|balancing|choosing between|choose between"
            "|chose between|pick between|picked between + technical|design|engineering"
            "|architecture|architectural|implementation",
            "two|different|alternative|competing + approaches|designs|architectures"
            "|technical options|technical solutions|implementations",
        ),
        unless="non technical|nontechnical|explain|layperson|quality|deadline|debt",
    ),
    Entry(
        "api-design",
        "How do you design a good API?",
        (
            "How do you design a good API?",
            "What makes an API well designed?",
            "What principles do you follow when building a web API?",
        ),
        (
            "design|designing|designed|build|building|good|well designed|principles|best practices"
            "|guidelines|public + api|apis|rest api|rest apis|web api|web apis|endpoints",
        ),
        unless="graphql|grpc|soap|what is|what does|rest mean|restful mean|versus|vs|compare"
        "|difference",
        technical=True,
    ),
    Entry(
        "sql-vs-nosql",
        "When would you choose a relational database over a NoSQL one?",
        (
            "When would you choose a relational database over a NoSQL one?",
            "What are the trade-offs between SQL and NoSQL databases?",
            "How do you decide between Postgres and MongoDB?",
        ),
        (
            "relational|sql|postgres|postgresql|mysql|oracle|sql server + nosql|no sql|mongodb"
            "|mongo|document|documents|non relational|nonrelational|dynamodb|cassandra"
            "|key value",
        ),
        technical=True,
    ),
    Entry(
        "rest-vs-graphql",
        "When would you choose GraphQL over REST?",
        (
            "When would you choose GraphQL over REST?",
            "What are the trade-offs between REST and GraphQL?",
            "Compare a RESTful API with GraphQL.",
        ),
        ("rest|restful + graphql",),
        technical=True,
    ),
    Entry(
        "feature-metrics",
        "How would you measure whether a new feature is successful?",
        (
            "How would you measure whether a new feature is successful?",
            "What metrics would you track after a launch?",
            "How do you know if something you shipped is working?",
        ),
        (
            "metric|metrics|kpi|kpis|numbers|measure|measuring|measured|judge|evaluate|success"
            "|successful|succeeded|worked|working|track + feature|features|launch|launched"
            "|launching|release|released|shipped|ship|shipping|rollout|rolled out|product change"
            "|product changes",
        ),
        unless="performance|page|latency|load|speed|fast|prioritise|prioritize|estimate|test|tests",
    ),
    Entry(
        "new-problem",
        "Walk me through how you would approach a problem you have never seen",
        (
            "Walk me through how you would approach a problem you have never seen.",
            "How do you tackle an unfamiliar problem?",
            "What do you do when you don't know the answer?",
            "How do you go about solving problems?",
        ),
        (
            "problem|problems|issue|issues|challenge|task + never|unfamiliar|new|unknown"
            "|have not|not seen|do not know|dont know",
            "approach|tackle|solve|solving|attack + problem|problems|issue|issues",
            "dont know|do not know + answer",
            "problem solving|problem solver",
        ),
        unless="team|facing|customer|client|biggest|creative|creatively|innovative|unusual"
        "|unconventional|outside the box|could not solve|not solve|unable to solve|never solved"
        "|failed to solve",
        technical=True,
    ),
    Entry(
        "explain-simply",
        "Explain a complex technical concept to a non-technical person",
        (
            "Explain a complex technical concept to a non-technical person.",
            "How would you explain what you do to your grandmother?",
            "Describe something technical in plain language.",
        ),
        (
            "non technical|nontechnical|layperson|lay person|layman|grandmother|grandma|child"
            "|five year old|5 year old|plain english|plain language|jargon|simple terms"
            "|outside your field|outside the field|not in your field|without your background"
            "|without a technical background|different background",
            "communicate|communicating|convey|conveying|get across + complex|complicated"
            "|technical|difficult + idea|ideas|concept|concepts|topic|topics|subject|information",
            "explain|explaining|describe + complex|complicated|technical|difficult + concept"
            "|idea|topic|subject|thing|something",
        ),
        technical=True,
    ),
    Entry(
        "organised",
        "What tools or methods do you use to stay organised?",
        (
            "What tools or methods do you use to stay organised?",
            "How do you keep track of your work?",
            "How do you stay on top of your tasks?",
        ),
        (
            "stay|keep|get|remain + organised|organized",
            "how organised|how organized",
            "organisation skills|organization skills|organisational skills|organizational skills",
            "keep|stay + track|on top",
            "slips through the cracks|slip through the cracks|fall through the cracks"
            "|falls through the cracks|drop the ball|dropping the ball|to do list|todo list",
        ),
        unless="company|our|us|join|team|others|people",
    ),
    Entry(
        "quality",
        "How do you make sure your work is of high quality?",
        (
            "How do you make sure your work is of high quality?",
            "How do you ensure accuracy in what you deliver?",
            "How do you check your work for errors?",
        ),
        (
            "error free|errorfree|free of errors|free from errors|mistake free|bug free",
            "quality|accuracy|accurate|high standard|high standards|attention to detail"
            "|detail oriented",
            "check|double check|review + work|errors",
        ),
        unless="mistake|made",
    ),
    Entry(
        "biggest-challenge",
        "What is the biggest challenge you have faced?",
        (
            "What is the biggest challenge you have faced?",
            "Tell me about an obstacle you overcame.",
            "Describe the hardest situation you have dealt with at work.",
            "What's the most difficult thing you've had to do in your career?",
        ),
        (
            "challenge|challenges|obstacle|obstacles|hurdle|hurdles|adversity + faced|face"
            "|overcome|overcame|biggest|greatest|hardest|toughest",
            "hardest|toughest|most difficult|most challenging + thing|situation|problem|project"
            "|moment|time",
            "difficult|tough|hard|challenging + situation|period + overcame|overcome|got through",
            "difficult|tough|hard|challenging + situation|period + at work|handled|dealt"
            "|professionally",
        ),
        unless="team|company|role|job|position|here|customer|client|deadline|colleague"
        "|decision|feedback|manager|boss",
    ),
    Entry(
        "risk",
        "Tell me about a time you took a risk",
        (
            "Tell me about a time you took a risk.",
            "Describe a calculated risk you took at work.",
            "When have you stepped outside your comfort zone?",
        ),
        (
            "risk|risks|risky|gamble|gambled|leap of faith|bet",
            "comfort zone",
            "neck out|bold move|bold decision|bold call|took a chance|take a chance|taking a chance"
            "|chance on",
        ),
        unless="risk management|assess risk|security|averse|mitigate|mitigated|reduce risk|spot"
        "|spotted|identify|identified|flag|flagged|raise|raised",
    ),
    Entry(
        "keep-learning",
        "How do you keep your skills up to date?",
        (
            "How do you keep your skills up to date?",
            "How do you stay current in your field?",
            "What have you learned recently?",
            "How do you keep learning?",
        ),
        (
            "up to date|uptodate|current|abreast|on top + skill|skills|field|industry|trend"
            "|trends|technology|technologies|developments|knowledge",
            "keep|keeping|continue|continuing + learning|learn|growing|developing",
            "learned|learnt + recently|lately|last",
            "what are you learning|currently learning|learning at the moment|learning right now"
            "|learning lately|learning these days",
            "keep up with|keeping up with|keep pace with + technology|technologies|trends|industry"
            "|field|developments|changes|new|latest",
            "continuous learning|lifelong learning|professional development|personal development"
            "|stay current|staying current|keep current|keeping current",
            "teach yourself|teaching yourself|taught yourself|self taught|self study|studying",
            "last|latest|recent|recently|lately|currently|at the moment + learn|learned|learnt"
            "|learning|skill|picked up|studied|course",
        ),
        unless="your team|help your|helping your|team keep|team learn|"
        "quickly|quick|fast|short|mistake|failure|feedback|company|us",
    ),
    Entry(
        "work-life-balance",
        "How do you keep a healthy work-life balance?",
        (
            "How do you keep a healthy work-life balance?",
            "How do you switch off from work?",
            "How do you avoid burnout?",
        ),
        (
            "work life balance|worklife balance|balance work|burnout|burn out|burned out"
            "|burnt out|switch off|recharge",
        ),
    ),
    Entry(
        "overtime",
        "Are you willing to work overtime or weekends?",
        (
            "Are you willing to work overtime or weekends?",
            "How do you feel about being on call?",
            "Can you work evenings when needed?",
            "Are you comfortable with long hours?",
        ),
        (
            "overtime|on call|oncall|long hours|extra hours|late nights|shift|shifts",
            "work|working + weekends|weekend|evenings|nights|late",
        ),
    ),
    Entry(
        "communication",
        "How would you describe your communication style?",
        (
            "How would you describe your communication style?",
            "Tell me about a presentation you gave.",
            "How do you communicate with stakeholders?",
            "How comfortable are you with public speaking?",
        ),
        (
            "communication|communicate|communicating|communicator + style|skills|stakeholder"
            "|stakeholders|approach|way|how",
            "public speaking|present to|speak in public|give presentations|giving presentations"
            "|gave a presentation|give a presentation|presentation skills",
            "keep|keeping + informed|updated|in the loop + stakeholders|people|team|manager"
            "|everyone|others",
        ),
        unless="non technical|technical|complex|jargon|plain|grandmother|feedback|conflict|remote",
    ),
    Entry(
        "dream-job",
        "What is your dream job?",
        (
            "What is your dream job?",
            "If you could do any job, what would it be?",
            "What would you do if money were no object?",
        ),
        (
            "dream job|dream role|dream career|any job in the world|any job",
            "money + no object|not an issue|were no|lottery",
            "won the lottery|win the lottery",
        ),
    ),
    Entry(
        "define-success",
        "How do you define success?",
        (
            "How do you define success?",
            "What does success mean to you?",
            "How do you measure your own success?",
        ),
        (
            "define|defines|mean|means|measure|look like + success|successful + you|your own"
            "|personally|yourself",
            "success + mean to you|means to you|to you",
            "define|defines|definition|mean|means + good job|doing well|done well|job well done",
            "know|tell|judge + done well|done a good job|did a good job|did well|doing well"
            "|job well done|doing a good job",
        ),
        unless="role|position|job here|here|team|first|month|months|days|year|project|feature"
        "|features|launch|launched|product|release|campaign|metric|metrics",
    ),
    Entry(
        "solved-problem",
        "Tell me about a difficult problem you solved",
        (
            "Tell me about a difficult problem you solved.",
            "Describe a complex issue you resolved.",
            "What is the trickiest bug you have fixed?",
        ),
        (
            "difficult|complex|hard|tricky|trickiest|challenging|toughest|hardest + problem"
            "|problems|issue|issues|bug|bugs|puzzle + solved|resolved|fixed|cracked|figured",
        ),
        unless="customer|client|colleague|manager|boss|team|never seen|unfamiliar|approach"
        "|unusual|creative|creatively|innovative|unconventional|novel",
    ),
    # Questions to ask them about the place
    Entry(
        "typical-day",
        "What does a typical day look like in this role?",
        (
            "What does a typical day look like in this role?",
            "What would my day-to-day be?",
            "Can you walk me through an average week on the team?",
        ),
        (
            "typical|average|normal|usual + day|week|days",
            "day to day|daytoday|day in the life",
        ),
        unless="your day|your typical|your current|your last|you do outside|you spend|keeps you"
        "|keep you|engaged|motivate|motivates|motivated",
    ),
    Entry(
        "culture-here",
        "How would you describe the culture here?",
        (
            "How would you describe the culture here?",
            "What is it like to work here?",
            "What are the company's values?",
        ),
        (
            "culture|values|atmosphere|vibe + here|company|team|describe|like",
            "it like + work|working + here|team|company",
        ),
        unless="ideal|prefer|thrive|best work|you like|feedback|your ideal|kind of culture"
        "|type of culture",
    ),
    Entry(
        "growth-here",
        "What opportunities for growth does this role offer?",
        (
            "What opportunities for growth does this role offer?",
            "How do people progress in this team?",
            "What training and development do you offer?",
            "What does the career path look like here?",
        ),
        (
            "growth|grow|progress|progression|promotion|promotions|advancement|advance"
            "|career path|develop|training"
            "|learning budget + opportunities|offer|here|team|company|role|look like|people",
            "how + people|employees|engineers + progress|grow|promoted|advance",
        ),
        unless="your|yourself|you see yourself|five|years|goal|goals|aspirations|help|helped"
        "|less experienced|junior|mentor|mentoring|coach",
    ),
    Entry(
        "why-vacancy",
        "Why is this position open?",
        (
            "Why is this position open?",
            "What happened to the last person in this role?",
            "Is this a new role or a replacement?",
        ),
        (
            "why + position|role|job|vacancy + open|available|vacant|exist",
            "last person|previous person|person before|predecessor|new role or|replacement"
            "|newly created|new position",
        ),
    ),
    # Curveballs
    Entry(
        "animal",
        "If you were an animal, which would you be and why?",
        (
            "If you were an animal, which would you be and why?",
            "What animal best describes you?",
        ),
        ("animal|animals",),
    ),
    Entry(
        "estimate",
        "How many windows are there in this city?",
        (
            "How many windows are there in this city?",
            "How many golf balls fit in a plane?",
            "Estimate how many piano tuners there are in London.",
        ),
        (
            "how many + window|windows|ball|balls|piano|pianos|tuner|tuners|petrol|gas"
            "|stations|city|plane|bus|fit",
            "estimate|estimation|fermi|guesstimate",
        ),
    ),
    Entry(
        "unpopular-belief",
        "What is something you believe that most people disagree with?",
        (
            "What is something you believe that most people disagree with?",
            "What is an unpopular opinion you hold?",
            "What do you think that others don't?",
        ),
        (
            "believe|belief|opinion|view|think|hold + most people|others|unpopular"
            "|controversial|disagree",
            "unpopular|controversial",
        ),
    ),
    Entry(
        "not-on-cv",
        "Tell me something that is not on your CV",
        (
            "Tell me something that is not on your CV.",
            "What is something we wouldn't know about you from your resume?",
            "What would surprise us about you?",
        ),
        (
            "not on|is not on|not in|is not in|beyond|outside + cv|resume|application",
            "surprise|surprising + about you|us",
            "would not know|do not know|dont know + about you",
        ),
    ),
    Entry(
        "hobbies",
        "What do you do outside work?",
        (
            "What do you do outside work?",
            "What are your hobbies?",
            "How do you spend your free time?",
        ),
        (
            "hobby|hobbies|pastime|pastimes|interests outside",
            "outside|after + work",
            "free|spare + time",
            "weekend|weekends",
            "for fun|to relax|to unwind|unwind|downtime|down time",
        ),
        unless=(
            "at work|cv|resume|travel|commute|willing|overtime|work weekends"
            "|working weekends|on call|studied|study|studying|course|courses|learn|learned|learning"
        ),
    ),
    Entry(
        "difficult-manager",
        "How do you work with a difficult manager?",
        (
            "How do you work with a difficult manager?",
            "Tell me about a boss you found hard to work for.",
            "How did you handle a manager you did not get on with?",
        ),
        (
            "difficult manager|difficult boss|difficult supervisor|bad manager|bad boss"
            "|toxic manager|toxic boss|tough boss|challenging manager|challenging boss"
            "|demanding manager|demanding boss|worst manager|worst boss|micromanager"
            "|micromanaging manager|micromanaging boss",
            "did not get on|do not get on|not get on|not get along|hard to work for|hard to work"
            " with + manager|boss|supervisor",
            "relationship + manager|boss|supervisor + difficult|challenging|strained|tough|hard",
        ),
        unless="ideal|best manager|best boss|you as a manager|your reports|your team|as a boss"
        "|kind of manager are|type of manager are|disagree|disagreed|decision",
    ),
    Entry(
        "ideal-manager",
        "What kind of manager do you work best with?",
        (
            "What kind of manager do you work best with?",
            "Describe your ideal boss.",
            "What do you need from a manager?",
        ),
        (
            "kind|type|sort|ideal|best|perfect|need + manager|boss|supervisor|management",
            "look for|looking for|want|value + in a manager|in a boss|from a manager|from a boss"
            "|in a leader|from your manager",
            "manager|boss|supervisor + work best|prefer|like|want|need",
            "management|leadership + style + respond|respond best|work best|prefer",
            "think of|thought of|opinion of|feel about|felt about|relationship with + last"
            "|previous|former|current|old + manager|boss|supervisor",
        ),
        unless=(
            "manager are you|kind of manager are|type of manager are"
            "|your management|style|disagree|disagreed|say|describe you|you manage|decision"
        ),
    ),
    Entry(
        "management-style",
        "What is your management style?",
        (
            "What is your management style?",
            "How would you describe your leadership style?",
            "How do you manage the people who report to you?",
        ),
        (
            "management|leadership|managing|leading + style|approach|philosophy",
            "how + you + manage|lead|run + people|team|teams|reports|others",
            "kind|type|sort + manager|leader|boss + are you|you are|would you be|you would be",
        ),
        unless="respond best|respond to|work best with|from your boss|from a manager|remote"
        "|remotely|distributed|rarely see|in person",
    ),
    Entry(
        "work-environment",
        "What is your ideal working environment?",
        (
            "What is your ideal working environment?",
            "In what kind of culture do you do your best work?",
            "What sort of workplace suits you?",
        ),
        (
            "environment|culture|workplace|atmosphere|setting|settings + ideal|best|prefer|thrive"
            "|kind|type|like|productive|suits|suit",
            "sort|kind|type + team + best work",
        ),
        unless="feedback|company culture like|enjoy|alone|independently|on your own|solo"
        "|independent",
    ),
    Entry(
        "alone-or-team",
        "Do you prefer working alone or in a team?",
        (
            "Do you prefer working alone or in a team?",
            "Are you more of an independent worker or a team player?",
            "Would you rather work on your own or with others?",
        ),
        (
            "alone|independently|independent|on your own|by yourself|solo|solitary + team|others"
            "|prefer|group|people|together|collaborating|collaborate|collaboration|rather",
        ),
    ),
    Entry(
        "current-job-likes",
        "What do you like most about your current job?",
        (
            "What do you like most about your current job?",
            "What do you enjoy most in your present role?",
            "What is the best part of your current job?",
        ),
        (
            "like|enjoy|love|most|best part|best thing|miss + current|present|last|previous"
            "|right now|where you work",
        ),
        unless="worst|look like|looks like|job search|search|"
        "leave|leaving|left|quit|why|least|dislike|hate|frustrate|frustrates|frustrating",
    ),
    Entry(
        "current-job-dislikes",
        "What do you like least about your current job?",
        (
            "What do you like least about your current job?",
            "What frustrates you about your present role?",
            "What would you change about your current employer?",
        ),
        (
            "least|dislike|hate|frustrates|frustrate|frustrating|change|wrong with|worst part"
            "|worst thing + current|present|last|previous|right now|where you work",
        ),
        unless="manager|boss|supervisor|leave|leaving|left|quit|why",
    ),
    Entry(
        "role-model",
        "Who is your role model?",
        (
            "Who is your role model?",
            "Who do you admire most?",
            "Who has inspired you in your career?",
        ),
        (
            "role model|role models|admire|admired|hero|heroes",
            "who + inspired|inspires|inspire",
        ),
    ),
    Entry(
        "overqualified",
        "Aren't you overqualified for this role?",
        (
            "Aren't you overqualified for this role?",
            "Are you too senior for this job?",
            "Won't you get bored in this position?",
        ),
        ("overqualified|over qualified|too senior|too experienced|get bored|be bored",),
    ),
    # Questions to ask them
    Entry(
        "success-in-role",
        "What does success look like in this role after six months?",
        (
            "What does success look like in this role after six months?",
            "How will my performance be measured?",
            "What would you expect me to achieve in the first year?",
        ),
        (
            "success|successful + look|looks|mean|means|define|defined|measure|measured|role"
            "|position|job",
            "performance + measured|measure|judged|evaluated|assessed",
            "expect|expectations + me|first|achieve|of the role",
        ),
        unless="salary|pay|compensation|money|successful team|your role in|role in a team"
        "|role in the team",
    ),
    Entry(
        "team-challenges",
        "What are the biggest challenges facing the team right now?",
        (
            "What are the biggest challenges facing the team right now?",
            "What problems is the team working on at the moment?",
            "What keeps the team up at night?",
        ),
        (
            "challenge|challenges|problem|problems|difficulties|obstacles + team|department"
            "|company|facing|right now|moment|currently",
            "keeps + up at night",
        ),
        unless="customer|client|colleague|coworker|you faced|you overcame|you solved|you have faced"
        "|you have overcome|you have had|you had|you dealt|you have dealt|your career|you ever",
    ),
    Entry(
        "feedback-culture",
        "How does the team give and receive feedback?",
        (
            "How does the team give and receive feedback?",
            "What is the feedback culture like here?",
            "How often would I get feedback from my manager?",
        ),
        ("feedback + team|culture|here|often|my manager|give and receive|regular|process",),
        unless="critical|negative|criticism|time you|improve|you hear|you receive|you get"
        "|you got|about you",
    ),
    Entry(
        "enjoy-here",
        "What do you enjoy most about working here?",
        (
            "What do you enjoy most about working here?",
            "What is your favourite thing about this company?",
            "What do you like best about working here?",
        ),
        ("enjoy|like|love|favourite|favorite|best thing + here|company|working here|this company",),
        unless="current|present|previous|last|leave|why do you want|want to work|it like",
    ),
    Entry(
        "next-steps",
        "What are the next steps in the process?",
        (
            "What are the next steps in the process?",
            "When can I expect to hear back?",
            "What is the timeline for a decision?",
        ),
        (
            "next step|next steps|next stage|next stages|hear back|hear from you",
            "timeline|timescale|timeframe + decision|process|hiring",
            "happens after|after this interview|rest of the process|hiring process|happens next"
            "|what next",
            "remaining|further|other|more + stage|stages|round|rounds|interview|interviews",
            "hear + outcome|decision|result|results|back",
        ),
        unless="career|careers",
    ),
    Entry(
        "hesitations",
        "Is there anything in my background that makes you hesitate?",
        (
            "Is there anything in my background that makes you hesitate?",
            "Do you have any concerns about my application?",
            "Is there anything that would stop you from hiring me?",
        ),
        (
            "hesitate|hesitation|hesitant|reservation|reservations|concern|concerns|doubt|doubts"
            " + my|me|background|application|candidacy|fit",
            "stop you + hiring|offer",
        ),
    ),
    Entry(
        "any-questions",
        "Do you have any questions for us?",
        (
            "Do you have any questions for us?",
            "Is there anything you would like to ask us?",
            "What would you like to know about the role?",
        ),
        (
            "question|questions + for us|for me|you have",
            "anything + ask|like to ask|want to ask",
            "like to know|want to know",
            "you + like to ask|want to ask|ask me|ask us|to ask",
            "answer for you|can answer|before we wrap up|before we finish|before we close"
            "|can i tell you|i can tell you|can we tell you"
            "|before we end|before we wrap|any questions",
        ),
        unless="competitor|company do",
    ),
)

# Entries about the candidate's own traits and history. A question that makes someone else the
# subject ("How do you help a report who made a mistake?", "Why did your colleague leave?",
# "Tell me about a time your team took a risk") is another question, so these words rule
# each of them out.
_SOMEONE_ELSE = (
    "help your|help a|helping your|helping a|support a|support your|supporting a|does your manager"
    "|did your manager|does your team|did your team|your team handle|your team handled"
    "|your team took|your team set|of your manager|of your boss|did your colleague"
    "|does your colleague|did your coworker|who made|who received|who is struggling"
    "|who struggles|team lead earn|teammate s|colleague s"
)
_ABOUT_YOU = frozenset((
    "weakness", "strength", "why-leaving", "failure", "mistake", "stress", "five-years",
    "tight-deadline", "salary", "current-salary", "goal", "critical-feedback", "risk", "proud",
    "learn-quickly", "keep-learning", "motivation", "fired", "hobbies",
))  # fmt: skip
ENTRIES = tuple(
    replace(entry, unless="|".join(filter(None, (entry.unless, _SOMEONE_ELSE))))
    if entry.key in _ABOUT_YOU
    else entry
    for entry in ENTRIES
)

# The examples: twenty or more wordings of each entry, written apart from every evaluation set,
# and the entries that have no cues, only examples (role-specific questions: "How do you
# prioritise a backlog?"). Entries without cues are read by meaning alone.
WORDINGS_FILE = Path(__file__).with_name("catalogue_wordings.json")


def _with_examples(entries: tuple[Entry, ...], path: Path = WORDINGS_FILE) -> tuple[Entry, ...]:
    written = json.loads(path.read_text())["entries"]
    known = {entry.key for entry in entries}
    return (
        *(
            replace(
                entry,
                examples=tuple(written.get(entry.key, {}).get("wordings", ())),
                not_this=tuple(written.get(entry.key, {}).get("not_this", ())),
            )
            for entry in entries
        ),
        *(
            Entry(
                key,
                data["title"],
                (data["title"],),
                (),
                technical=data.get("technical", False),
                examples=tuple(data["wordings"]),
                not_this=tuple(data["not_this"]),
            )
            for key, data in written.items()
            if key not in known
        ),
    )


ENTRIES = _with_examples(ENTRIES)

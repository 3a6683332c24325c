"""The job-description matcher gives the same key words when many threads use it at once."""

import threading
from concurrent.futures import ThreadPoolExecutor

from journal.matching import keywords

TEXTS = [
    "Leading cross-functional teams through ambiguous migrations and re-platforming",
    "Designing resilient distributed systems, monitoring, alerting and incident response",
    "Mentoring engineers, running interviews, growing a culture of thoughtful reviewing",
    "Communicating clearly with stakeholders; negotiating priorities and managing expectations",
    "Optimising PostgreSQL queries, indexing strategies and partitioning of large tables",
    "Building accessible, internationalised user interfaces with progressive enhancement",
    "Automating deployments, containerisation, infrastructure as code and observability",
    "Analysing experiments, forecasting capacity and presenting recommendations to leadership",
]
THREADS = 16
ROUNDS = 300


def test_keywords_are_right_under_concurrent_threads():
    expected = {text: keywords(text) for text in TEXTS}
    start = threading.Barrier(THREADS)

    def work(offset: int) -> list[str]:
        start.wait()  # all threads stem at the same moment
        wrong = []
        for n in range(ROUNDS):
            text = TEXTS[(offset + n) % len(TEXTS)]
            if keywords(text) != expected[text]:
                wrong.append(text)
        return wrong

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        results = list(pool.map(work, range(THREADS)))
    assert [wrong for wrong in results if wrong] == []

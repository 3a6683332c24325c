"""Measure "the same question in other words" on a labelled set: pair precision and recall.

python manage.py same_question_eval                  # the lead's held-out set
python manage.py same_question_eval --set dev        # the development set
python manage.py same_question_eval --file PATH      # any set file of the same format
"""

import itertools
import json
import re
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from questionbank import similarity

BENCH = Path(settings.BASE_DIR) / "bench" / "same_question"
JOB_MATCH = Path(settings.BASE_DIR) / "bench" / "job_match" / "dev.json"


def load(path: Path) -> tuple[list[list[str]], list[tuple[str, str]]]:
    data = json.loads(path.read_text())
    groups = [g["wordings"] if isinstance(g, dict) else g for g in data["groups"]]
    lookalikes = [tuple(p) for p in data.get("lookalike_pairs", data.get("different", []))]
    return groups, lookalikes


def evaluate(groups, lookalikes, *, threshold: float) -> dict:
    """Gold: a pair is the same question iff both wordings are in one group; every other pair
    of the whole set (groups plus look-alikes, each text once) is a different question."""
    group_of = {text: n for n, group in enumerate(groups) for text in group}
    texts = list(dict.fromkeys([*group_of, *(t for pair in lookalikes for t in pair)]))
    readings = similarity.read_many(texts)
    items = [
        similarity.item_for(n, text, reading.key, vector)
        for n, (text, (reading, vector)) in enumerate(zip(texts, readings, strict=True))
    ]
    found = {(p.first, p.second): p for p in similarity.suggest(items, threshold=threshold)}
    counts = {"tp": 0, "fp": 0, "fn": 0}
    errors = []
    for a, b in itertools.combinations(range(len(texts)), 2):
        gold = texts[a] in group_of and group_of.get(texts[a]) == group_of.get(texts[b])
        said = (a, b) in found
        if gold and said:
            counts["tp"] += 1
        elif said:
            counts["fp"] += 1
            errors.append(("suggested, but different", texts[a], texts[b], found[(a, b)]))
        elif gold:
            counts["fn"] += 1
            errors.append(("missed", texts[a], texts[b], None))
    index = {text: n for n, text in enumerate(texts)}
    listed = {tuple(sorted([index[a], index[b]])) for a, b in lookalikes}
    wrong_lookalikes = sum(pair in found for pair in listed)
    # A look-alike outside every group is labelled only against its listed partner: the set
    # says nothing of whether it is another wording of some group's question (it often is).
    unlabelled_fp = sum(
        1 for pair in found if pair not in listed and any(texts[n] not in group_of for n in pair)
    )
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    labelled_fp = fp - unlabelled_fp
    return {
        "questions": len(texts),
        "pairs": len(texts) * (len(texts) - 1) // 2,
        **counts,
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "labelled_fp": labelled_fp,
        "labelled_precision": tp / (tp + labelled_fp) if tp + labelled_fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "lookalikes": len(lookalikes),
        "lookalikes_suggested": wrong_lookalikes,
        "catalogued": sum(1 for r, _ in readings if r.key) / len(texts),
        "errors": errors,
        "readings": dict(zip(texts, (r for r, _ in readings), strict=True)),
    }


def job_match_accuracy(path: Path = JOB_MATCH) -> tuple[float, int, list[str]]:
    """Share of labelled posting lines the matcher gets right: backed, open or left out."""
    from journal import matching  # the matcher lives in journal, which uses questionbank

    data = json.loads(path.read_text())
    evidence = [matching.Evidence(e["kind"], e["title"], "", e["text"]) for e in data["evidence"]]
    right, wrong = 0, []
    for posting in data["postings"]:
        lines = [(text, label) for text, label in posting["lines"] if label != "heading"]
        description = "\n".join(text for text, _ in posting["lines"])
        results = {m.requirement: m.backed for m in matching.match(description, evidence)}
        left_out = set(matching.split_description(description)[1])
        for text, label in lines:
            bare = re.sub(r"^\s*[-*]\s*", "", text).strip()
            said = "left_out" if bare in left_out else "backed" if results.get(bare) else "open"
            if said == label:
                right += 1
            else:
                wrong.append(f"{text} (expected {label}, got {said})")
    total = right + len(wrong)
    return right / total, total, wrong


class Command(BaseCommand):
    help = "Pair precision and recall of the same-question suggestions on a labelled set."

    def add_arguments(self, parser):
        parser.add_argument(
            "--set", default="heldout", choices=sorted(path.stem for path in BENCH.glob("*.json"))
        )
        parser.add_argument(
            "--file",
            type=Path,
            help="a set file anywhere on disk, in the format of bench/same_question/*.json "
            "(overrides --set)",
        )
        parser.add_argument(
            "--job-set",
            type=Path,
            default=JOB_MATCH,
            help="the job matcher's labelled postings (default bench/job_match/dev.json)",
        )
        parser.add_argument("--threshold", type=float, default=settings.SAME_QUESTION_THRESHOLD)
        parser.add_argument("--errors", action="store_true", help="list every wrong pair")

    def handle(self, *args, **options):
        path = options["file"] or BENCH / f"{options['set']}.json"
        if not path.is_file():
            raise CommandError(f"No set file at {path}")
        try:
            groups, lookalikes = load(path)
        except (ValueError, KeyError, TypeError) as error:
            raise CommandError(f"{path} is not a set file ({error!r})") from error
        started = time.perf_counter()
        result = evaluate(groups, lookalikes, threshold=options["threshold"])
        seconds = time.perf_counter() - started
        out = self.stdout.write
        shown = path.relative_to(BENCH.parent.parent) if path.is_relative_to(BENCH) else path
        out(f"Set: {shown}, threshold {options['threshold']}")
        out(
            f"{result['questions']} questions, {result['pairs']} pairs; "
            f"{result['catalogued']:.0%} of the questions read as a catalogue entry"
        )
        out(
            f"Pairs: precision {result['precision']:.3f}, recall {result['recall']:.3f} "
            f"(tp {result['tp']}, fp {result['fp']}, fn {result['fn']})"
        )
        out(
            f"Counting only the pairs the set labels (not a look-alike outside every group "
            f"against anything but its partner): precision {result['labelled_precision']:.3f} "
            f"(fp {result['labelled_fp']})"
        )
        out(
            f"Look-alike pairs wrongly suggested: {result['lookalikes_suggested']} of "
            f"{result['lookalikes']}"
        )
        out(f"Took {seconds:.2f} s (model load included)")
        job_set = options["job_set"]
        if not job_set.is_file():
            raise CommandError(f"No job-match set at {job_set}")
        accuracy, lines, wrong = job_match_accuracy(job_set)
        about = json.loads(job_set.read_text()).get("about", "")
        out(
            f"Job-description matcher: accuracy {accuracy:.3f} on {lines} labelled lines "
            f"({job_set.name}{': ' + about.split(':')[0] if about else ''})"
        )
        if options["errors"]:
            readings = result["readings"]
            for kind, a, b, _ in result["errors"]:
                ra, rb = readings[a], readings[b]
                out(f"- {kind}: “{a}” [{ra.key or '-'}] / “{b}” [{rb.key or '-'}]")
            for line in wrong:
                out(f"- matcher: {line}")

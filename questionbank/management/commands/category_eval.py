"""Accuracy of the category rule on a labelled list: `manage.py category_eval [path]`.

The list is JSON, [{"text": ..., "category": ...}, ...] with `Question.Category` values; by
default the lead's held-out list copied to bench/category_test.json.
"""

import json
from collections import Counter
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from questionbank.categories import suggest_category

DEFAULT = Path(settings.BASE_DIR) / "bench" / "category_test.json"


def evaluate(items: list[dict]) -> dict:
    misses = [
        (item["text"], item["category"], suggest_category(item["text"]))
        for item in items
        if suggest_category(item["text"]) != item["category"]
    ]
    confusions = Counter((expected, got) for _, expected, got in misses)
    return {
        "total": len(items),
        "correct": len(items) - len(misses),
        "accuracy": (len(items) - len(misses)) / len(items) if items else 0.0,
        "misses": misses,
        "confusions": confusions,
    }


class Command(BaseCommand):
    help = "Accuracy of the suggested categories on a labelled list of questions."

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", default=str(DEFAULT))
        parser.add_argument("--misses", action="store_true", help="List every miss.")

    def handle(self, *args, path: str, misses: bool, **options):
        result = evaluate(json.loads(Path(path).read_text()))
        self.stdout.write(
            f"{result['correct']}/{result['total']} correct: {result['accuracy']:.1%} ({path})"
        )
        for (expected, got), count in result["confusions"].most_common():
            self.stdout.write(f"  {expected} suggested as {got}: {count}")
        if misses:
            for text, expected, got in result["misses"]:
                self.stdout.write(f"  [{expected} → {got}] {text}")

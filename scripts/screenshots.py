"""Screenshots of Debrief's main pages from the demo data, at desktop and phone widths.

    .venv/bin/python scripts/screenshots.py                      # every page, 1280 and 390 px
    .venv/bin/python scripts/screenshots.py --only trends,journal --widths 390
    .venv/bin/python scripts/screenshots.py --readme             # refresh docs/screenshots/

It seeds the demo account (`seed_demo`) into a throw-away SQLite database, serves the app with
`runserver` on a free port, logs in with Playwright and Chromium, and saves one full-page PNG per
page and width into --out (default test-artifacts/screenshots-demo/). Each page's width is
checked on the way: a page wider than its viewport (one that scrolls sideways) is reported, and
the script exits non-zero. `--readme` saves instead one screen of each of the few pages the
README shows (one in dark mode), palette-compressed, into docs/screenshots/. Not part of the
test suite: it takes a minute or two, and is for looking at.
"""

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

from playwright.sync_api import expect, sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent))
from main_pages import LOGGED_OUT, PAGES, STICKING_OUT

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
USERNAME, PASSWORD = "demo", "debrief-demo"
# The README's screenshots: (page, width, colour scheme, element scrolled to the top or None,
# file name). One screen each, not the whole page, so they stay small and readable.
README_SHOTS = [
    ("dashboard", 1280, "light", None, "dashboard-desktop.png"),
    ("interview", 1280, "light", None, "interview-desktop.png"),
    ("trends", 1280, "dark", "#charts", "trends-desktop-dark.png"),
    ("quick-debrief", 390, "light", None, "quick-debrief-phone.png"),
    ("journal", 390, "light", "#results", "journal-phone.png"),
    ("trends", 390, "light", "#outcomes-title", "trends-phone.png"),
]

# Finds the objects the detail pages show, in the seeded database (run with manage.py shell).
FIND_OBJECTS = """
import json
from django.contrib.auth.models import User
from django.db.models import Count
from journal.models import Interview, Weakness
from questionbank.models import Question
user = User.objects.get(username=%r)
interview = (
    Interview.objects.for_user(user).annotate(n=Count("asked"))
    .filter(n__gt=0).order_by("-n", "-date").first()
)
question = Question.objects.for_user(user).order_by("-times_asked", "pk").first()
weaknesses = Weakness.objects.filter(user=user).annotate(n=Count("observations"))
weakness = weaknesses.order_by("-n").first()
print(json.dumps({
    "interview": interview.pk, "company": interview.company,
    "question": question.pk, "weakness": weakness.pk,
}))
"""


def pages(objects: dict) -> dict[str, str]:
    """Page name -> path, for every main page (the logged-out ones last)."""
    values = {**objects, "company": urllib.parse.quote(objects["company"]), "search": "design"}
    return {name: path.format(**values) for name, path in PAGES.items()}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env: dict, *args: str, capture: bool = False) -> str:
    result = subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        text=True,
        stdout=subprocess.PIPE if capture else None,
    )
    return result.stdout or ""


def wait_for(url: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def chromium() -> str | None:
    for candidate in (os.environ.get("CHROMIUM_PATH"), "/usr/bin/chromium"):
        if candidate and shutil.which(candidate):
            return candidate
    return None


def log_in(page, base: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Username").fill(USERNAME)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{base}/")


def open_sections(page) -> None:
    """The interview page with every section's form open, as someone editing it sees it."""
    edit = page.locator(".section-card > .card-header a:text-is('Edit')")
    for _ in range(edit.count()):
        left = edit.count()
        edit.first.click()
        expect(edit).to_have_count(left - 1)
    page.wait_for_load_state("networkidle")


def shoot(base: str, out: Path, paths: dict[str, str], widths: list[int]) -> list[str]:
    """Saves the screenshots; returns the pages that scroll sideways."""
    too_wide = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(), args=["--no-sandbox"])
        for width in widths:
            viewport = {"width": width, "height": 900 if width > 600 else 844}
            phone = width < 600
            for logged_in in (True, False):
                context = browser.new_context(
                    viewport=viewport, device_scale_factor=1, has_touch=phone, is_mobile=phone
                )
                page = context.new_page()
                if logged_in:
                    log_in(page, base)
                for name, path in paths.items():
                    if (name in LOGGED_OUT) == logged_in:
                        continue
                    page.goto(base + path)
                    page.wait_for_load_state("networkidle")
                    if name == "interview-editing":
                        open_sections(page)
                    scroll = page.evaluate("document.documentElement.scrollWidth")
                    if scroll > width:
                        culprits = "\n    ".join(page.evaluate(STICKING_OUT))
                        too_wide.append(
                            f"{name} at {width} px is {scroll} px wide:\n    {culprits}"
                        )
                    page.screenshot(path=str(out / f"{name}-{width}.png"), full_page=True)
                    print(f"  {name}-{width}.png", flush=True)
                context.close()
        browser.close()
    return too_wide


def compress(source: Path, target: Path) -> None:
    """A palette PNG (256 colours) is a fraction of the size and looks the same for a screenshot."""
    from PIL import Image

    with Image.open(source) as image:
        image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(
            target, optimize=True
        )


def shoot_readme(base: str, out: Path, paths: dict[str, str]) -> None:
    """The README's few screenshots, one screen each, compressed into docs/screenshots/."""
    docs = ROOT / "docs" / "screenshots"
    docs.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(), args=["--no-sandbox"])
        for name, width, scheme, anchor, filename in README_SHOTS:
            phone = width < 600
            context = browser.new_context(
                viewport={"width": width, "height": 844 if phone else 900},
                has_touch=phone,
                is_mobile=phone,
                color_scheme=scheme,
            )
            page = context.new_page()
            log_in(page, base)
            page.goto(base + paths[name])
            page.wait_for_load_state("networkidle")
            if anchor:
                # instantly: Bootstrap scrolls smoothly, and the shot would catch it half-way
                page.locator(anchor).evaluate("el => el.scrollIntoView({behavior: 'instant'})")
            raw = out / f"readme-{filename}"
            page.screenshot(path=str(raw))
            compress(raw, docs / filename)
            print(f"docs/screenshots/{filename}: {(docs / filename).stat().st_size // 1024} KB")
            context.close()
        browser.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "test-artifacts" / "screenshots-demo")
    parser.add_argument("--widths", default="1280,390", help="comma-separated viewport widths")
    parser.add_argument("--only", default="", help="comma-separated page names (default: all)")
    parser.add_argument("--readme", action="store_true", help="refresh docs/screenshots/")
    args = parser.parse_args()

    widths = [int(w) for w in args.widths.split(",")]
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="debrief-shots-") as data:
        env = {
            **os.environ,
            "DJANGO_DEBUG": "1",
            "DEBRIEF_DATA_DIR": data,
            "DATABASE_URL": f"sqlite:///{data}/demo.sqlite3",
        }
        manage(env, "migrate", "--noinput", "-v", "0")
        manage(env, "seed_demo", "--username", USERNAME, "--password", PASSWORD)
        found = manage(env, "shell", "-c", FIND_OBJECTS % USERNAME, capture=True)
        objects = json.loads(found.strip().splitlines()[-1])  # after shell's import notice
        paths = pages(objects)
        # --readme takes only the README's screens; otherwise --only's pages, or every page.
        wanted = set() if args.readme else set(filter(None, args.only.split(","))) or set(paths)
        shown = {name: path for name, path in paths.items() if name in wanted}

        port = free_port()
        server = subprocess.Popen(
            [PYTHON, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
            cwd=ROOT,
            env=env,
            stderr=subprocess.DEVNULL,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            wait_for(f"{base}/healthz")
            too_wide = shoot(base, args.out, shown, widths)
            if args.readme:
                shoot_readme(base, args.out, paths)
        finally:
            server.terminate()
            server.wait(timeout=10)

    for line in too_wide:
        print(f"SCROLLS SIDEWAYS: {line}", file=sys.stderr)
    return 1 if too_wide else 0


if __name__ == "__main__":
    sys.exit(main())

"""Load benchmark: every main page against a floor page, on PostgreSQL 15 and gunicorn.

    sudo .venv/bin/python bench/load.py                  # 3 repeats, 2 s per measurement
    .venv/bin/python bench/load.py --seconds 5 --repeats 5 --out bench/last.md

Not part of the test suite. It starts a throwaway PostgreSQL cluster (as .ci/run does; needs
root for `runuser postgres` and the Debian packages postgresql-15 and wrk), migrates, seeds a
heavy account (1,000 interviews, 5,000 questions) and a small one (10 interviews) with
`seed_demo`, serves the app with gunicorn in production mode on 127.0.0.1, logs both in, and
drives each page with wrk right after the floor page (the change-password page: session, user,
a small template), so each page has a floor measured moments before it. Machines running this
are shared and noisy: compare ratios, not milliseconds.

It then measures the cost of a new database connection per request (DJANGO_CONN_MAX_AGE=0
against the default) and runs two gunicorn instances on two ports against the one database,
loaded at once, to show the app keeps no state in its processes.
"""

import argparse
import http.client
import json
import os
import re
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PGBIN = Path("/usr/lib/postgresql/15/bin")
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
LUA = Path(__file__).resolve().parent / "report.lua"
FLOOR = "/accounts/password_change/"
PASSWORD = "bench-password-1"
# Pages whose content legitimately grows with the account. The JSON export (everything the user
# owns, in one download) is left out of the load: at 1,000 interviews it is a job, not a page.
GROWS: set[str] = set()

# The pages are the `benchmark` command's (one list for both), for each account.
PAGE_LOOKUP = """
import json
from django.contrib.auth.models import User
from journal.management.commands.benchmark import main_pages
users = {name: User.objects.get(username=name) for name in ("heavy", "small")}
print(json.dumps({name: main_pages(user) for name, user in users.items()}))
"""


def run(cmd, env=None, **kwargs):
    return subprocess.run(cmd, env=env, check=True, text=True, capture_output=True, **kwargs)


class Postgres:
    """A throwaway cluster in a temporary folder: no fsync, trust auth, loopback only."""

    def __init__(self, port: int):
        self.port = port
        self.data = Path(tempfile.mkdtemp(prefix="debrief-bench-pg."))
        shutil.chown(self.data, "postgres")

    def as_postgres(self, *cmd):
        return run(["runuser", "-u", "postgres", "--", *map(str, cmd)])

    def start(self) -> str:
        self.as_postgres(PGBIN / "initdb", "-D", self.data, "--auth=trust", "-U", "postgres")
        options = (
            f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=50"
        )
        self.as_postgres(
            PGBIN / "pg_ctl", "-D", self.data, "-w", "-l", self.data / "log", "-o", options, "start"
        )
        self.as_postgres(
            PGBIN / "psql",
            "-h",
            self.data,
            "-p",
            self.port,
            "-qc",
            "CREATE DATABASE debrief",
            "postgres",
        )
        return f"postgres://postgres@127.0.0.1:{self.port}/debrief"

    def analyze(self):
        self.as_postgres(
            PGBIN / "psql", "-h", self.data, "-p", self.port, "-qc", "ANALYZE", "debrief"
        )

    def stop(self):
        subprocess.run(
            [
                "runuser",
                "-u",
                "postgres",
                "--",
                str(PGBIN / "pg_ctl"),
                "-D",
                str(self.data),
                "-m",
                "fast",
                "stop",
            ],
            capture_output=True,
        )
        shutil.rmtree(self.data, ignore_errors=True)


def app_env(database_url: str, static_root: str, **extra) -> dict:
    return {
        **os.environ,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_STATIC_ROOT": static_root,
        "DJANGO_LOG_LEVEL": "WARNING",
        "DATABASE_URL": database_url,
        **extra,
    }


def gunicorn(env: dict, port: int, workers: int) -> subprocess.Popen:
    cmd = [
        str(GUNICORN),
        "config.wsgi",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
        "--log-level",
        "warning",
    ]
    if os.geteuid() == 0:
        cmd.append("--no-control-socket")
    process = subprocess.Popen(cmd, cwd=ROOT, env=env, start_new_session=True)
    for _ in range(100):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return process
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"gunicorn on port {port} did not answer /healthz")


def stop(process: subprocess.Popen):
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=30)


def log_in(port: int, username: str) -> str:
    """The Cookie header of a logged-in session (the cookies are Secure, so done by hand)."""
    connection = http.client.HTTPConnection("127.0.0.1", port)
    connection.request("GET", "/accounts/login/")
    response = connection.getresponse()
    html = response.read().decode()
    csrf_cookie = re.search(r"csrftoken=([^;]+)", response.getheader("Set-Cookie")).group(1)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    body = f"csrfmiddlewaretoken={token}&username={username}&password={PASSWORD}"
    connection.request(
        "POST",
        "/accounts/login/",
        body=body,
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={csrf_cookie}",
        },
    )
    response = connection.getresponse()
    response.read()
    session = re.search(r"sessionid=([^;]+)", response.getheader("Set-Cookie") or "")
    if response.status != 302 or not session:
        raise RuntimeError(f"login of {username} failed ({response.status})")
    return f"sessionid={session.group(1)}; csrftoken={csrf_cookie}"


def check(port: int, cookie: str, path: str) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port)
    connection.request("GET", path, headers={"Cookie": cookie})
    response = connection.getresponse()
    size = len(response.read())
    if response.status != 200:
        raise RuntimeError(f"{path} answered {response.status}")
    return size


def wrk(port: int, cookie: str, path: str, seconds: float, connections: int) -> dict:
    result = run(
        [
            "wrk",
            "-t",
            "2",
            "-c",
            str(connections),
            "-d",
            f"{seconds:g}s",
            "--timeout",
            "10s",
            "-s",
            str(LUA),
            "-H",
            f"Cookie: {cookie}",
            f"http://127.0.0.1:{port}{path}",
        ]
    )
    line = next(x for x in result.stdout.splitlines() if x.startswith("RESULT "))
    data = json.loads(line.removeprefix("RESULT "))
    data["rps"] = data["requests"] / (data["duration_us"] / 1e6)
    if not data["requests"]:  # no request finished inside the window: no latency measured
        data["p50"] = data["p95"] = data["p99"] = 0
    return data


def measure(port, cookies, pages, args) -> dict:
    """One repeat: for each account and page, the floor then the page."""
    results = {}
    for account, urls in pages.items():
        for name, path in urls.items():
            floor = wrk(port, cookies[account], FLOOR, args.seconds, args.connections)
            page = wrk(port, cookies[account], path, args.seconds, args.connections)
            results[(account, name)] = {"floor": floor, "page": page}
            print(
                f"  {account:<6} {name:<15} p50 {page['p50'] / 1000:7.1f} ms "
                f"(floor {floor['p50'] / 1000:5.1f})  p95 {page['p95'] / 1000:7.1f} ms  "
                f"{page['rps']:6.1f} req/s  errors {page['errors']}",
                flush=True,
            )
    return results


def spread(values: list[float | None]) -> str:
    values = [v for v in values if v is not None]  # a window with no completed request
    if not values:
        return "n/a"
    return f"{statistics.median(values):.1f} ({min(values):.1f}–{max(values):.1f})"


def ratio(a: float, b: float) -> float | None:
    return a / b if a and b else None


def median(values) -> float:
    values = [v for v in values if v]
    return statistics.median(values) if values else 0.0


def report(repeats: list[dict], pages: dict, sizes: dict) -> str:
    lines = [
        "| page | heavy p50 ms | heavy p95 ms | heavy req/s | errors | p50 / floor | "
        "p95 / floor | small p50 / floor | heavy / small p50 | page KB heavy / small |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name in pages["heavy"]:
        heavy = [r[("heavy", name)] for r in repeats]
        small = [r[("small", name)] for r in repeats]
        p50 = [ratio(m["page"]["p50"], m["floor"]["p50"]) for m in heavy]
        p95 = [ratio(m["page"]["p95"], m["floor"]["p95"]) for m in heavy]
        small_p50 = [ratio(m["page"]["p50"], m["floor"]["p50"]) for m in small]
        versus = [
            ratio(h["page"]["p50"], s["page"]["p50"]) for h, s in zip(heavy, small, strict=True)
        ]
        errors = sum(m["page"]["errors"] + m["floor"]["errors"] for m in heavy + small)
        lines.append(
            f"| {name} | {median(m['page']['p50'] for m in heavy) / 1000:.1f} "
            f"| {median(m['page']['p95'] for m in heavy) / 1000:.1f} "
            f"| {median(m['page']['rps'] for m in heavy):.1f} | {errors} "
            f"| {spread(p50)} | {spread(p95)} | {spread(small_p50)} | {spread(versus)}"
            f"{' (grows)' if name in GROWS else ''} "
            f"| {sizes['heavy'][name] / 1024:.0f} / {sizes['small'][name] / 1024:.0f} |"
        )
    floors = [m["floor"]["p50"] / 1000 for r in repeats for m in r.values() if m["floor"]["p50"]]
    lines.append("")
    lines.append(
        f"Floor page p50: median {statistics.median(floors):.1f} ms over "
        f"{len(floors)} runs ({min(floors):.1f}–{max(floors):.1f})."
    )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--interviews", type=int, default=1000)
    parser.add_argument("--questions", type=int, default=5000)
    parser.add_argument("--pg-port", type=int, default=55490)
    parser.add_argument("--port", type=int, default=8790)
    parser.add_argument("--out", help="also write the report (Markdown) here")
    args = parser.parse_args()

    postgres = Postgres(args.pg_port)
    static_root = tempfile.mkdtemp(prefix="debrief-bench-static.")
    servers = []
    try:
        database_url = postgres.start()
        env = app_env(database_url, static_root)
        manage = [str(PYTHON), "manage.py"]
        run([*manage, "migrate", "--noinput"], env=env, cwd=ROOT)
        run([*manage, "collectstatic", "--noinput"], env=env, cwd=ROOT)
        started = time.perf_counter()
        for username, interviews, questions in [
            ("heavy", args.interviews, args.questions),
            ("small", 10, 50),
        ]:
            out = run(
                [
                    *manage,
                    "seed_demo",
                    "--username",
                    username,
                    "--password",
                    PASSWORD,
                    "--interviews",
                    str(interviews),
                    "--questions",
                    str(questions),
                ],
                env=env,
                cwd=ROOT,
            ).stdout
            print(out.strip().splitlines()[0])
        print(f"Seeded in {time.perf_counter() - started:.0f} s")
        postgres.analyze()
        lookup = run([*manage, "shell", "-c", PAGE_LOOKUP], env=env, cwd=ROOT).stdout
        pages = json.loads(lookup.strip().splitlines()[-1])

        servers.append(gunicorn(env, args.port, args.workers))
        cookies = {account: log_in(args.port, account) for account in pages}
        sizes = {
            a: {n: check(args.port, cookies[a], p) for n, p in urls.items()}
            for a, urls in pages.items()
        }
        for account in pages:
            check(args.port, cookies[account], FLOOR)
        repeats = []
        for number in range(1, args.repeats + 1):
            print(f"Repeat {number} of {args.repeats}")
            repeats.append(measure(args.port, cookies, pages, args))
        text = report(repeats, pages, sizes)
        stop(servers.pop())

        # The price of a new connection per request: the floor page, with and without reuse.
        conn_lines = []
        for max_age in ("60", "0"):
            server = gunicorn({**env, "DJANGO_CONN_MAX_AGE": max_age}, args.port, args.workers)
            cookie = log_in(args.port, "small")
            runs = [
                wrk(args.port, cookie, FLOOR, args.seconds, args.connections)
                for _ in range(args.repeats)
            ]
            stop(server)
            p50 = median(r["p50"] for r in runs) / 1000
            rps = median(r["rps"] for r in runs)
            conn_lines.append(f"| {max_age} | {p50:.1f} | {rps:.0f} |")
        text += (
            "\n\nFloor page by `DJANGO_CONN_MAX_AGE` (median of the repeats):\n\n"
            "| DJANGO_CONN_MAX_AGE | p50 ms | req/s |\n|---|---|---|\n" + "\n".join(conn_lines)
        )

        # Two instances on two ports, one database, loaded at the same time.
        other = args.port + 1
        servers += [gunicorn(env, args.port, args.workers), gunicorn(env, other, args.workers)]
        cookie = log_in(args.port, "heavy")  # a session made on one instance...
        check(other, cookie, "/")  # ...is valid on the other: nothing lives in a process
        loads = [
            subprocess.Popen(
                [
                    "wrk",
                    "-t",
                    "2",
                    "-c",
                    str(args.connections),
                    "-d",
                    f"{args.seconds * 2:g}s",
                    "--timeout",
                    "10s",
                    "-s",
                    str(LUA),
                    "-H",
                    f"Cookie: {cookie}",
                    f"http://127.0.0.1:{port}{path}",
                ],
                stdout=subprocess.PIPE,
                text=True,
            )
            for port, path in [
                (args.port, "/"),
                (other, "/questions/?q=tell"),
                (args.port, pages["heavy"]["question"]),
                (other, "/journal/"),
            ]
        ]
        outputs = [json.loads(p.communicate()[0].split("RESULT ")[1]) for p in loads]
        total = sum(o["requests"] / (o["duration_us"] / 1e6) for o in outputs)
        errors = sum(o["errors"] for o in outputs)
        text += (
            f"\n\nTwo instances ({args.workers} workers each) on ports {args.port} and "
            f"{other}, one database, four wrk loads at once (dashboard, bank search, "
            f"question, journal; a session made on one instance used on both): "
            f"{total:.0f} req/s in all, {errors} errors."
        )
        header = (
            f"{args.repeats} repeats, {args.seconds:g} s per measurement, "
            f"{args.connections} connections, gunicorn {args.workers} workers, "
            f"heavy = {args.interviews} interviews / {args.questions} questions, "
            f"small = 10 / 50. Ratios: median (min–max) over the repeats.\n\n"
        )
        print()
        print(header + text)
        if args.out:
            Path(args.out).write_text(header + text + "\n")
    finally:
        for server in servers:
            stop(server)
        postgres.stop()
        shutil.rmtree(static_root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

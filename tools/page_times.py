#!/usr/bin/env python3
"""Server time of every web page, for every demo user, from the `Server-Timing` header.

    python3 tools/page_times.py --url http://127.0.0.1:8080 [--samples 10] [--budget-ms 50] [--json]

Signs in as each demo user, follows every link of the pages that user can reach (breadth
first from the dashboard, at most two pages of each kind, e.g. two grants), then requests
each page `--samples` times after one warm-up and reads the server's own figure
(`Server-Timing: app;dur=…`, set by bwu for every response), so neither the network nor
this script is counted. Prints the median and maximum per kind of page, slowest first.

Unless `--no-plan-runs`, it first starts two plan runs for each demo manufacturer through the
API (recorded in the audit log like any user's run), so that run, comparison and resilience
pages exist to be measured.

Exits non-zero when a page does not answer 200 (a broken link for some role) or, with
`--budget-ms`, when a kind of page's median is over the budget. `scripts/page-times.sh`
runs it against a release build serving the demo data.
"""
import argparse
import http.cookiejar
import json
import re
import statistics
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict, deque

PASSWORD = "demo-password-2026"
DEMO_USERS = [
    "admin@bwu.demo", "programme.officer@bwu.demo", "finance.officer@bwu.demo",
    "reviewer.defence@bwu.demo", "reviewer.industry@bwu.demo", "reviewer.foreign@bwu.demo",
    "auditor@bwu.demo", "afu@bwu.demo", "danish.armed.forces@bwu.demo",
    "dnipro@bwu.demo", "kharkiv@bwu.demo", "lviv@bwu.demo", "zaporizhzhia@bwu.demo", "poltava@bwu.demo",
    "jutland.composites@bwu.demo", "baltic.motors@bwu.demo", "brno.avionics@bwu.demo",
]
MANUFACTURERS = ["dnipro@bwu.demo", "kharkiv@bwu.demo", "lviv@bwu.demo", "zaporizhzhia@bwu.demo", "poltava@bwu.demo"]
# Links that change something or are not pages: the language switch stores a preference,
# CSV and evidence downloads are files, the stylesheet is static.
SKIPPED = re.compile(r"^/(language/|sign-out|static/|style)|\.csv(\?|$)|/download(\?|$)")
ID_SEGMENT = re.compile(r"^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\d+)$")
HREF = re.compile(r'href="(/[^"#]*)"')
CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def kind_of(path_and_query):
    """`/grants/3f2…/evidence?x=1&y=2` → `/grants/{id}/evidence?x&y`: one kind of page."""
    parts = urllib.parse.urlsplit(path_and_query)
    segments = ["{id}" if ID_SEGMENT.match(s) else s for s in parts.path.split("/")]
    names = sorted({name for name, _ in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)})
    return "/".join(segments) + ("?" + "&".join(names) if names else "")


class Session:
    def __init__(self, base):
        self.base = base.rstrip("/")
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def get(self, path):
        """(status, content type, body, server milliseconds or None)."""
        try:
            response = self.opener.open(self.base + path, timeout=60)
        except urllib.error.HTTPError as error:
            return error.code, error.headers.get("Content-Type", ""), error.read().decode("utf-8", "replace"), None
        with response:
            body = response.read().decode("utf-8", "replace")
            return response.status, response.headers.get("Content-Type", ""), body, server_ms(response.headers)

    def sign_in(self, email):
        _, _, form, _ = self.get("/sign-in")
        token = CSRF.search(form)
        if not token:
            raise SystemExit("page_times: the sign-in form has no anti-forgery token")
        data = urllib.parse.urlencode({"email": email, "password": PASSWORD, "csrf": token.group(1)}).encode()
        with self.opener.open(urllib.request.Request(self.base + "/sign-in", data=data), timeout=60) as response:
            if urllib.parse.urlsplit(response.geturl()).path != "/dashboard":
                raise SystemExit(f"page_times: {email} could not sign in (landed on {response.geturl()})")


def api(base, method, path, body=None, token=None):
    request = urllib.request.Request(base.rstrip("/") + "/api/v1" + path, method=method,
                                     data=None if body is None else json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)


def start_plan_runs(base, runs_each=2):
    """Plans each demo manufacturer `runs_each` times and waits until every run has finished."""
    waiting = []
    for email in MANUFACTURERS:
        token = api(base, "POST", "/session", {"email": email, "password": PASSWORD})["token"]
        for _ in range(runs_each):
            waiting.append((token, api(base, "POST", "/plan-runs", {}, token)["id"]))
    for token, run in waiting:
        for _ in range(600):
            if api(base, "GET", f"/plan-runs/{run}", token=token)["status"] in ("succeeded", "failed"):
                break
            time.sleep(0.1)
    print(f"{len(waiting)} plan runs finished", file=sys.stderr)


def server_ms(headers):
    match = re.search(r"app;dur=([0-9.]+)", headers.get("Server-Timing", ""))
    return float(match.group(1)) if match else None


def pages_of(session, per_kind, limit):
    """Breadth first from the dashboard: the pages this user reaches by links, two of each kind."""
    seen, chosen, per = {"/dashboard"}, [], defaultdict(int)
    queue = deque(["/dashboard"])
    broken = []
    while queue and len(chosen) < limit:
        path = queue.popleft()
        status, content_type, body, _ = session.get(path)
        if status != 200:
            broken.append((path, status))
            continue
        if not content_type.startswith("text/html"):
            continue
        chosen.append(path)
        for href in HREF.findall(body):
            href = href.replace("&amp;", "&")
            if href in seen or SKIPPED.search(href):
                continue
            seen.add(href)
            kind = kind_of(href)
            if per[kind] < per_kind:
                per[kind] += 1
                queue.append(href)
    return chosen, broken


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", required=True, help="a running `bwu serve --demo`")
    parser.add_argument("--users", nargs="*", default=DEMO_USERS)
    parser.add_argument("--samples", type=int, default=10, help="timed requests per page after one warm-up")
    parser.add_argument("--per-kind", type=int, default=2, help="pages of each kind per user")
    parser.add_argument("--limit", type=int, default=120, help="pages per user at most")
    parser.add_argument("--budget-ms", type=float, help="fail when a kind of page's median is over this")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--no-plan-runs", action="store_true", help="measure the data as it is, without starting plan runs")
    args = parser.parse_args()

    if not args.no_plan_runs:
        start_plan_runs(args.url)
    samples = defaultdict(list)      # kind → server ms
    slowest_user = {}                # kind → (median, email)
    broken, untimed = [], []
    for number, email in enumerate(args.users, 1):
        session = Session(args.url)
        session.sign_in(email)
        paths, dead = pages_of(session, args.per_kind, args.limit)
        broken += [(email, path, status) for path, status in dead]
        for path in paths:
            session.get(path)  # warm-up: the first request opens database connections and fills caches
            times = []
            for _ in range(args.samples):
                status, _, _, ms = session.get(path)
                if status != 200:
                    broken.append((email, path, status))
                    break
                if ms is None:
                    untimed.append(path)
                    break
                times.append(ms)
            if times:
                kind = kind_of(path)
                samples[kind] += times
                median = statistics.median(times)
                if median > slowest_user.get(kind, (-1, ""))[0]:
                    slowest_user[kind] = (median, email)
        print(f"[{number}/{len(args.users)}] {email}: {len(paths)} pages", file=sys.stderr)

    rows = sorted(((statistics.median(t), max(t), len(t), kind) for kind, t in samples.items()), reverse=True)
    over = [r for r in rows if args.budget_ms is not None and r[0] > args.budget_ms]
    if args.json:
        print(json.dumps({
            "pages": [{"page": k, "medianMs": round(m, 2), "maxMs": round(x, 2), "samples": n,
                       "slowestFor": slowest_user[k][1]} for m, x, n, k in rows],
            "broken": [{"user": u, "path": p, "status": s} for u, p, s in broken],
            "budgetMs": args.budget_ms, "overBudget": [k for _, _, _, k in over],
        }, indent=2))
    else:
        print(f"{'median ms':>9} {'max ms':>8} {'n':>5}  page (slowest for)")
        for median, maximum, count, kind in rows:
            print(f"{median:9.1f} {maximum:8.1f} {count:5d}  {kind} ({slowest_user[kind][1]})")
        all_times = [t for times in samples.values() for t in times]
        if all_times:
            print(f"{len(rows)} kinds of page, {len(all_times)} requests; median of all {statistics.median(all_times):.1f} ms")
    for user, path, status in broken:
        print(f"page_times: {path} answered {status} for {user}", file=sys.stderr)
    for path in untimed:
        print(f"page_times: {path} has no Server-Timing header", file=sys.stderr)
    for median, _, _, kind in over:
        print(f"page_times: {kind} median {median:.1f} ms is over the {args.budget_ms:g} ms budget", file=sys.stderr)
    return 1 if broken or untimed or over else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""HiGHS reference for bwu-plan/1 models: the LP-relaxation yardstick.

Usage: highs_reference.py MODEL.json [--plan PLAN.json] [--json] [--solver ipm|simplex|choose] [--per-demand]

Builds the linear-programming relaxation of the model (lot rules relaxed,
quantities continuous) and solves it lexicographically by priority, as
shared/spec/plan-format.md describes: maximise the on-time value of
priority-1 demands, fix that optimum as a constraint, maximise priority 2,
and so on. Prints, per priority and overall, the on-time-fill bound and the
solve time. With --plan it also prints the plan's own on-time fills and the
gap to the bound in percentage points. --per-demand adds (to --json) the
on-time quantity of each demand in the final LP solution.

Needs `pip install highspy` (1.15.1; it brings numpy).
"""
import json
import sys
import time
from collections import defaultdict

import highspy
import numpy as np


def per_bucket(value, n):
    if value is None:
        return None
    if isinstance(value, list):
        return [float(v) for v in value]
    return [float(value)] * n


class LP:
    """Columns with bounds, and rows collected as coordinate triples."""

    def __init__(self):
        self.lower, self.upper = [], []
        self.rows_lower, self.rows_upper = [], []
        self.r, self.c, self.v = [], [], []

    def col(self, lo, hi):
        self.lower.append(lo)
        self.upper.append(hi)
        return len(self.lower) - 1

    def row(self, lo, hi, entries):
        k = len(self.rows_lower)
        self.rows_lower.append(lo)
        self.rows_upper.append(hi)
        for col, val in entries:
            self.r.append(k)
            self.c.append(col)
            self.v.append(val)
        return k


def build(model):
    H = int(model["horizon"]["buckets"])
    inf = highspy.kHighsInf
    items = [i["id"] for i in model.get("items", [])]
    lp = LP()
    # Net flow of each item and bucket, as (column, coefficient) entries plus a constant.
    flow = {(i, t): [] for i in items for t in range(H)}
    const = defaultdict(float)
    load = defaultdict(list)
    spend = defaultdict(list)
    for s in model.get("onHand", []):
        const[(s["item"], 0)] += float(s["qty"])
    for r in model.get("receipts", []):
        const[(r["item"], int(r["bucket"]))] += float(r["qty"])
    for o in model.get("operations", []):
        L = int(o.get("leadTime", 0))
        cost = float(o.get("unitCost", 0))
        for s in range(0, H - L):
            x = lp.col(0.0, inf)
            flow[(o["item"], s + L)].append((x, 1.0))
            for c in o.get("consumes", []):
                flow[(c["item"], s)].append((x, -float(c["qty"])))
            for l in o.get("loads", []):
                load[(l["resource"], s)].append((x, float(l["perUnit"])))
            if cost:
                spend[s].append((x, cost))
    for p in model.get("purchases", []):
        L = int(p.get("leadTime", 0))
        cost = float(p.get("unitCost", 0))
        cap = per_bucket(p.get("capacity"), H)
        for s in range(0, H - L):
            y = lp.col(0.0, cap[s] if cap else inf)
            flow[(p["item"], s + L)].append((y, 1.0))
            if cost:
                spend[s].append((y, cost))
    # On-time deliveries: delivering as late as still on time is never worse for stock.
    demand_cols = []
    for d in model.get("demands", []):
        w = lp.col(0.0, float(d["qty"]))
        demand_cols.append((d, w))
        flow[(d["item"], min(int(d["due"]), H - 1))].append((w, -1.0))
    # Stock balance: I[t] - I[t-1] - flow(t) = constant(t), I >= 0.
    for i in items:
        prev = None
        for t in range(H):
            stock = lp.col(0.0, inf)
            entries = [(stock, 1.0)] + [(col, -val) for col, val in flow[(i, t)]]
            if prev is not None:
                entries.append((prev, -1.0))
            k = const[(i, t)]
            lp.row(k, k, entries)
            prev = stock
    for r in model.get("resources", []):
        cap = per_bucket(r["capacity"], H)
        for t in range(H):
            if load[(r["id"], t)]:
                lp.row(-inf, cap[t], load[(r["id"], t)])
    budget = model.get("budget")
    if budget is not None:
        # Money rows are scaled so that unit costs are at most 1: large money
        # coefficients next to piece counts slow the simplex down badly.
        scale = max([1.0] + [abs(v) for t in range(H) for _, v in spend[t]])
        prev = None
        for t in range(H):
            money = lp.col(0.0, inf)
            entries = [(money, 1.0)] + [(col, v / scale) for col, v in spend[t]]
            if prev is not None:
                entries.append((prev, -1.0))
            release = (float(budget[t]) if t < len(budget) else 0.0) / scale
            lp.row(release, release, entries)
            prev = money
    return lp, demand_cols


def solve(model, solver="ipm"):
    started = time.perf_counter()
    lp, demand_cols = build(model)
    n, m = len(lp.lower), len(lp.rows_lower)
    rows, cols, vals = np.array(lp.r, dtype=np.int64), np.array(lp.c, dtype=np.int64), np.array(lp.v)
    order = np.lexsort((rows, cols))
    rows, cols, vals = rows[order], cols[order], vals[order]
    starts = np.searchsorted(cols, np.arange(n + 1)).astype(np.int32)
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("solver", solver)
    model_lp = highspy.HighsLp()
    model_lp.num_col_, model_lp.num_row_ = n, m
    model_lp.col_cost_ = np.zeros(n)
    model_lp.col_lower_, model_lp.col_upper_ = np.array(lp.lower), np.array(lp.upper)
    model_lp.row_lower_, model_lp.row_upper_ = np.array(lp.rows_lower), np.array(lp.rows_upper)
    model_lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    model_lp.a_matrix_.start_ = starts
    model_lp.a_matrix_.index_ = rows.astype(np.int32)
    model_lp.a_matrix_.value_ = vals
    model_lp.sense_ = highspy.ObjSense.kMaximize
    h.passModel(model_lp)
    built = time.perf_counter()

    by_priority = defaultdict(list)
    for d, w in demand_cols:
        by_priority[int(d.get("priority", 1))].append((d, w))
    result = {"priorities": {}, "columns": n, "rows": m, "buildSeconds": built - started}
    solve_seconds = 0.0
    total_value = sum(float(d.get("value", 1)) * float(d["qty"]) for d, _ in demand_cols)
    total_on = 0.0
    previous = []
    for p in sorted(by_priority):
        if previous:
            h.changeColsCost(len(previous), np.array(previous, dtype=np.int32), np.zeros(len(previous)))
        group = by_priority[p]
        idx = np.array([w for _, w in group], dtype=np.int32)
        weights = np.array([float(d.get("value", 1)) for d, _ in group])
        h.changeColsCost(len(idx), idx, weights)
        t0 = time.perf_counter()
        h.run()
        solve_seconds += time.perf_counter() - t0
        status = h.modelStatusToString(h.getModelStatus())
        best = h.getInfo().objective_function_value
        denominator = float(sum(weights[k] * float(d["qty"]) for k, (d, _) in enumerate(group)))
        result["priorities"][str(p)] = {"bound": best / denominator if denominator else 1.0, "value": best, "status": status}
        total_on += best
        # Fix this level's optimum (less a hair for round-off) before the next level.
        h.addRow(best - 1e-7 * max(1.0, abs(best)), highspy.kHighsInf, len(idx), idx, weights)
        previous = list(idx)
    values = h.getSolution().col_value
    # On-time quantity of each demand in the final (lowest-priority) solution.
    result["demands"] = {d["id"]: values[w] for d, w in demand_cols}
    result["overall"] = total_on / total_value if total_value else 1.0
    result["solveSeconds"] = solve_seconds
    return result


def plan_fills(model, plan):
    demands = {d["id"]: d for d in model.get("demands", [])}
    num, den = defaultdict(float), defaultdict(float)
    for d in demands.values():
        den[int(d.get("priority", 1))] += float(d.get("value", 1)) * float(d["qty"])
    for x in plan.get("deliveries", []):
        d = demands[x["demand"]]
        if x["bucket"] <= int(d["due"]):
            num[int(d.get("priority", 1))] += float(d.get("value", 1)) * float(x["qty"])
    fills = {str(p): (num[p] / den[p] if den[p] else 1.0) for p in sorted(den)}
    total = sum(den.values())
    return fills, (sum(num.values()) / total if total else 1.0)


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    plan_path = None
    solver = "ipm"
    if "--plan" in argv:
        plan_path = argv[argv.index("--plan") + 1]
        args.remove(plan_path)
    if "--solver" in argv:
        solver = argv[argv.index("--solver") + 1]
        args.remove(solver)
    if len(args) != 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    model = json.load(open(args[0]))
    result = solve(model, solver)
    if plan_path:
        fills, overall = plan_fills(model, json.load(open(plan_path)))
        result["plan"] = {"priorities": fills, "overall": overall}
    if "--per-demand" not in argv:
        del result["demands"]
    if "--json" in argv:
        print(json.dumps(result, sort_keys=True))
        return 0
    print(f"LP {result['columns']} columns x {result['rows']} rows, built in {result['buildSeconds']:.2f} s, "
          f"solved in {result['solveSeconds']:.3f} s")
    for p, r in result["priorities"].items():
        line = f"priority {p}: on-time-fill bound {r['bound'] * 100:.2f}% ({r['status']})"
        if plan_path:
            got = result["plan"]["priorities"][p]
            line += f"  plan {got * 100:.2f}%  gap {(r['bound'] - got) * 100:.2f} pp"
        print(line)
    line = f"overall: on-time-fill bound {result['overall'] * 100:.2f}%"
    if plan_path:
        got = result["plan"]["overall"]
        line += f"  plan {got * 100:.2f}%  gap {(result['overall'] - got) * 100:.2f} pp"
    print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

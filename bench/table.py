"""Prints bench/run.sh's results (JSON lines) as one markdown table.

    python3 table.py RESULTS.jsonl DUMP_BYTES
"""

import json
import os
import platform
import sys
from datetime import datetime, timezone


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main():
    results = load(sys.argv[1])
    dump_bytes = int(sys.argv[2])
    by = {}
    rss = {}
    latency = {}
    for r in results:
        if r["what"] == "rss":
            # A label measured more than once keeps its fastest run.
            if r["label"] not in rss or r["secs"] < rss[r["label"]]["secs"]:
                rss[r["label"]] = r
        elif r["what"] in ("latency", "wasm-latency"):
            latency[(r["what"], r["target"])] = r
        else:
            by[(os.path.basename(r["input"]), r["what"])] = r

    def get(inp, what):
        return by.get((inp, what))

    def rate(r):
        if r is None:
            return "n/a"
        errors = f", {r['errors']} failed" if r.get("errors") else ""
        if r.get("warnings"):
            errors += f", {r['warnings']} unsupported warnings"
        return f"{r['mb_per_s']:.2f} MB/s, {r['statements_per_s']:,.0f} st/s{errors}"

    def ratio(a, b):
        return "n/a" if a is None or b is None else f"{a['mb_per_s'] / b['mb_per_s']:.2f}"

    rows = []
    for inp in ("mixed_1mb.sql", "mixed_10mb.sql"):
        size = inp.split("_")[1].split(".")[0].upper()
        ceiling = get(inp, "ceiling")
        rows.append((f"pgshift translate, mixed {size}", rate(get(inp, "sqlite")), rate(get(inp, "mysql"))))
        rows.append((f"sqlparser ceiling (split+parse+to_string), mixed {size}", rate(ceiling), "same"))
        rows.append(
            (
                f"**pgshift / ceiling**, mixed {size} (goal ≥ 0.8)",
                ratio(get(inp, "sqlite"), ceiling),
                ratio(get(inp, "mysql"), ceiling),
            )
        )
        rows.append((f"sqlglot transpile, mixed {size}", rate(get(inp, "sqlglot-sqlite")), rate(get(inp, "sqlglot-mysql"))))
        rows.append(
            (
                f"**pgshift / sqlglot**, mixed {size}",
                ratio(get(inp, "sqlite"), get(inp, "sqlglot-sqlite")),
                ratio(get(inp, "mysql"), get(inp, "sqlglot-mysql")),
            )
        )
    for inp in ("chinook.sql", "northwind.sql"):
        if get(inp, "sqlite"):
            rows.append((f"pgshift translate, {inp[:-4]} dump", rate(get(inp, "sqlite")), rate(get(inp, "mysql"))))
    copy = ("copy_64mb.sql",)
    rows.append(
        (
            "**COPY fast path**, 64 MB COPY block, streamed as the CLI does (goal ≥ 300 MB/s)",
            rate(get(copy[0], "sqlite")).split(",")[0],
            rate(get(copy[0], "mysql")).split(",")[0],
        )
    )
    rows.append(
        (
            "COPY through `translate_with` (the whole output kept and joined in memory)",
            rate(get(copy[0], "sqlite-translate_with")).split(",")[0],
            rate(get(copy[0], "mysql-translate_with")).split(",")[0],
        )
    )

    def mem(label):
        r = rss.get(label)
        return "n/a" if r is None else f"{r['rss_kb'] / 1024:.0f} MB ({r['secs']:.1f} s)"

    rows.append(("peak RSS (wall time), pgshift library, mixed 1 MB", mem("library mixed_1mb"), ""))
    rows.append(("peak RSS (wall time), pgshift library, mixed 10 MB", mem("library mixed_10mb"), ""))
    rows.append(("peak RSS (wall time), pgshift CLI, mixed 1 MB (diagnostics rendered)", mem("pgshift mixed_1mb"), ""))
    rows.append(("peak RSS (wall time), pgshift CLI, dump 10 MB", mem("pgshift dump_10mb"), ""))
    rows.append((f"peak RSS (wall time), pgshift CLI, dump {dump_bytes / 2**30:.2f} GB", mem("pgshift dump_big"), ""))
    rows.append(("peak RSS (wall time), sqlglot, mixed 10 MB (both targets)", mem("sqlglot mixed_10mb"), ""))

    def cores(one, two):
        a, b = rss.get(one), rss.get(two)
        if a is None or b is None:
            return "n/a (no `--jobs` in this CLI)"
        return f"{a['secs']:.1f} s → {b['secs']:.1f} s (×{a['secs'] / b['secs']:.2f})"

    rows.append((f"CLI 1 core → 2 cores, dump {dump_bytes / 2**30:.2f} GB", cores("cli jobs1", "cli jobs2"), ""))
    rows.append(("CLI 1 core → 2 cores, mixed 10 MB (warnings rendered)",
                 cores("cli mixed jobs1 sqlite", "cli mixed jobs2 sqlite"),
                 cores("cli mixed jobs1 mysql", "cli mixed jobs2 mysql")))

    def lat(kind, target):
        r = latency.get((kind, target))
        if r is None:
            return "n/a (wasm/pkg not built)" if kind == "wasm-latency" else "n/a"
        return f"p50 {r['p50_us']:.0f} µs, p99 {r['p99_us']:.0f} µs"

    rows.append(("latency, 198-byte app query, native", lat("latency", "sqlite"), lat("latency", "mysql")))
    rows.append(("latency, same query, WASM in Node", lat("wasm-latency", "sqlite"), lat("wasm-latency", "mysql")))

    glot = next((r for r in results if r["what"].startswith("sqlglot")), None)
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            cpu = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    print(f"Measured {when} on {platform.system()} {platform.machine()}, {os.cpu_count()} cores ({cpu}).")
    if glot:
        print(f"sqlglot {glot['version']}, compiled modules (sqlglot[c]) loaded: {glot['compiled']}.")
    print()
    print("| measure | to SQLite | to MySQL |")
    print("|---|---|---|")
    for name, a, b in rows:
        print(f"| {name} | {a} | {b} |")


if __name__ == "__main__":
    main()

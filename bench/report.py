#!/usr/bin/env python3
"""Turns bench/out/results.tsv into a Markdown table, the targets verdict and a gnuplot script (stdlib only).

report.py RESULTS.tsv SMALL.json OUTDIR CORES MEMORY   writes OUTDIR/results.md and OUTDIR/chart.gp
report.py --splice RESULTS.md DOC.md                   replaces the text between the results markers in DOC.md
"""
import csv
import json
import os
import platform
import sys

BEGIN = "<!-- results:begin (written by bench/run.sh) -->"
END = "<!-- results:end -->"


def splice(results_md, doc):
    new = open(results_md, encoding="utf-8").read().strip()
    text = open(doc, encoding="utf-8").read() if os.path.exists(doc) else f"# Benchmarks\n\n{BEGIN}\n{END}\n"
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < 0:
        text = text.rstrip() + f"\n\n{BEGIN}\n{END}\n"
        start, end = text.find(BEGIN), text.find(END)
    text = text[: start + len(BEGIN)] + "\n" + new + "\n" + text[end:]
    open(doc, "w", encoding="utf-8").write(text)


def main(results, small_json, out, cores, memory):
    rows = list(csv.DictReader(open(results, encoding="utf-8"), delimiter="\t"))
    for r in rows:
        r["files"], r["bytes"], r["runs"] = int(r["files"]), int(r["bytes"]), int(r["runs"])
        r["seconds"], r["peak_kb"] = float(r["seconds"]), int(r["peak_kb"])
        r["files_s"] = r["files"] / r["seconds"]
        r["mb_s"] = r["bytes"] / 1e6 / r["seconds"]
    small = json.load(open(small_json)) if os.path.exists(small_json) else {"results": []}

    labels = {
        "lint": "Lint (Native AOT, or ReadyToRun where clang is missing)",
        "lint-jit": "Lint (JIT, `dotnet lint.dll`)",
        "lint-jobs1": "Lint (same build, one job: `--jobs 1`)",
    }
    lines = []
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.machine())
    lines.append(f"Machine: {cores} cores ({cpu}), {memory}, {platform.system()} {platform.release()}.")
    lines.append("")
    lines.append("| tool | corpus | files | MB | wall s | files/s | MB/s | peak RSS MB | findings | runs |")
    lines.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        lines.append(
            f"| {labels.get(r['tool'], r['tool'])} | {r['corpus']} | {r['files']:,} | {r['bytes'] / 1e6:.2f} | {r['seconds']:.2f} | "
            f"{r['files_s']:,.1f} | {r['mb_s']:.2f} | {r['peak_kb'] / 1024:.0f} | {r['findings'] or '?'} | {r['runs']} |"
        )
    lines.append("")
    lines.append("Wall time and peak RSS are for the whole process (`/usr/bin/time -v`), median of the runs shown.")
    lines.append("")
    if small["results"]:
        lines.append("One small article, start to finish (hyperfine, 30 runs after 3 warm-ups):")
        lines.append("")
        lines.append("| command | mean ms | σ ms | min ms |")
        lines.append("| --- | ---: | ---: | ---: |")
        for s in small["results"]:
            lines.append(f"| {s['command']} | {s['mean'] * 1000:.0f} | {s['stddev'] * 1000:.0f} | {s['min'] * 1000:.0f} |")
        lines.append("")

    def get(tool, corpus):
        return next((r for r in rows if r["tool"] == tool and r["corpus"] == corpus), None)

    verdicts = []
    lint1k = get("lint", "n1000")

    def ratio(peer, need):
        p = get(peer, "n1000")
        if not (lint1k and p):
            return f"| ≥ {need}× {peer} files/s on n1000 | not measured (peer skipped) | – |"
        x = lint1k["files_s"] / p["files_s"]
        return f"| ≥ {need}× {peer} files/s on n1000 | {x:.1f}× ({lint1k['files_s']:.0f} vs {p['files_s']:.1f} files/s) | {'met' if x >= need else 'MISSED'} |"

    verdicts.append(ratio("write-good", 10))
    verdicts.append(ratio("harper.js", 200))
    n10k = get("lint", "n10000")
    verdicts.append(
        f"| ≥ 50 MB/s on n10000 | {n10k['mb_s']:.1f} MB/s | {'met' if n10k['mb_s'] >= 50 else 'MISSED'} |" if n10k else "| ≥ 50 MB/s on n10000 | not measured (--quick) | – |"
    )
    lint_rows = [r for r in rows if r["tool"] == "lint"]
    by_size = sorted((r for r in lint_rows if r["corpus"].startswith("n")), key=lambda r: r["files"])
    peak = max((r["peak_kb"] for r in by_size), default=0) / 1024
    growth = " → ".join(f"{r['peak_kb'] / 1024:.0f}" for r in by_size)
    # Flat: ten times the articles (1,000 → 10,000) costs at most a quarter more. The 100-article run ends before the
    # runtime's heap reaches its working size, so it measures start-up rather than growth.
    flat = len(by_size) < 2 or by_size[-1]["peak_kb"] <= by_size[-2]["peak_kb"] * 1.25
    verdicts.append(f"| peak RSS < 200 MB on the corpora, flat in article count (n1000 → n10000 within 25 %) | n100→…→n10000: {growth} MB | {'met' if peak < 200 and flat else 'MISSED'} |")
    big = get("lint", "big/article-50mb.txt")
    if big:
        # One article is held whole (its text as UTF-16 and its segments), so its memory follows its size.
        verdicts.append(f"| peak RSS < 200 MB on the one 50 MB article | {big['peak_kb'] / 1024:.0f} MB | {'met' if big['peak_kb'] / 1024 < 200 else 'MISSED'} |")
    if big and n10k:
        verdicts.append(
            f"| 50 MB file at about the corpus's MB/s | {big['mb_s']:.1f} MB/s vs {n10k['mb_s']:.1f} MB/s | {'met' if big['mb_s'] >= 0.7 * n10k['mb_s'] else 'MISSED'} |"
        )
    else:
        verdicts.append("| 50 MB file at about the corpus's MB/s | not measured (--quick) | – |")
    r2r = next((s for s in small["results"] if "Native AOT" in s["command"]), None) or next((s for s in small["results"] if "ReadyToRun" in s["command"]), None)
    verdicts.append(
        f"| one small article < 100 ms | {r2r['mean'] * 1000:.0f} ms mean, {r2r['min'] * 1000:.0f} ms best ({r2r['command']}) | {'met' if r2r['mean'] < 0.1 else 'MISSED'} |" if r2r else "| one small article < 100 ms | not measured | – |"
    )
    lines.append("| target | measured | verdict |")
    lines.append("| --- | --- | --- |")
    lines.extend(verdicts)
    lines.append("")
    lines.append("![files per second on the 1,000-article corpus, log scale](benchmarks.png)")
    open(os.path.join(out, "results.md"), "w", encoding="utf-8").write("\n".join(lines) + "\n")

    # Chart: files/s of every tool on n1000, log scale.
    chart = [r for r in rows if r["corpus"] == "n1000"]
    chart.sort(key=lambda r: -r["files_s"])
    data = os.path.join(out, "chart.dat")
    with open(data, "w", encoding="utf-8") as f:
        for r in chart:
            name = labels.get(r["tool"], r["tool"]).split(":")[0].replace("`", "").replace('"', "")
            f.write(f'"{name}" {r["files_s"]:.3f}\n')
    gp = f"""set terminal pngcairo noenhanced size 1000,520 font "DejaVu Sans,11"
set output "{os.path.join(out, 'benchmarks.png')}"
set termoption noenhanced
set title "Whole-process throughput, 1,000 news articles ({sum(1 for _ in chart) and chart[0]['bytes'] / 1e6:.1f} MB), {cores} cores"
set ylabel "files per second (log scale; higher is better)"
set logscale y
set yrange [0.5:*]
set style data histograms
set style fill solid 0.85 border -1
set boxwidth 0.7
set grid ytics
set xtics rotate by -20 left
unset key
plot "{data}" using 2:xtic(1) linecolor rgb "#3b6ea8", '' using 0:($2*1.15):(sprintf("%.1f",$2)) with labels notitle
"""
    open(os.path.join(out, "chart.gp"), "w", encoding="utf-8").write(gp)


if __name__ == "__main__":
    if sys.argv[1] == "--splice":
        splice(sys.argv[2], sys.argv[3])
    else:
        main(*sys.argv[1:6])

#!/usr/bin/env bash
# No quadratic step, checked whole-process (CI runs this after the tests): `lint check` on twice the input must take
# less than three times as long. From the deterministic corpus generator, 500 and 1,000 articles (the 1,000 include
# the 500), and one 4 MB and one 8 MB article; then a whole article on one line, 330 KB and 660 KB, with a doubled word
# in every sentence (16,500 and 33,000 findings), as SARIF and as text with frames: snippets, context regions, frames
# and fingerprints must cost per finding, not per finding times the line. Each time is the best of three runs, so a
# busy machine slows both sides alike; a quadratic step shows as a ratio near 4. Prints the ratios; exit 1 if one is
# 3 or more.
#
#   bench/linearity.sh
set -euo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
OUT="$BENCH/out/linearity"
rm -rf "$OUT"; mkdir -p "$OUT"
dotnet build -c Release "$ROOT/src/Lint.Cli" -nologo -v q -o "$OUT/lint" >"$OUT/build.log" 2>&1 || { cat "$OUT/build.log"; exit 1; }
dotnet run -c Release --project "$BENCH/CorpusGenerator" -- "$OUT/articles" --sizes 500,1000 --big-mb 0 >/dev/null
dotnet run -c Release --project "$BENCH/CorpusGenerator" -- "$OUT/big4" --sizes 0 --big-mb 4 >/dev/null
dotnet run -c Release --project "$BENCH/CorpusGenerator" -- "$OUT/big8" --sizes 0 --big-mb 8 >/dev/null
python3 - "$OUT" <<'PY'
import subprocess, sys, time
out = sys.argv[1]
def lint(format):
    return ["dotnet", f"{out}/lint/lint.dll", "check", "--as-of", "2026-11-22", "--format", format, "--output", f"{out}/result.{format}"]
for sentences in (16_500, 33_000):
    with open(f"{out}/one-line-{sentences}.txt", "w", encoding="utf-8") as f:
        f.write("We saw the the dog. " * sentences + "\n")
def best(path, format="sarif"):
    times = []
    for _ in range(3):
        start = time.perf_counter()
        code = subprocess.run(lint(format) + [path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        times.append(time.perf_counter() - start)
        if code not in (0, 1):
            sys.exit(f"lint check {path} exited with {code}")
    return min(times)
failed = False
for name, small, large, format in [
        ("articles: 500 → 1,000", f"{out}/articles/n500", f"{out}/articles/n1000", "sarif"),
        ("one article: 4 MB → 8 MB", f"{out}/big4/big", f"{out}/big8/big", "sarif"),
        ("one line, SARIF: 330 KB → 660 KB", f"{out}/one-line-16500.txt", f"{out}/one-line-33000.txt", "sarif"),
        ("one line, text with frames: 330 KB → 660 KB", f"{out}/one-line-16500.txt", f"{out}/one-line-33000.txt", "text")]:
    a, b = best(small, format), best(large, format)
    ratio = b / a
    verdict = "ok" if ratio < 3 else "QUADRATIC?"
    failed |= ratio >= 3
    print(f"linearity {name}: {a:.2f} s → {b:.2f} s, ratio {ratio:.2f} (limit 3): {verdict}")
sys.exit(1 if failed else 0)
PY

#!/usr/bin/env bash
# BenchmarkDotNet micro-benchmarks and the Stopwatch profile, built from a snapshot of the work tree in bench/out/
# (so they never write into src/*/bin or obj while others build there).
#
#   bench/micro.sh                       every benchmark (parser, each check kind, whole article, pack load)
#   bench/micro.sh --filter '*Parser*'   any BenchmarkDotNet arguments; add --job short for a quick look
#   bench/micro.sh profile [FOLDER [BIGFILE]]
#                                        single-threaded Stopwatch + allocation breakdown of `lint check`
#                                        (defaults: bench/out/corpus/n1000 and the 50 MB file; run bench/run.sh first)
set -euo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
OUT="$BENCH/out"
SNAP="$OUT/micro-build"
rm -rf "$SNAP"; mkdir -p "$SNAP/bench"
(cd "$ROOT" && tar --exclude='*/bin' --exclude='*/obj' -cf - src rules docs/rules Directory.Build.props Directory.Packages.props global.json) | (cd "$SNAP" && tar -xf -)
(cd "$BENCH" && tar --exclude='*/bin' --exclude='*/obj' -cf - Directory.Packages.props CorpusGenerator Lint.Benchmarks) | (cd "$SNAP/bench" && tar -xf -)
dotnet build -c Release "$SNAP/bench/Lint.Benchmarks" -nologo -v q -o "$OUT/micro" >"$OUT/micro-build.log" 2>&1 || { cat "$OUT/micro-build.log"; exit 1; }
if [[ "${1:-}" == profile ]]; then
  exec dotnet "$OUT/micro/Lint.Benchmarks.dll" profile "${2:-$OUT/corpus/n1000}" "${3:-$OUT/corpus/big/article-50mb.txt}"
fi
# In-process: the snapshot copy would make BenchmarkDotNet find two Lint.Benchmarks.csproj when it generates a project.
cd "$OUT" && exec dotnet "$OUT/micro/Lint.Benchmarks.dll" --inProcess "${@:---filter=*}"

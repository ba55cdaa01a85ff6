#!/usr/bin/env bash
# One command for the whole-process benchmark: builds Lint (JIT and ReadyToRun) from a snapshot of the work tree,
# generates the corpora, installs the peers when missing, times every tool on the same corpus in the same run,
# and writes the table into docs/benchmarks.md and the chart into docs/benchmarks.png.
#
#   bench/run.sh            full run (the slow peers take several minutes each on the 1,000-article corpus)
#   bench/run.sh --quick    skips proselint, textlint and harper.js, and the 10,000-article and 50 MB runs
#   bench/run.sh --no-docs  writes results under bench/out/ only
#
# Needs: dotnet, node/npm, python3, /usr/bin/time; installs python3-proselint, hyperfine and gnuplot-nox with apt.
set -euo pipefail

QUICK=0
DOCS=1
for arg in "$@"; do
  case "$arg" in
    --quick) QUICK=1 ;;
    --no-docs) DOCS=0 ;;
    *) echo "usage: bench/run.sh [--quick] [--no-docs]" >&2; exit 2 ;;
  esac
done

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
OUT="$BENCH/out"
CORPUS="$OUT/corpus"
RAW="$OUT/raw"
RESULTS="$OUT/results.tsv"
ASOF=2026-11-22
mkdir -p "$OUT" "$RAW"

log() { printf '\n== %s\n' "$*" >&2; }

# ---------------------------------------------------------------- tools
need_apt=()
command -v proselint >/dev/null || [[ $QUICK == 1 ]] || need_apt+=(python3-proselint)
command -v hyperfine >/dev/null || need_apt+=(hyperfine)
command -v gnuplot >/dev/null || need_apt+=(gnuplot-nox)
[[ -x /usr/bin/time ]] || need_apt+=(time)
if ((${#need_apt[@]})); then
  log "apt-get install ${need_apt[*]}"
  SUDO=""; [[ $(id -u) == 0 ]] || SUDO=sudo
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
if [[ ! -x "$BENCH/peers/node_modules/.bin/textlint" || ! -d "$BENCH/peers/node_modules/harper.js" ]]; then
  log "npm ci (bench/peers)"
  (cd "$BENCH/peers" && npm ci --no-audit --no-fund --silent)
fi

# ---------------------------------------------------------------- build Lint from a snapshot
# Built in bench/out/build so that the benchmark never touches src/*/bin or obj while others build there.
log "build Lint (Release: JIT and ReadyToRun)"
SNAP="$OUT/build"
rm -rf "$SNAP"; mkdir -p "$SNAP"
(cd "$ROOT" && tar --exclude='*/bin' --exclude='*/obj' -cf - src rules docs/rules Directory.Build.props Directory.Packages.props global.json) | (cd "$SNAP" && tar -xf -)
dotnet build -c Release "$SNAP/src/Lint.Cli" -nologo -v q -o "$OUT/lint-jit" >"$RAW/build-jit.log" 2>&1 || { cat "$RAW/build-jit.log"; exit 1; }
dotnet publish -c Release "$SNAP/src/Lint.Cli" -nologo -v q -r linux-x64 --self-contained false \
  -p:PublishReadyToRun=true -o "$OUT/lint-r2r" >"$RAW/build-r2r.log" 2>&1 || { cat "$RAW/build-r2r.log"; exit 1; }
LINT_JIT=(dotnet "$OUT/lint-jit/lint.dll")
LINT_R2R=("$OUT/lint-r2r/lint")
# Native AOT (the shipped recommendation for one-article runs: no JIT at start-up) needs clang from Debian.
command -v clang >/dev/null || { apt-get install -y clang lld >"$RAW/apt-clang.log" 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y clang lld >"$RAW/apt-clang.log" 2>&1; }; }
LINT_MAIN=("${LINT_R2R[@]}")
if dotnet publish -c Release "$SNAP/src/Lint.Cli" -nologo -v q -r linux-x64 -p:LintNativeAot=true -o "$OUT/lint-aot" >"$RAW/build-aot.log" 2>&1; then
  LINT_MAIN=("$OUT/lint-aot/lint")
else
  log "Native AOT build failed (see $RAW/build-aot.log); measuring ReadyToRun"
fi

# ---------------------------------------------------------------- corpora
log "generate corpora"
dotnet build -c Release "$BENCH/CorpusGenerator" -nologo -v q -o "$OUT/generator" >"$RAW/build-generator.log" 2>&1 || { cat "$RAW/build-generator.log"; exit 1; }
if [[ $QUICK == 1 ]]; then
  dotnet "$OUT/generator/corpus-generator.dll" "$CORPUS" --sizes 100,1000 --big-mb 0
else
  dotnet "$OUT/generator/corpus-generator.dll" "$CORPUS"
fi

# ---------------------------------------------------------------- runs
# measure TOOL CORPUS RUNS -- command...: whole process under /usr/bin/time -v; keeps the run with the median wall time.
printf 'tool\tcorpus\tfiles\tbytes\tseconds\tpeak_kb\tfindings\truns\n' >"$RESULTS"
measure() {
  local tool="$1" corpus="$2" runs="$3"; shift 4
  local path="$CORPUS/$corpus" files bytes
  if [[ -d "$path" ]]; then files=$(find "$path" -type f | wc -l); bytes=$(find "$path" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
  else files=1; bytes=$(stat -c %s "$path"); fi
  local rows=()
  for ((r = 1; r <= runs; r++)); do
    local stem="$RAW/$tool-${corpus//\//_}-$r"
    # Fresh caches: proselint memoizes results per text under ~/.cache, which a new article never hits.
    local cache; cache=$(mktemp -d)
    XDG_CACHE_HOME="$cache" /usr/bin/time -v -o "$stem.time" "$@" "$path" >"$stem.out" 2>"$stem.err" || true
    rm -rf "$cache"
    local secs kb
    secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$stem.time")
    kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$stem.time")
    rows+=("$secs $kb $stem")
    printf '  %-10s %-22s run %d: %8.2f s %8d KB\n' "$tool" "$corpus" "$r" "$secs" "$kb" >&2
  done
  local median; median=$(printf '%s\n' "${rows[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
  read -r secs kb stem <<<"$median"
  local findings; findings=$(count_findings "$tool" "$stem")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$corpus" "$files" "$bytes" "$secs" "$kb" "$findings" "$runs" >>"$RESULTS"
}

count_findings() {
  local tool="$1" stem="$2"
  case "$tool" in
    lint*) sed -n 's/.*files\{0,1\} checked: \([0-9]*\) errors\{0,1\}, \([0-9]*\) warnings\{0,1\}, \([0-9]*\) suggestions\{0,1\}.*/\1 \2 \3/p' "$stem.out" | tail -1 | awk '{print $1+$2+$3}' ;;
    proselint) grep -c '' "$stem.out" || true ;;
    textlint) grep -Eo '^[0-9]+ problems?' "$stem.out" | awk '{print $1}' | tail -1 | grep . || echo 0 ;;
    write-good) grep -c ' on line ' "$stem.out" || true ;;
    alex) grep -Eo '[0-9]+ (warnings?|errors?)' "$stem.err" | awk '{s+=$1} END {print s+0}' ;;
    harper.js) sed -n 's/.* files, \([0-9]*\) lints/\1/p' "$stem.out" ;;
  esac
}

PEERS="$BENCH/peers/node_modules/.bin"
HARPER=(node "$BENCH/peers/harper-cli.mjs")
TEXTLINT=("$PEERS/textlint" --config "$BENCH/peers/.textlintrc.json" --format compact)
ALEX=("$PEERS/alex")
# write-good takes files, not folders: a wrapper expands the folder.
WRITEGOOD=(bash -c 'find "$0" -type f \( -name "*.txt" -o -name "*.md" \) -print0 | sort -z | xargs -0 "'"$PEERS"'/write-good"')
PROSELINT=(bash -c 'find "$0" -type f \( -name "*.txt" -o -name "*.md" \) -print0 | sort -z | xargs -0 proselint --compact')

log "whole-process runs on the 1,000-article corpus (same run, one tool at a time)"
measure lint n1000 3 -- "${LINT_MAIN[@]}" check --as-of "$ASOF"
measure lint-jit n1000 3 -- "${LINT_JIT[@]}" check --as-of "$ASOF"
measure write-good n1000 3 -- "${WRITEGOOD[@]}"
measure alex n1000 1 -- "${ALEX[@]}"

log "Lint on every size"
measure lint n100 3 -- "${LINT_MAIN[@]}" check --as-of "$ASOF"
measure lint single/article.txt 3 -- "${LINT_MAIN[@]}" check --as-of "$ASOF"
measure lint-jobs1 n1000 3 -- "${LINT_MAIN[@]}" check --jobs 1 --as-of "$ASOF"
if [[ $QUICK == 0 ]]; then
  measure lint n10000 3 -- "${LINT_MAIN[@]}" check --as-of "$ASOF"
  measure lint big/article-50mb.txt 3 -- "${LINT_MAIN[@]}" check --as-of "$ASOF"
fi

log "one small article, start to finish (hyperfine)"
# The same article with its dateline city misspelled (ATHENS → ATHNES): checking that the name is no real place reads
# the 300,000 known place names, the one large table a single article can need.
sed '0,/^ATHENS /s//ATHNES /' "$CORPUS/single/article.txt" >"$OUT/article-dateline-typo.txt"
hyperfine -N --warmup 3 --runs 30 -i --export-json "$OUT/small.json" \
  -n "lint (Native AOT)" "${LINT_MAIN[*]} check --as-of $ASOF $CORPUS/single/article.txt" \
  -n "lint (Native AOT), dateline city misspelled" "${LINT_MAIN[*]} check --as-of $ASOF $OUT/article-dateline-typo.txt" \
  -n "lint (ReadyToRun)" "${LINT_R2R[*]} check --as-of $ASOF $CORPUS/single/article.txt" \
  -n "lint (JIT)" "${LINT_JIT[*]} check --as-of $ASOF $CORPUS/single/article.txt" \
  -n "write-good" "$PEERS/write-good $CORPUS/single/article.txt" >"$RAW/hyperfine.txt" 2>&1 || true
cat "$RAW/hyperfine.txt" >&2

log "slow peers on the 1,000-article corpus (last, so the Lint runs above see a quiet machine)"
if [[ $QUICK == 0 ]]; then
  measure harper.js n1000 1 -- "${HARPER[@]}"
  measure textlint n1000 1 -- "${TEXTLINT[@]}"
  measure proselint n1000 1 -- "${PROSELINT[@]}"
fi

# ---------------------------------------------------------------- report
log "report"
python3 "$BENCH/report.py" "$RESULTS" "$OUT/small.json" "$OUT" "$(nproc)" "$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
gnuplot "$OUT/chart.gp"
if [[ $DOCS == 1 ]]; then
  python3 "$BENCH/report.py" --splice "$OUT/results.md" "$ROOT/docs/benchmarks.md"
  cp "$OUT/benchmarks.png" "$ROOT/docs/benchmarks.png"
  echo "wrote docs/benchmarks.md (results section) and docs/benchmarks.png" >&2
fi
cat "$OUT/results.md"

#!/usr/bin/env bash
# Coverage-guided fuzzing of Lint's input surfaces with afl-fuzz and SharpFuzz (docs/fuzzing.md).
#
#   tools/fuzz.sh TARGET|all [SECONDS]   fuzz one target (parser, rules, config, baseline) or all four in turn, SECONDS
#                                        each (default 600), after a self-test; exit 1 on any crash or confirmed hang
#   tools/fuzz.sh replay TARGET FILE...  run saved inputs through the harness (no afl-fuzz needed)
#   tools/fuzz.sh minimize TARGET FILE   shrink a crashing input with afl-tmin, to FILE.min
#
# Every crash and confirmed hang is copied to tests/fuzz/regressions/TARGET/ as new-crash-HASH or new-hang-HASH, where
# the regression tests run it from then on: rename it to say what it is, minimize it if you like, and commit it.
# Environment: FUZZ_OUT (work folder, default artifacts/fuzz; a second run resumes from its queue), FUZZ_TIMEOUT_MS
# (an input slower than this is a hang, default 5000), FUZZ_SEED (afl-fuzz's random seed), FUZZ_KEEP=0 (print
# findings rather than copy them into the repository, as CI does).
set -euo pipefail
cd "$(dirname "$0")/.."

out=${FUZZ_OUT:-artifacts/fuzz}
timeout_ms=${FUZZ_TIMEOUT_MS:-5000}
keep=${FUZZ_KEEP:-1}
bin="$out/bin"       # instrumented: runs only under afl-fuzz
plain="$out/replay"  # the same harness uninstrumented, to replay and confirm findings

usage() { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
[ $# -ge 1 ] || usage
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

publish_plain() { dotnet publish tests/Lint.Fuzz -c Release -o "$plain" -nologo -v q; }

if [ "$1" = replay ]; then
  [ $# -ge 3 ] || usage
  publish_plain > /dev/null
  exec dotnet "$plain/Lint.Fuzz.dll" replay "${@:2}"
fi

mode=fuzz
case "$1" in
  all) selected=(selftest parser rules config baseline) ;;
  parser|rules|config|baseline) selected=(selftest "$1") ;;
  minimize) [ $# -eq 3 ] && [ -f "$3" ] || usage; mode=minimize ;;
  *) usage ;;
esac
seconds=${2:-600}

if ! command -v afl-fuzz > /dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    echo "== Installing afl-fuzz (Debian package afl++)"
    apt-get update -qq > /dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ > /dev/null
  else
    echo "fuzz.sh: afl-fuzz is not installed (Debian: apt-get install afl++)" >&2
    exit 2
  fi
fi

echo "== Building the harness (Release) and instrumenting Lint.Core, Lint.Reporting, Markdig and YamlDotNet"
rm -rf "$bin"
dotnet tool restore > /dev/null
publish_plain
cp -r "$plain" "$bin"
for assembly in Lint.Core Lint.Reporting Markdig YamlDotNet; do
  dotnet sharpfuzz "$bin/$assembly.dll" > /dev/null
done

# afl-fuzz runs `dotnet`, not an instrumented binary, and the machine is shared: no CPU pinning, no core-dump check.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_AUTORESUME=1

if [ "$mode" = minimize ]; then
  afl-tmin -i "$3" -o "$3.min" -t "$timeout_ms" -m none -- dotnet "$bin/Lint.Fuzz.dll" "$2"
  echo "Minimized: $3.min ($(wc -c < "$3.min") bytes, from $(wc -c < "$3"))"
  exit 0
fi

stat() { sed -n "s/^$2 *: *//p" "$1/default/fuzzer_stats" 2>/dev/null | head -1; }
replay() { timeout $((timeout_ms * 2 / 1000 + 1)) dotnet "$plain/Lint.Fuzz.dll" replay "$@"; }

failed=0
summary=()
for target in "${selected[@]}"; do
  run_seconds=$seconds
  dict=(-x "tests/fuzz/dict/$target.dict")
  if [ "$target" = selftest ]; then
    # The pipeline's own check: a fresh run must find the planted crash.
    run_seconds=20
    dict=()
    rm -rf "${out:?}/selftest"
  fi
  echo "== Fuzzing $target for ${run_seconds}s (timeout ${timeout_ms} ms an input)"
  mkdir -p "$out/$target"
  seed_args=()
  [ -n "${FUZZ_SEED:-}" ] && seed_args=(-s "$FUZZ_SEED")
  # afl-fuzz's own exit status is not the verdict (it exits 0 after -V); the crashes and hangs folders are.
  if ! afl-fuzz -i "tests/fuzz/seeds/$target" -o "$out/$target" -t "$timeout_ms" -m none -V "$run_seconds" \
      "${dict[@]}" "${seed_args[@]}" -- dotnet "$bin/Lint.Fuzz.dll" "$target" > "$out/$target/afl.log" 2>&1; then
    echo "afl-fuzz failed on $target:"
    tail -30 "$out/$target/afl.log"
    failed=1
    continue
  fi

  crashes=0
  hangs=0
  for kind in crashes hangs; do
    for input in "$out/$target/default/$kind"/id:*; do
      [ -f "$input" ] || continue
      if [ "$target" = selftest ]; then crashes=$((crashes + 1)); continue; fi
      hash=$(sha1sum "$input" | cut -c1-12)
      if [ "$kind" = hangs ]; then
        # A hang is confirmed when a second run, alone and uninstrumented, is still over twice the bound.
        if replay "$target" "$input" > /dev/null 2>&1; then
          echo "   (an input over ${timeout_ms} ms under load finished in time alone: $input)"
          continue
        fi
        hangs=$((hangs + 1))
        name="new-hang-$hash"
      else
        crashes=$((crashes + 1))
        name="new-crash-$hash"
      fi
      echo "-- $target $kind: $name ($(wc -c < "$input") bytes; base64 below, then its replay)"
      base64 -w 100 "$input" | head -40
      replay "$target" "$input" 2>&1 | head -12 || true
      if [ "$keep" = 1 ]; then
        mkdir -p "tests/fuzz/regressions/$target"
        cp "$input" "tests/fuzz/regressions/$target/$name"
      fi
    done
  done

  if [ "$target" = selftest ]; then
    if [ "$crashes" -eq 0 ]; then
      echo "selftest: afl-fuzz did not report the planted crash in ${run_seconds}s; the pipeline cannot be trusted"
      tail -20 "$out/$target/afl.log"
      failed=1
    else
      echo "selftest: the planted crash was found after $(stat "$out/$target" execs_done) inputs"
    fi
    continue
  fi

  line="$target: $(stat "$out/$target" execs_done) inputs run, $(stat "$out/$target" corpus_count) in the corpus, edge coverage $(stat "$out/$target" bitmap_cvg), $crashes crashes, $hangs hangs"
  echo "$line"
  summary+=("$line")
  [ $((crashes + hangs)) -eq 0 ] || failed=1
done

echo "== Fuzzing summary"
[ ${#summary[@]} -eq 0 ] || printf '%s\n' "${summary[@]}"
if [ "$failed" != 0 ]; then
  [ "$keep" = 1 ] && echo "New inputs are in tests/fuzz/regressions/: name them for what they do and commit them."
  exit 1
fi

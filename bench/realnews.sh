#!/usr/bin/env bash
# The ecosystem check for news: lints every plain-text and Markdown family of ../shared/corpus/ with the built-in
# pack and prints every finding with the flagged words next to its verdict in tests/realnews/verdicts.tsv, after
# precision per rule and wrong findings per article per family. It runs the RealNews tests of
# tests/Lint.Evaluation.Tests, which CI runs too: they fail when a finding has no verdict, when a right finding
# disappears, or when a target is missed (docs/realnews.md).
#
#   bench/realnews.sh            the summary tables, then every finding with its verdict
#   bench/realnews.sh --summary  the tables only
#
# A new finding shows as [?]; tests/realnews/verdicts.received.tsv then holds the whole verdict file with '?' on it:
# read the text, write true, false or debatable and a few words of why, and copy the line into verdicts.tsv.
set -uo pipefail

SUMMARY=0
for arg in "$@"; do
  case "$arg" in
    --summary) SUMMARY=1 ;;
    *) echo "usage: bench/realnews.sh [--summary]" >&2; exit 2 ;;
  esac
done

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 2
if [[ ! -d ../shared/corpus ]]; then
  echo "bench/realnews.sh: ../shared/corpus is not beside the repository; the ecosystem check needs it." >&2
  exit 2
fi

log=$(mktemp)
dotnet test tests/Lint.Evaluation.Tests --filter "Category=RealNews" --logger "console;verbosity=normal" >"$log" 2>&1
status=$?
report=$(ls -t tests/Lint.Evaluation.Tests/bin/*/net*/realnews-report.txt 2>/dev/null | head -n 1)
if [[ -z "$report" ]]; then
  cat "$log" >&2
  rm -f "$log"
  echo "bench/realnews.sh: the tests wrote no report; see the output above." >&2
  exit 2
fi

if [[ $SUMMARY == 1 ]]; then
  sed '/^Every finding:/,$d' "$report"
else
  cat "$report"
fi

echo
if [[ $status -eq 0 ]]; then
  echo "Ecosystem check: every finding has a verdict and every target is met."
else
  echo "Ecosystem check FAILED:"
  sed -n '/Error Message:/,/Stack Trace:/p' "$log" | grep -v "Stack Trace:" | head -n 60
fi

rm -f "$log"
exit "$status"

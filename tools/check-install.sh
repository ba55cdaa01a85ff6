#!/usr/bin/env bash
# README.md's "Install" section, run as written (CI runs this after the tests): on a clean copy of the repository (the
# files git tracks or would track: no bin, obj or artifacts) with an empty home folder, so that `--global` installs
# into a fresh ~/.dotnet/tools. It checks that
#   - the `lint` command block packs and installs, and the installed lint is the native executable from
#     Lint.Cli.linux-x64 (not an apphost that runs lint.dll), lints the samples and hands out the rule schema, which the
#     installed built-in pack's `$schema` lines find;
#   - the `--tool-path` block installs and runs;
#   - the framework-dependent tool (`dotnet pack src/Lint.Cli`, what the GitHub Action installs) installs and runs, and
#     the Lint.Cli.any fallback is what a platform without a native package gets;
#   - the analyzer's nuget.config recipe restores Lint.Analyzer from artifacts/packages into samples/Site's build;
#   - the release block pushes to a feed (a local folder here) from which the tool installs;
# then prints the start-up times of the installed tool against the plain build, same run (hyperfine when installed).
# Downloads reuse the machine's NuGet cache (NUGET_PACKAGES, default ~/.nuget/packages); nothing else is shared.
#
#   tools/check-install.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
repo=$work/lint
mkdir -p "$repo" "$work/home"

export NUGET_PACKAGES=${NUGET_PACKAGES:-$HOME/.nuget/packages}
export HOME=$work/home DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export PATH="$HOME/.dotnet/tools:$PATH"   # what a new shell has after the first global tool install
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$ROOT/Directory.Build.props")

(cd "$ROOT" && git ls-files -z --cached --others --exclude-standard | tar --null --ignore-failed-read -T - -cf -) | tar -xf - -C "$repo"

fail() { echo "check-install: $*" >&2; exit 1; }

# The Nth ```sh / ```xml block after the heading $1 in README.md.
block() {
  awk -v heading="$1" -v want="$2" -v lang="$3" '
    $0 == heading { inside = 1; n = 0; next }
    inside && /^#+ / { exit }
    inside && $0 == "```" lang { n++; if (n == want) { on = 1; next } }
    on && $0 == "```" { exit }
    on { print }' "$repo/README.md"
}

run_block() {   # heading, index: runs the block in the clean copy, echoing each command
  local text
  text=$(block "$1" "$2" sh)
  [ -n "$text" ] || fail "README.md has no sh block $2 under '$1'"
  (cd "$repo" && bash -euo pipefail -x -c "$text")
}

check_native() {   # the installed command: the native executable of the linux-x64 package
  local command=$1 target
  target=$(readlink -f "$command")
  case "$target" in */lint.cli.linux-x64/*/tools/any/linux-x64/lint) ;; *) fail "$command is $target, not the linux-x64 package's executable" ;; esac
  [ "$(head -c 4 "$target" | od -An -c | tr -d ' ')" = '177ELF' ] || fail "$target is not an ELF executable"
  [ ! -e "$(dirname "$target")/lint.dll" ] || fail "$target sits beside lint.dll: an apphost, not the native build"
  [ "$(stat -c %s "$target")" -gt 2000000 ] || fail "$target is too small for a Native AOT build of lint"
  grep -q 'Runner="executable"' "$(dirname "$target")/DotnetToolSettings.xml" || fail "$target is not run as an executable"
}

check_runs() {   # the installed command lints the samples as lint does
  local command=$1 out
  [ "$("$command" --version)" = "lint $version" ] || fail "$command --version: $("$command" --version)"
  set +e
  out=$(cd "$repo" && "$command" check samples/articles --no-frames --as-of 2026-11-22 2>&1)
  local code=$?
  set -e
  [ "$code" -eq 1 ] || fail "$command check samples/articles exited with $code: $out"
  grep -qF 'samples/articles/council-vote.txt(5,1): error ED1001: Dateline city "SPRINGFEILD" is not a known place; did you mean SPRINGFIELD?' <<< "$out" \
    || fail "$command check samples/articles: $out"
  "$command" schema | cmp -s - "$repo/rules/rule.schema.json" || fail "$command schema differs from rules/rule.schema.json"
}

echo "== README: The lint command (tools/pack.sh, dotnet tool install --global)"
run_block '### The `lint` command' 1
installed=$HOME/.dotnet/tools/lint
check_native "$installed"
check_runs "$installed"
tooldir=$(dirname "$(readlink -f "$installed")")
# The installed built-in pack's rule files name ../rule.schema.json, which ships beside them.
for rule in "$tooldir"/rules/news/*.yaml; do
  schema=$(sed -n '1s/^# yaml-language-server: \$schema=//p' "$rule")
  [ -n "$schema" ] && cmp -s "$(dirname "$rule")/$schema" "$repo/rules/rule.schema.json" || fail "$rule: \$schema '$schema' does not resolve to the shipped schema"
done
for package in Lint.Cli Lint.Cli.linux-x64 Lint.Cli.any Lint.Analyzer; do
  nuspec=$(unzip -p "$repo/artifacts/packages/$package.$version.nupkg" "$package.nuspec")
  for field in description 'license type="expression">MIT' readme projectUrl; do
    grep -q "<$field" <<< "$nuspec" || fail "$package.$version.nupkg has no $field"
  done
  unzip -l "$repo/artifacts/packages/$package.$version.nupkg" README.md > /dev/null || fail "$package has no README.md"
done

echo "== README: --tool-path"
run_block '### The `lint` command' 2
check_native "$repo/.tools/lint"

echo "== The framework-dependent tool (the GitHub Action's install) and the Lint.Cli.any fallback"
(cd "$repo" && dotnet pack src/Lint.Cli -c Release -o "$work/fd" -nologo -v q)
dotnet tool install --tool-path "$work/fd-tool" --add-source "$work/fd" Lint.Cli > /dev/null
[ -e "$(dirname "$(readlink -f "$work/fd-tool/lint")")/lint.dll" ] || [ -e "$work/fd-tool/.store/lint.cli/$version/lint.cli/$version/tools/net10.0/any/lint.dll" ] \
  || fail "the framework-dependent install has no lint.dll"
check_runs "$work/fd-tool/lint"
# A tool package that lists only a RID this machine is not (linux-musl-x64) besides any: the install takes Lint.Cli.any.
(cd "$repo" && dotnet pack src/Lint.Cli -c Release -o "$work/fallback" -nologo -v q -p:LintNativeAot=true -p:LintToolRuntimeIdentifiers=linux-musl-x64)
cp "$repo/artifacts/packages/Lint.Cli.any.$version.nupkg" "$work/fallback/"
dotnet tool install --tool-path "$work/any-tool" --add-source "$work/fallback" Lint.Cli > /dev/null
[ -e "$work/any-tool/.store/lint.cli/$version/lint.cli.any/$version/tools/net10.0/any/lint.dll" ] || fail "the fallback install did not take Lint.Cli.any"
check_runs "$work/any-tool/lint"

echo "== README: The analyzer (nuget.config beside the project, samples/Site)"
cp -r "$repo/samples/Site" "$work/site"
block '### The analyzer' 1 xml | sed "s:value=\"[^\"]*\":value=\"$repo/artifacts/packages\":" > "$work/site/nuget.config"
grep -q "$repo/artifacts/packages" "$work/site/nuget.config" || fail "README.md's analyzer nuget.config has no package source"
set +e
out=$(NUGET_PACKAGES=$work/site-packages dotnet build "$work/site/Site.csproj" -nologo -p:UseSharedCompilation=false 2>&1)
code=$?
set -e
[ "$code" -eq 0 ] || fail "samples/Site did not build with the packed analyzer: $out"
grep -q 'council-vote.txt(5,1): warning ED1001' <<< "$out" || fail "the analyzer reported nothing: $out"

echo "== README: Release to a feed (a local folder for nuget.org)"
mkdir -p "$work/feed"
text=$(block '### Release to a feed' 1 sh | sed -e "s:^version=.*:version=$version:" -e "s:^feed=.*:feed=$work/feed:")
(cd "$repo" && NUGET_API_KEY=local bash -euo pipefail -x -c "$text")
dotnet tool install --tool-path "$work/feed-tool" --add-source "$work/feed" Lint.Cli --version "$version" > /dev/null
check_native "$work/feed-tool/lint"

echo "== Start-up: the installed tool against the plain build (dotnet lint.dll), same run"
plain="dotnet $repo/src/Lint.Cli/bin/Release/net10.0/lint.dll"
article=$repo/samples/articles/clean-report.txt
if command -v hyperfine > /dev/null; then
  hyperfine -N --warmup 2 --runs 10 --style basic \
    "$installed --version" "$plain --version" "$work/fd-tool/lint --version" \
    "$installed check $article" "$plain check $article" "$work/fd-tool/lint check $article" 2>&1 | grep -E '^Benchmark|Time \(mean'
else
  for command in "$installed --version" "$plain --version" "$installed check $article" "$plain check $article"; do
    start=$(date +%s%N); for _ in 1 2 3 4 5 6 7 8 9 10; do $command > /dev/null; done; end=$(date +%s%N)
    echo "$command: $(( (end - start) / 10000000 )) ms"
  done
fi
echo "check-install: OK"

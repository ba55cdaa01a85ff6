#!/usr/bin/env bash
# Packs Lint's NuGet packages into a folder (default: artifacts/packages), as README.md's "Install" section uses them:
#   Lint.Cli.VERSION.nupkg            the tool package `dotnet tool install Lint.Cli` asks for; it names the two below
#   Lint.Cli.linux-x64.VERSION.nupkg  the native (Native AOT) executable, picked on Linux x64
#   Lint.Cli.any.VERSION.nupkg        the framework-dependent build, picked on every other platform (needs .NET 10)
#   Lint.Analyzer.VERSION.nupkg       the Roslyn analyzer
# Native AOT compiles for the machine's own platform only and needs clang (Debian: apt-get install clang).
# Further arguments go to every `dotnet pack`, for example -p:Version=0.2.0 for a release.
#
#   tools/pack.sh [OUT] [-p:PROPERTY=VALUE ...]
set -euo pipefail
cd "$(dirname "$0")/.."

out=artifacts/packages
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then out=$1; shift; fi
mkdir -p "$out"
out=$(cd "$out" && pwd)

rid=linux-x64   # the RIDs listed in src/Lint.Cli/Lint.Cli.csproj (LintToolRuntimeIdentifiers), one native build each
if [ "$(uname -s)/$(uname -m)" != "Linux/x86_64" ]; then
  echo "tools/pack.sh: the native package is built on Linux x64; here, pack the framework-dependent tool instead:" >&2
  echo "  dotnet pack src/Lint.Cli -c Release -o $out" >&2
  exit 2
fi
if ! command -v clang > /dev/null; then
  echo "tools/pack.sh: Native AOT needs clang (Debian: apt-get install clang)" >&2
  exit 2
fi

# Pack globs each publish folder: start from empty ones, so that nothing an earlier `dotnet publish` left is packed.
rm -rf "src/Lint.Cli/bin/Release/net10.0/$rid/publish" src/Lint.Cli/bin/Release/net10.0/any/publish

pack() { dotnet pack "$@" -c Release -o "$out" -nologo -p:LintNativeAot=true "${extra[@]}"; }
extra=("$@")
# RID-specific packages first, the package that points at them last: a feed never names a package it does not hold.
pack src/Lint.Cli -r "$rid"
pack src/Lint.Cli -r any
pack src/Lint.Cli
pack src/Lint.Analyzer
ls -1 "$out"/Lint.*.nupkg

#!/usr/bin/env bash
# Every translation-check figure of docs/quality.md ("Translation check"), in one run.
#
#   tools/qa/run_qa_quality.sh [DATA_DIR] [harness options: --part held-out --per-pair N ...]
#
# DATA_DIR (the shared data: multinel-scielo-dev, codiesp-dev) defaults to $CASELENS_DATA, then
# ../shared/data next to the repository, then /work/shared/data. Without it the harness measures
# the seed case only and says so (exit 0). It builds caselens_qa_harness in the release preset
# (build/release) if needed.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
data=""
if [[ $# -gt 0 && "$1" != --* ]]; then data="$1"; shift; fi
data="${data:-${CASELENS_DATA:-}}"
if [[ -z "$data" ]]; then
    for candidate in "$repo/../shared/data" "/work/shared/data"; do
        if [[ -d "$candidate/multinel-scielo-dev" ]]; then data="$candidate"; break; fi
    done
fi

build="$repo/build/release"
[[ -f "$build/build.ninja" ]] || cmake --preset release -S "$repo" > /dev/null
cmake --build "$build" --target caselens_qa_harness -j2 > /dev/null
harness="$build/tools/qa/caselens_qa_harness"

if [[ -z "$data" || ! -d "$data/multinel-scielo-dev" ]]; then
    echo "Development corpora not found (give DATA_DIR or CASELENS_DATA): measuring the seed case only."
    exec "$harness" --corpus seed "$@" 2>/dev/null
fi
exec "$harness" --data "$data" --per-pair 2 "$@" 2>/dev/null

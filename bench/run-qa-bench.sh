#!/usr/bin/env bash
# Translation check benchmark: time per pair of 3 KB texts (extraction of both sides included)
# and for the whole MultiNEL development set, on one thread.
#
#   bench/run-qa-bench.sh [DATA_DIR]
#
# DATA_DIR (the shared data) defaults to $CASELENS_DATA, then ../shared/data next to the
# repository, then /work/shared/data; without it only the seed case is measured, and the
# benchmark says so (exit 0). It builds the release preset's benchmark target if needed.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-${CASELENS_DATA:-}}"
if [[ -z "$data" ]]; then
    for candidate in "$repo/../shared/data" "/work/shared/data"; do
        if [[ -d "$candidate/multinel-scielo-dev" ]]; then data="$candidate"; break; fi
    done
fi

build="$repo/build/release"
[[ -f "$build/build.ninja" ]] || cmake --preset release -S "$repo" > /dev/null
cmake --build "$build" --target caselens_bench_qa -j2 > /dev/null

echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores"
if [[ -n "$data" && -d "$data" ]]; then
    echo "data: $data"
    CASELENS_DATA="$data" "$build/bench/caselens_bench_qa" --rounds 3 2>/dev/null
else
    echo "Development corpora not found (give DATA_DIR or CASELENS_DATA): only the seed case is measured."
    CASELENS_DATA="" "$build/bench/caselens_bench_qa" --rounds 3 2>/dev/null
fi

#!/usr/bin/env bash
# Workspace benchmark: opening cases with highlights, a 1 MB case, scrolling, annotation saves.
#   bench/run-workspace-bench.sh [BUILD_DIR]
# Run bench/run-storage-bench.sh first for the 100,000-case library the save figure uses.
set -euo pipefail
build=${1:-build/release}
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); build: $build"
exec "$build/bench/caselens_bench_workspace" "${@:2}"

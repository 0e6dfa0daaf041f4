#!/usr/bin/env bash
# Storage benchmark: import vs the sqlite3 shell, FTS search on a large library, opening it.
#   bench/run-storage-bench.sh [BUILD_DIR] [-- options for caselens_bench_storage]
# Build first (cmake --workflow --preset release). Needs the sqlite3 shell and ../shared/data.
set -euo pipefail
build=${1:-build/release}
shift $(( $# >= 1 ? 1 : 0 ))
[ "${1:-}" = "--" ] && shift
command -v sqlite3 >/dev/null || { echo "the sqlite3 shell is needed (apt-get install sqlite3)"; exit 1; }
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "sqlite3 shell $(sqlite3 --version | cut -d' ' -f1); build: $build"
exec "$build/bench/caselens_bench_storage" "$@"

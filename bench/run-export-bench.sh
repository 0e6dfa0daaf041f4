#!/usr/bin/env bash
# Export benchmark: the demo case to PDF, 1,000 cases to PDF on every core, and LibreOffice
# converting our HTML export of the demo case to PDF, measured in the same run.
#   bench/run-export-bench.sh [BUILD_DIR] [CASES]      (default build/release, 1000)
# Builds the benchmark in BUILD_DIR (configure it first: cmake --preset release). LibreOffice is
# optional: without it the ratio is not measured and the script says so.
set -euo pipefail
build=${1:-build/release}
cases=${2:-1000}
cmake --build "$build" --target caselens_bench_export -j2 >/dev/null
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); build: $build"
if command -v soffice >/dev/null || command -v libreoffice >/dev/null; then
    echo "libreoffice: $( (soffice --version || libreoffice --version) 2>/dev/null | head -1)"
else
    echo "libreoffice: NOT INSTALLED — the ratio against it will not be measured"
    echo "             (apt-get install --no-install-recommends libreoffice-writer-nogui)"
fi
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} exec "$build/bench/caselens_bench_export" "$cases"

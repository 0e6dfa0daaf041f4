#!/usr/bin/env bash
# Findings engine benchmark: lexicon load time, extraction throughput per core on the CodiEsp
# texts, and the same texts through GNU grep with the DrugBank names, measured in the same run.
#
#   bench/run_findings_bench.sh [CODIESP_DIR]
#
# CODIESP_DIR defaults to $CODIESP_DIR, then ../shared/data/codiesp-dev next to the repository,
# then /work/shared/data/codiesp-dev. Without the corpus it says so and exits 0. It builds the
# release preset's benchmark target if needed (build/release).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-${CODIESP_DIR:-}}"
if [[ -z "$data" ]]; then
    for candidate in "$repo/../shared/data/codiesp-dev" "/work/shared/data/codiesp-dev"; do
        if [[ -d "$candidate" ]]; then data="$candidate"; break; fi
    done
fi
if [[ -z "$data" || ! -d "$data" ]]; then
    echo "CodiEsp texts not found (give CODIESP_DIR or put them in ../shared/data/codiesp-dev): nothing measured."
    exit 0
fi

build="$repo/build/release"
if [[ ! -x "$build/bench/caselens_bench_findings" ]]; then
    cmake --preset release -S "$repo" > /dev/null
fi
cmake --build "$build" --target caselens_bench_findings -j2 > /dev/null
bench="$build/bench/caselens_bench_findings"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The Spanish texts of every split (train, dev, test if present, background), in a fixed order.
find "$data" -path '*/text_files/*.txt' -type f | LC_ALL=C sort > "$work/files"
xargs -a "$work/files" cat > "$work/corpus.txt"
# The grep baseline's patterns: the DrugBank names and synonyms of the shipped terms lexicon.
awk -F'\t' '!/^#/ && $4 ~ /^drugbank:/ {print $2}' "$repo/resources/lexicons/terms.tsv" | LC_ALL=C sort -u > "$work/terms.txt"

echo "corpus: $(wc -l < "$work/files") texts, $(wc -c < "$work/corpus.txt") bytes ($data)"
echo "grep patterns: $(wc -l < "$work/terms.txt") DrugBank names and synonyms"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores"

# grep: best of three runs, wall-clock seconds.
best_grep=""
for _ in 1 2 3; do
    start=$(date +%s.%N)
    # (not to /dev/null: GNU grep then stops at the first match)
    LC_ALL=C grep -c -i -F -f "$work/terms.txt" "$work/corpus.txt" > "$work/grep.out" || true
    end=$(date +%s.%N)
    t=$(echo "$end - $start" | bc -l)
    if [[ -z "$best_grep" ]] || (( $(echo "$t < $best_grep" | bc -l) )); then best_grep=$t; fi
done

out="$("$bench" --lang es --rounds 3 $(cat "$work/files") 2>/dev/null)"
echo "$out"
engine=$(echo "$out" | awk '/^extract_seconds_best/ {print $2}')
load_ms=$(echo "$out" | awk '/^lexicon_load_ms_median/ {print $2}')
megabytes=$(echo "$out" | awk '/^megabytes/ {print $2}')
printf 'grep_seconds_best %.3f\n' "$best_grep"
printf 'grep_mb_per_s %.1f\n' "$(echo "$megabytes / $best_grep" | bc -l)"
printf 'engine_over_grep_time_ratio %.2f\n' "$(echo "$engine / $best_grep" | bc -l)"
printf 'engine_with_lexicon_load_over_grep_ratio %.2f\n' "$(echo "($engine + $load_ms / 1000) / $best_grep" | bc -l)"

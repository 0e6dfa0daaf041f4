#!/usr/bin/env bash
# Every quality figure of docs/quality.md, in one run.
#
#   tools/evaluation/run_quality.sh [DATA_DIR]
#
# DATA_DIR (the shared data: maccrobat2020-dev, e3c-dev, codiesp-dev, negex-en-dev,
# multinel-scielo-dev) defaults to $CASELENS_DATA, then ../shared/data next to the repository,
# then /work/shared/data. Without it the script says so and exits 0. It builds caselens-cli in
# the release preset (build/release) if needed.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
data="${1:-${CASELENS_DATA:-}}"
if [[ -z "$data" ]]; then
    for candidate in "$repo/../shared/data" "/work/shared/data"; do
        if [[ -d "$candidate/maccrobat2020-dev" ]]; then data="$candidate"; break; fi
    done
fi
if [[ -z "$data" || ! -d "$data/maccrobat2020-dev" ]]; then
    echo "Evaluation data not found (give DATA_DIR or CASELENS_DATA): nothing measured."
    exit 0
fi

build="$repo/build/release"
[[ -f "$build/build.ninja" ]] || cmake --preset release -S "$repo" > /dev/null
cmake --build "$build" --target caselens-cli -j2 > /dev/null
cli="$build/app/cli/caselens-cli"
splits="$(mktemp -d)"
trap 'rm -rf "$splits"' EXIT
python3 "$repo/tools/evaluation/make_splits.py" "$data" "$splits"

run() {
    echo
    echo "### $1"
    shift
    "$cli" evaluate "$@"
}

run "MACCROBAT half A (tuning)" --gold "$data/maccrobat2020-dev" --format brat --lang en --ids "$splits/maccrobat_A.txt"
run "MACCROBAT half B (held out)" --gold "$data/maccrobat2020-dev" --format brat --lang en --ids "$splits/maccrobat_B.txt"
run "CodiEsp train (tuning)" --gold "$data/codiesp-dev/train" --format codiesp --lang es
run "CodiEsp dev (held out)" --gold "$data/codiesp-dev/dev" --format codiesp --lang es
run "E3C English dev (never tuned on)" --gold "$data/e3c-dev/English" --format e3c --lang en
run "E3C Spanish dev (never tuned on)" --gold "$data/e3c-dev/Spanish" --format e3c --lang es
run "NegEx half A (tuning)" --gold "$data/negex-en-dev/negation-annotations.tsv" --format negex --ids "$splits/negex_A.txt"
run "NegEx half B (held out)" --gold "$data/negex-en-dev/negation-annotations.tsv" --format negex --ids "$splits/negex_B.txt"
run "MultiNEL pt->en half B (held out): link rates" --gold "$data/multinel-scielo-dev" --format multinel --lang pt --translation-lang en --ids "$splits/multinel_B.txt"
run "MultiNEL es->en half B (held out): link rates" --gold "$data/multinel-scielo-dev" --format multinel --lang es --translation-lang en --ids "$splits/multinel_B.txt"

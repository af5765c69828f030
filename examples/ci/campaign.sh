#!/usr/bin/env bash
# A zab-harness campaign for any CI system, as a plain shell loop: the campaign split into SHARDS shards
# (here run side by side on one machine; on a CI system with a job matrix run one `zab check --shard` line
# per job and merge in a final job), each writing a JSON report, then merged into JUnit XML, a merged JSON
# report and a summary. The exit code is the campaign's: 0 every shard held, 1 a violation, 2 a shard that
# wrote no report or a bad report.
#
#   RUNS=20000 SEED=7 SHARDS=4 OUT=zab-results bash examples/ci/campaign.sh
set -euo pipefail

RUNS="${RUNS:-10000}"
SEED="${SEED:-$(date +%s)}"
SHARDS="${SHARDS:-4}"
OUT="${OUT:-zab-results}"
ZAB="${ZAB:-npx zab}"

mkdir -p "$OUT/reports" "$OUT/logs"
pids=()
for shard in $(seq 1 "$SHARDS"); do
  $ZAB check --runs "$RUNS" --seed "$SEED" --shard "$shard/$SHARDS" --no-coverage --out "$OUT/counterexamples" \
    --reporter json --report "$OUT/reports/shard-$shard.json" >"$OUT/logs/shard-$shard.txt" 2>&1 &
  pids+=("$!")
done
# A shard's own exit code is in its log and report; the merge below decides the campaign's.
for pid in "${pids[@]}"; do wait "$pid" || true; done

$ZAB report merge "$OUT/reports" --reporter junit --report "$OUT/junit.xml" || true
$ZAB report merge "$OUT/reports" --reporter json --report "$OUT/merged.json" || true
$ZAB report merge "$OUT/reports"

#!/usr/bin/env bash
# Run the shared-DBF stress harness (run.sh of the stress suite) over a
# matrix of modes, index drivers and worker counts, several times each,
# and print a table: runs, passes and the median worker time.
#
# usage: scripts/stress-matrix.sh [STRESS_DIR]
#   STRESS_DIR   directory holding run.sh (default: $STRESS_DIR or ../shared/stress)
# settings (environment variables):
#   MODES="proc thread"  INDEXES="ntx cdx"  NS="2 4 8"  RUNS=10  K=(run.sh default)
#   MIXED=1       half the workers on Harbour (hbrun.sh of the suite; hbmk2
#                 must be on PATH or in HB_BIN); MODES is then "proc"
#   HB_TOOLS=1    setup and verify with Harbour instead of hbts
#   LOG=file      append every run's output there (default: a temporary file)
#   HBTS_ROOT     the hbts checkout whose dist/ runs (default: this one)
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR=${1:-${STRESS_DIR:-$ROOT/../shared/stress}}
DIR=$(cd "$DIR" && pwd) || exit 2
HBTS="node ${HBTS_ROOT:-$ROOT}/dist/runtime/launch.cjs {prg}"
RUNS=${RUNS:-10}; MIXED=${MIXED:-0}
MODES=${MODES:-proc thread}; INDEXES=${INDEXES:-ntx cdx}; NS=${NS:-2 4 8}
[ "$MIXED" = 1 ] && MODES=proc
LOG=${LOG:-$(mktemp /tmp/stress-matrix.XXXXXX.log)}
TOOLS=$HBTS
[ "${HB_TOOLS:-0}" = 1 ] && TOOLS="$DIR/hbrun.sh {prg}"

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

echo "| mode | index | N | mixed | runs | passes | median workers s | median total s |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
FAILS=0
for mode in $MODES; do
  for idx in $INDEXES; do
    for n in $NS; do
      pass=0; work=(); total=()
      for r in $(seq 1 "$RUNS"); do
        env_b=()
        [ "$MIXED" = 1 ] && env_b=(MIXED=1 "WORKER_CMD_B=$DIR/hbrun.sh {prg}")
        out=$(env MODE="$mode" INDEX="$idx" N="$n" SEED="$r" WORKER_CMD="$HBTS" TOOL_CMD="$TOOLS" \
              "${env_b[@]}" bash "$DIR/run.sh" 2>&1)
        printf '%s\n' "$out" >>"$LOG"
        line=$(printf '%s\n' "$out" | grep -E '^STRESS (PASS|FAIL)' | tail -1)
        case $line in "STRESS PASS"*) pass=$((pass + 1));; *) FAILS=$((FAILS + 1));; esac
        w=$(sed -n 's/.* workers=\([0-9.]*\)s.*/\1/p' <<<"$line")
        t=$(sed -n 's/.* total=\([0-9.]*\)s.*/\1/p' <<<"$line")
        [ -n "$w" ] && work+=("$w")
        [ -n "$t" ] && total+=("$t")
      done
      mw=$(printf '%s\n' "${work[@]}" | grep . | median)
      mt=$(printf '%s\n' "${total[@]}" | grep . | median)
      echo "| $mode | $idx | $n | $MIXED | $RUNS | $pass | $mw | $mt |"
    done
  done
done
echo "log: $LOG"
[ $FAILS -eq 0 ]

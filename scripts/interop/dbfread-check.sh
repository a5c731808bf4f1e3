#!/usr/bin/env bash
# Interoperability check: tables and memos written by hbts (DBFNTX with a
# DBT, DBFCDX with an FPT) must read back identically with an independent
# reader, Debian's python3-dbfread. Not part of `npm test` (CI machines
# need not have the package); run it after `npm run build`.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
HBTS="node $HERE/../../dist/runtime/launch.cjs"
PY=${PYTHON:-/usr/bin/python3}
$PY -c 'import dbfread' || { echo "python3-dbfread is not installed (apt install python3-dbfread)"; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
fail=0
for rdd in DBFNTX DBFCDX; do
  $HBTS "$HERE/dbfread-write.prg" "$rdd" "t_$rdd" | LC_ALL=C sort >hbts.txt
  $PY "$HERE/dbfread-read.py" "t_$rdd.dbf" | LC_ALL=C sort >dbfread.txt
  if cmp -s hbts.txt dbfread.txt; then
    echo "$rdd: $(wc -l <hbts.txt) records read back identically by dbfread"
  else
    echo "$rdd: dbfread reads differently:"; diff hbts.txt dbfread.txt | head -20; fail=1
  fi
done
exit $fail

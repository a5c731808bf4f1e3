#!/usr/bin/env bash
# record-expected.sh NAME.prg ...
# Records the expected output of conformance programs we write ourselves:
# builds each with a reference Harbour's hbmk2 (on PATH; never part of this
# project) as an executable with the CGI terminal, runs it in an empty
# directory (after copying NAME.files/ in) with stdin at EOF, and writes
# NAME.out, NAME.err and NAME.rc next to the program.
set -euo pipefail
command -v hbmk2 >/dev/null || { echo "record-expected: hbmk2 (a reference Harbour 3.2) must be on PATH" >&2; exit 2; }
for prg in "$@"; do
  base=${prg%.prg}
  abs=$(realpath "$prg")
  build=$(mktemp -d); work=$(mktemp -d)
  cp "$abs" "$build/"
  cp "$(dirname "$abs")"/*.ch "$build/" 2>/dev/null || true
  (cd "$build" && hbmk2 "$(basename "$abs")" -gtcgi -mt -q0 -otest >/dev/null)
  [ -d "$base.files" ] && cp -r "$base.files/." "$work/"
  set +e
  (cd "$work" && "$build/test" </dev/null >"$abs.stdout" 2>"$abs.stderr"); rc=$?
  set -e
  mv "$abs.stdout" "$base.out"; mv "$abs.stderr" "$base.err"; echo "$rc" >"$base.rc"
  rm -rf "$build" "$work"
  echo "recorded $base (exit $rc)"
done

# Print a table the way dbfread-write.prg prints it, read by python3-dbfread:
# one line per record (deleted flag, fields, memo length and MD5), sorted,
# since dbfread lists live and deleted records apart.
import hashlib
import sys

from dbfread import DBF

sys.stdout.reconfigure(encoding="latin1")
table = DBF(sys.argv[1], encoding="latin1", load=True)
lines = []
for rec, deleted in [(r, False) for r in table.records] + [(r, True) for r in table.deleted]:
    born = rec["BORN"].strftime("%Y%m%d") if rec["BORN"] else ""
    notes = rec["NOTES"] or ""
    memo = notes if isinstance(notes, bytes) else notes.encode("latin1")
    lines.append("%s|%s|%.2f|%d|%s|%s|%d|%s" % (
        "*" if deleted else " ", (rec["NAME"] or "").rstrip(), rec["AMOUNT"] or 0, rec["QTY"] or 0, born,
        "T" if rec["OK"] else "F", len(memo), hashlib.md5(memo).hexdigest()))
for line in sorted(lines):
    print(line)

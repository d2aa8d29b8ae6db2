#!/usr/bin/env bash
# Regenerates the tables that docs/ODD.md and README.md take from the code (tests check they are current).
set -euo pipefail
cd "$(dirname "$0")/.."
replace() { # file marker command...
  local file=$1 marker=$2; shift 2
  local table; table="$("$@")"
  python3 - "$file" "$marker" "$table" <<'PY'
import sys
f, marker, table = sys.argv[1], sys.argv[2], sys.argv[3]
s = open(f).read()
b, e = f"<!-- {marker}:BEGIN -->", f"<!-- {marker}:END -->"
i, j = s.index(b) + len(b), s.index(e)
open(f, "w").write(s[:i] + "\n" + table + "\n" + s[j:])
PY
}
replace docs/ODD.md PARAMETERS ./cocreation describe --markdown
replace README.md METRICS ./cocreation describe --metrics

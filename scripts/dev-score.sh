#!/usr/bin/env bash
# Extracts every dev article (../shared/eval/dev, each with its .meta date and outlet) and scores it with the
# shared scorer, lenient and --strict. Prints one line per article (conflict) and the set's headline figures.
#   scripts/dev-score.sh [OUT_DIR]      (build first: mvn -B -q -DskipTests package)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dev="$root/../shared/eval/dev"
[[ -d "$dev" ]] || { echo "dev-score: $dev is absent (it lives beside the project as ../shared); nothing to score" >&2; exit 0; }
out="${1:-$(mktemp -d /tmp/faultline-dev.XXXXXX)}"
mkdir -p "$out"
"$root/faultline" extract --out "$out" "$dev"/*.txt >/dev/null
cd "$dev"
python3 ../score.py --dir . "$out" > "$out/score.txt"
python3 ../score.py --strict --dir . "$out" > "$out/score-strict.txt"
python3 - "$out" <<'PY'
import re, sys
out = sys.argv[1]
def per(path):
    rows, tail = {}, {}
    for line in open(path):
        m = re.match(r"(d\d\d-[^:]+): events.f1=([\d.]+) claims.f1=([\d.]+)", line)
        if m: rows[m.group(1)] = (float(m.group(2)), float(m.group(3)))
        m = re.match(r"(events|claims)\.(f1|precision|recall|status|reported_by) ([\d.]+)$", line.strip())
        if m: tail[m.group(1) + "." + m.group(2)] = float(m.group(3))
    return rows, tail
lr, lt = per(out + "/score.txt")
sr, st = per(out + "/score-strict.txt")
print(f"{'article':52} {'ev.f1':>6} {'strict':>6} {'cl.f1':>6}")
for k in sorted(lr):
    print(f"{k:52} {lr[k][0]:6.3f} {sr.get(k, (0, 0))[0]:6.3f} {lr[k][1]:6.3f}")
for k in ["events.f1", "events.precision", "events.recall", "events.status", "events.reported_by", "claims.f1"]:
    print(f"{k:24} {lt.get(k, float('nan')):.3f}   strict {st.get(k, float('nan')):.3f}")
PY
echo "predictions and full scores in $out" >&2

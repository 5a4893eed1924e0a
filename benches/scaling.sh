#!/usr/bin/env bash
# Scaling of `eventline corpus`: the corpus repeated 1, 4 and 16 times, with 1 and 2 threads;
# wall time and peak resident memory (GNU time). Usage:
#   benches/scaling.sh [CORPUS.jsonl]     (default ../shared/corpora/te3_silver.jsonl)
set -euo pipefail
corpus=${1:-../shared/corpora/te3_silver.jsonl}
if [ ! -f "$corpus" ]; then
    echo "scaling: $corpus not found; give a JSON-lines corpus as the first argument" >&2
    exit 0
fi
cargo build --release --quiet
bin=target/release/eventline
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf "| copies | MB | threads | seconds | MB/s | peak RSS (MB) |\n|---|---|---|---|---|---|\n"
for copies in 1 4 16; do
    : > "$tmp/in.jsonl"
    for _ in $(seq "$copies"); do cat "$corpus" >> "$tmp/in.jsonl"; done
    mb=$(awk -v b="$(stat -c %s "$tmp/in.jsonl")" 'BEGIN { printf "%.1f", b / 1e6 }')
    for threads in 1 2; do
        /usr/bin/time -f "%e %M" -o "$tmp/time" "$bin" corpus --threads "$threads" "$tmp/in.jsonl" > /dev/null 2> "$tmp/err"
        read -r secs kb < "$tmp/time"
        awk -v c="$copies" -v mb="$mb" -v t="$threads" -v s="$secs" -v kb="$kb" \
            'BEGIN { printf "| %d | %s | %d | %.2f | %.2f | %.1f |\n", c, mb, t, s, mb / s, kb / 1024 }'
    done
done

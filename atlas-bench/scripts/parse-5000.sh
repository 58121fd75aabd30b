#!/usr/bin/env bash
# Whole-command check: makes 5,000 note files under ${TMPDIR:-/tmp} (copies of the 14 evaluation
# notes with varied names, dates and venue years) and times `./atlas parse DIR > /dev/null`,
# JVM start-up included. Uses hyperfine when it is installed, else /usr/bin/time (or bash's time).
#   atlas-bench/scripts/parse-5000.sh [COUNT]      COUNT defaults to 5000
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
count="${1:-5000}"
notes="$root/atlas-notes/src/test/resources/eval/notes"
dir="$(mktemp -d "${TMPDIR:-/tmp}/atlas-parse-${count}.XXXXXX")"
trap 'rm -rf "$dir"' EXIT

shopt -s nullglob
sources=("$notes"/*.txt)
[ "${#sources[@]}" -gt 0 ] || { echo "no notes in $notes" >&2; exit 2; }

# Vary the year (2008-2024) and the day in every "D Month YYYY" / "D-D Month YYYY" date, so that no two
# files are byte-identical, keeping the notes readable.
echo "making $count notes in $dir ..." >&2
for ((i = 0; i < count; i++)); do
  src="${sources[i % ${#sources[@]}]}"
  year=$((2008 + i % 17))
  day=$((1 + (i / 17) % 9))
  name="$(basename "$src" .txt)"
  sed -E "s/\b(20[0-2][0-9])\b/${year}/g; s/\b([12]?[0-9])([–-][12]?[0-9] [A-Z][a-z]+ ${year})/${day}\2/" \
    "$src" > "$dir/$(printf '%05d' "$i")-$name.txt"
done

# Build first (the launcher builds on first use), so the timing is of parsing only.
"$root/atlas" parse "${sources[0]}" > /dev/null

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc)" >&2
if command -v hyperfine > /dev/null; then
  hyperfine --warmup 1 --runs "${RUNS:-5}" --export-markdown "${dir}.md" \
    "'$root/atlas' parse '$dir' > /dev/null"
  cat "${dir}.md" && rm -f "${dir}.md"
elif [ -x /usr/bin/time ]; then
  /usr/bin/time -f "%e s elapsed, %U s user, %S s system, %M KB max RSS" "$root/atlas" parse "$dir" > /dev/null
else
  time "$root/atlas" parse "$dir" > /dev/null
fi
# A check that every file was read into a record.
out="$("$root/atlas" parse "$dir" || true)"
echo "records: $(grep -c '"source"' <<< "$out") for $count files, $(grep -c '"error"' <<< "$out" || true) of them errors" >&2

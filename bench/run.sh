#!/usr/bin/env bash
# Byline's benchmark: generates op-ed corpora, builds each with Byline (through ./byline, as users run it) cold
# (empty output folder, no template cache), again with nothing changed, and again after one article is edited, and
# with Hugo when it is installed, and prints a table of wall time, CPU time and peak memory (median of RUNS, from
# /usr/bin/time). It reports; it never fails a build and is not a test.
#
#   bash bench/run.sh [SIZES] [RUNS]      e.g. bash bench/run.sh 1000,10000 3   (default: 1000,10000 and 3)
#
# Corpora come from ../shared/bench/gen-corpus.py (seed 42) and go to bench/data/ (ignored by git; BYLINE_BENCH_DATA
# names another folder), as does Hugo's work folder (laid out by ../shared/bench/run-peer.sh). 100,000 articles: pass 100000 as a size (about 800 MB).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
peer="$root/../shared/bench"
sizes="${1:-1000,10000}"
runs="${2:-3}"
data="${BYLINE_BENCH_DATA:-$root/bench/data}"  # a fresh folder elsewhere gives a file system that has not churned
[[ -x /usr/bin/time ]] || { echo "bench: needs GNU time (apt-get install time)" >&2; exit 2; }
[[ -f "$peer/gen-corpus.py" ]] || { echo "bench: needs $peer/gen-corpus.py" >&2; exit 2; }
mkdir -p "$data"
"$root/byline" --version >/dev/null   # builds target/byline.jar if needed
# the launcher's first build records the classes Byline loads (class data sharing): done here, not in a timed run
"$root/byline" build --source "$root/content" --templates "$root/templates" --output "$data/out-sample" \
  --cache-dir "$data/cache-sample" >/dev/null

# time_once CMD...: runs CMD, prints "wall user+sys maxrss_kb"
time_once() {
  local log; log="$(mktemp)"
  /usr/bin/time -f "%e %U %S %M" -o "$log" "$@" >/dev/null 2>&1 || { echo "bench: failed: $*" >&2; cat "$log" >&2; }
  awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' "$log"; rm -f "$log"
}

# median of a column of "wall cpu rss" lines, for column $1
median() { sort -n -k"$1" | awk -v c="$1" '{v[NR]=$c} END {print v[int((NR+1)/2)]}'; }

row() {  # row TOOL MODE N LINES
  local lines="$4"
  printf '| %s | %s | %s | %s | %s | %s |\n' "$1" "$2" "$3" \
    "$(median 1 <<<"$lines")" "$(median 2 <<<"$lines")" "$(( $(median 3 <<<"$lines") / 1024 ))"
}

echo "| tool | build | articles | wall s | cpu s | peak RSS MB |"
echo "| --- | --- | --- | --- | --- | --- |"
IFS=, read -ra ns <<<"$sizes"
for n in "${ns[@]}"; do
  corpus="$data/corpus-$n"
  [[ -f "$corpus/site.yaml" ]] || python3 "$peer/gen-corpus.py" --n "$n" --seed 42 --out "$corpus" >/dev/null
  out="$data/out-$n"; cache="$data/cache-$n"
  byline=("$root/byline" build --source "$corpus" --templates "$root/templates" --output "$out" --cache-dir "$cache")
  edited="$(find "$corpus/articles" -name '*.md' | sort | sed -n 1p)"  # sed, not head: no SIGPIPE under pipefail
  cold=""; same=""; edit=""
  for _ in $(seq "$runs"); do
    # cold as on a fresh clone: no output, no cache, and no spare folder beside the output from the last run
    rm -rf "$out" "$(dirname "$out")/.$(basename "$out").byline-spare" "$cache"
    sync  # the file system finishes the deletion before the clock starts, for Byline and Hugo alike
    cold+="$(time_once "${byline[@]}")"$'\n'
    same+="$(time_once "${byline[@]}")"$'\n'
    cp -p "$edited" "$data/edited.md"
    printf '\nA sentence added by the benchmark.\n' >>"$edited"
    edit+="$(time_once "${byline[@]}")"$'\n'
    mv -f "$data/edited.md" "$edited"
  done
  row byline "cold (empty output and cache)" "$n" "${cold%$'\n'}"
  row byline "again, nothing changed" "$n" "${same%$'\n'}"
  row byline "again, one article edited" "$n" "${edit%$'\n'}"
  if command -v hugo >/dev/null; then
    work="$data/hugo-$n"
    bash "$peer/run-peer.sh" hugo "$corpus" "$work" prepare >/dev/null
    hugo_runs=""
    for _ in $(seq "$runs"); do
      hugo_runs+="$(time_once bash "$peer/run-peer.sh" hugo "$corpus" "$work" build)"$'\n'
      bash "$peer/run-peer.sh" hugo "$corpus" "$work" clean >/dev/null
      sync
    done
    row hugo "cold (empty output)" "$n" "${hugo_runs%$'\n'}"
  fi
done
echo
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1); runs=$runs"

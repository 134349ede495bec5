#!/usr/bin/env bash
# Byline's benchmark: a figure for every row of the "Aims" tables of issue 14 (the render plan) and issue 15 (cold
# builds), on op-ed corpora from ../shared/bench/gen-corpus.py (seed 42), through ./byline as users run it, each the
# median of RUNS. Its parts:
#   cold   `byline build` cold (no output folder, empty cache) and Hugo's cold build of the same corpus (laid out by
#          ../shared/bench/run-peer.sh, when Hugo is installed), alternated run by run (which goes first alternates
#          too), with their peak memory and the ratio; each run writes into folders that do not exist yet, and the
#          series' outputs are deleted only after it: a big delete just before a run slows its writes by seconds on
#          some disks, for either tool
#   build  `byline build`, each in a fresh process, each timed build seeing one change since the one before: again
#          with nothing changed, after one article's text changed, after its headline changed
#   serve  `byline serve` on a copy of the corpus and of the theme, started once per size: for an article's text,
#          headline, date and tags, a new and a deleted article, an author file's bio and article.jte, the time from
#          writing the change to the changed page serving it, polled over HTTP every ~5 ms (seen from outside), and
#          the time serve prints itself ("served N ms after the first file event"); one untimed round of every change
#          warms serve up first
# and prints one markdown table with the issue's aim beside each figure (the aims are for 10,000 articles). It reports;
# it never fails a build and is not a test.
#
#   bash bench/run.sh [SIZES] [RUNS]      e.g. bash bench/run.sh 1000,10000 3   (default: 1000,10000 and 3)
#   BYLINE_BENCH_PARTS=cold bash bench/run.sh 1000,10000,100000 3    only some parts (default: cold,build,serve)
#
# Corpora, outputs, caches, serve's copy and Hugo's work folder go to bench/data/ (ignored by git; BYLINE_BENCH_DATA
# names another folder). 100,000 articles: pass 100000 as a size (about 800 MB). serve listens on a free port of
# 127.0.0.1 only and is stopped, and every edited file put back, when the benchmark ends or is interrupted.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
peer="${BYLINE_BENCH_PEER:-$root/../shared/bench}"  # the shared benchmark folder, if it is not beside the repository
sizes="${1:-1000,10000}"
runs="${2:-3}"
parts="${BYLINE_BENCH_PARTS:-cold,build,serve}"
data="${BYLINE_BENCH_DATA:-$root/bench/data}"  # a fresh folder elsewhere gives a file system that has not churned
IFS=, read -ra chosen <<<"$parts"
for part in "${chosen[@]}"; do
  [[ "$part" == @(cold|build|serve) ]] ||
    { echo "bench: unknown part \"$part\" in BYLINE_BENCH_PARTS; the parts are cold, build and serve" >&2; exit 2; }
done
wants() { [[ ",$parts," == *",$1,"* ]]; }
if { wants cold || wants build; } && [[ ! -x /usr/bin/time ]]; then
  echo "bench: needs GNU time (apt-get install time)" >&2; exit 2
fi
if wants serve && ! command -v curl >/dev/null; then echo "bench: the serve part needs curl" >&2; exit 2; fi
load_before="$(uptime | sed 's/.*load average: //')"
[[ -f "$peer/gen-corpus.py" ]] || { echo "bench: needs $peer/gen-corpus.py" >&2; exit 2; }
mkdir -p "$data"
"$root/byline" --version >/dev/null   # builds target/byline.jar if needed
# the launcher's first build records the classes Byline loads (class data sharing): done here, not in a timed run
"$root/byline" build --source "$root/content" --templates "$root/templates" --output "$data/out-sample" \
  --cache-dir "$data/cache-sample" >/dev/null

say() { echo "bench: $*" >&2; }
declare -A samples=()  # row key -> lines of samples, one size at a time: "wall cpu rss_kb" or "outside_ms serve_ms"

# time_once CMD...: runs CMD, prints "wall user+sys maxrss_kb"
time_once() {
  local log; log="$(mktemp)"
  /usr/bin/time -f "%e %U %S %M" -o "$log" "$@" >/dev/null 2>&1 || { echo "bench: failed: $*" >&2; cat "$log" >&2; }
  awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' "$log"; rm -f "$log"
}

# median of a column of lines of numbers, for column $1
median() { sort -n -k"$1" | awk -v c="$1" '{v[NR]=$c} END {print v[int((NR+1)/2)]}'; }

# nth_article DIR K: the K-th article of DIR/articles in name order (sed, not head: no SIGPIPE under pipefail)
nth_article() { find "$1/articles" -name '*.md' | sort | sed -n "$2p"; }

micros() { local t="${1//[.,]/}"; echo "$((10#$t))"; }  # an $EPOCHREALTIME (any locale's decimal mark) in µs

# --- Edits as a writer makes them, shared by the build and serve parts. Each writes its file whole in one go and
# notes the moment it wrote in changed_at; backup keeps the file as it was, and restore (also on exit) puts it back.
changed_at=""
declare -A saved=()   # edited file -> its copy, or "" when the file did not exist before
copies=0
backup() {
  [[ -z "${saved[$1]+set}" ]] || return 0  # already kept: the first copy is the original
  local copy=""
  if [[ -e "$1" ]]; then
    copies=$((copies + 1)); copy="$data/backup/$copies-$(basename "$1")"
    mkdir -p "$data/backup"; cp -p "$1" "$copy"
  fi
  saved["$1"]="$copy"
}
restore() {
  local copy="${saved[$1]}"
  changed_at=$EPOCHREALTIME
  if [[ -n "$copy" ]]; then cp -p "$copy" "$1"; rm -f "$copy"; else rm -f "$1"; fi
  unset 'saved[$1]'
}
restore_all() { local file; for file in "${!saved[@]}"; do restore "$file"; done; }
rewrite() {  # rewrite FILE SED_SCRIPT [FROM]: FILE becomes FROM (default: FILE itself) as SED_SCRIPT edits it
  local text; text="$(sed -e "$2" "${3:-$1}")"
  changed_at=$EPOCHREALTIME
  printf '%s\n' "$text" >"$1"
}
add_sentence() { changed_at=$EPOCHREALTIME; printf '\nA sentence added by the benchmark (%s).\n' "$2" >>"$1"; }
retitle() { rewrite "$1" "0,/^title: \"/s//title: \"$2: /" "${3:-$1}"; }  # retitle FILE TOKEN [FROM]
redate() { rewrite "$1" "0,/^date: .*/s//date: $2/"; }
add_tag() { rewrite "$1" "0,/^tags: \[/s//tags: [$2, /"; }
rewrite_bio() { rewrite "$1" "s/^bio: \"/bio: \"$2. /"; }
mark_template() { rewrite "$1" "/<div class=\"article-body\">/a <p>$2</p>"; }
remove() { changed_at=$EPOCHREALTIME; rm -f "$1"; }

# --- The cold part: Byline's and Hugo's cold builds, alternated (see the top of this file).
measure_cold() {  # measure_cold N
  local corpus="$data/corpus-$1" series="$data/cold-$1" work="$data/hugo-$1" run hugo=""
  if command -v hugo >/dev/null; then
    hugo=yes; bash "$peer/run-peer.sh" hugo "$corpus" "$work" prepare >/dev/null
  else
    say "Hugo is not installed (apt-get install hugo): Byline's cold builds only"
  fi
  rm -rf "$series"; mkdir -p "$series"; sync
  for run in $(seq "$runs"); do
    say "$1 articles: cold builds, run $run of $runs"
    if [[ -n "$hugo" ]] && ((run % 2 == 0)); then cold_hugo "$corpus" "$work"; fi
    samples[cold-byline]+="$(time_once "$root/byline" build --source "$corpus" --templates "$root/templates" \
      --output "$series/out-$run" --cache-dir "$series/cache-$run")"$'\n'
    if [[ -n "$hugo" ]] && ((run % 2 == 1)); then cold_hugo "$corpus" "$work"; fi
  done
  rm -rf "$series"
  [[ -z "$hugo" ]] || bash "$peer/run-peer.sh" hugo "$corpus" "$work" clean >/dev/null
  sync
  [[ "$1" != 10000 ]] || cold_10k="$(median 1 <<<"${samples[cold-byline]%$'\n'}")"
}
cold_hugo() {  # cold_hugo CORPUS WORK: one timed cold build by Hugo (its last output is renamed aside, not deleted)
  samples[cold-hugo]+="$(time_once bash "$peer/run-peer.sh" hugo "$1" "$2" build)"$'\n'
}
cold_10k=""  # Byline's cold build of 10,000 articles, for the 100,000-article row

# --- The build part: each timed build sees exactly one change since the build before it: nothing, one article's
# text, then the same article's headline. RUNS times, each from a cold build (not timed here: see the cold part); the
# article is put back after each run.
measure_builds() {  # measure_builds N
  local corpus="$data/corpus-$1" out="$data/out-$1" cache="$data/cache-$1" run
  local byline=("$root/byline" build --source "$corpus" --templates "$root/templates" --output "$out"
    --cache-dir "$cache")
  local article; article="$(nth_article "$corpus" 1)"
  for run in $(seq "$runs"); do
    say "$1 articles: build, run $run of $runs"
    rm -rf "$out" "$(dirname "$out")/.$(basename "$out").byline-spare" "$cache"
    "${byline[@]}" >/dev/null
    samples[build-same]+="$(time_once "${byline[@]}")"$'\n'
    backup "$article"
    add_sentence "$article" "bench-build-$run"
    samples[build-text]+="$(time_once "${byline[@]}")"$'\n'
    retitle "$article" "bench-build-$run"
    samples[build-headline]+="$(time_once "${byline[@]}")"$'\n'
    restore "$article"
  done
}

# --- The serve part. serve runs on its own copy of the corpus with an author file for Andrew Wilson (the corpus has
# none; gen-corpus.py gives him articles at every size) and a copy of the theme, so no file a build reads is edited.
serve_pid=""
serve_log=""
serve_url=""
start_serve() {  # start_serve SITE: serves SITE/content with SITE/templates; returns once the first build serves
  serve_log="$1/serve.log"
  "$root/byline" serve --host 127.0.0.1 --port 0 --source "$1/content" --templates "$1/templates" \
    --cache-dir "$1/cache" >"$serve_log" 2>&1 &
  serve_pid=$!
  until serve_url="$(sed -n 's/^Serving \(http:[^ ]*\) .*/\1/p' "$serve_log")"; [[ -n "$serve_url" ]]; do
    kill -0 "$serve_pid" 2>/dev/null || { say "serve stopped:"; cat "$serve_log" >&2; serve_pid=""; return 1; }
    sleep 0.2
  done
}
stop_serve() {
  [[ -n "$serve_pid" ]] || return 0
  kill "$serve_pid" 2>/dev/null || true
  wait "$serve_pid" 2>/dev/null || true
  serve_pid=""
}
serve_timings() { grep -c 'ms after the first file event' "$serve_log" || true; }  # how many rebuilds serve reported
serve_timing() {  # serve_timing K: the K-th figure serve printed, in ms
  grep -o 'served [0-9]* ms after the first file event' "$serve_log" | sed -n "$1s/served \([0-9]*\) .*/\1/p"
}

page_shows() {  # page_shows URL has|lacks TEXT, or URL status CODE: whether the page now answers so
  local reply status
  reply="$(curl -s --noproxy '*' --max-time 10 -w '\n%{http_code}' "$1")" || return 1
  status="${reply##*$'\n'}"; reply="${reply%$'\n'*}"
  case "$2" in
    has) [[ "$status" == 200 && "$reply" == *"$3"* ]] ;;
    lacks) [[ "$status" == 200 && "$reply" != *"$3"* ]] ;;
    status) [[ "$status" == "$3" ]] ;;
  esac
}

# serve_step URL CONDITION VALUE CHANGE...: runs the command CHANGE, polls the page at URL every ~5 ms until it answers
# as page_shows CONDITION VALUE says, waits for serve's own line on that rebuild and until serve has been quiet for
# half a second (so the next change is a batch of its own), and leaves "OUTSIDE_MS SERVE_MS" in step_result.
step_result=""
serve_step() {
  local url="$1" condition="$2" value="$3"; shift 3
  local before give_up count seen
  before="$(serve_timings)"
  "$@"
  give_up=$((EPOCHSECONDS + 300))
  until page_shows "$url" "$condition" "$value"; do
    if ((EPOCHSECONDS > give_up)) || ! kill -0 "$serve_pid" 2>/dev/null; then
      say "the page $url never showed \"$condition $value\" after $*"; step_result=""; return 1
    fi
    sleep 0.005
  done
  seen=$EPOCHREALTIME
  until (($(serve_timings) > before)) || ((EPOCHSECONDS > give_up)); do sleep 0.02; done
  while count="$(serve_timings)"; sleep 0.5; [[ "$(serve_timings)" != "$count" ]]; do :; done
  step_result="$((($(micros "$seen") - $(micros "$changed_at")) / 1000)) $(serve_timing $((before + 1)))"
}

serve_kinds=(text headline date tags new deleted author template)

# measure_serve_change SITE KIND RUN: makes one change of KIND, measures it (run 0 is the warm-up: not kept), then
# undoes it and waits for that too
measure_serve_change() {
  local site="$1" kind="$2" run="$3" token="bench-$2-$3"
  local article other author template target page change shows undone day tag unused
  article="$(nth_article "$site/content" 1)"
  other="$(nth_article "$site/content" 2)"
  author="$site/content/authors/andrew-wilson.yaml"
  template="$site/templates/article.jte"
  # most changes are to the first article and show on its page; the cases below say where the others show
  target="$article"; page="${serve_url}articles/$(basename "$article" .md)/"
  shows=(has "$token"); undone=(lacks "$token")
  case "$kind" in
    text) change=(add_sentence "$article" "$token") ;;
    headline) change=(retitle "$article" "$token") ;;
    date) # moved to an older day than any in the corpus (2021-2025), another each run
      day="2020-12-$(printf %02d $((run % 28 + 1)))"
      change=(redate "$article" "$day"); shows=(has "datetime=\"$day\""); undone=(lacks "datetime=\"$day\"") ;;
    tags) # one more of the corpus' tags, one the article does not have, another each run
      mapfile -t unused < <(grep -rh '^tags: \[' "$site/content/articles" | sed 's/^tags: \[//; s/\]$//' | tr ',' '\n' |
        tr -d ' ' | sort -u | grep -vxF -f <(sed -n 's/^tags: \[\(.*\)\]$/\1/p' "$article" | tr ',' '\n' | tr -d ' '))
      tag="${unused[$((run % ${#unused[@]}))]}"
      change=(add_tag "$article" "$tag"); shows=(has "rel=\"tag\">$tag</a>"); undone=(lacks "rel=\"tag\">$tag</a>") ;;
    new) # a copy of the article under another name and headline
      target="$site/content/articles/$token.md"; page="${serve_url}articles/$token/"
      change=(retitle "$target" "$token" "$article"); undone=(status 404) ;;
    deleted)
      target="$other"; page="${serve_url}articles/$(basename "$other" .md)/"
      change=(remove "$other"); shows=(status 404); undone=(status 200) ;;
    author) target="$author"; page="${serve_url}authors/andrew-wilson/"; change=(rewrite_bio "$author" "$token") ;;
    template) target="$template"; change=(mark_template "$template" "$token") ;;
  esac
  backup "$target"
  if serve_step "$page" "${shows[@]}" "${change[@]}" && ((run > 0)); then
    samples[serve-$kind]+="$step_result"$'\n'
  fi
  serve_step "$page" "${undone[@]}" restore "$target" || true
}

measure_serve() {  # measure_serve N
  local site="$data/serve-$1" run kind
  rm -rf "$site"; mkdir -p "$site/content/authors"
  cp -a "$data/corpus-$1/." "$site/content/"
  cp -a "$root/templates" "$site/templates"
  { echo "name: Andrew Wilson"  # and the bio his articles give him
    grep -rh -A1 '^  name: Andrew Wilson$' "$site/content/articles" | sed -n '2s/^  //p'
  } >"$site/content/authors/andrew-wilson.yaml"
  say "$1 articles: serve, first build"
  start_serve "$site" || return 0
  # run 0 warms serve up (the JIT compiles the rebuild's code, the theme's classes load): every change kind once,
  # not measured, so that even RUNS=1 gives the figures a writer sees after the first few saves
  for run in $(seq 0 "$runs"); do
    for kind in "${serve_kinds[@]}"; do
      say "$1 articles: serve, $( ((run > 0)) && echo "run $run of $runs" || echo warm-up): $kind"
      measure_serve_change "$site" "$kind" "$run"
    done
  done
  stop_serve
}

# --- The table: the issues' rows in their order
rows=(
  "cold-byline|\`build\` cold (no output folder, empty cache), and Hugo's cold build|cold"
  "cold-rss|peak RSS of the cold build|cold"
  "serve-text|\`serve\`: an article's text|<= 50 ms from file event to reload sent (14)"
  "serve-headline|\`serve\`: an article's headline|<= 150 ms (14)"
  "serve-date|\`serve\`: an article's date (moved to 2020)|<= 150 ms (14)"
  "serve-tags|\`serve\`: an article's tags (one added)|<= 150 ms (14)"
  "serve-new|\`serve\`: a new article|<= 150 ms (14)"
  "serve-deleted|\`serve\`: a deleted article|<= 150 ms (14)"
  "serve-author|\`serve\`: an author file's bio|<= 100 ms (14)"
  "serve-template|\`serve\`: one template (\`article.jte\`)|<= 1 s (14)"
  "build-text|\`build\` in a fresh process after one article's text changed|<= 1.0 s (14)"
  "build-headline|\`build\` after one article's headline changed|<= 1.5 s (14)"
  "build-same|\`build\` with nothing changed|<= 0.4 s (14)"
)

cold_aim() {  # cold_aim KEY N: issue 15's aim for the row at N articles
  case "$1-$2" in
    cold-byline-1000) echo "<= 1.0 times Hugo's time (15)" ;;
    cold-byline-10000) echo "<= 0.8 times Hugo's time, and under 4 s (15)" ;;
    cold-byline-100000) echo "<= 11 times the 10,000-article time (15)" ;;
    cold-rss-10000) echo "<= Hugo's (15)" ;;
    cold-rss-100000) echo "<= 3 GB and below Hugo's (15)" ;;
    *) echo "(none at this size)" ;;
  esac
}

figure() {  # figure KEY N: the median of the samples under KEY, in words
  local lines="${samples[$1]%$'\n'}" hugo="${samples[cold-hugo]:-}"
  hugo="${hugo%$'\n'}"
  case "$1" in
    serve-*) printf '%s ms seen from outside; serve: %s ms' "$(median 1 <<<"$lines")" "$(median 2 <<<"$lines")" ;;
    cold-byline)
      printf 'Byline %s s (cpu %s s)' "$(median 1 <<<"$lines")" "$(median 2 <<<"$lines")"
      [[ -z "$hugo" ]] || awk -v b="$(median 1 <<<"$lines")" -v h="$(median 1 <<<"$hugo")" \
        -v c="$(median 2 <<<"$hugo")" 'BEGIN {printf ", Hugo %s s (cpu %s s): Byline/Hugo %.2f", h, c, b / h}'
      [[ "$2" != 100000 || -z "$cold_10k" ]] ||
        awk -v b="$(median 1 <<<"$lines")" -v t="$cold_10k" 'BEGIN {printf "; %.1f times the 10,000-article time", b / t}' ;;
    cold-rss)
      printf 'Byline %s MB' "$(($(median 3 <<<"$lines") / 1024))"
      [[ -z "$hugo" ]] || awk -v b="$(median 3 <<<"$lines")" -v h="$(median 3 <<<"$hugo")" \
        'BEGIN {printf ", Hugo %d MB: Byline/Hugo %.2f", h / 1024, b / h}' ;;
    *)
      printf '%s s (cpu %s s, peak %s MB)' "$(median 1 <<<"$lines")" "$(median 2 <<<"$lines")" \
        "$(($(median 3 <<<"$lines") / 1024))" ;;
  esac
}

cleanup() { stop_serve; restore_all; }
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

echo "| measure | articles | median of $runs | aim (issue; 14's aims are for 10,000 articles) |"
echo "| --- | --- | --- | --- |"
IFS=, read -ra ns <<<"$sizes"
for n in "${ns[@]}"; do
  [[ -f "$data/corpus-$n/site.yaml" ]] ||
    python3 "$peer/gen-corpus.py" --n "$n" --seed 42 --out "$data/corpus-$n" >/dev/null
  samples=()
  for part in "${chosen[@]}"; do
    case "$part" in cold) measure_cold "$n" ;; build) measure_builds "$n" ;; serve) measure_serve "$n" ;; esac
  done
  samples[cold-rss]="${samples[cold-byline]:-}"
  for row in "${rows[@]}"; do
    IFS='|' read -r key label aim <<<"$row"
    [[ "$aim" != cold ]] || aim="$(cold_aim "$key" "$n")"
    [[ -z "${samples[$key]:-}" ]] || printf '| %s | %s | %s | %s |\n' "$label" "$n" "$(figure "$key" "$n")" "$aim"
  done
done
echo
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1); runs=$runs;" \
  "load average before: $load_before, after: $(uptime | sed 's/.*load average: //')"

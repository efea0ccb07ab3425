#!/usr/bin/env bash
# End-to-end test of the terminal UI (issue 6, "Must show"): drives the built `codebook` in a detached tmux pane with
# the keyboard, reads the screen, and checks with the command line that what the screen said was saved is saved.
#
#   bash tests/e2e/tui-e2e.sh        (after `dotnet build Codebook.sln`; needs tmux)
#
# Three runs on fresh copies of the sample study (`codebook demo`), each in a temporary CODEBOOK_DATA:
#   120x40  open an interview, select a passage, code it by shortcut key, code another by the fuzzy picker (a Spanish
#           label), write a memo, code a third and undo it, search and jump to a hit, frequencies, a matrix, review
#           mode, quit; then `codebook codings --json` holds exactly the two new codings, and the memo is there.
#   80x24   the same, and the status line, the reader's text and the picker's rows are on the screen.
#   kill    code a passage, wait until the screen says it is coded, kill -9 the process: the coding is saved.
#   framework  open the framework panel (F), move to a cell with the arrows, write its summary (Enter), quit; then
#           `codebook framework --json` shows that summary in that cell.
# Every wait polls the screen for a stable English text with a timeout (E2E_TIMEOUT seconds, default 60): the machine
# may be slow, so no step relies on a fixed sleep. On a failure the screen is printed.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
bin=$root/src/Codebook.Cli/bin/Debug/net10.0
timeout_s=${E2E_TIMEOUT:-60}
coder=e2e

fail() {
  echo "tui-e2e: FAIL ($run): $*" >&2
  if [ -n "${pane_up:-}" ]; then
    echo "--- screen ---" >&2
    tm capture-pane -p -t e2e >&2 || true
    echo "--------------" >&2
  fi
  exit 1
}

run=setup
if [ -x "$bin/codebook" ]; then cb=("$bin/codebook")
elif [ -f "$bin/codebook.dll" ]; then cb=(dotnet "$bin/codebook.dll")
else fail "no built codebook in ${bin#"$root"/}: run 'dotnet build Codebook.sln' first"
fi
command -v tmux >/dev/null || fail "tmux is not installed (apt-get install -y tmux)"

work=$(mktemp -d)
# A tmux server of our own (its own socket, no user configuration), so nothing else's sessions are touched.
sock=codebook-e2e-$$
tm() { tmux -L "$sock" -f /dev/null "$@"; }
cleanup() {
  tm kill-server 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# The sample study, built once; each run works on a copy of it.
export CODEBOOK_DATA=$work/pristine
"${cb[@]}" demo >/dev/null || fail "codebook demo failed"
pristine=$CODEBOOK_DATA/sample-study.codebook
[ -f "$pristine" ] || fail "codebook demo made no $pristine"

# --- the screen ------------------------------------------------------------------------------------------------------

screen() { tm capture-pane -p -t e2e; }

# Polls until COMMAND... succeeds, else fails saying it waited for WHAT; fails at once if codebook has ended.
wait_for() {
  local what=$1 deadline=$((SECONDS + timeout_s)) code
  shift
  until "$@"; do
    code=$(exit_status)
    [ -z "$code" ] || fail "codebook ended (status $code) while waiting for $what"
    [ "$SECONDS" -lt "$deadline" ] || fail "waited ${timeout_s}s for $what"
    sleep 0.2
  done
}

shows() { screen | grep -qF -- "$1"; }
matches() { screen | grep -qE -- "$1"; }
status_has() { screen | tail -n 1 | grep -qF -- "$1"; }
hidden() { ! shows "$1"; }

# Waits until the screen shows TEXT (a fixed string); WHAT names it in a failure.
see() { wait_for "${2:-"the screen to show '$1'"}" shows "$1"; }

# Waits until the screen matches the extended regular expression RE.
see_re() { wait_for "${2:-"the screen to match /$1/"}" matches "$1"; }

# Waits until the screen no longer shows TEXT (a box closed).
unsee() { wait_for "'$1' to go from the screen" hidden "$1"; }

# Waits until the status line (the bottom row) contains TEXT.
status_shows() { wait_for "the status line to say '$1'" status_has "$1"; }

# Waits for the main screen after a panel closed: the panes back, and the reader's keys in the status line.
main_screen() {
  see "┤Transcripts├" "the main screen"
  status_shows "? keys · "
}

keys() { tm send-keys -t e2e "$@"; }
type_text() { tm send-keys -t e2e -l -- "$1"; }

# Starts `codebook tui` on PROJECT in a WIDTHxHEIGHT pane and waits for its first screen. The pane stays after the
# process ends, so its exit status can be read; the pane's process is codebook itself (exec), so kill -9 hits it.
start() {
  local project=$1 size=$2
  tm new-session -d -s e2e -x "${size%x*}" -y "${size#*x}" "sleep 600"
  tm set-option -t e2e remain-on-exit on >/dev/null
  pane_up=1
  local cmd
  printf -v cmd '%q ' env "CODEBOOK_DATA=$CODEBOOK_DATA" "${cb[@]}" tui --project "$project" --coder "$coder"
  tm respawn-pane -k -t e2e "exec $cmd"
  see_re "[0-9]+ transcripts, [0-9]+ codings" "the UI to start (status line: 'N transcripts, M codings')"
}

# The exit status of the process in the pane once it has ended (tmux may mark the pane dead a moment before it has
# the status; a kill leaves none), else nothing.
# tmux built with libutempter (Debian's 3.3a) can lose the SIGCHLD of a pane's process: on the pane's end of file it
# runs utempter's helper with SIGCHLD set to the default, and a child ending just then is never reaped, so the pane is
# dead with no status for good (tmux/tmux#311). A pane dead without a status therefore gets the tmux server a SIGCHLD
# of its own, which makes it reap the process and record the status; the next poll reads it.
exit_status() {
  [ -n "${pane_up:-}" ] || return 0
  local state
  state=$(tm display-message -p -t e2e '#{pane_dead} #{pane_dead_status}')
  if [ "$state" = "1 " ]; then kill -CHLD "$(tm display-message -p '#{pid}')" 2>/dev/null || true; fi
  echo "${state#* }"
}

# Waits for codebook to quit with status 0.
wait_quit() {
  local deadline=$((SECONDS + timeout_s)) code
  until code=$(exit_status) && [ -n "$code" ]; do
    [ "$SECONDS" -lt "$deadline" ] || fail "waited ${timeout_s}s for codebook to quit"
    sleep 0.2
  done
  [ "$code" = 0 ] || fail "codebook tui exited with status $code"
}

stop() {
  tm kill-session -t e2e 2>/dev/null || true
  pane_up=
}

# --- the command line ------------------------------------------------------------------------------------------------

# `codebook codings --json` as one line per coding: id transcript start end theme coder (tab-separated). The JSON is
# an indented array of flat objects, one field a line.
codings() {
  "${cb[@]}" codings --project "$1" --json | awk -F'"' '
    /^ *"(id|transcript|theme|coder)":/ { f[$2] = $4 }
    /^ *"(start|end)":/ { v = $3; gsub(/[^0-9]/, "", v); f[$2] = v }
    /^ *},?$/ { print f["id"] "\t" f["transcript"] "\t" f["start"] "\t" f["end"] "\t" f["theme"] "\t" f["coder"]; delete f }
  ' | sort
}

# The codings in AFTER that are not in BEFORE (files from `codings`).
added() { comm -13 "$1" "$2"; }

# --- the flows -------------------------------------------------------------------------------------------------------

# The transcript the reader shows, from its frame's title ("┤fr01-nadia · Entretien 01 — …").
reader_shows() { screen | head -n 1 | grep -oE "┤[a-z0-9]+-[a-z0-9]+ · " | tr -d '┤ ·'; }

# Opens fr01-nadia from the transcripts list: `o`, then ↓ until the reader shows it (the reader follows the list),
# one ↓ at a time: each waits for the reader to change, so keys do not pile up on a slow machine.
open_interview() {
  keys o
  local shown tries=0 deadline
  shown=$(reader_shows)
  until [ "$shown" = fr01-nadia ]; do
    tries=$((tries + 1))
    [ "$tries" -le 30 ] || fail "fr01-nadia never came up in the reader while moving down the transcripts list"
    keys Down
    deadline=$((SECONDS + timeout_s))
    until [ "$(reader_shows)" != "$shown" ]; do
      [ "$SECONDS" -lt "$deadline" ] || fail "the reader did not follow the transcripts list (still $shown)"
      sleep 0.2
    done
    shown=$(reader_shows)
  done
  keys Enter
}

# Selects a few words of the next participant turn nobody coded: g, v, then w six times.
select_passage() {
  keys g
  see "turn " "the detail pane to show where the cursor is"
  keys v w w w w w w
  # At 80 columns the detail line (turn · speaker · file line · selected START:END) wraps before the span.
  see_re "selected [0-9]+:[0-9]+|│[0-9]+:[0-9]+ \([0-9]+ characters?\)" "a selection in the detail pane"
}

main_flow() {
  local size=$1 dir=$work/$1
  run=$size
  mkdir -p "$dir"
  cp "$pristine" "$dir/"
  local project=$dir/sample-study.codebook
  export CODEBOOK_DATA=$dir
  codings "$project" >"$dir/before"

  start "$project" "$size"
  open_interview
  see_re "turn [0-9]+ · " "the reader to have the keyboard (detail: 'turn N · …')"

  # A passage coded by its theme's shortcut key (p: Reporting pressure and daily coding of actions).
  select_passage
  keys c
  status_shows "code with: press a theme's key"
  keys p
  status_shows "coded 1 passage with reporting-pressure"

  # Another by the fuzzy picker, typing part of its Spanish label (Own databases has no shortcut key).
  keys ]
  select_passage
  keys t
  see "Code with… (type a label" "the theme picker"
  type_text "datos prop"
  see "Own databases — Bases de datos propias" "the picker to offer Own databases"
  keys Enter
  status_shows "coded 1 passage with own-databases"

  # A memo on it.
  keys N
  see "Own databases — $coder (" "the picked coding under the cursor in the detail pane"
  keys m
  see "Memo on own-databases (" "the memo box"
  local picked_id
  picked_id=$(screen | grep -oE "Memo on own-databases \([a-z0-9]+\)" | head -n 1 | sed -E 's/.*\((.*)\)/\1/')
  [ -n "$picked_id" ] || fail "could not read the picked coding's id in the memo box"
  type_text "e2e memo: parallel spreadsheets"
  keys Enter
  status_shows "memo "
  see "memo ($coder): e2e memo: parallel spreadsheets" "the memo in the detail pane"

  # A third coding (the turn under the cursor, by shortcut), undone.
  keys ] ]
  keys c
  status_shows "code with: press a theme's key"
  keys q
  status_shows "coded 1 passage with quantification"
  keys u
  status_shows "undid #"

  # Search, and Enter jumps to the first hit.
  keys /
  see "type a query" "the search panel"
  type_text "tableau"
  see_re "[0-9]+ passages? .*· Enter jumps" "search results"
  local hit
  hit=$(screen | grep -oE "│[a-z0-9]+-[a-z]+ +l\.[0-9]+" | head -n 1 | tr -d '│' | awk '{print $1 " line " substr($2, 3)}')
  [ -n "$hit" ] || fail "could not read the first search result"
  keys Enter
  status_shows "$hit"
  see "${hit%% *} · " "the reader to show ${hit%% *}"

  # The frequency chart and the theme × case matrix.
  keys a
  see "┤Analyses├" "the analyses panel"
  status_shows "Esc close"
  keys 1
  see "Theme frequencies · " "the frequency chart"
  keys 2
  see "Themes by case: codings · " "the theme × case matrix"
  keys Escape
  main_screen

  # Review mode on a theme, picked by name.
  keys R
  see "Review which theme?" "the review picker"
  status_shows "Esc close"
  type_text "language"
  see "Language barriers — " "the review picker to offer Language barriers"
  keys Enter
  see_re "Review · Language barriers · [a-z ]+ · quote 1 of [0-9]+" "review mode on Language barriers"
  keys Escape
  main_screen

  if [ "$size" = 80x24 ]; then check_small_screen; fi

  keys q
  wait_quit
  stop

  # Exactly the two codings made, by us, with their themes, and nothing else changed.
  codings "$project" >"$dir/after"
  added "$dir/before" "$dir/after" | cut -f5,6 | sort >"$dir/added"
  printf 'own-databases\t%s\nreporting-pressure\t%s\n' "$coder" "$coder" >"$dir/expected"
  diff -u "$dir/expected" "$dir/added" >&2 || fail "codebook codings --json does not show exactly the codings made (- expected, + added)"
  added "$dir/before" "$dir/after" | grep -qE "^$picked_id	.*	own-databases	$coder\$" || fail "the coding the memo box named ($picked_id) is not the new own-databases coding"
  [ -z "$(comm -23 "$dir/before" "$dir/after")" ] || fail "codings that were there before are gone or changed"
  "${cb[@]}" memos --project "$project" | grep -F "$picked_id" | grep -qF "e2e memo: parallel spreadsheets" || fail "codebook memos does not list the memo on $picked_id"
  echo "tui-e2e: $size ok (2 codings, 1 memo, undo, search, analyses, review)"
}

# At 80x24, with the main screen back: nothing that matters is cut off.
check_small_screen() {
  keys Escape
  status_shows "? keys · q quit · v select"
  # A numbered row of the reader (right of the left panes) with words on it.
  screen | grep -qE "││ {0,4}[0-9]+ .*[a-z]+ [a-z]+ [a-z]+" || fail "the reader shows no numbered line of text"
  keys t
  see "Code with… (type a label" "the theme picker"
  type_text "barr"
  see "Language barriers" "the picker's match"
  screen | grep -qE "Code with… \(type a label, Enter, Esc\)" || fail "the picker's title is cut off"
  # Esc and the next key sent together would read as Alt+key: the picker must be gone first.
  keys Escape
  unsee "Code with…"
}

kill_flow() {
  local dir=$work/kill
  run=kill
  mkdir -p "$dir"
  cp "$pristine" "$dir/"
  local project=$dir/sample-study.codebook
  export CODEBOOK_DATA=$dir
  codings "$project" >"$dir/before"

  start "$project" 120x40
  open_interview
  see_re "turn [0-9]+ · " "the reader to have the keyboard"
  select_passage
  keys c
  status_shows "code with: press a theme's key"
  keys l
  status_shows "coded 1 passage with language-barriers"
  local pid
  pid=$(tm display-message -p -t e2e '#{pane_pid}')
  kill -9 "$pid"
  # Its end, not the pane's: the command line must not find the project file still open.
  local deadline=$((SECONDS + timeout_s))
  while kill -0 "$pid" 2>/dev/null; do
    [ "$SECONDS" -lt "$deadline" ] || fail "codebook (pid $pid) is still running after kill -9"
    exit_status >/dev/null # a zombie answers kill -0: makes tmux reap it if its SIGCHLD was lost
    sleep 0.2
  done
  stop

  codings "$project" >"$dir/after"
  added "$dir/before" "$dir/after" | cut -f5,6 >"$dir/added"
  printf 'language-barriers\t%s\n' "$coder" | diff -u - "$dir/added" >&2 || fail "after kill -9 the coding shown as applied is not in the project"
  echo "tui-e2e: kill ok (the coding shown as applied survived kill -9)"
}

# `codebook framework --json` as one line per cell with a summary: case theme summary (tab-separated). The JSON's cells
# are flat objects, one field a line.
summaries() {
  "${cb[@]}" framework --project "$1" --json | awk -F'"' '
    /^ *"(case|theme|summary)":/ { f[$2] = $4 }
    /^ *},?$/ { if ("summary" in f) print f["case"] "\t" f["theme"] "\t" f["summary"]; delete f }
  '
}

framework_flow() {
  local dir=$work/framework
  run=framework
  mkdir -p "$dir"
  cp "$pristine" "$dir/"
  local project=$dir/sample-study.codebook
  export CODEBOOK_DATA=$dir

  start "$project" 120x40
  keys F
  see "┤Framework matrix├" "the framework panel"
  status_shows "Enter summary"
  keys Right Down
  keys Enter
  see "Summary of " "the summary box"
  local cell
  cell=$(screen | grep -oE "Summary of [a-z0-9-]+ × [a-z0-9-]+" | head -n 1 | sed -E 's/Summary of ([^ ]+) × ([^ ]+)/\1\t\2/')
  [ -n "$cell" ] || fail "could not read the cell the summary box names"
  type_text " e2e summary: waits for the quota"
  keys Enter
  status_shows "summary of ${cell%%	*} × ${cell#*	} written"
  see "e2e summary: waits for the quota" "the summary in the cell pane"
  keys Escape
  main_screen
  keys q
  wait_quit
  stop

  summaries "$project" | grep -F "$cell	" | grep -qF "e2e summary: waits for the quota" \
    || fail "codebook framework --json does not show the summary written in ${cell/	/ × }"
  echo "tui-e2e: framework ok (the summary written in the panel is in codebook framework --json)"
}

case ${1:-all} in
  all) main_flow 120x40; main_flow 80x24; kill_flow; framework_flow;;
  120x40 | 80x24) main_flow "$1";;
  kill) kill_flow;;
  framework) framework_flow;;
  *) echo "usage: tui-e2e.sh [all|120x40|80x24|kill|framework]" >&2; exit 2;;
esac
echo "tui-e2e: passed"

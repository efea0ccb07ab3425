#!/usr/bin/env bash
# Native smoke test: the native executable the tool package ships (Native AOT, trimmed) against the plain build,
# command by command. The unit tests run under JIT, so this is what shows that trimming and native compilation left
# every command's behaviour as it was: what the trimmer might drop (LiteDB's and YamlDotNet's reflection, Lucene.Net's
# codecs, Word files through OpenXml) and what Native AOT runs differently (module initializers, JSON, the UI's
# configuration).
#
#   bash tests/e2e/native-smoke.sh [NATIVE_CODEBOOK]
#
# Without an argument it installs the tool as the README says (`dotnet pack`, then `dotnet tool install` into a
# temporary folder; the native compile takes 3–7 minutes and needs gcc or clang). The plain build is
# src/Codebook.Cli/bin/Debug/net10.0 (`dotnet build Codebook.sln` first). Each side works in a folder of its own on
# its own `codebook demo`; every step's output, errors and exit code, and every file it writes, must be the same once
# what differs by nature is masked (the folder, coding ids, times). The UI's screens are compared with their colours.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
plain=$root/src/Codebook.Cli/bin/Debug/net10.0/codebook
work=$(mktemp -d)
sock=codebook-native-$$
cleanup() {
  tmux -L "$sock" kill-server 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "native-smoke: FAIL: $*" >&2; exit 1; }

[ -x "$plain" ] || fail "no plain build at ${plain#"$root"/}: run 'dotnet build Codebook.sln' first"
if [ $# -ge 1 ]; then
  native=$(realpath "$1")
else
  echo "native-smoke: packing and installing the tool as the README says (the native compile takes minutes)"
  # A package cache of its own, so that an older Codebook 0.1.0 in the user's cache is not the one installed.
  dotnet pack "$root/src/Codebook.Cli" -o "$work/nupkg" >"$work/pack.log" 2>&1 || { tail -30 "$work/pack.log" >&2; fail "dotnet pack failed"; }
  NUGET_PACKAGES=$work/packages dotnet tool install --tool-path "$work/tool" --add-source "$work/nupkg" Codebook \
    >"$work/install.log" 2>&1 || { cat "$work/install.log" >&2; fail "dotnet tool install failed"; }
  native=$work/tool/codebook
fi
[ -x "$native" ] || fail "no executable at $native"
command -v python3 >/dev/null || fail "python3 is needed to read the Word, Excel and REFI-QDA files"

# --- the steps -------------------------------------------------------------------------------------------------------
# One command line per step, run in the side's folder with CODEBOOK_DATA=data, the demo project as the default
# project and `smoke` as the coder. Paths are relative to the side's folder; $ROOT is the repository. A step marked
# `~` lists things whose order among equals follows their random ids: its lines are compared sorted.
steps=$(cat <<'EOF'
demo
transcripts
transcripts --json
show fr01-nadia
show es12-lucia --json
speakers
cases --json
attributes
themes
themes --json
codings --theme resistance
codings --json
freq
freq --json
matrix --by case
matrix --by attr:territory --json
matrix --by case --format csv -o out/matrix.csv
cooccur
saturation --json
framework
agree --coders ana,luis
agree --coders ana,luis --json
disagreements --coders ana,luis
~ memos
cases import $ROOT/corpus-samples/participants.xlsx
cases export -o out/cases.xlsx
search chiffres
search "les chiffres"
search --json "theme:resistance AND contrôle"
search "trabaj*"
search "speaker:lucia registrar"
search "(les chiffres"
search "NEAR("
code fr01-nadia --theme resistance --match "les chiffres"
code es12-lucia --theme resistance --lines 20-22 --memo "a memo from the smoke test"
undo
redo
autocode --query "objectifs" --theme quantification --yes
freq
export quotes --theme resistance -o out/quotes.md
export quotes --theme resistance -o out/quotes.csv
export quotes --theme resistance -o out/quotes.docx
export report -o out/report.md
export framework -o out/framework.xlsx
export framework -o out/framework.docx
export memos -o out/memos.md
export qdc -o out/codebook.qdc
export qdpx -o out/project.qdpx
init fresh.codebook
import --project fresh.codebook $ROOT/tests/data/transcripts/cfpp-duprat-bagnolet.txt $ROOT/tests/data/transcripts/cfpp-samvarian-2e.vtt $ROOT/tests/data/transcripts/cfpp-schmidt-17e.md $ROOT/tests/data/transcripts/bookthesis-entrevista-e2.md $ROOT/corpus-samples/interviews/fr05-sophie.docx
import --project fresh.codebook $ROOT/tests/data/codebooks/taguette-export.csv
import --project fresh.codebook --json $ROOT/tests/data/transcripts/cfpp-duprat-bagnolet.txt
transcripts --project fresh.codebook
speakers --project fresh.codebook
cases --project fresh.codebook
themes --project fresh.codebook
search --project fresh.codebook quartier
show --project fresh.codebook fr05-sophie
init atlas.codebook
import-qdpx --project atlas.codebook $ROOT/tests/data/refi-qda/samples/target-atlas-project.qdpx
codings --project atlas.codebook
init roundtrip.codebook
import-qdpx --project roundtrip.codebook out/project.qdpx
freq --project roundtrip.codebook
import --project fresh.codebook $ROOT/tests/data/no-such-file.txt
show no-such-transcript
encrypt --password-file password.txt
search chiffres --password-file password.txt
freq --password-file password.txt
decrypt --password-file password.txt
search chiffres
log --json
EOF
)

mask() {
  perl -pe '
    s{\Q'"$1"'\E}{<side>}g;
    s{\b[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?}{<time>}g;
    s{\b[cm][0-9a-z]{8}\b}{<id>}g;  # coding and memo ids (random); a nine-letter word in c or m is masked alike
    s{\b[0-9]{8}T[0-9]{9}Z\b}{<time>}g;  # backups
    s{\bR[0-9a-f]{16,32}\b}{<rel>}g;  # relationship ids in Word and Excel files
    s{\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b}{<guid>}g;  # REFI-QDA, from the project id
    s{\b[0-9]+(\.[0-9]+)? ?(ms|s)\b}{<duration>}g;
  '
}

# Writes what a written file holds, masked: text files as they are, zip files (docx, xlsx, qdpx) part by part.
contents() {
  local file=$1 side=$2
  case $file in
    *.docx | *.xlsx | *.qdpx)
      local order=cat
      [[ $file == *.qdpx ]] && order=sort  # codings, memos and sources in the order of their random ids
      python3 - "$file" <<'PY' | mask "$side" | $order
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    for name in sorted(z.namelist()):
        if name.startswith("docProps/"): continue  # creation times
        data = z.read(name)
        print("== " + name)
        print(data.decode("utf-8", "replace") if name.endswith((".xml", ".rels", ".qde", ".txt", ".qdc")) else f"{len(data)} bytes")
PY
      ;;
    *memos.md) mask "$side" <"$file" | sort ;;  # memos in the order of their random ids
    *) mask "$side" <"$file" ;;
  esac
}

run_side() {
  local name=$1 codebook=$2 dir=$work/$1
  mkdir -p "$dir/out" "$dir/data"
  echo "correct horse battery staple" >"$dir/password.txt"
  local n=0
  while IFS= read -r line; do
    n=$((n + 1))
    local order=cat
    if [[ $line == "~ "* ]]; then line=${line#"~ "}; order=sort; fi
    line=${line//\$ROOT/$root}
    eval "set -- $line"
    local rc=0
    (cd "$dir" && CODEBOOK_DATA=data CODEBOOK_PROJECT=data/sample-study.codebook CODEBOOK_CODER=smoke \
      timeout 300 "$codebook" "$@" </dev/null >"$work/$name.$n.out" 2>"$work/$name.$n.err") || rc=$?
    { echo "\$ codebook $line"; echo "[exit $rc]"; mask "$dir" <"$work/$name.$n.out" | $order; echo "[stderr]"; mask "$dir" <"$work/$name.$n.err"; } \
      >"$work/$name.$n.step"
  done <<<"$steps"
  for file in "$dir"/out/*; do contents "$file" "$dir"; done >"$work/$name.files"
}

echo "native-smoke: plain build and native executable, $(grep -c . <<<"$steps") steps each"
run_side plain "$plain"
run_side native "$native"

failures=0
n=0
while IFS= read -r line; do
  n=$((n + 1))
  if ! cmp -s "$work/plain.$n.step" "$work/native.$n.step"; then
    echo "native-smoke: step $n differs: codebook $line" >&2
    diff "$work/plain.$n.step" "$work/native.$n.step" | head -20 >&2 || true
    failures=$((failures + 1))
  fi
done <<<"$steps"
if ! cmp -s "$work/plain.files" "$work/native.files"; then
  echo "native-smoke: the written files differ:" >&2
  diff "$work/plain.files" "$work/native.files" | head -30 >&2 || true
  failures=$((failures + 1))
fi
# A step that fails the same way on both sides would pass unseen: the ones meant to work must have worked.
for n in $(seq 1 "$(grep -c . <<<"$steps")"); do
  head -2 "$work/plain.$n.step" | grep -q '^\[exit 0\]' && continue
  grep -q 'no-such\|(les chiffres\|NEAR(' <(head -1 "$work/plain.$n.step") || {
    echo "native-smoke: step $n failed on both sides:" >&2
    head -12 "$work/plain.$n.step" >&2
    failures=$((failures + 1))
  }
done
[ -s "$work/plain.files" ] || { echo "native-smoke: no file was written" >&2; failures=$((failures + 1)); }

# --- the UI: the first screen, a search and the help, with colours --------------------------------------------------
if command -v tmux >/dev/null; then
  ui() {
    local name=$1 codebook=$2 dir=$work/$1 session=ui-$1
    tmux -L "$sock" -f /dev/null new-session -d -s "$session" -x 140 -y 40 \
      "cd '$dir' && CODEBOOK_DATA=data CODEBOOK_CODER=smoke '$codebook' --project data/sample-study.codebook; sleep 600"
    local i
    for i in $(seq 60); do
      sleep 1
      tmux -L "$sock" capture-pane -p -t "$session" | grep -q "Transcripts" && break
    done
    sleep 2
    tmux -L "$sock" capture-pane -e -p -t "$session" >"$work/$name.ui1"
    tmux -L "$sock" send-keys -t "$session" / && sleep 0.5
    tmux -L "$sock" send-keys -t "$session" -l chiffres && tmux -L "$sock" send-keys -t "$session" Enter && sleep 3
    tmux -L "$sock" capture-pane -e -p -t "$session" >"$work/$name.ui2"
    tmux -L "$sock" send-keys -t "$session" F1 && sleep 2
    tmux -L "$sock" capture-pane -e -p -t "$session" >"$work/$name.ui3"
    tmux -L "$sock" kill-session -t "$session"
  }
  ui plain "$plain"
  ui native "$native"
  for i in 1 2 3; do
    if ! cmp -s "$work/plain.ui$i" "$work/native.ui$i"; then
      echo "native-smoke: UI screen $i differs (plain, then native):" >&2
      cat "$work/plain.ui$i" "$work/native.ui$i" >&2
      failures=$((failures + 1))
    fi
  done
  grep -q "Transcripts" "$work/native.ui1" || { echo "native-smoke: the UI did not open" >&2; failures=$((failures + 1)); }
else
  echo "native-smoke: tmux is missing: the UI screens were not compared" >&2
  failures=$((failures + 1))
fi

if [ "$failures" -gt 0 ]; then fail "$failures difference(s) between the plain build and the native executable"; fi
echo "native-smoke: passed ($(grep -c . <<<"$steps") steps, $(grep -c '^== ' "$work/plain.files") parts of written files, 3 UI screens)"

#!/usr/bin/env bash
# Real-desktop check of "open files from anywhere", for an X display with a window manager
# (for example Xvfb with openbox). Starts `bilidrop --demo`, then `bilidrop --demo a.txt b.txt`
# as a file manager would, and checks that the second start ends at once with status 0, that
# there is still one BiliDrop window, and that both links end up on the clipboard.
# Needs xdotool and xclip. Optional: SHOT=file.png takes a screenshot at the end (ImageMagick).
set -uo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
uv run bilidrop --demo >"$work/first.log" 2>&1 &
first=$!
trap 'kill $first 2>/dev/null; wait $first 2>/dev/null; rm -rf "$work"' EXIT

windows() { xdotool search --onlyvisible --name '^BiliDrop' 2>/dev/null | wc -l; }
for _ in $(seq 150); do [ "$(windows)" -ge 1 ] && break; sleep 0.2; done
[ "$(windows)" -ge 1 ] || { echo "FAIL: no BiliDrop window"; cat "$work/first.log"; exit 1; }

printf 'first file' >"$work/a.txt"
printf 'second file' >"$work/b.txt"
started=$(date +%s%N)
uv run bilidrop --demo "$work/a.txt" "$work/b.txt"
status=$?
took=$(( ($(date +%s%N) - started) / 1000000 ))
echo "second start: exit status $status after $took ms"

links=0
for _ in $(seq 150); do
  links=$(xclip -o -selection clipboard 2>/dev/null | grep -c '^http' || true)
  [ "$links" -ge 2 ] && break
  sleep 0.2
done
echo "BiliDrop windows: $(windows)"
echo "links on the clipboard: $links"
xclip -o -selection clipboard 2>/dev/null | sed 's/?.*//; s/^/  /'
[ -n "${SHOT:-}" ] && import -window root "$SHOT"

[ "$status" -eq 0 ] && [ "$took" -lt 2000 ] && [ "$(windows)" -eq 1 ] && [ "$links" -eq 2 ] \
  && { echo "PASS"; exit 0; }
echo "FAIL"
exit 1

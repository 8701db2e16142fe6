#!/usr/bin/env bash
# Real-desktop check of the tray, the notifications and the accessibility tree, for an X
# display with a window manager, a notification daemon, a tray that starts some seconds after
# this script (as at login) and the AT-SPI bus with Qt's accessibility on. For example:
#
#   desktop-session --late-tray 8 --a11y -- tests/desktop/check_desktop.sh
#
# (Xvfb, openbox, dunst, trayer, at-spi-bus-launcher; QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1).
# Checks, in this order:
#   1. with no tray yet, a finished upload's notification reaches the daemon (Notify on the
#      session bus, recorded with dbus-monitor), while the window is minimised;
#   2. when the tray comes, BiliDrop's icon appears in it;
#   3. every control on screen has a name in the accessibility tree (printed);
#   4. a finished upload and its copied link are announced to screen readers, once each.
# Needs xdotool, xwininfo and dbus-monitor.
set -uo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
dbus-monitor "interface=org.freedesktop.Notifications,member=Notify" >"$work/notify.log" 2>&1 &
monitor=$!
uv run bilidrop --demo >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app $monitor 2>/dev/null; wait $app 2>/dev/null; rm -rf "$work"' EXIT
failed=0
say() { printf '%s\n' "$*"; }

window=""
for _ in $(seq 100); do
  window=$(xdotool search --onlyvisible --name '^BiliDrop' 2>/dev/null | head -1)
  [ -n "$window" ] && break
  sleep 0.1
done
[ -n "$window" ] || { say "FAIL: no window"; cat "$work/app.log"; exit 1; }
in_tray() { xwininfo -root -tree 2>/dev/null | grep -A4 '"panel"' | grep -q '"BiliDrop": ("bilidrop"'; }

say "1. notification with no tray"
in_tray && say "   (a tray was already there: start it later for this check)"
xdotool windowminimize "$window"
printf 'notify me' >"$work/note.txt"
uv run bilidrop --demo --minimized "$work/note.txt"  # handed over, the window stays down
for _ in $(seq 100); do grep -q 'string "Upload finished"' "$work/notify.log" && break; sleep 0.1; done
if grep -q 'string "Upload finished"' "$work/notify.log"; then
  say "   PASS: Notify reached the daemon:"
  grep -A14 'member=Notify' "$work/notify.log" | grep -E '^ *string' | head -5 | sed 's/^ */     /'
  grep -q 'byte 1' "$work/notify.log" && say "     urgency: byte 1 (normal)"
else
  say "   FAIL: no Notify call"; failed=1
fi

say "2. the tray comes late"
for _ in $(seq 300); do in_tray && break; sleep 0.1; done
if in_tray; then say "   PASS: BiliDrop's icon is in the tray"; else say "   FAIL: no icon in the tray"; failed=1; fi

say "3. the accessibility tree"
xdotool windowactivate --sync "$window" 2>/dev/null
sleep 1
if .venv/bin/python tests/desktop/atspi_tree.py BiliDrop | sed 's/^/   /'; then :; else failed=1; fi

say "4. announcements"
.venv/bin/python tests/desktop/atspi_tree.py --announcements 8 >"$work/heard.log" 2>&1 &
listener=$!
for _ in $(seq 50); do grep -q listening "$work/heard.log" && break; sleep 0.1; done
printf 'say it' >"$work/said.txt"
uv run bilidrop --demo "$work/said.txt"
wait "$listener"
sed -n 's/^/   /; /announced/p' "$work/heard.log"
if [ "$(grep -c 'said.txt uploaded' "$work/heard.log")" = 1 ] && grep -q "Link copied" "$work/heard.log"; then
  say "   PASS: announced once each"
else
  say "   FAIL: not announced as expected"; failed=1
fi

[ "$failed" = 0 ] && say "PASS" || say "FAIL"
exit "$failed"

#!/usr/bin/env bash
# Takes a screenshot of CaseLens on a fresh demo library under Xvfb.
#   [THEME=dark|light] [CLICK="X Y"] tools/screenshot.sh OUT.png [BUILD_DIR] [-- extra app arguments]
# CLICK clicks a point of the window first (e.g. a side-panel tab) and waits for it to settle.
# Needs xvfb, x11-apps (xwd) and imagemagick (convert); a developer tool, not used by tests.
set -euo pipefail
out=${1:?usage: tools/screenshot.sh OUT.png [BUILD_DIR]}
build=${2:-build/release}
shift $(( $# >= 2 ? 2 : 1 ))
[ "${1:-}" = "--" ] && shift
app=$(realpath "$build/app/gui/caselens")
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME_TMP=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config XDG_RUNTIME_DIR=$home/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# THEME=dark tools/screenshot.sh … takes the dark-theme picture.
if [ -n "${THEME:-}" ]; then
  mkdir -p "$XDG_CONFIG_HOME/CaseLens"
  printf '[interface]\ntheme=%s\n' "$THEME" > "$XDG_CONFIG_HOME/CaseLens/caselens.conf"
fi
HOME_TMP=$home xvfb-run -a -s "-screen 0 1400x860x24" bash -c '
  "$0" "$@" & pid=$!
  for _ in $(seq 50); do sleep 0.2; xdotool search --onlyvisible --name "CaseLens" >/dev/null 2>&1 && break; done
  sleep 2
  if [ -n "${CLICK:-}" ]; then xdotool mousemove $CLICK click 1; sleep 2; xdotool mousemove 700 5; sleep 0.5; fi
  xwd -root -silent > "$HOME_TMP/shot.xwd"
  kill $pid' "$app" "$@"
# The window opens at the top left (no window manager under Xvfb); keep its 1400x860.
convert "$home/shot.xwd" -crop 1400x860+0+0 +repage "$out"
echo "wrote $out"

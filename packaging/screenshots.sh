#!/usr/bin/env bash
# Renders the README's screenshots into resources/screenshots/ from a prepared vault, under Xvfb.
#   bash packaging/screenshots.sh        (after bash packaging/setup.sh build)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${BUILD_DIR:-$here/build}
cmake --build "$build_dir" --target certdesk-screenshots
export QT_QPA_PLATFORM=xcb
xvfb-run -a -s "-screen 0 1280x900x24" "$build_dir/tests/certdesk-screenshots" "$here/resources/screenshots"

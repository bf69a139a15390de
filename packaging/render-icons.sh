#!/usr/bin/env bash
# Renders the app icon's PNG sizes from resources/icons/certdesk.svg into resources/icons/hicolor/, where they are
# committed (so a build needs no SVG renderer). Run again after changing the SVG:
#   bash packaging/render-icons.sh          (needs rsvg-convert: apt-get install librsvg2-bin)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
svg=$here/resources/icons/certdesk.svg
app_id=org.certdesk.CertDesk

if ! command -v rsvg-convert >/dev/null; then
    echo "render-icons: rsvg-convert is missing; install it with: apt-get install librsvg2-bin" >&2
    exit 1
fi
for size in 16 22 24 32 48 64 128 256; do
    out=$here/resources/icons/hicolor/${size}x${size}/apps/$app_id.png
    mkdir -p "$(dirname "$out")"
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio --format png "$svg" --output "$out"
    echo "render-icons: $out"
done

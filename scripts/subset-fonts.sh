#!/usr/bin/env bash
# Rebuilds static/fonts/NotoSans-{Regular,Bold}.subset.ttf: Noto Sans (SIL OFL 1.1, no Reserved Font
# Name, so a subset may keep its name) from Debian's fonts-noto-core, cut to the characters the site
# writes. The ranges must equal FONT_RANGES in src/lib/export/fonts.ts (a unit test compares them).
# Needs Debian's fonttools (apt-get install fonttools). Run by hand; the build only reads the result.
set -euo pipefail
RANGES="U+0020-007E,U+00A0-017F,U+2000-206F,U+20AC,U+2190-2193,U+2212,U+2264-2265"
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download fonts-noto-core >/dev/null && dpkg -x fonts-noto-core_*.deb root)
for weight in Regular Bold; do
	pyftsubset "$work/root/usr/share/fonts/truetype/noto/NotoSans-$weight.ttf" --unicodes="$RANGES" \
		--layout-features='kern,liga,tnum,lnum' --output-file="static/fonts/NotoSans-$weight.subset.ttf"
done
ls -l static/fonts/

#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the .deb from this build tree, unpacks it into a scratch root (as dpkg would lay it out),
# validates its desktop and AppStream files, and runs the installed binary headless.
#   test-package.sh BUILD_DIR
set -euo pipefail
build=${1:?usage: test-package.sh BUILD_DIR}
work=$(mktemp -d /tmp/fkscope-package.XXXXXX)
trap 'rm -rf "$work"' EXIT

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/fkscope_*.deb)
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"
depends=$(dpkg-deb -f "$deb" Depends)
echo "depends: $depends"
for lib in libqt6core6 libpqxx-6.4 libsqlite3-0 libgvc6 qt6-qpa-plugins; do
    grep -q "$lib" <<<"$depends" || { echo "missing dependency: $lib"; exit 1; }
done

root="$work/root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/fkscope usr/share/applications/io.github.fkscope.desktop \
         usr/share/metainfo/io.github.fkscope.metainfo.xml usr/share/icons/hicolor/scalable/apps/io.github.fkscope.svg \
         usr/share/doc/fkscope/LICENSE usr/share/doc/fkscope/THIRD_PARTY_NOTICES usr/share/doc/fkscope/copyright; do
    [ -e "$root/$f" ] || { echo "not in the package: /$f"; exit 1; }
done
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/io.github.fkscope.desktop"
    echo "desktop file: valid"
fi
grep -q "<project_license>Apache-2.0</project_license>" "$root/usr/share/metainfo/io.github.fkscope.metainfo.xml" \
    || { echo "the metainfo does not say Apache-2.0"; exit 1; }
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.fkscope.metainfo.xml"
fi

# The installed binary, headless, with a scratch home (the demo database is built there).
export HOME="$work/home" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"
"$root/usr/bin/fkscope" --version | grep -q "^fkscope [0-9]" || { echo "--version says nothing"; exit 1; }
"$root/usr/bin/fkscope" --version | grep -q "Apache License, Version 2.0" || { echo "--version states no licence"; exit 1; }
"$root/usr/bin/fkscope" schema --db demo --summary | grep -q "Foreign keys: 25"
"$root/usr/bin/fkscope" impact --db demo --table customers --key id=1 --json | grep -q '"outcome": "blocked_at_commit"'
"$root/usr/bin/fkscope" render --db demo -o "$work/demo.png"
[ -s "$work/demo.png" ] || { echo "render wrote nothing"; exit 1; }
echo "installed binary: --version, schema, impact and render work"

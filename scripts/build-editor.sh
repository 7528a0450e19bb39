#!/usr/bin/env bash
# Rebuilds the visual post editor (Tiptap) from tools/editor into the one committed bundle the app serves:
# RusToK.Components/wwwroot/Modules/Content/editor.bundle.js and editor.bundle.css. Needs Node 18+ and the npm
# registry; running the app does not (the bundle is committed). Run it after changing tools/editor, commit the result.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root/tools/editor"
npm ci --no-audit --no-fund
out="$root/RusToK.Components/wwwroot/Modules/Content"
npx --no-install esbuild src/index.js --bundle --format=esm --minify --target=es2020 --legal-comments=eof --banner:js="/* RusToK visual editor: Tiptap, ProseMirror and their dependencies (MIT). Built from tools/editor by scripts/build-editor.sh. */" \
  --outfile="$out/editor.bundle.js"
ls -l "$out/editor.bundle.js" "$out/editor.bundle.css"

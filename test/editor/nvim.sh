#!/usr/bin/env bash
# `npm run test:nvim`: headless Neovim starts dist/server.js --stdio on the seed dispatch and
# checks diagnostics, hovers and document symbols (test/editor/nvim/seed_test.lua).
# Needs `nvim` (test/editor/setup.sh installs it) and a built dist/server.js (`npm run build`).
set -euo pipefail
cd "$(dirname "$0")/../.."
source test/editor/env.sh
command -v nvim >/dev/null || {
  echo 'test:nvim: nvim is not installed; run test/editor/setup.sh first' >&2
  exit 1
}
[ -f dist/server.js ] || {
  echo 'test:nvim: dist/server.js is missing; run `npm run build` first' >&2
  exit 1
}
run=$(mktemp -d "${TMPDIR:-/tmp}/dispatch-nvim.XXXXXX")
trap 'rm -rf "$run"' EXIT
editor_e2e_isolated_home "$run/home"
start=$(date +%s%N)
DISPATCH_SERVER=$PWD/dist/server.js DISPATCH_FILE=$PWD/test/corpus/fr/kandahar.dispatch \
  timeout 60 nvim --headless --clean -n -c 'luafile test/editor/nvim/seed_test.lua'
echo "# test:nvim took $((($(date +%s%N) - start) / 1000000)) ms"

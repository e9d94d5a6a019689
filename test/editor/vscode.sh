#!/usr/bin/env bash
# `npm run test:editor`: packages the extension, then runs it in a real VS Code (code-server in
# headless Chromium) twice: with the UI in English (test/editor/vscode.test.ts) and in French
# (test/editor/vscode-fr.test.ts). Screenshots of every step and, after each run, the
# code-server and extension-host logs go to test-results/editor/.
# usage: test/editor/vscode.sh [--update-docs]
#   --update-docs  after a passing run, copy the hover and outline screenshots to docs/images/
# Needs what test/editor/setup.sh installs (code-server, chromium).
set -euo pipefail
cd "$(dirname "$0")/../.."
source test/editor/env.sh
update_docs=false
for argument in "$@"; do
  case $argument in
  --update-docs) update_docs=true ;;
  *)
    echo "test:editor: unknown option '$argument' (known: --update-docs)" >&2
    exit 2
    ;;
  esac
done
[ -x "$CODE_SERVER" ] && [ -n "$CHROMIUM" ] || {
  echo "test:editor: code-server or chromium is missing; run test/editor/setup.sh first" >&2
  exit 1
}
start=$(date +%s%N)
elapsed() { echo "$((($(date +%s%N) - start) / 1000000)) ms"; }

rm -rf test-results/editor
mkdir -p test-results/editor
echo "# packaging the extension"
npm run --silent package -- --out "$EDITOR_E2E_DIR/dispatch-lens.vsix" >test-results/editor/package.log 2>&1 || {
  cat test-results/editor/package.log >&2
  echo 'test:editor: `npm run package` failed (log above)' >&2
  exit 1
}
# The French display language needs a language pack; the real one is on the Marketplace, out of
# reach of tests, so a stand-in that translates nothing is packaged from the fixtures.
(cd test/editor/fixtures/language-pack-fr &&
  ../../../../node_modules/.bin/vsce package --no-dependencies --allow-missing-repository \
    --skip-license --out "$EDITOR_E2E_DIR/language-pack-fr.vsix") \
  >>test-results/editor/package.log 2>&1 || {
  cat test-results/editor/package.log >&2
  echo 'test:editor: packaging the French language pack stand-in failed (log above)' >&2
  exit 1
}
echo "# packaged in $(elapsed)"

# One file after the other: each starts its own code-server.
node --import tsx --test --test-concurrency=1 --test-reporter=spec \
  test/editor/vscode.test.ts test/editor/vscode-fr.test.ts
echo "# test:editor took $(elapsed); screenshots and logs in test-results/editor/"

if $update_docs; then
  mkdir -p docs/images
  cp test-results/editor/en-*-hover-pronoun.png docs/images/editor-hover.png
  cp test-results/editor/en-*-outline.png docs/images/editor-outline.png
  echo "# docs/images/editor-hover.png and docs/images/editor-outline.png updated"
fi

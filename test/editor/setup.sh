#!/usr/bin/env bash
# Installs what the real-editor tests need, skipping what is already there (safe to re-run):
# - Debian packages: chromium (the browser), neovim (second LSP client), ripgrep (stands in for
#   @vscode/ripgrep's download) and libkrb5-dev (code-server's native `kerberos` module builds
#   from source);
# - code-server, VS Code in the browser, from the npm registry, in a folder of its own outside
#   the project's dependencies (300 MB of native builds that the extension never ships).
# playwright-core is a devDependency of the project: `npm ci` installs it.
# usage: test/editor/setup.sh            (as root, or with sudo for apt; Node 20, npm 11)
# env:   EDITOR_E2E_DIR  where code-server goes (default: .editor-e2e at the top of the repo)
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=test/editor/env.sh
source test/editor/env.sh

step() { printf '[setup] %s\n' "$*"; }

# 1) Debian packages.
missing=()
for package in libkrb5-dev ripgrep chromium neovim; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
    missing+=("$package")
done
if ((${#missing[@]})); then
  step "apt-get install ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends \
    "${missing[@]}"
else
  step 'Debian packages already installed'
fi

# 2) code-server. 4.100.3 (VS Code 1.100.3) is the last release whose install accepts Node 20.
installed_version() {
  [ -x "$CODE_SERVER" ] || return 0
  editor_e2e_isolated_home "$EDITOR_E2E_DIR/tmp/version-home"
  # The first run also logs that it wrote a config file: keep the line that starts with digits.
  "$CODE_SERVER" --version 2>/dev/null | grep -o '^[0-9][0-9.]*' | head -1
}
if [ "$(installed_version)" = "$CODE_SERVER_VERSION" ]; then
  step "code-server $CODE_SERVER_VERSION already in $CODE_SERVER_DIR"
else
  step "installing code-server $CODE_SERVER_VERSION in $CODE_SERVER_DIR"
  mkdir -p "$CODE_SERVER_DIR" "$EDITOR_E2E_DIR/tmp"
  # A package.json of its own, or npm would walk up and add code-server to the project's.
  [ -f "$CODE_SERVER_DIR/package.json" ] ||
    printf '{ "name": "editor-e2e-code-server", "private": true }\n' >"$CODE_SERVER_DIR/package.json"
  # @vscode/ripgrep's postinstall downloads rg from a host we cannot reach and has no switch to
  # skip it; it first looks in $TMPDIR/vscode-ripgrep-cache-<version>/, so put Debian's rg there.
  export TMPDIR="$EDITOR_E2E_DIR/tmp"
  ripgrep_cache="$TMPDIR/vscode-ripgrep-cache-1.15.11"
  mkdir -p "$ripgrep_cache/rg-only"
  cp "$(command -v rg)" "$ripgrep_cache/rg-only/rg"
  tar czf "$ripgrep_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" \
    -C "$ripgrep_cache/rg-only" rg
  rm -rf "$ripgrep_cache/rg-only"
  # As root the postinstall refuses without unsafe_perm; node-pty's asks a question (no TTY).
  (cd "$CODE_SERVER_DIR" && npm_config_unsafe_perm=true npm_config_yes=true \
    npm install --no-fund --no-audit --no-save "code-server@$CODE_SERVER_VERSION")
  got=$(installed_version)
  if [ "$got" != "$CODE_SERVER_VERSION" ]; then
    echo "setup: code-server in $CODE_SERVER_DIR reports version '$got', expected" \
      "$CODE_SERVER_VERSION; delete that folder and run test/editor/setup.sh again" >&2
    exit 1
  fi
fi
step "ready: $(nvim --version | head -1), $(chromium --version 2>/dev/null | head -1)," \
  "code-server $CODE_SERVER_VERSION"

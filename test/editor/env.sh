# Shared settings of the real-editor scripts (sourced, from the top of the repo).
EDITOR_E2E_DIR=$(mkdir -p "${EDITOR_E2E_DIR:-.editor-e2e}" && cd "${EDITOR_E2E_DIR:-.editor-e2e}" && pwd)
CODE_SERVER_VERSION=4.100.3
CODE_SERVER_DIR="$EDITOR_E2E_DIR/code-server"
CODE_SERVER="$CODE_SERVER_DIR/node_modules/.bin/code-server"
CHROMIUM=${CHROMIUM:-$(command -v chromium || true)}
export EDITOR_E2E_DIR CODE_SERVER_VERSION CODE_SERVER_DIR CODE_SERVER CHROMIUM

# code-server, Chromium and even `nvim --version` write into the home directory: give each run
# a home of its own so that nothing leaks into the user's, nor from one run into the next.
editor_e2e_isolated_home() {
  local home=$1
  mkdir -p "$home"
  export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    XDG_CACHE_HOME="$home/.cache" XDG_STATE_HOME="$home/.local/state"
}

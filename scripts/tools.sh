# Installs the tools the app and its browser tests need, skipping whatever is already
# there at the right version. Sourced (not run) by serve.sh, test.sh and measure.sh:
#
#   source scripts/tools.sh
#   bb_ensure_app_tools        # wasm32 target, trunk, wasm-bindgen
#   bb_ensure_browser_tools    # Debian chromium + chromium-driver, axe-core from npm
#
# Works on a fresh Debian 12 machine that has only the Rust toolchain, as root or with
# sudo, with no terminal (CI). Versions: see docs in shared/guide/toolchain.md.

BB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# npm packages the project uses (axe-core for the browser tests) live here, git-ignored.
BB_TOOLS_DIR="$BB_ROOT/.tools"

BB_TRUNK_VERSION="0.21.14"
BB_AXE_CORE_VERSION="4.14.1"

export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$BB_TOOLS_DIR/node_modules/.bin:$PATH"

bb_say() {
    echo "== $*"
}

bb_die() {
    echo "error: $*" >&2
    exit 1
}

# The wasm-bindgen version in Cargo.lock: wasm-bindgen-cli must match it exactly.
bb_wasm_bindgen_lock_version() {
    awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' \
        "$BB_ROOT/Cargo.lock"
}

bb_ensure_wasm_target() {
    local installed
    installed="$(rustup target list --installed)"
    if grep -qx "wasm32-unknown-unknown" <<<"$installed"; then
        bb_say "wasm32-unknown-unknown target: installed"
    else
        bb_say "installing the wasm32-unknown-unknown target"
        rustup target add wasm32-unknown-unknown
    fi
}

bb_ensure_trunk() {
    if [ "$(trunk --version 2>/dev/null)" = "trunk $BB_TRUNK_VERSION" ]; then
        bb_say "trunk $BB_TRUNK_VERSION: installed"
    else
        bb_say "installing trunk $BB_TRUNK_VERSION (about 10 minutes on 2 cores)"
        cargo install --locked trunk --version "$BB_TRUNK_VERSION"
    fi
}

bb_ensure_wasm_bindgen() {
    local version
    version="$(bb_wasm_bindgen_lock_version)"
    [ -n "$version" ] || bb_die "no wasm-bindgen in Cargo.lock"
    grep -qx "wasm_bindgen = \"$version\"" "$BB_ROOT/Trunk.toml" ||
        bb_die "Trunk.toml's [tools] wasm_bindgen must be \"$version\", as in Cargo.lock"
    if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $version" ]; then
        bb_say "wasm-bindgen $version: installed"
    else
        # Not --locked: the CLI's own lock file asks for a crate version the registry
        # does not serve (shared/guide/toolchain.md).
        bb_say "installing wasm-bindgen-cli $version (about 4 minutes on 2 cores)"
        cargo install wasm-bindgen-cli --version "$version"
    fi
}

# Everything `trunk build --release` and `trunk serve` need.
bb_ensure_app_tools() {
    bb_ensure_wasm_target
    bb_ensure_trunk
    bb_ensure_wasm_bindgen
}

# Runs a command as root: directly when we are root, else through sudo.
bb_as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        bb_die "need root (or sudo) to run: $*"
    fi
}

BB_APT_UPDATED=""

# Installs the Debian packages that are not installed yet; `apt-get update` only when
# something is missing, once per run.
bb_ensure_debian_packages() {
    local missing=() package
    for package in "$@"; do
        if [ "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null)" != "install ok installed" ]; then
            missing+=("$package")
        fi
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        bb_say "Debian packages: $* installed"
        return
    fi
    bb_say "installing Debian packages: ${missing[*]}"
    if [ -z "$BB_APT_UPDATED" ]; then
        bb_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
        BB_APT_UPDATED=1
    fi
    bb_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
}

bb_ensure_npm() {
    if command -v npm >/dev/null; then
        return
    fi
    bb_ensure_debian_packages nodejs npm
}

# Installs npm package $1 at exact version $2 into .tools/ unless it is there already.
bb_ensure_npm_package() {
    local name="$1" version="$2" installed=""
    local manifest="$BB_TOOLS_DIR/node_modules/$name/package.json"
    if [ -f "$manifest" ]; then
        installed="$(node -p 'require(process.argv[1]).version' "$manifest" 2>/dev/null || true)"
    fi
    if [ "$installed" = "$version" ]; then
        bb_say "$name $version (npm): installed"
        return
    fi
    bb_ensure_npm
    bb_say "installing $name $version from npm into .tools/"
    mkdir -p "$BB_TOOLS_DIR"
    npm install --prefix "$BB_TOOLS_DIR" --save-exact --no-audit --no-fund \
        "$name@$version"
}

# Everything the browser tests need besides the built app.
bb_ensure_browser_tools() {
    bb_ensure_debian_packages chromium chromium-driver
    bb_ensure_npm_package axe-core "$BB_AXE_CORE_VERSION"
}

# Shared by the native scripts: reads the pin and computes cache locations. Source it, don't run it.
set -euo pipefail
NATIVE_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
while IFS='=' read -r key value; do
  case "$key" in ''|\#*) continue ;; esac
  printf -v "$key" '%s' "$value"
done < "$NATIVE_DIR/llama.cpp.version"
CACHE_ROOT="${LLAMA_FFM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/llama-ffm}"
SRC_DIR="$CACHE_ROOT/src/llama.cpp-$LLAMA_CPP_TAG"
log() { printf '[llama-ffm native] %s\n' "$*" >&2; }
die() { printf '[llama-ffm native] error: %s\n' "$*" >&2; exit 1; }
# The CMake options of the shipped build (comments and blank lines removed).
cmake_options() {
  grep -v '^\s*\(#\|$\)' "$NATIVE_DIR/cmake-options.txt"
  [ "$(uname -s)" != Darwin ] || grep -v '^\s*\(#\|$\)' "$NATIVE_DIR/cmake-options-macos.txt"
}
# Identifies a build: the pin, the options and the compiler. Anything else can change freely.
build_key() {
  { cat "$NATIVE_DIR/llama.cpp.version"; cmake_options; ${CC:-cc} --version | head -1; uname -m; } \
    | sha256sum | cut -c1-16
}

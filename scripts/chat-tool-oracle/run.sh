#!/usr/bin/env bash
# Builds oracle.cpp against the cached llama.cpp build (its libllama-common) and runs it over the
# tool-call cases: java-api/src/test/resources/chat-tools/{cases.json -> golden.json}, or to the
# file given as the first argument (the tests compare a fresh run with the committed golden.json).
# Needs the native build (make natives) and a C++17 compiler; builds nothing of llama.cpp itself.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
source "$repo/native/common.sh"
src=$("$repo/native/fetch-source.sh")
lib=$(dirname "$(ls "$CACHE_ROOT"/build/*/bin/libllama-common.so 2>/dev/null | head -1)")
[ -f "$lib/libllama-common.so" ] || die "no libllama-common.so under $CACHE_ROOT/build (run make natives first)"
out="$repo/target/chat-tool-oracle"
mkdir -p "$out"
if [ ! -x "$out/oracle" ] || [ "$here/oracle.cpp" -nt "$out/oracle" ]; then
  log "compiling the chat tool oracle against $lib"
  ${CXX:-g++} -std=c++17 -O1 -o "$out/oracle" "$here/oracle.cpp" \
    -I"$src/common" -I"$src/include" -I"$src/ggml/include" -I"$src/vendor" \
    -L"$lib" -Wl,-rpath,"$lib" -lllama-common -lllama -lggml -lggml-base
fi
res="$repo/java-api/src/test/resources/chat-tools"
"$out/oracle" "$res/cases.json" "$src/models/templates" "${1:-$res/golden.json}"

#!/usr/bin/env bash
# Builds the pinned llama.cpp into the cache (reused by every clone with the same key) and prints
# the build's bin folder. Incremental: a finished build with the same targets returns at once.
source "$(dirname "$0")/common.sh"

# llama.cpp's own programs, built beside the libraries as test oracles and benchmark baselines.
TOOLS="llama-simple llama-bench llama-tokenize llama-quantize ggml-rpc-server llama-embedding"

src=$("$NATIVE_DIR/fetch-source.sh")
key=$(build_key)
build="$CACHE_ROOT/build/$key"
stamp="$build/.llama-ffm-done-$(echo "$TOOLS" | sha256sum | cut -c1-8)"
if [ -f "$stamp" ]; then echo "$build/bin"; exit 0; fi

command -v cmake >/dev/null || die "cmake is needed (apt-get install cmake)"
command -v ccache >/dev/null && log "using ccache" || log "ccache not found: a cold build takes longer (apt-get install ccache)"
jobs=${LLAMA_FFM_JOBS:-$(nproc)}
mkdir -p "$build"
# One build at a time per folder (two clones, or Maven and make, may start one together).
exec 9>"$build.lock"
flock 9
if [ -f "$stamp" ]; then echo "$build/bin"; exit 0; fi
mapfile -t opts < <(cmake_options)
if [ ! -f "$build/CMakeCache.txt" ]; then
  log "configuring llama.cpp $LLAMA_CPP_VERSION in $build (key $key)"
  cmake -S "$src" -B "$build" -DGGML_CCACHE=ON "${opts[@]}" > "$build/configure.log" 2>&1 \
    || { tail -30 "$build/configure.log" >&2; die "cmake configure failed (log: $build/configure.log)"; }
fi
# Every CPU variant the configuration defines (one libggml-cpu-<variant>.so each).
variants=$(cmake --build "$build" --target help | sed -n 's/^\.\.\. \(ggml-cpu-[a-z0-9_.]*\).*/\1/p' | tr '\n' ' ')
[ -n "$variants" ] || die "no ggml-cpu variants in the configuration"
log "building libllama, ggml, CPU variants ($variants) and tools ($TOOLS) with $jobs jobs; a cold build takes several minutes"
start=$(date +%s)
cmake --build "$build" -j "$jobs" --target llama ggml ggml-base ggml-rpc $variants $TOOLS 2>&1 \
  | tee "$build/build.log" | grep --line-buffered -E '^\[ *[0-9]+%\]|error' >&2 \
  || true
# tee/grep hide cmake's status: check what it produced instead.
for t in libllama.so libggml.so libggml-base.so $TOOLS; do
  [ -e "$build/bin/$t" ] || { tail -40 "$build/build.log" >&2; die "build did not produce $t (log: $build/build.log)"; }
done
log "native build done in $(( $(date +%s) - start )) s"
touch "$stamp"
echo "$build/bin"

#!/usr/bin/env bash
# Builds the pinned llama.cpp into the cache (reused by every clone with the same key) and prints
# the build's bin folder. Incremental: a finished build with the same targets returns at once.
#   build.sh          the CPU build: libllama, ggml, the CPU variants, RPC, libmtmd (images and audio)
#                     and llama.cpp's tools
#   build.sh cuda     the CUDA backend alone (libggml-cuda.so), for the linux-x86_64-cuda jar; a
#                     build folder of its own, its key adds the CUDA toolchain (cuda-toolchain.sh)
source "$(dirname "$0")/common.sh"
flavour=${1:-cpu}

# llama.cpp's own programs, built beside the libraries as test oracles and benchmark baselines.
TOOLS="llama-simple llama-bench llama-tokenize llama-quantize ggml-rpc-server llama-embedding llama-server llama-perplexity llama-speculative-simple llama-mtmd-cli"

src=$("$NATIVE_DIR/fetch-source.sh")
case "$flavour" in
  cpu) key=$(build_key) ;;
  cuda)
    source "$NATIVE_DIR/cuda-toolchain.sh"
    key=cuda-$({ build_key; cuda_key; } | sha256sum | cut -c1-16)
    TOOLS="" ;;
  *) die "unknown flavour '$flavour' (cpu or cuda)" ;;
esac
build="$CACHE_ROOT/build/$key"
stamp="$build/.llama-ffm-done-$(echo "$TOOLS" | sha256sum | cut -c1-8)"
if [ -f "$stamp" ]; then echo "$build/bin"; exit 0; fi
# Tests that only use a build when one is cached (the CUDA fallback test) set this.
[ -z "${LLAMA_FFM_CACHED_ONLY:-}" ] || die "no cached $flavour build with key $key (LLAMA_FFM_CACHED_ONLY is set)"

command -v cmake >/dev/null || die "cmake is needed (apt-get install cmake)"
command -v ccache >/dev/null && log "using ccache" || log "ccache not found: a cold build takes longer (apt-get install ccache)"
jobs=${LLAMA_FFM_JOBS:-$(nproc)}
mkdir -p "$build"
# One build at a time per folder (two clones, or Maven and make, may start one together).
exec 9>"$build.lock"
flock 9
if [ -f "$stamp" ]; then echo "$build/bin"; exit 0; fi
mapfile -t opts < <(cmake_options)
if [ "$flavour" = cuda ]; then mapfile -t -O "${#opts[@]}" opts < <(cuda_cmake_args "$build/cuda-toolchain"); fi
if [ ! -f "$build/CMakeCache.txt" ]; then
  log "configuring llama.cpp $LLAMA_CPP_VERSION in $build (key $key)"
  cmake -S "$src" -B "$build" -DGGML_CCACHE=ON "${opts[@]}" > "$build/configure.log" 2>&1 \
    || { tail -30 "$build/configure.log" >&2; die "cmake configure failed (log: $build/configure.log)"; }
fi
if [ "$flavour" = cuda ]; then
  targets="ggml-cuda"; products="libggml-cuda.so"
  log "building llama.cpp's CUDA backend for $(grep -o 'CMAKE_CUDA_ARCHITECTURES=[^ ]*' "$build/configure.log" | tail -1) with $jobs jobs; a cold build takes about an hour on 2 cores (58 min measured)"
else
  # Every CPU variant the configuration defines (one libggml-cpu-<variant>.so each).
  variants=$(cmake --build "$build" --target help | sed -n 's/^\.\.\. \(ggml-cpu-[a-z0-9_.]*\).*/\1/p' | tr '\n' ' ')
  [ -n "$variants" ] || die "no ggml-cpu variants in the configuration"
  targets="llama ggml ggml-base ggml-rpc mtmd $variants $TOOLS"; products="libllama.so libggml.so libggml-base.so libmtmd.so $TOOLS"
  log "building libllama, ggml, libmtmd, CPU variants ($variants) and tools ($TOOLS) with $jobs jobs; a cold build takes several minutes"
fi
start=$(date +%s)
# shellcheck disable=SC2086 # word lists
cmake --build "$build" -j "$jobs" --target $targets 2>&1 \
  | tee "$build/build.log" | grep --line-buffered -E '^\[ *[0-9]+%\]|error' >&2 \
  || true
# tee/grep hide cmake's status: check what it produced instead.
for t in $products; do
  [ -e "$build/bin/$t" ] || { tail -40 "$build/build.log" >&2; die "build did not produce $t (log: $build/build.log)"; }
done
log "native build done in $(( $(date +%s) - start )) s"
touch "$stamp"
echo "$build/bin"

#!/usr/bin/env bash
# The CUDA toolchain of `make natives-cuda`. Source it (after common.sh), then call cuda_cmake_args
# DIR: prints the extra CMake options, one per line, and prepares DIR (cuBLAS headers and link
# library when the toolkit has none). cuda_key prints what identifies the toolchain in the build key.
#
# Chosen: CUDA 13's nvcc (LLAMA_FFM_NVCC, else /usr/local/cuda/bin/nvcc, else nvcc on the PATH).
# The libraries are CUDA 13's: users' drivers must be 580 or newer, which CUDA 13 needs anyway.
# cuBLAS: the toolkit's own when it has one. When it has none (the NVIDIA CUDA 13 compiler packages
# without the cuBLAS package), the build declares cuBLAS through the cuBLAS headers of Debian's
# non-free nvidia-cuda-dev (11.8; every function ggml calls, cublasGemmEx and friends, has the
# same C declaration and enum values in 11.8 and 13) and links against a link-only library named
# libcublas.so.13, which this script writes: every cuBLAS symbol, versioned libcublas.so.13 as
# NVIDIA versions them, no code. At run time the real libcublas.so.13 is loaded (the loader finds
# it: see docs/GPU.md); the link library never leaves the build folder.
# Hopper (sm_90) as machine code; PTX for Turing (75), Ampere and Ada (80), and Hopper and newer
# (90), compiled by the driver on first use. Each more architecture adds about 40% to a build of
# 58 minutes on 2 cores (measured): build others with LLAMA_FFM_CUDA_ARCHS (docs/GPU.md).
CUDA_ARCHS_DEFAULT="75-virtual;80-virtual;90-real;90-virtual"

find_nvcc() {
  local n
  for n in "${LLAMA_FFM_NVCC:-}" /usr/local/cuda/bin/nvcc "$(command -v nvcc 2>/dev/null || true)"; do
    [ -n "$n" ] && [ -x "$n" ] && { echo "$n"; return 0; }
  done
  die "no nvcc: install CUDA 13's compiler (or set LLAMA_FFM_NVCC=/path/to/nvcc)"
}

nvcc_major() { "$1" --version | sed -n 's/.*release \([0-9]*\)\..*/\1/p'; }

# The toolkit folder of an nvcc (bin/..) and whether it has cuBLAS headers and libraries.
toolkit_root() { dirname "$(dirname "$(readlink -f "$1")")"; }
toolkit_has_cublas() {
  local root=$1
  [ -f "$root/include/cublas_v2.h" ] && ls "$root"/lib64/libcublas.so* "$root"/lib/libcublas.so* >/dev/null 2>&1
}

# Debian's cuBLAS headers (package nvidia-cuda-dev, non-free) and the symbol list of its library.
DEBIAN_CUBLAS_HEADERS=/usr/include/cublas_api.h
DEBIAN_CUBLAS_LIBS=/usr/lib/x86_64-linux-gnu

cuda_key() {
  local nvcc root
  nvcc=$(find_nvcc); root=$(toolkit_root "$nvcc")
  "$nvcc" --version | tail -2
  echo "archs=${LLAMA_FFM_CUDA_ARCHS:-$CUDA_ARCHS_DEFAULT}"
  grep -v '^\s*\(#\|$\)' "$NATIVE_DIR/cmake-options-cuda.txt"
  if toolkit_has_cublas "$root"; then echo "cublas=toolkit"; else echo "cublas=declared"; sha256sum "$DEBIAN_CUBLAS_HEADERS" | cut -c1-16; fi
  g++ --version | head -1
}

# Writes a link-only shared library: every symbol NAME in $3 (one per line) as an empty function,
# versioned like NVIDIA's libraries (version node = soname).
write_link_library() {  # $1 = output dir, $2 = soname, $3 = symbol list file
  local dir=$1 soname=$2 symbols=$3 c
  c="$dir/${soname%%.so*}-link.c"
  { echo "/* Link-only stand-in for $soname, written by llama-ffm's cuda-toolchain.sh: no code. */"
    sed 's/.*/void &(void) {}/' "$symbols"; } > "$c"
  printf '%s { global: *; };\n' "$soname" > "$dir/${soname%%.so*}.map"
  gcc -shared -fPIC -o "$dir/$soname" "$c" -Wl,-soname,"$soname" -Wl,--version-script,"$dir/${soname%%.so*}.map"
  ln -sf "$soname" "$dir/${soname%%.so*}.so"
}

cuda_cmake_args() {  # $1 = folder for generated files
  local dir=$1 nvcc root major
  nvcc=$(find_nvcc); root=$(toolkit_root "$nvcc"); major=$(nvcc_major "$nvcc")
  [ "$major" -ge 13 ] || die "$nvcc is CUDA $major; the CUDA natives are built with CUDA 13 (set LLAMA_FFM_NVCC)"
  echo "-DCMAKE_CUDA_COMPILER=$nvcc"
  echo "-DCUDAToolkit_ROOT=$root"
  echo "-DCMAKE_CUDA_ARCHITECTURES=${LLAMA_FFM_CUDA_ARCHS:-$CUDA_ARCHS_DEFAULT}"
  grep -v '^\s*\(#\|$\)' "$NATIVE_DIR/cmake-options-cuda.txt"
  toolkit_has_cublas "$root" && return 0
  [ -f "$DEBIAN_CUBLAS_HEADERS" ] && [ -e "$DEBIAN_CUBLAS_LIBS/libcublas.so.11" ] || die "$root has no cuBLAS, and \
Debian's cuBLAS headers are missing: add the non-free component to apt's sources and install nvidia-cuda-dev \
(scripts/setup-deps --cuda does it), or use a CUDA 13 toolkit with cuBLAS"
  mkdir -p "$dir/include" "$dir/lib"
  cp /usr/include/cublas_api.h /usr/include/cublas_v2.h "$dir/include/"
  local lib
  for lib in cublas cublasLt; do
    nm -D --defined-only "$DEBIAN_CUBLAS_LIBS/lib$lib.so.11" | awk '$2 == "T" { sub(/@.*/, "", $3); print $3 }' \
      | sort -u > "$dir/lib/lib$lib.symbols"
    write_link_library "$dir/lib" "lib$lib.so.$major" "$dir/lib/lib$lib.symbols"
  done
  # Only the two cuBLAS headers come from here; every other CUDA header is the toolkit's.
  echo "-DCMAKE_CUDA_FLAGS=-isystem $dir/include"
  echo "-DCUDA_cublas_LIBRARY=$dir/lib/libcublas.so"
  echo "-DCUDA_cublasLt_LIBRARY=$dir/lib/libcublasLt.so"
}

#!/usr/bin/env bash
# Stages the built libraries for the natives jar: $1/io/github/llamaffm/natives/<platform>/.
# Each library is stored under its SONAME (a jar cannot carry symlinks), its RUNPATH must be
# $ORIGIN (never the build folder) and it may need nothing beyond the C/C++ runtime.
# With MANIFEST, also writes the jar's manifest entries: its module name on the module path,
# io.github.llamaffm.natives.<platform with _ for ->, one per platform jar so that a flavour jar
# (linux-x86_64-cuda) and the plain one can both be on the module path.
source "$(dirname "$0")/common.sh"
out=${1:?usage: stage.sh OUTPUT_DIR [PLATFORM [MANIFEST]]}
platform=${2:-linux-x86_64}
manifest=${3:-}
flavour=cpu
case "$platform" in *-cuda) flavour=cuda ;; esac
bin=$("$NATIVE_DIR/build.sh" "$flavour")
dest="$out/io/github/llamaffm/natives/$platform"
rm -rf "$dest"; mkdir -p "$dest" "$out/META-INF"

allowed='^(libc|libm|libstdc\+\+|libgcc_s|libpthread|libdl|librt|ld-linux-x86-64)\.so'
# The CUDA module also needs the driver and CUDA's runtime, which the loader checks and finds (docs/GPU.md).
[ "$flavour" = cuda ] && allowed='^(libc|libm|libstdc\+\+|libgcc_s|libpthread|libdl|librt|ld-linux-x86-64|libcuda|libcudart|libcublas|libcublasLt)\.so'
own='^lib(llama|ggml|ggml-base|mtmd)\.so'
check() {  # $1 = library file
  local f=$1 needed runpath
  needed=$(readelf -d "$f" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
  for n in $needed; do
    [[ $n =~ $allowed || $n =~ $own ]] || die "$(basename "$f") needs $n, which users' machines may lack"
  done
  runpath=$(readelf -d "$f" | sed -n 's/.*(\(RUNPATH\|RPATH\)).*\[\(.*\)\]/\2/p')
  [ -z "$runpath" ] || [ "$runpath" = '$ORIGIN' ] || die "$(basename "$f") has RUNPATH $runpath"
}
soname() { readelf -d "$1" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p'; }

index="$dest/libraries.txt"
{
  echo "# llama-ffm natives for $platform: llama.cpp $LLAMA_CPP_VERSION ($LLAMA_CPP_TAG)"
  echo "# kind file sha256 - 'load' in dependency order, then 'backend' modules for ggml_backend_load_all_from_path"
} > "$index"
add() {  # $1 = kind, $2 = source file, $3 = name in the jar
  check "$2"
  cp "$2" "$dest/$3"
  echo "$1 $3 $(sha256sum "$dest/$3" | cut -d' ' -f1)" >> "$index"
}
if [ "$flavour" = cuda ]; then
  # Only the backend module: it runs with the libllama and ggml of the plain jar (same release, same
  # options but GGML_CUDA), which must be on the class path too.
  source "$NATIVE_DIR/cuda-toolchain.sh"
  f="$bin/libggml-cuda.so"
  add backend "$f" libggml-cuda.so
  # In load order: cuBLAS needs cuBLASLt.
  needed=$(readelf -d "$f" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
  cudart=$(grep -m1 '^libcudart\.so' <<< "$needed") || die "libggml-cuda.so does not need libcudart"
  cublas=$(grep -m1 '^libcublas\.so' <<< "$needed") || die "libggml-cuda.so does not need libcublas"
  runtime="$cudart ${cublas/libcublas/libcublasLt} $cublas"
  major=$(nvcc_major "$(find_nvcc)")
  archs=$(sed -n 's/^CMAKE_CUDA_ARCHITECTURES:[A-Z]*=//p' "$bin/../CMakeCache.txt")
  [ -n "$archs" ] || die "no CMAKE_CUDA_ARCHITECTURES in $bin/../CMakeCache.txt"
  {
    printf 'folder=%s\nllama.cpp.version=%s\n' "$platform" "$LLAMA_CPP_VERSION"
    printf '# What the loader checks before ggml sees the module (CudaRuntime)\n'
    printf 'cuda.version=%s\ncuda.archs=%s\ncuda.runtime=%s\n' "$("$(find_nvcc)" --version | sed -n 's/.*release \([0-9.]*\),.*/\1/p')" "$archs" "$runtime"
    printf 'cuda.driver.min=%s\ncuda.driver.hint=%s\n' "$((major * 1000))" "an NVIDIA driver for CUDA $major: version 580 or newer"
  } > "$out/META-INF/llama-ffm-natives.properties"
  [ -z "$manifest" ] || printf 'Automatic-Module-Name: io.github.llamaffm.natives.%s\n' "${platform//-/_}" > "$manifest"
  log "staged $platform: libggml-cuda.so ($(du -m "$f" | cut -f1) MiB) for $archs, needs $runtime"
  exit 0
fi
# libmtmd (multimodal input: images, audio) needs libllama, so it comes after it.
for lib in ggml-base ggml llama mtmd; do
  f=$(readlink -f "$bin/lib$lib.so")
  name=$(soname "$f"); add load "$f" "${name:-lib$lib.so}"
done
count=0
for f in "$bin"/libggml-cpu-*.so "$bin"/libggml-rpc.so; do
  [ -e "$f" ] || continue
  add backend "$f" "$(basename "$f")"
  case "$f" in *cpu-*) count=$((count + 1)) ;; esac
done
[ "$count" -ge 1 ] || die "no CPU backend variant was built"
printf 'folder=%s\nllama.cpp.version=%s\n' "$platform" "$LLAMA_CPP_VERSION" > "$out/META-INF/llama-ffm-natives.properties"
[ -z "$manifest" ] || printf 'Automatic-Module-Name: io.github.llamaffm.natives.%s\n' "${platform//-/_}" > "$manifest"
log "staged $platform: $(grep -c '^load' "$index") libraries, $count CPU variants"

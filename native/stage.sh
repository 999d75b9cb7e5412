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
bin=$("$NATIVE_DIR/build.sh")
dest="$out/io/github/llamaffm/natives/$platform"
rm -rf "$dest"; mkdir -p "$dest" "$out/META-INF"

allowed='^(libc|libm|libstdc\+\+|libgcc_s|libpthread|libdl|librt|ld-linux-x86-64)\.so'
own='^lib(llama|ggml|ggml-base)\.so'
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
for lib in ggml-base ggml llama; do
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

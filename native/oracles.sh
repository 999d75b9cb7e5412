#!/usr/bin/env bash
# Prints a folder from which llama.cpp's own programs (the CPU build's tools: llama-simple,
# llama-bench, llama-server, ...) run as test oracles and benchmark baselines, without the CPU
# variants that llama-ffm's loader passes over (BackendLoader): ggml picks the best variant from the
# program's own folder, and the pinned release's sapphirerapids (AMX) kernels kill the process with
# SIGILL on quantized weights, so the oracle would die where llama-ffm does not. The programs are
# copied (ggml looks next to the resolved executable), the libraries linked. Built once per build.
source "$(dirname "$0")/common.sh"
PASSED_OVER="sapphirerapids"

bin=$("$NATIVE_DIR/build.sh")
out="$(dirname "$bin")/oracles"
# The stamp names what was copied: a build that gained a program (a new tool) makes a new folder.
stamp="$out/.complete-$({ echo "$PASSED_OVER"; ls "$bin"; } | sha256sum | cut -c1-8)"
if [ -f "$stamp" ]; then echo "$out"; exit 0; fi
exec 9>"$out.lock"
flock 9
if [ -f "$stamp" ]; then echo "$out"; exit 0; fi
tmp=$(mktemp -d "$(dirname "$bin")/oracles.XXXXXX")
for f in "$bin"/*; do
  name=${f##*/}
  skip=
  for v in $PASSED_OVER; do [ "$name" != "libggml-cpu-$v.so" ] || skip=1; done
  [ -z "$skip" ] || continue
  case "$name" in
    *.so|*.so.*) ln -s "$f" "$tmp/$name" ;;
    *) if [ -f "$f" ] && [ -x "$f" ]; then cp -p "$f" "$tmp/$name"; fi ;;
  esac
done
rm -rf "$out"
mv "$tmp" "$out"
touch "$stamp"
echo "$out"

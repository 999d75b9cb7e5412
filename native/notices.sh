#!/usr/bin/env bash
# Writes the license notices of the code in the natives jar into OUTPUT_DIR/META-INF/, copied from
# the fetched source of the pinned release (never committed here):
#   LICENSE-llama.cpp   llama.cpp's LICENSE, the MIT license of llama.cpp and ggml
#   LICENSE-llamafile   the MIT notice of llamafile's sgemm (ggml/src/ggml-cpu/llamafile/sgemm.cpp),
#                       which every libggml-cpu-*.so contains, taken from the top of that file
#   NOTICE-llama.cpp    what the libraries are built from, the files above, and the attributions
#                       to other MIT-licensed work that the shipped part of the source carries
source "$(dirname "$0")/common.sh"
out=${1:?usage: notices.sh OUTPUT_DIR}
src=$("$NATIVE_DIR/fetch-source.sh")
meta="$out/META-INF"
mkdir -p "$meta"

cp "$src/LICENSE" "$meta/LICENSE-llama.cpp"
grep -q 'MIT License' "$meta/LICENSE-llama.cpp" || die "$src/LICENSE is not the MIT license this script expects"

sgemm=ggml/src/ggml-cpu/llamafile/sgemm.cpp
# The leading comment up to the first empty line, without the comment marks.
sed -n '1,/^$/{/^\/\//{s|^// \{0,1\}||;p}}' "$src/$sgemm" > "$meta/LICENSE-llamafile"
grep -q 'Permission is hereby granted' "$meta/LICENSE-llamafile" || die "no MIT notice at the top of $sgemm"

{
  echo "The libraries of llama-ffm-natives are built from llama.cpp $LLAMA_CPP_VERSION ($LLAMA_CPP_TAG),"
  echo "${LLAMA_CPP_GIT%.git}, unmodified."
  echo
  echo "llama.cpp and ggml: MIT License, $(grep -m1 '^Copyright' "$meta/LICENSE-llama.cpp")."
  echo "  Full text: META-INF/LICENSE-llama.cpp"
  echo "llamafile sgemm ($sgemm, in every libggml-cpu-*.so): MIT License, $(grep -m1 '^Copyright' "$meta/LICENSE-llamafile")."
  echo "  Full text: META-INF/LICENSE-llamafile"
  echo
  echo "Attributions in the source of the shipped libraries:"
  # The sources of what the jar ships: libllama, ggml and ggml-base, the x86 CPU variants, RPC.
  (cd "$src" && grep -rHn -i 'MIT licen' src ggml/src/*.c ggml/src/*.cpp ggml/src/ggml-cpu ggml/src/ggml-rpc \
    --exclude-dir=kleidiai --exclude-dir=spacemit | grep -v "^$sgemm:" | sed 's/^/  /')
} > "$meta/NOTICE-llama.cpp"
log "wrote the license notices of llama.cpp $LLAMA_CPP_VERSION to $meta"

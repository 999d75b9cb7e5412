#!/usr/bin/env bash
# Fetches the pinned llama.cpp release into the cache (once) and prints its path.
# Tries the upstream git tag first, then the git bundle shipped in the pinned npm package.
source "$(dirname "$0")/common.sh"

verify() {  # $1 = source dir; checks the version in CMakeLists.txt
  local dir=$1 v
  v=$(sed -n 's/^set(LLAMA_VERSION_\(MAJOR\|MINOR\|PATCH\) \([0-9]*\))/\2/p' "$dir/CMakeLists.txt" | paste -sd.)
  [ "$v" = "$LLAMA_CPP_VERSION" ] || die "fetched llama.cpp says version '$v', expected $LLAMA_CPP_VERSION"
  [ -f "$dir/include/llama.h" ] || die "fetched llama.cpp has no include/llama.h"
}

if [ -f "$SRC_DIR/.llama-ffm-source" ]; then
  verify "$SRC_DIR"; echo "$SRC_DIR"; exit 0
fi
mkdir -p "$(dirname "$SRC_DIR")"
tmp=$(mktemp -d "$SRC_DIR.tmp.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

origin=""
if timeout 60 git -c advice.detachedHead=false clone -q --depth 1 --branch "$LLAMA_CPP_TAG" \
     "$LLAMA_CPP_GIT" "$tmp/src" 2>/dev/null; then
  origin="git tag $LLAMA_CPP_TAG"
else
  log "upstream git unreachable; using the git bundle of npm package $LLAMA_CPP_NPM_PACKAGE"
  command -v npm >/dev/null || die "npm is needed to fetch $LLAMA_CPP_NPM_PACKAGE (apt-get install npm)"
  rm -rf "$tmp/src"
  (cd "$tmp" && npm pack --silent "$LLAMA_CPP_NPM_PACKAGE" >/dev/null) \
    || die "npm pack $LLAMA_CPP_NPM_PACKAGE failed"
  tar -xzf "$tmp"/*.tgz -C "$tmp" package/llama/gitRelease.bundle package/llama/llama.cpp.info.json
  grep -q "\"$LLAMA_CPP_TAG\"" "$tmp/package/llama/llama.cpp.info.json" \
    || die "$LLAMA_CPP_NPM_PACKAGE does not carry llama.cpp $LLAMA_CPP_TAG"
  git -c advice.detachedHead=false clone -q "$tmp/package/llama/gitRelease.bundle" "$tmp/src"
  commit=$(git -C "$tmp/src" rev-parse HEAD)
  [ "$commit" = "$LLAMA_CPP_BUNDLE_COMMIT" ] \
    || die "bundle commit is $commit, expected $LLAMA_CPP_BUNDLE_COMMIT"
  origin="$LLAMA_CPP_NPM_PACKAGE bundle, commit $commit"
fi
verify "$tmp/src"
echo "$origin" > "$tmp/src/.llama-ffm-source"
rm -rf "$SRC_DIR"
mv "$tmp/src" "$SRC_DIR"
log "llama.cpp $LLAMA_CPP_VERSION from $origin -> $SRC_DIR"
echo "$SRC_DIR"

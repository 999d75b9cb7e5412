/**
 * The FFM bindings to llama.cpp's C API, generated from its headers in jextract's shape (package
 * {@code io.github.llamaffm.bindings}). This descriptor is written by hand; the package beside it
 * is generated and never edited.
 *
 * <p>The package is exported to the API module only: applications call llama.cpp through
 * {@code io.github.llamaffm}. Code on the class path (the project's own binding tests and
 * benchmarks) is not restricted by this descriptor. Give this module native access beside the API
 * module: {@code --enable-native-access=io.github.llamaffm,io.github.llamaffm.bindings}.
 */
module io.github.llamaffm.bindings {
    exports io.github.llamaffm.bindings to io.github.llamaffm;
}

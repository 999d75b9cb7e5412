/* The one header jextract is pointed at (JEXTRACT=... make bindings); the generator reads the same two. */
#include "llama.h"
#include "ggml-rpc.h"

/* The one header jextract is pointed at (JEXTRACT=... make bindings); the generator reads the same four. */
#include "llama.h"
#include "ggml-rpc.h"
#include "mtmd.h"
#include "mtmd-helper.h"

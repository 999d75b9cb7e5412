package io.github.llamaffm.examples.chat;

import java.nio.file.Path;

/** Command-line options of the chat program. */
final class ChatOptions {
    Path model;
    Path mmproj; // a multimodal projector for /image (the demo model gets its own)
    int contextSize; // 0: the smaller of 4096 and the model's training context
    int threads = Runtime.getRuntime().availableProcessors();
    float temperature = 0.7f;
    int topK = 40;
    float topP = 0.95f;
    float minP = 0.05f;
    float repeatPenalty = 1.1f;
    long seed = -1;
    int maxTokens = 512;
    String system = "You are a helpful assistant.";

    static final String USAGE = """
            usage: chat [options]
              -m, --model PATH        a GGUF model (without one, a demo model with random weights is used)
              --mmproj PATH           a multimodal projector (mmproj GGUF) of the model, for /image
              -c, --ctx-size N        context size in tokens (default: 4096, or the model's if smaller)
              -t, --threads N         threads (default: all processors)
              --temp T                temperature (default 0.7; 0 = greedy)
              --top-k K               top-k (default 40)
              --top-p P               top-p (default 0.95)
              --min-p P               min-p (default 0.05)
              --repeat-penalty R      repetition penalty (default 1.1)
              --seed N                sampling seed (default: random)
              -n, --max-tokens N      most tokens per reply (default 512)
              -s, --system TEXT       system prompt
              -h, --help              this help
            """;

    static ChatOptions parse(String[] args) {
        ChatOptions o = new ChatOptions();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-h", "--help" -> throw new UsageException(null);
                case "-m", "--model" -> o.model = Path.of(value(args, ++i, a));
                case "--mmproj" -> o.mmproj = Path.of(value(args, ++i, a));
                case "-c", "--ctx-size" -> o.contextSize = intValue(args, ++i, a);
                case "-t", "--threads" -> o.threads = intValue(args, ++i, a);
                case "--temp" -> o.temperature = floatValue(args, ++i, a);
                case "--top-k" -> o.topK = intValue(args, ++i, a);
                case "--top-p" -> o.topP = floatValue(args, ++i, a);
                case "--min-p" -> o.minP = floatValue(args, ++i, a);
                case "--repeat-penalty" -> o.repeatPenalty = floatValue(args, ++i, a);
                case "--seed" -> o.seed = Long.parseLong(value(args, ++i, a));
                case "-n", "--max-tokens" -> o.maxTokens = intValue(args, ++i, a);
                case "-s", "--system" -> o.system = value(args, ++i, a);
                default -> {
                    if (o.model == null && !a.startsWith("-")) o.model = Path.of(a);
                    else throw new UsageException("unknown option: " + a);
                }
            }
        }
        if (o.threads < 1 || (o.contextSize != 0 && o.contextSize < 16) || o.maxTokens < 1) throw new UsageException("out-of-range option value");
        return o;
    }

    private static String value(String[] args, int i, String opt) {
        if (i >= args.length || args[i].isEmpty()) throw new UsageException(opt + " needs a value");
        return args[i];
    }

    private static int intValue(String[] args, int i, String opt) {
        try {
            return Integer.parseInt(value(args, i, opt));
        } catch (NumberFormatException e) {
            throw new UsageException(opt + " needs a whole number");
        }
    }

    private static float floatValue(String[] args, int i, String opt) {
        try {
            return Float.parseFloat(value(args, i, opt));
        } catch (NumberFormatException e) {
            throw new UsageException(opt + " needs a number");
        }
    }

    /** A bad command line: the message (if any) and the usage are printed. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}

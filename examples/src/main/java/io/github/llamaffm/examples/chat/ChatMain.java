package io.github.llamaffm.examples.chat;

import io.github.llamaffm.Completion;
import io.github.llamaffm.testkit.DemoModel;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.Generation;
import io.github.llamaffm.Llama;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaException;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Media;
import io.github.llamaffm.MultimodalProjector;
import io.github.llamaffm.ModelParams;
import io.github.llamaffm.Sampler;
import io.github.llamaffm.StopReason;
import io.github.llamaffm.Token;
import io.github.llamaffm.chat.ChatMessage;
import io.github.llamaffm.chat.ChatSession;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The example chat program: an interactive terminal chat with a GGUF model.
 * {@code make chat MODEL=path/to/model.gguf}, or {@code java -jar llama-ffm-chat.jar --model ...}.
 */
public final class ChatMain {
    private static final String HELP = """
            Commands:
              /help           this help
              /reset          forget the conversation (the system prompt stays)
              /system TEXT    set a new system prompt (and reset)
              /save FILE      write the transcript to FILE
              /image PATH     attach an image (or audio) file to your next message (needs --mmproj)
              /quit           leave (Ctrl-D works too)
            Ctrl-C stops the reply being written; at the prompt it clears the line.""";

    private ChatMain() {}

    /**
     * Entry point.
     *
     * @param args options, see {@code --help}
     */
    public static void main(String[] args) {
        ChatOptions options;
        try {
            options = ChatOptions.parse(args);
        } catch (ChatOptions.UsageException e) {
            if (e.getMessage() != null) System.err.println("chat: " + e.getMessage());
            System.err.print(ChatOptions.USAGE);
            System.exit(e.getMessage() == null ? 0 : 2);
            return;
        }
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            System.exit(new ChatMain().run(options, terminal));
        } catch (IOException e) {
            System.err.println("chat: cannot open the terminal: " + e.getMessage());
            System.exit(1);
        }
    }

    int run(ChatOptions o, Terminal terminal) {
        PrintWriter out = terminal.writer();
        Path modelPath = o.model;
        Path projectorPath = o.mmproj;
        if (modelPath == null) {
            try {
                modelPath = DemoModel.path();
                if (projectorPath == null) projectorPath = DemoModel.projector();
            } catch (IOException | RuntimeException e) {
                out.println("chat: cannot write the demo model: " + e.getMessage());
                out.flush();
                return 1;
            }
            out.println("No model given: using a demo model with RANDOM weights and a real tokenizer.");
            out.println("Its replies are noise. To chat for real, pass a GGUF file:");
            out.println("  make chat MODEL=/path/to/model.gguf      or      --model /path/to/model.gguf");
            out.println();
        } else if (!Files.isRegularFile(modelPath)) {
            out.println("chat: no such model file: " + modelPath);
            out.flush();
            return 1;
        }
        out.println("llama.cpp " + Llama.version() + ", CPU variant " + Llama.cpuVariant().orElse("built in"));
        ProgressBar bar = new ProgressBar(out, "Loading " + modelPath.getFileName());
        LlamaModel model;
        try {
            model = LlamaModel.load(modelPath, ModelParams.defaults(), bar::update);
            bar.done();
        } catch (LlamaException e) {
            bar.done();
            out.println("chat: " + e.getMessage());
            out.flush();
            return 1;
        }
        Sampler sampler = sampler(o);
        MultimodalProjector projector = null;
        if (projectorPath != null) {
            try {
                projector = MultimodalProjector.load(model, projectorPath);
            } catch (LlamaException | IllegalStateException e) {
                out.println("chat: " + e.getMessage());
                out.flush();
                model.close();
                return 1;
            }
        }
        try (model;
             LlamaContext ctx = model.newContext(ContextParams.builder()
                     .contextSize(o.contextSize > 0 ? o.contextSize : Math.min(4096, Math.max(512, model.trainingContextSize())))
                     .threads(o.threads).build())) {
            ChatSession session = ChatSession.builder(ctx).systemPrompt(o.system).sampler(sampler).maxTokens(o.maxTokens)
                    .projector(projector).build();
            List<Media> pending = new ArrayList<>(); // images for the next message (/image)
            out.printf("%s: %s, %d tokens of context. Type /help for commands.%n", modelPath.getFileName(), model.description(),
                    ctx.contextSize());
            out.flush();
            LineReader reader = LineReaderBuilder.builder().terminal(terminal)
                    .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".llama-ffm-chat-history"))
                    .build();
            while (true) {
                String line;
                try {
                    line = reader.readLine("> ");
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    break;
                }
                line = line.strip();
                if (line.isEmpty()) continue;
                if (line.startsWith("/")) {
                    if (!command(line, session, projector, pending, out)) break;
                    continue;
                }
                reply(session, message(line, pending), terminal, out);
                pending.clear();
            }
        }
        out.println("Bye.");
        out.flush();
        return 0;
    }

    private static Sampler sampler(ChatOptions o) {
        if (o.temperature <= 0) return Sampler.greedy();
        Sampler.Builder b = Sampler.builder().penalties(64, o.repeatPenalty, 0, 0).topK(o.topK).topP(o.topP).minP(o.minP)
                .temperature(o.temperature);
        if (o.seed >= 0) b.seed(o.seed);
        return b.build();
    }

    /** The user's line, after the images attached with /image. */
    static ChatMessage message(String line, List<Media> images) {
        if (images.isEmpty()) return ChatMessage.user(line);
        List<Object> parts = new ArrayList<>(images);
        parts.add(line);
        return ChatMessage.userParts(parts.toArray());
    }

    /** Streams one reply; Ctrl-C (SIGINT) cancels it and returns to the prompt. */
    private static void reply(ChatSession session, ChatMessage message, Terminal terminal, PrintWriter out) {
        Generation g;
        try {
            g = session.send(message);
        } catch (LlamaException | IllegalArgumentException e) {
            out.println("[" + e.getMessage() + "]");
            out.flush();
            return;
        }
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> g.cancel());
        try {
            for (Token t : g) {
                out.print(t.text());
                out.flush();
            }
            Completion c = g.result();
            out.println();
            out.printf(Locale.ROOT, "[%d tokens, %.1f tokens/s%s]%n", c.generatedTokens(), c.generationTokensPerSecond(),
                    c.stopReason() == StopReason.CANCELLED ? ", stopped"
                            : c.stopReason() == StopReason.MAX_TOKENS ? ", reply limit reached" : "");
        } catch (LlamaException | IllegalArgumentException e) {
            out.println();
            out.println("[" + e.getMessage() + "]");
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
            out.flush();
        }
    }

    /** Handles a /command; returns false to quit. */
    private static boolean command(String line, ChatSession session, MultimodalProjector projector, List<Media> pending, PrintWriter out) {
        String[] parts = line.split("\\s+", 2);
        String arg = parts.length > 1 ? parts[1].strip() : "";
        switch (parts[0]) {
            case "/quit", "/exit" -> {
                return false;
            }
            case "/help" -> out.println(HELP);
            case "/reset" -> {
                session.reset();
                out.println("[conversation reset]");
            }
            case "/system" -> {
                if (arg.isEmpty()) {
                    out.println("[system prompt: " + session.systemPrompt() + "]");
                } else {
                    session.setSystemPrompt(arg);
                    out.println("[system prompt set; conversation reset]");
                }
            }
            case "/save" -> {
                if (arg.isEmpty()) {
                    out.println("[usage: /save FILE]");
                } else {
                    try {
                        Files.writeString(Path.of(arg), transcript(session));
                        out.println("[transcript saved to " + Path.of(arg).toAbsolutePath() + "]");
                    } catch (IOException | RuntimeException e) {
                        out.println("[cannot save: " + e.getMessage() + "]");
                    }
                }
            }
            case "/image" -> {
                if (projector == null) {
                    out.println("[no projector: start the chat with --mmproj FILE, the model's multimodal projector]");
                } else if (arg.isEmpty()) {
                    out.println("[usage: /image PATH]");
                } else {
                    try {
                        Media m = Media.fromFile(Path.of(arg));
                        int positions = projector.positions(m); // decoded now: a bad file is reported here
                        pending.add(m);
                        out.println("[" + Path.of(arg).getFileName() + " attached (" + positions + " tokens); it goes with your next message]");
                    } catch (IOException | RuntimeException e) {
                        out.println("[cannot use " + arg + ": " + e.getMessage() + "]");
                    }
                }
            }
            default -> out.println("[unknown command " + parts[0] + "; /help lists them]");
        }
        out.flush();
        return true;
    }

    static String transcript(ChatSession session) {
        StringBuilder sb = new StringBuilder();
        for (ChatMessage m : session.messages()) {
            sb.append(m.role()).append(": ").append(m.content()).append("\n\n");
        }
        return sb.toString();
    }
}

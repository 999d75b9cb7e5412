package io.github.llamaffm.examples;

import io.github.llamaffm.Completion;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Media;
import io.github.llamaffm.MultimodalProjector;
import io.github.llamaffm.MultimodalPrompt;
import io.github.llamaffm.chat.ChatMessage;
import io.github.llamaffm.chat.ChatSession;
import io.github.llamaffm.testkit.DemoModel;
import io.github.llamaffm.testkit.TestImages;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Images in prompts: a multimodal projector (an "mmproj" file) loaded for a model, an image in a
 * plain prompt at the media marker, then a chat whose first turn holds an image; the second turn
 * reuses what the context holds of the first, image included.
 *
 * <p>Run: {@code make example NAME=VisionExample [MODEL=model.gguf] [ARGS="mmproj.gguf image.jpg ..."]}.
 * Without arguments, the demo model with a random-weight LLaVA projector and generated images are
 * used: the answers are noise, the mechanics are real. With a real vision model (LLaVA 1.5, Gemma 3,
 * Qwen2.5-VL, SmolVLM, ...), pass its GGUF, its mmproj file and images.
 */
public final class VisionExample {
    private VisionExample() {}

    /**
     * Runs the walk-through.
     *
     * @param args optional: the model, the projector, image files
     * @throws Exception if a file cannot be loaded or written
     */
    public static void main(String[] args) throws Exception {
        Path modelPath = args.length > 0 ? Path.of(args[0]) : DemoModel.path();
        Path projectorPath = args.length > 1 ? Path.of(args[1]) : DemoModel.projector();
        List<Media> images = new ArrayList<>();
        for (int i = 2; i < args.length; i++) images.add(Media.fromFile(Path.of(args[i])));
        if (images.isEmpty()) {
            images.add(Media.image(TestImages.pattern(64, 48, 1)));             // a java.awt.image.BufferedImage
            images.add(Media.fromBytes(TestImages.png(64, 48, 2)));             // a PNG file's bytes
        }
        try (LlamaModel model = LlamaModel.load(modelPath);
             MultimodalProjector projector = MultimodalProjector.load(model, projectorPath);
             LlamaContext ctx = model.newContext(ContextParams.builder().contextSize(4096).build())) {
            System.out.printf("projector %s: vision %s, audio %s; an image fills %d positions%n", projector.projectorType(),
                    projector.supportsVision(), projector.supportsAudio(), projector.positions(images.get(0)));

            System.out.println("== An image in a plain prompt");
            MultimodalPrompt prompt = MultimodalPrompt.of(projector,
                    "USER: " + MultimodalProjector.MARKER + "\nWhat is in this image?\nASSISTANT:", images.get(0));
            Completion c = ctx.generate(prompt, GenerateParams.builder().maxTokens(24).build()).run();
            System.out.println(c.text().strip());
            System.out.printf("(%d prompt positions decoded, %.1f tokens/s)%n", c.promptTokens(), c.generationTokensPerSecond());

            System.out.println("== A chat with images");
            ChatSession chat = ChatSession.builder(ctx).projector(projector).maxTokens(24).build();
            Completion first = chat.send(ChatMessage.userParts(images.get(0), "Describe this picture.")).run();
            System.out.println("> " + first.text().strip());
            Media second = images.size() > 1 ? images.get(1) : images.get(0);
            Completion next = chat.send(ChatMessage.userParts("And how does ", second, " differ from it?")).run();
            System.out.println("> " + next.text().strip());
            int promptPositions = ctx.tokenCount() - next.generatedTokens() + 1; // the second turn's prompt
            System.out.printf("second turn: %d positions decoded of %d, the rest (the first turn and its image) reused from the KV memory%n",
                    next.promptTokens(), promptPositions);
        }
    }
}

// An image in a prompt: a multimodal projector for a model, a prompt with the media marker, a chat with an image.
// make jshell-run SCRIPT=examples/jshell/vision.jsh MODEL=/path/to/model.gguf   (-R-Dmmproj=... -R-Dimage=... for your files)
// Without a model: the demo model, a random-weight LLaVA projector and a generated image (the answers are noise).
var modelPath = System.getProperty("model") != null ? Path.of(System.getProperty("model")) : io.github.llamaffm.testkit.DemoModel.path();
var projectorPath = System.getProperty("mmproj") != null ? Path.of(System.getProperty("mmproj")) : io.github.llamaffm.testkit.DemoModel.projector();
var image = System.getProperty("image") != null ? Media.fromFile(Path.of(System.getProperty("image"))) : Media.image(io.github.llamaffm.testkit.TestImages.pattern(64, 48, 7));
try (var model = LlamaModel.load(modelPath);
     var projector = MultimodalProjector.load(model, projectorPath);
     var ctx = model.newContext(ContextParams.builder().contextSize(2048).build())) {
    System.out.println("vision: " + projector.supportsVision() + ", audio: " + projector.supportsAudio());
    var prompt = MultimodalPrompt.of(projector, "USER: " + MultimodalProjector.MARKER + "\nWhat is this?\nASSISTANT:", image);
    for (Token t : ctx.generate(prompt, GenerateParams.builder().maxTokens(16).build())) System.out.print(t.text());
    System.out.println();
    var chat = ChatSession.builder(ctx).projector(projector).maxTokens(16).build();
    System.out.println("chat: " + chat.reply(ChatMessage.userParts(image, "Describe it.")));
}
/exit

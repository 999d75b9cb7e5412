// A two-turn chat with the model's own chat template.
// make jshell-run SCRIPT=examples/jshell/chat.jsh MODEL=/path/to/chat-model.gguf
var modelPath = Path.of(System.getProperty("model", System.getenv().getOrDefault("MODEL", "model.gguf")));
try (var model = LlamaModel.load(modelPath);
     var ctx = model.newContext(ContextParams.builder().contextSize(2048).build())) {
    var chat = ChatSession.builder(ctx).systemPrompt("You are a concise assistant.").maxTokens(48).build();
    for (String question : List.of("What is the Foreign Function & Memory API?", "Say it in five words.")) {
        System.out.println("user: " + question);
        System.out.print("assistant: ");
        var reply = chat.send(question);
        for (Token t : reply) System.out.print(t.text());
        System.out.println();
        System.out.println("  (" + reply.result().promptTokens() + " prompt tokens decoded, " + reply.result().stopReason() + ")");
    }
}
/exit

// Tool calling: a Java function the model may call, run by the session's tool loop.
// make jshell-run SCRIPT=examples/jshell/tools.jsh MODEL=/path/to/chat-model.gguf
record Sum(int a, int b) {}
var modelPath = Path.of(System.getProperty("model", System.getenv().getOrDefault("MODEL", "model.gguf")));
try (var model = LlamaModel.load(modelPath);
     var ctx = model.newContext(ContextParams.builder().contextSize(4096).build())) {
    var chat = ChatSession.builder(ctx).maxTokens(200)
            .tool("add", "Adds two integers.", Sum.class, s -> s.a() + s.b())
            .toolChoice(ToolChoice.function("add"))   // the first round must call it; later rounds are the model's choice
            .maxToolRounds(1)
            .build();
    var reply = chat.chat("What is 19 + 23?", e -> {
        if (e instanceof ChatEvent.ToolCallRequested c) System.out.println("call: " + c.call().name() + " " + c.call().arguments());
        if (e instanceof ChatEvent.ToolResult r) System.out.println("result: " + r.result());
    });
    System.out.println("answer: " + reply.content());
    System.out.println("roles: " + chat.messages().stream().map(ChatMessage::role).toList());
}
/exit

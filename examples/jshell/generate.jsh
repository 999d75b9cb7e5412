// Load a model, stream a completion, print the stop reason and speed.
// make jshell-run SCRIPT=examples/jshell/generate.jsh MODEL=/path/to/model.gguf
var modelPath = Path.of(System.getProperty("model", System.getenv().getOrDefault("MODEL", "model.gguf")));
var sampler = Sampler.builder().topK(40).topP(0.95f).temperature(0.8f).seed(42).build();
try (var model = LlamaModel.load(modelPath);
     var ctx = model.newContext(ContextParams.builder().contextSize(1024).build())) {
    System.out.println("model: " + model.description() + ", " + model.parameterCount() + " parameters");
    var generation = ctx.generate("The capital of France is", GenerateParams.builder().maxTokens(24).sampler(sampler).build());
    for (Token t : generation) System.out.print(t.text());
    System.out.println();
    var result = generation.result();
    System.out.printf("stop: %s, %d tokens, %.1f tokens/s%n", result.stopReason(), result.generatedTokens(),
            result.generationTokensPerSecond());
}
/exit

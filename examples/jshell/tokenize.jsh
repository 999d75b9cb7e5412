// Tokenize and detokenize with a model's tokenizer.
// make jshell-run SCRIPT=examples/jshell/tokenize.jsh MODEL=/path/to/model.gguf
var modelPath = Path.of(System.getProperty("model", System.getenv().getOrDefault("MODEL", "model.gguf")));
try (var model = LlamaModel.load(modelPath, ModelParams.builder().vocabOnly(true).build())) {
    var vocab = model.vocab();
    int[] ids = vocab.tokenize("Hello from JShell!", SpecialTokens.ADD);
    System.out.println("tokens: " + Arrays.toString(ids));
    for (int id : ids) System.out.println("  " + id + " -> '" + vocab.piece(id) + "'");
    System.out.println("text: " + vocab.detokenize(ids, SpecialTokens.ADD));
}
/exit

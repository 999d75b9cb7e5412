package io.github.llamaffm.tests;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentences {@link MiniLmAgreementTest} embeds and tokenizes on both sides: short and long,
 * questions, numbers, punctuation, casing, accents and other scripts, code-like text, repeated
 * words, odd whitespace and control characters, special-token text, and texts near the model's
 * 128-token (LangChain4j's truncation) and 512-token (position embeddings) limits.
 */
final class MiniLmSentences {
    private MiniLmSentences() {}

    /** Every sentence, in a fixed order; none empty or whitespace only (LangChain4j refuses those). */
    static List<String> all() {
        List<String> s = new ArrayList<>(List.of(
                // short
                "Hi", "OK.", "a", "?", "Yes!", "No way.", "Thanks", "Good morning, everyone.",
                "The cat sat on the mat.", "Dogs bark at night.",
                // ordinary sentences and questions
                "A man is eating food.",
                "A man is riding a white horse on an enclosed ground.",
                "What is the capital of France?",
                "How do I reset my password if I no longer have access to my email?",
                "Why is the sky blue during the day but red at sunset?",
                "Can you recommend a good book about the history of mathematics?",
                "Is it going to rain tomorrow in Seattle?",
                "Where did you put the keys?",
                "The quick brown fox jumps over the lazy dog.",
                "Embeddings map sentences to vectors so that similar meanings are close together.",
                "She sells sea shells by the sea shore.",
                "I can't believe it's not butter!",
                "They're going to the market, aren't they?",
                "It's a well-known fact that state-of-the-art models are data-hungry.",
                // numbers
                "The meeting is at 10:30 on 2024-05-17.",
                "Pi is approximately 3.14159265358979.",
                "The population grew from 1,234,567 to 9,876,543 in 12 years.",
                "It costs $19.99, or €17.50, or £15 — about ¥2,800.",
                "Call me at +1 (555) 123-4567 ext. 89.",
                "Version 2.0.1-beta.3 was released on 1/2/2023.",
                "The temperature dropped to -40°C (-40°F).",
                "50% of 200 is 100, and 1/3 ≈ 0.333.",
                "Room 101, floor 7, building B-12.",
                "1234567890 0987654321 42 007 3e-5 6.02e23",
                // punctuation
                "Wait... what?!",
                "\"Quoted,\" she said; 'single quotes' too.",
                "Curly “double” and ‘single’ quotes — and an en–dash.",
                "Ellipsis… and bullets • one • two",
                "(parentheses) [brackets] {braces} <angles>",
                "Hyphen-ated, slash/separated, back\\slash, pipe|bar.",
                "!!!???...,,,;;;:::",
                "#hashtag @mention &amp; ~tilde ^caret `backtick` _underscore_",
                "e-mail: someone@example.com; web: https://example.com/a/b?c=1&d=2#frag",
                // casing
                "HELLO WORLD, THIS IS LOUD.",
                "hello world, this is quiet.",
                "HeLLo WoRLd, tHiS iS wEiRd.",
                "iPhone, eBay, McDonald's and NASA.",
                "The USA, the UK and the EU signed the G7 communiqué.",
                // accents and other scripts
                "Crème brûlée is a French dessert.",
                "naïve café résumé façade jalapeño",
                "São Paulo, Zürich, Kraków, Reykjavík and Ångström.",
                "Dvořák, Łódź, Ştefan, Đorđe",
                "İstanbul and Iğdır are in Türkiye.",
                "Die Straße ist groß und schön.",
                "Αθήνα είναι η πρωτεύουσα της Ελλάδας.",
                "Привет, мир! Как дела?",
                "مرحبا بالعالم",
                "שלום עולם",
                "我爱北京天安门。",
                "机器学习和自然语言处理",
                "こんにちは世界、カタカナも。",
                "สวัสดีชาวโลก",
                "Mixed: English, Deutsch, Français, Español, 中文 and русский.",
                "Emoji: I love 🍕 and 🦙 and ☕!",
                "Math: ∑ x² ≤ ∞, α + β = γ, √2 ≠ π.",
                "Full-width ＡＢＣ１２３ and half-width ｶﾀｶﾅ.",
                "Decomposed e\u0301 and precomposed é.",
                "Ligature ﬁ and ﬂ, superscript ² and ³, fraction ½.",
                // code-like
                "def square(x): return x ** 2",
                "SELECT name, age FROM users WHERE id = 42 ORDER BY age DESC;",
                "<div class=\"container\"><p>Hello</p></div>",
                "{\"key\": \"value\", \"list\": [1, 2, 3], \"nested\": {\"a\": null}}",
                "for (int i = 0; i < n; i++) { sum += a[i]; }",
                "git commit -m \"Fix bug #123\" && git push origin main",
                "C:\\Users\\me\\Documents\\file.txt and /usr/local/bin/java",
                "camelCaseIdentifier snake_case_name kebab-case-name SCREAMING_CASE",
                "0xDEADBEEF 0b1010 0o777 1_000_000",
                "regex: ^[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}$",
                "System.out.println(\"Hello, \" + name + \"!\");",
                "lambda x: x if x > 0 else -x  # absolute value",
                // repeated words
                "the the the the the the the the",
                "Buffalo buffalo Buffalo buffalo buffalo buffalo Buffalo buffalo.",
                "very very very very very very very very very very good",
                "na na na na na na na na na na na na na na na na Batman!",
                "ha ha ha ha ha ha",
                // whitespace and control characters
                "  leading and trailing spaces  ",
                "tabs\tbetween\twords",
                "line one\nline two\r\nline three",
                "multiple     spaces     here",
                "non\u00a0breaking\u00a0space",
                "zero\u200bwidth\u200bspace",
                "soft\u00adhyphen",
                "\ufeffbyte order mark at the start",
                "bell\u0007 and escape\u001b characters",
                "nul\u0000character",
                // special-token text (parsed as special tokens on both sides)
                "[CLS] before and [SEP] after",
                "a [MASK] in the middle",
                "[UNK] and [PAD] written out",
                "[cls] in lowercase is plain text",
                // sentence pairs of similar meaning
                "A woman is playing the violin.",
                "A woman plays a violin.",
                "Two men are pushing carts through the woods.",
                "The stock market fell sharply on Monday amid fears of a recession.",
                "Scientists discovered a new species of frog in the Amazon rainforest.",
                "Please remember to water the plants while I am away on vacation.",
                "The committee postponed its decision until further data become available.",
                "My grandmother's recipe for apple pie uses cinnamon, nutmeg and a pinch of salt."));
        s.add(paragraph(60));   // about 100 tokens: under LangChain4j's 128
        s.add(paragraph(76));   // about 128 tokens: at LangChain4j's truncation
        s.add(paragraph(150));  // about 250 tokens: truncated by LangChain4j
        return List.copyOf(s);
    }

    /**
     * Texts on which llama.cpp's WPM tokenizer cannot agree with Hugging Face's, by two limits of
     * its normalizer ({@code llm_tokenizer_wpm_session::preprocess}): its NFD table maps a code
     * point to one code point, so a Hangul syllable keeps only its leading consonant (Hangul
     * decomposes algorithmically into two or three jamo, which BERT's vocabulary has); and it strips
     * every {@code \p{M}} mark, where Hugging Face's {@code strip_accents} strips only nonspacing
     * marks (Mn), so the spacing vowel signs (Mc) of Devanagari and other scripts vanish.
     */
    static List<String> divergent() {
        return List.of("안녕하세요 세계", "한국어를 배우고 있어요.", "नमस्ते दुनिया", "हिन्दी भाषा", "Seoul 서울 and Delhi दिल्ली");
    }

    /**
     * A word longer than Hugging Face's {@code max_input_chars_per_word} (100): its WordPiece model
     * makes the whole word [UNK]; llama.cpp's has no such limit and splits it into pieces.
     */
    static String overlongWord() {
        return "pneumonoultramicroscopicsilicovolcanoconiosis".repeat(3);
    }

    /**
     * Texts of about 120 to 510 word pieces: LangChain4j's tokenizer truncates at 128 tokens, so
     * these are compared with its ONNX Runtime model over a tokenizer without truncation, up to
     * the model's 512 positions.
     */
    static List<String> long512() {
        return List.of(paragraph(150), paragraph(230), paragraph(300), exactly510Pieces());
    }

    /** A varied English paragraph of {@code words} words (the same every run). */
    static String paragraph(int words) {
        String[] source = ("In the early morning light, the old harbor town slowly woke up. Fishermen "
                + "checked their nets, bakers pulled fresh bread from stone ovens, and children ran along the "
                + "cobbled streets toward the school near the lighthouse. Nobody expected that the storm, "
                + "forecast for the evening, would arrive before noon and change everything in 2019. "
                + "Meteorologists later said the pressure fell by 23 hectopascals within six hours, "
                + "an unusual event for the region; insurers counted damages of roughly 4.5 million euros. ")
                .split(" ");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) sb.append(' ');
            sb.append(source[i % source.length]);
        }
        return sb.toString();
    }

    /** 510 word pieces: with [CLS] and [SEP], exactly the 512 positions the model has. */
    static String exactly510Pieces() {
        // "word" is one piece, "." one: 255 of "word." make 510
        return "word. ".repeat(255).strip();
    }
}

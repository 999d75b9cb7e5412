package io.github.llamaffm.internal;

import io.github.llamaffm.LlamaException;
import io.github.llamaffm.bindings.llama_chat_message;
import io.github.llamaffm.bindings.llama_h;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * llama.cpp's built-in chat formats ({@code llama_chat_apply_template}): the fallback for models
 * whose GGUF carries no Jinja template. The format is picked by name ({@code chatml},
 * {@code llama3}, {@code mistral-v7}, ...) or detected from a template text.
 */
public final class BuiltinChatTemplates {
    private BuiltinChatTemplates() {}

    /**
     * The names llama.cpp knows.
     *
     * @return the built-in template names
     */
    public static List<String> names() {
        Native.ensureLoaded();
        try (Arena a = Arena.ofConfined()) {
            int n = llama_h.llama_chat_builtin_templates(MemorySegment.NULL, 0);
            MemorySegment out = a.allocate(ValueLayout.ADDRESS, Math.max(1, n));
            n = llama_h.llama_chat_builtin_templates(out, n);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < n; i++) names.add(Native.string(out.getAtIndex(ValueLayout.ADDRESS, i)));
            return names;
        }
    }

    /**
     * Formats a conversation.
     *
     * @param template     a built-in name, or a template text to detect the format from
     * @param roles        the messages' roles
     * @param contents     the messages' contents, same length as {@code roles}
     * @param addAssistant end with the start of an assistant turn
     * @return the formatted prompt
     * @throws LlamaException if llama.cpp does not know the format
     */
    public static String apply(String template, List<String> roles, List<String> contents, boolean addAssistant) {
        Native.ensureLoaded();
        try (Arena a = Arena.ofConfined()) {
            MemorySegment chat = llama_chat_message.allocateArray(Math.max(1, roles.size()), a);
            long total = 0;
            for (int i = 0; i < roles.size(); i++) {
                MemorySegment m = llama_chat_message.asSlice(chat, i);
                llama_chat_message.role(m, a.allocateFrom(roles.get(i)));
                llama_chat_message.content(m, a.allocateFrom(contents.get(i)));
                total += contents.get(i).length() + roles.get(i).length();
            }
            MemorySegment tmpl = a.allocateFrom(template);
            int capacity = (int) Math.min(Integer.MAX_VALUE - 1, 2 * total + 1024);
            MemorySegment buf = a.allocate(capacity);
            int n = llama_h.llama_chat_apply_template(tmpl, chat, roles.size(), addAssistant, buf, capacity);
            if (n < 0) throw new LlamaException("llama.cpp has no built-in chat format matching '" + abbreviate(template) + "'");
            if (n > capacity) {
                buf = a.allocate(n + 1L);
                n = llama_h.llama_chat_apply_template(tmpl, chat, roles.size(), addAssistant, buf, n + 1);
            }
            return new String(buf.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE), StandardCharsets.UTF_8);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}

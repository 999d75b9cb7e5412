package io.github.llamaffm.chat;

import java.util.List;
import java.util.Set;

/**
 * Translates Jinja2 template source (as Hugging Face renders chat templates: {@code trim_blocks},
 * {@code lstrip_blocks}, loop controls) into a Jinjava template whose expressions only call the
 * Python-semantics runtime in {@link PyRuntime}.
 *
 * <p>Why a translator instead of handing the source to Jinjava as it is: Jinjava parses template
 * expressions as Java EL (JUEL). Measured against the real chat templates, that differs from
 * Jinja2 in ways that change output or fail: operator precedence and named-argument binding
 * ({@code f(x=a|length - 1)}), slices with expressions or steps ({@code [::-1]}), string escapes
 * ({@code '\u00e9'}), {@code ==} coercing {@code 1 == '1'}, {@code and}/{@code or} returning
 * booleans, {@code "=" * 3}, chained comparisons, adjacent string literals, loop filters
 * ({@code for x in y if c}, silently rendered as nothing), {@code loop.previtem},
 * None-versus-undefined, and whitespace control around expressions. So the translation does what
 * Jinja2's own lexer and parser do ({@link JinjaLexer}: same whitespace rules; {@link JinjaParser}:
 * same grammar and precedence, into {@link JinjaAst} nodes) and {@link JinjavaEmitter} emits, for
 * each expression, fully parenthesised calls ({@code __eq(a, b)}, {@code __ga(obj, 'attr')},
 * {@code __f('trim', x, ...)}) whose semantics are Python's. Jinjava still does the rest: the
 * statement tree ({@code if}/{@code for}/{@code set}/{@code macro}), scoping, macros and output.
 *
 * <p>String constants are not re-quoted into EL literals (JUEL knows only {@code \'} and
 * {@code \\} escapes); they go into a constant table read as {@code __k[i]}. Text between tags
 * that contains braces or {@code %}/{@code #} is emitted the same way, so no text can form a
 * Jinjava delimiter after whitespace stripping.
 *
 * <p>This class is the entry point, and it holds the names that the emitted source,
 * {@link ChatTemplate}'s bindings and the runtime must agree on.
 */
final class JinjaTranslator {

    /** The result: Jinjava source plus the constant table it reads as {@code __k}. */
    record Translation(String source, List<Object> constants) {
    }

    private JinjaTranslator() {
    }

    static Translation translate(String jinja) {
        JinjavaEmitter e = new JinjavaEmitter();
        e.run(JinjaLexer.segments(jinja));
        return new Translation(e.out.toString(), List.copyOf(e.constants));
    }

    /** Functions Jinja2 templates call by name that the runtime provides. */
    static final Set<String> BUILTINS = Set.of("range", "namespace", "dict", "raise_exception", "strftime_now");

    /** JUEL reserved words, and the runtime's own prefix: template names that collide are renamed. */
    private static final Set<String> RESERVED = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge",
            "true", "false", "null", "empty", "div", "mod", "instanceof", "in", "is", "if", "else");

    static String var(String name) {
        if (RESERVED.contains(name) || name.startsWith("__")) return "__v_" + name;
        return name;
    }

    /** The template's own name for a (possibly renamed) variable. */
    static String unvar(String name) {
        return name.startsWith("__v_") ? name.substring(4) : name;
    }
}

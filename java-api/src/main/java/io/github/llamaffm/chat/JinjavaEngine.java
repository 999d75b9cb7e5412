package io.github.llamaffm.chat;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.InterpreterFactory;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.JinjavaInterpreter.InterpreterScopeClosable;
import com.hubspot.jinjava.lib.fn.ELFunctionDefinition;
import com.hubspot.jinjava.lib.tag.ElseTag;
import com.hubspot.jinjava.lib.tag.Tag;
import com.hubspot.jinjava.tree.Node;
import com.hubspot.jinjava.tree.TagNode;
import com.hubspot.jinjava.util.ForLoop;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The one Jinjava instance that renders translated templates (thread-safe: every render gets its
 * own interpreter). Configured so that Jinjava adds nothing of its own: no whitespace handling
 * (the translator did Jinja2's), no nested interpretation (Jinjava's default re-renders output
 * that contains {@code {{ }}}, which would execute template code found in a user's message), and
 * output strings formed by Python's {@code str()} (Jinjava prints {@code true} and {@code [a, b]}
 * where Jinja2 prints {@code True} and {@code ['a', 'b']}).
 *
 * <p>What exists only because Jinjava runs the templates lives here: the registration of the
 * runtime's functions, the marker that stands for a macro argument not passed, and the tags and
 * loop object that give Jinjava Jinja2's loops and filter blocks.
 */
final class JinjavaEngine {
    private JinjavaEngine() {
    }

    static final Jinjava JINJAVA = create();

    private static Jinjava create() {
        JinjavaConfig config = JinjavaConfig.newBuilder()
                .withTrimBlocks(false)
                .withLstripBlocks(false)
                .withNestedInterpretationEnabled(false)
                .withFailOnUnknownTokens(false)
                .withEnableRecursiveMacroCalls(true)
                .withMaxMacroRecursionDepth(100)
                .withMaxRenderDepth(100)
                .withInterperterFactory(new PyInterpreterFactory())
                .build();
        Jinjava j = new Jinjava(config);
        for (ELFunctionDefinition f : functions()) j.registerFunction(f);
        j.registerTag(new PyForTag());
        j.registerTag(new PyFilterTag());
        return j;
    }

    /**
     * The Jinjava functions: every static method whose name starts with {@code fn} in the runtime's
     * entry-point classes; {@code fnX} becomes {@code __X}, {@code fn_name} becomes {@code __fn_name}.
     */
    static List<ELFunctionDefinition> functions() {
        List<ELFunctionDefinition> out = new ArrayList<>();
        for (Class<?> c : List.of(PyOperators.class, PyAccess.class, PyGlobals.class, JinjavaEngine.class)) {
            for (Method m : c.getDeclaredMethods()) {
                if (!Modifier.isStatic(m.getModifiers()) || !m.getName().startsWith("fn")) continue;
                // The classes are package-private; Jinjava calls through the Method object.
                m.setAccessible(true);
                String name = m.getName().startsWith("fn_") ? "__fn_" + m.getName().substring(3)
                        : "__" + m.getName().substring(2);
                out.add(new ELFunctionDefinition("", name, m));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------
    // Macro arguments (see JinjavaEmitter's macroStatement)

    /** Stands for "not passed / undefined" in a macro parameter (Jinjava cannot bind null). */
    static final Object UNDEFINED_ARG = new Object() {
        @Override
        public String toString() {
            return "";
        }
    };

    public static Object fnmissing() {
        return UNDEFINED_ARG;
    }

    public static Object fnarg(Object v) {
        return v == null ? UNDEFINED_ARG : v;
    }

    public static Object fnu(Object v) {
        return v == UNDEFINED_ARG ? null : v;
    }

    public static Object fnisundefarg(Object v) {
        return v == null || v == UNDEFINED_ARG;
    }

    /** Interpreters that print values as Python's {@code str()} does. */
    private static final class PyInterpreterFactory implements InterpreterFactory {
        @Override
        public JinjavaInterpreter newInstance(JinjavaInterpreter orig) {
            return new PyInterpreter(orig);
        }

        @Override
        public JinjavaInterpreter newInstance(Jinjava application, Context context, JinjavaConfig renderConfig) {
            return new PyInterpreter(application, context, renderConfig);
        }
    }

    private static final class PyInterpreter extends JinjavaInterpreter {
        PyInterpreter(JinjavaInterpreter orig) {
            super(orig);
        }

        PyInterpreter(Jinjava application, Context context, JinjavaConfig config) {
            super(application, context, config);
        }

        @Override
        public String getAsString(Object object) {
            return PyRuntime.str(object);
        }
    }

    /**
     * Jinja2's for loop, replacing Jinjava's: loop filters ({@code for x in y if c}), tuple
     * unpacking of lists and pairs, dicts iterating their keys, {@code loop.previtem} /
     * {@code loop.nextitem} / {@code loop.revindex}, and {@code else} for an empty loop.
     * Its syntax is the translator's: {@code pyfor a,b __in__ EXPR [__if__ COND]}.
     */
    static final class PyForTag implements Tag {
        private static final long serialVersionUID = 1L;

        @Override
        public String getName() {
            return "pyfor";
        }

        @Override
        public String getEndTagName() {
            return "endpyfor";
        }

        @Override
        @SuppressWarnings("try") // the scope is closed by try-with-resources, not referenced
        public String interpret(TagNode tagNode, JinjavaInterpreter interp) {
            String helpers = tagNode.getHelpers();
            int in = helpers.indexOf(" __in__ ");
            String[] targets = helpers.substring(0, in).trim().split(",");
            String rest = helpers.substring(in + 8);
            int iff = rest.indexOf(" __if__ ");
            String iterExpr = iff < 0 ? rest : rest.substring(0, iff);
            String cond = iff < 0 ? null : rest.substring(iff + 8);
            int line = tagNode.getLineNumber();
            List<Object> items = PyRuntime.iterate(interp.resolveELExpression(iterExpr, line));
            if (cond != null) {
                List<Object> kept = new ArrayList<>();
                for (Object item : items) {
                    try (InterpreterScopeClosable c = interp.enterScope()) {
                        bind(interp, targets, item);
                        if (PyRuntime.truthy(interp.resolveELExpression(cond, line))) kept.add(item);
                    }
                }
                items = kept;
            }
            List<Node> body = new ArrayList<>();
            List<Node> otherwise = new ArrayList<>();
            List<Node> target = body;
            for (Node n : tagNode.getChildren()) {
                if (n instanceof TagNode t && t.getTag() instanceof ElseTag) {
                    target = otherwise;
                    continue;
                }
                target.add(n);
            }
            StringBuilder out = new StringBuilder();
            if (items.isEmpty()) {
                for (Node n : otherwise) out.append(n.render(interp).getValue());
                return out.toString();
            }
            PyLoop loop = new PyLoop(items);
            try (InterpreterScopeClosable c = interp.enterScope()) {
                interp.getContext().put("loop", loop);
                while (loop.hasNext()) {
                    Object item = loop.next();
                    bind(interp, targets, item);
                    for (Node n : body) {
                        out.append(n.render(interp).getValue());
                        if (loop.isContinued()) break;
                    }
                    if (PyRuntime.STATE.get() != null && PyRuntime.STATE.get().error != null) break;
                }
            }
            return out.toString();
        }

        private static void bind(JinjavaInterpreter interp, String[] targets, Object item) {
            Context ctx = interp.getContext();
            if (targets.length == 1) {
                put(ctx, targets[0], item);
                return;
            }
            List<Object> parts = item instanceof java.util.Map.Entry<?, ?> e
                    ? java.util.Arrays.asList(e.getKey(), e.getValue()) : PyRuntime.iterate(item);
            if (parts.size() != targets.length) {
                throw PyRuntime.fail("ValueError: cannot unpack " + parts.size() + " values into "
                        + targets.length + " loop variables");
            }
            for (int i = 0; i < targets.length; i++) put(ctx, targets[i], parts.get(i));
        }

        private static void put(Context ctx, String name, Object v) {
            if (v == null) {
                ctx.remove(name);
            } else {
                ctx.put(name, v);
            }
        }
    }

    /** Jinja2's {@code {% filter f %}...{% endfilter %}}: applies a filter chain to the block's output. */
    static final class PyFilterTag implements Tag {
        private static final long serialVersionUID = 1L;

        @Override
        public String getName() {
            return "pyfilter";
        }

        @Override
        public String getEndTagName() {
            return "endpyfilter";
        }

        @Override
        @SuppressWarnings("try") // the scope is closed by try-with-resources, not referenced
        public String interpret(TagNode tagNode, JinjavaInterpreter interp) {
            StringBuilder body = new StringBuilder();
            for (Node n : tagNode.getChildren()) body.append(n.render(interp).getValue());
            try (InterpreterScopeClosable c = interp.enterScope()) {
                interp.getContext().put("__body", body.toString());
                return PyRuntime.str(interp.resolveELExpression(tagNode.getHelpers().trim(), tagNode.getLineNumber()));
            }
        }
    }

    /** Jinja2's loop variable, on top of Jinjava's ForLoop so that its break/continue tags work. */
    static final class PyLoop extends ForLoop {
        private final List<Object> items;

        PyLoop(List<Object> items) {
            super(items.iterator(), items.size());
            this.items = items;
        }

        long index0() {
            return getIndex0();
        }

        Object attr(String n) {
            int i = getIndex0();
            int len = items.size();
            return switch (n) {
                case "index" -> (long) i + 1;
                case "index0" -> (long) i;
                case "revindex" -> (long) len - i;
                case "revindex0" -> (long) len - i - 1;
                case "first" -> i == 0;
                case "last" -> i == len - 1;
                case "length" -> (long) len;
                case "depth" -> 1L;
                case "depth0" -> 0L;
                case "previtem" -> i > 0 ? items.get(i - 1) : null;
                case "nextitem" -> i + 1 < len ? items.get(i + 1) : null;
                default -> null;
            };
        }
    }
}

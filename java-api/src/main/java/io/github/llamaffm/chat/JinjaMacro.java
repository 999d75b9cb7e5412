package io.github.llamaffm.chat;

import static io.github.llamaffm.chat.PyRuntime.fail;

import io.github.llamaffm.chat.JinjaAst.Expr;
import io.github.llamaffm.chat.JinjaAst.Macro;
import io.github.llamaffm.chat.JinjaAst.MacroNode;
import io.github.llamaffm.chat.JinjaInterpreter.Scope;
import io.github.llamaffm.chat.PyAccess.Args;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A macro as a template value (Jinja2's Macro), made where its {@code macro} tag runs (or, for a
 * call block's {@code caller}, where the block runs) and closing over that scope. A call binds its
 * arguments the way Jinja2's {@code Macro.__call__} does: positional, then by keyword, defaults
 * evaluated in the call's scope, parameters not given undefined, {@code caller}, {@code varargs}
 * and {@code kwargs} only for a body that reads them, and Jinja2's TypeErrors otherwise.
 */
final class JinjaMacro {
    private final MacroNode node;
    private final Scope closure;
    private final JinjaInterpreter interpreter;

    JinjaMacro(MacroNode node, Scope closure, JinjaInterpreter interpreter) {
        this.node = node;
        this.closure = closure;
        this.interpreter = interpreter;
    }

    /** Calls the macro: its body's output. */
    String call(Args a) {
        Macro m = node.macro();
        List<String> params = m.params();
        Map<String, Object> kw = new LinkedHashMap<>(a.kw);
        Scope s = new Scope(closure);
        for (int i = 0; i < params.size(); i++) {
            String p = params.get(i);
            if (i < a.pos.size()) {
                s.set(p, a.pos.get(i));
            } else if (kw.containsKey(p)) {
                s.set(p, kw.remove(p));
            } else {
                Expr dflt = m.defaults().get(i);
                // evaluated in the call's scope, where the parameters before it are bound
                s.set(p, dflt == null ? null : interpreter.eval(dflt, s));
            }
        }
        if (node.usesCaller()) s.set("caller", kw.remove("caller"));
        if (node.usesKwargs()) {
            s.set("kwargs", new LinkedHashMap<Object, Object>(kw));
        } else if (!kw.isEmpty()) {
            if (kw.containsKey("caller")) {
                throw fail("TypeError: macro '" + m.name() + "' was invoked with two values for the special caller"
                        + " argument. This is most likely a bug.");
            }
            throw fail("TypeError: macro '" + m.name() + "' takes no keyword argument '" + kw.keySet().iterator().next()
                    + "'");
        }
        if (node.usesVarargs()) {
            s.set("varargs", new PyRuntime.Tuple(a.pos.subList(Math.min(params.size(), a.pos.size()), a.pos.size())));
        } else if (a.pos.size() > params.size()) {
            throw fail("TypeError: macro '" + m.name() + "' takes not more than " + params.size() + " argument(s)");
        }
        return interpreter.nested(out -> interpreter.run(node.body(), s, out));
    }

    @Override
    public String toString() {
        return "<Macro '" + node.macro().name() + "'>";
    }
}

package io.github.llamaffm.chat;

import static io.github.llamaffm.chat.PyRuntime.fail;

import io.github.llamaffm.chat.JinjaAst.ForNode;
import io.github.llamaffm.chat.JinjaInterpreter.Scope;
import io.github.llamaffm.chat.PyAccess.Args;

import java.util.List;

/**
 * Jinja2's {@code loop} variable (LoopContext): the position in the loop ({@code index},
 * {@code first}, {@code revindex}, {@code previtem}, ...), {@code cycle(...)} and
 * {@code changed(...)}, and for a loop marked {@code recursive} the call {@code loop(items)} that
 * renders the loop's body over {@code items} one level deeper.
 */
final class JinjaLoop {
    private static final Object NEVER = new Object();

    private final List<Object> items;
    private final int depth0;
    /** The loop, when it is recursive; null otherwise. */
    private final ForNode recursive;
    private final Scope scope;
    private final JinjaInterpreter interpreter;
    /** The iteration now running, set by the interpreter. */
    int index0;
    private Object lastChanged = NEVER;

    JinjaLoop(List<Object> items, int depth0, ForNode recursive, Scope scope, JinjaInterpreter interpreter) {
        this.items = items;
        this.depth0 = depth0;
        this.recursive = recursive;
        this.scope = scope;
        this.interpreter = interpreter;
    }

    /** {@code loop.name}; undefined for names a LoopContext does not have. */
    Object attr(String name) {
        int len = items.size();
        return switch (name) {
            case "index" -> (long) index0 + 1;
            case "index0" -> (long) index0;
            case "revindex" -> (long) len - index0;
            case "revindex0" -> (long) len - index0 - 1;
            case "first" -> index0 == 0;
            case "last" -> index0 == len - 1;
            case "length" -> (long) len;
            case "depth" -> (long) depth0 + 1;
            case "depth0" -> (long) depth0;
            case "previtem" -> index0 > 0 ? items.get(index0 - 1) : null;
            case "nextitem" -> index0 + 1 < len ? items.get(index0 + 1) : null;
            default -> null;
        };
    }

    /** {@code loop.cycle(a, b, ...)} and {@code loop.changed(value, ...)}. */
    Object call(String name, Args a) {
        switch (name) {
            case "cycle" -> {
                if (a.pos.isEmpty()) throw fail("TypeError: no items for cycling given");
                return a.pos.get(index0 % a.pos.size());
            }
            case "changed" -> {
                Object value = new PyRuntime.Tuple(a.pos);
                if (lastChanged != NEVER && PyRuntime.eq(lastChanged, value)) return false;
                lastChanged = value;
                return true;
            }
            default -> throw fail("UndefinedError: 'LoopContext object' has no attribute '" + name + "'");
        }
    }

    /** {@code loop(items)} in a recursive loop: the body over {@code items}, one level deeper. */
    String recurse(Args a) {
        if (recursive == null) {
            throw fail("TypeError: Tried to call non recursive loop. Maybe you forgot the 'recursive' modifier.");
        }
        if (a.pos.size() != 1 || !a.kw.isEmpty()) throw fail("TypeError: loop() takes exactly one argument");
        return interpreter.nested(out -> interpreter.loop(recursive, scope, a.pos.get(0), depth0 + 1, out));
    }

    @Override
    public String toString() {
        return "<LoopContext " + (index0 + 1) + "/" + items.size() + ">";
    }
}

package io.github.llamaffm.chat;

import static io.github.llamaffm.chat.PyRuntime.NONE;
import static io.github.llamaffm.chat.PyRuntime.fail;
import static io.github.llamaffm.chat.PyRuntime.iterate;
import static io.github.llamaffm.chat.PyRuntime.str;
import static io.github.llamaffm.chat.PyRuntime.truthy;

import io.github.llamaffm.chat.JinjaAst.Assign;
import io.github.llamaffm.chat.JinjaAst.Binary;
import io.github.llamaffm.chat.JinjaAst.Call;
import io.github.llamaffm.chat.JinjaAst.CallNode;
import io.github.llamaffm.chat.JinjaAst.Compare;
import io.github.llamaffm.chat.JinjaAst.Concat;
import io.github.llamaffm.chat.JinjaAst.Cond;
import io.github.llamaffm.chat.JinjaAst.Const;
import io.github.llamaffm.chat.JinjaAst.DictLit;
import io.github.llamaffm.chat.JinjaAst.Expr;
import io.github.llamaffm.chat.JinjaAst.Filter;
import io.github.llamaffm.chat.JinjaAst.FilterNode;
import io.github.llamaffm.chat.JinjaAst.For;
import io.github.llamaffm.chat.JinjaAst.ForNode;
import io.github.llamaffm.chat.JinjaAst.Getattr;
import io.github.llamaffm.chat.JinjaAst.Getitem;
import io.github.llamaffm.chat.JinjaAst.IfNode;
import io.github.llamaffm.chat.JinjaAst.ListLit;
import io.github.llamaffm.chat.JinjaAst.LoopControl;
import io.github.llamaffm.chat.JinjaAst.MacroNode;
import io.github.llamaffm.chat.JinjaAst.Name;
import io.github.llamaffm.chat.JinjaAst.Node;
import io.github.llamaffm.chat.JinjaAst.Output;
import io.github.llamaffm.chat.JinjaAst.ScopeNode;
import io.github.llamaffm.chat.JinjaAst.SetBlockNode;
import io.github.llamaffm.chat.JinjaAst.Slice;
import io.github.llamaffm.chat.JinjaAst.Target;
import io.github.llamaffm.chat.JinjaAst.Test;
import io.github.llamaffm.chat.JinjaAst.Text;
import io.github.llamaffm.chat.JinjaAst.Unary;
import io.github.llamaffm.chat.PyAccess.Args;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs a compiled template ({@link JinjaTemplate}): walks its tree statement by statement and
 * evaluates expressions with the Python-semantics runtime ({@link PyOperators}, {@link PyAccess},
 * {@link PyFilters}, {@link PyTests}, {@link PyGlobals}). Scoping is that of the code Jinja2
 * compiles: an {@code if} shares its scope; every loop iteration, macro call, filter block and
 * block set has a scope of its own that reads the enclosing ones live (a macro sees what its
 * defining scope holds when it is called); {@code set} writes to the innermost scope, so nothing
 * set in a loop outlives the iteration ({@code namespace()} objects carry values out). One
 * instance per render: it holds the render's clock and its nesting depth.
 */
final class JinjaInterpreter {
    /** What a body ends with: nothing special, or a {@code break}/{@code continue} on its way to its loop. */
    private static final int NEXT = 0;
    private static final int BREAK = 1;
    private static final int CONTINUE = 2;

    /** Macro calls and recursive loops nested deeper than this raise RecursionError (Jinja2 has Python's limit). */
    static final int MAX_DEPTH = 100;

    private final Clock clock;
    private int depth;

    JinjaInterpreter(Clock clock) {
        this.clock = clock;
    }

    /** A scope: its own variables (a null value is an undefined one that hides outer ones) and its parent. */
    static final class Scope {
        private final Scope parent;
        private final Map<String, Object> vars;

        Scope(Scope parent) {
            this(parent, new HashMap<>(8));
        }

        Scope(Scope parent, Map<String, Object> vars) {
            this.parent = parent;
            this.vars = vars;
        }

        Object get(String name) {
            for (Scope s = this; s != null; s = s.parent) {
                Object v = s.vars.get(name);
                if (v != null || s.vars.containsKey(name)) return v;
            }
            return null;
        }

        void set(String name, Object value) {
            vars.put(name, value);
        }
    }

    String render(List<Node> body, Map<String, Object> globals) {
        StringBuilder out = new StringBuilder(1024);
        run(body, new Scope(new Scope(null, globals)), out);
        return out.toString();
    }

    // ------------------------------------------------------------------------------------------
    // Statements

    int run(List<Node> nodes, Scope sc, StringBuilder out) {
        for (int i = 0, n = nodes.size(); i < n; i++) {
            int signal = exec(nodes.get(i), sc, out);
            if (signal != NEXT) return signal;
        }
        return NEXT;
    }

    private int exec(Node node, Scope sc, StringBuilder out) {
        switch (node) {
            case Text t -> out.append(t.text());
            case Output o -> out.append(str(eval(o.expr(), sc)));
            case IfNode i -> {
                for (int k = 0; k < i.tests().size(); k++) {
                    if (truthy(eval(i.tests().get(k), sc))) return run(i.bodies().get(k), sc, out);
                }
                return run(i.otherwise(), sc, out);
            }
            case ForNode f -> {
                return loop(f, sc, eval(f.loop().iter(), sc), 0, out);
            }
            case Assign a -> assign(a, sc);
            case SetBlockNode s -> {
                StringBuilder b = new StringBuilder();
                int signal = run(s.body(), new Scope(sc), b);
                if (signal != NEXT) return signal;
                sc.set(s.name(), s.filter() == null ? b.toString() : filtered(s.filter(), b, sc));
            }
            case MacroNode m -> sc.set(m.macro().name(), new JinjaMacro(m, sc, this));
            case CallNode c -> out.append(str(call(c.call(), sc, new JinjaMacro(c.caller(), sc, this))));
            case FilterNode f -> {
                StringBuilder b = new StringBuilder();
                int signal = run(f.body(), new Scope(sc), b);
                if (signal != NEXT) return signal;
                out.append(str(filtered(f.chain(), b, sc)));
            }
            case ScopeNode s -> {
                return run(s.body(), new Scope(sc), out);
            }
            case LoopControl l -> {
                return l.keyword().equals("break") ? BREAK : CONTINUE;
            }
        }
        return NEXT;
    }

    /** A filter chain over {@code Name(BODY)}, applied to a block's output. */
    private Object filtered(Expr chain, StringBuilder body, Scope sc) {
        Scope s = new Scope(sc);
        s.set(JinjaAst.BODY, body.toString());
        return eval(chain, s);
    }

    /**
     * A loop over {@code iterable} at recursion depth {@code depth0}; a recursive loop's
     * {@code loop(...)} comes back here one level deeper. Returns the signal of the {@code else}
     * body (the loop itself consumes its own break and continue).
     */
    int loop(ForNode f, Scope sc, Object iterable, int depth0, StringBuilder out) {
        For spec = f.loop();
        List<Object> items = iterate(iterable);
        if (spec.cond() != null) {
            List<Object> kept = new ArrayList<>(items.size());
            for (Object item : items) {
                Scope s = new Scope(sc);
                bind(s, spec.targets(), item);
                if (truthy(eval(spec.cond(), s))) kept.add(item);
            }
            items = kept;
        }
        if (items.isEmpty()) return run(f.otherwise(), new Scope(sc), out);
        JinjaLoop loop = new JinjaLoop(items, depth0, spec.recursive() ? f : null, sc, this);
        for (int i = 0; i < items.size(); i++) {
            loop.index0 = i;
            Scope s = new Scope(sc);
            bind(s, spec.targets(), items.get(i));
            s.set("loop", loop);
            if (run(f.body(), s, out) == BREAK) break;
        }
        return NEXT;
    }

    private static void bind(Scope s, List<String> targets, Object item) {
        if (targets.size() == 1) {
            s.set(targets.get(0), item);
            return;
        }
        List<Object> parts = PyOperators.unpack(item, targets.size());
        for (int i = 0; i < targets.size(); i++) s.set(targets.get(i), parts.get(i));
    }

    private void assign(Assign a, Scope sc) {
        Object v = eval(a.value(), sc);
        List<Target> targets = a.targets();
        if (targets.size() == 1) {
            store(targets.get(0), v, sc);
            return;
        }
        List<Object> parts = PyOperators.unpack(v, targets.size());
        for (int i = 0; i < targets.size(); i++) store(targets.get(i), parts.get(i), sc);
    }

    private static void store(Target t, Object v, Scope sc) {
        if (t.attr() == null) {
            sc.set(t.name(), v);
        } else if (sc.get(t.name()) instanceof PyRuntime.Namespace ns) {
            ns.put(t.attr(), v);
        } else {
            throw fail("TemplateRuntimeError: cannot assign attribute on non-namespace object");
        }
    }

    /** Renders a macro's body or a recursive loop's next level, one level deeper, into a string of its own. */
    String nested(Consumer<StringBuilder> render) {
        if (depth >= MAX_DEPTH) throw fail("RecursionError: maximum recursion depth exceeded");
        depth++;
        try {
            StringBuilder b = new StringBuilder();
            render.accept(b);
            return b.toString();
        } finally {
            depth--;
        }
    }

    // ------------------------------------------------------------------------------------------
    // Expressions

    Object eval(Expr x, Scope sc) {
        return switch (x) {
            case Const c -> c.value() == null ? NONE : c.value();
            case Name n -> sc.get(n.name());
            case ListLit l -> {
                List<Object> items = evalAll(l.items(), sc);
                yield l.tuple() ? new PyRuntime.Tuple(items) : items;
            }
            case DictLit d -> {
                Map<Object, Object> m = new LinkedHashMap<>();
                for (int i = 0; i < d.keys().size(); i++) {
                    m.put(PyRuntime.key(eval(d.keys().get(i), sc)), eval(d.values().get(i), sc));
                }
                yield m;
            }
            case Getattr g -> PyAccess.getattr(eval(g.obj(), sc), g.name());
            case Getitem g -> PyAccess.getitem(eval(g.obj(), sc), eval(g.key(), sc));
            case Slice s -> PyAccess.slice(eval(s.obj(), sc), opt(s.start(), sc), opt(s.stop(), sc), opt(s.step(), sc));
            case Call c -> call(c, sc, null);
            case Filter f -> {
                Object v = eval(f.value(), sc);
                yield PyFilters.apply(f.name(), v, args(f.name(), f.args(), f.kwNames(), f.kwValues(), sc, null));
            }
            case Test t -> {
                Object v = eval(t.value(), sc);
                yield PyTests.test(t.name(), v, evalAll(t.args(), sc));
            }
            case Unary u -> {
                Object v = eval(u.x(), sc);
                yield switch (u.op()) {
                    case "not" -> !truthy(v);
                    case "-" -> PyOperators.neg(v);
                    default -> PyOperators.pos(v);
                };
            }
            case Binary b -> {
                Object left = eval(b.left(), sc);
                yield switch (b.op()) {
                    case "and" -> truthy(left) ? eval(b.right(), sc) : left;
                    case "or" -> truthy(left) ? left : eval(b.right(), sc);
                    default -> PyOperators.arithmetic(b.op(), left, eval(b.right(), sc));
                };
            }
            case Compare c -> compare(c, sc);
            case Cond c -> truthy(eval(c.test(), sc)) ? eval(c.then(), sc) : opt(c.otherwise(), sc);
            case Concat c -> {
                StringBuilder b = new StringBuilder();
                for (Expr p : c.parts()) b.append(str(eval(p, sc)));
                yield b.toString();
            }
        };
    }

    /** An optional expression: null (undefined) when absent. */
    private Object opt(Expr x, Scope sc) {
        return x == null ? null : eval(x, sc);
    }

    private List<Object> evalAll(List<Expr> xs, Scope sc) {
        List<Object> out = new ArrayList<>(xs.size());
        for (Expr x : xs) out.add(eval(x, sc));
        return out;
    }

    /** Chained comparisons: {@code a < b < c} is {@code a < b and b < c}, with {@code b} evaluated once. */
    private Object compare(Compare c, Scope sc) {
        Object left = eval(c.first(), sc);
        for (int i = 0; i < c.ops().size(); i++) {
            Object right = eval(c.rest().get(i), sc);
            if (!PyOperators.compare(c.ops().get(i), left, right)) return false;
            left = right;
        }
        return true;
    }

    /** The arguments of a call or filter; {@code caller} (a call block's body) joins the keywords. */
    private Args args(String fn, List<Expr> pos, List<String> kwNames, List<Expr> kwValues, Scope sc,
                      JinjaMacro caller) {
        List<Object> values = evalAll(pos, sc);
        Map<String, Object> kw = Map.of();
        if (!kwNames.isEmpty() || caller != null) {
            kw = new LinkedHashMap<>();
            for (int i = 0; i < kwNames.size(); i++) kw.put(kwNames.get(i), eval(kwValues.get(i), sc));
            if (caller != null) kw.put("caller", caller);
        }
        return new Args(fn, values, kw);
    }

    /** {@code f(...)}, {@code obj.method(...)}; {@code caller} is not null for a call block's call. */
    private Object call(Call c, Scope sc, JinjaMacro caller) {
        if (c.fn() instanceof Getattr g) {
            Object obj = eval(g.obj(), sc);
            Args a = args(g.name(), c.args(), c.kwNames(), c.kwValues(), sc, caller);
            // a namespace's attribute may hold a macro; everything else has methods
            if (obj instanceof PyRuntime.Namespace ns && ns.get(g.name()) != null) {
                return callValue(ns.get(g.name()), g.name(), a);
            }
            return PyAccess.callMethod(obj, g.name(), a);
        }
        String name = c.fn() instanceof Name n ? n.name() : "object";
        Object fn = eval(c.fn(), sc);
        return callValue(fn, name, args(name, c.args(), c.kwNames(), c.kwValues(), sc, caller));
    }

    private Object callValue(Object fn, String name, Args a) {
        return switch (fn) {
            case JinjaMacro m -> m.call(a);
            case PyGlobals.PyFunction f -> PyGlobals.call(f.name(), a, clock);
            case JinjaLoop l -> l.recurse(a);
            case null -> throw fail("UndefinedError: '" + name + "' is undefined");
            default -> throw fail("TypeError: '" + PyRuntime.typeName(fn) + "' object is not callable");
        };
    }
}

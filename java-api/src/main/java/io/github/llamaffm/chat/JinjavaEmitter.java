package io.github.llamaffm.chat;

import static io.github.llamaffm.chat.JinjaLexer.syntax;
import static io.github.llamaffm.chat.JinjaTranslator.BUILTINS;
import static io.github.llamaffm.chat.JinjaTranslator.var;

import io.github.llamaffm.chat.JinjaAst.Assign;
import io.github.llamaffm.chat.JinjaAst.AssignBlock;
import io.github.llamaffm.chat.JinjaAst.Binary;
import io.github.llamaffm.chat.JinjaAst.Call;
import io.github.llamaffm.chat.JinjaAst.Compare;
import io.github.llamaffm.chat.JinjaAst.Concat;
import io.github.llamaffm.chat.JinjaAst.Cond;
import io.github.llamaffm.chat.JinjaAst.Const;
import io.github.llamaffm.chat.JinjaAst.DictLit;
import io.github.llamaffm.chat.JinjaAst.Elif;
import io.github.llamaffm.chat.JinjaAst.Else;
import io.github.llamaffm.chat.JinjaAst.End;
import io.github.llamaffm.chat.JinjaAst.Expr;
import io.github.llamaffm.chat.JinjaAst.Filter;
import io.github.llamaffm.chat.JinjaAst.FilterBlock;
import io.github.llamaffm.chat.JinjaAst.For;
import io.github.llamaffm.chat.JinjaAst.Generation;
import io.github.llamaffm.chat.JinjaAst.Getattr;
import io.github.llamaffm.chat.JinjaAst.Getitem;
import io.github.llamaffm.chat.JinjaAst.If;
import io.github.llamaffm.chat.JinjaAst.ListLit;
import io.github.llamaffm.chat.JinjaAst.LoopControl;
import io.github.llamaffm.chat.JinjaAst.Macro;
import io.github.llamaffm.chat.JinjaAst.MacroDef;
import io.github.llamaffm.chat.JinjaAst.Name;
import io.github.llamaffm.chat.JinjaAst.Slice;
import io.github.llamaffm.chat.JinjaAst.Stmt;
import io.github.llamaffm.chat.JinjaAst.Target;
import io.github.llamaffm.chat.JinjaAst.Test;
import io.github.llamaffm.chat.JinjaAst.Unary;
import io.github.llamaffm.chat.JinjaLexer.Seg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prints {@link JinjaAst} nodes as Jinjava source: statements as Jinjava tags (and the
 * {@code pyfor}/{@code pyfilter} tags of {@link JinjavaEngine}), expressions as fully
 * parenthesised calls of the runtime's functions ({@code __eq(a, b)}, {@code __ga(obj, 'attr')}).
 * It holds everything that exists only because Jinjava runs the result: the constant table, JUEL's
 * reserved words, the checks of open blocks and Jinjava's macro binding rules; see
 * {@link JinjaTranslator} for why.
 */
final class JinjavaEmitter {
    final StringBuilder out = new StringBuilder();
    final List<Object> constants = new ArrayList<>();
    /** Stack of open block keywords, to translate endset/else inside for, macro defaults... */
    private final List<String> blocks = new ArrayList<>();
    private final Map<String, Macro> macros = new HashMap<>();
    /** Parameters of the macro whose body is being emitted (read through {@code __u}). */
    private Set<String> macroParams = Set.of();
    private int line = 1;

    int constant(Object v) {
        for (int i = 0; i < constants.size(); i++) {
            Object c = constants.get(i);
            if (c.getClass() == v.getClass() && c.equals(v)) return i;
        }
        constants.add(v);
        return constants.size() - 1;
    }

    void text(String t) {
        if (t.isEmpty()) return;
        boolean special = false;
        for (int i = 0; i < t.length() && !special; i++) {
            char c = t.charAt(i);
            special = c == '{' || c == '}' || c == '%' || c == '#';
        }
        if (special) {
            out.append("{{ __k[").append(constant(t)).append("] }}");
        } else {
            out.append(t);
        }
    }

    /** Emits a whole template, given as its lexer's segments. */
    void run(List<Seg> segs) {
        // Macros can be called before their definition in the source (from other macros):
        // collect every signature first.
        for (Seg g : segs) {
            if (g.kind() == '%') {
                Macro m = new JinjaParser(g.body(), g.line()).macroSignatureOrNull();
                if (m != null) macros.put(m.name(), m);
            }
        }
        for (Seg g : segs) {
            line = g.line();
            switch (g.kind()) {
                case 'T' -> text(g.body());
                case '{' -> out.append("{{ ").append(emit(new JinjaParser(g.body(), line).parseWhole())).append(" }}");
                default -> statement(new JinjaParser(g.body(), line).parseStatement());
            }
        }
        if (!blocks.isEmpty()) throw syntax("unclosed '" + blocks.get(blocks.size() - 1) + "' block", line);
    }

    // ------------------------------------------------------------------------------------------
    // Statements

    private void statement(Stmt st) {
        switch (st) {
            case If s -> {
                blocks.add("if");
                out.append("{% if __t(").append(emit(s.test())).append(") %}");
            }
            case Elif s -> out.append("{% elif __t(").append(emit(s.test())).append(") %}");
            case Else _ -> out.append("{% else %}");
            case End s -> {
                close(s.kind(), switch (s.kind()) {
                    case "if" -> "{% endif %}";
                    case "for" -> "{% endpyfor %}";
                    case "set" -> "{% endset %}";
                    case "macro" -> "{% endmacro %}";
                    case "filter" -> "{% endpyfilter %}";
                    default -> ""; // generation
                });
                if (s.kind().equals("macro")) macroParams = Set.of();
            }
            case For s -> forStatement(s);
            case Assign s -> assign(s);
            case AssignBlock s -> {
                blocks.add("set");
                out.append("{% set ").append(var(s.name())).append(" %}");
            }
            case MacroDef s -> macroStatement(s.macro());
            case FilterBlock s -> {
                blocks.add("filter");
                out.append("{% pyfilter ").append(emit(s.chain())).append(" %}");
            }
            case Generation _ -> blocks.add("generation");
            case LoopControl s -> {
                if (!blocks.contains("for")) throw syntax("'" + s.keyword() + "' outside a loop", line);
                out.append("{% ").append(s.keyword()).append(" %}");
            }
        }
    }

    private void close(String kind, String emitted) {
        if (blocks.isEmpty() || !blocks.get(blocks.size() - 1).equals(kind)) {
            throw syntax("unexpected 'end" + kind + "'"
                    + (blocks.isEmpty() ? "" : " (open block: '" + blocks.get(blocks.size() - 1) + "')"), line);
        }
        blocks.remove(blocks.size() - 1);
        out.append(emitted);
    }

    private void forStatement(For f) {
        List<String> targets = new ArrayList<>();
        for (String t : f.targets()) targets.add(var(t));
        blocks.add("for");
        out.append("{% pyfor ").append(String.join(",", targets)).append(" __in__ ").append(emit(f.iter()));
        if (f.cond() != null) out.append(" __if__ ").append(emit(f.cond()));
        out.append(" %}");
    }

    private void assign(Assign a) {
        List<String> targets = new ArrayList<>();
        for (Target t : a.targets()) targets.add(t.attr() == null ? var(t.name()) : var(t.name()) + "." + t.attr());
        if (targets.size() == 1) {
            out.append("{% set ").append(targets.get(0)).append(" = ").append(emit(a.value())).append(" %}");
        } else {
            out.append("{% set __unpack = __unpack(").append(emit(a.value())).append(", ")
                    .append(targets.size()).append(") %}");
            for (int i = 0; i < targets.size(); i++) {
                out.append("{% set ").append(targets.get(i)).append(" = __unpack[").append(i).append("] %}");
            }
        }
    }

    /**
     * Jinjava's macros differ from Jinja2's in two ways that matter: a parameter the caller
     * did not pass is not bound, so its name resolves to a variable of the caller's scope;
     * and defaults are split at every comma and mostly fail to parse. So every call passes
     * every parameter (a missing one as the UNDEFINED marker), reads of parameters go
     * through {@code __u} (marker to undefined), and defaults are applied at the top of the
     * body.
     */
    private void macroStatement(Macro m) {
        blocks.add("macro");
        List<String> names = new ArrayList<>();
        for (String n : m.params()) names.add(var(n));
        out.append("{% macro ").append(var(m.name())).append("(").append(String.join(", ", names)).append(") %}");
        macroParams = new HashSet<>(m.params());
        for (int i = 0; i < names.size(); i++) {
            if (m.defaults().get(i) != null) {
                out.append("{% if __isundefarg(").append(names.get(i)).append(") %}{% set ").append(names.get(i))
                        .append(" = __arg(").append(emit(m.defaults().get(i))).append(") %}{% endif %}");
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // Expressions

    private String k(Object v) {
        return "__k[" + constant(v) + "]";
    }

    String emit(Expr x) {
        return switch (x) {
            case Const c -> constExpr(c.value());
            case Name n -> n.name().equals(JinjaAst.BODY) ? "__body"
                    : macroParams.contains(n.name()) ? "__u(" + var(n.name()) + ")" : var(n.name());
            case ListLit l -> (l.tuple() ? "__T(" : "__L(") + list(l.items()) + ")";
            case DictLit d -> {
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < d.keys().size(); i++) {
                    parts.add(emit(d.keys().get(i)));
                    parts.add(emit(d.values().get(i)));
                }
                yield "__D(" + String.join(", ", parts) + ")";
            }
            case Getattr g -> "__ga(" + emit(g.obj()) + ", " + k(g.name()) + ")";
            case Getitem g -> "__gi(" + emit(g.obj()) + ", " + emit(g.key()) + ")";
            case Slice s -> "__slice(" + emit(s.obj()) + ", " + opt(s.start()) + ", " + opt(s.stop()) + ", "
                    + opt(s.step()) + ")";
            case Call c -> call(c);
            case Filter f -> "__f(" + k(f.name()) + ", " + emit(f.value()) + ", __L(" + list(f.args()) + "), "
                    + kwargs(f.kwNames(), f.kwValues()) + ")";
            case Test t -> test(t);
            case Unary u -> switch (u.op()) {
                case "not" -> "__not(" + emit(u.x()) + ")";
                case "-" -> "__neg(" + emit(u.x()) + ")";
                default -> "__pos(" + emit(u.x()) + ")";
            };
            case Binary b -> binary(b);
            case Compare c -> compare(c);
            case Cond c -> ternary("__t(" + emit(c.test()) + ")", emit(c.then()),
                    c.otherwise() == null ? "null" : emit(c.otherwise()));
            case Concat c -> {
                String acc = emit(c.parts().get(0));
                for (int i = 1; i < c.parts().size(); i++) acc = "__cat(" + acc + ", " + emit(c.parts().get(i)) + ")";
                yield acc;
            }
        };
    }

    private String constExpr(Object v) {
        if (v == null) return "__none()";
        if (v instanceof Boolean b) return b ? "true" : "false";
        if (v instanceof Long l && l >= 0 && l < 1_000_000_000L) return l.toString();
        return k(v);
    }

    private String opt(Expr x) {
        return x == null ? "null" : emit(x);
    }

    private String list(List<Expr> items) {
        List<String> parts = new ArrayList<>();
        for (Expr i : items) parts.add(emit(i));
        return String.join(", ", parts);
    }

    private String kwargs(List<String> names, List<Expr> values) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            parts.add(k(names.get(i)));
            parts.add(emit(values.get(i)));
        }
        return "__D(" + String.join(", ", parts) + ")";
    }

    private String call(Call c) {
        if (c.fn() instanceof Getattr g) {
            return "__cm(" + emit(g.obj()) + ", " + k(g.name()) + ", __L(" + list(c.args()) + "), "
                    + kwargs(c.kwNames(), c.kwValues()) + ")";
        }
        if (c.fn() instanceof Name n && macros.containsKey(n.name())) {
            Macro m = macros.get(n.name());
            String[] slots = new String[m.params().size()];
            if (c.args().size() > slots.length) {
                throw syntax("macro '" + n.name() + "' takes " + slots.length + " arguments, got " + c.args().size(),
                        line);
            }
            for (int i = 0; i < c.args().size(); i++) slots[i] = "__arg(" + emit(c.args().get(i)) + ")";
            for (int i = 0; i < c.kwNames().size(); i++) {
                int at = m.params().indexOf(c.kwNames().get(i));
                if (at < 0) {
                    throw syntax("macro '" + n.name() + "' has no parameter '" + c.kwNames().get(i) + "'", line);
                }
                slots[at] = "__arg(" + emit(c.kwValues().get(i)) + ")";
            }
            for (int i = 0; i < slots.length; i++) if (slots[i] == null) slots[i] = "__missing()";
            return var(n.name()) + "(" + String.join(", ", slots) + ")";
        }
        if (c.fn() instanceof Name n) {
            List<String> parts = new ArrayList<>();
            for (Expr a : c.args()) parts.add(emit(a));
            for (int i = 0; i < c.kwNames().size(); i++) {
                parts.add(var(c.kwNames().get(i)) + "=(" + emit(c.kwValues().get(i)) + ")");
            }
            String fn = BUILTINS.contains(n.name()) ? "__fn_" + n.name() : var(n.name());
            return fn + "(" + String.join(", ", parts) + ")";
        }
        throw syntax("only named functions, macros and methods can be called", line);
    }

    private String test(Test t) {
        String name = t.name();
        if (t.args().isEmpty() && (name.equals("defined") || name.equals("undefined"))) {
            String r = "__isdef(" + emit(t.value()) + ")";
            return name.equals("defined") ? r : "__not(" + r + ")";
        }
        return "__is(" + k(name) + ", " + emit(t.value()) + ", __L(" + list(t.args()) + "))";
    }

    private String binary(Binary b) {
        return switch (b.op()) {
            case "and" -> ternary("__t(" + emit(b.left()) + ")", emit(b.right()), emit(b.left()));
            case "or" -> ternary("__t(" + emit(b.left()) + ")", emit(b.left()), emit(b.right()));
            default -> "__" + switch (b.op()) {
                case "+" -> "add";
                case "-" -> "sub";
                case "*" -> "mul";
                case "/" -> "div";
                case "//" -> "floordiv";
                case "%" -> "mod";
                case "**" -> "pow";
                default -> throw new IllegalStateException(b.op());
            } + "(" + emit(b.left()) + ", " + emit(b.right()) + ")";
        };
    }

    private String compare(Compare c) {
        List<String> parts = new ArrayList<>();
        Expr left = c.first();
        for (int i = 0; i < c.ops().size(); i++) {
            String fn = switch (c.ops().get(i)) {
                case "==" -> "__eq";
                case "!=" -> "__ne";
                case "<" -> "__lt";
                case "<=" -> "__le";
                case ">" -> "__gt";
                case ">=" -> "__ge";
                case "in" -> "__in";
                default -> "__notin";
            };
            parts.add(fn + "(" + emit(left) + ", " + emit(c.rest().get(i)) + ")");
            left = c.rest().get(i);
        }
        String acc = parts.get(parts.size() - 1);
        for (int i = parts.size() - 2; i >= 0; i--) acc = ternary(parts.get(i), acc, "false");
        return acc;
    }

    /**
     * EL's conditional. Both branches are parenthesised: in EL, {@code name : f(x)} parses as
     * the namespaced function call {@code name:f(x)}.
     */
    private String ternary(String test, String then, String otherwise) {
        return "(" + test + " ? (" + then + ") : (" + otherwise + "))";
    }
}

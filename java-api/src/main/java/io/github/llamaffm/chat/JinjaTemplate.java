package io.github.llamaffm.chat;

import static io.github.llamaffm.chat.JinjaLexer.syntax;

import io.github.llamaffm.chat.JinjaAst.Assign;
import io.github.llamaffm.chat.JinjaAst.AssignBlock;
import io.github.llamaffm.chat.JinjaAst.Binary;
import io.github.llamaffm.chat.JinjaAst.Call;
import io.github.llamaffm.chat.JinjaAst.CallNode;
import io.github.llamaffm.chat.JinjaAst.CallTag;
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
import io.github.llamaffm.chat.JinjaAst.FilterNode;
import io.github.llamaffm.chat.JinjaAst.For;
import io.github.llamaffm.chat.JinjaAst.ForNode;
import io.github.llamaffm.chat.JinjaAst.Generation;
import io.github.llamaffm.chat.JinjaAst.Getattr;
import io.github.llamaffm.chat.JinjaAst.Getitem;
import io.github.llamaffm.chat.JinjaAst.If;
import io.github.llamaffm.chat.JinjaAst.IfNode;
import io.github.llamaffm.chat.JinjaAst.ListLit;
import io.github.llamaffm.chat.JinjaAst.LoopControl;
import io.github.llamaffm.chat.JinjaAst.Macro;
import io.github.llamaffm.chat.JinjaAst.MacroDef;
import io.github.llamaffm.chat.JinjaAst.MacroNode;
import io.github.llamaffm.chat.JinjaAst.Name;
import io.github.llamaffm.chat.JinjaAst.Node;
import io.github.llamaffm.chat.JinjaAst.Output;
import io.github.llamaffm.chat.JinjaAst.ScopeNode;
import io.github.llamaffm.chat.JinjaAst.SetBlockNode;
import io.github.llamaffm.chat.JinjaAst.Slice;
import io.github.llamaffm.chat.JinjaAst.Stmt;
import io.github.llamaffm.chat.JinjaAst.Test;
import io.github.llamaffm.chat.JinjaAst.Text;
import io.github.llamaffm.chat.JinjaAst.Unary;
import io.github.llamaffm.chat.JinjaLexer.Seg;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * A compiled template: the tree of {@link Node}s that {@link JinjaInterpreter} walks. The parser
 * reads one tag at a time; compiling pairs the tags into blocks (an {@code if} with its
 * {@code elif}/{@code else} bodies, a loop with its body and {@code else}, macro, call, filter and
 * set blocks) and checks what Jinja2 refuses before it renders anything: a block closed by another
 * block's end tag or never closed, {@code break}/{@code continue} outside a loop of the same
 * macro. It also finds, as Jinja2 does, whether a macro's body reads {@code caller},
 * {@code varargs} or {@code kwargs}, which decides the arguments a call may pass. Immutable: one
 * compiled template serves any number of threads.
 */
final class JinjaTemplate {
    private final List<Node> body;

    private JinjaTemplate(List<Node> body) {
        this.body = body;
    }

    /**
     * Compiles Jinja source (whitespace control as Hugging Face configures Jinja2).
     *
     * @throws ChatTemplateException on a syntax error, naming its line, or nesting too deep to parse
     */
    static JinjaTemplate compile(String source) {
        try {
            return new JinjaTemplate(new Builder().build(JinjaLexer.segments(source)));
        } catch (StackOverflowError e) {
            throw new ChatTemplateException("template syntax error: expressions or blocks nest too deeply", e);
        }
    }

    /** Renders with {@code globals} as the outermost scope (not modified) and {@code clock} for {@code strftime_now}. */
    String render(Map<String, Object> globals, Clock clock) {
        return new JinjaInterpreter(clock).render(body, globals);
    }

    /** A block whose end tag has not come yet: its opening tag, its bodies so far, and the one being filled. */
    private static final class Open {
        final Stmt tag;
        final String kind;
        final List<Expr> tests = new ArrayList<>();
        final List<List<Node>> bodies = new ArrayList<>();
        List<Node> otherwise;
        List<Node> current;

        Open(Stmt tag, String kind) {
            this.tag = tag;
            this.kind = kind;
            startBody();
        }

        void startBody() {
            current = new ArrayList<>();
            bodies.add(current);
        }

        Node close() {
            List<Node> body = bodies.get(0);
            List<Node> other = otherwise == null ? List.of() : otherwise;
            return switch (tag) {
                case If _ -> new IfNode(tests, bodies, other);
                case For f -> new ForNode(f, body, other);
                case AssignBlock a -> new SetBlockNode(a.name(), a.filter(), body);
                case MacroDef m -> macro(m.macro(), body);
                case CallTag c -> new CallNode(c.call(), macro(c.caller(), body));
                case FilterBlock f -> new FilterNode(f.chain(), body);
                default -> new ScopeNode(body); // generation
            };
        }
    }

    /** Pairs the tags of one template into its tree. */
    private static final class Builder {
        private final List<Node> root = new ArrayList<>();
        private final Deque<Open> open = new ArrayDeque<>();
        private int line = 1;

        List<Node> build(List<Seg> segs) {
            for (Seg g : segs) {
                line = g.line();
                List<Node> out = open.isEmpty() ? root : open.peek().current;
                switch (g.kind()) {
                    case 'T' -> {
                        if (!g.body().isEmpty()) out.add(new Text(g.body()));
                    }
                    case '{' -> out.add(new Output(new JinjaParser(g.body(), line).parseWhole()));
                    default -> tag(new JinjaParser(g.body(), line).parseStatement(), out);
                }
            }
            if (!open.isEmpty()) throw syntax("unclosed '" + open.peek().kind + "' block", line);
            return root;
        }

        private void tag(Stmt st, List<Node> out) {
            switch (st) {
                case If s -> {
                    open.push(new Open(s, "if"));
                    open.peek().tests.add(s.test());
                }
                case Elif s -> {
                    Open o = open.peek();
                    if (o == null || !o.kind.equals("if") || o.otherwise != null) throw syntax("unexpected 'elif'", line);
                    o.tests.add(s.test());
                    o.startBody();
                }
                case Else _ -> {
                    Open o = open.peek();
                    if (o == null || !(o.kind.equals("if") || o.kind.equals("for")) || o.otherwise != null) {
                        throw syntax("unexpected 'else'", line);
                    }
                    o.otherwise = new ArrayList<>();
                    o.current = o.otherwise;
                }
                case End s -> {
                    Open o = open.peek();
                    if (o == null || !o.kind.equals(s.kind())) {
                        throw syntax("unexpected 'end" + s.kind() + "'" + (o == null ? "" : " (open block: '" + o.kind
                                + "')"), line);
                    }
                    open.pop();
                    (open.isEmpty() ? root : open.peek().current).add(o.close());
                }
                case For s -> open.push(new Open(s, "for"));
                case AssignBlock s -> open.push(new Open(s, "set"));
                case MacroDef s -> open.push(new Open(s, "macro"));
                case CallTag s -> open.push(new Open(s, "call"));
                case FilterBlock s -> open.push(new Open(s, "filter"));
                case Generation s -> open.push(new Open(s, "generation"));
                case Assign s -> out.add(s);
                case LoopControl s -> {
                    if (!inLoop()) throw syntax("'" + s.keyword() + "' outside a loop", line);
                    out.add(s);
                }
            }
        }

        /** Whether a loop body encloses this point in the same function (macro, caller or generation body). */
        private boolean inLoop() {
            for (Open o : open) {
                if (o.kind.equals("for") && o.otherwise == null) return true;
                if (o.kind.equals("macro") || o.kind.equals("call") || o.kind.equals("generation")) return false;
            }
            return false;
        }
    }

    // ------------------------------------------------------------------------------------------
    // What a macro's body reads

    private static MacroNode macro(Macro m, List<Node> body) {
        return new MacroNode(m, body, reads(body, "caller"), reads(body, "varargs"), reads(body, "kwargs"));
    }

    /** Whether {@code name} is read anywhere in {@code nodes}, nested macros included (Jinja2's find_undeclared). */
    static boolean reads(List<Node> nodes, String name) {
        for (Node n : nodes) {
            boolean found = switch (n) {
                case Text _, LoopControl _ -> false;
                case Output o -> reads(o.expr(), name);
                case IfNode i -> readsAny(i.tests(), name) || i.bodies().stream().anyMatch(b -> reads(b, name))
                        || reads(i.otherwise(), name);
                case ForNode f -> reads(f.loop().iter(), name) || reads(f.loop().cond(), name) || reads(f.body(), name)
                        || reads(f.otherwise(), name);
                case Assign a -> reads(a.value(), name);
                case SetBlockNode s -> reads(s.filter(), name) || reads(s.body(), name);
                case MacroNode m -> readsAny(m.macro().defaults(), name) || reads(m.body(), name);
                case CallNode c -> reads(c.call(), name) || readsAny(c.caller().macro().defaults(), name)
                        || reads(c.caller().body(), name);
                case FilterNode f -> reads(f.chain(), name) || reads(f.body(), name);
                case ScopeNode s -> reads(s.body(), name);
            };
            if (found) return true;
        }
        return false;
    }

    private static boolean readsAny(List<Expr> xs, String name) {
        for (Expr x : xs) if (reads(x, name)) return true;
        return false;
    }

    /** Whether expression {@code x} (may be null) reads {@code name}. */
    private static boolean reads(Expr x, String name) {
        return switch (x) {
            case null -> false;
            case Const _ -> false;
            case Name n -> n.name().equals(name);
            case ListLit l -> readsAny(l.items(), name);
            case DictLit d -> readsAny(d.keys(), name) || readsAny(d.values(), name);
            case Getattr g -> reads(g.obj(), name);
            case Getitem g -> reads(g.obj(), name) || reads(g.key(), name);
            case Slice s -> reads(s.obj(), name) || reads(s.start(), name) || reads(s.stop(), name)
                    || reads(s.step(), name);
            case Call c -> reads(c.fn(), name) || readsAny(c.args(), name) || readsAny(c.kwValues(), name);
            case Filter f -> reads(f.value(), name) || readsAny(f.args(), name) || readsAny(f.kwValues(), name);
            case Test t -> reads(t.value(), name) || readsAny(t.args(), name);
            case Unary u -> reads(u.x(), name);
            case Binary b -> reads(b.left(), name) || reads(b.right(), name);
            case Compare c -> reads(c.first(), name) || readsAny(c.rest(), name);
            case Cond c -> reads(c.test(), name) || reads(c.then(), name) || reads(c.otherwise(), name);
            case Concat c -> readsAny(c.parts(), name);
        };
    }
}

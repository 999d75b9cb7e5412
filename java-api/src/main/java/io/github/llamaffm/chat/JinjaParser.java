package io.github.llamaffm.chat;

import static io.github.llamaffm.chat.JinjaLexer.syntax;

import io.github.llamaffm.chat.JinjaAst.Assign;
import io.github.llamaffm.chat.JinjaAst.AssignBlock;
import io.github.llamaffm.chat.JinjaAst.Binary;
import io.github.llamaffm.chat.JinjaAst.Call;
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
import io.github.llamaffm.chat.JinjaLexer.Kind;
import io.github.llamaffm.chat.JinjaLexer.Tok;
import io.github.llamaffm.chat.JinjaLexer.TokenStream;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Jinja2's parser (jinja2/parser.py), same grammar and precedence: reads the body of one tag into
 * {@link JinjaAst} nodes, an expression for {@code {{ }}} and a statement for {@code {% %}}. It
 * exists apart from the lexer and the interpreter so that the grammar lives in one place whatever
 * runs the nodes. Errors are template syntax errors that name the tag's line.
 */
final class JinjaParser {
    private final TokenStream ts;
    private final int line;

    /** A parser over one tag body at {@code line}; lexes the whole body at once. */
    JinjaParser(String s, int line) {
        this.line = line;
        this.ts = new TokenStream(s, line);
    }

    // ------------------------------------------------------------------------------------------
    // Statements

    /** The statement a {@code {% %}} tag holds. */
    Stmt parseStatement() {
        Tok head = ts.next();
        if (head.kind() != Kind.NAME) throw syntax("expected a tag name", line);
        return switch (head.text()) {
            case "if" -> new If(parseWhole());
            case "elif" -> new Elif(parseWhole());
            case "else" -> {
                ts.expectEnd();
                yield new Else();
            }
            // as before this split: what follows an end tag's name is not checked
            case "endif", "endfor", "endset", "endmacro", "endcall", "endfilter", "endgeneration" ->
                    new End(head.text().substring(3));
            case "for" -> parseFor();
            case "set" -> parseSet();
            case "macro" -> {
                String name = ts.expectName();
                Macro m = parseSignature(name);
                ts.expectEnd();
                yield new MacroDef(m);
            }
            case "call" -> parseCallTag();
            case "filter" -> {
                Expr chain = parseBodyFilters();
                ts.expectEnd();
                yield new FilterBlock(chain);
            }
            // transformers' AssistantTracker tag: renders its body unchanged
            case "generation" -> {
                ts.expectEnd();
                yield new Generation();
            }
            case "break", "continue" -> {
                ts.expectEnd();
                yield new LoopControl(head.text());
            }
            // not "do": transformers does not load jinja2.ext.do, so templates cannot use it either
            default -> throw syntax("unsupported tag '" + head.text() + "'", line);
        };
    }

    private For parseFor() {
        List<String> targets = new ArrayList<>();
        boolean paren = ts.accept("(");
        do {
            targets.add(ts.expectName());
        } while (ts.accept(","));
        if (paren) ts.expect(")");
        if (!ts.next().name("in")) throw syntax("expected 'in' in for loop", line);
        Expr iter = parseTuple(false);
        Expr cond = null;
        if (ts.peek().name("if")) {
            ts.next();
            cond = parseExpression(true);
        }
        boolean recursive = ts.peek().name("recursive");
        if (recursive) ts.next();
        ts.expectEnd();
        return new For(targets, iter, cond, recursive);
    }

    private Stmt parseSet() {
        List<Target> targets = new ArrayList<>();
        do {
            String n = ts.expectName();
            targets.add(new Target(n, ts.accept(".") ? ts.expectName() : null));
        } while (ts.accept(","));
        if (ts.peek().kind() == Kind.EOF) {
            if (targets.size() != 1 || targets.get(0).attr() != null) throw syntax("bad block set", line);
            return new AssignBlock(targets.get(0).name(), null);
        }
        if (ts.peek().op("|")) {
            if (targets.size() != 1 || targets.get(0).attr() != null) throw syntax("bad block set", line);
            ts.next();
            Expr chain = parseBodyFilters();
            ts.expectEnd();
            return new AssignBlock(targets.get(0).name(), chain);
        }
        ts.expect("=");
        Expr value = parseTuple(true);
        ts.expectEnd();
        return new Assign(targets, value);
    }

    /** {@code call(params) expr}: the caller's signature (none without parentheses) and the call. */
    private CallTag parseCallTag() {
        Macro caller = ts.peek().op("(") ? parseSignature("caller") : new Macro("caller", List.of(), List.of());
        if (!(parseExpression(true) instanceof Call call)) throw syntax("expected a call", line);
        ts.expectEnd();
        return new CallTag(caller, call);
    }

    /** The filters of a filter block or a filtered block set, applied to {@code Name(BODY)}. */
    private Expr parseBodyFilters() {
        Expr chain = new Name(JinjaAst.BODY);
        do {
            chain = parseFilterCall(chain);
        } while (ts.accept("|"));
        return chain;
    }

    /** A parenthesised parameter list with defaults, as the signature of {@code name}. */
    private Macro parseSignature(String name) {
        ts.expect("(");
        List<String> params = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        if (!ts.accept(")")) {
            do {
                if (ts.peek().op(")")) break;
                params.add(ts.expectName());
                Expr dflt = ts.accept("=") ? parseExpression(true) : null;
                if (dflt == null && defaults.stream().anyMatch(d -> d != null)) {
                    throw syntax("non-default argument follows default argument", line);
                }
                defaults.add(dflt);
            } while (ts.accept(","));
            ts.expect(")");
        }
        return new Macro(name, params, defaults);
    }

    // ------------------------------------------------------------------------------------------
    // Expressions

    /** The expression a {@code {{ }}} tag holds (a bare tuple allowed). */
    Expr parseWhole() {
        Expr e = parseTuple(true);
        ts.expectEnd();
        return e;
    }

    /**
     * parse_tuple(): an expression or a bare tuple {@code a, b}; a loop's iterable is read without
     * conditional expressions (with_condexpr=False), so that its {@code if} is the loop filter.
     */
    Expr parseTuple(boolean withCondexpr) {
        Expr first = parseExpression(withCondexpr);
        if (!ts.peek().op(",")) return first;
        List<Expr> items = new ArrayList<>(List.of(first));
        while (ts.accept(",")) {
            if (ts.peek().kind() == Kind.EOF || (!withCondexpr && ts.peek().name("if"))) break;
            items.add(parseExpression(withCondexpr));
        }
        return new ListLit(items, true);
    }

    Expr parseExpression(boolean withCondexpr) {
        return withCondexpr ? parseCondexpr() : parseOr();
    }

    Expr parseCondexpr() {
        Expr e1 = parseOr();
        while (ts.peek().name("if")) {
            ts.next();
            Expr e2 = parseOr();
            Expr e3 = null;
            if (ts.peek().name("else")) {
                ts.next();
                e3 = parseCondexpr();
            }
            e1 = new Cond(e2, e1, e3);
        }
        return e1;
    }

    Expr parseOr() {
        Expr left = parseAnd();
        while (ts.peek().name("or")) {
            ts.next();
            left = new Binary("or", left, parseAnd());
        }
        return left;
    }

    Expr parseAnd() {
        Expr left = parseNot();
        while (ts.peek().name("and")) {
            ts.next();
            left = new Binary("and", left, parseNot());
        }
        return left;
    }

    Expr parseNot() {
        if (ts.peek().name("not")) {
            ts.next();
            return new Unary("not", parseNot());
        }
        return parseCompare();
    }

    Expr parseCompare() {
        Expr first = parseMath1();
        List<String> ops = new ArrayList<>();
        List<Expr> rest = new ArrayList<>();
        while (true) {
            Tok t = ts.peek();
            if (t.kind() == Kind.OP && Set.of("==", "!=", "<", "<=", ">", ">=").contains(t.text())) {
                ts.next();
                ops.add(t.text());
            } else if (t.name("in")) {
                ts.next();
                ops.add("in");
            } else if (t.name("not") && ts.peek2().name("in")) {
                ts.next();
                ts.next();
                ops.add("notin");
            } else {
                break;
            }
            rest.add(parseMath1());
        }
        return ops.isEmpty() ? first : new Compare(first, ops, rest);
    }

    Expr parseMath1() {
        Expr left = parseConcat();
        while (ts.peek().op("+") || ts.peek().op("-")) {
            String op = ts.next().text();
            left = new Binary(op, left, parseConcat());
        }
        return left;
    }

    Expr parseConcat() {
        List<Expr> parts = new ArrayList<>(List.of(parseMath2()));
        while (ts.accept("~")) parts.add(parseMath2());
        return parts.size() == 1 ? parts.get(0) : new Concat(parts);
    }

    Expr parseMath2() {
        Expr left = parsePow();
        while (ts.peek().op("*") || ts.peek().op("/") || ts.peek().op("//") || ts.peek().op("%")) {
            String op = ts.next().text();
            left = new Binary(op, left, parsePow());
        }
        return left;
    }

    Expr parsePow() {
        Expr left = parseUnary(true);
        while (ts.accept("**")) left = new Binary("**", left, parseUnary(true));
        return left;
    }

    Expr parseUnary(boolean withFilter) {
        Expr node;
        if (ts.accept("-")) {
            node = new Unary("-", parseUnary(false));
        } else if (ts.accept("+")) {
            node = new Unary("+", parseUnary(false));
        } else {
            node = parsePostfix(parsePrimary());
        }
        return withFilter ? parseFilterExpr(node) : node;
    }

    Expr parsePrimary() {
        Tok t = ts.next();
        switch (t.kind()) {
            case NAME -> {
                return switch (t.text()) {
                    case "true", "True" -> new Const(Boolean.TRUE);
                    case "false", "False" -> new Const(Boolean.FALSE);
                    case "none", "None" -> new Const(null);
                    default -> new Name(t.text());
                };
            }
            case STRING -> {
                StringBuilder b = new StringBuilder((String) t.value());
                while (ts.peek().kind() == Kind.STRING) b.append((String) ts.next().value());
                return new Const(b.toString());
            }
            case INT, FLOAT -> {
                return new Const(t.value());
            }
            case OP -> {
                if (t.text().equals("(")) return parseParenthesized();
                if (t.text().equals("[")) {
                    List<Expr> items = new ArrayList<>();
                    while (!ts.peek().op("]")) {
                        if (!items.isEmpty()) ts.expect(",");
                        if (ts.peek().op("]")) break;
                        items.add(parseExpression(true));
                    }
                    ts.expect("]");
                    return new ListLit(items);
                }
                if (t.text().equals("{")) {
                    List<Expr> keys = new ArrayList<>();
                    List<Expr> values = new ArrayList<>();
                    while (!ts.peek().op("}")) {
                        if (!keys.isEmpty()) ts.expect(",");
                        if (ts.peek().op("}")) break;
                        keys.add(parseExpression(true));
                        ts.expect(":");
                        values.add(parseExpression(true));
                    }
                    ts.expect("}");
                    return new DictLit(keys, values);
                }
            }
            default -> {
            }
        }
        throw syntax("unexpected '" + t.text() + "'", line);
    }

    Expr parseParenthesized() {
        if (ts.accept(")")) return new ListLit(List.of(), true);
        Expr first = parseExpression(true);
        if (ts.accept(")")) return first;
        List<Expr> items = new ArrayList<>(List.of(first));
        while (ts.accept(",")) {
            if (ts.peek().op(")")) break;
            items.add(parseExpression(true));
        }
        ts.expect(")");
        return new ListLit(items, true);
    }

    Expr parsePostfix(Expr node) {
        while (true) {
            if (ts.peek().op(".") || ts.peek().op("[")) {
                node = parseSubscript(node);
            } else if (ts.peek().op("(")) {
                node = parseCall(node);
            } else {
                return node;
            }
        }
    }

    Expr parseFilterExpr(Expr node) {
        while (true) {
            if (ts.peek().op("|")) {
                ts.next();
                node = parseFilterCall(node);
            } else if (ts.peek().name("is")) {
                node = parseTest(node);
            } else if (ts.peek().op("(")) {
                node = parseCall(node);
            } else {
                return node;
            }
        }
    }

    /** A filter name and its arguments (the '|' already consumed). */
    Expr parseFilterCall(Expr node) {
        String name = ts.expectName();
        while (ts.accept(".")) name = name + "." + ts.expectName();
        List<Expr> args = new ArrayList<>();
        List<String> kwn = new ArrayList<>();
        List<Expr> kwv = new ArrayList<>();
        if (ts.peek().op("(")) callArgs(args, kwn, kwv);
        return new Filter(node, name, args, kwn, kwv);
    }

    Expr parseTest(Expr node) {
        ts.next(); // is
        boolean negated = false;
        if (ts.peek().name("not")) {
            ts.next();
            negated = true;
        }
        String name = ts.expectName();
        while (ts.accept(".")) name = name + "." + ts.expectName();
        List<Expr> args = new ArrayList<>();
        Tok c = ts.peek();
        if (c.op("(")) {
            List<String> kwn = new ArrayList<>();
            callArgs(args, kwn, new ArrayList<>());
            if (!kwn.isEmpty()) throw syntax("keyword arguments to tests are not supported", line);
        } else if ((c.kind() == Kind.NAME || c.kind() == Kind.STRING || c.kind() == Kind.INT
                || c.kind() == Kind.FLOAT || c.op("[") || c.op("{"))
                && !c.name("else") && !c.name("or") && !c.name("and")) {
            if (c.name("is")) throw syntax("you cannot chain multiple tests with is", line);
            args.add(parsePostfix(parsePrimary()));
        }
        Expr t = new Test(node, name, args);
        return negated ? new Unary("not", t) : t;
    }

    Expr parseSubscript(Expr node) {
        Tok t = ts.next();
        if (t.op(".")) {
            Tok a = ts.next();
            if (a.kind() == Kind.NAME) return new Getattr(node, a.text());
            if (a.kind() == Kind.INT) return new Getitem(node, new Const(a.value()));
            throw syntax("expected name or number after '.'", line);
        }
        List<Expr> subs = new ArrayList<>();
        while (!ts.peek().op("]")) {
            if (!subs.isEmpty()) ts.expect(",");
            subs.add(parseSubscribed(node));
        }
        ts.expect("]");
        if (subs.size() == 1) {
            Expr s = subs.get(0);
            if (s instanceof Slice) return s;
            return new Getitem(node, s);
        }
        throw syntax("tuple subscripts are not supported", line);
    }

    Expr parseSubscribed(Expr node) {
        Expr start = null;
        if (!ts.peek().op(":")) {
            start = parseExpression(true);
            if (!ts.peek().op(":")) return start;
        }
        ts.expect(":");
        Expr stop = null;
        Expr step = null;
        if (!ts.peek().op("]") && !ts.peek().op(",") && !ts.peek().op(":")) stop = parseExpression(true);
        if (ts.accept(":")) {
            if (!ts.peek().op("]") && !ts.peek().op(",")) step = parseExpression(true);
        }
        return new Slice(node, start, stop, step);
    }

    Expr parseCall(Expr node) {
        List<Expr> args = new ArrayList<>();
        List<String> kwn = new ArrayList<>();
        List<Expr> kwv = new ArrayList<>();
        callArgs(args, kwn, kwv);
        return new Call(node, args, kwn, kwv);
    }

    void callArgs(List<Expr> args, List<String> kwn, List<Expr> kwv) {
        ts.expect("(");
        boolean first = true;
        while (!ts.peek().op(")")) {
            if (!first) {
                ts.expect(",");
                if (ts.peek().op(")")) break;
            }
            first = false;
            if (ts.peek().op("*") || ts.peek().op("**")) throw syntax("*args and **kwargs are not supported", line);
            if (ts.peek().kind() == Kind.NAME && ts.peek2().op("=")) {
                kwn.add(ts.next().text());
                ts.next();
                kwv.add(parseExpression(true));
            } else {
                if (!kwn.isEmpty()) throw syntax("positional argument after keyword argument", line);
                args.add(parseExpression(true));
            }
        }
        ts.expect(")");
    }
}

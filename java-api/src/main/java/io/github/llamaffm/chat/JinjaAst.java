package io.github.llamaffm.chat;

import java.util.List;

/**
 * The nodes {@link JinjaParser} produces: Jinja2's expression nodes (jinja2/nodes.py) as far as
 * templates use them, and one node per statement tag. They exist so that what a template means is
 * held apart from how it is run: {@link JinjavaEmitter} prints them as Jinjava source, and an
 * interpreter can walk the same nodes. Statements stay flat, one per tag in source order (an
 * {@code if} and its {@code endif} are two nodes); whoever runs them pairs the blocks.
 */
final class JinjaAst {
    private JinjaAst() {
    }

    /** The filter block's text (not a Jinja identifier, so no template name can collide). */
    static final String BODY = "$body";

    // ------------------------------------------------------------------------------------------
    // Expressions

    sealed interface Expr permits Const, Name, ListLit, DictLit, Getattr, Getitem, Slice, Call, Filter, Test,
            Unary, Binary, Compare, Cond, Concat {
    }

    record Const(Object value) implements Expr {
    }

    record Name(String name) implements Expr {
    }

    record ListLit(List<Expr> items, boolean tuple) implements Expr {
        ListLit(List<Expr> items) {
            this(items, false);
        }
    }

    record DictLit(List<Expr> keys, List<Expr> values) implements Expr {
    }

    record Getattr(Expr obj, String name) implements Expr {
    }

    record Getitem(Expr obj, Expr key) implements Expr {
    }

    record Slice(Expr obj, Expr start, Expr stop, Expr step) implements Expr {
    }

    record Call(Expr fn, List<Expr> args, List<String> kwNames, List<Expr> kwValues) implements Expr {
    }

    record Filter(Expr value, String name, List<Expr> args, List<String> kwNames, List<Expr> kwValues)
            implements Expr {
    }

    record Test(Expr value, String name, List<Expr> args) implements Expr {
    }

    record Unary(String op, Expr x) implements Expr {
    }

    record Binary(String op, Expr left, Expr right) implements Expr {
    }

    record Compare(Expr first, List<String> ops, List<Expr> rest) implements Expr {
    }

    record Cond(Expr test, Expr then, Expr otherwise) implements Expr {
    }

    record Concat(List<Expr> parts) implements Expr {
    }

    // ------------------------------------------------------------------------------------------
    // Statement tags

    sealed interface Stmt permits If, Elif, Else, End, For, Assign, AssignBlock, MacroDef, FilterBlock, Generation,
            LoopControl {
    }

    /** {@code if test}. */
    record If(Expr test) implements Stmt {
    }

    /** {@code elif test}. */
    record Elif(Expr test) implements Stmt {
    }

    /** {@code else}, of an {@code if} or a {@code for}. */
    record Else() implements Stmt {
    }

    /** {@code endif}, {@code endfor}, ...: {@code kind} is the block it closes ({@code "if"}, {@code "for"}, ...). */
    record End(String kind) implements Stmt {
    }

    /** {@code for a, b in iter if cond}; {@code cond} is null without a loop filter. */
    record For(List<String> targets, Expr iter, Expr cond) implements Stmt {
    }

    /** A target of {@code set}: a name, or {@code name.attr} (a namespace attribute) when attr is not null. */
    record Target(String name, String attr) {
    }

    /** {@code set a = value} or {@code set a, b = value}. */
    record Assign(List<Target> targets, Expr value) implements Stmt {
    }

    /** {@code set name} ... {@code endset}: the block's output becomes the value. */
    record AssignBlock(String name) implements Stmt {
    }

    /** A macro's signature: parameter names (template spelling) and their default expressions (null: none). */
    record Macro(String name, List<String> params, List<Expr> defaults) {
    }

    /** {@code macro name(params)}. */
    record MacroDef(Macro macro) implements Stmt {
    }

    /** {@code filter f | g(x)}: {@code chain} applies the filters to {@code Name(BODY)}. */
    record FilterBlock(Expr chain) implements Stmt {
    }

    /** transformers' {@code generation} tag (AssistantTracker), which renders its body unchanged. */
    record Generation() implements Stmt {
    }

    /** {@code break} or {@code continue}. */
    record LoopControl(String keyword) implements Stmt {
    }
}

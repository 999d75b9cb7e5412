package io.github.llamaffm.chat;

import java.util.List;

/**
 * The nodes of a template. {@link JinjaParser} reads Jinja2's expression nodes (jinja2/nodes.py) as far
 * as templates use them, and one statement tag per {@code {% %}}; {@link JinjaTemplate} pairs the
 * tags into the tree of {@link Node}s (an {@code if} with its bodies, a loop with its body) that
 * {@link JinjaInterpreter} walks. They exist so that what a template means is held apart from how
 * it is run.
 */
final class JinjaAst {
    private JinjaAst() {
    }

    /**
     * The name a filter block's (or filtered block set's) text is bound to; not a Jinja identifier,
     * so no template name can collide.
     */
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
    // Statement tags, one per {% %} tag as the parser reads it

    sealed interface Stmt permits If, Elif, Else, End, For, Assign, AssignBlock, MacroDef, CallTag, FilterBlock,
            Generation, LoopControl {
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

    /** {@code for a, b in iter if cond recursive}; {@code cond} is null without a loop filter. */
    record For(List<String> targets, Expr iter, Expr cond, boolean recursive) implements Stmt {
    }

    /** A target of {@code set}: a name, or {@code name.attr} (a namespace attribute) when attr is not null. */
    record Target(String name, String attr) {
    }

    /** {@code set a = value} or {@code set a, b = value}; a tag and a node of the tree. */
    record Assign(List<Target> targets, Expr value) implements Stmt, Node {
    }

    /**
     * {@code set name} ... {@code endset}: the block's output becomes the value; {@code filter}
     * ({@code set name | f}) applies filters to {@code Name(BODY)}, or is null.
     */
    record AssignBlock(String name, Expr filter) implements Stmt {
    }

    /** A macro's signature: parameter names and their default expressions (null: none). */
    record Macro(String name, List<String> params, List<Expr> defaults) {
    }

    /** {@code macro name(params)}. */
    record MacroDef(Macro macro) implements Stmt {
    }

    /** {@code call(params) macro(args)}: {@code caller} is the signature of the body, named {@code caller}. */
    record CallTag(Macro caller, Call call) implements Stmt {
    }

    /** {@code filter f | g(x)}: {@code chain} applies the filters to {@code Name(BODY)}. */
    record FilterBlock(Expr chain) implements Stmt {
    }

    /** transformers' {@code generation} tag (AssistantTracker), which renders its body unchanged. */
    record Generation() implements Stmt {
    }

    /** {@code break} or {@code continue}; a tag and a node of the tree. */
    record LoopControl(String keyword) implements Stmt, Node {
    }

    // ------------------------------------------------------------------------------------------
    // The tree: statements with their bodies, as JinjaTemplate pairs the tags

    sealed interface Node permits Text, Output, IfNode, ForNode, Assign, SetBlockNode, MacroNode, CallNode,
            FilterNode, ScopeNode, LoopControl {
    }

    /** Template text, whitespace control applied. */
    record Text(String text) implements Node {
    }

    /** {@code {{ expr }}}. */
    record Output(Expr expr) implements Node {
    }

    /** {@code if}/{@code elif} tests with their bodies, and the {@code else} body (empty without one). */
    record IfNode(List<Expr> tests, List<List<Node>> bodies, List<Node> otherwise) implements Node {
    }

    /** A for loop with its body and its {@code else} body (empty without one). */
    record ForNode(For loop, List<Node> body, List<Node> otherwise) implements Node {
    }

    /** A block set: its body rendered in a scope of its own, then filtered when {@code filter} is not null. */
    record SetBlockNode(String name, Expr filter, List<Node> body) implements Node {
    }

    /**
     * A macro definition (or a call block's {@code caller}) with what its body reads, as Jinja2
     * finds it: {@code caller}, {@code varargs} and {@code kwargs} are bound only where used.
     */
    record MacroNode(Macro macro, List<Node> body, boolean usesCaller, boolean usesVarargs, boolean usesKwargs)
            implements Node {
    }

    /** A call block: {@code call} is invoked with {@code caller} as its {@code caller} keyword argument. */
    record CallNode(Call call, MacroNode caller) implements Node {
    }

    /** A filter block: the body's output goes through {@code chain} (filters of {@code Name(BODY)}). */
    record FilterNode(Expr chain, List<Node> body) implements Node {
    }

    /** A body rendered unchanged in a scope of its own (transformers' {@code generation} block). */
    record ScopeNode(List<Node> body) implements Node {
    }
}

package io.github.llamaffm.chat;

/**
 * The Java side of a tool that {@link ChatSession} runs for the model: it receives the call's
 * arguments mapped onto a record (as {@link io.github.llamaffm.json.StructuredOutput#read(String, Class)}
 * maps JSON) and returns the result. A {@code String} result goes to the model as it is; any
 * other value (a record, a map, a list, a number, null) as JSON.
 *
 * @param <A> the record type of the arguments
 */
@FunctionalInterface
public interface ToolFunction<A> {
    /**
     * Runs the tool.
     *
     * @param arguments the call's arguments
     * @return the result for the model
     * @throws Exception anything; by default {@link ChatSession} hands the error to the model as
     *                   the call's result (see {@link ChatSession.Builder#toolErrors(ChatSession.ToolErrors)})
     */
    Object apply(A arguments) throws Exception;
}

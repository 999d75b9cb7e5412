package io.github.llamaffm.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * JSON Schema constraints for one record component, used by {@link JsonSchema#of(Class)}. Each
 * element left at its default adds nothing. On a list or array component, the item-count limits
 * apply to the list and the other limits to its innermost elements.
 *
 * <pre>{@code
 * record Person(@Constraints(maxLength = 40) String name,
 *               @Constraints(minimum = 0, maximum = 150) int age,
 *               @Constraints(maxItems = 5, maxLength = 20) List<String> hobbies) {}
 * }</pre>
 *
 * <p>Bound every string and list when the output must finish within a token budget: the grammar
 * then guarantees an end.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Constraints {
    /**
     * The schema's {@code description}.
     *
     * @return the description, or empty for none
     */
    String description() default "";

    /**
     * {@code minLength} of a string.
     *
     * @return the least number of characters, or -1 for none
     */
    int minLength() default -1;

    /**
     * {@code maxLength} of a string.
     *
     * @return the most characters, or -1 for no limit
     */
    int maxLength() default -1;

    /**
     * {@code pattern} of a string (the regular-expression subset that the grammar supports).
     *
     * @return the pattern, or empty for none
     */
    String pattern() default "";

    /**
     * {@code format} of a string: {@code date}, {@code time}, {@code date-time} or {@code uuid}.
     *
     * @return the format, or empty for none
     */
    String format() default "";

    /**
     * {@code minimum} of an integer (intersected with the Java type's range).
     *
     * @return the least value, or {@link Long#MIN_VALUE} for the type's own
     */
    long minimum() default Long.MIN_VALUE;

    /**
     * {@code maximum} of an integer (intersected with the Java type's range).
     *
     * @return the greatest value, or {@link Long#MAX_VALUE} for the type's own
     */
    long maximum() default Long.MAX_VALUE;

    /**
     * {@code minItems} of a list or array.
     *
     * @return the least number of items, or -1 for none
     */
    int minItems() default -1;

    /**
     * {@code maxItems} of a list or array.
     *
     * @return the most items, or -1 for no limit
     */
    int maxItems() default -1;
}

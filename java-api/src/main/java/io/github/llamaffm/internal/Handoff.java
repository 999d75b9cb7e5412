package io.github.llamaffm.internal;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Items handed from the decoding thread to one consuming thread: the producer offers items and
 * then ends the stream; the consumer iterates, blocking until the next item or the end. Behind
 * the blocking iterators of batch requests and chat calls.
 *
 * @param <T> the item type
 */
public final class Handoff<T> {
    private static final Object END = new Object();
    private final LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();

    /**
     * Hands an item over (any thread; never blocks).
     *
     * @param item the item
     */
    public void offer(T item) {
        queue.offer(item);
    }

    /** Marks the end: the iterator's {@code hasNext()} is false after the items before it. */
    public void end() {
        queue.offer(END);
    }

    /**
     * A blocking iterator over the items.
     *
     * @param onInterrupt runs when the waiting thread is interrupted (before the
     *                    {@link CompletionException} the iterator then throws), e.g. to cancel
     * @param atEnd       runs each time the end is reached, before {@code hasNext()} returns false;
     *                    may throw the producer's failure
     * @return the iterator, for one thread
     */
    public Iterator<T> iterator(Runnable onInterrupt, Runnable atEnd) {
        return new Iterator<>() {
            private Object next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = queue.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        onInterrupt.run();
                        throw new CompletionException("interrupted while waiting", e);
                    }
                }
                if (next == END) {
                    queue.offer(END); // stays at the end for repeated hasNext()
                    atEnd.run();
                    return false;
                }
                return true;
            }

            @Override
            @SuppressWarnings("unchecked")
            public T next() {
                if (!hasNext()) throw new NoSuchElementException();
                T t = (T) next;
                next = null;
                return t;
            }
        };
    }
}

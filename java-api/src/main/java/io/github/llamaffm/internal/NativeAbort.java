package io.github.llamaffm.internal;

import io.github.llamaffm.ModelLoadException;
import io.github.llamaffm.RpcServerException;
import io.github.llamaffm.bindings.ggml_abort_callback_t;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * The safety net for llama.cpp's assertions: ggml's abort callback ({@code ggml_set_abort_callback}),
 * installed once when the natives load.
 *
 * <p>Whatever thread an assertion ({@code GGML_ASSERT}, {@code GGML_ABORT}) fires on, its message
 * goes to SLF4J (logger {@code llama.cpp}, ERROR) before the process ends. When it fires on a
 * loader thread of {@link #load(String, Supplier)}, the process does not end: the message becomes a
 * {@link ModelLoadException} for the caller waiting on that thread, and the loader thread parks
 * for good inside the callback instead of returning to {@code ggml_abort}, which would call
 * {@code abort()}.
 *
 * <p><b>What such an event leaks</b> (on purpose: it cannot be freed safely): the loader thread
 * (a parked platform thread and its stack), and everything the interrupted native call had
 * acquired: the partial {@code llama_model} or adapter with its vocabulary and any buffers already
 * allocated, the loader's memory mapping of the file and its open file descriptor, and the C++
 * objects on the parked stack. A lock held by that stack would stay held, and the next call that
 * needs it would wait forever instead of the process ending. ModelFileCheckTest checks, for an
 * assertion in the vocabulary loader, that later loads and generation in the same JVM work; in
 * fuzz runs the JVM goes on loading and generating after each such event.
 *
 * <p><b>RPC servers.</b> The native calls of a model with RPC servers that can reach a server
 * ({@link Rpc.Link#call}: load, context creation, decode, state save and restore, KV memory clear
 * and copy, frees) run on loader threads too, registered as calls in flight. When a server dies
 * during such a call, llama.cpp aborts on the endpoint's dispatcher thread (not a loader thread)
 * while the loader thread waits forever for the answer. Then the dispatcher thread is parked for
 * good, the dead endpoints are found ({@link Rpc#dispatcherDied}), every model using one is marked
 * broken, and every call in flight of those models fails with an {@link RpcServerException}. An
 * RPC abort on a loader thread happens while llama.cpp connects, holding the process-wide mutex of
 * its RPC client: RPC is then refused for the rest of the process ({@link Rpc#poison}). Leaked
 * then, in addition: the dispatcher thread, the loader threads that wait for it, the socket, and
 * every native object of the broken models (their weights' and KV buffers, contexts, thread
 * pools), which are never freed because a free would talk to the dead server.
 *
 * <p>Not covered: assertions outside {@link #load} and RPC calls (decoding a local model,
 * tokenizing) still end the process after the log line, and so do failures that are not ggml
 * assertions (an uncaught C++ exception calls {@code std::terminate}; a memory fault);
 * {@link ModelFileCheck} exists to prevent them.
 */
public final class NativeAbort {
    private static final Logger LOG = LoggerFactory.getLogger("llama.cpp");
    private static final AtomicLong LOADERS = new AtomicLong();
    private static volatile boolean installed;
    /** RPC calls in flight: the model's link and the caller's future. */
    private static final Set<RpcCall> RPC_CALLS = ConcurrentHashMap.newKeySet();

    private record RpcCall(Rpc.Link link, CompletableFuture<Object> result) {}

    private NativeAbort() {}

    /**
     * A thread that runs native loads, one at a time; an assertion on it is handed to the waiting
     * caller and the thread is parked for good.
     *
     * <p>Loader threads are reused: a fresh thread per load gives each load a new glibc malloc
     * arena, and RSS grew ~0.5 MB per load/close cycle that way. A thread puts itself back on the
     * idle list <i>before</i> it hands the result over, so the caller's next load always finds it
     * (a pool whose worker returns to its queue only after the task had a window in which a quick
     * next load started another thread, and another arena). Idle threads end after a minute.
     */
    private static final class LoaderThread extends Thread {
        private static final Deque<LoaderThread> IDLE = new ConcurrentLinkedDeque<>();
        private final BlockingQueue<Runnable> work = new LinkedBlockingQueue<>();
        volatile CompletableFuture<Object> result; // of the load running on it now

        private LoaderThread() {
            super(null, null, "llama-ffm-loader-" + LOADERS.incrementAndGet(), 0, false);
            setDaemon(true);
        }

        /** Runs {@code task} on an idle loader thread, or on a new one. */
        static void execute(Runnable task) {
            LoaderThread t = IDLE.pollFirst();
            while (t != null && !t.isAlive()) t = IDLE.pollFirst(); // (only after an Error escaped a task)
            if (t == null) {
                t = new LoaderThread();
                t.start();
            }
            t.work.add(task);
        }

        /** Called by the task on this thread once its native call returned. */
        void idle() {
            IDLE.addFirst(this);
        }

        @Override
        public void run() {
            while (true) {
                Runnable task;
                try {
                    task = work.poll(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    continue; // nobody interrupts loader threads on purpose
                }
                if (task != null) {
                    try {
                        task.run(); // completes its caller's future itself, failures included
                    } catch (Throwable t) {
                        LOG.error("loader thread {}: {}", getName(), t.toString());
                    }
                } else if (IDLE.remove(this)) {
                    return; // idle for a minute and nobody took it meanwhile
                }
            }
        }
    }

    /** What llama.cpp's assertion said, for the waiting caller. */
    private static final class Aborted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        final boolean dispatcher; // fired on an RPC dispatcher thread, not on the call's own

        Aborted(String message, boolean dispatcher) {
            super(message, null, false, false);
            this.dispatcher = dispatcher;
        }
    }

    /** Installs the callback (once; later calls do nothing). Called by {@link Native#ensureLoaded()}. */
    static void install() {
        if (!installed) installOnce();
    }

    private static synchronized void installOnce() {
        if (installed) return;
        installed = true;
        try {
            MemorySegment fn = NativeLoader.libraries().lookup().find("ggml_set_abort_callback").orElse(null);
            if (fn == null) {
                LOG.warn("ggml_set_abort_callback not found: llama.cpp assertions will not be logged");
                return;
            }
            MethodHandle set = Linker.nativeLinker().downcallHandle(fn,
                    FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS));
            // The stub lives as long as the process (an automatic arena that nothing references
            // would be freed while C still holds the pointer).
            MemorySegment stub = ggml_abort_callback_t.allocate(NativeAbort::onAbort, Arena.global());
            MemorySegment previous = (MemorySegment) set.invokeExact(stub);
            LOG.debug("ggml abort callback installed (previous: {})", previous);
        } catch (Throwable t) {
            LOG.warn("cannot install ggml's abort callback: {}", t.toString());
        }
    }

    /** Called from C on the asserting thread; must never throw. */
    private static void onAbort(MemorySegment message) {
        String text;
        try {
            // ggml_abort formats the message into a 2048-byte buffer.
            text = Native.isNull(message) ? "(no message)" : message.reinterpret(2048).getString(0).strip();
        } catch (Throwable t) {
            text = "(unreadable message)";
        }
        boolean park = Thread.currentThread() instanceof LoaderThread;
        try {
            if (Thread.currentThread() instanceof LoaderThread loader) {
                LOG.error("llama.cpp aborted on {} (the thread is parked for good; the process continues): {}",
                        loader.getName(), text);
                CompletableFuture<Object> r = loader.result;
                if (r != null) {
                    boolean rpc = false;
                    for (RpcCall c : RPC_CALLS) if (c.result == r) rpc = true;
                    if (rpc && Rpc.isRpcMessage(text)) Rpc.poison(text);
                    r.completeExceptionally(new Aborted(text, false));
                }
            } else if (Rpc.isRpcMessage(text) && (!RPC_CALLS.isEmpty() || Rpc.anyLive())) {
                // Only RPC's own assertions: parking any other thread that asserts would turn an
                // unrelated assertion into a hang of its caller.
                park = true;
                LOG.error("llama.cpp aborted on {}, with calls of models with RPC servers in flight (the thread is"
                        + " parked for good; the process continues): {}", Thread.currentThread().getName(), text);
                rpcDispatcherDied(text);
            } else {
                LOG.error("llama.cpp aborted, the process ends: {}", text);
            }
        } catch (Throwable ignored) {
            // nothing may escape into C
        }
        if (park) {
            while (true) {
                LockSupport.park(NativeAbort.class);
            }
        }
    }

    /** A dispatcher thread died: break the models of the dead endpoints and fail their calls in flight. */
    private static void rpcDispatcherDied(String text) {
        Set<String> candidates = new LinkedHashSet<>();
        List<RpcCall> calls = new ArrayList<>(RPC_CALLS);
        for (RpcCall c : calls) candidates.addAll(c.link.endpoints());
        if (candidates.isEmpty()) candidates = Rpc.liveEndpoints();
        Set<String> dead = Rpc.dispatcherDied(candidates, text);
        for (RpcCall c : calls) {
            if (c.link.isBroken()) {
                c.result.completeExceptionally(new Aborted(text + " [dead: " + String.join(", ", dead) + "]", true));
            }
        }
    }

    /**
     * Runs a native load on a loader thread and waits for it (uninterruptibly: the native
     * call cannot be stopped from outside; the caller's interrupt flag is kept).
     *
     * @param what    "loading model /path", for the exception when llama.cpp asserts
     * @param call    the native call; runs on the loader thread
     * @param <T>     its result
     * @return the result of {@code call}, with what llama.cpp logged as problems on the loader thread
     * @throws ModelLoadException when llama.cpp asserted during the call
     */
    public static <T> Loaded<T> load(String what, Supplier<T> call) {
        try {
            return submit(call, null);
        } catch (Aborted a) {
            throw new ModelLoadException("llama.cpp aborted while " + what + ": " + a.getMessage());
        }
    }

    /**
     * Runs a native call of a model with RPC servers on a loader thread and waits for it, as
     * {@link #load}; the problems llama.cpp logged there become this thread's recent log lines.
     *
     * @param link the model's servers
     * @param what "decoding", for the exception
     * @param call the native call
     * @param <T>  its result
     * @return the result of {@code call}
     * @throws RpcServerException when a server died during the call, or llama.cpp's RPC client
     *                            aborted on the loader thread
     */
    static <T> T rpc(Rpc.Link link, String what, Supplier<T> call) {
        Loaded<T> r;
        try {
            r = submit(call, link);
        } catch (Aborted a) {
            if (a.dispatcher || Rpc.isRpcMessage(a.getMessage())) {
                throw new RpcServerException("RPC server stopped answering while " + what + ": " + a.getMessage()
                        + "; the model cannot be used any more", link.endpoints());
            }
            throw new io.github.llamaffm.LlamaException("llama.cpp aborted while " + what + ": " + a.getMessage());
        }
        NativeLog.clearRecent();
        NativeLog.addRecent(r.problems());
        return r.value();
    }

    @SuppressWarnings("unchecked")
    private static <T> Loaded<T> submit(Supplier<T> call, Rpc.Link link) {
        Native.ensureLoaded();
        CompletableFuture<Object> result = new CompletableFuture<>();
        RpcCall inFlight = link == null ? null : new RpcCall(link, result);
        if (inFlight != null) RPC_CALLS.add(inFlight);
        LoaderThread.execute(() -> {
            LoaderThread me = (LoaderThread) Thread.currentThread();
            me.result = result;
            Object outcome;
            boolean failed = false;
            try {
                NativeLog.clearRecent();
                // A callback on this thread (a log listener) that closes the object whose call
                // this is must not wait for the caller, who waits for this thread.
                T value = link == null ? call.get() : Guard.inside(call);
                outcome = new Loaded<>(value, Native.recentLog(), NativeLog.recentProblems());
            } catch (Throwable e) {
                outcome = e;
                failed = true;
            }
            // (an assertion inside call.get() parks this thread there: it never comes back here)
            me.result = null;
            me.idle();
            if (failed) result.completeExceptionally((Throwable) outcome);
            else result.complete(outcome);
        });
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return (Loaded<T>) result.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException re) throw re;
                    if (cause instanceof Error err) throw err;
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (inFlight != null) RPC_CALLS.remove(inFlight);
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /**
     * The result of a native load and what llama.cpp logged as errors or warnings during it.
     *
     * @param value      the call's result
     * @param recentLog  as {@link Native#recentLog()}: "" or " (llama.cpp: ...)"
     * @param problems   the lines of {@code recentLog}
     * @param <T>        the result type
     */
    public record Loaded<T>(T value, String recentLog, List<String> problems) {}
}

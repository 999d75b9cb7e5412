package io.github.llamaffm.tests;

import io.github.llamaffm.ContextParams;
import io.github.llamaffm.GenerateParams;
import io.github.llamaffm.LlamaContext;
import io.github.llamaffm.LlamaModel;
import io.github.llamaffm.ModelLoadException;
import io.github.llamaffm.ModelParams;
import io.github.llamaffm.RpcServerException;
import io.github.llamaffm.Token;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Child JVM of {@link RpcTest}: uses a model on an RPC server, says WAITING at the point where the
 * parent is to kill the server (during the load, or after three generated tokens), goes on once
 * the parent writes a line, and reports what happened as key=value lines. The JVM must live on.
 *
 * <p>Arguments: {@code load|decode}, the model file, the endpoint.
 */
public final class RpcCrashProbe {
    private RpcCrashProbe() {}

    private static void say(String line) {
        System.out.println(line.replace('\n', ' '));
        System.out.flush();
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path model = Path.of(args[1]);
        String endpoint = args[2];
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        ModelParams rpc = ModelParams.builder().rpcServer(endpoint).build();
        ContextParams cp = ContextParams.builder().contextSize(256).threads(1).build();
        if (mode.equals("load")) {
            boolean[] waited = {false};
            try {
                LlamaModel m = LlamaModel.load(model, rpc, fraction -> {
                    if (!waited[0]) {
                        waited[0] = true;
                        say("WAITING");
                        try {
                            in.readLine();
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                    return true;
                });
                say("UNEXPECTED=loaded");
                m.close();
            } catch (ModelLoadException e) {
                say("CAUGHT=" + e.getMessage());
                say("CAUSE=" + e.getCause());
            }
        } else {
            LlamaModel m = LlamaModel.load(model, rpc);
            LlamaContext ctx = m.newContext(cp);
            int n = 0;
            try {
                for (Token t : ctx.generate("Once upon a time", GenerateParams.builder().maxTokens(200).build())) {
                    if (++n == 3) {
                        say("WAITING");
                        in.readLine();
                    }
                }
                say("UNEXPECTED=finished");
            } catch (RpcServerException e) {
                say("CAUGHT=" + e.getMessage());
                say("ENDPOINTS=" + e.endpoints());
            }
            try {
                ctx.complete("again", GenerateParams.builder().maxTokens(4).build());
                say("LATER=no exception");
            } catch (RpcServerException e) {
                say("LATER=" + e.getMessage());
            }
            try {
                m.newContext(cp).close();
                say("NEWCONTEXT=no exception");
            } catch (RpcServerException e) {
                say("NEWCONTEXT=" + e.getMessage());
            }
            ctx.close();
            m.close();
            say("CLOSED=yes");
        }
        try {
            LlamaModel.load(model, rpc).close();
            say("REUSE=loaded");
        } catch (ModelLoadException e) {
            say("REUSE=" + e.getMessage());
        }
        try (LlamaModel local = LlamaModel.load(model, ModelParams.builder().gpuLayers(0).build());
             LlamaContext c = local.newContext(cp)) {
            say("LOCAL=" + c.generate("Hello", GenerateParams.builder().maxTokens(8).build()).run().generatedTokens());
        }
        say("DONE=yes");
    }
}

package io.github.llamaffm.examples.rpc;

import io.github.llamaffm.Device;
import io.github.llamaffm.Llama;
import io.github.llamaffm.RpcServer;

import java.nio.file.Path;

/**
 * {@code make rpc-server}: lends a device of this machine to llama.cpp models elsewhere, as
 * llama.cpp's {@code rpc-server} does, from the project's own jars and natives.
 *
 * <p>Options: {@code --host} (default 127.0.0.1; another address also needs {@code --allow-remote}),
 * {@code --port} (50052), {@code --threads}, {@code --device} (a name from {@code Llama.devices()};
 * default the best local device), {@code --cache DIR}. It serves until the process is stopped.
 */
public final class RpcServerMain {
    private RpcServerMain() {}

    /**
     * Parses the options and serves forever.
     *
     * @param args the options
     * @throws InterruptedException never in practice (the main thread waits forever)
     */
    public static void main(String[] args) throws InterruptedException {
        RpcServer.Builder b = RpcServer.builder();
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--host" -> b.host(value(args, ++i, a));
                    case "--port" -> b.port(Integer.parseInt(value(args, ++i, a)));
                    case "--threads" -> b.threads(Integer.parseInt(value(args, ++i, a)));
                    case "--device" -> b.device(value(args, ++i, a));
                    case "--cache" -> b.cacheDir(Path.of(value(args, ++i, a)));
                    case "--allow-remote" -> b.allowRemote(true);
                    case "-h", "--help" -> {
                        usage();
                        return;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println("rpc-server: " + e.getMessage());
            usage();
            System.exit(2);
        }
        System.out.println("WARNING: llama.cpp's RPC protocol has no authentication and no encryption: whoever reaches"
                + " the port can use the device and read its memory. Serve on trusted networks only.");
        RpcServer server;
        try {
            server = b.start();
        } catch (RuntimeException e) {
            System.err.println("rpc-server: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.println("llama-ffm RPC server on " + server.endpoint() + ", device " + server.device()
                + " (clients: ModelParams.builder().rpcServer(\"" + server.endpoint() + "\") or llama.cpp's --rpc "
                + server.endpoint() + ")");
        System.out.flush();
        while (server.isRunning()) Thread.sleep(1000);
        System.err.println("rpc-server: llama.cpp's server loop ended (see above)");
        System.exit(1);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
        return args[i];
    }

    private static void usage() {
        StringBuilder devices = new StringBuilder();
        try {
            for (Device d : Llama.devices()) devices.append(devices.isEmpty() ? "" : ", ").append(d.name());
        } catch (RuntimeException | Error e) {
            devices.append("(cannot list: ").append(e.getMessage()).append(')');
        }
        System.err.println("""
                usage: make rpc-server ARGS="[--host 127.0.0.1] [--port 50052] [--threads N] [--device NAME] [--cache DIR] [--allow-remote]"
                  --host HOST      address to listen on (default 127.0.0.1; any other needs --allow-remote)
                  --port PORT      TCP port (default 50052)
                  --threads N      CPU threads of the device's backend (default: all processors)
                  --device NAME    device to serve (default: the best local one); devices here:\s""" + devices + """

                  --cache DIR      cache large tensors in DIR (faster reloads)
                  --allow-remote   allow a non-loopback --host (the protocol has no authentication)""");
    }
}

package dev.askbar.app.doctor;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;

/** The ports {@code askbar run} will listen on are free. */
final class PortChecks {
    private PortChecks() {}

    static DoctorCheck port(String what, String variable, String host, int port) {
        String item = "port " + (port == 0 ? "(any)" : String.valueOf(port)) + " for " + what;
        return () -> {
            if (port == 0) {
                return List.of(Finding.ok(item, variable + " is 0: any free port"));
            }
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(host, port));
                return List.of(Finding.ok(item, "free on " + host));
            } catch (IOException e) {
                return List.of(Finding.failed(
                        item,
                        "port " + port + " on " + host + " is in use or not allowed",
                        "stop whatever listens there (another AskBar?) or set " + variable + " to a free port"));
            }
        };
    }
}

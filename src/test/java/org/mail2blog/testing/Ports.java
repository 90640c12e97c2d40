package org.mail2blog.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Free loopback ports for servers a test starts. */
public final class Ports {
    private Ports() {
    }

    public static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on loopback", e);
        }
    }

    /** {@code n} different free ports: each socket stays open until all are chosen, so none repeats. */
    public static int[] free(int n) {
        java.util.List<ServerSocket> held = new java.util.ArrayList<>();
        try {
            int[] ports = new int[n];
            for (int i = 0; i < n; i++) {
                ServerSocket socket = new ServerSocket(0);
                socket.setReuseAddress(true);
                held.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("no free ports on loopback", e);
        } finally {
            held.forEach(socket -> {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing a listening socket we own; nothing to do
                }
            });
        }
    }
}

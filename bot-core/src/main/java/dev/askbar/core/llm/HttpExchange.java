package dev.askbar.core.llm;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Runs one HTTP exchange for a provider client: times it, makes it cancellable and turns every way the connection
 * can fail into an {@link Attempt.Failure} of the right kind, so the router never reads exception texts.
 */
final class HttpExchange {

    /** How a client reads a response it received; {@code body} has been read whole. */
    interface Reader {
        Attempt read(Response response, String body, Duration exchange);
    }

    private HttpExchange() {}

    static Attempt run(OkHttpClient http, Request request, InFlight inFlight, Reader reader) {
        long started = System.nanoTime();
        Call call = http.newCall(request);
        inFlight.attach(call);
        try (Response response = call.execute()) {
            String body = response.body().string();
            return reader.read(response, body, Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            Duration exchange = Duration.ofNanos(System.nanoTime() - started);
            return Attempt.Failure.of(
                    kind(e, inFlight), 0, e.getClass().getSimpleName() + ": " + e.getMessage(), exchange);
        }
    }

    /** Whether the provider could not be reached at all, as opposed to a connection that failed mid-way. */
    static FailureKind kind(IOException e, InFlight inFlight) {
        if (inFlight.cancelled()) {
            return FailureKind.CANCELLED;
        }
        if (e instanceof UnknownHostException
                || e instanceof ConnectException
                || e instanceof NoRouteToHostException
                || e instanceof SSLException) {
            return FailureKind.UNREACHABLE;
        }
        // OkHttp reports a connect timeout as a SocketTimeoutException whose cause chain says "connect"
        if (e instanceof SocketTimeoutException && connectPhase(e)) {
            return FailureKind.UNREACHABLE;
        }
        return FailureKind.TRANSIENT;
    }

    private static boolean connectPhase(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getMethodName().equals("connectSocket")
                    || frame.getMethodName().equals("connect")
                            && frame.getClassName().startsWith("java.net")) {
                return true;
            }
        }
        return false;
    }
}

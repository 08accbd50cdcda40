package com.example.liveperson.receiver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** POSTs to the receiver over real HTTP on the loopback interface, as LivePerson would. */
final class ReceiverClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final URI uri;

    ReceiverClient(int port, String path) {
        this.uri = URI.create("http://127.0.0.1:" + port + path);
    }

    static ReceiverClient webhooks(int port) {
        return new ReceiverClient(port, NotificationController.PATH);
    }

    /** POSTs a body with a signature header (none when null). */
    HttpResponse<String> post(byte[] body, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("x-liveperson-account-id", "12345678")
                .header("x-liveperson-client-id", "0b6a4b5c-2d0e-4e7c-9f68-7d4f1a2b3c4d")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("x-liveperson-signature", signature);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POSTs a body signed with the test secret, as LivePerson does by default. */
    HttpResponse<String> postSigned(byte[] body) {
        return post(body, Signing.sign(body));
    }
}

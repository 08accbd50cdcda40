package com.example.boot3.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A Spring Boot 3.5 application that declares only the plugin binds {@code @RequestBody WsNotificationMsg} with
 * Spring's Jackson 2 converter and writes every bundled example back unchanged, over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EchoControllerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    int port;

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("webhookgen.examples")))) {
            List<Path> examples = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            if (examples.size() < 100) {
                throw new IllegalStateException("expected the bundled examples, found " + examples.size());
            }
            return examples;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleIsBoundAndWrittenBackUnchanged(Path example) throws IOException, InterruptedException {
        byte[] body = Files.readAllBytes(example);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/echo")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        JsonNode expected = JSON.readTree(body);
        assertEquals(expected, JSON.readTree(response.body()));
    }
}

package com.example.liveperson.receiver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.liveperson.binding.EchoController;
import com.example.liveperson.receiver.Examples.Example;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A Spring Boot 4 application that declares only the plugin binds {@code @RequestBody WsNotificationMsg} with Spring's
 * Jackson 3 converter and writes every bundled example back unchanged, over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "receiver.client-secret=" + Signing.SECRET)
@Import({RecordingHandler.Configuration.class, EchoController.class})
class JsonBindingTest {

    @LocalServerPort
    int port;

    static List<Example> examples() {
        return Examples.all();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleIsBoundAndWrittenBackUnchanged(Example example) {
        HttpResponse<String> response = new ReceiverClient(port, "/echo").post(example.body(), null);

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(example.tree(), Examples.JSON.readTree(response.body()));
    }
}

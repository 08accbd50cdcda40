package com.example.liveperson.receiver;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The application does not start without a client secret, and says how to set one. */
class StartupTest {

    @Test
    void withoutAClientSecretTheApplicationDoesNotStart() {
        RuntimeException failure = assertThrows(RuntimeException.class, () -> new SpringApplicationBuilder(
                ReceiverApplication.class).run("--server.port=0", "--receiver.client-secret=").close());

        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        assertTrue(messages.toString().contains("receiver.client-secret is not set"), messages.toString());
    }
}

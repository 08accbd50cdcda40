package com.example.liveperson.receiver;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A notification answered 200 by one run of the application and not dispatched when it stopped is dispatched by the
 * next run, from the JDBC store.
 */
class JdbcRestartTest {

    private static final String URL = "jdbc:h2:mem:jdbc-restart-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    private static final String[] SETTINGS = {
        "--server.port=0",
        "--receiver.client-secret=" + Signing.SECRET,
        "--receiver.store=jdbc",
        "--receiver.jdbc.poll-interval=50ms",
        "--receiver.jdbc.stop-timeout=100ms",
        "--spring.datasource.url=" + URL};

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ReceiverApplication.class, RecordingHandler.Configuration.class)
                .run(SETTINGS);
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    @Test
    void aNotificationStoredButNotDispatchedIsDispatchedAfterTheRestart() throws InterruptedException, SQLException {
        byte[] body = Examples.named("messaging-event-notification-several-content-events.json").body();
        try (ConfigurableApplicationContext first = start()) {
            RecordingHandler handler = first.getBean(RecordingHandler.class);
            handler.hold();
            assertEquals(200, ReceiverClient.webhooks(port(first)).postSigned(body).statusCode());
            handler.awaitEntered();
            // Stopping interrupts the held handler: the dispatch rolls back
        }
        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
                ResultSet stored = connection.createStatement().executeQuery("SELECT COUNT(*) FROM webhook_inbox")) {
            stored.next();
            assertEquals(1, stored.getInt(1));
        }

        try (ConfigurableApplicationContext second = start()) {
            RecordingHandler handler = second.getBean(RecordingHandler.class);
            JdbcTemplate jdbc = new JdbcTemplate(second.getBean(DataSource.class));
            Intake intake = second.getBean(Intake.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> intake.pending() == 0);

            assertEquals(List.of("visitContentEvent", "visitContentEvent"), handler.methods());
            assertEquals(0, jdbc.queryForObject("SELECT COUNT(*) FROM webhook_inbox", Integer.class));
        }
    }
}

package com.example.liveperson.receiver;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;

/**
 * Receives LivePerson Connector API webhooks: checks each request's signature, answers at once, and hands every change
 * of the notification to the application's {@link com.example.liveperson.webhooks.WebhookVisitor} once, off the
 * request thread. See README.md for the configuration.
 *
 * <p>The data source is made only for the JDBC store ({@link JdbcStoreConfiguration}): with the default store in
 * memory the application needs no database.
 */
@SpringBootApplication(exclude = DataSourceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class ReceiverApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReceiverApplication.class, args);
    }
}

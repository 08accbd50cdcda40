package com.example.liveperson.receiver;

import com.example.liveperson.webhooks.WebhookVisitor;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.DatabasePopulatorUtils;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The JDBC store ({@code receiver.store=jdbc}): notifications are stored before the answer and dispatched from the
 * table, the keys of dispatched changes are shared by every instance. The data source is configured as usual
 * ({@code spring.datasource.url}, {@code spring.datasource.username}, {@code spring.datasource.hikari.*}); it is made
 * here rather than by Spring Boot's auto-configuration, which the application leaves out so that the store in memory
 * needs no database.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "receiver.store", havingValue = "jdbc")
class JdbcStoreConfiguration {

    @Bean
    @ConfigurationProperties("spring.datasource")
    DataSourceProperties dataSourceProperties() {
        return new DataSourceProperties();
    }

    /** The pool, with {@code spring.datasource.hikari.*} bound before the schema script opens its first connection. */
    @Bean
    HikariDataSource dataSource(DataSourceProperties properties, ReceiverProperties receiver, Environment environment) {
        HikariDataSource dataSource = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(dataSource));
        if (receiver.jdbc().initializeSchema()) {
            DatabasePopulatorUtils.execute(new ResourceDatabasePopulator(new ClassPathResource(
                    "db/receiver-schema.sql")), dataSource);
        }
        return dataSource;
    }

    @Bean
    JdbcSeenKeys seenKeys(DataSource dataSource, ReceiverProperties properties) {
        return new JdbcSeenKeys(new JdbcTemplate(dataSource), properties.keyExpiry(), Clock.systemUTC());
    }

    @Bean
    InboxDispatcher inboxDispatcher(DataSource dataSource, JdbcSeenKeys seenKeys, WebhookVisitor handler,
            ReceiverProperties properties) {
        return new InboxDispatcher(new JdbcTemplate(dataSource), new DataSourceTransactionManager(dataSource),
                seenKeys, handler, properties.jdbc(), Clock.systemUTC());
    }

    @Bean
    JdbcInbox intake(DataSource dataSource, InboxDispatcher dispatcher, ReceiverProperties properties) {
        JdbcTemplate storing = new JdbcTemplate(dataSource);
        storing.setQueryTimeout((int) Math.max(1, properties.jdbc().storeTimeout().toSeconds()));
        return new JdbcInbox(storing, dispatcher, properties.jdbc().maxAttempts(), Clock.systemUTC());
    }
}

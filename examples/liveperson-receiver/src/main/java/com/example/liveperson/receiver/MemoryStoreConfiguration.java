package com.example.liveperson.receiver;

import com.example.liveperson.webhooks.WebhookVisitor;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The store in memory ({@code receiver.store=memory}, the default): a bounded queue and bounded keys. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "receiver.store", havingValue = "memory", matchIfMissing = true)
class MemoryStoreConfiguration {

    @Bean
    MemorySeenKeys seenKeys(ReceiverProperties properties) {
        return new MemorySeenKeys(properties.memory().seenKeys(), properties.keyExpiry(), Clock.systemUTC());
    }

    @Bean
    MemoryIntake intake(ReceiverProperties properties, MemorySeenKeys seenKeys, WebhookVisitor handler) {
        ReceiverProperties.Memory memory = properties.memory();
        return new MemoryIntake(memory.queueCapacity(), memory.dispatchThreads(), seenKeys, handler,
                memory.drainTimeout());
    }
}

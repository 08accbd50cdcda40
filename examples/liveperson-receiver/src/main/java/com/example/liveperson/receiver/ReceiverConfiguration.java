package com.example.liveperson.receiver;

import com.example.liveperson.webhooks.WebhookSignature;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What both stores share: the signature check, with the client secret from {@link ReceiverProperties}. */
@Configuration(proxyBeanMethods = false)
class ReceiverConfiguration {

    @Bean
    WebhookSignature webhookSignature(ReceiverProperties properties) {
        return new WebhookSignature(properties.clientSecret());
    }
}

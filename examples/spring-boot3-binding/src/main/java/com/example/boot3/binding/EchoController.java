package com.example.boot3.binding;

import com.example.boot3.webhooks.WsNotificationMsg;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Binds a notification with Spring's JSON message converter and its {@code ObjectMapper} (Jackson 2 in Spring Boot 3)
 * and writes it back.
 */
@RestController
class EchoController {

    @PostMapping("/echo")
    WsNotificationMsg echo(@RequestBody WsNotificationMsg notification) {
        return notification;
    }
}

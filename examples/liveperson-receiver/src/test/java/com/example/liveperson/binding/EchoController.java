package com.example.liveperson.binding;

import com.example.liveperson.webhooks.WsNotificationMsg;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Binds a notification with Spring's own JSON message converter (Jackson 3 in Spring Boot 4) and writes it back: the
 * way an application uses the generated types without webhookgen's entry points. Tests only.
 */
@RestController
public class EchoController {

    @PostMapping("/echo")
    public WsNotificationMsg echo(@RequestBody WsNotificationMsg notification) {
        return notification;
    }
}

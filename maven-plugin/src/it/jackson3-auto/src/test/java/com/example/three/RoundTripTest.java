package com.example.three;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** One LivePerson example through the generated types on Jackson 3: parsed, written back unchanged, dispatched. */
class RoundTripTest {

    private static final String NOTIFICATION = """
            {
              "kind": "notification",
              "type": "ms.MessagingEventNotification",
              "body": {
                "changes": [
                  {
                    "sequence": 3,
                    "originatorId": "3d834d4d-8f0b-5708-9e17-115ae1da4ad1",
                    "serverTimestamp": 1487455441507,
                    "event": {"type": "ContentEvent", "message": "some agent text", "contentType": "text/plain"},
                    "dialogId": "940f401e-dc4c-49a9-bff2-2bbb5bd0df64"
                  }
                ]
              }
            }
            """;

    @Test
    void writesBackWhatItRead() {
        JsonMapper mapper = JsonMapper.builder().build();

        WsNotificationMsg parsed = mapper.readValue(NOTIFICATION, WsNotificationMsg.class);

        assertEquals(Webhooks.parse(NOTIFICATION), parsed);
        assertEquals(mapper.readTree(NOTIFICATION), mapper.readTree(mapper.writeValueAsString(parsed)));
    }

    @Test
    void callsTheVisitorOncePerChange() {
        List<String> calls = new ArrayList<>();

        Webhooks.dispatch(NOTIFICATION, new WebhookVisitor() {
            @Override
            public void visitContentEvent(ContentEvent event, MessagingEventChange change) {
                String text = event instanceof TextContentEvent t ? t.message() : "not text";
                calls.add(text + " in " + change.dialogId());
            }
        });

        assertEquals(List.of("some agent text in 940f401e-dc4c-49a9-bff2-2bbb5bd0df64"), calls);
    }
}

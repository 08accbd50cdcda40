package com.example.liveperson.receiver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The example notifications bundled with the archive ({@code schemas/src/main/archive/webhooks_examples}, passed by the
 * build as {@code webhookgen.examples}), and what the generated dispatcher must do with each, worked out from the JSON
 * tree alone.
 */
final class Examples {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** One example: its file name and its bytes, exactly as in the file. */
    record Example(String name, byte[] body) {

        JsonNode tree() {
            return JSON.readTree(body);
        }

        /** The visit methods a dispatch must call for this notification, one per change, in order. */
        List<String> expectedCalls() {
            return Examples.expectedCalls(tree());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private Examples() {}

    static List<Example> all() {
        String folder = System.getProperty("webhookgen.examples");
        if (folder == null) {
            throw new IllegalStateException("the build passes the examples folder as webhookgen.examples");
        }
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            List<Example> examples = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                examples.add(new Example(file.getFileName().toString(), Files.readAllBytes(file)));
            }
            if (examples.size() < 100) {
                throw new IllegalStateException("expected the bundled examples in " + folder);
            }
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Example named(String name) {
        return all().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * The visit methods for a notification: per non-null element of {@code body.changes}, the method of its event's
     * {@code type} (or of an unknown event) for messaging notifications, the conversation change method for
     * conversation notifications; one call for a notification of any other type.
     */
    static List<String> expectedCalls(JsonNode notification) {
        String type = notification.path("type").asString(null);
        JsonNode changes = notification.path("body").path("changes");
        List<String> calls = new ArrayList<>();
        if ("ms.MessagingEventNotification".equals(type)) {
            for (JsonNode change : changes.isArray() ? changes : JSON.createArrayNode()) {
                if (!change.isNull()) {
                    calls.add(switch (change.path("event").path("type").asString("")) {
                        case "ContentEvent" -> "visitContentEvent";
                        case "RichContentEvent" -> "visitRichContentEvent";
                        case "AcceptStatusEvent" -> "visitAcceptStatusEvent";
                        case "ChatStateEvent" -> "visitChatStateEvent";
                        default -> "visitUnknownMessagingEvent";
                    });
                }
            }
        } else if ("cqm.ExConversationChangeNotification".equals(type)) {
            for (JsonNode change : changes.isArray() ? changes : JSON.createArrayNode()) {
                if (!change.isNull()) {
                    calls.add("visitExConversationChangeNotification");
                }
            }
        } else {
            calls.add("visitUnknownWsNotificationMsg");
        }
        return calls;
    }
}

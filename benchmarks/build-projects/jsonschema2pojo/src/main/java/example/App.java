package example;

import com.fasterxml.jackson.databind.ObjectMapper;
import example.j2p.MessagingEventNotification;

/** Reads a notification with jsonschema2pojo's generated classes. */
public final class App {

    private App() {}

    public static void main(String[] args) throws Exception {
        System.out.println(new ObjectMapper().readValue(args[0], MessagingEventNotification.class).getBody());
    }
}

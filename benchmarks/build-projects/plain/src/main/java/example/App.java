package example;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads a notification without generated classes. */
public final class App {

    private App() {}

    public static void main(String[] args) throws Exception {
        System.out.println(new ObjectMapper().readTree(args[0]).path("type").asText());
    }
}

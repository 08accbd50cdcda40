package io.github.webhookgen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JacksonLineTest {

    private static final String TWO = "com.fasterxml.jackson.core:jackson-databind";
    private static final String THREE = "tools.jackson.core:jackson-databind";

    @Test
    void theProjectsDependenciesChooseTheLineAndJackson3WinsWhenBothAreThere() {
        assertEquals(Optional.of(JacksonLine.JACKSON_2), JacksonLine.of(Set.of(TWO, "org.slf4j:slf4j-api")));
        assertEquals(Optional.of(JacksonLine.JACKSON_3), JacksonLine.of(Set.of(THREE)));
        assertEquals(Optional.of(JacksonLine.JACKSON_3), JacksonLine.of(Set.of(TWO, THREE)));
        assertEquals(Optional.empty(), JacksonLine.of(Set.of("com.fasterxml.jackson.core:jackson-core")));
    }

    @Test
    void aUserNamesTheLineByItsMajorVersion() {
        assertEquals(JacksonLine.JACKSON_2, JacksonLine.of("2"));
        assertEquals(JacksonLine.JACKSON_3, JacksonLine.of(" Jackson3 "));
        assertThrows(IllegalArgumentException.class, () -> JacksonLine.of("4"));
        assertThrows(IllegalArgumentException.class, () -> JacksonLine.of((String) null));
    }
}

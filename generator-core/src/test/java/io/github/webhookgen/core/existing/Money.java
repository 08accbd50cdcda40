package io.github.webhookgen.core.existing;

import java.math.BigDecimal;

/**
 * A class of a user's own that schemas name with {@code existingJavaType}: the generated code holds it as it is, and
 * Jackson reads and writes it (a record, which Jackson 2.12 and newer and Jackson 3 bind by its components).
 *
 * @param amount the amount, exactly as written
 * @param currency the ISO 4217 code
 */
public record Money(BigDecimal amount, String currency) {}

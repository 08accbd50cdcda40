package com.example.boot3.binding;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring Boot 3 application whose controller binds the generated notification type with Spring's Jackson 2. */
@SpringBootApplication
public class BindingApplication {

    public static void main(String[] args) {
        SpringApplication.run(BindingApplication.class, args);
    }
}

package io.github.llamaffm.springai.example;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.tool.annotation.Tool;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.LocalDateTime;

/**
 * A Spring Boot application that chats with a local GGUF model through llama-ffm's starter: the
 * starter reads {@code spring.ai.llamaffm.*} (application.properties), makes the
 * {@code LlamaChatModel}, and Spring AI's {@code ChatClient.Builder} is built on it. It streams the
 * answer to a question given on the command line, offering the model one tool (the clock).
 *
 * <pre>
 * java -jar llama-ffm-spring-ai-example.jar --spring.ai.llamaffm.chat.model=/models/qwen2.5-1.5b-instruct-q4_k_m.gguf "What time is it?"
 * </pre>
 */
@SpringBootApplication
public class ChatApplication {
    /**
     * Starts the application.
     *
     * @param args Spring Boot arguments ({@code --name=value}) and the question
     */
    public static void main(String[] args) {
        SpringApplication.run(ChatApplication.class, args);
    }

    /**
     * Streams the answer to the question on the command line (or {@code example.question}).
     *
     * @param chat     Spring AI's client builder, over the llama-ffm chat model
     * @param question the question when the command line has none
     * @return the runner
     */
    @Bean
    ApplicationRunner ask(ChatClient.Builder chat, @Value("${example.question:Hello! What can you do?}") String question) {
        return args -> {
            String q = args.getNonOptionArgs().isEmpty() ? question : String.join(" ", args.getNonOptionArgs());
            System.out.println("> " + q);
            chat.build().prompt().user(q).tools(new Clock()).stream().content()
                    .doOnNext(System.out::print).blockLast();
            System.out.println();
        };
    }

    /** A tool the model may call: Spring AI runs it and hands the result back. */
    static final class Clock {
        @Tool(description = "The current local date and time")
        String now() {
            return LocalDateTime.now().toString();
        }
    }
}

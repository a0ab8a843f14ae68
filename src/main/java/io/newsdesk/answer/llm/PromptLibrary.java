package io.newsdesk.answer.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import io.newsdesk.answer.citation.Citation;
import io.newsdesk.answer.followup.PreviousTurn;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The prompt files of {@code newsdesk.llm.prompts-dir}, read once, and the messages built from
 * them. Everything that comes from articles or users is escaped and placed between tags, so it
 * is data to the model: an article cannot close the {@code <sources>} block or pose as an
 * instruction.
 */
@ApplicationScoped
class PromptLibrary {

    private final String system;
    private final String answer;
    private final String rewrite;

    PromptLibrary(LlmConfig config) {
        Path dir = Path.of(config.promptsDir());
        this.system = read(dir, "system.txt");
        this.answer = read(dir, "answer.txt");
        this.rewrite = read(dir, "rewrite.txt");
    }

    /** System and user message asking for a cited answer from numbered sources. */
    List<ChatMessage> answer(String question, List<Citation> sources) {
        StringBuilder block = new StringBuilder();
        for (Citation source : sources) {
            block.append("<source n=\"")
                    .append(source.n())
                    .append("\" title=\"")
                    .append(escape(source.title()))
                    .append("\" published=\"")
                    .append(source.publishedAt() == null ? "unknown" : source.publishedAt())
                    .append("\">")
                    .append(escape(source.text()))
                    .append("</source>\n");
        }
        String user = answer.replace("{{sources}}", block.toString().strip()).replace("{{question}}", escape(question));
        return List.of(SystemMessage.from(system), UserMessage.from(user));
    }

    /** One user message asking for a stand-alone version of a follow-up question. */
    List<ChatMessage> rewrite(String question, PreviousTurn previous) {
        String user = rewrite.replace("{{previous_question}}", escape(previous.question()))
                .replace("{{previous_answer}}", escape(previous.answer() == null ? "(none)" : previous.answer()))
                .replace("{{question}}", escape(question));
        return List.of(UserMessage.from(user));
    }

    /** Text as data: markup characters escaped, line breaks flattened. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static String read(Path dir, String name) {
        Path file = dir.resolve(name);
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "LLM mode needs the prompt file " + file.toAbsolutePath()
                            + " (set newsdesk.llm.prompts-dir to the folder holding system.txt, answer.txt, rewrite.txt)",
                    e);
        }
    }
}

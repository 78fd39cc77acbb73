package org.medcoder.encoder;

import java.util.List;
import java.util.Objects;

/**
 * A detail the statement does not give and a coder would ask the provider about (laterality, encounter, stage,
 * type ...), with the allowed answers. The encoder has already taken the classification's default
 * ({@code assumed}); answering through {@link EncodeOptions#withAnswer} replaces it.
 *
 * @param id       stable id of the decision point, e.g. {@code S72.32} (choose a subdivision) or
 *                 {@code S72.321#7} (choose the 7th character)
 * @param question the question in a coder's words
 * @param answers  the allowed answers
 * @param assumed  the answer value the encoder used
 */
public record OpenQuestion(String id, String question, List<Answer> answers, String assumed) {

    public OpenQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        answers = List.copyOf(answers);
        Objects.requireNonNull(assumed, "assumed");
    }

    /**
     * One allowed answer.
     *
     * @param value   what to pass back: a code or a 7th character
     * @param meaning what it means, e.g. the code title
     */
    public record Answer(String value, String meaning) {

        public Answer {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(meaning, "meaning");
        }
    }
}

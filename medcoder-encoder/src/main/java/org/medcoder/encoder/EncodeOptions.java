package org.medcoder.encoder;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to encode: answers to questions the statement left open (question id to answer value, see
 * {@link OpenQuestion}).
 *
 * @param answers answers already given, e.g. {@code S72.32 -> S72.321} or {@code S72.321#7 -> D}
 */
public record EncodeOptions(Map<String, String> answers) {

    public EncodeOptions {
        answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    /** No answers: the classification's defaults are taken and the questions listed. */
    public static EncodeOptions defaults() {
        return new EncodeOptions(Map.of());
    }

    /** These options plus one more answer. */
    public EncodeOptions withAnswer(String questionId, String value) {
        Map<String, String> m = new LinkedHashMap<>(answers);
        m.put(questionId, value);
        return new EncodeOptions(m);
    }
}

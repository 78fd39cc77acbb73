package org.medcoder.encoder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How to encode: the care setting (it decides how uncertain diagnoses are coded, see {@link Setting}) and answers
 * to questions the statement left open (question id to answer value, see {@link OpenQuestion}).
 *
 * @param answers answers already given, e.g. {@code S72.32 -> S72.321} or {@code S72.321#7 -> D}
 * @param setting the care setting; {@link Setting#OUTPATIENT} unless said otherwise
 */
public record EncodeOptions(Map<String, String> answers, Setting setting) {

    public EncodeOptions {
        answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        Objects.requireNonNull(setting, "setting");
    }

    /** Answers in the outpatient setting. */
    public EncodeOptions(Map<String, String> answers) {
        this(answers, Setting.OUTPATIENT);
    }

    /** No answers, outpatient: the classification's defaults are taken and the questions listed. */
    public static EncodeOptions defaults() {
        return new EncodeOptions(Map.of(), Setting.OUTPATIENT);
    }

    /** These options plus one more answer. */
    public EncodeOptions withAnswer(String questionId, String value) {
        Map<String, String> m = new LinkedHashMap<>(answers);
        m.put(questionId, value);
        return new EncodeOptions(m, setting);
    }

    /** These options in another care setting. */
    public EncodeOptions withSetting(Setting other) {
        return new EncodeOptions(answers, other);
    }
}

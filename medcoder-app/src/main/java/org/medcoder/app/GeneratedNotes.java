package org.medcoder.app;

import java.util.List;
import java.util.Random;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;

/**
 * Made-up clinical notes for the memory run of {@code medcoder bench coding}: section headings, context cues
 * (negation, family and past history, uncertainty, plans) and conditions named by random Tabular titles of the
 * release, with random ages, stages and dates. Almost every note holds phrases the coder has not seen before, so a
 * cache that grows with new phrases, terms or codes shows as heap growth. Note {@code i} is always the same text
 * (seeded by {@code i}). These notes are not realistic enough for accuracy figures; they measure memory and speed.
 */
final class GeneratedNotes implements BenchCodingCommand.NoteSource {

    private static final String[] OPENERS = {"Patient presents with", "Admitted for", "Seen today for",
        "Referred because of", "Follow-up of"};
    private static final String[] CUES = {"Denies %s.", "No evidence of %s.", "Mother had %s.",
        "History of %s treated %d years ago.", "Probable %s.", "Rule out %s.", "Return if %s develops.",
        "Known %s, stable.", "Diagnosed with %s in %d."};

    private final List<IcdCmEntry> billable;

    GeneratedNotes(IcdCmRelease release) {
        this.billable = release.entries().stream().filter(IcdCmEntry::billable).toList();
        if (billable.isEmpty()) {
            throw new IllegalArgumentException("the ICD-10-CM release " + release.info().version() + " has no billable codes");
        }
    }

    @Override
    public String text(int i) {
        Random rnd = new Random(0x5eed_0000L + i);
        StringBuilder sb = new StringBuilder(1_500);
        sb.append("CHIEF COMPLAINT: ").append(condition(rnd)).append(".\n\n");
        sb.append("HISTORY OF PRESENT ILLNESS: ").append(20 + rnd.nextInt(70)).append("-year-old ")
                .append(rnd.nextBoolean() ? "man" : "woman").append(". ")
                .append(OPENERS[rnd.nextInt(OPENERS.length)]).append(' ').append(condition(rnd)).append(". ");
        for (int k = 0, n = 3 + rnd.nextInt(5); k < n; k++) {
            sb.append(String.format(CUES[rnd.nextInt(CUES.length)], condition(rnd), 2 + rnd.nextInt(20))).append(' ');
        }
        sb.append("\n\nPAST MEDICAL HISTORY: ").append(condition(rnd)).append("; chronic kidney disease stage ")
                .append(1 + rnd.nextInt(5)).append(".\n\nASSESSMENT: ");
        for (int k = 0, n = 2 + rnd.nextInt(4); k < n; k++) {
            sb.append(k + 1).append(". ").append(condition(rnd)).append(".\n");
        }
        sb.append("\nPLAN: follow-up in ").append(1 + rnd.nextInt(12)).append(" weeks; recheck labs on day ")
                .append(rnd.nextInt(1000)).append(".\n");
        return sb.toString();
    }

    private String condition(Random rnd) {
        String title = billable.get(rnd.nextInt(billable.size())).longTitle();
        return title.isEmpty() ? "fatigue" : Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }
}

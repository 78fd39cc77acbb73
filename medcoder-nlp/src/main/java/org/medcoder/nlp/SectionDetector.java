package org.medcoder.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medcoder.core.TextSpan;

/**
 * Stage 1: finds section headings ("Past Medical History:", "ASSESSMENT AND PLAN") at the start of a line and
 * divides the note into sections. A heading alone on its line opens a section that runs to the next heading; an
 * inline heading ("Family history: uncle with ALS.") covers its own line only. Reads the text; writes sections covering it from the first character to the last.
 */
public final class SectionDetector {

    private static final Map<String, SectionKind> HEADINGS = headings();
    private static final int MAX_HEADING = 40;

    /** The sections of the text, in order; text before the first heading is a {@link SectionKind#NONE} section. */
    public List<Section> detect(String text) {
        List<int[]> found = new ArrayList<>(); // start, headingEnd, kind ordinal, end of an inline heading's line or -1
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            heading(text, lineStart, lineEnd, found);
            lineStart = lineEnd + 1;
        }
        List<Section> sections = new ArrayList<>();
        int at = 0;
        SectionKind kind = SectionKind.NONE;
        TextSpan heading = TextSpan.of(0, 0);
        for (int[] h : found) {
            addIfNotEmpty(sections, kind, heading, at, h[0]);
            at = h[0];
            kind = SectionKind.values()[h[2]];
            heading = TextSpan.of(h[0], h[1]);
            if (h[3] >= 0) {
                // An inline heading ("Family history: uncle with ALS.") titles its own line only; narrative case
                // reports go on without another heading, and the next lines are not part of that section.
                addIfNotEmpty(sections, kind, heading, at, h[3]);
                at = h[3];
                kind = SectionKind.NONE;
                heading = TextSpan.of(at, at);
            }
        }
        addIfNotEmpty(sections, kind, heading, at, text.length());
        return List.copyOf(sections);
    }

    private static void addIfNotEmpty(List<Section> out, SectionKind kind, TextSpan heading, int start, int end) {
        if (end > start) {
            out.add(new Section(kind, heading, TextSpan.of(start, end)));
        }
    }

    /** A heading is a known title at the start of a line, followed by a colon or alone on its line. */
    private static void heading(String text, int lineStart, int lineEnd, List<int[]> found) {
        int s = lineStart;
        while (s < lineEnd && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        int limit = Math.min(lineEnd, s + MAX_HEADING);
        int colon = text.indexOf(':', s);
        int end = colon >= 0 && colon < limit ? colon : -1;
        if (end < 0) {
            end = lineEnd;
            while (end > s && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end - s > MAX_HEADING) {
                return;
            }
        }
        String key = key(text.substring(s, end).strip().toLowerCase(Locale.ROOT));
        SectionKind kind = HEADINGS.get(key);
        if (kind != null) {
            int headingEnd = end < lineEnd && text.charAt(end) == ':' ? end + 1 : end;
            boolean inline = !text.substring(headingEnd, lineEnd).isBlank();
            found.add(new int[] {s, headingEnd, kind.ordinal(), inline ? Math.min(text.length(), lineEnd + 1) : -1});
        }
    }

    /**
     * The words of a lower-case line as headings are looked up: anything but a-z, '&' and '/' is a blank, blanks
     * collapse to one and the ends are stripped (a loop, not two regular expressions: this runs for every line).
     */
    static String key(String lower) {
        StringBuilder b = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean keep = c >= 'a' && c <= 'z' || c == '&' || c == '/';
            if (keep) {
                b.append(c);
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                b.append(' ');
            }
        }
        int n = b.length();
        return n > 0 && b.charAt(n - 1) == ' ' ? b.substring(0, n - 1) : b.toString();
    }

    private static Map<String, SectionKind> headings() {
        Map<String, SectionKind> m = new HashMap<>();
        put(m, SectionKind.CHIEF_COMPLAINT, "chief complaint", "cc", "reason for visit", "reason for consultation",
                "presenting complaint", "reason for admission");
        put(m, SectionKind.HISTORY_OF_PRESENT_ILLNESS, "history of present illness", "hpi", "present illness",
                "history", "clinical history", "anamnesis", "case report", "clinical case");
        put(m, SectionKind.PAST_MEDICAL_HISTORY, "past medical history", "pmh", "medical history", "past history",
                "personal history", "pmhx", "history of past illness");
        put(m, SectionKind.PAST_SURGICAL_HISTORY, "past surgical history", "psh", "surgical history");
        put(m, SectionKind.FAMILY_HISTORY, "family history", "fh", "fhx", "family medical history");
        put(m, SectionKind.SOCIAL_HISTORY, "social history", "sh", "habits", "toxic habits");
        put(m, SectionKind.MEDICATIONS, "medications", "current medications", "home medications", "meds",
                "medications on admission", "discharge medications");
        put(m, SectionKind.ALLERGIES, "allergies", "drug allergies");
        put(m, SectionKind.REVIEW_OF_SYSTEMS, "review of systems", "ros");
        put(m, SectionKind.PHYSICAL_EXAM, "physical exam", "physical examination", "exam", "examination", "pe",
                "vital signs", "vitals");
        put(m, SectionKind.RESULTS, "results", "labs", "laboratory", "laboratory data", "imaging", "studies",
                "complementary tests", "investigations");
        put(m, SectionKind.ASSESSMENT, "assessment", "impression", "assessment and plan", "assessment/plan",
                "a/p", "a&p", "clinical impression");
        put(m, SectionKind.PLAN, "plan", "recommendations", "disposition", "follow up", "follow-up");
        put(m, SectionKind.DIAGNOSES, "diagnosis", "diagnoses", "discharge diagnosis", "discharge diagnoses",
                "final diagnosis", "admission diagnosis", "principal diagnosis", "secondary diagnoses",
                "postoperative diagnosis", "preoperative diagnosis");
        put(m, SectionKind.PROCEDURES, "procedure", "procedures", "procedures performed", "operation",
                "operations", "procedure performed");
        put(m, SectionKind.HOSPITAL_COURSE, "hospital course", "course", "evolution", "clinical course");
        return Map.copyOf(m);
    }

    private static void put(Map<String, SectionKind> m, SectionKind kind, String... titles) {
        for (String t : titles) {
            m.put(t.replaceAll("[^a-z&/ ]", " ").replaceAll("\\s+", " ").strip(), kind);
        }
    }
}

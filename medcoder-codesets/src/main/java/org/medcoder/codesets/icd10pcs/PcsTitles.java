package org.medcoder.codesets.icd10pcs;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Titles of the valid codes from the order file, held as three parallel arrays sorted by code and searched by
 * binary search: compact (no per-entry map nodes) and deterministic.
 */
final class PcsTitles {

    private final String[] codes;
    private final String[] shortTitles;
    private final String[] longTitles;

    PcsTitles(List<PcsOrderFileReader.Line> lines) {
        PcsOrderFileReader.Line[] valid = lines.stream().filter(PcsOrderFileReader.Line::valid)
                .sorted(Comparator.comparing(PcsOrderFileReader.Line::code)).toArray(PcsOrderFileReader.Line[]::new);
        codes = new String[valid.length];
        shortTitles = new String[valid.length];
        longTitles = new String[valid.length];
        for (int i = 0; i < valid.length; i++) {
            codes[i] = valid[i].code();
            shortTitles[i] = valid[i].shortTitle();
            longTitles[i] = valid[i].longTitle();
        }
    }

    PcsTitles(String[] codes, String[] shortTitles, String[] longTitles) {
        this.codes = codes;
        this.shortTitles = shortTitles;
        this.longTitles = longTitles;
    }

    static PcsTitles empty() {
        return new PcsTitles(new String[0], new String[0], new String[0]);
    }

    int size() {
        return codes.length;
    }

    String code(int i) {
        return codes[i];
    }

    String shortTitle(int i) {
        return shortTitles[i];
    }

    String longTitle(int i) {
        return longTitles[i];
    }

    /** The position of the code, or a negative number when the order file does not list it. */
    int indexOf(String code) {
        return Arrays.binarySearch(codes, code);
    }

    Optional<String> longTitle(String code) {
        int i = indexOf(code);
        return i >= 0 ? Optional.of(longTitles[i]) : Optional.empty();
    }

    Optional<String> shortTitle(String code) {
        int i = indexOf(code);
        return i >= 0 ? Optional.of(shortTitles[i]) : Optional.empty();
    }
}

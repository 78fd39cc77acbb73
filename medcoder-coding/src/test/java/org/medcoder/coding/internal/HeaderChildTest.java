package org.medcoder.coding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medcoder.codesets.IcdCmEntry;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.core.IcdCmCode;

class HeaderChildTest {

    /** A made-up category K57.3 with an unspecified child and a more specific one (titles written for the test). */
    private static final Map<String, IcdCmEntry> ENTRIES = Map.of(
            "K573", entry("K573", false, "Pouch disease of large bowel"),
            "K5730", entry("K5730", true, "Pouch disease of large bowel, unspecified"),
            "K5732", entry("K5732", true, "Pouch disease of large bowel with inflammation"),
            "I10", entry("I10", true, "High blood pressure"));

    private static final Reportable RELEASE = new Reportable(release());

    @Test
    void of_headerWithSpecificChildProposed_takesTheChild() {
        Proposal header = new Proposal("K573", 0.8, null);
        Proposal child = new Proposal("K5732", 0.4, null);
        assertThat(HeaderChild.of(header, List.of(header, child), RELEASE::of)).isEqualTo("K5732");
    }

    @Test
    void of_headerAlone_unspecifiedChild() {
        Proposal header = new Proposal("K573", 0.8, null);
        Proposal other = new Proposal("I10", 0.9, null);
        assertThat(HeaderChild.of(header, List.of(header, other), RELEASE::of)).isEqualTo("K5730");
    }

    @Test
    void of_childOnlyKeptForReview_unspecifiedChild() {
        Proposal header = new Proposal("K573", 0.8, null);
        Proposal negated = new Proposal("K5732", 0.2, null);
        negated.guidelines.add("not proposed, for review only: negated: not coded");
        assertThat(HeaderChild.of(header, List.of(header, negated), RELEASE::of)).isEqualTo("K5730");
    }

    @Test
    void of_billableCode_staysItself() {
        Proposal code = new Proposal("K5732", 0.8, null);
        assertThat(HeaderChild.of(code, List.of(code), RELEASE::of)).isEqualTo("K5732");
    }

    private static IcdCmEntry entry(String code, boolean billable, String title) {
        return new IcdCmEntry(IcdCmCode.parse(code), billable, title, title);
    }

    private static IcdCmRelease release() {
        return new StubIcdCmRelease() {
            @Override
            public Optional<IcdCmEntry> entry(IcdCmCode code) {
                return Optional.ofNullable(ENTRIES.get(code.value()));
            }

            @Override
            public List<IcdCmEntry> children(IcdCmCode code) {
                return ENTRIES.values().stream().filter(e -> e.code().value().length() == code.value().length() + 1
                        && e.code().value().startsWith(code.value()))
                        .sorted(java.util.Comparator.comparing(e -> e.code().value())).toList();
            }

            @Override
            public List<IcdCmEntry> entries() {
                return List.copyOf(ENTRIES.values());
            }
        };
    }
}

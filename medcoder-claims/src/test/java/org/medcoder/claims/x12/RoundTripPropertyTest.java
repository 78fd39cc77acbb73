package org.medcoder.claims.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medcoder.claims.Claim;

/** Property: random valid claims, alone or in batches, come back unchanged from the 837 through imsweb's parser. */
class RoundTripPropertyTest {

    @Test
    void professionalBatches_roundTripThroughImsweb_unchanged() {
        qt().withExamples(60).forAll(longs().all(), integers().between(1, 8)).checkAssert((seed, size) -> {
            List<Claim> claims = new RandomClaims(seed).professionalBatch(size);
            roundTrip(claims, TransactionKind.PROFESSIONAL_837P);
        });
    }

    @Test
    void institutionalBatches_roundTripThroughImsweb_unchanged() {
        qt().withExamples(60).forAll(longs().all(), integers().between(1, 8)).checkAssert((seed, size) -> {
            List<Claim> claims = new RandomClaims(seed).institutionalBatch(size);
            roundTrip(claims, TransactionKind.INSTITUTIONAL_837I);
        });
    }

    private static void roundTrip(List<Claim> claims, TransactionKind kind) {
        Write837Result[] result = new Write837Result[1];
        String edi = Claim837WriterTest.write(kind, claims, result);
        assertThat(result[0].findings()).as("validation findings").isEmpty();
        ImswebClaims.Parsed parsed = ImswebClaims.read(edi, kind == TransactionKind.INSTITUTIONAL_837I);
        assertThat(parsed.errors()).as("imsweb errors in%n%s", edi).isEmpty();
        // The hierarchy regroups claims by billing provider and subscriber, so the order may change; nothing else.
        assertThat(parsed.claims()).as("claims read back from%n%s", edi).containsExactlyInAnyOrderElementsOf(claims);
    }
}

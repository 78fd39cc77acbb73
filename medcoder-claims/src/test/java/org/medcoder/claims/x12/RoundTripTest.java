package org.medcoder.claims.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medcoder.claims.Claim;

/** claim JSON → 837 (medcoder, StAEDI) → imsweb x12-parser → claims: the same claims come back. */
class RoundTripTest {

    @Test
    void professionalExample_parsedByImsweb_sameClaim() throws IOException {
        List<Claim> claims = Claim837WriterTest.example("claim-837p.json");
        String edi = Claim837WriterTest.write(TransactionKind.PROFESSIONAL_837P, claims, new Write837Result[1]);
        ImswebClaims.Parsed parsed = ImswebClaims.read(edi, false);
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.claims()).isEqualTo(claims);
    }

    @Test
    void institutionalExample_parsedByImsweb_sameClaim() throws IOException {
        List<Claim> claims = Claim837WriterTest.example("claim-837i.json");
        String edi = Claim837WriterTest.write(TransactionKind.INSTITUTIONAL_837I, claims, new Write837Result[1]);
        ImswebClaims.Parsed parsed = ImswebClaims.read(edi, true);
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.claims()).isEqualTo(claims);
    }
}

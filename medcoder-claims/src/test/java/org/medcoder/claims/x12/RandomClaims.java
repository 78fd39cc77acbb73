package org.medcoder.claims.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.medcoder.claims.Address;
import org.medcoder.claims.BillingProvider;
import org.medcoder.claims.Claim;
import org.medcoder.claims.ClaimHeader;
import org.medcoder.claims.ClaimId;
import org.medcoder.claims.DateRange;
import org.medcoder.claims.Diagnosis;
import org.medcoder.claims.EntityType;
import org.medcoder.claims.FrequencyCode;
import org.medcoder.claims.InstitutionalClaim;
import org.medcoder.claims.InstitutionalLine;
import org.medcoder.claims.Modifier;
import org.medcoder.claims.Npi;
import org.medcoder.claims.Patient;
import org.medcoder.claims.Payer;
import org.medcoder.claims.Person;
import org.medcoder.claims.PlaceOfService;
import org.medcoder.claims.PresentOnAdmission;
import org.medcoder.claims.Procedure;
import org.medcoder.claims.ProfessionalClaim;
import org.medcoder.claims.ProfessionalLine;
import org.medcoder.claims.Provider;
import org.medcoder.claims.Relationship;
import org.medcoder.claims.RevenueCode;
import org.medcoder.claims.Sex;
import org.medcoder.claims.Subscriber;
import org.medcoder.claims.TaxId;
import org.medcoder.claims.TaxonomyCode;
import org.medcoder.claims.TypeOfBill;
import org.medcoder.core.HcpcsCode;
import org.medcoder.core.IcdCmCode;
import org.medcoder.core.Money;
import org.medcoder.core.PcsCode;

/**
 * Random valid claims from a seed, for property tests: every field the model has, with and without the optional
 * parts, synthetic names only. Parties come from small pools so that batches share billing providers, subscribers
 * and patients and exercise the HL hierarchy.
 */
final class RandomClaims {

    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    private static final String TEXT = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .,&'-";
    private static final LocalDate BASE = LocalDate.of(2025, 10, 1);

    private final Random r;
    private final List<BillingProvider> providers = new ArrayList<>();
    private final List<BillingProvider> facilities = new ArrayList<>();
    private final List<Subscriber> subscribers = new ArrayList<>();
    private final List<Patient> patients = new ArrayList<>();
    private final List<Payer> payers = new ArrayList<>();
    private int claimNumber;

    RandomClaims(long seed) {
        this.r = new Random(seed);
        for (int i = 0; i < 2; i++) {
            providers.add(billingProvider(r.nextBoolean() ? EntityType.PERSON : EntityType.ORGANIZATION));
            facilities.add(billingProvider(EntityType.ORGANIZATION));
            payers.add(new Payer(text(20), word(ALNUM, 2, 10)));
        }
        for (int i = 0; i < 3; i++) {
            subscribers.add(subscriber());
            patients.add(new Patient(pick(Relationship.values()), person()));
        }
    }

    List<Claim> professionalBatch(int size) {
        List<Claim> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            out.add(professional());
        }
        return out;
    }

    List<Claim> institutionalBatch(int size) {
        List<Claim> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            out.add(institutional());
        }
        return out;
    }

    ProfessionalClaim professional() {
        List<Diagnosis> dx = new ArrayList<>();
        int n = 1 + r.nextInt(ProfessionalClaim.MAX_DIAGNOSES);
        for (int i = 0; i < n; i++) {
            dx.add(Diagnosis.of(icd()));
        }
        List<ProfessionalLine> lines = new ArrayList<>();
        for (int i = 0, count = 1 + r.nextInt(6); i < count; i++) {
            List<Integer> pointers = new ArrayList<>();
            for (int p = 1; p <= n; p++) {
                pointers.add(p);
            }
            Collections.shuffle(pointers, r);
            lines.add(new ProfessionalLine(hcpcs(), modifiers(), units(), money(), pointers.subList(0, 1 + r.nextInt(Math.min(4, n))),
                    dates()));
        }
        Optional<Provider> rendering = r.nextBoolean() ? Optional.of(provider(EntityType.PERSON)) : Optional.empty();
        return new ProfessionalClaim(header(providers), new PlaceOfService(String.format("%02d", 1 + r.nextInt(99))), rendering, dx, lines);
    }

    InstitutionalClaim institutional() {
        ClaimHeader header = header(facilities);
        LocalDate from = BASE.plusDays(r.nextInt(300));
        DateRange stay = DateRange.of(from, from.plusDays(r.nextInt(10)));
        boolean inpatient = r.nextBoolean();
        String facility = inpatient ? "11" : "13";
        List<Diagnosis> dx = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(InstitutionalClaim.MAX_DIAGNOSES); i < n; i++) {
            dx.add(new Diagnosis(icd(), r.nextInt(5) == 0 ? Optional.empty() : Optional.of(pick(PresentOnAdmission.values()))));
        }
        List<IcdCmCode> reasons = new ArrayList<>();
        for (int i = 0, n = r.nextInt(InstitutionalClaim.MAX_REASONS + 1); i < n; i++) {
            reasons.add(icd());
        }
        List<Procedure> px = new ArrayList<>();
        for (int i = 0, n = r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(InstitutionalClaim.MAX_PROCEDURES); i < n; i++) {
            px.add(new Procedure(new PcsCode(word("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", 7, 7)), stay.from().plusDays(r.nextInt(
                    (int) (stay.to().toEpochDay() - stay.from().toEpochDay()) + 1))));
        }
        List<InstitutionalLine> lines = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(5); i < n; i++) {
            Optional<HcpcsCode> proc = r.nextBoolean() ? Optional.of(hcpcs()) : Optional.empty();
            lines.add(new InstitutionalLine(new RevenueCode(String.format("%04d", 1 + r.nextInt(999))), proc,
                    proc.isPresent() ? modifiers() : List.of(), units(), money(),
                    r.nextBoolean() ? Optional.of(DateRange.day(stay.from())) : Optional.empty()));
        }
        return new InstitutionalClaim(header, TypeOfBill.of(facility, header.frequency()), stay,
                inpatient || r.nextBoolean() ? Optional.of(stay.from()) : Optional.empty(),
                inpatient || r.nextBoolean() ? Optional.of(Integer.toString(1 + r.nextInt(9))) : Optional.empty(),
                r.nextBoolean() ? Optional.of(word(ALNUM, 1, 1)) : Optional.empty(), String.format("%02d", 1 + r.nextInt(99)),
                provider(EntityType.PERSON), dx, r.nextBoolean() ? Optional.of(icd()) : Optional.empty(), reasons, px, lines);
    }

    private ClaimHeader header(List<BillingProvider> billing) {
        FrequencyCode f = pick(FrequencyCode.values());
        return new ClaimHeader(new ClaimId("C" + (++claimNumber) + "-" + word(ALNUM, 1, 20)), f,
                f.refersToPriorClaim() ? Optional.of(word(ALNUM, 1, 30)) : Optional.empty(), pick(billing),
                pick(subscribers), r.nextBoolean() ? Optional.of(pick(patients)) : Optional.empty(), pick(payers),
                r.nextBoolean() ? Optional.of(word(ALNUM, 1, 30)) : Optional.empty());
    }

    private BillingProvider billingProvider(EntityType type) {
        Provider p = provider(type);
        return new BillingProvider(p, new TaxId(word("0123456789", 9, 9)), address(true));
    }

    private Provider provider(EntityType type) {
        Optional<TaxonomyCode> taxonomy = r.nextBoolean()
                ? Optional.of(new TaxonomyCode(word("0123456789", 3, 3) + word(ALNUM, 6, 6) + "X")) : Optional.empty();
        String base = word("0123456789", 9, 9);
        Npi npi = new Npi(base + Npi.checkDigit(base));
        return type == EntityType.PERSON ? Provider.person(name(), name(), npi, taxonomy) : Provider.organization(text(40), npi, taxonomy);
    }

    private Subscriber subscriber() {
        String filing = pick(new String[] {"CI", "MB", "MC", "MA", "BL", "HM", "11", "ZZ"});
        return new Subscriber(word(ALNUM, 2, 20), r.nextBoolean() ? Optional.of(word(ALNUM, 1, 20)) : Optional.empty(), filing, person());
    }

    private Person person() {
        return new Person(name(), name(), r.nextBoolean() ? Optional.of(name()) : Optional.empty(),
                LocalDate.of(1930, 1, 1).plusDays(r.nextInt(30_000)), pick(Sex.values()), address(false));
    }

    private Address address(boolean zipPlus4) {
        String zip = word("0123456789", 5, 5) + (zipPlus4 || r.nextBoolean() ? word("0123456789", 4, 4) : "");
        return new Address(text(40), r.nextBoolean() ? Optional.of(text(30)) : Optional.empty(), name(),
                word(LETTERS, 2, 2), zip);
    }

    private IcdCmCode icd() {
        return new IcdCmCode(word(LETTERS, 1, 1) + word("0123456789", 1, 1) + word(ALNUM, 1, 5));
    }

    private HcpcsCode hcpcs() {
        return new HcpcsCode(word(ALNUM, 1, 1) + word("0123456789", 3, 3) + word(ALNUM, 1, 1));
    }

    private List<Modifier> modifiers() {
        List<Modifier> m = new ArrayList<>();
        for (int i = 0, n = r.nextInt(5); i < n; i++) {
            m.add(new Modifier(word(ALNUM, 2, 2)));
        }
        return m;
    }

    private BigDecimal units() {
        return BigDecimal.valueOf(1 + r.nextInt(99_999), r.nextInt(4));
    }

    private Money money() {
        return Money.of(BigDecimal.valueOf(r.nextInt(10_000_000), 2));
    }

    private DateRange dates() {
        LocalDate from = BASE.plusDays(r.nextInt(300));
        return DateRange.of(from, from.plusDays(r.nextInt(3) == 0 ? r.nextInt(30) : 0));
    }

    private String name() {
        return word(LETTERS, 1, 1) + word(LETTERS.toLowerCase(), 1, 14);
    }

    /** Text with inner blanks and punctuation, never blank at either end. */
    private String text(int max) {
        return word(LETTERS, 1, 1) + word(TEXT, 0, max - 2) + word(ALNUM, 1, 1);
    }

    private String word(String alphabet, int min, int max) {
        int n = min + r.nextInt(max - min + 1);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private <T> T pick(T[] values) {
        return values[r.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(r.nextInt(values.size()));
    }
}

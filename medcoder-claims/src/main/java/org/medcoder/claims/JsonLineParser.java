package org.medcoder.claims;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medcoder.core.HcpcsCode;
import org.medcoder.core.Money;

/** Builds the service lines of a claim's JSON ({@code lines}), each mistake reported at its path. */
final class JsonLineParser {

    private final JsonFields f;

    JsonLineParser(JsonFields fields) {
        this.f = fields;
    }

    /** Professional lines; {@code diagnosisCount} (-1 when unknown) bounds the pointers. */
    List<ProfessionalLine> professionalLines(JsonNode node, String path, int diagnosisCount) {
        JsonNode arr = lines(node, path, ProfessionalClaim.MAX_LINES);
        if (arr == null) {
            return null;
        }
        List<ProfessionalLine> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < arr.size(); i++) {
            ProfessionalLine line = professionalLine(arr.get(i), path + ".lines[" + i + "]", diagnosisCount);
            ok &= line != null;
            out.add(line);
        }
        return ok ? out : null;
    }

    /** Institutional lines. */
    List<InstitutionalLine> institutionalLines(JsonNode node, String path) {
        JsonNode arr = lines(node, path, InstitutionalClaim.MAX_LINES);
        if (arr == null) {
            return null;
        }
        List<InstitutionalLine> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < arr.size(); i++) {
            InstitutionalLine line = institutionalLine(arr.get(i), path + ".lines[" + i + "]");
            ok &= line != null;
            out.add(line);
        }
        return ok ? out : null;
    }

    private JsonNode lines(JsonNode node, String path, int max) {
        JsonNode arr = f.array(node, path, "lines", true);
        if (arr != null && (arr.isEmpty() || arr.size() > max)) {
            f.error("CLAIM-LINE-COUNT", path + ".lines", "a claim has 1 to " + max + " service lines, this one has " + arr.size());
            return null;
        }
        return arr;
    }

    private ProfessionalLine professionalLine(JsonNode l, String at, int diagnosisCount) {
        if (!l.isObject()) {
            f.error("CLAIM-JSON-TYPE", at, "a service line is a JSON object");
            return null;
        }
        HcpcsCode code = f.value(l, at, "procedure", "CLAIM-HCPCS", HcpcsCode::parse);
        List<Modifier> modifiers = modifiers(l, at);
        BigDecimal units = f.decimal(l, at, "units");
        Money charge = f.value(l, at, "charge", "CLAIM-CHARGE", Money::parse);
        List<Integer> pointers = pointers(l, at, diagnosisCount);
        DateRange dates = dates(l, at, true);
        return f.build(at, () -> new ProfessionalLine(code, modifiers, units, charge, pointers, dates),
                code, modifiers, units, charge, pointers, dates);
    }

    private InstitutionalLine institutionalLine(JsonNode l, String at) {
        if (!l.isObject()) {
            f.error("CLAIM-JSON-TYPE", at, "a service line is a JSON object");
            return null;
        }
        RevenueCode revenue = f.value(l, at, "revenueCode", "CLAIM-REVENUE-CODE", RevenueCode::parse);
        Optional<HcpcsCode> code = f.optionalValue(l, at, "procedure", "CLAIM-HCPCS", HcpcsCode::parse);
        boolean codeBad = l.has("procedure") && code.isEmpty();
        List<Modifier> modifiers = modifiers(l, at);
        BigDecimal units = f.decimal(l, at, "units");
        Money charge = f.value(l, at, "charge", "CLAIM-CHARGE", Money::parse);
        boolean datesGiven = l.has("serviceDate");
        DateRange dates = datesGiven ? dates(l, at, true) : null;
        if (codeBad || (datesGiven && dates == null)) {
            return null;
        }
        return f.build(at, () -> new InstitutionalLine(revenue, code, modifiers, units, charge, Optional.ofNullable(dates)),
                revenue, modifiers, units, charge);
    }

    private List<Modifier> modifiers(JsonNode l, String at) {
        JsonNode arr = f.array(l, at, "modifiers", false);
        if (arr == null) {
            return null;
        }
        if (arr.size() > 4) {
            f.error("CLAIM-MODIFIER", at + ".modifiers", "a service line has at most 4 modifiers, this one has " + arr.size());
            return null;
        }
        List<Modifier> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < arr.size(); i++) {
            Modifier m = f.parse(arr.get(i).asText(), at + ".modifiers[" + i + "]", "CLAIM-MODIFIER", Modifier::parse);
            ok &= m != null;
            out.add(m);
        }
        return ok ? out : null;
    }

    private List<Integer> pointers(JsonNode l, String at, int diagnosisCount) {
        JsonNode arr = f.array(l, at, "diagnosisPointers", true);
        if (arr == null) {
            return null;
        }
        if (arr.isEmpty() || arr.size() > 4) {
            f.error("CLAIM-DX-POINTER", at + ".diagnosisPointers", "a service line has 1 to 4 diagnosis pointers, this one has " + arr.size());
            return null;
        }
        List<Integer> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < arr.size(); i++) {
            JsonNode p = arr.get(i);
            String pat = at + ".diagnosisPointers[" + i + "]";
            if (!p.canConvertToInt() || !p.isIntegralNumber()) {
                f.error("CLAIM-DX-POINTER", pat, "a diagnosis pointer is a whole number 1-12, found " + p);
                ok = false;
            } else if (p.asInt() < 1 || (diagnosisCount >= 0 && p.asInt() > diagnosisCount)) {
                f.error("CLAIM-DX-POINTER", pat, "diagnosis pointer " + p.asInt() + " points at no diagnosis (the claim has "
                        + (diagnosisCount >= 0 ? diagnosisCount : "no valid") + " diagnoses)");
                ok = false;
            } else {
                out.add(p.asInt());
            }
        }
        return ok ? out : null;
    }

    private DateRange dates(JsonNode l, String at, boolean required) {
        LocalDate from = required ? f.date(l, at, "serviceDate") : f.optionalDate(l, at, "serviceDate").orElse(null);
        Optional<LocalDate> to = f.optionalDate(l, at, "serviceDateTo");
        if (l.has("serviceDateTo") && to.isEmpty()) {
            return null;
        }
        return f.build(at + ".serviceDateTo", () -> DateRange.of(from, to.orElse(from)), from);
    }
}

package org.medcoder.claims.fhir;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hl7.fhir.r4.model.Enumerations.NoteType;
import org.hl7.fhir.r4.model.ExplanationOfBenefit;

/** The remark codes (RARC) of an EOB as numbered process notes, each code once; items point at them by number. */
final class ProcessNotes {

    private final ExplanationOfBenefit eob;
    private final ReasonMeanings meanings;
    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    ProcessNotes(ExplanationOfBenefit eob, ReasonMeanings meanings) {
        this.eob = eob;
        this.meanings = meanings;
    }

    /** The note number of a remark code, adding its note the first time. */
    int add(String code) {
        return numbers.computeIfAbsent(code, c -> {
            int n = numbers.size() + 1;
            eob.addProcessNote().setNumber(n).setType(NoteType.DISPLAY)
                    .setText("Remark " + c + meanings.rarc(c).map(m -> ": " + m).orElse(""));
            return n;
        });
    }
}

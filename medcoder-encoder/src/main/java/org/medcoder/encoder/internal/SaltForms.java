package org.medcoder.encoder.internal;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.medcoder.codesets.IndexTerm;

/**
 * Drugs the Table of Drugs and Chemicals lists with their salt ("Vecuronium bromide", "Pancuronium bromide",
 * "Ondansetron hydrochloride"): physicians write the drug alone ("vecuronium"), and the salt names the form of the
 * same substance, not another one, so the coder finds the entry by the drug's own name (I.C.19.e.5: the Table
 * by the substance). The drug alone is a wording of the main term only where no other main term begins with that
 * word ("Heparin" and "Heparin sodium" both exist: the drug alone stays "Heparin").
 */
final class SaltForms {

    private static final Set<String> SALTS = Set.of("bromide", "chloride", "hydrochloride", "dihydrochloride",
            "hydrobromide", "sulfate", "sulphate", "sodium", "potassium", "calcium", "magnesium", "citrate", "acetate",
            "phosphate", "maleate", "tartrate", "bitartrate", "succinate", "mesylate", "besylate", "fumarate",
            "nitrate", "lactate", "gluconate", "hyclate");

    private SaltForms() {
    }

    /** The drug's own name of each main term "DRUG SALT" whose first word begins no other main term. */
    static Map<IndexTerm, String> of(List<IndexTerm> mainTerms) {
        Map<String, Integer> byFirst = new HashMap<>();
        for (IndexTerm t : mainTerms) {
            byFirst.merge(words(t)[0], 1, Integer::sum);
        }
        Map<IndexTerm, String> out = new IdentityHashMap<>();
        for (IndexTerm t : mainTerms) {
            String[] w = words(t);
            if (w.length == 2 && SALTS.contains(w[1]) && w[0].length() >= 5 && byFirst.get(w[0]) == 1) {
                out.put(t, w[0]);
            }
        }
        return out;
    }

    private static String[] words(IndexTerm t) {
        String[] w = t.title().split(",")[0].strip().toLowerCase(Locale.ROOT).split("\\s+");
        return w.length == 0 ? new String[] {""} : w;
    }
}

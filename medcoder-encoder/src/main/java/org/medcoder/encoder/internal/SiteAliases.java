package org.medcoder.encoder.internal;

import java.util.List;

/**
 * Bones named by their adjective alone ("fifth metatarsal", "scaphoid"): the index's "metatarsal bone", "carpal
 * bone, navicular" - the statement's bone word also matches the index word "bone" (same bit of coverage).
 * Parts of the intestine the Alphabetic Index files under "intestine, large" or "intestine, small": the sigmoid,
 * the cecum, the colon ("Diverticulitis, intestine, large" K57.32; "Diverticulitis, ileum - see Diverticulitis,
 * intestine, small"). A coder reads "sigmoid diverticulitis" as diverticulitis of the large intestine (I.A: the
 * index's site subterms; I.B.1). The statement's site word also matches the index word "intestine", and "large" /
 * "small" count as one word the statement implies, so the path down to them beats stopping at "intestine" (K57.92).
 * Not applied to neoplasm statements: the Neoplasm table has the colon's own rows ("colon, sigmoid" C18.7).
 */
final class SiteAliases {

    private static final List<String> LARGE = stems("colon", "colonic", "sigmoid", "cecum", "cecal", "caecum",
            "rectosigmoid");
    private static final List<String> SMALL = stems("jejunum", "jejunal", "ileum", "ileal");
    private static final List<String> BONES = stems("metatarsal", "metacarpal", "tarsal", "carpal", "navicular",
            "cuboid", "cuneiform", "hamate", "capitate", "lunate", "scaphoid", "pisiform", "trapezium", "trapezoid",
            "hyoid", "zygomatic", "sesamoid", "calcaneal");
    private static final String BONE = Words.stem("bone");
    private static final String INTESTINE = Words.stem("intestine");
    private static final String LARGE_WORD = Words.stem("large");
    private static final String SMALL_WORD = Words.stem("small");

    /** Words of a neoplasm statement (the table has the sites' own rows). */
    private static final String[] NEOPLASM = {"cancer", "carcinom", "neoplas", "malignan", "tumo", "adenom", "polyp",
        "metasta", "lymphom", "sarcom", "lesion", "mass"};

    private SiteAliases() {
    }

    private static List<String> stems(String... words) {
        return java.util.Arrays.stream(words).map(Words::stem).distinct().toList();
    }

    /** Adds the aliases of the statement's bone and intestinal site words (the first such word carries them). */
    static void apply(Statement st, Vocabulary vocabulary) {
        bones(st, vocabulary);
        intestine(st, vocabulary);
    }

    private static void bones(Statement st, Vocabulary vocabulary) {
        if (st.has(BONE)) {
            return;
        }
        for (int i = 0; i < st.stems.length; i++) {
            if (BONES.contains(st.stems[i])) {
                st.alias(vocabulary.lookup(BONE), i);
                return;
            }
        }
    }

    private static void intestine(Statement st, Vocabulary vocabulary) {
        if (st.has(INTESTINE) || st.size() >= Statement.MAX_WORDS) {
            return;
        }
        for (String n : NEOPLASM) {
            if (st.hasPrefix(n)) {
                return;
            }
        }
        for (int i = 0; i < st.stems.length; i++) {
            String w = st.stems[i];
            boolean large = LARGE.contains(w);
            if (large || SMALL.contains(w)) {
                st.alias(vocabulary.lookup(INTESTINE), i);
                st.alias(vocabulary.lookup(large ? LARGE_WORD : SMALL_WORD), st.size());
                return;
            }
        }
    }
}

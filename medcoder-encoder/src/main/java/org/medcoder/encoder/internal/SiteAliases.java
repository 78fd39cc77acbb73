package org.medcoder.encoder.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Index words a statement implies without writing them, matched on the bit of the word that implies them (so a path
 * through them explains no more words than the statement has). A disease named by its eponym used as an adjective
 * ("Lyme arthritis", "Crohn's ileitis"): the index's "Arthritis, in (due to), Lyme disease" A69.23.
 * Bones named by their adjective alone ("fifth metatarsal", "scaphoid"): the index's "metatarsal bone", "carpal
 * bone, navicular" - the statement's bone word also matches the index word "bone" (same bit of coverage).
 * Parts of the intestine the Alphabetic Index files under "intestine, large" or "intestine, small": the sigmoid,
 * the cecum, the colon ("Diverticulitis, intestine, large" K57.32; "Diverticulitis, ileum - see Diverticulitis,
 * intestine, small"). A coder reads "sigmoid diverticulitis" as diverticulitis of the large intestine (I.A: the
 * index's site subterms; I.B.1). The statement's site word also matches the index word "intestine", and "large" /
 * "small" count as one word the statement implies, so the path down to them beats stopping at "intestine" (K57.92).
 * Not applied to neoplasm statements: the Neoplasm table has the colon's own rows ("colon, sigmoid" C18.7).
 * A laboratory value reported as elevated or decreased ("elevated transaminases") is the value's level: the index's
 * "Elevated, elevation, transaminase level" R74.01, "immunoglobulin level" (I.C.18.b: the provider states the
 * finding); the word that reports it also matches "level".
 */
final class SiteAliases {

    private static final Set<String> LARGE = stems("colon", "colonic", "sigmoid", "cecum", "cecal", "caecum",
            "rectosigmoid");
    private static final Set<String> SMALL = stems("jejunum", "jejunal", "ileum", "ileal");
    private static final Set<String> BONES = stems("metatarsal", "metacarpal", "tarsal", "carpal", "navicular",
            "cuboid", "cuneiform", "hamate", "capitate", "lunate", "scaphoid", "pisiform", "trapezium", "trapezoid",
            "hyoid", "zygomatic", "sesamoid", "calcaneal");
    private static final String BONE = Words.stem("bone");
    /**
     * Joints named by themselves ("pain in left knee", "effusion of right ankle"): the index files them under the
     * group subterm "joint" (Pain, joint, knee M25.56-; Effusion, joint, ankle M25.47-).
     */
    private static final Set<String> JOINTS = stems("knee", "hip", "shoulder", "elbow", "wrist", "ankle");
    private static final String JOINT = Words.stem("joint");
    /** Main terms whose index entries group the joints under "joint" (Pain, Effusion, Swelling, Instability ...). */
    private static final Set<String> JOINT_GROUPS = stems("pain", "effusion", "swelling", "instability",
            "derangement", "crepitus", "stiffness", "contracture");
    private static final String RIGHT = Words.stem("right");
    private static final String LEFT = Words.stem("left");
    private static final String UNILATERAL = Words.stem("unilateral");
    private static final Set<String> EPONYMS = stems("lyme", "crohn", "crohns", "parkinson", "parkinsons", "alzheimer",
            "alzheimers", "hodgkin", "hodgkins", "graves", "paget", "pagets", "huntington", "huntingtons", "addison",
            "addisons", "cushing", "cushings", "kawasaki", "raynaud", "raynauds", "meniere", "menieres", "hashimoto",
            "hashimotos", "behcet", "behcets", "sjogren", "sjogrens", "whipple", "whipples");
    private static final String DISEASE = Words.stem("disease");
    /**
     * The limbs clinicians name, which the classification calls extremities: the index's "lower extremity (hip,
     * buttock, thigh, leg, foot, toes)" and "upper extremity (shoulder, arm, forearm, wrist, hand, fingers)"; the
     * FY2025 titles' "lower extremity pain" (M51.36-) is a statement's "leg pain".
     */
    private static final Set<String> LIMBS = stems("leg", "legs", "arm", "arms");
    private static final String EXTREMITY = Words.stem("extremity");
    private static final Set<String> LEVEL_WORDS = stems("elevated", "elevation", "raised", "increased", "decreased",
            "abnormal");
    private static final String LEVEL = Words.stem("level");
    private static final String INTESTINE = Words.stem("intestine");
    /** The aliases that name no site or part of the statement, only a word it implies (stems). */
    static final Set<String> IMPLIED = Set.of(DISEASE, LEVEL, UNILATERAL, JOINT);
    private static final String LARGE_WORD = Words.stem("large");
    private static final String SMALL_WORD = Words.stem("small");

    /** Words of a neoplasm statement (the table has the sites' own rows). */
    private static final String[] NEOPLASM = {"cancer", "carcinom", "neoplas", "malignan", "tumo", "adenom", "polyp",
        "metasta", "lymphom", "sarcom", "melanom", "lipom", "myom", "fibrom", "carcinoid", "lesion", "mass", "myxom", "gliom", "blastom", "thymom",
        "mesotheliom", "meningiom", "paragangliom", "papillom"};

    /**
     * Site adjectives of neoplasm statements and the Neoplasm table's row word ("endometrial adenocarcinoma":
     * Neoplasm, endometrium C54.1; morphology words lead to the table by site, I.C.2, Index "see Neoplasm, by site").
     */
    private static final Map<String, String> SITE_ADJECTIVES = adjectives("rectal", "rectum",
            "esophageal", "esophagus", "endometrial", "endometrium", "duodenal", "duodenum", "peritoneal",
            "peritoneum", "pericardial", "pericardium", "bronchial", "bronchus", "laryngeal", "larynx", "pharyngeal",
            "pharynx", "nasopharyngeal", "nasopharynx", "oropharyngeal", "oropharynx", "hypopharyngeal", "hypopharynx",
            "vulvar", "vulva", "uterine", "uterus", "cervical", "cervix", "pleural", "pleura", "pancreatic", "pancreas",
            "hepatic", "liver", "renal", "kidney", "testicular", "testis", "penile", "penis", "scrotal", "scrotum",
            "anal", "anus", "appendiceal", "appendix", "tonsillar", "tonsil", "thymic", "thymus", "splenic", "spleen",
            "vaginal", "vagina", "glottic", "glottis", "supraglottic", "supraglottis", "cardiac", "heart",
            "atrial", "heart",
            // Bone, the commonest metastatic site, by its two adjectives ("bony metastases", "osseous metastases":
            // Neoplasm, bone, column Malignant Secondary C79.51; I.C.2.b).
            "bony", "bone", "osseous", "bone");

    /** Roles of a statement word in {@link #apply}, one bit each: the sets above a stem belongs to. */
    private static final int LARGE_PART = 1;
    private static final int SMALL_PART = 2;
    private static final int BONE_NAME = 4;
    private static final int JOINT_NAME = 8;
    private static final int JOINT_GROUP = 16;
    private static final int EPONYM = 32;
    private static final int LEVEL_WORD = 64;
    private static final int LIMB = 128;
    /** Each stem of the sets above and its roles: one look-up per statement word instead of one per set (hot path). */
    private static final Map<String, Integer> ROLES = roles(Map.of(LARGE, LARGE_PART, SMALL, SMALL_PART, BONES,
            BONE_NAME, JOINTS, JOINT_NAME, JOINT_GROUPS, JOINT_GROUP, EPONYMS, EPONYM, LEVEL_WORDS, LEVEL_WORD, LIMBS, LIMB));

    private SiteAliases() {
    }

    private static Map<String, Integer> roles(Map<Set<String>, Integer> sets) {
        Map<String, Integer> m = new HashMap<>();
        sets.forEach((set, role) -> set.forEach(w -> m.merge(w, role, (a, b) -> a | b)));
        return Map.copyOf(m);
    }

    static Map<String, String> adjectives(String... pairs) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (!Words.stem(pairs[i]).equals(Words.stem(pairs[i + 1]))) {
                m.put(Words.stem(pairs[i]), Words.stem(pairs[i + 1]));
            }
        }
        return Map.copyOf(m);
    }

    private static Set<String> stems(String... words) {
        return Set.copyOf(Arrays.stream(words).map(Words::stem).toList());
    }

    /**
     * The classification's word for a statement's limb or site adjective ("leg": "extremity", "abdominal":
     * "abdomen"), or null: a code whose title has it says the statement's word.
     */
    static String classificationWord(String stem) {
        return LIMBS.contains(stem) ? EXTREMITY : SiteNouns.ADJECTIVES.get(stem);
    }

    /**
     * Parts of a limb the classification's site axes name by the whole where a category has no code of the part:
     * the toes and their joints are the foot ("ankle and foot" M10.07-, M19.07-), the fingers, the thumb and their
     * joints the hand (M10.04-): Index "Abscess, toe (any) - see Abscess, foot", "Carbuncle, toe / finger / thumb -
     * see Carbuncle, foot / hand", "Pain, metatarsophalangeal (joint) - see Pain, joint, foot", "Pain,
     * metacarpophalangeal (joint) - see Pain, joint, hand". Stem of the part to stem of the whole.
     */
    static final Map<String, String> PARTS = adjectives("toe", "foot", "metatarsophalangeal", "foot", "finger", "hand",
            "thumb", "hand", "metacarpophalangeal", "hand");

    /** A title's sites joined by "and" into one site of the classification ("ankle and foot", "hand and fingers"). */
    private static final Pattern SITE_GROUP = Pattern.compile("\\b([a-z]+(?:, [a-z]+)* and [a-z]+)\\b");

    /**
     * The ids of the title's site words that share one site of the classification with a site the statement states:
     * M10.07- "Idiopathic gout, right ankle and foot" is the site of a statement's "ankle" as of its "foot" (the
     * Tabular List's site axis of chapter 13 joins them; I.A.9, I.C.13.a), when that stated site is one the index
     * code's own title ({@code own}) does not name; empty when the title joins none.
     */
    static Set<Integer> siteGroups(String title, Vocabulary vocabulary, Statement s, Set<Integer> own) {
        Matcher m = SITE_GROUP.matcher(Lower.of(title));
        Set<Integer> out = new HashSet<>();
        while (m.find()) {
            List<Integer> ids = Arrays.stream(m.group(1).split(",? and |, ")).map(w -> vocabulary.lookup(Words.stem(w)))
                    .toList();
            if (ids.stream().anyMatch(id -> id >= 0 && s.bit(id) != 0 && !own.contains(id))) {
                out.addAll(ids);
            }
        }
        return out;
    }

    /** Adds the aliases of the statement's bone and intestinal site words (the first such word carries them). */
    static void apply(Statement st, Vocabulary vocabulary) {
        int[] roles = new int[st.stems.length];
        int any = 0;
        for (int i = 0; i < roles.length; i++) {
            Integer r = ROLES.get(st.stems[i]);
            roles[i] = r == null ? 0 : r;
            any |= roles[i];
        }
        boolean neoplasm = neoplasm(st);
        implied(st, vocabulary, roles, any, BONE_NAME, BONE);
        intestine(st, vocabulary, neoplasm, roles, any);
        implied(st, vocabulary, roles, any, EPONYM, DISEASE);
        implied(st, vocabulary, roles, any, LEVEL_WORD, LEVEL);
        if (!neoplasm) {
            // The Neoplasm table has rows of its own for the limb ("arm" vs "extremity, upper": D03.6- vs D04.6-).
            implied(st, vocabulary, roles, any, LIMB, EXTREMITY);
            joint(st, vocabulary, roles, any);
            unilateral(st, vocabulary);
        }
        siteNouns(st, vocabulary, neoplasm ? SITE_ADJECTIVES : SiteNouns.ADJECTIVES);
    }

    /** The statement's site adjectives also match their index nouns ("vulvar abscess": Abscess, vulva N76.4). */
    private static void siteNouns(Statement st, Vocabulary vocabulary, Map<String, String> adjectives) {
        for (int i = 0; i < st.stems.length; i++) {
            String noun = adjectives.get(st.stems[i]);
            if (noun != null && !st.has(noun)) {
                st.alias(vocabulary.lookup(noun), i);
            }
        }
    }

    /** Whether a word of the statement contains a neoplasm word ("adenocarcinoma" contains "carcinom"). */
    private static boolean neoplasm(Statement st) {
        for (String w : st.stems) {
            for (String n : NEOPLASM) {
                if (w.contains(n)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first statement word with the role (bones, eponyms, level words) implies {@code word}. */
    private static void implied(Statement st, Vocabulary vocabulary, int[] roles, int any, int role, String word) {
        if ((any & role) == 0 || st.has(word)) {
            return;
        }
        for (int i = 0; i < roles.length; i++) {
            if ((roles[i] & role) != 0) {
                st.alias(vocabulary.lookup(word), i);
                return;
            }
        }
    }

    /**
     * A joint named alone with a condition the index groups by joint implies the group word "joint", counted as a
     * word of its own so that the path down to the joint ("Pain, joint, knee" M25.56-) beats stopping at the group
     * ("Pain, joint" M25.50); not for other conditions ("Baker cyst of knee" stays "Cyst, Baker's").
     */
    private static void joint(Statement st, Vocabulary vocabulary, int[] roles, int any) {
        if ((any & JOINT_NAME) == 0 || (any & JOINT_GROUP) == 0 || st.has(JOINT) || st.size() >= Statement.MAX_WORDS) {
            return;
        }
        st.alias(vocabulary.lookup(JOINT), st.size());
    }

    /**
     * One side stated ("right", "left", not both, not "bilateral") is the index's "unilateral" (Osteoarthritis,
     * knee, unilateral M17.1-; laterality I.B.13), counted as a word of its own so that the subterm is taken.
     */
    private static void unilateral(Statement st, Vocabulary vocabulary) {
        if (st.has(RIGHT) == st.has(LEFT) || BothSides.bilateral(st) || st.has(UNILATERAL)
                || st.size() >= Statement.MAX_WORDS) {
            return;
        }
        st.alias(vocabulary.lookup(UNILATERAL), st.size());
    }

    private static void intestine(Statement st, Vocabulary vocabulary, boolean neoplasm, int[] roles, int any) {
        if ((any & (LARGE_PART | SMALL_PART)) == 0 || st.has(INTESTINE) || st.size() >= Statement.MAX_WORDS
                || neoplasm) {
            return;
        }
        for (int i = 0; i < roles.length; i++) {
            boolean large = (roles[i] & LARGE_PART) != 0;
            if (large || (roles[i] & SMALL_PART) != 0) {
                st.alias(vocabulary.lookup(INTESTINE), i);
                st.alias(vocabulary.lookup(large ? LARGE_WORD : SMALL_WORD), st.size());
                return;
            }
        }
    }
}

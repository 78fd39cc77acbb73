package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoder.codesets.AlphabeticIndex;
import org.medcoder.codesets.IndexTerm;

/**
 * One index (the Alphabetic Index, the Neoplasm table or the Table of Drugs and Chemicals) compiled once per
 * release for fast matching: every term's stems as ints, main terms reachable from each of their words, and
 * main terms by title for following "see" and "see also" (Guideline I.A.16).
 */
final class IndexGraph {

    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)\\b(as (the )?cause of (disease|diseases)( classified elsewhere)?|classified elsewhere|- code to [a-z ]+|- see [a-z ,]+)");
    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\]]*)\\]");
    /** A comma part that qualifies rather than inverts: "chronic lymphocytic, of B-cell type". */
    private static final Pattern QUALIFIER = Pattern.compile("(?i)\\s*(of|in|on|at|by|for|from|as)\\s");
    private static final Pattern OR = Pattern.compile("(?i)\\s+or\\s+");
    private static final Pattern THROUGH = Pattern.compile("(?i)stage (\\d) through stage (\\d)");

    final AlphabeticIndex source;
    final List<Node> mainTerms = new ArrayList<>();
    private final TermsByWord byWord;
    /** Main terms by the rarest word of each of their wordings (see {@link #candidateMainTerms}). */
    private final TermsByWord byRareWord;
    private final Map<String, List<Node>> byTitle = new HashMap<>();
    private final TreeMap<String, Node> sortedTitles = new TreeMap<>();
    private final Vocabulary vocabulary;
    private final java.util.concurrent.ConcurrentHashMap<String, Resolution> resolutions =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether a subterm's comma parts are alternatives ("stairs, steps"; "from, off, out of"): External Cause index. */
    private final boolean commaAlternatives;
    /** Names of eponymous entries, for {@link IndexWordings#eponymNoun}. */
    private final java.util.Set<String> eponymKeys;
    /** The drug's own name of a main term written with its salt ({@link SaltForms}). */
    private final Map<IndexTerm, String> saltForms;

    IndexGraph(AlphabeticIndex source, Vocabulary vocabulary) {
        this(source, vocabulary, false);
    }

    IndexGraph(AlphabeticIndex source, Vocabulary vocabulary, boolean commaAlternatives) {
        this.commaAlternatives = commaAlternatives;
        this.source = source;
        this.vocabulary = vocabulary;
        Map<IndexTerm, List<String>> qualified = QualifiedVariants.of(source.mainTerms());
        this.eponymKeys = IndexWordings.eponymKeys(source.mainTerms());
        this.saltForms = SaltForms.of(source.mainTerms());
        Map<Integer, List<Node>> byWord = new HashMap<>();
        Map<Integer, List<Node>> byRareWord = new HashMap<>();
        for (IndexTerm t : source.mainTerms()) {
            Node n = compile(t, null, true, qualified.get(t));
            mainTerms.add(n);
            for (int w : n.words) {
                byWord.computeIfAbsent(w, k -> new ArrayList<>(2)).add(n);
            }
            String key = titleKey(t.title());
            byTitle.computeIfAbsent(key, k -> new ArrayList<>(1)).add(n);
            String first = titleKey(t.title().split(",")[0]);
            if (!first.equals(key)) {
                byTitle.computeIfAbsent(first, k -> new ArrayList<>(1)).add(n);
            }
            sortedTitles.putIfAbsent(key, n);
        }
        for (int i = 0; i < mainTerms.size(); i++) {
            Node n = mainTerms.get(i);
            n.ordinal = i;
            for (int[] alt : n.required) {
                int rare = TermsByWord.rarest(alt, byWord);
                if (alt.length > 0) {
                    List<Node> l = byRareWord.computeIfAbsent(rare, k -> new ArrayList<>(2));
                    if (l.isEmpty() || l.get(l.size() - 1) != n) {
                        l.add(n);
                    }
                }
            }
        }
        this.byWord = new TermsByWord(byWord);
        this.byRareWord = new TermsByWord(byRareWord);
    }

    /**
     * Main terms that may match a statement containing {@code word}: those for which it is the rarest word of one of
     * their wordings. A term matches only when every word of one wording is in the statement, so the terms under the
     * statement's words include every term that matches (a few instead of hundreds under "disease").
     */
    List<Node> candidateMainTerms(int word) {
        return byRareWord.get(word);
    }

    /**
     * Compiles a term. Comma parts of a title are alternative wordings when they are one word sharing the first
     * part's stem ("Diabetes, diabetic", "femur, femoral"); otherwise, in a subterm they are an inverted phrase whose
     * words are all required ("glomerulosclerosis, intercapillary"), in a main term optional words ("Fracture,
     * traumatic", "Acroasphyxia, chronic").
     */
    private Node compile(IndexTerm t, Node parent, boolean main) {
        return compile(t, parent, main, null);
    }

    /** The wordings of a qualified variant: its head with each of its qualifiers ({@link QualifiedVariants}). */
    private List<int[]> qualifiedWordings(List<String> qualifiers, String[] parts) {
        int[] head = vocabulary.internAll(parts[0]);
        List<int[]> out = new ArrayList<>();
        for (String q : qualifiers) {
            int[] words = vocabulary.internAll(q);
            if (words.length > 0) {
                out.add(concat(head, words));
            }
        }
        return out;
    }

    private Node compile(IndexTerm t, Node parent, boolean main, List<String> qualifiers) {
        boolean qualified = qualifiers != null;
        String title = expandStageRanges(BOILERPLATE.matcher(t.title()).replaceAll(" "));
        // Square brackets enclose synonyms, alternative wording or explanatory phrases (I.A.6): "prostate specific
        // antigen [PSA]" is matched by its words, the bracketed ones are optional.
        Matcher bracket = title.indexOf('[') < 0 ? null : BRACKETED.matcher(title);
        List<Integer> optional = new ArrayList<>();
        while (bracket != null && bracket.find()) {
            for (int w : vocabulary.internAll(bracket.group(1))) {
                optional.add(w);
            }
        }
        String unbracketed = bracket == null ? title : BRACKETED.matcher(title).replaceAll(" ");
        title = unbracketed.isBlank() ? title : unbracketed;
        String[] parts = title.split(",");
        List<int[]> required = new ArrayList<>();
        // "or" separates alternatives in a subterm ("stage 5 ... or end stage renal disease"); in a main term it is
        // part of the name ("Angiospastic disease or edema").
        List<String> list = main || qualified || commaAlternatives ? List.of() : IndexWordings.subtermList(parts);
        if (qualified) {
            required.addAll(qualifiedWordings(qualifiers, parts));
        } else {
            List<String> alts = !list.isEmpty() ? list
                    : main ? IndexWordings.mainTerm(parts[0]) : List.of(OR.split(parts[0]));
            for (String alt : alts) {
                required.add(main ? vocabulary.internAll(alt) : LetterTerms.words(vocabulary, alt, parent));
            }
            String eponym = main ? IndexWordings.eponymNoun(parts[0], eponymKeys) : null;
            String drug = main ? saltForms.get(t) : null; // "vecuronium" for "Vecuronium bromide"
            if (eponym != null || drug != null) {
                required.add(vocabulary.internAll(eponym != null ? eponym : drug));
            }
        }
        for (int i = qualified || !list.isEmpty() ? parts.length : 1; i < parts.length; i++) {
            int[] words = vocabulary.internAll(parts[i]);
            if (words.length == 0) {
                continue;
            }
            // "laryngeal NEC" is one word: NEC/NOS never count (I.A.9); a subterm's "lymph, lymphatic channel" is
            // "lymph", "lymphatic channel" or both (I.A.7, the comma as and/or).
            boolean oneWord = words.length == 1;
            boolean sameThing = (oneWord || !main) && QualifiedVariants.sharesStem(parts[0], parts[i]);
            if (sameThing || commaAlternatives && !main) {
                for (int a = 0, n = sameThing && !oneWord ? required.size() : 0; a < n; a++) {
                    required.add(concat(required.get(a), words));
                }
                required.add(words);
            } else if (main || QUALIFIER.matcher(parts[i]).lookingAt()) {
                for (int w : words) {
                    optional.add(w);
                }
            } else {
                for (int a = 0; a < required.size(); a++) {
                    required.set(a, concat(required.get(a), words));
                }
            }
        }
        for (String m : t.nonessentialModifiers()) {
            for (int w : vocabulary.internAll(m)) {
                optional.add(w);
            }
        }
        withoutRegion(required);
        IndexWordings.residualWithoutType(required, vocabulary);
        for (String a : IndexAbbreviations.of(t)) { // "electromyogram [EMG]": the abbreviation alone (I.A.6)
            required.add(vocabulary.internAll(a));
        }
        Node n = new Node(t, parent, required.toArray(int[][]::new), optional.stream().mapToInt(Integer::intValue).toArray());
        Node[] kids = new Node[t.subterms().size()];
        for (int i = 0; i < kids.length; i++) {
            kids[i] = compile(t.subterms().get(i), n, false);
        }
        n.children = kids;
        n.indexChildren(12);
        return n;
    }

    /**
     * A spinal site subterm ("Degeneration, intervertebral disc, lumbar region" M51.36) is written by clinicians
     * without "region" ("lumbar degenerative disc disease"): the site word alone names it, so each wording ending in
     * "region" also counts without it (the Tabular titles say "lumbar region" of the same codes).
     */
    private void withoutRegion(List<int[]> required) {
        int region = vocabulary.intern(Words.stem("region"));
        for (int a = 0, n = required.size(); a < n; a++) {
            int[] alt = required.get(a);
            if (alt.length > 1 && alt[alt.length - 1] == region) {
                required.add(java.util.Arrays.copyOf(alt, alt.length - 1));
            }
        }
    }

    private static int[] concat(int[] a, int[] b) {
        int[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** Main terms that have {@code word} in one of their wordings. */
    List<Node> mainTermsWith(int word) {
        return byWord.get(word);
    }

    /**
     * The term a cross-reference names, e.g. "Hypertension, kidney" or "Failure, heart, systolic": the main
     * term by title, then each further part as a subterm title. Parts such as "by type" or "by site" stay at the
     * term reached so far (the caller chooses among its subterms). Null when the main term is not in this index.
     */
    Node resolve(String reference) {
        String[] parts = reference.split(",");
        for (Node main : mainsTitled(parts[0])) {
            Node n = descend(main, parts);
            if (n != null) {
                return n;
            }
        }
        return null;
    }

    /**
     * Like {@link #resolve}, but when the full reference names a subterm the index does not have (the FY2023 index
     * sends "reduced ejection fraction" to "Failure, heart, systolic", which it lacks), the longest part that
     * exists, with the missing words as a hint for the Tabular List check. Null when not even the main term exists.
     */
    Resolution resolvePartially(String reference) {
        // Cached: references are few and fixed per index; "none" is cached as a Resolution with a null node.
        Resolution r = resolutions.computeIfAbsent(reference, this::resolveUncached);
        return r.node() == null ? null : r;
    }

    private Resolution resolveUncached(String reference) {
        String[] parts = reference.split(",");
        for (int keep = parts.length; keep >= 1; keep--) {
            Node n = resolve(String.join(",", java.util.Arrays.copyOf(parts, keep)));
            if (n != null) {
                String rest = String.join(" ", java.util.Arrays.copyOfRange(parts, keep, parts.length)).strip();
                return new Resolution(n, rest);
            }
        }
        return new Resolution(null, "");
    }

    /** A resolved cross-reference and the words of it the index lacks. */
    record Resolution(Node node, String missing) {
    }

    private static Node descend(Node main, String[] parts) {
        return ReferenceParts.descend(main, parts, 1);
    }

    /**
     * Main terms of that title; a reference in the plural finds the main term written with "(s)" ("see
     * Complications, joint prosthesis, ..." is the main term "Complication (s)", I.A.16); one with words in
     * parentheses that name a subterm of the main term without them finds that main term ("see Pregnancy
     * (complicated by)" is "Pregnancy (single) (uterine)": {@link ReferenceParts} then takes the subterm named).
     */
    private List<Node> mainsTitled(String title) {
        String key = titleKey(title);
        List<Node> found = byTitle.get(key);
        if (found == null && key.endsWith("s")) {
            found = byTitle.get(key.substring(0, key.length() - 1));
        }
        int open = title.indexOf(" (");
        if (found == null && open > 0) {
            List<Node> plain = byTitle.get(titleKey(title.substring(0, open)));
            found = plain != null && plain.stream().anyMatch(m -> ReferenceParts.inParentheses(m, title) != m)
                    ? plain : null;
        }
        return found == null ? List.of() : found;
    }

    /** Every term the reference names, one per main term of that title (for "see X, by site, Y"). */
    List<Node> resolveAll(String reference) {
        String[] parts = reference.split(",");
        List<Node> out = new ArrayList<>(2);
        for (Node main : mainsTitled(parts[0])) {
            Node n = descend(main, parts);
            if (n != null) {
                out.add(n);
            }
        }
        return out;
    }

    static Node child(Node n, String part) {
        Node prefix = null, alternative = null;
        for (Node c : n.children) {
            String k = c.key;
            if (k.equals(part)) {
                return c;
            }
            if (prefix == null && (k.startsWith(part) || part.startsWith(k) && !k.isEmpty())) {
                prefix = c;
            }
            if (alternative == null && k.indexOf(',') > 0 && ("," + k + ",").contains("," + part + ",")) {
                alternative = c; // a title of alternatives ("retina, retinal") is named by any of them (I.A.16)
            }
        }
        return alternative != null ? alternative : prefix;
    }

    /** Up to {@code limit} main-term titles alphabetically nearest to the word. */
    List<String> nearest(String word, int limit) {
        List<String> out = new ArrayList<>();
        String key = titleKey(word);
        var tail = sortedTitles.tailMap(key, true);
        for (Node n : tail.values()) {
            if (out.size() >= limit) {
                break;
            }
            out.add(n.term.title());
        }
        return out;
    }

    static String expandStageRanges(String title) {
        var m = THROUGH.matcher(title);
        if (!m.find()) {
            return title;
        }
        StringBuilder alts = new StringBuilder();
        for (int s = Integer.parseInt(m.group(1)); s <= Integer.parseInt(m.group(2)); s++) {
            alts.append(alts.length() == 0 ? "" : " or ").append(title, 0, m.start()).append("stage ").append(s)
                    .append(title.substring(m.end()));
        }
        return alts.toString();
    }

    /** The text without "as the cause of diseases classified elsewhere" and similar phrases that never decide. */
    static String stripBoilerplate(String text) {
        return BOILERPLATE.matcher(text).replaceAll(" ");
    }

    /** Normalised title for "see" lookups: lower case, single blanks. */
    static String titleKey(String title) {
        return References.titleKey(title);
    }
}

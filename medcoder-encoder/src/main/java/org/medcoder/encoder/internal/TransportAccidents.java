package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Transport accidents read by the axes of "Accident, transport" in the Index to External Causes (V00-V99; I.C.20,
 * Tabular chapter 20 "Definitions related to transport accidents"): the victim's mode of transport first, then the
 * victim's role in it (driver, passenger, person on the outside, boarding or alighting), then what the vehicle
 * collided with (the counterpart), then traffic or nontraffic. A statement names the victim's vehicle before the
 * collision and the counterpart after it ("car driver injured in collision with pick-up truck": car occupant, driver,
 * collision, pickup truck; not "pickup truck occupant, driver, collision, car"), and says "driver" without the
 * index's "occupant" or "rider". A bag of words cannot tell the two vehicles apart; the word order can.
 *
 * <p>Design: the vehicle is the subterm of "Accident, transport" (its "see" references followed) whose words, person
 * nouns aside, the part of the statement before the collision names most fully; the rest of the statement (the
 * vehicle's words taken out of the victim's part) is walked under that vehicle by the {@link Navigator}, so the
 * counterpart and the traffic axis come from the index's own subterms and defaults (I.A.18).
 */
final class TransportAccidents {

    /** What opens the counterpart: the collision and its verbs ("struck by", "hit by", "collided with"). */
    private static final GuardedPattern COUNTERPART = GuardedPattern.compile(
            "\\b(?:collision|collided|colliding|collides|"
            + "(?:struck|hit|run over|knocked down|rear-ended) by|crashed into|ran into|hit|struck)\\b");
    /** The counterpart's verbs in the index's word ("collided with a tree", "hit a deer": "collision with"). */
    private static final GuardedPattern COLLIDED = GuardedPattern.compile(
            "\\b(?:(?:collided|colliding|collides)(?: with| into)?|"
            + "(?:struck|hit|run over|knocked down|rear-ended) by|crashed into|ran into|hit|struck)\\b");
    /**
     * The pedal cycle of the chapter 20 definitions ("any land transport vehicle operated solely by muscle power on
     * the pedals", V10-V19): the index's victim is the "pedal cyclist". An electric (assisted) bicycle is its own
     * victim ("electric (assisted) bicyclist", V20-V29 since FY2024).
     */
    private static final GuardedPattern ELECTRIC_BICYCLE = GuardedPattern.compile(
            "\\b(?:electric (?:\\(assisted\\) |assisted )?(?:bicycle|bike|bicyclist)|e-?bike|e-?bicycle)\\b");
    private static final GuardedPattern BICYCLE = GuardedPattern.compile(
            "(?<!electric |dirt |motor |cross |/)\\b(?:bicyclist|cyclist|"
            + "bicycle|bike|(?:pedal )?cycle)\\b(?! rider)");
    /** The all-terrain vehicle by its initials. */
    private static final GuardedPattern ATV = GuardedPattern.compile("\\batvs?\\b");
    /**
     * A train is a "railway (train) (vehicle)"; a fixed object is the index's "stationary object" (V17, V27, V47 ...:
     * "collision with fixed or stationary object").
     */
    private static final GuardedPattern TRAIN = GuardedPattern.compile(
            "\\b(?:railway |railroad )?train\\b(?: or railway vehicle)?");
    private static final GuardedPattern FIXED = GuardedPattern.compile(
            "\\b(?:fixed|stationary|parked) (?:object|vehicle|car)\\b");
    private static final GuardedPattern MOTORCYCLIST = GuardedPattern.compile("\\bmotorcyclist\\b");
    /** The tabular's "person on outside of [vehicle]" is the index's "hanger-on". */
    private static final GuardedPattern OUTSIDE = GuardedPattern.compile("\\bperson on (?:the )?outside(?: of)?\\b");
    /** The titles' "unspecified whether traffic or nontraffic": neither word is stated (the index default). */
    private static final GuardedPattern EITHER = GuardedPattern.compile(
            "\\b(?:unspecified )?whether traffic or nontraffic\\b");
    private static final Pattern GENERIC = Pattern.compile("occupant|person|specified|due to");
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");


    private final IndexGraph index;
    private final Navigator navigator;
    private final Vocabulary vocabulary;
    /** "Accident (to)" and its subterm "transport (involving injury to)", or null when the index lacks them. */
    private final Node accident;
    private final Node transport;
    /**
     * The victims' modes of transport: the subterms of "Accident, transport" and the pedestrian conveyances the index
     * groups under "pedestrian, conveyance" ("roller skates", "skateboard", "sled": V00-V09).
     */
    private final List<Node> vehicles = new ArrayList<>();
    /** The ids of the person nouns of the vehicle subterms ("car occupant", "dirt bike rider"): the role is said otherwise. */
    private final int[] person;
    /** Words of the animals and of the stationary objects the index names (see {@link #counterpart}). */
    private final java.util.Set<Integer> animals = new java.util.HashSet<>();
    private final java.util.Set<Integer> objects = new java.util.HashSet<>();

    TransportAccidents(IndexGraph index, Navigator navigator, Vocabulary vocabulary) {
        this.index = index;
        this.navigator = navigator;
        this.vocabulary = vocabulary;
        Node main = null;
        Node under = null;
        for (Node m : index.mainTerms) {
            if (m.term.title().startsWith("Accident")) {
                main = m;
                for (Node c : m.children) {
                    under = c.term.title().startsWith("transport") ? c : under;
                }
            }
        }
        this.accident = main;
        this.transport = under;
        for (Node c : under == null ? new Node[0] : under.children) {
            // Vehicles only: not "occupant (of)", "person NEC (unknown way ...)", "specified NEC", "due to cataclysm".
            if (!GENERIC.matcher(c.term.title()).lookingAt()) {
                vehicles.add(c);
            }
            for (Node g : c.term.title().equals("pedestrian") ? c.children : new Node[0]) {
                // The conveyances, not the traffic axis the group also lists ("conveyance, nontraffic" V09.1).
                for (Node conveyance : g.term.title().startsWith("conveyance") ? g.children : new Node[0]) {
                    // Nor the residual "specified type NEC", which names no conveyance ("specified as horse rider").
                    if (!conveyance.term.title().endsWith("traffic")
                            && !GENERIC.matcher(conveyance.term.title()).lookingAt()) {
                        // First, so that "pedestrian on skateboard" is read at the skateboard on a tie (I.A.18).
                        vehicles.add(0, conveyance);
                    }
                }
            }
        }
        this.person = new int[] {vocabulary.lookup(Words.stem("occupant")), vocabulary.lookup(Words.stem("rider"))};
        for (Node m : index.mainTerms) {
            String title = m.term.title();
            for (Node c : title.startsWith("Contact") ? m.children : new Node[0]) {
                for (Node animal : c.term.title().equals("with") ? c.children : new Node[0]) {
                    if (animal(animal)) {
                        words(animal, animals);
                    }
                }
            }
            // "Walked into stationary object, lamppost" W22.02; "Striking against, object, wall" W22.01.
            for (Node c : title.startsWith("Walked into stationary") || title.startsWith("Striking against")
                    ? m.children : new Node[0]) {
                for (Node o : c.term.title().startsWith("object") ? c.children : new Node[] {c}) {
                    if (o.code().startsWith("W22.0")) {
                        words(o, objects);
                    }
                }
            }
        }
    }

    /** Whether the "Contact, with" subterm is an animal: its code, or its reference's, in W53-W62 but W60 (plants). */
    private boolean animal(Node c) {
        Node to = c.code().isEmpty() && !c.term.see().isEmpty() ? index.resolve(c.term.see()) : c;
        String code = to == null ? "" : to.code();
        return code.compareTo("W53") >= 0 && code.compareTo("W63") < 0 && !code.startsWith("W60");
    }

    /** Adds the words of the term's one-word wordings ("dog", "deer"; not "animal NEC, marine"). */
    private static void words(Node c, java.util.Set<Integer> into) {
        for (int[] alt : c.required) {
            if (alt.length == 1) {
                into.add(alt[0]);
            }
        }
    }

    /**
     * The transport accident the statement states, as a walk whose words are the statement's, or null when the
     * statement names no victim's vehicle before a collision or the walk under it reaches no code.
     */
    Navigator.Walk read(Statement s) {
        if (transport == null) {
            return null;
        }
        String t = EITHER.replaceAll(s.expanded, " ").replace("pick-up", "pickup");
        Matcher m = COUNTERPART.mayMatch(t) ? COUNTERPART.matcher(t) : null;
        int cut = m != null && m.find() ? m.start() : t.length();
        String victim = victim(t.substring(0, cut));
        Statement v = CallMemo.analysed(victim, vocabulary); // often the statement itself, analysed already
        Node vehicle = null;
        long vehicleWords = 0;
        for (Node c : vehicles) {
            long mask = named(v, c);
            if (Long.bitCount(mask) > Long.bitCount(vehicleWords)) {
                vehicle = c;
                vehicleWords = mask;
            }
        }
        if (vehicle == null) {
            return null;
        }
        Node target = vehicle.term.see().isEmpty() ? vehicle : index.resolve(vehicle.term.see());
        if (target == null) {
            return null;
        }
        // Without a collision there is no counterpart to tell apart: the words stay ("civilian watercraft ... with
        // military watercraft").
        String rest = cut == t.length() ? victim : without(victim, v, vehicleWords) + " " + counterpart(t.substring(cut));
        Statement r = Statement.analyse(rest, vocabulary);
        Navigator.Walk w = navigator.from(target, 0, 0, r);
        if (w.coded() == null && target.term.title().startsWith("pedestrian")) {
            // "Accident, pedestrian (on foot)": a pedestrian with no conveyance named is on foot (I.A.7, I.A.18).
            r = Statement.analyse(rest + ", on foot", vocabulary);
            w = navigator.from(target, 0, 0, r);
        }
        if (w.coded() == null) {
            return null;
        }
        Navigator.Step at = new Navigator.Step(accident, null, "");
        List<Node> down = new ArrayList<>();
        for (Node n = target != vehicle ? vehicle : vehicle.parent; n != null && n != accident; n = n.parent) {
            down.add(0, n);
        }
        for (Node n : down) {
            at = new Navigator.Step(n, at, "");
        }
        for (Navigator.Step st : w.steps()) {
            at = new Navigator.Step(st.node(), at, st == w.steps().get(0) && target != vehicle ? "see" : st.via(),
                    st.guide(), st.missing());
        }
        long accidentWords = Math.max(0, s.match(accident));
        return new Navigator.Walk(accidentWords | own(s, v, vehicleWords) | own(s, r, w.required()),
                own(s, r, w.optional()), at,
                w.depth() + down.size() + 1);
    }

    /**
     * The counterpart in the index's words: the collision verbs as "collision with", a train as a railway train, a
     * fixed object as a stationary one, and an animal the Index to External Causes files under "Contact, with" (W53-W62,
     * "deer": hoof stock) as the "animal" the vehicle subterms list.
     */
    private String counterpart(String part) {
        // The counterpart's clause, and a later one only when it goes on with the accident ("collision with car,
        // pick-up truck or van in traffic accident"), not with the injury ("..., contusion of chest wall").
        String[] clauses = part.split("(?=[,;.])");
        StringBuilder own = new StringBuilder(clauses[0]);
        for (int i = 1; i < clauses.length; i++) {
            own.append(clauses[i].contains("traffic") || clauses[i].contains("accident") ? clauses[i] : ",");
        }
        String p = COLLIDED.replaceAll(own.toString(), "collision with");
        p = FIXED.replaceAll(TRAIN.replaceAll(p, "railway vehicle"), "stationary object");
        p = InjuryReading.stationary(p);
        // In the counterpart's own clause only: "collision with another car in traffic, contusion of chest wall".
        for (String token : p.split("[,;.]", 2)[0].split("[^a-z0-9]+")) {
            int id = token.isEmpty() ? -1 : vocabulary.lookup(Words.stem(token));
            // The Tabular's "collision with pedestrian or animal" is one axis (V10, V20, V30 ...): a pedestrian
            // counterpart reads as the animal the index lists.
            if (id >= 0 && animals.contains(id) || token.equals("pedestrian")) {
                return p + " animal";
            }
            if (id >= 0 && objects.contains(id)) {
                return p + " stationary object";
            }
        }
        return p;
    }

    /** Whether the walk reads "Accident" or "Collision", the main terms whose transport axes {@link #read} reads. */
    static boolean vehicular(Navigator.Walk w) {
        String main = w.steps().get(0).node().term.title();
        return main.startsWith("Accident") || main.startsWith("Collision");
    }

    /** The victim's part in the index's words: pedal cyclist, electric (assisted) bicyclist, motorcycle, hanger-on. */
    private static String victim(String part) {
        String p = ELECTRIC_BICYCLE.replaceAll(part, "electric bicyclist");
        p = BICYCLE.replaceAll(p, "pedal cyclist");
        p = MOTORCYCLIST.replaceAll(p, "motorcycle rider");
        p = ATV.replaceAll(p, "all-terrain vehicle");
        return OUTSIDE.replaceAll(p, "hanger-on");
    }

    /**
     * The statement words (of {@code v}) that name the vehicle subterm {@code c}: every word of one of its wordings
     * but the person nouns ("car occupant": "car"); 0 when one is missing or the subterm has only person nouns.
     */
    private long named(Statement v, Node c) {
        long best = 0;
        for (int[] alt : c.required) {
            long mask = 0;
            for (int id : alt) {
                if (id == person[0] || id == person[1]) {
                    continue;
                }
                long b = v.bit(id);
                mask = b == 0 || mask < 0 ? -1 : mask | b;
            }
            best = mask > 0 && Long.bitCount(mask) > Long.bitCount(best) ? mask : best;
        }
        return best;
    }

    /** The victim's part without the words that named the vehicle (they are the victim's, not the counterpart's). */
    private static String without(String part, Statement v, long vehicleWords) {
        StringBuilder out = new StringBuilder();
        int last = 0;
        Matcher m = TOKEN.matcher(part);
        List<String> drop = new ArrayList<>();
        for (int i = 0; i < v.stems.length; i++) {
            if ((vehicleWords & (1L << i)) != 0) {
                drop.add(v.stems[i]);
            }
        }
        while (m.find()) {
            boolean vehicleWord = false;
            for (String st : Words.stems(m.group())) {
                vehicleWord |= drop.contains(st);
            }
            out.append(part, last, m.start()).append(vehicleWord ? " " : m.group());
            last = m.end();
        }
        return out.append(part.substring(last)).toString();
    }

    /** The words of {@code s} whose stems are the words {@code mask} covers in {@code other}. */
    private static long own(Statement s, Statement other, long mask) {
        long out = 0;
        for (int i = 0; i < other.stems.length; i++) {
            if ((mask & (1L << i)) != 0 && other.ids[i] >= 0) {
                out |= s.bit(other.ids[i]);
            }
        }
        return out;
    }
}

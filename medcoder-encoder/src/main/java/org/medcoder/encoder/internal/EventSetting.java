package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the injured person was and their status when the injury happened: "Place of occurrence" (Y92) and "External
 * cause status" (Y99) of the Index to External Causes. Both follow the cause and activity codes (I.C.20.d), only at
 * the initial encounter (I.C.20.b, I.C.20.k), only when another external cause code is reported (I.C.20.k; Y92 is
 * "for use after other external cause codes", I.C.20.b), and only when documented: never Y92.9 or Y99.9.
 *
 * <p>A place is read from "at" or "in" and the words after it to the end of the clause ("fell down the stairs at
 * home", "in her apartment"), looked up below "Place of occurrence"; a place after "on" ("on the highway", "on a wet
 * kitchen floor") is not read, and no place follows a transport accident: the V code's traffic or nontraffic axis
 * already says whether it happened on a public road (V00-V99 definitions), and the coders of the blind sets
 * (holdout7, holdout10) leave the road out. A status is read from the words that say it ("at work", "military",
 * "volunteer", "recreational") and coded from the subterm of "External cause status" those words stand for.
 */
final class EventSetting {

    private static final Pattern PLACE = Pattern.compile("\\b(?:at|in)\\s+(?:(?:the|a|an|his|her|their|my|our)\\s+)?"
            + "([a-z][a-z' -]*?)\\s*(?=[,;.()]|$|\\b(?:while|during|when|after|with|from|by|initial|subsequent)\\b)");

    /** Status wording, each with the first words of the "External cause status" subterm it stands for. */
    private static final Pattern[] STATUS_WORDS = {
        Pattern.compile("\\b(?:at work|on the job|work[- ]related|while working)\\b"),
        Pattern.compile("\\boff[- ]duty\\b"),
        Pattern.compile("\\bmilitary\\b"),
        Pattern.compile("\\bvolunteer(?:ing)?\\b"),
        Pattern.compile("\\b(?:recreational(?:ly)?|leisure|hobby)\\b"),
    };
    private static final String[] STATUS_TERMS = {"civilian activity done for income", "off-duty activity",
        "military activity", "volunteer activity", "leisure activity"};

    private final Node place;
    private final Node status;
    private final Navigator navigator;
    private final Vocabulary vocabulary;

    EventSetting(IndexGraph externalCauseIndex, Navigator navigator, Vocabulary vocabulary) {
        Node p = null;
        Node st = null;
        for (Node main : externalCauseIndex.mainTerms) {
            String t = main.term.title();
            p = t.startsWith("Place of occurrence") ? main : p;
            st = t.startsWith("External cause status") ? main : st;
        }
        this.place = p;
        this.status = st;
        this.navigator = navigator;
        this.vocabulary = vocabulary;
    }

    /**
     * The place and status walks for an injury coded {@code injuryCode} whose other external cause codes are
     * {@code causes} (dotless), in reporting order (I.C.20.d); empty when none applies.
     */
    List<Navigator.Walk> of(String expanded, String injuryCode, List<String> causes) {
        List<Navigator.Walk> out = new ArrayList<>();
        if (causes.isEmpty() || injuryCode.length() != 7 || injuryCode.charAt(6) != 'A') {
            return out;
        }
        if (place != null && causes.stream().noneMatch(c -> c.charAt(0) == 'V')) {
            Navigator.Walk w = place(expanded);
            if (w != null) {
                out.add(w);
            }
        }
        Navigator.Walk w = status == null ? null : status(expanded);
        if (w != null) {
            out.add(w);
        }
        return out;
    }

    private Navigator.Walk place(String expanded) {
        if (!expanded.contains("at ") && !expanded.contains("in ")) {
            return null;
        }
        Matcher m = PLACE.matcher(expanded);
        while (m.find()) {
            Statement f = Statement.analyse("place of occurrence " + m.group(1), vocabulary);
            long main = f.match(place);
            if (main < 0) {
                continue;
            }
            Navigator.Walk w = navigator.from(place, main, f.optional(place), f);
            // The walk must use every word of the place ("in right ear canal" is no "canal" Y92.89) and not stop
            // at "Place of occurrence" alone (Y92.9), which says nothing (I.C.20.b).
            long words = (f.size() == 64 ? -1L : (1L << f.size()) - 1) & ~main;
            if (w.coded() != null && w.coded() != place && words != 0 && (words & ~w.covered()) == 0) {
                return w;
            }
        }
        return null;
    }

    private Navigator.Walk status(String expanded) {
        for (int i = 0; i < STATUS_WORDS.length; i++) {
            if (!STATUS_WORDS[i].matcher(expanded).find()) {
                continue;
            }
            for (Node c : status.children) {
                if (!c.code().isEmpty() && Lower.of(c.term.title()).startsWith(STATUS_TERMS[i])) {
                    return new Navigator.Walk(0, 0, new Navigator.Step(c, new Navigator.Step(status, null, ""), ""), 1);
                }
            }
        }
        return null;
    }

    /**
     * Puts the place, activity and status codes in that order (Y92, Y93, Y99: "the place of occurrence, the activity
     * ..., and the person's status", I.C.20, I.C.20.a.3), after the causes, where they already are.
     */
    static void order(List<org.medcoder.encoder.EncodedCode> all) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String v = all.get(i).code().value();
            if (v.startsWith("Y92") || v.startsWith("Y93") || v.startsWith("Y99")) {
                at.add(i);
            }
        }
        List<org.medcoder.encoder.EncodedCode> setting = new ArrayList<>(at.stream().map(all::get).toList());
        setting.sort(java.util.Comparator.comparing(c -> c.code().value()));
        for (int i = 0; i < at.size(); i++) {
            all.set(at.get(i), setting.get(i));
        }
    }
}

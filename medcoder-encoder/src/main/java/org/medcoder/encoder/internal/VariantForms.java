package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.List;

/** How a registered abbreviation pattern ("a|b", "(?:x|y) rest") splits into the variants {@link Abbreviations} keeps. */
final class VariantForms {

    private VariantForms() {
    }

    /**
     * A form opening with a group of alternatives, "(?:carrier|colonized) rest", as one form per alternative
     * ("carrier rest", "colonized rest"), in order: every variant then starts with a literal, which keeps
     * {@link Abbreviations#expand} on its fast path (one variant without a literal start sends every statement
     * through the whole alternation).
     */
    static List<String> leadingAlternatives(String form) {
        if (!form.startsWith("(?:")) {
            return List.of(form);
        }
        int depth = 0;
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                String rest = form.substring(i + 1);
                boolean quantified = !rest.isEmpty() && "?*+{".indexOf(rest.charAt(0)) >= 0;
                return quantified ? List.of(form)
                        : alternatives(form.substring(3, i)).stream().map(alt -> alt + rest).toList();
            }
        }
        return List.of(form);
    }

    /** The forms separated by a top-level "|" (one inside a group belongs to the form: "utilit(?:y|ies)"). */
    static List<String> alternatives(String forms) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < forms.length(); i++) {
            char c = forms.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(forms.substring(from, i));
                from = i + 1;
            }
        }
        out.add(forms.substring(from));
        return out;
    }
}

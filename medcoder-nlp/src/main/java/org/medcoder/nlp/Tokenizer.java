package org.medcoder.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.medcoder.core.TextSpan;

/**
 * Stage 3: splits each sentence into tokens: runs of letters and digits, short slash forms ("h/o", "r/o", "s/p")
 * and the punctuation that ends a context scope ({@code , ; : ( )}). Terms are lower case.
 */
public final class Tokenizer {

    /** The tokens of every sentence, in text order. */
    public List<Token> tokenize(String text, List<Sentence> sentences) {
        List<Token> out = new ArrayList<>(text.length() / 5);
        for (int s = 0; s < sentences.size(); s++) {
            TextSpan span = sentences.get(s).span();
            int i = span.start();
            while (i < span.end()) {
                i = next(text, i, span.end(), s, out);
            }
        }
        return out;
    }

    private static int next(String text, int i, int end, int sentence, List<Token> out) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
            int j = i + 1;
            while (j < end && Character.isLetterOrDigit(text.charAt(j))) {
                j++;
            }
            if (j - i == 1 && j + 1 < end && text.charAt(j) == '/' && Character.isLetter(text.charAt(j + 1))
                    && (j + 2 == end || !Character.isLetterOrDigit(text.charAt(j + 2)))) {
                j += 2; // h/o, r/o, s/p
            }
            out.add(new Token(TextSpan.of(i, j), text.substring(i, j).toLowerCase(Locale.ROOT), sentence, false));
            return j;
        }
        if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')') {
            out.add(new Token(TextSpan.of(i, i + 1), String.valueOf(c), sentence, false));
        }
        return i + 1;
    }
}

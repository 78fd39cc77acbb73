package org.medcoder.encoder.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A food allergy written without any reaction ("peanut allergy", "milk allergy with tolerance to baked milk",
 * "allergic to shellfish") is the patient's allergy status: the Alphabetic Index files it under "Allergy, food,
 * status (without reaction)" with the food (Z91.01-), while "Allergy" alone is an allergic reaction (T78.40). The
 * statement is rewritten in the index's words; the clinicians' names of foods are read as the index's subterms
 * (a table of words to index words, not to codes). A reaction, an encounter or an organ manifestation keeps the
 * statement as written (Index: Allergy, food, with anaphylactic shock / dermatitis / rhinitis; T78.0-, T78.1).
 */
final class FoodAllergyStatus {

    private static final Pattern FOOD = Pattern.compile("\\b(peanuts?|eggs?|milk|dairy|cow's milk|cows milk|shellfish"
            + "|seafood|fish|shrimp|crab|lobster|beef|pork|lamb|red meats?|mammalian meats?)\\b");
    private static final Pattern PHRASE = Pattern.compile("(?:\\b(?:allergy|allergic)\\s+(?:to\\s+)?(?:FOOD)"
            + "|\\b(?:FOOD)\\s+(?:protein\\s+|products?\\s+)?(?:allergy|allergic)\\b)".replace("FOOD", FOOD.pattern()
                    .replace("\\b(", "(?:").replace(")\\b", ")")));
    private static final String[] REACTIONS = {"anaphyla", "shock", "reaction", "urticaria", "hives", "rash",
        "dermatitis", "rhinitis", "swelling", "angioedema", "edema", "gastroenteritis", "colitis", "vomit", "diarrh",
        "wheez", "encounter", "asthma", "eczema", "esophagitis", "enterocolitis", "history of"};

    private FoodAllergyStatus() {
    }

    /** The statement in the index's words when it is a food allergy status, else unchanged. */
    static String rewrite(String expanded) {
        if (!expanded.contains("allerg")) {
            return expanded; // literal pre-check (hot path)
        }
        for (String r : REACTIONS) {
            if (expanded.contains(r)) {
                return expanded;
            }
        }
        Matcher m = PHRASE.matcher(expanded);
        if (!m.find()) {
            return expanded;
        }
        Matcher food = FOOD.matcher(m.group());
        if (!food.find()) {
            return expanded;
        }
        String rest = (expanded.substring(0, m.start()) + " " + expanded.substring(m.end())).strip();
        return ("allergy food status " + indexWords(food.group(1)) + " " + rest).strip();
    }

    /** The subterm of "Allergy, food, status" that names the food. */
    static String indexWords(String food) {
        return switch (food) {
            case "peanut", "peanuts" -> "peanuts";
            case "egg", "eggs" -> "eggs";
            case "milk", "dairy", "cow's milk", "cows milk" -> "milk products";
            case "shellfish", "seafood", "fish", "shrimp", "crab", "lobster" -> "seafood";
            case "red meat", "red meats" -> "red meats";
            case "mammalian meat", "mammalian meats" -> "mammalian meats";
            default -> food;
        };
    }
}

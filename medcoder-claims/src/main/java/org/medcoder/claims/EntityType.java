package org.medcoder.claims;

/** Whether a provider is a person or an organization (NM102: 1 person, 2 non-person entity). */
public enum EntityType {
    PERSON("1"), ORGANIZATION("2");

    private final String code;

    EntityType(String code) {
        this.code = code;
    }

    /** The NM102 code. */
    public String code() {
        return code;
    }

    /** Parses {@code person}/{@code organization} or {@code 1}/{@code 2}. */
    public static EntityType parse(String text) {
        for (EntityType e : values()) {
            if (e.code.equals(text) || e.name().equalsIgnoreCase(text)) {
                return e;
            }
        }
        throw new IllegalArgumentException("not an entity type: '" + text + "' (person or organization)");
    }
}

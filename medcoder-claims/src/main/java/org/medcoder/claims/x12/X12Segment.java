package org.medcoder.claims.x12;

import java.util.Arrays;

/**
 * The segment an {@link X12Scanner} has just read: its tag, position, loop and element values. One instance is
 * reused for every segment of a file, so a handler must copy what it keeps before it returns (the streaming
 * design keeps a large 835 out of memory).
 */
public final class X12Segment {

    private static final int MAX_ELEMENTS = 100;
    private static final int MAX_COMPONENTS = 20;

    private final String[] elements = new String[MAX_ELEMENTS];
    private final String[][] components = new String[MAX_ELEMENTS][];
    private final boolean[] composite = new boolean[MAX_ELEMENTS];
    private final int[] lastComponent = new int[MAX_ELEMENTS];
    private String tag = "";
    private String loop = "";
    private int positionInTransaction;
    private int count;

    X12Segment() {
    }

    void start(String newTag, int position, String currentLoop) {
        for (int i = 1; i <= count; i++) {
            elements[i] = null;
            if (composite[i]) {
                // Clear only the components this segment set: most composites use 2 of their 20 slots.
                composite[i] = false;
                Arrays.fill(components[i], 1, lastComponent[i] + 1, null);
                lastComponent[i] = 0;
            }
        }
        tag = newTag;
        positionInTransaction = position;
        loop = currentLoop;
        count = 0;
    }

    void set(int element, int component, String value) {
        if (element <= 0 || element >= MAX_ELEMENTS) {
            return;
        }
        count = Math.max(count, element);
        if (component <= 0) {
            elements[element] = value;
            return;
        }
        if (component >= MAX_COMPONENTS) {
            return;
        }
        if (components[element] == null) {
            components[element] = new String[MAX_COMPONENTS];
        }
        components[element][component] = value;
        composite[element] = true;
        lastComponent[element] = Math.max(lastComponent[element], component);
        if (component == 1) {
            elements[element] = value;
        }
    }

    /** The segment id, e.g. {@code CLP}. */
    public String tag() {
        return tag;
    }

    /** The loop the segment is in (schema loop code), empty at the top level or without a schema. */
    public String loop() {
        return loop;
    }

    /** The 1-based position of the segment in its transaction set (ST = 1), or in the interchange outside one. */
    public int position() {
        return positionInTransaction;
    }

    /** The number of elements read (the position of the last one). */
    public int elementCount() {
        return count;
    }

    /** The value of a simple element (1-based), or the first component of a composite; empty when absent. */
    public String element(int position) {
        if (position <= 0 || position > count) {
            return "";
        }
        String v = elements[position];
        return v == null ? "" : v;
    }

    /** The value of a component (both 1-based) of a composite element; component 1 of a simple element is the element. */
    public String component(int position, int component) {
        if (position <= 0 || position > count || component <= 0 || component >= MAX_COMPONENTS) {
            return "";
        }
        if (!composite[position]) {
            return component == 1 ? element(position) : "";
        }
        String c = components[position][component];
        return c == null ? "" : c;
    }
}

package org.medcoder.codesets.icd10cm;

import java.util.AbstractSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.medcoder.codesets.internal.Lazy;
import org.medcoder.codesets.internal.SnapshotBlock;

/**
 * The set of codes a Tabular file lists, read from its snapshot block only when first asked: only the mismatch
 * report of a release being built needs it, so a lookup at start-up does not decode its ~46,000 codes. Unmodifiable.
 */
final class LazyCodeSet extends AbstractSet<String> {

    private final Lazy<Set<String>> codes;

    /** The codes in {@code block}: a count, then the codes as strings (see {@link SnapshotBlock}). */
    LazyCodeSet(byte[] block) {
        this.codes = new Lazy<>(() -> {
            SnapshotBlock.Reader r = SnapshotBlock.Reader.of(block);
            int n = r.readInt();
            Set<String> set = new HashSet<>(n * 2);
            for (int i = 0; i < n; i++) {
                set.add(r.readString());
            }
            return java.util.Collections.unmodifiableSet(set);
        });
    }

    @Override
    public boolean contains(Object o) {
        return codes.get().contains(o);
    }

    @Override
    public Iterator<String> iterator() {
        return codes.get().iterator();
    }

    @Override
    public int size() {
        return codes.get().size();
    }
}

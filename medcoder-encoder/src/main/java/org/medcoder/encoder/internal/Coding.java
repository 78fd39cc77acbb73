package org.medcoder.encoder.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.medcoder.codesets.CodeRange;
import org.medcoder.codesets.IcdCmRelease;
import org.medcoder.codesets.NoteKind;
import org.medcoder.core.IcdCmCode;
import org.medcoder.encoder.EncodedCode;
import org.medcoder.encoder.Trail;

/**
 * The reported codes of one release: a completed Tabular List walk as a code with its title and trail, and the
 * final list of a statement without duplicates or Excludes1 conflicts (I.A.12.a).
 */
final class Coding {

    private final IcdCmRelease release;
    private final String releaseName;
    private final ConcurrentHashMap<String, List<CodeRange>> excludes1 = new ConcurrentHashMap<>();

    Coding(IcdCmRelease release, String releaseName) {
        this.release = release;
        this.releaseName = releaseName;
    }

    /** The walk's code with its trail: the path to it, the walk's steps and the guidelines applied. */
    EncodedCode coded(TabularWalker.Result r, String path, Collection<String> guidelines) {
        Set<String> g = new LinkedHashSet<>(List.of("I.B.1"));
        g.addAll(guidelines);
        g.addAll(r.guidelines());
        g.addAll(Guidelines.forCode(r.code()));
        String title = release.entry(r.code()).map(e -> e.longTitle()).orElse("");
        return new EncodedCode(r.code(), title, new Trail(path, r.steps(), List.copyOf(g), releaseName));
    }

    /** The codes in order, each once, without the later code of any Excludes1 pair. */
    List<EncodedCode> finish(List<EncodedCode> codes) {
        return resolveExcludes1(dedupe(codes));
    }

    /** The codes in order, each code once (its first occurrence). */
    static List<EncodedCode> dedupe(List<EncodedCode> codes) {
        Map<IcdCmCode, EncodedCode> seen = new LinkedHashMap<>();
        for (EncodedCode c : codes) {
            seen.putIfAbsent(c.code(), c);
        }
        return List.copyOf(seen.values());
    }

    /** The codes with the Z3A weeks of gestation moved after the others: they close a pregnancy's codes (I.C.21.c.11). */
    static List<EncodedCode> weeksLast(List<EncodedCode> codes) {
        List<EncodedCode> out = new ArrayList<>(codes.stream().filter(c -> !c.code().value().startsWith("Z3A")).toList());
        out.addAll(codes.stream().filter(c -> c.code().value().startsWith("Z3A")).toList());
        return out;
    }

    /** Two codes in an Excludes1 relation are never reported together (I.A.12.a): the later one is dropped. */
    private List<EncodedCode> resolveExcludes1(List<EncodedCode> codes) {
        List<EncodedCode> kept = new ArrayList<>();
        for (EncodedCode c : codes) {
            boolean excluded = false;
            for (EncodedCode k : kept) {
                excluded |= excludes(k.code(), c.code()) || excludes(c.code(), k.code());
            }
            if (!excluded) {
                kept.add(c);
            }
        }
        return kept;
    }

    private boolean excludes(IcdCmCode a, IcdCmCode b) {
        List<CodeRange> known = excludes1.get(a.value());
        for (CodeRange r : known != null ? known : excludes1.computeIfAbsent(a.value(), k -> release.notes(a).stream()
                .filter(n -> n.note().kind() == NoteKind.EXCLUDES1)
                .flatMap(n -> n.note().references().stream()).toList())) {
            if (r.contains(b)) {
                return true;
            }
        }
        return false;
    }
}

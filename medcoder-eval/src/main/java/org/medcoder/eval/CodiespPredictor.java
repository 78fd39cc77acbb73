package org.medcoder.eval;

/** A coder under evaluation: from a document's id and text to its ranked codes. */
@FunctionalInterface
public interface CodiespPredictor {

    /** The ranked codes for one document. */
    RankedCodes predict(String documentId, String text);
}

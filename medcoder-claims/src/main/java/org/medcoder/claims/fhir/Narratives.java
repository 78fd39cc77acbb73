package org.medcoder.claims.fhir;

import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;

/** A one-line generated narrative (R4 dom-6 asks every resource to have one); it names no person. */
final class Narratives {

    private Narratives() {
    }

    static Narrative of(String summary) {
        Narrative n = new Narrative();
        n.setStatus(Narrative.NarrativeStatus.GENERATED);
        XhtmlNode div = new XhtmlNode(org.hl7.fhir.utilities.xhtml.NodeType.Element, "div");
        div.setAttribute("xmlns", "http://www.w3.org/1999/xhtml");
        div.addText(summary);
        n.setDiv(div);
        return n;
    }
}

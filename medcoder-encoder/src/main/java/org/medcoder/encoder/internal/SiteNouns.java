package org.medcoder.encoder.internal;

import java.util.Map;

/**
 * Site adjectives of non-neoplasm statements and the Alphabetic Index's site subterm noun they stand for: the index
 * files sites by noun ("Abscess, vulva" N76.4; "Ectropion, cervix" N86; "Pain, testis" N50.81-; "Hypertrophy,
 * labium" N90.60; "Dystrophy, nail" L60.3), clinicians write the adjective ("vulvar abscess", "cervical ectropion",
 * "testicular pain", "labial hypertrophy", "toenail dystrophy"), and a region the other way round (the bone for the
 * index's "sacral region"). The adjective also matches the noun (same bit of the statement), so a path through the
 * noun explains no more words than the statement has (I.A, I.B.1).
 */
final class SiteNouns {

    /** Stem of the statement's word to stem of the index word it also matches. */
    static final Map<String, String> ADJECTIVES = SiteAliases.adjectives("vulvar", "vulva", "vulval", "vulva",
            "labial", "labium", "cervical", "cervix", "testicular", "testis", "scrotal", "scrotum", "penile", "penis",
            "vaginal", "vagina", "uterine", "uterus", "toenail", "nail", "fingernail", "nail", "toenails", "nail",
            "fingernails", "nail", "gingival", "gingiva", "tonsillar", "tonsil", "esophageal", "esophagus",
            "duodenal", "duodenum", "pleural", "pleura", "pericardial", "pericardium", "splenic", "spleen",
            "pancreatic", "pancreas", "rectal", "rectum", "anal", "anus",
            "laryngeal", "larynx", "pharyngeal", "pharynx", "tracheal", "trachea", "ureteral", "ureter",
            "urethral", "urethra", "ovarian", "ovary", "prostatic", "prostate",
            // The site axis of the FY2025 non-pressure ulcer codes (L98.43- "of abdomen").
            "abdominal", "abdomen",
            // The other way round: the index names the region by its adjective ("Ulcer, pressure, stage 3, sacral
            // region (tailbone)" L89.153), clinicians the bone ("pressure ulcer of sacrum").
            "sacrum", "sacral",
            // Clinicians' "bleeding" is the index's "hemorrhage" ("Ulcer, stomach, with hemorrhage" K25.4); a
            // statement that says "bleeding" still meets the index's own "Bleeding" entries first.
            "bleeding", "hemorrhage", "bleed", "hemorrhage");

    private SiteNouns() {
    }
}

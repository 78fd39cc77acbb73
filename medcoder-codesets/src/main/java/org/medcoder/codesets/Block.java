package org.medcoder.codesets;

/**
 * A Tabular List block (section within a chapter), e.g. {@code E08-E13} "Diabetes mellitus".
 *
 * @param id    the block id as the Tabular writes it, e.g. {@code E08-E13}
 * @param title the block title
 * @param range the categories it covers
 */
public record Block(String id, String title, CodeRange range) {
}

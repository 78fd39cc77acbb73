package org.medcoder.codesets;

/**
 * A Tabular List chapter, e.g. chapter 4 "Endocrine, nutritional and metabolic diseases (E00-E89)".
 *
 * @param number the chapter number, 1..22
 * @param title  the chapter title with its range
 * @param range  the codes the chapter covers
 */
public record Chapter(int number, String title, CodeRange range) {
}

package org.medcoder.codesets;

/**
 * One allowed 7th character and its meaning, e.g. {@code A} "initial encounter for closed fracture"
 * (Guideline I.A.5; I.C.19.a for injuries).
 */
public record SeventhCharacter(char character, String meaning) {
}

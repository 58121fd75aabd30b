/**
 * Internal: tells which topics of the controlled vocabulary ({@link org.atlas1540.notes.Topic})
 * a text is about, by keyword and phrase rules documented in {@code docs/topics.md}. The entry
 * point is {@link org.atlas1540.notes.topics.TopicDetector}; the rules are in
 * {@code TopicVocabulary}.
 */
package org.atlas1540.notes.topics;

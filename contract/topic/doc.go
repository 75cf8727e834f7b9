// Package topic is Frente's fixed, bilingual taxonomy of contract subjects
// and the rules that assign them to clauses of English and Spanish
// agreements. Every assignment carries the phrases that caused it, so a
// person can see why and override it.
//
// Rules are phrase lists over folded text (lower case, no accents): a
// phrase in a heading is strong evidence on its own; phrases in the text
// add up, and must add up to more in long texts. Neighbours are kept apart
// by writing rules that need the specific words ("drug test", not "test")
// and by Not lists that make text evidence harder to come by when words of
// a neighbouring subject are present (a polygraph clause is not drug
// testing).
package topic

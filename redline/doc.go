// Package redline shows, word by word, what a proposal (or a successor
// agreement) would change in the current text of a contract.
//
// Diff compares paragraphs first and words only inside the paragraphs that
// changed, keeps every byte of white space in its runs (so both texts can
// be rebuilt exactly from the result), and marks text that was moved
// rather than deleted. Text and HTML render the result so that it reads in
// black and white: every change carries a bracket or symbol as well as a
// colour.
//
// The package is pure: no I/O, no global state, safe for concurrent use.
package redline

// Package contract does the pure text work on collective bargaining
// agreements: it turns a file (plain text, Markdown, HTML, DOCX or PDF, in
// English or Spanish) into a Document, a tree of parts, chapters, articles,
// sections and appendices with the topics each one deals with.
//
// It stores nothing and knows nothing of HTTP or the command line, so that
// the parser can be fuzzed and benchmarked on its own and the ingest, search
// and comparison code can share one reading of every agreement.
//
// The pipeline is extract (bytes → text, with each format's errors),
// normalize (encoding, NFC, page furniture, tables of contents), structure
// (headings and their nesting) and classify (package topic).
package contract

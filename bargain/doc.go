// Package bargain holds the text rules of bargaining that need no store:
// whether an employer's proposal looks like a takeaway against the clause
// it changes. It is pure and fast; the store calls it on every write.
package bargain

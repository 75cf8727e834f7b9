// Package align pairs the articles of a predecessor agreement with those of
// its successor: which article became which across renumbering, moves,
// renames, splits and merges, and which were added or removed.
//
// The method, chosen for agreements decades apart as much as for two
// consecutive terms:
//
//   - each unit's text becomes a TF-IDF vector of words, word pairs and
//     whole sentences (the sentences tell apart articles that share a
//     vocabulary, as the many "Safety and Health [agency]" articles do);
//   - a pair scores mostly on the cosine of the texts, then on the
//     headings, with a small pull towards the same relative position and
//     the same number;
//   - pairs are taken greedily, best score first, above a threshold:
//     first the strong ones (texts alike, or alike enough with the same
//     heading);
//   - then a pass explains what is left: a successor unit whose sentences
//     (or word pairs) come from a predecessor unit, and are not already in
//     that unit's partner, is a part split off it; the mirror case is a
//     merge;
//   - then the weak pairs (a shared heading over a rewritten text) among
//     the units still alone;
//   - "moved" marks the pairs outside the longest run that keeps its order.
//
// Nothing here reads files or a database: FromDocument and FromStored turn
// a parsed or a stored agreement into Units, and Units compares two slices.
package align

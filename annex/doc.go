// Package annex holds the annexes of a data processing agreement, in the
// order of the Danish Datatilsynet standard clauses that Nordic agreements
// follow:
//
//   - A, [Processing]: purposes, nature, and for each group of data subjects
//     the personal data held (ordinary, special categories by kind, criminal
//     data, national identity numbers, other confidential data), duration and
//     specific deletion rules (GDPR Art. 28(3) chapeau).
//   - B, [SubProcessors]: the authorisation model, notice and objection
//     periods and the approved sub-processors (Art. 28(2) and (4)). Annex E,
//     the processor chain, is the tree their "engaged by" links form; see
//     [SubProcessors.Chain].
//   - C, [Instructions]: the subject of the instructions, security (the
//     agreed level and required measures), assistance, retention and
//     deletion, processing locations, the transfer instruction and the audit
//     procedures (Art. 28(3)(a)–(h)).
//   - D, [OtherTerms]: anything else the parties agree.
//
// # Rules
//
// The rules that need only an annex live here, in the annexes' Check
// methods, which dpa.Validate runs; the agreement-wide rules (transfers
// against the agreement date, special categories against the security
// level) live in package dpa. Each code is a constant, such as
// [CodeSubNameMissing]; [Defs] returns copies of their definitions.
package annex

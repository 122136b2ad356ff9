package dpa

// Checklist is the nine-point Art. 28(3) checklist, for the test that
// writes docs/findings.md.
var Checklist = checklist

package finding

// WithDef returns f with the definition its message comes from, as
// [List.Add] would have made it, so that tests can write findings as
// literals.
func WithDef(f Finding, d *Def) Finding { f.def = d; return f }

// DefOf returns the definition f's message comes from.
func DefOf(f Finding) *Def { return f.def }

// Package generated: findings in generated files are dropped.
package generated

func Hand() {
	println("hand-written") // want `debugprint/builtin: builtin println`
}

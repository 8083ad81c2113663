package nolint

func bad() {}

func plain() {
	bad() // want "call to bad"
}

func sameLine() {
	bad() //nolint
	bad() //nolint:all
	bad() //nolint:fake
	bad() //nolint:other,FAKE // reason after the names
	bad() // nolint:fake
	bad() //nolint:other // want "call to bad"
	bad() //nolintfake // want "call to bad"
}

func lineAbove() {
	//nolint:fake // a directive alone on the line above covers the statement
	if true {
		bad()
		bad()
	}
	bad() // want "call to bad"
}

//nolint:fake // on a declaration it covers the whole function
func wholeDecl() {
	bad()
	bad()
}

func notAligned() {
	_ = 0 //nolint:fake // a directive in another column covers only its own line
	bad() // want "call to bad"
}

func lineBelowDirective() {
	bad() // want "call to bad"
	//nolint:fake
}

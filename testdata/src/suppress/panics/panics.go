package panics

func boom() {}

func f() {
	boom()
}

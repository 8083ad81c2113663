// Package emptybranch holds the fixtures of errcheckcb/empty-branch (an
// error checked and then swallowed by an empty branch): positives carry a
// "want" comment, traps carry none.
package emptybranch

import "errors"

func fails() error { return errors.New("x") }

func emptyIf() {
	// want +2 `errcheckcb/empty-branch: the error is checked and then swallowed by an empty branch, so a failure goes unnoticed; handle it, or say why in a comment inside the braces`

	if err := fails(); err != nil {
	}
	err := fails()
	// want +2 `the error is checked and then swallowed by an empty branch`

	if err != nil {
	}
	// want +2 `the error is checked and then swallowed`

	if nil != err {
	} else {
		println()
	}
	// want +2 `swallowed`

	if err != nil {
		//nolint:errcheck
	}
}

func emptyIfTraps(p *int, ok bool) {
	err := fails()
	if err != nil {
		// A missing avatar is fine.
	}
	if err != nil { /* best effort */
	}
	if err != nil {
	} // ignored: the cache is optional
	if err != nil {
		println(err.Error())
	}
	if err == nil {
	}
	if p != nil {
	}
	if ok {
	}
}

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

type namespaced struct{ ns string }

// namespace never fails: it returns nil on every path.
func (n *namespaced) namespace() (string, error) { return n.ns, nil }

func lookupNS() (string, error) { return "", errNS }

var errNS = errorString("no namespace")

type errorString string

func (e errorString) Error() string { return string(e) }

// Trap: the branch cannot run; the call never fails.
func (n *namespaced) config() string {
	ns, err := n.namespace()
	if err != nil {
	}
	return ns
}

// Positive: the call may fail.
func configOf() string {
	ns, err := lookupNS()
	// want +2 `the error is checked and then swallowed by an empty branch`

	if err != nil {
	}
	return ns
}

// Positive: the error tested is not the one the never-failing call just
// assigned.
func (n *namespaced) configAfter() string {
	_, lookupErr := lookupNS()
	ns, err := n.namespace()
	// want +2 `the error is checked and then swallowed by an empty branch`

	if lookupErr != nil {
	}
	if err != nil {
		return ""
	}
	return ns
}

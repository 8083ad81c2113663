// Package tui imports a terminal UI framework, which does not make it a
// command: it is library code. Its constant message is no dump, so only
// debugprint/library-output reports it.
package tui

import (
	"fmt"

	"github.com/rivo/tview"
)

func Run() *tview.Application {
	fmt.Print("starting") // want `debugprint/library-output: fmt.Print in library code`
	return tview.NewApplication()
}

// Package tui imports a terminal UI framework: its output is the screen.
package tui

import (
	"fmt"

	"github.com/rivo/tview"
)

func Run() *tview.Application {
	fmt.Print("starting")
	return tview.NewApplication()
}

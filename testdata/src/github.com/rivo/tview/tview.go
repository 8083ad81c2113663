// Package tview is a stand-in for github.com/rivo/tview.
package tview

type Application struct{}

func NewApplication() *Application { return &Application{} }

// An example program (package main below examples/): what it prints is what
// it demonstrates, so its builtins are not reported (trap). A command's are
// (tool/cmd/serve), and so are an example helper package's
// (tool/examples/chat).
package main

import (
	"os"
	"os/signal"
)

func main() {
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt)
	println("watching; press ^C to stop")
	<-stop
	println()
}

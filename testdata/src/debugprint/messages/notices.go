package messages

import "fmt"

// Notices: a token in capitals glued to notation (a bracketed level tag,
// a placeholder in braces, a revision like HEAD@{1}) or joined by an
// underscore (an environment variable's name) is no shout. No finding.
func Notices(n int) {
	fmt.Println("[INFO] Using APP_TOKEN.")
	fmt.Println("[INFO] Using ~/.app-token.")
	fmt.Println("Using {HOME}.")
	fmt.Println("Set APP_TOKEN")
}

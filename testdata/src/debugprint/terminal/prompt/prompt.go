// Package prompt talks with a user at the terminal (it reads os.Stdin and
// calls a prompt helper): its prints are part of that conversation.
package prompt

import (
	"bufio"
	"fmt"
	"os"
)

func Confirm(question string) bool {
	fmt.Printf("%s [y/N] ", question)
	var answer string
	fmt.Scanln(&answer)
	return answer == "y"
}

func ReadName() string {
	ask := func() string {
		fmt.Print("name: ")
		line, _ := bufio.NewReader(os.Stdin).ReadString('\n')
		return line
	}
	return ask()
}

func Revert(names []string) bool {
	if !yesNoPrompt("revert?") {
		fmt.Println("The command has been cancelled")
		return false
	}
	fmt.Println("reverting", len(names))
	return true
}

func yesNoPrompt(q string) bool { return q != "" }

// Package wizard is an interactive setup wizard built on a prompt library:
// a conversation with the terminal, all prose, prompts and menus. Nothing
// is reported by the default rules (a trap).
package wizard

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

type Answers struct {
	Name   string
	Region string
}

func Run() (*Answers, error) {
	in := bufio.NewReader(os.Stdin)
	a := &Answers{}
	fmt.Println("Welcome to the setup wizard!")
	fmt.Print("Project name: ")
	name, err := in.ReadString('\n')
	if err != nil {
		return nil, err
	}
	a.Name = strings.TrimSpace(name)
	regions := []string{"eu-west", "us-east"}
	fmt.Println("Choose a region:")
	for i, r := range regions {
		fmt.Printf("  %d) %s\n", i+1, r)
	}
	fmt.Print("> ")
	fmt.Print(">>> ")
	choice, err := in.ReadString('\n')
	if err != nil {
		return nil, err
	}
	a.Region = strings.TrimSpace(choice)
	fmt.Printf("Creating %s in %s...\n", a.Name, a.Region)
	fmt.Println(strings.Repeat("-", 20))
	fmt.Printf("✔ %s is ready\n", a.Name)
	frames := []string{"|", "/", "-", "\\"}
	for i := range 3 {
		fmt.Printf("\r%s %d", frames[i%len(frames)], i) // a spinner
	}
	return a, nil
}

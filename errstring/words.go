package errstring

import "strings"

// splitWords splits a camelCase or snake_case identifier into lower-case
// words.
func splitWords(name string) []string {
	var words []string
	start := 0
	for i := 1; i <= len(name); i++ {
		if i == len(name) || name[i] == '_' || isUpper(name[i]) && !isUpper(name[i-1]) {
			if w := strings.Trim(name[start:i], "_"); w != "" {
				words = append(words, strings.ToLower(w))
			}
			start = i
		}
	}
	return words
}

func isUpper(b byte) bool { return 'A' <= b && b <= 'Z' }

package debugprint

// lineRange widens the byte range [start, end) of src to whole lines: from
// the start of start's line to just after the newline that ends end's line.
// ok is false unless only blanks precede start on its line and only blanks
// and a // comment follow end on its line.
func lineRange(src []byte, start, end int) (s, e int, ok bool) {
	if start < 0 || end > len(src) || start > end {
		return 0, 0, false
	}
	s = start
	for s > 0 && (src[s-1] == ' ' || src[s-1] == '\t') {
		s--
	}
	if s > 0 && src[s-1] != '\n' {
		return 0, 0, false
	}
	e = end
	for e < len(src) && (src[e] == ' ' || src[e] == '\t' || src[e] == '\r') {
		e++
	}
	if e+1 < len(src) && src[e] == '/' && src[e+1] == '/' {
		for e < len(src) && src[e] != '\n' {
			e++
		}
	}
	if e < len(src) {
		if src[e] != '\n' {
			return 0, 0, false
		}
		e++
	}
	return s, e, true
}

// lineAt returns the line of src that starts at offset i, without its
// newline, and the offset after its newline.
func lineAt(src []byte, i int) (line []byte, next int) {
	j := i
	for j < len(src) && src[j] != '\n' {
		j++
	}
	if j < len(src) {
		return src[i:j], j + 1
	}
	return src[i:j], j
}

// lineBefore returns the line of src that ends just before offset i (the
// start of a line), and its start offset; ok is false at the top.
func lineBefore(src []byte, i int) (line []byte, start int, ok bool) {
	if i == 0 {
		return nil, 0, false
	}
	start = i - 1
	for start > 0 && src[start-1] != '\n' {
		start--
	}
	return src[start : i-1], start, true
}

func isBlank(line []byte) bool {
	for _, b := range line {
		if b != ' ' && b != '\t' && b != '\r' {
			return false
		}
	}
	return true
}

// dropBlankLine extends the deletion of whole lines [s, e) so that it
// leaves no two blank lines in a row, which gofmt would join.
func dropBlankLine(src []byte, s, e int) (int, int) {
	prev, prevStart, hasPrev := lineBefore(src, s)
	if e >= len(src) {
		if hasPrev && isBlank(prev) {
			return prevStart, e // no blank line at the end of the file
		}
		return s, e
	}
	next, after := lineAt(src, e)
	if hasPrev && isBlank(prev) && isBlank(next) {
		return s, after
	}
	return s, e
}

// dropBlankInImports is dropBlankLine inside an import ( ... ) list, where
// gofmt also removes a blank line after "(" or before ")".
func dropBlankInImports(src []byte, s, e int) (int, int) {
	prev, prevStart, hasPrev := lineBefore(src, s)
	next, after := lineAt(src, e)
	prevBlank := hasPrev && isBlank(prev)
	prevOpen := hasPrev && len(prev) > 0 && prev[len(prev)-1] == '('
	nextClose := len(trimSpace(next)) == 1 && trimSpace(next)[0] == ')'
	switch {
	case (prevBlank || prevOpen) && isBlank(next):
		return s, after
	case prevBlank && nextClose:
		return prevStart, e
	}
	return s, e
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}

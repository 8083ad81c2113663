package driver

import (
	"fmt"
	"strings"
)

// unifiedDiff returns the unified diff (three lines of context) that turns
// old into new, with the header names given; "" when they are equal.
func unifiedDiff(oldName, newName string, old, new []byte) string {
	a, b := splitLines(string(old)), splitLines(string(new))
	ops := lineDiff(a, b)
	var out strings.Builder
	const context = 3
	for i := 0; i < len(ops); {
		if ops[i].kind == ' ' {
			i++
			continue
		}
		// A hunk: from context lines before the change to context lines
		// after the last change that is no more than 2*context lines away.
		start := max(i-context, 0)
		end := i
		for j := i; j < len(ops); j++ {
			if ops[j].kind != ' ' {
				end = j + 1
			} else if j-end >= 2*context {
				break
			}
		}
		end = min(end+context, len(ops))
		if out.Len() == 0 {
			fmt.Fprintf(&out, "--- %s\n+++ %s\n", oldName, newName)
		}
		writeHunk(&out, ops[start:end])
		i = end
	}
	return out.String()
}

type lineOp struct {
	kind         byte // ' ', '-' or '+'
	text         string
	aLine, bLine int // 1-based line in old and new where the op stands
}

func writeHunk(out *strings.Builder, ops []lineOp) {
	aStart, bStart := ops[0].aLine, ops[0].bLine
	aCount, bCount := 0, 0
	for _, op := range ops {
		if op.kind != '+' {
			aCount++
		}
		if op.kind != '-' {
			bCount++
		}
	}
	if aCount == 0 {
		aStart-- // an empty range names the line before it
	}
	if bCount == 0 {
		bStart--
	}
	fmt.Fprintf(out, "@@ -%d,%d +%d,%d @@\n", aStart, aCount, bStart, bCount)
	for _, op := range ops {
		out.WriteByte(op.kind)
		out.WriteString(op.text)
		if !strings.HasSuffix(op.text, "\n") {
			out.WriteString("\n\\ No newline at end of file\n")
		}
	}
}

// splitLines splits s into lines that keep their "\n".
func splitLines(s string) []string {
	var lines []string
	for s != "" {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			lines = append(lines, s)
			break
		}
		lines = append(lines, s[:i+1])
		s = s[i+1:]
	}
	return lines
}

// lineDiff is Myers' O(ND) difference of a and b as a list of operations.
func lineDiff(a, b []string) []lineOp {
	n, m := len(a), len(b)
	maxD := n + m
	v := make([]int, 2*maxD+3)
	var trace [][]int
	off := maxD + 1
	for d := 0; d <= maxD; d++ {
		trace = append(trace, append([]int(nil), v...))
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || k != d && v[off+k-1] < v[off+k+1] {
				x = v[off+k+1]
			} else {
				x = v[off+k-1] + 1
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x, y = x+1, y+1
			}
			v[off+k] = x
			if x >= n && y >= m {
				return backtrack(a, b, trace, off, d, k)
			}
		}
	}
	return nil
}

// backtrack walks Myers' trace back from (d, k) to the start.
func backtrack(a, b []string, trace [][]int, off, d, k int) []lineOp {
	var rev []lineOp
	x, y := len(a), len(b)
	for ; d > 0; d-- {
		v := trace[d]
		var prevK int
		if k == -d || k != d && v[off+k-1] < v[off+k+1] {
			prevK = k + 1
		} else {
			prevK = k - 1
		}
		prevX := v[off+prevK]
		prevY := prevX - prevK
		for x > prevX && y > prevY {
			x, y = x-1, y-1
			rev = append(rev, lineOp{' ', a[x], x + 1, y + 1})
		}
		if x == prevX {
			y--
			rev = append(rev, lineOp{'+', b[y], x + 1, y + 1})
		} else {
			x--
			rev = append(rev, lineOp{'-', a[x], x + 1, y + 1})
		}
		k = prevK
	}
	for x > 0 && y > 0 {
		x, y = x-1, y-1
		rev = append(rev, lineOp{' ', a[x], x + 1, y + 1})
	}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	return rev
}

package redline

import "strings"

// renderer is what Text and HTML do with each piece of a redline.
type renderer interface {
	plain(s string)
	marked(k Kind, move int, s string)
}

// render walks ops the way both formats want them read:
//
//   - A change made only of white space (a line re-wrapped, a double
//     space) is not marked; the proposed text's spacing is shown.
//   - White space at either edge of a changed run is written outside the
//     marks, so that "[-his or her-] {+their+}" reads like prose and no
//     mark begins or ends in a line break.
func render(ops []Op, r renderer) {
	for i := 0; i < len(ops); {
		if ops[i].Kind == Equal {
			r.plain(ops[i].Text)
			i++
			continue
		}
		j := i
		blank := true
		for j < len(ops) && ops[j].Kind != Equal {
			blank = blank && isBlank(ops[j].Text)
			j++
		}
		for _, op := range ops[i:j] {
			switch {
			case blank && op.Kind == Insert:
				r.plain(op.Text)
			case blank:
			default:
				core := strings.TrimLeftFunc(op.Text, isSpace)
				lead := op.Text[:len(op.Text)-len(core)]
				core = strings.TrimRightFunc(core, isSpace)
				trail := op.Text[len(lead)+len(core):]
				r.plain(lead)
				if core != "" {
					r.marked(op.Kind, op.Move, core)
				}
				r.plain(trail)
			}
		}
		i = j
	}
}

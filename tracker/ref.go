package tracker

import (
	"fmt"
	"hash/fnv"
	"strings"

	"github.com/frente/frente"
)

// A dispute's ref is its stable key across imports:
//
//   - "lat:<ID>" for a row of the Labor Action Tracker, whose IDs are unique;
//   - "fmcs:<case number>:<start date>" for a row of the FMCS, whose case
//     numbers repeat over the separate stoppages of one case (a strike,
//     a return, a second strike), each with its own start;
//   - with ":<hash>" of the employer, union and place after it for the
//     rows of one file that share a case number and a start too.
//
// A tracker ID that is already a ref (an export of records that came from
// another format, or from Frente itself) is kept as it is, so that what
// goes out comes back as the same record.
var refPrefixes = []string{"lat:", "fmcs:", "frente:"}

// isRef reports whether a tracker's ID is already a ref.
func isRef(id string) bool {
	for _, p := range refPrefixes {
		if strings.HasPrefix(id, p) && len(id) > len(p) {
			return true
		}
	}
	return false
}

func latRef(id string) string {
	if isRef(id) {
		return id
	}
	return "lat:" + id
}

func fmcsRef(caseNumber string, start frente.Date) string {
	if isRef(caseNumber) {
		return caseNumber
	}
	return "fmcs:" + caseNumber + ":" + string(start)
}

// partiesHash tells apart the rows of one case that began the same day.
func partiesHash(r *frente.DisputeRow) string {
	h := fnv.New32a()
	for _, s := range []string{r.Employer, r.Union, r.Local, r.Dispute.Place.City, r.Dispute.Place.Region} {
		h.Write([]byte(frente.Fold(s)))
		h.Write([]byte{0})
	}
	return fmt.Sprintf("%08x", h.Sum32())
}

// trackerID is the ID or case number an export writes for d: the
// tracker's own when d came from that tracker and its ref says it all,
// else the ref itself, else Frente's id.
func trackerID(f Format, d *frente.Dispute) string {
	ref := d.Ref
	switch {
	case ref == "":
		return fmt.Sprintf("frente:%d", d.ID)
	case f == LAT && strings.HasPrefix(ref, "lat:") && !isRef(ref[len("lat:"):]):
		return ref[len("lat:"):]
	case f == FMCS && strings.HasPrefix(ref, "fmcs:") && strings.HasSuffix(ref, ":"+string(d.Start)):
		c := strings.TrimSuffix(ref[len("fmcs:"):], ":"+string(d.Start))
		if c != "" && !isRef(c) && fmcsRef(c, d.Start) == ref {
			return c
		}
	}
	return ref
}

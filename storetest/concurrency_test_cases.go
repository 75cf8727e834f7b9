package storetest

import (
	"fmt"
	"sync"
	"testing"

	"github.com/frente/frente"
)

// testConcurrency has writers and readers at work together, as a server
// under load does: every write lands, no reader fails on a lock.
func testConcurrency(t *testing.T, open Opener) {
	s := open(t)
	parent := mustOrg(t, s, frente.Organization{Kind: "union", Name: "United Steelworkers", Country: "US"})
	const writers, each = 4, 10
	var wg sync.WaitGroup
	errs := make(chan error, writers*each*2)
	for w := 0; w < writers; w++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for i := 0; i < each; i++ {
				o := frente.Organization{Kind: "local", Name: fmt.Sprintf("Local %d-%d", w, i), Country: "US", ParentID: parent.ID}
				if err := s.CreateOrganization(ctx(), &o); err != nil {
					errs <- err
				}
			}
		}()
		go func() {
			defer wg.Done()
			for i := 0; i < each; i++ {
				if _, err := s.OrganizationSubtree(ctx(), parent.ID); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	p, err := s.FindOrganizations(ctx(), frente.OrganizationFilter{ParentID: parent.ID})
	if err != nil || p.Total != writers*each {
		t.Fatalf("children: %d (%v), want %d", p.Total, err, writers*each)
	}
}

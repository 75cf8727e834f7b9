// Package storetest is the conformance suite every frente.Store passes:
// the same cases, run against a real SQLite file and a real PostgreSQL.
package storetest

import (
	"context"
	"errors"
	"testing"

	"github.com/frente/frente"
)

// Opener returns a new, empty, migrated store for one test.
type Opener func(t *testing.T) frente.Store

// Run runs the whole suite.
func Run(t *testing.T, open Opener) {
	t.Run("Organizations", func(t *testing.T) { testOrganizations(t, open) })
	t.Run("OrganizationTree", func(t *testing.T) { testOrganizationTree(t, open) })
	t.Run("Listing", func(t *testing.T) { testListing(t, open) })
	t.Run("Workplaces", func(t *testing.T) { testWorkplaces(t, open) })
	t.Run("PeopleAndPositions", func(t *testing.T) { testPeople(t, open) })
	t.Run("Campaigns", func(t *testing.T) { testCampaigns(t, open) })
	t.Run("Visibility", func(t *testing.T) { testVisibility(t, open) })
	t.Run("Concurrency", func(t *testing.T) { testConcurrency(t, open) })
	t.Run("Ownership", func(t *testing.T) { testOwnership(t, open) })
	t.Run("Memberships", func(t *testing.T) { testMemberships(t, open) })
	t.Run("SessionsAndTokens", func(t *testing.T) { testSessionsAndTokens(t, open) })
	t.Run("Audit", func(t *testing.T) { testAudit(t, open) })
	t.Run("Agreements", func(t *testing.T) { testAgreements(t, open) })
	t.Run("Search", func(t *testing.T) { testSearch(t, open) })
	t.Run("SearchRanking", func(t *testing.T) { testSearchRanking(t, open) })
	t.Run("Negotiations", func(t *testing.T) { testNegotiations(t, open) })
	t.Run("Proposals", func(t *testing.T) { testProposals(t, open) })
	t.Run("Matrix", func(t *testing.T) { testMatrix(t, open) })
	t.Run("Disputes", func(t *testing.T) { testDisputes(t, open) })
	t.Run("Solidarity", func(t *testing.T) { testSolidarity(t, open) })
	t.Run("DisputeImport", func(t *testing.T) { testDisputeImport(t, open) })
}

// ctx is a context for trusted work that sees every record.
func ctx() context.Context { return frente.WithViewer(context.Background(), frente.System) }

// mustOrg creates an organization or fails the test.
func mustOrg(t *testing.T, s frente.Store, o frente.Organization) *frente.Organization {
	t.Helper()
	if o.Visibility == "" {
		o.Visibility = frente.Public
	}
	if err := s.CreateOrganization(ctx(), &o); err != nil {
		t.Fatalf("create organization %q: %v", o.Name, err)
	}
	return &o
}

// wantCode fails unless err carries the code.
func wantCode(t *testing.T, err error, code string) {
	t.Helper()
	if got := frente.ErrorCode(err); got != code {
		t.Fatalf("error code = %q (%v), want %q", got, err, code)
	}
}

// wantField fails unless err is invalid input naming field with code.
func wantField(t *testing.T, err error, field, code string) {
	t.Helper()
	var e *frente.Error
	if !errors.As(err, &e) {
		t.Fatalf("error = %v, want a frente.Error on %s", err, field)
	}
	for _, f := range e.Fields {
		if f.Field == field && (code == "" || f.Code == code) {
			return
		}
	}
	t.Fatalf("error %v does not name field %s with code %s", err, field, code)
}

func ids[T any](items []T, id func(T) frente.ID) []frente.ID {
	out := make([]frente.ID, len(items))
	for i, it := range items {
		out[i] = id(it)
	}
	return out
}

func orgIDs(os []*frente.Organization) []frente.ID {
	return ids(os, func(o *frente.Organization) frente.ID { return o.ID })
}

func orgNames(os []*frente.Organization) []string {
	out := make([]string, len(os))
	for i, o := range os {
		out[i] = o.Name
	}
	return out
}

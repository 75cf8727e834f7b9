package postgres_test

import (
	"context"
	"testing"

	"github.com/frente/frente"
	"github.com/frente/frente/postgres"
	"github.com/frente/frente/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) frente.Store { return storetest.Postgres(t) })
}

func TestMigrateTwice(t *testing.T) {
	s := storetest.Postgres(t) // migrated once on open
	applied, err := postgres.Migrate(context.Background(), s.DB())
	if err != nil || len(applied) != 0 {
		t.Fatalf("second migrate applied %v (%v), want nothing", applied, err)
	}
}

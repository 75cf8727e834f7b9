// Package frente holds the domain of Frente: the organizations, workplaces,
// people and campaigns that allied unions share, the rules that keep those
// records valid, and the interfaces of the services that store them.
//
// It imports nothing of storage, HTTP or the command line; those live in
// their own packages (sqlstore, sqlite, postgres, http, cmd/frente) and
// depend on this one, never the other way round.
package frente

package http

import (
	"context"
	"net/http"
	"net/url"
	"slices"

	"github.com/frente/frente"
	"github.com/frente/frente/auth"
)

// membersPage is the data of the page of an organization's members.
type membersPage struct {
	layout
	Org     *frente.Organization
	Members []frente.Membership
	// CanManage shows the forms to add and remove members: to admins of
	// the organization or of one above it, whom the store lets do it.
	CanManage bool
	Form      *form
	// NewEmail and NewPassword name an account just made for a new
	// member, with its generated password: shown this once, for the admin
	// to pass on.
	NewEmail, NewPassword string
	Notice                string
	// Problem says why removing the member RemoveID failed.
	Problem  string
	RemoveID frente.ID
}

var memberSpec = formSpec{fields: []string{"email", "role"}, required: []string{"email", "role"}}

var memberNotices = []string{"member_saved", "member_removed"}

// membersPage lists who belongs to an organization and with which role,
// to anyone logged in who may see the organization.
func (s *Server) membersPage(w http.ResponseWriter, r *http.Request) {
	p, ok := s.loadMembers(w, r, newMemberForm(r), "")
	if !ok {
		return
	}
	if n := r.URL.Query().Get("notice"); slices.Contains(memberNotices, n) {
		p.Notice = langOf(r).T("members.notice." + n)
	}
	s.render(w, r, http.StatusOK, "members", p)
}

// loadMembers reads the organization of the route and its members for a
// logged-in reader with at least min there ("": any role or none);
// otherwise it answers the refusal itself and reports false.
func (s *Server) loadMembers(w http.ResponseWriter, r *http.Request, f *form, min frente.Role) (*membersPage, bool) {
	u := s.requireUser(w, r)
	if u == nil {
		return nil, false
	}
	ctx := r.Context()
	id, err := pathID(r)
	var o *frente.Organization
	if err == nil {
		o, err = s.Store.FindOrganizationByID(ctx, id)
	}
	var role frente.Role
	if err == nil {
		role, err = s.roleFinder(ctx, u)(id)
	}
	if err == nil && min != "" && !role.AtLeast(min) {
		err = &frente.Error{Code: frente.EFORBIDDEN, Key: "err.role_required", Args: []any{"role." + string(min)},
			Message: "this needs the role " + string(min) + " in the organization"}
	}
	p := &membersPage{layout: layout{Nav: "organizations"}, Org: o, Form: f, CanManage: role.AtLeast(frente.RoleAdmin)}
	if err == nil {
		p.Members, err = s.Store.MembershipsOfOrganization(ctx, id)
	}
	if err != nil {
		s.pageError(w, r, err)
		return nil, false
	}
	roleOptions(f)
	return p, true
}

// newMemberForm is the empty form to add a member: viewer, the least
// role, chosen until the admin picks another.
func newMemberForm(r *http.Request) *form {
	f := newForm(r, url.Values{"role": {string(frente.RoleViewer)}}, memberSpec)
	roleOptions(f)
	return f
}

// roleOptions offers the roles, from least to most, in the reader's language.
func roleOptions(f *form) {
	roles := optionGroup{}
	for _, r := range frente.Roles {
		roles.Options = append(roles.Options, option{Value: string(r), Label: f.lang.T("role." + string(r))})
	}
	f.setOptions("role", roles)
}

// addMemberPage gives a user a role in the organization; adding someone
// again changes their role. An email without an account gets one, with a
// generated password shown once on the page that answers.
func (s *Server) addMemberPage(w http.ResponseWriter, r *http.Request) {
	f, ok := s.readForm(w, r, memberSpec)
	if !ok {
		return
	}
	// The admin check comes first, so that no account is made for a
	// request the store would then refuse.
	p, ok := s.loadMembers(w, r, f, frente.RoleAdmin)
	if !ok {
		return
	}
	ctx := r.Context()
	again := func(status int) { s.render(w, r, status, "members", p) }
	role := frente.Role(f.Get("role"))
	if !role.Valid() {
		f.add("role", FieldMessage(f.lang, frente.FieldError{Field: "role", Code: "invalid_choice", Args: []any{string(role)}}))
	}
	if f.Get("email") == "" {
		f.add("email", f.lang.T("field.required"))
	}
	if !f.ok() {
		again(http.StatusUnprocessableEntity)
		return
	}
	u, err := s.Store.FindUserByEmail(ctx, f.Get("email"))
	if frente.ErrorCode(err) == frente.ENOTFOUND {
		password := auth.GeneratePassword()
		var hash string
		if hash, err = auth.HashPassword(password); err == nil {
			u = &frente.User{Email: f.Get("email"), PasswordHash: hash}
			if err = s.Store.CreateUser(ctx, u); err == nil {
				p.NewEmail, p.NewPassword = u.Email, password
			}
		}
	}
	if err == nil {
		err = s.Store.SetMembership(ctx, frente.Membership{UserID: u.ID, OrganizationID: p.Org.ID, Role: role})
	}
	switch {
	case err == nil && p.NewPassword != "":
		// Answered here, not redirected: the password must not be
		// reachable again by any address.
		if p.Members, err = s.Store.MembershipsOfOrganization(ctx, p.Org.ID); err != nil {
			s.pageError(w, r, err)
			return
		}
		p.Form = newMemberForm(r)
		again(http.StatusCreated)
	case err == nil:
		http.Redirect(w, r, "/organizations/"+idValue(p.Org.ID)+"/members?notice=member_saved", http.StatusSeeOther)
	case f.addError(err):
		again(http.StatusUnprocessableEntity)
	default:
		s.pageError(w, r, err)
	}
}

// removeMemberPage takes a user's role in the organization away, once the
// admin has ticked the confirmation.
func (s *Server) removeMemberPage(w http.ResponseWriter, r *http.Request) {
	f, ok := s.readForm(w, r, formSpec{})
	if !ok {
		return
	}
	p, ok := s.loadMembers(w, r, newMemberForm(r), frente.RoleAdmin)
	if !ok {
		return
	}
	user, err := frente.ParseID(r.PathValue("user"))
	if err != nil {
		s.pageError(w, r, routeNotFound())
		return
	}
	if f.Get("confirm") != "yes" {
		p.Problem, p.RemoveID = f.lang.T("members.remove_unconfirmed"), user
		s.render(w, r, http.StatusUnprocessableEntity, "members", p)
		return
	}
	if err := s.Store.RemoveMembership(r.Context(), user, p.Org.ID); err != nil {
		s.pageError(w, r, err)
		return
	}
	http.Redirect(w, r, "/organizations/"+idValue(p.Org.ID)+"/members?notice=member_removed", http.StatusSeeOther)
}

// roleFinder returns a function that tells u's role in an organization:
// the highest of their memberships in it and in those above it, as the
// store decides for writes. The memberships are read once, on first use.
func (s *Server) roleFinder(ctx context.Context, u *frente.User) func(frente.ID) (frente.Role, error) {
	var mine []frente.Membership
	loaded := false
	return func(org frente.ID) (frente.Role, error) {
		if u.SiteAdmin {
			return frente.RoleAdmin, nil
		}
		if !loaded {
			ms, err := s.Store.MembershipsOfUser(ctx, u.ID)
			if err != nil {
				return "", err
			}
			mine, loaded = ms, true
		}
		if len(mine) == 0 || org == 0 {
			return "", nil
		}
		// The store's own check walks up the tree whatever the reader may
		// see of it; so does this. Only ids are compared, nothing is shown.
		up, err := s.Store.OrganizationAncestors(frente.WithViewer(ctx, frente.System), org)
		if err != nil {
			return "", err
		}
		ids := []frente.ID{org}
		for _, o := range up {
			ids = append(ids, o.ID)
		}
		var best frente.Role
		for _, m := range mine {
			if slices.Contains(ids, m.OrganizationID) && (best == "" || m.Role.AtLeast(best)) {
				best = m.Role
			}
		}
		return best, nil
	}
}

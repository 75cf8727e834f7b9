package http

import (
	"net/http"

	"github.com/frente/frente"
)

var campaignAPI = &resource[frente.Campaign, frente.CampaignFilter]{
	name: "Campaign", plural: "Campaigns", noun: "a campaign",
	doc: "A coalition of organizations, across countries, against one employer or corporate group: the common front.",
	properties: []property{
		requiredTextProp("name", 300, "The campaign's name."),
		idProp("target_id", "The employer or corporate group the campaign faces."),
		idListProp("members", "The unions, locals or sections in the campaign."),
		{name: "countries", doc: "The countries the campaign spans, sorted, each once.",
			schema: obj{"type": "array", "items": ref("Country")},
			input:  obj{"type": "array", "items": ref("CountryInput")}},
		textProp("description", 20000, "What the campaign is for."),
	},
	params: []listParam[frente.CampaignFilter]{
		countryParam("country", "Only campaigns that span this country.",
			func(f *frente.CampaignFilter, c string) { f.Country = c }),
		idParam("target", "Only campaigns that face this employer or group.",
			func(f *frente.CampaignFilter, id frente.ID) { f.TargetID = id }),
		idParam("member", "Only campaigns this organization is a member of.",
			func(f *frente.CampaignFilter, id frente.ID) { f.MemberID = id }),
	},
	options: func(f *frente.CampaignFilter) *frente.ListOptions { return &f.ListOptions },
	id:      func(c *frente.Campaign) frente.ID { return c.ID },
	find:    frente.Store.FindCampaignByID,
	list:    frente.Store.FindCampaigns,
	create:  frente.Store.CreateCampaign,
	update:  frente.Store.UpdateCampaign,
	remove:  frente.Store.DeleteCampaign,
}

func (s *Server) apiListCampaigns(w http.ResponseWriter, r *http.Request) {
	campaignAPI.serveList(s, w, r)
}

func (s *Server) apiGetCampaign(w http.ResponseWriter, r *http.Request) {
	campaignAPI.serveGet(s, w, r)
}

func (s *Server) apiCreateCampaign(w http.ResponseWriter, r *http.Request) {
	campaignAPI.serveCreate(s, w, r)
}

func (s *Server) apiUpdateCampaign(w http.ResponseWriter, r *http.Request) {
	campaignAPI.serveUpdate(s, w, r)
}

func (s *Server) apiDeleteCampaign(w http.ResponseWriter, r *http.Request) {
	campaignAPI.serveDelete(s, w, r)
}

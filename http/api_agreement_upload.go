package http

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/frente/frente"
	"github.com/frente/frente/contract"
	"github.com/frente/frente/ingest"
)

// maxUploadBytes bounds an upload: the largest file the parser reads and
// room for the form's other fields and the multipart framing. It is
// enforced before anything is parsed, so a huge body costs nothing.
const maxUploadBytes = contract.MaxSize + 1<<20

// uploadMemory is how much of an upload is held in memory; the rest of a
// large file spills to a temporary file while the form is read.
const uploadMemory = 8 << 20

// uploadFields are the form fields of an upload beside the file; the
// repeatable ones take one id per value.
var (
	uploadFields     = []string{"title", "language", "employer_id", "union_ids", "workplace_ids", "effective_date", "expiry_date", "owner_id", "visibility", "campaigns"}
	uploadRepeatable = []string{"union_ids", "workplace_ids", "campaigns"}
)

// upload is a file to ingest and what the uploader says of it.
type upload struct {
	name string
	data []byte
	meta ingest.Meta
}

// readUpload reads a multipart upload. Every problem with the fields is
// reported at once, under the field's name; a body too large is ETOOLARGE.
func readUpload(w http.ResponseWriter, r *http.Request) (*upload, error) {
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "multipart/form-data" {
		return nil, invalidField("body", "not_multipart", "the request body must be multipart/form-data with the agreement's file in the field file")
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxUploadBytes)
	if err := r.ParseMultipartForm(uploadMemory); err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			return nil, &frente.Error{Code: frente.ETOOLARGE, Key: "err.body_too_large", Args: []any{int64(maxUploadBytes)},
				Message: fmt.Sprintf("the request body is larger than %d bytes", int64(maxUploadBytes))}
		}
		return nil, invalidField("body", "not_multipart", "cannot read the multipart form: "+err.Error())
	}
	form := r.MultipartForm
	defer func() { _ = form.RemoveAll() }()
	var inv frente.Invalid
	up := &upload{}
	files := form.File["file"]
	switch len(files) {
	case 0:
		inv.Add("file", "required", "file: the agreement's file is required")
	case 1:
		data, err := readPart(files[0])
		if err != nil {
			return nil, err
		}
		up.name, up.data = files[0].Filename, data
	default:
		inv.Add("file", "repeated_parameter", "file is given more than once")
	}
	up.meta = readUploadMeta(form.Value, &inv)
	return up, inv.Err()
}

func readPart(fh *multipart.FileHeader) ([]byte, error) {
	f, err := fh.Open()
	if err != nil {
		return nil, fmt.Errorf("open upload: %w", err)
	}
	defer f.Close()
	var b bytes.Buffer
	if _, err := io.Copy(&b, f); err != nil {
		return nil, fmt.Errorf("read upload: %w", err)
	}
	return b.Bytes(), nil
}

// readUploadMeta reads the fields beside the file. The page's form and the
// API share it, so the two accept the same input.
func readUploadMeta(values map[string][]string, inv *frente.Invalid) ingest.Meta {
	var m ingest.Meta
	for name, vs := range values {
		switch {
		case !slices.Contains(uploadFields, name):
			inv.Add(name, "unknown_field", name+": no such field")
		case len(vs) > 1 && !slices.Contains(uploadRepeatable, name):
			inv.Add(name, "repeated_parameter", name+" is given more than once")
		}
	}
	get := func(name string) string {
		if vs := values[name]; len(vs) > 0 {
			return strings.TrimSpace(vs[0])
		}
		return ""
	}
	ids := func(name string) []frente.ID {
		var out []frente.ID
		for _, v := range values[name] {
			if v = strings.TrimSpace(v); v == "" {
				continue
			}
			id, err := frente.ParseID(v)
			if err != nil {
				inv.Add(name, "invalid_id", name+": "+strconv.Quote(v)+" is not a record id")
				continue
			}
			out = append(out, id)
		}
		return out
	}
	one := func(name string) frente.ID {
		if l := ids(name); len(l) > 0 {
			return l[0]
		}
		return 0
	}
	m.Title, m.Language = get("title"), strings.ToLower(get("language"))
	m.EmployerID, m.OwnerID = one("employer_id"), one("owner_id")
	m.UnionIDs, m.WorkplaceIDs, m.Campaigns = ids("union_ids"), ids("workplace_ids"), ids("campaigns")
	m.EffectiveDate, m.ExpiryDate = frente.Date(get("effective_date")), frente.Date(get("expiry_date"))
	m.Visibility = frente.Visibility(get("visibility"))
	if m.Visibility == "" {
		m.Visibility = frente.Private
	}
	if m.Language != "" && m.Language != "en" && m.Language != "es" {
		inv.Add("language", "invalid_choice", "language must be en or es, not "+strconv.Quote(m.Language), m.Language)
	}
	return m
}

func invalidField(field, code, message string) error {
	return &frente.Error{Code: frente.EINVALID, Key: "err.invalid", Message: message,
		Fields: []frente.FieldError{{Field: field, Code: code, Message: message}}}
}

// ingestUpload parses and stores an upload. A file the parser refuses is
// invalid input naming the field file, with the parser's reason: nothing
// is stored then.
func (s *Server) ingestUpload(r *http.Request, up *upload) (ingest.Result, error) {
	res, err := ingest.File(r.Context(), s.Store, up.name, up.data, up.meta, contract.Options{})
	var perr *contract.Error
	if errors.As(err, &perr) {
		msg := perr.Err.Error()
		return res, &frente.Error{Code: frente.EINVALID, Key: "err.invalid", Message: "the file cannot be read as an agreement: " + msg,
			Fields: []frente.FieldError{{Field: "file", Code: "unreadable_file", Message: "file: " + msg, Args: []any{msg}}}}
	}
	return res, err
}

// apiCreateAgreement ingests an uploaded file: 201 with the new agreement,
// or 200 with the one the caller already sees for the same file.
func (s *Server) apiCreateAgreement(w http.ResponseWriter, r *http.Request) {
	// Parsing a large file for a caller who may store nothing would be
	// waste: anonymous callers are refused first.
	if userOf(r) == nil {
		s.unauthorized(w, r, "err.login_required", "log in to do this")
		return
	}
	up, err := readUpload(w, r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	res, err := s.ingestUpload(r, up)
	if err != nil {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Location", agreementAPI.path()+"/"+idValue(res.Agreement.ID))
	status := http.StatusCreated
	if res.Existing {
		status = http.StatusOK
	}
	s.writeJSON(w, status, res.Agreement)
}

// formatTypes are the content types of the original files, by format.
var formatTypes = map[string]string{
	"txt":  "text/plain; charset=utf-8",
	"md":   "text/markdown; charset=utf-8",
	"html": "text/html; charset=utf-8",
	"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
	"pdf":  "application/pdf",
}

// apiAgreementOriginal answers the file as it was uploaded, as an
// attachment: an HTML agreement must not run as a page of this site.
func (s *Server) apiAgreementOriginal(w http.ResponseWriter, r *http.Request) {
	id, err := apiRecordID(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	a, err := s.Store.FindAgreementByID(r.Context(), id)
	if err != nil {
		s.error(w, r, err)
		return
	}
	data, err := s.Store.AgreementOriginal(r.Context(), id)
	if err != nil {
		s.error(w, r, err)
		return
	}
	ct, ok := formatTypes[a.File.Format]
	if !ok {
		ct = "application/octet-stream"
	}
	name := a.File.Name
	if name == "" {
		name = "agreement-" + idValue(a.ID) + "." + a.File.Format
	}
	h := w.Header()
	h.Set("Content-Type", ct)
	h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", "default-src 'none'; sandbox")
	h.Set("Cache-Control", "private, no-cache")
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(data))
}

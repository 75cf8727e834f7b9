package http

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"path"
	"slices"

	"github.com/frente/frente"
)

// uploadMessageFilePage stores the original file of a message (a scan, a
// PDF) from the form on its page, replacing any earlier one.
func (s *Server) uploadMessageFilePage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	// A message the reader may not see is not there; the store then says
	// who may change it.
	if _, err := s.Store.FindMessageByID(r.Context(), id); err != nil {
		s.pageError(w, r, err)
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxMessageFile+1<<20)
	file, header, err := r.FormFile("file")
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			s.pageError(w, r, &frente.Error{Code: frente.ETOOLARGE, Key: "err.body_too_large", Args: []any{maxMessageFile},
				Message: fmt.Sprintf("the file is larger than %d bytes", maxMessageFile)})
			return
		}
		var v frente.Invalid
		v.Add("file", "required", "choose the file to upload")
		s.pageError(w, r, v.Err())
		return
	}
	defer file.Close()
	body, err := io.ReadAll(io.LimitReader(file, maxMessageFile+1))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if len(body) > maxMessageFile {
		s.pageError(w, r, &frente.Error{Code: frente.ETOOLARGE, Key: "err.body_too_large", Args: []any{maxMessageFile},
			Message: fmt.Sprintf("the file is larger than %d bytes", maxMessageFile)})
		return
	}
	mt := http.DetectContentType(body)
	if t := header.Header.Get("Content-Type"); slices.Contains(originalMessageTypes, t) {
		mt = t
	}
	if !slices.Contains(originalMessageTypes, mt) {
		mt = "application/octet-stream"
	}
	sum := sha256.Sum256(body)
	if _, err := s.Store.SetMessageFile(r.Context(), id, frente.MessageFile{Name: path.Base(header.Filename), Type: mt, SHA256: hex.EncodeToString(sum[:])}, body); err != nil {
		s.pageError(w, r, err)
		return
	}
	http.Redirect(w, r, "/messages/"+idValue(id), http.StatusSeeOther)
}

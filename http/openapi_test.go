package http_test

import (
	"bytes"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	fhttp "github.com/frente/frente/http"
	"github.com/frente/frente/storetest"
)

// contractURL is where the compiler finds the OpenAPI document.
const contractURL = "mem://frente/openapi.json"

// contract is the OpenAPI document as the server serves it, ready to check
// real requests and answers against.
type contract struct {
	doc      map[string]any
	compiler *jsonschema.Compiler
	// mux maps a request to the documented operation it belongs to.
	mux *http.ServeMux
	ops map[string]*operation

	mu      sync.Mutex
	schemas map[string]*jsonschema.Schema
}

// operation is one method of one path of the document.
type operation struct {
	id     string
	method string
	path   string
	// pointer locates the operation in the document.
	pointer string
	spec    map[string]any
}

var (
	contractOnce sync.Once
	theContract  *contract
	contractErr  error
)

// loadContract fetches the document from a real server, once for the
// whole test binary: it does not depend on the data.
func loadContract(t testing.TB) *contract {
	t.Helper()
	contractOnce.Do(func() {
		srv := httptest.NewServer(fhttp.New(storetest.SQLite(t), nil, "test"))
		defer srv.Close()
		res, err := srv.Client().Get(srv.URL + "/api/v1/openapi.json")
		if err != nil {
			contractErr = err
			return
		}
		defer res.Body.Close()
		body, err := io.ReadAll(res.Body)
		if err != nil {
			contractErr = err
			return
		}
		if res.StatusCode != http.StatusOK {
			contractErr = fmt.Errorf("GET openapi.json: %s\n%s", res.Status, body)
			return
		}
		theContract, contractErr = newContract(body)
	})
	if contractErr != nil {
		t.Fatalf("load the OpenAPI document: %v", contractErr)
	}
	return theContract
}

func newContract(body []byte) (*contract, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	c := &contract{doc: doc.(map[string]any), compiler: jsonschema.NewCompiler(), mux: http.NewServeMux(),
		ops: map[string]*operation{}, schemas: map[string]*jsonschema.Schema{}}
	// OpenAPI 3.1 schemas are JSON Schema 2020-12; formats are asserted so
	// that a date-time that is not one fails.
	c.compiler.DefaultDraft(jsonschema.Draft2020)
	c.compiler.AssertFormat()
	if err := c.compiler.AddResource(contractURL, doc); err != nil {
		return nil, err
	}
	for path, item := range c.doc["paths"].(map[string]any) {
		for method, spec := range item.(map[string]any) {
			if method == "parameters" {
				continue
			}
			op := &operation{method: strings.ToUpper(method), path: path, spec: spec.(map[string]any),
				pointer: "/paths/" + pointerToken(path) + "/" + method}
			op.id, _ = op.spec["operationId"].(string)
			pattern := op.method + " " + path
			c.ops[pattern] = op
			c.mux.HandleFunc(pattern, func(http.ResponseWriter, *http.Request) {})
		}
	}
	return c, nil
}

// operation returns the documented operation that serves method and path.
func (c *contract) operation(method, path string) *operation {
	req := &http.Request{Method: method, URL: &url.URL{Path: path}, Header: http.Header{}}
	// A GET pattern also takes HEAD, which is checked as the GET it is
	// but for the body.
	_, pattern := c.mux.Handler(req)
	return c.ops[pattern]
}

// schema compiles the schema at pointer, once.
func (c *contract) schema(pointer string) (*jsonschema.Schema, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if s, ok := c.schemas[pointer]; ok {
		return s, nil
	}
	s, err := c.compiler.Compile(contractURL + "#" + pointer)
	if err != nil {
		return nil, err
	}
	c.schemas[pointer] = s
	return s, nil
}

// resolve follows a $ref of the document ("#/components/responses/X") and
// returns the object it points at and its pointer.
func (c *contract) resolve(v map[string]any, pointer string) (map[string]any, string) {
	ref, ok := v["$ref"].(string)
	if !ok {
		return v, pointer
	}
	pointer = strings.TrimPrefix(ref, "#")
	var cur any = c.doc
	for _, tok := range strings.Split(pointer, "/")[1:] {
		tok = strings.NewReplacer("~1", "/", "~0", "~").Replace(tok)
		cur = cur.(map[string]any)[tok]
	}
	return cur.(map[string]any), pointer
}

// pointerToken escapes one token of a JSON pointer inside a URI fragment.
func pointerToken(s string) string {
	return url.PathEscape(strings.NewReplacer("~", "~0", "/", "~1").Replace(s))
}

// exchange is one request and its answer, as a test saw them.
type exchange struct {
	method, path string
	reqType      string
	reqBody      []byte
	status       int
	header       http.Header
	body         []byte
}

// check validates an exchange against the document: the status must be
// documented for the operation, the answer's media type must be one it
// documents, the body must match that media type's schema, and the headers
// it documents must be there. It returns the operation id ("" for what no
// operation serves: the catch-all's 404 and 405, whose body must be a
// Problem).
func (c *contract) check(x exchange) (string, error) {
	op := c.operation(x.method, x.path)
	if op == nil {
		if x.status == http.StatusNoContent && x.method == http.MethodOptions {
			return "", nil
		}
		if x.status < 400 {
			return "", fmt.Errorf("%s %s answered %d but is not documented", x.method, x.path, x.status)
		}
		return "", c.checkBody(x, "/components/responses/Error/content/application~1problem+json/schema", "application/problem+json")
	}
	responses := op.spec["responses"].(map[string]any)
	spec, ok := responses[strconv.Itoa(x.status)].(map[string]any)
	if !ok {
		return op.id, fmt.Errorf("%s (%s %s) answered %d, which it does not document:\n%s", op.id, x.method, x.path, x.status, x.body)
	}
	spec, pointer := c.resolve(spec, op.pointer+"/responses/"+strconv.Itoa(x.status))
	for name := range mapOf(spec["headers"]) {
		if x.header.Get(name) == "" {
			return op.id, fmt.Errorf("%s %d: no %s header", op.id, x.status, name)
		}
	}
	content := mapOf(spec["content"])
	if len(content) == 0 {
		if len(x.body) > 0 && x.method != http.MethodHead {
			return op.id, fmt.Errorf("%s %d documents no body but has one: %s", op.id, x.status, x.body)
		}
		return op.id, nil
	}
	mt, _, _ := mime.ParseMediaType(x.header.Get("Content-Type"))
	if _, ok := content[mt]; !ok {
		return op.id, fmt.Errorf("%s %d: Content-Type %q is not one of %v", op.id, x.status, mt, keys(content))
	}
	if x.method == http.MethodHead {
		return op.id, nil
	}
	return op.id, c.checkBody(x, pointer+"/content/"+pointerToken(mt)+"/schema", mt)
}

// checkRequest validates the body of a request the server accepted
// against the schema of its request body: a document stricter than the
// server would turn clients away.
func (c *contract) checkRequest(x exchange) error {
	op := c.operation(x.method, x.path)
	if op == nil || x.reqBody == nil {
		return nil
	}
	mt := cmpOr(x.reqType, "application/json")
	pointer := op.pointer + "/requestBody/content/" + pointerToken(mt) + "/schema"
	s, err := c.schema(pointer)
	if err != nil {
		return fmt.Errorf("%s: request schema for %s: %w", op.id, mt, err)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(x.reqBody))
	if err != nil {
		return fmt.Errorf("%s: request body: %w", op.id, err)
	}
	if err := s.Validate(v); err != nil {
		return fmt.Errorf("%s: the server took a request body its document refuses:\n%s\n%v", op.id, x.reqBody, err)
	}
	return nil
}

func (c *contract) checkBody(x exchange, pointer, mt string) error {
	if got, _, _ := mime.ParseMediaType(x.header.Get("Content-Type")); got != mt {
		return fmt.Errorf("%s %s %d: Content-Type %q, want %s", x.method, x.path, x.status, got, mt)
	}
	s, err := c.schema(pointer)
	if err != nil {
		return fmt.Errorf("compile %s: %w", pointer, err)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(x.body))
	if err != nil {
		return fmt.Errorf("%s %s %d: body is not JSON: %v\n%s", x.method, x.path, x.status, err, x.body)
	}
	if err := s.Validate(v); err != nil {
		return fmt.Errorf("%s %s %d: the answer does not match its documented schema %s:\n%s\n%v", x.method, x.path, x.status, pointer, x.body, err)
	}
	return nil
}

func mapOf(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

func keys(m map[string]any) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// TestOpenAPIDocument checks the document itself: OpenAPI 3.1, servers,
// unique operation ids, and every schema in it a valid JSON Schema 2020-12.
func TestOpenAPIDocument(t *testing.T) {
	c := loadContract(t)
	if v := c.doc["openapi"]; v != "3.1.0" {
		t.Errorf("openapi = %v, want 3.1.0", v)
	}
	if servers, _ := c.doc["servers"].([]any); len(servers) == 0 {
		t.Error("no servers")
	}
	seen := map[string]string{}
	for pattern, op := range c.ops {
		if op.id == "" {
			t.Errorf("%s has no operationId", pattern)
		} else if other, dup := seen[op.id]; dup {
			t.Errorf("operationId %s is used by %s and %s", op.id, pattern, other)
		}
		seen[op.id] = pattern
		if len(mapOf(op.spec["responses"])) == 0 {
			t.Errorf("%s documents no responses", op.id)
		}
	}
	for name := range mapOf(mapOf(c.doc["components"])["schemas"]) {
		if _, err := c.schema("/components/schemas/" + pointerToken(name)); err != nil {
			t.Errorf("schema %s: %v", name, err)
		}
	}
}

// routePattern finds the patterns that routes.go registers.
var routePattern = regexp.MustCompile(`HandleFunc\("([A-Z]+) (/[^"]*)"`)

// TestOpenAPIRoutes checks that the document and the route table agree:
// every API route of routes.go is documented with its method, and every
// documented operation is served by a route of its own, not by the
// catch-all.
func TestOpenAPIRoutes(t *testing.T) {
	c := loadContract(t)
	src, err := os.ReadFile("routes.go")
	if err != nil {
		t.Fatal(err)
	}
	var routes []string
	for _, m := range routePattern.FindAllStringSubmatch(string(src), -1) {
		if strings.HasPrefix(m[2], "/api/") || m[2] == "/healthz" {
			routes = append(routes, m[1]+" "+m[2])
		}
	}
	if len(routes) < 25 {
		t.Fatalf("found only %d API routes in routes.go: %v", len(routes), routes)
	}
	for _, r := range routes {
		if c.ops[r] == nil {
			t.Errorf("route %q of routes.go is not in the OpenAPI document", r)
		}
	}
	mux := fhttp.New(storetest.SQLite(t), nil, "test").Mux()
	for pattern, op := range c.ops {
		if !slices.Contains(routes, pattern) {
			t.Errorf("documented operation %s (%s) is not a route of routes.go", op.id, pattern)
		}
		path := strings.ReplaceAll(op.path, "{id}", "1")
		_, got := mux.Handler(httptest.NewRequest(op.method, path, nil))
		if got != pattern {
			t.Errorf("%s %s is served by route %q, want %q", op.method, path, got, pattern)
		}
	}
}

// TestOpenAPICaching checks that the document can be revalidated cheaply.
func TestOpenAPICaching(t *testing.T) {
	srv := httptest.NewServer(fhttp.New(storetest.SQLite(t), nil, "test"))
	defer srv.Close()
	res, err := srv.Client().Get(srv.URL + "/api/v1/openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	etag := res.Header.Get("ETag")
	if res.StatusCode != http.StatusOK || etag == "" {
		t.Fatalf("status %d, ETag %q", res.StatusCode, etag)
	}
	req, _ := http.NewRequest(http.MethodGet, srv.URL+"/api/v1/openapi.json", nil)
	req.Header.Set("If-None-Match", etag)
	res, err = srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusNotModified {
		t.Errorf("If-None-Match: status %d, want 304", res.StatusCode)
	}
}

// coverage records which documented answers of which operations the
// tests saw and checked.
type coverage struct {
	mu   sync.Mutex
	seen map[string]map[int]bool
}

func newCoverage() *coverage { return &coverage{seen: map[string]map[int]bool{}} }

func (cv *coverage) add(op string, status int) {
	cv.mu.Lock()
	defer cv.mu.Unlock()
	if cv.seen[op] == nil {
		cv.seen[op] = map[int]bool{}
	}
	cv.seen[op][status] = true
}

// unreachable are documented answers no test can provoke today: deleting
// a workplace, a position, a person (whose positions go with them) or a
// campaign conflicts with nothing yet; later kinds of records will refer
// to them.
var unreachable = map[string][]int{
	"deletePerson":    {409},
	"deleteWorkplace": {409},
	"deletePosition":  {409},
	"deleteCampaign":  {409},
}

// checkCoverage fails unless every documented status of every operation
// was seen, "default" and the unreachable ones aside.
func (cv *coverage) check(t *testing.T, c *contract) {
	t.Helper()
	for _, op := range c.ops {
		for status := range mapOf(op.spec["responses"]) {
			n, err := strconv.Atoi(status)
			if err != nil || slices.Contains(unreachable[op.id], n) {
				continue
			}
			if !cv.seen[op.id][n] {
				t.Errorf("no test checked the %d answer of %s (%s %s)", n, op.id, op.method, op.path)
			}
		}
	}
}

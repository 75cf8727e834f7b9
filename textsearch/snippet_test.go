package textsearch

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSnippet(t *testing.T) {
	long := strings.Repeat("The union and the company agree. ", 10) +
		"An employee may be discharged only for just cause, and the arbitrator's decision is final. " +
		strings.Repeat("Nothing else here. ", 10)
	tests := []struct {
		name, q, text, lang string
		words               int
		want                string
	}{
		{
			name: "marks, phrase and ellipses both ends",
			q:    `"just cause" arbitrating`, text: long, lang: "en", words: 16,
			want: "… may be discharged only for <mark>just</mark> <mark>cause</mark>, and the <mark>arbitrator&#39;s</mark> decision is final. Nothing else here …",
		},
		{
			name: "phrase words alone are not marked",
			q:    `"just cause"`, text: "Just the cause. Just cause.", lang: "en", words: 10,
			want: "Just the cause. <mark>Just</mark> <mark>cause</mark>.",
		},
		{
			name: "excluded words are not marked",
			q:    "discharge -cause", text: "Discharged for cause.", lang: "en", words: 10,
			want: "<mark>Discharged</mark> for cause.",
		},
		{
			name: "nothing matches: the start",
			q:    "zzz", text: long, lang: "en", words: 8,
			want: "The union and the company agree. The union …",
		},
		{
			name: "html is escaped",
			q:    "script", text: `<b>Bold</b> & <script>alert("x")</script> 'quoted'`, lang: "en", words: 20,
			want: `&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;<mark>script</mark>&gt;alert(&#34;x&#34;)&lt;/<mark>script</mark>&gt; &#39;quoted&#39;`,
		},
		{
			name: "spanish accents and white space",
			q:    "sancion despidos", text: "CLÁUSULA 5.\n   Los  despidos\n\ty la Sanción.", lang: "es", words: 20,
			want: "CLÁUSULA 5. Los <mark>despidos</mark> y la <mark>Sanción</mark>.",
		},
		{
			name: "unknown language compares both",
			q:    "despidos arbitrating", text: "Los despidos. The arbitrator.", lang: "", words: 20,
			want: "Los <mark>despidos</mark>. The <mark>arbitrator</mark>.",
		},
		{
			name: "hyphenated word",
			q:    "re-hire", text: "No re-hire, no hire.", lang: "en", words: 20,
			want: "No <mark>re</mark>-<mark>hire</mark>, no hire.",
		},
		{
			name: "default length",
			q:    "final", text: long, lang: "en", words: 0,
			want: "… An employee may be discharged only for just cause, and the arbitrator&#39;s decision is <mark>final</mark>. Nothing else here. Nothing else here. Nothing else here. Nothing else here. Nothing else here …",
		},
		{name: "empty text", q: "a", text: "", lang: "en", words: 10, want: ""},
		{name: "no words", q: "a", text: " <> ", lang: "en", words: 10, want: "&lt;&gt;"},
		{name: "invalid utf-8", q: "a", text: "a \xff b", lang: "en", words: 10, want: "<mark>a</mark> \uFFFD b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := ParseQuery(tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if got := q.Snippet(tt.text, tt.lang, tt.words); got != tt.want {
				t.Errorf("Snippet:\n got  %s\n want %s", got, tt.want)
			}
		})
	}
}

// The excerpt goes to the best cluster, not the first match.
func TestSnippetBestCluster(t *testing.T) {
	text := "overtime " + strings.Repeat("filler words here ", 20) + "overtime holiday pay " + strings.Repeat("more filler ", 20)
	q, _ := ParseQuery("overtime holiday")
	got := q.Snippet(text, "en", 10)
	if !strings.Contains(got, "<mark>overtime</mark> <mark>holiday</mark>") || !strings.HasPrefix(got, "…") {
		t.Errorf("Snippet = %s, want the cluster of both words", got)
	}
}

func TestSnippetIsValidHTMLText(t *testing.T) {
	q, _ := ParseQuery("a")
	for _, text := range []string{"<a href='x'>a</a>", "a&amp;b", "\x00a\x01<", strings.Repeat("a <i> ", 100)} {
		got := q.Snippet(text, "en", 5)
		plain := strings.NewReplacer("<mark>", "", "</mark>", "").Replace(got)
		if strings.ContainsAny(plain, `<>"'`) || !utf8.ValidString(got) {
			t.Errorf("Snippet(%q) = %q: unescaped markup", text, got)
		}
	}
}

// The invariant Snippet's filter relies on (see prefixKey), over the
// words of the synthetic corpus and of the shared corpus's Spanish
// agreement, in both languages.
func TestPrefixKeyOfTerms(t *testing.T) {
	var texts []string
	for _, f := range benchCorpus()[:10] {
		texts = append(texts, string(f.Data))
	}
	if data, err := os.ReadFile("../../shared/corpus/agreements/es/rtva-x-convenio-2014.txt"); err == nil {
		texts = append(texts, string(data))
	}
	texts = append(texts, "Yes yearly YYY Skis dying lying idly ugly early only singly sky news howe atlas cosmos bias andes o'clock")
	seen := map[string]bool{}
	for _, text := range texts {
		forEachWord(text, func(s, e int) {
			w := text[s:e]
			if seen[w] {
				return
			}
			seen[w] = true
			k := prefixKey(w)
			if k == 0 {
				return
			}
			for _, lang := range []string{"en", "es"} {
				term := Analyze(w, lang)
				if len(term) < 2 {
					// A short stem has key 0, which turns the filter off.
					continue
				}
				if prefixKey(term) != k && byte(k) != 'y' {
					t.Errorf("%s: %q has term %q", lang, w, term)
				}
			}
		})
	}
}

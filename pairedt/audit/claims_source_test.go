package audit

import (
	"bufio"
	"encoding/json"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestClaimsSourcesInExcerpts checks that every line the article's claims
// file cites (testdata/oxytocin/claims.json, "source") is quoted in
// testdata/oxytocin/excerpts.txt, and that every phrase a source quotes
// stands in the lines it names, so each claim can be verified from the
// repository alone.
func TestClaimsSourcesInExcerpts(t *testing.T) {
	excerpt := readExcerpts(t, "../../testdata/oxytocin/excerpts.txt")
	raw, err := os.ReadFile("../../testdata/oxytocin/claims.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc any
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	var sources []string
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if s, ok := x.(string); ok && k == "source" {
					sources = append(sources, s)
					continue
				}
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(doc)
	if len(sources) < 15 {
		t.Fatalf("found %d sources in claims.json, want the article's 19", len(sources))
	}

	// "line 290: \"17 responden ...\"", "lines 284-288: \"...\"", "also lines 254, 280".
	ref := regexp.MustCompile(`lines? (\d+)(?:-(\d+))?((?:, \d+)*)(?:: "([^"]*)")?`)
	for _, s := range sources {
		ms := ref.FindAllStringSubmatch(s, -1)
		if len(ms) == 0 && !strings.HasPrefix(s, "implied") {
			t.Errorf("source %q names no line", s)
		}
		for _, m := range ms {
			lo, _ := strconv.Atoi(m[1])
			hi := lo
			if m[2] != "" {
				hi, _ = strconv.Atoi(m[2])
			}
			lines := []int{}
			for i := lo; i <= hi; i++ {
				lines = append(lines, i)
			}
			for _, f := range strings.Split(m[3], ",") {
				if n, err := strconv.Atoi(strings.TrimSpace(f)); err == nil {
					lines = append(lines, n)
				}
			}
			for _, n := range lines {
				if _, ok := excerpt[n]; !ok {
					t.Errorf("source %q: line %d is not in excerpts.txt", s, n)
				}
			}
			// A quoted phrase starts on the lines named and may run on
			// over the next few lines (the PDF's narrow columns).
			if q := m[4]; q != "" && m[3] == "" {
				named := normalizeSpace(joinLines(excerpt, lo, hi))
				joined := normalizeSpace(joinLines(excerpt, lo, hi+6))
				i := strings.Index(joined, normalizeSpace(q))
				if i < 0 || i >= len(named) {
					t.Errorf("source %q: %q does not start in lines %d-%d: %q", s, q, lo, hi, joined)
				}
			}
		}
	}
}

// joinLines joins the excerpt's lines lo..hi (missing ones are blank).
func joinLines(excerpt map[int]string, lo, hi int) string {
	var b strings.Builder
	for n := lo; n <= hi; n++ {
		b.WriteString(excerpt[n])
		b.WriteByte(' ')
	}
	return b.String()
}

// readExcerpts reads excerpts.txt's "LINE<TAB>TEXT" rows.
func readExcerpts(t *testing.T, name string) map[int]string {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m := map[int]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		num, text, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			continue
		}
		n, err := strconv.Atoi(num)
		if err != nil {
			t.Fatalf("excerpts.txt: bad line number %q", num)
		}
		m[n] = text
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return m
}

// normalizeSpace folds runs of white space to one space and joins words
// that the PDF extraction hyphenated across lines ("ASI- nya" -> "ASI-nya").
func normalizeSpace(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.ReplaceAll(s, "- ", "-")
}

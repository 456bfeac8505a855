package report

import "testing"

// TestShellQuote: each argument reads back as itself in a POSIX shell
// (POSIX.1-2017 2.2.3): plain words bare, others in single quotes with '
// as '\”.
func TestShellQuote(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"pairedt", "report", "--before", "pre", "data.csv"}, "pairedt report --before pre data.csv"},
		{[]string{"pairedt", "--title", "Kelancaran ASI"}, "pairedt --title 'Kelancaran ASI'"},
		{[]string{"x", "it's", ""}, `x 'it'\''s' ''`},
		{[]string{"a;rm -rf /", "$HOME", "`id`", "*.csv"}, "'a;rm -rf /' '$HOME' '`id`' '*.csv'"},
	} {
		if got := shellQuote(c.args); got != c.want {
			t.Errorf("shellQuote(%q) = %s, want %s", c.args, got, c.want)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"a b", "`a b`"},
		{"x `id` y", "``x `id` y``"},
		{"`id`", "`` `id` ``"},
		{"a\nb", "`a b`"},
	} {
		if got := mdCode(c.in); got != c.want {
			t.Errorf("mdCode(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

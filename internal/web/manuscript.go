package web

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/pairedt/pairedt/report"
)

// manuscript is a manuscript template for pairedt knit (the format of
// docs/knit.md): YAML front matter holding this analysis's settings, the
// data file under data/ (as the zip stores it), and a short skeleton whose
// numbers are {{name.field}} references and whose tables and charts are
// {{table ...}} and {{chart ...}} blocks. The lead replaces it by
// report.ManuscriptTemplate when that lands.
func manuscript(res *result, dataName string) []byte {
	q := func(s string) string { // a YAML double-quoted scalar (JSON's string syntax)
		var b bytes.Buffer
		e := json.NewEncoder(&b)
		e.SetEscapeHTML(false)
		e.Encode(s)
		return strings.TrimSuffix(b.String(), "\n")
	}
	list := func(v []string) string {
		parts := make([]string, len(v))
		for i, s := range v {
			parts[i] = q(s)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	sp, _, _ := res.set.spec()
	const name = "main"
	var b strings.Builder
	id := res.lang == report.Indonesian
	title := res.set.Title
	if title == "" {
		title = map[bool]string{false: "Results", true: "Hasil"}[id]
	}
	fmt.Fprintf(&b, "---\ntitle: %s\nlang: %s\nanalyses:\n  %s:\n    data: %s\n", q(title), res.lang, name, q("data/"+dataName))
	kv := func(k, v string) {
		if v != "" {
			fmt.Fprintf(&b, "    %s: %s\n", k, q(v))
		}
	}
	for _, c := range columnKeys(sp) {
		kv(c[0], c[1])
	}
	if len(sp.Levels) > 0 {
		fmt.Fprintf(&b, "    levels: %s\n", list(sp.Levels))
	}
	if len(sp.Codes) > 0 {
		fmt.Fprintf(&b, "    codes: %s\n", list(sp.Codes))
	}
	if sp.Missing != nil {
		fmt.Fprintf(&b, "    missing: %s\n", list(sp.Missing))
	}
	kv("where", sp.Where)
	kv("sheet", sp.Sheet)
	dir := "before-after"
	if res.set.Direction == "after-before" {
		dir = "after-before"
	}
	alt := res.set.Alt
	if alt == "" {
		alt = "two.sided"
	}
	fmt.Fprintf(&b, "    direction: %s\n    alternative: %s\n    alpha: %s\n", dir, alt, strconv.FormatFloat(res.alpha, 'g', -1, 64))
	kv("variable", res.set.Variable)
	kv("before-label", res.set.BeforeLabel)
	kv("after-label", res.set.AfterLabel)
	b.WriteString("---\n\n")
	t := name + ".t"
	title = strings.Join(strings.Fields(title), " ") // one heading line
	if id {
		fmt.Fprintf(&b, "# %s\n\nTulis pendahuluan dan metode Anda di sini. Angka di dalam {{...}} diisi oleh `pairedt knit`\ndari data, sehingga teks dan tabel selalu sesuai dengan analisisnya.\n\n"+
			"## Hasil\n\nSebanyak {{%s.n}} responden diukur sebelum dan sesudah. Rata-rata sebelum {{%s.mean.before}},\nsesudah {{%s.mean.after}}; uji t berpasangan: {{%s}}.\n\n"+
			"{{table %s.ttest}}\n\n{{chart %s.paired}}\n\n## Pembahasan\n\nTulis pembahasan Anda di sini.\n",
			title, name, name, name, t, name, name)
	} else {
		fmt.Fprintf(&b, "# %s\n\nWrite your introduction and method here. Numbers inside {{...}} are filled in by `pairedt knit`\nfrom the data, so the text and the tables always agree with the analysis.\n\n"+
			"## Results\n\n{{%s.n}} participants were measured before and after. The mean was {{%s.mean.before}} before\nand {{%s.mean.after}} after; a paired t-test gave {{%s}}.\n\n"+
			"{{table %s.ttest}}\n\n{{chart %s.paired}}\n\n## Discussion\n\nWrite your discussion here.\n",
			title, name, name, name, t, name, name)
	}
	return []byte(b.String())
}

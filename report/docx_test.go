package report_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pairedt/pairedt/report"
)

// docxOf writes the document of a in o as .docx.
func docxOf(t testing.TB, a report.Analysis, o report.Options) []byte {
	t.Helper()
	d, err := report.New(a, o)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := d.WriteDOCX(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// unzip returns the entries of a zip archive by name, in order.
func unzip(t testing.TB, data []byte) (names []string, files map[string][]byte) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	files = map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		names = append(names, f.Name)
		files[f.Name] = b
	}
	return names, files
}

// xmlNode is a generic XML element tree.
type xmlNode struct {
	XMLName xml.Name
	Attrs   []xml.Attr `xml:",any,attr"`
	Nodes   []xmlNode  `xml:",any"`
	Text    string     `xml:",chardata"`
}

func parseXML(t testing.TB, name string, b []byte) xmlNode {
	t.Helper()
	var n xmlNode
	if err := xml.Unmarshal(b, &n); err != nil {
		t.Fatalf("%s is not well-formed XML: %v", name, err)
	}
	return n
}

// walk calls f on n and every descendant.
func (n *xmlNode) walk(f func(*xmlNode)) {
	f(n)
	for i := range n.Nodes {
		n.Nodes[i].walk(f)
	}
}

func (n *xmlNode) attr(local string) string {
	for _, a := range n.Attrs {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// docxText is the text of document.xml, one line per paragraph.
func docxText(doc xmlNode) string {
	var b strings.Builder
	var para func(n *xmlNode)
	para = func(n *xmlNode) {
		for i := range n.Nodes {
			c := &n.Nodes[i]
			switch c.XMLName.Local {
			case "t":
				b.WriteString(c.Text)
			case "br":
				b.WriteString(" ")
			case "p":
				para(c)
				b.WriteString("\n")
			default:
				para(c)
			}
		}
	}
	para(&doc)
	return b.String()
}

func TestDOCXPackage(t *testing.T) {
	a := articleAnalysis(t)
	for _, l := range langs {
		t.Run(string(l), func(t *testing.T) {
			data := docxOf(t, a, report.Options{Lang: l})
			names, files := unzip(t, data)
			if names[0] != "[Content_Types].xml" {
				t.Errorf("first entry %q, want [Content_Types].xml", names[0])
			}
			for _, want := range []string{"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/document.xml",
				"word/styles.xml", "word/settings.xml", "word/_rels/document.xml.rels",
				"word/media/distribution.png", "word/media/paired.png", "word/media/differences.png"} {
				if files[want] == nil {
					t.Errorf("no %s in the package", want)
				}
			}
			parsed := map[string]xmlNode{}
			for _, n := range names {
				if strings.HasSuffix(n, ".xml") || strings.HasSuffix(n, ".rels") {
					parsed[n] = parseXML(t, n, files[n])
				}
			}
			// Every relationship resolves to a part in the package, and
			// every part is typed.
			types := parsed["[Content_Types].xml"]
			defaults, overrides := map[string]bool{}, map[string]bool{}
			types.walk(func(n *xmlNode) {
				switch n.XMLName.Local {
				case "Default":
					defaults[n.attr("Extension")] = true
				case "Override":
					overrides[n.attr("PartName")] = true
				}
			})
			for _, n := range names {
				if !overrides["/"+n] && !defaults[strings.TrimPrefix(path.Ext(n), ".")] {
					t.Errorf("%s has no content type", n)
				}
			}
			for o := range overrides {
				if files[strings.TrimPrefix(o, "/")] == nil {
					t.Errorf("content type for the missing part %s", o)
				}
			}
			relIDs := map[string]bool{}
			for _, relsName := range []string{"_rels/.rels", "word/_rels/document.xml.rels"} {
				base := path.Dir(path.Dir(relsName))
				rels := parsed[relsName]
				rels.walk(func(n *xmlNode) {
					if n.XMLName.Local != "Relationship" {
						return
					}
					target := path.Join(base, n.attr("Target"))
					if files[target] == nil {
						t.Errorf("%s: %s points at the missing %s", relsName, n.attr("Id"), target)
					}
					if relsName == "word/_rels/document.xml.rels" {
						relIDs[n.attr("Id")] = true
					}
				})
			}
			doc := parsed["word/document.xml"]
			styles := map[string]bool{}
			st := parsed["word/styles.xml"]
			st.walk(func(n *xmlNode) {
				if n.XMLName.Local == "style" {
					styles[n.attr("styleId")] = true
				}
			})
			for _, s := range []string{"Normal", "Title", "Heading1", "Heading2", "Caption", "TableText"} {
				if !styles[s] {
					t.Errorf("styles.xml lacks %s", s)
				}
			}
			tables, images, headerRows := 0, 0, 0
			doc.walk(func(n *xmlNode) {
				switch n.XMLName.Local {
				case "pStyle", "tblStyle":
					if !styles[n.attr("val")] {
						t.Errorf("style %q used but not defined", n.attr("val"))
					}
				case "tbl":
					tables++
				case "tblHeader":
					headerRows++
				case "tc":
					if last := n.Nodes[len(n.Nodes)-1]; last.XMLName.Local != "p" {
						t.Errorf("a table cell ends with <%s>, not a paragraph", last.XMLName.Local)
					}
				case "blip":
					images++
					if id := n.attr("embed"); !relIDs[id] {
						t.Errorf("image %s has no relationship", id)
					}
				case "docPr":
					if n.attr("descr") == "" {
						t.Errorf("image %s has no alt text", n.attr("name"))
					}
				}
			})
			if tables != 9 || headerRows != 9 || images != 3 {
				t.Errorf("%d tables, %d header rows, %d images; want 9, 9, 3", tables, headerRows, images)
			}
			text := docxText(doc)
			want := "M = 1.26, SD = 0.45) and Sesudah pijat (M = 2.65, SD = 0.78): Mdiff = −1.39, 95% CI [−1.73, −1.05], t(22) = −8.52, p < .001, dz = −1.78"
			if l == report.Indonesian {
				want = "Mselisih = −1,39; IK 95% [−1,73; −1,05]; t(22) = −8,52; p < 0,001; dz = −1,78"
			}
			if !strings.Contains(text, want) {
				t.Errorf("document.xml lacks the APA sentence %q:\n%s", want, text)
			}
			if !strings.Contains(string(files["word/styles.xml"]), `w:lang w:val="`+map[report.Lang]string{report.English: "en-US", report.Indonesian: "id-ID"}[l]) {
				t.Errorf("styles.xml does not set the language")
			}
			if *update {
				os.WriteFile(filepath.Join(os.TempDir(), "article."+string(l)+".docx"), data, 0o644)
			}
		})
	}
}

var _ = exec.LookPath

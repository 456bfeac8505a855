package audit_test

import (
	"fmt"
	"log"
	"os"

	"github.com/pairedt/pairedt/pairedt/audit"
)

// Example audits the motivating article (23 mothers, before 17/6/0, after
// 4/0/19, "t: -28,471", "probabilitas 0,000") from its claims file: the
// tables and the decision agree, the p-value is written as an impossible 0,
// the text contradicts the table twice, and no pairing of the published
// counts can give t = -28.471.
func Example() {
	f, err := os.Open("../../testdata/oxytocin/claims.json")
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	claims, err := audit.ReadClaims(f)
	if err != nil {
		log.Fatal(err)
	}
	checks, err := audit.Audit(claims)
	if err != nil {
		log.Fatal(err)
	}
	for _, c := range checks {
		fmt.Printf("%-15s %-13s %s\n", c.Verdict, c.Kind, c.Reported)
	}
	m := checks[15]
	fmt.Printf("%d tables, t in [%.4f, %.4f], |t| <= %.4f under any increasing scoring\n",
		*m.Tables, *m.TMin, *m.TMax, *m.TMaxAbsAnyScoring)
	// Output:
	// consistent      count_sum     n = 23
	// consistent      percent       73,9%
	// consistent      percent       26,1%
	// consistent      percent_sum   73,9 + 26,1
	// consistent      count_sum     n = 23
	// consistent      percent       17,4%
	// consistent      percent       82,6%
	// consistent      percent_sum   17,4 + 82,6
	// consistent      percent       17,4%
	// inconsistent    contradiction 4 (17,4%)
	// consistent      percent       82,6%
	// consistent      contradiction 19 (82,6%)
	// inconsistent    contradiction 17,4%
	// consistent      contradiction 82,6%
	// reporting_error p_value       p = 0,000
	// inconsistent    margins       t = -28,471
	// reporting_error p_value       p = 0.000
	// reporting_error p_value       p = 0.00
	// consistent      decision      0,00<0,05, maka Ho ditolak dan Ha diterima
	// reporting_error p_value       p = 0,000
	// 5 tables, t in [-8.5247, -5.7643], |t| <= 10.2225 under any increasing scoring
}

// ExampleParseStatement reads the article's Indonesian sentence (en dash for
// minus, decimal commas, the misspelling "probalitas") and checks it with
// df = n - 1 = 22.
func ExampleParseStatement() {
	st, err := audit.ParseStatement("nilai t:\u201328,471 dan probalitasnya sebesar 0,000 (lebih kecil dari alpha 0,05)")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(st.T.Value, st.T.Decimals, st.P.Value, st.P.Decimals, st.Alpha.Value)
	c, err := audit.CheckStatement(st, audit.StatementOptions{DF: 22})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(c.Verdict)
	fmt.Println(c.Explanation)
	// Output:
	// -28.471 3 0 3 0.05
	// reporting_error
	// A p-value is never exactly 0: the recomputed two-sided p = 7.464e-19 rounds to 0,000, so it should be reported as p < .001.
}

// ExampleCheckMargins checks the article's t against its published counts,
// as `pairedt check --before-counts 17,6,0 --after-counts 4,0,19 --t -28.471`.
func ExampleCheckMargins() {
	c, err := audit.CheckMargins([]int{17, 6, 0}, []int{4, 0, 19}, "-28.471", audit.MarginOptions{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(c.Verdict, *c.Tables, c.TableTMin, c.TableTMax)
	fmt.Println(c.Explanation)
	// Output:
	// inconsistent 5 [[4 0 13] [0 0 6] [0 0 0]] [[0 0 17] [4 0 2] [0 0 0]]
	// No pairing of the before 17/6/0, after 4/0/19 gives t = -28.471: with scores 1 2 3 every possible table gives t in [-8.5247, -5.7643] over 5 joint tables, and no increasing scoring of the levels reaches |t| = 28.4705 (the largest is 10.2225).
}

// ExampleGRIM: the GRIM paper's example, a mean of 5.19 from 28 integers.
func ExampleGRIM() {
	ok, err := audit.GRIM("5.19", 28, 1, false)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(ok)
	// Output: false
}

// ExampleWriteText writes one check in both languages: the facts are the
// check's, the words the catalog's (the layout of `pairedt check`).
func ExampleWriteText() {
	st, err := audit.ParseStatement("t(22) = -28.471, p = 0.000")
	if err != nil {
		log.Fatal(err)
	}
	c, err := audit.CheckStatement(st, audit.StatementOptions{})
	if err != nil {
		log.Fatal(err)
	}
	c.Source = "Table 2"
	for _, lang := range []audit.Lang{audit.English, audit.Indonesian} {
		if err := audit.WriteText(os.Stdout, []audit.Check{c}, lang); err != nil {
			log.Fatal(err)
		}
	}
	// Output:
	// [reporting_error] p = 0.000 for t(22) = -28.471: A p-value is never exactly 0: the recomputed two-sided p = 7.464e-19 rounds to 0.000, so it should be reported as p < .001.
	//   reported:   p = 0.000
	//   recomputed: p = 7.464e-19 (two-sided, t(22) = -28.471); t in [-28.4715, -28.4705] gives p in [7.461e-19, 7.467e-19]
	//   source:     Table 2
	// [reporting_error] p = 0.000 untuk t(22) = -28.471: Nilai p tidak pernah tepat 0: p dua arah yang dihitung ulang = 7,464e-19 dibulatkan menjadi 0.000, sehingga seharusnya dilaporkan sebagai p < 0,001.
	//   dilaporkan:   p = 0.000
	//   hitung ulang: p = 7,464e-19 (dua arah, t(22) = -28,471); t dalam [-28,4715; -28,4705] menghasilkan p dalam [7,461e-19; 7,467e-19]
	//   sumber:       Table 2
}

package pairedt_test

import (
	"errors"
	"fmt"

	"github.com/pairedt/pairedt/pairedt"
)

// ExampleAnalyzePaired runs every analysis of a numeric outcome on
// Student's sleep data (R's datasets::sleep; drug 1 before drug 2). R 4.2.2:
//
//	x <- sleep$extra[1:10]; y <- sleep$extra[11:20]
//	t.test(x, y, paired = TRUE)            # t = -4.0621, df = 9, p-value = 0.002833
//	wilcox.test(x, y, paired = TRUE)       # V = 0, p-value = 0.009091 (with ties)
//	binom.test(0, 9)                       # p-value = 0.003906
//	shapiro.test(x - y)                    # W = 0.82987, p-value = 0.03334
func ExampleAnalyzePaired() {
	x := []float64{0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0}
	y := []float64{1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4}
	s, err := pairedt.AnalyzePaired(x, y, pairedt.StudyOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("t(%g) = %.4f, p = %.4g\n", s.T.DF, s.T.T, s.T.P)
	fmt.Printf("Wilcoxon V = %g, p = %.4g\n", s.Wilcoxon.V, s.Wilcoxon.P)
	fmt.Printf("sign test p = %.4g\n", s.Sign.P)
	fmt.Printf("Shapiro-Wilk W = %.5f, p = %.4g\n", s.ShapiroWilk.W, s.ShapiroWilk.P)
	fmt.Println("undefined:", len(s.Undefined))
	// Output:
	// t(9) = -4.0621, p = 0.002833
	// Wilcoxon V = 0, p = 0.009091
	// sign test p = 0.003906
	// Shapiro-Wilk W = 0.82987, p = 0.03334
	// undefined: 0
}

// ExampleAnalyzeOrdinal: nobody changed category, so every test of change
// is undefined; the tables are still there, and each undefined test says
// why. R 4.2.2 agrees: mcnemar.test(table(b, a)) gives NaN, t.test(...)
// of identical samples gives NaN, binom.test(0, 0) is an error.
func ExampleAnalyzeOrdinal() {
	levels := []string{"low", "mid", "high"}
	before := []string{"low", "mid", "mid", "high"}
	after := []string{"low", "mid", "mid", "high"}
	s, err := pairedt.AnalyzeOrdinal(before, after, levels, nil, pairedt.StudyOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("pairs:", s.Cross.N, "mid before:", s.FreqBefore.Counts[1])
	for _, u := range s.Undefined {
		fmt.Printf("%v undefined; no discordant pairs: %v, identical samples: %v\n",
			u.Method, errors.Is(u, pairedt.ErrNoDiscordant), errors.Is(u, pairedt.ErrIdentical))
	}
	// Output:
	// pairs: 4 mid before: 2
	// Bowker's test undefined; no discordant pairs: true, identical samples: false
	// Stuart-Maxwell test undefined; no discordant pairs: true, identical samples: false
	// sign test undefined; no discordant pairs: false, identical samples: true
	// Wilcoxon signed-rank test undefined; no discordant pairs: false, identical samples: true
	// paired t-test undefined; no discordant pairs: false, identical samples: true
	// Shapiro-Wilk test undefined; no discordant pairs: false, identical samples: false
}

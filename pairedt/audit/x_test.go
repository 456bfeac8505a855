package audit
import ("testing";"fmt";"os")
func TestX(t *testing.T){
 b, _ := os.ReadFile("/work/shared/article/oxytocin-massage-bener-2024.txt")
 cs, err := Scan(string(b), ScanOptions{Margins: MarginOptions{BuiltinWilcoxon: true}})
 fmt.Println(err)
 for _, c := range cs { fmt.Printf("[%s] %s %s: %s | %s | %s\n", c.Verdict, c.Kind, c.Claim, c.Explanation, c.Recomputed, c.Source) }
}

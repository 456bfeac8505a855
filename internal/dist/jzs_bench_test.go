package dist

import "testing"

func BenchmarkJZSArticle(b *testing.B) {
	for i := 0; i < b.N; i++ {
		JZS(-28.471, 23, 0.7071067811865476)
	}
}

func BenchmarkJZSLargeN(b *testing.B) {
	for i := 0; i < b.N; i++ {
		JZS(1000, 1e6, 0.7071067811865476)
	}
}

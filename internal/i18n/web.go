package i18n

// WebWords holds every word of the local web app (pairedt serve,
// internal/web) in one language: labels, buttons, hints and messages.
// Fields ending in a format take the verbs named in their comment, in the
// same order in every language (TestWebWordsComplete checks both languages
// fill every field with the same verbs). The app's html/template escapes
// every value; none holds markup.
type WebWords struct {
	AppName, Tagline, SkipToContent string
	NavAnalyse, NavAudit, Language  string
	Privacy                         string // %d minutes a session lives
	Offline                         string

	// The first screen.
	UploadTitle, UploadLead, UploadFormats string
	DataFile, UploadButton, UploadLimit    string // UploadLimit: %d megabytes
	OrSample, SampleSleep, SampleSleepNote string
	SampleArticle, SampleArticleNote       string
	Recent                                 string

	// The columns and settings screen.
	ColumnsTitle, FileSummary          string // FileSummary: %s name, %s format, %d columns, %d rows shown
	PreviewCaption, Sheet, SheetApply  string
	SheetHint, FormatSPSS, FormatExcel string
	Layout, LayoutWide, LayoutLong     string
	BeforeColumn, AfterColumn          string
	IDColumn, IDNone, TimeColumn       string
	ValueColumn, BeforeValue           string
	AfterValue, LongHint               string
	Outcome, Numeric, Ordered          string
	LevelsLabel, LevelsHint            string
	Options, ReportLanguage            string
	Alternative, AltTwoSided           string
	AltLess, AltGreater                string
	Alpha, AlphaHint                   string
	Direction, DirBeforeAfter          string
	DirAfterBefore                     string
	GroupFilter, GroupAll              string
	GroupHint                          string
	Words, Title, TitleHint            string
	Variable, BeforeLabel, AfterLabel  string
	LabelHint                          string
	Missing, MissingHint               string
	Bayes, MakeReport, Guessed         string

	// The report screen.
	ReportTitle, ChangeSettings, Downloads        string
	DlWord, DlHTML, DlMarkdown, DlLaTeX, DlLaTeXS string
	DlCharts, DlZip, DlManuscript, DlManuNote     string
	FrameTitle, OpenReport, NewData, Notes        string

	// The audit screen.
	AuditTitle, AuditLead, AuditText, AuditFile   string
	AuditFileHint, AuditButton, AuditAlpha        string
	AuditFound                                    string // %d results found
	AuditNone, AuditLegend, AuditList, AuditAgain string
	Claim, Reported, Recomputed, Where            string

	// Errors.
	ErrTitle, ErrBack, ErrTooLarge             string // ErrTooLarge: %d megabytes
	ErrNoFile, ErrEmptyFile, ErrRead           string // ErrRead: %s the reader's message
	ErrNotFound, ErrExpired, ErrForbidden      string
	ErrBadHost, ErrMethod, ErrTooMany          string // ErrTooMany: %d columns allowed
	ErrTooManyLevels, ErrTextTooLong           string // %d levels; %d characters
	ErrAnalysis, ErrNeedColumns, ErrSameColumn string // ErrAnalysis: %s message
	ErrLevels, ErrAlpha, ErrNoText             string
	ErrPDF                                     string
	ErrNoT                                     string // %s reason

	// An input error's place and what it is (the loader's sentinels): the
	// Indonesian page words the message from these; English shows the
	// loader's own.
	InLine, InColumn, InFound                         string
	InNotNumber, InMissingColumn, InFieldCount        string
	InUnknownLevel, InNotCategory, InDuplicateColumn  string
	InDuplicateID, InMissingID, InOccasion, InNoMatch string
	InQuote, InUTF8, InUTF16, InEmpty, InNoRows       string
	InDecimal, InNonFinite, InOutOfRange, InMixedSep  string
}

// Web returns the words of the web app in l; English for any l but
// Indonesian.
func (l Lang) Web() *WebWords {
	if l == Indonesian {
		return &webIndonesian
	}
	return &webEnglish
}

var webEnglish = WebWords{
	AppName:       "pairedt",
	Tagline:       "Pre/post studies: the Results section, written for you",
	SkipToContent: "Skip to the content",
	NavAnalyse:    "Analyse data",
	NavAudit:      "Check an article",
	Language:      "Language",
	Privacy:       "Everything runs on this computer. Your data stay in this program's memory, are never written to disk unless you download a file, and are forgotten after %d minutes without use or when the program stops.",
	Offline:       "Works offline.",

	UploadTitle:       "Upload your data",
	UploadLead:        "One file with a column of values before and a column after, one row per person, as SPSS or a spreadsheet saves it. You choose the columns on the next screen.",
	UploadFormats:     "CSV (comma, semicolon or tab; decimal point or comma), Excel (.xlsx) or SPSS (.sav).",
	DataFile:          "Data file",
	UploadButton:      "Upload and see the columns",
	UploadLimit:       "Up to %d MB.",
	OrSample:          "No data at hand? Try a sample:",
	SampleSleep:       "Sleep data",
	SampleSleepNote:   "10 patients, extra hours of sleep on two drugs (numbers; Student 1908)",
	SampleArticle:     "Oxytocin massage article",
	SampleArticleNote: "23 mothers, breast-milk flow in 3 ordered categories before and after massage (reconstructed from the published tables)",
	Recent:            "Your data in this session",

	ColumnsTitle:   "Choose the columns",
	FileSummary:    "%s: %s, %d columns. The first %d rows:",
	PreviewCaption: "The first rows of the file",
	Sheet:          "Sheet",
	SheetApply:     "Show this sheet",
	SheetHint:      "Its name or its number (1 for the first).",
	FormatSPSS:     "SPSS file",
	FormatExcel:    "Excel workbook",
	Layout:         "How the data are laid out",
	LayoutWide:     "One row per person, a column for each occasion",
	LayoutLong:     "One row per person and occasion (long format)",
	BeforeColumn:   "Before (pretest) column",
	AfterColumn:    "After (posttest) column",
	IDColumn:       "Person id column",
	IDNone:         "(none)",
	TimeColumn:     "Occasion column",
	ValueColumn:    "Value column",
	BeforeValue:    "Value of the occasion column that marks before",
	AfterValue:     "Value that marks after",
	LongHint:       "Long format pairs each person's two rows by the id.",
	Outcome:        "The outcome",
	Numeric:        "Numbers (a score, a weight, a blood pressure)",
	Ordered:        "Ordered categories (for example: not yet out, out but not smooth, smooth)",
	LevelsLabel:    "Categories in order, lowest first, one per line",
	LevelsHint:     "Write each as it appears in the data. When the data hold codes, write code = label, for example 1 = not yet out.",
	Options:        "The test",
	ReportLanguage: "Language of the report",
	Alternative:    "Hypothesis",
	AltTwoSided:    "Two-sided: a change in either direction",
	AltLess:        "One-sided: the difference d is below 0",
	AltGreater:     "One-sided: the difference d is above 0",
	Alpha:          "Significance level (alpha)",
	AlphaHint:      "Usually 0.05.",
	Direction:      "Difference d",
	DirBeforeAfter: "d = before − after (as SPSS and R)",
	DirAfterBefore: "d = after − before (a gain is positive)",
	GroupFilter:    "Only the rows of one group",
	GroupAll:       "(all rows)",
	GroupHint:      "Column = value, for example the intervention group only. Columns with 2 to 20 different values are offered.",
	Words:          "Words in the report (optional)",
	Title:          "Title",
	TitleHint:      "Empty: Results.",
	Variable:       "Name of the outcome",
	BeforeLabel:    "Name of the first occasion",
	AfterLabel:     "Name of the second occasion",
	LabelHint:      "Empty: Before and After.",
	Missing:        "Cells that mean missing",
	MissingHint:    "Comma-separated. Empty: empty cells, NA and a dot.",
	Bayes:          "Add the Bayes factor of the t-test",
	MakeReport:     "Make the report",
	Guessed:        "Prefilled by a guess from the column names and contents: check them.",

	ReportTitle:    "Your report",
	ChangeSettings: "Change the settings",
	Downloads:      "Download",
	DlWord:         "Word (.docx)",
	DlHTML:         "Web page (.html)",
	DlMarkdown:     "Markdown (.md)",
	DlLaTeX:        "LaTeX to \\input (.tex)",
	DlLaTeXS:       "LaTeX document (.tex)",
	DlCharts:       "Charts",
	DlZip:          "Everything (.zip)",
	DlManuscript:   "Manuscript template (.md)",
	DlManuNote:     "for pairedt knit: your own text with this analysis's numbers",
	FrameTitle:     "The Results section",
	OpenReport:     "Open the report on its own page",
	NewData:        "Other data",
	Notes:          "Notes on the data",

	AuditTitle:    "Check the numbers of an article",
	AuditLead:     "Paste the text of an article (or its Results section). Every result found (t, F, χ², r, z, p, percentages) is recomputed from the numbers printed beside it and marked in the text.",
	AuditText:     "Text of the article",
	AuditFile:     "Or a file",
	AuditFileHint: "Plain text, Markdown or HTML.",
	AuditButton:   "Check the numbers",
	AuditAlpha:    "Significance level (empty: the one the text states, else 0.05)",
	AuditFound:    "Results found: %d.",
	AuditNone:     "No statistical result was found in this text.",
	AuditLegend:   "Each marked passage is a result; its number leads to the explanation below.",
	AuditList:     "The checks",
	AuditAgain:    "Check another text",
	Claim:         "Claim",
	Reported:      "Reported",
	Recomputed:    "Recomputed",
	Where:         "Where",

	ErrTitle:         "Something is not right",
	ErrBack:          "Back to the start",
	ErrTooLarge:      "The file is larger than %d MB, the most this program accepts. Save only the columns you need, or start pairedt serve with a larger --max-upload.",
	ErrNoFile:        "Choose a file first.",
	ErrEmptyFile:     "The file is empty.",
	ErrRead:          "The file could not be read: %s",
	ErrNotFound:      "This page does not exist.",
	ErrExpired:       "This data set is no longer in memory (it expires after a while without use, or the program was restarted). Please upload it again.",
	ErrForbidden:     "The form came from another web site or an old page. Reload the page and try again.",
	ErrBadHost:       "This address is not allowed. Open the address pairedt serve printed when it started.",
	ErrMethod:        "This page does not accept that kind of request.",
	ErrTooMany:       "The file has more columns than this program shows (%d). Save only the columns you need.",
	ErrTooManyLevels: "More than %d categories: that is not an ordered outcome. Choose Numbers, or check the column.",
	ErrTextTooLong:   "The text is longer than %d characters. Paste the Results section only.",
	ErrAnalysis:      "The analysis could not be made: %s",
	ErrNeedColumns:   "Choose the before and the after column (or, in long format, the id, occasion and value columns and the two occasions).",
	ErrSameColumn:    "The before and after columns are the same column.",
	ErrLevels:        "Write every category on its own line; when one line has code = label, every line needs one.",
	ErrAlpha:         "The significance level must be a number between 0 and 1, such as 0.05.",
	ErrNoText:        "Paste a text or choose a file first.",
	ErrPDF:           "This is a PDF file. Open it, select the text (Ctrl-A), copy it and paste it here; or run pairedt check --text FILE.pdf, which reads PDF files through pdftotext.",
	ErrNoT:           "These data give no t-test: %s",

	InLine: "line", InColumn: "column", InFound: "found",
	InNotNumber: "not a number", InMissingColumn: "no such column", InFieldCount: "wrong number of fields",
	InUnknownLevel: "not one of the categories", InNotCategory: "not a category code", InDuplicateColumn: "two columns have this name",
	InDuplicateID: "this id appears twice", InMissingID: "the id is empty", InOccasion: "not one of the two occasions", InNoMatch: "no row matches",
	InQuote: "a quote out of place", InUTF8: "not UTF-8 text", InUTF16: "UTF-16 text (save the file as UTF-8)", InEmpty: "the file is empty", InNoRows: "no data rows after the header",
	InDecimal: "a decimal mark unlike the rest of the file", InNonFinite: "an infinite value", InOutOfRange: "a number out of range", InMixedSep: "the header mixes separators",
}

var webIndonesian = WebWords{
	AppName:       "pairedt",
	Tagline:       "Penelitian pre-post: bagian Hasil, ditulis untuk Anda",
	SkipToContent: "Langsung ke isi",
	NavAnalyse:    "Analisis data",
	NavAudit:      "Periksa artikel",
	Language:      "Bahasa",
	Privacy:       "Semua berjalan di komputer ini. Data Anda hanya disimpan di memori program ini, tidak pernah ditulis ke disk kecuali Anda mengunduh berkas, dan dilupakan setelah %d menit tidak dipakai atau saat program berhenti.",
	Offline:       "Bekerja tanpa internet.",

	UploadTitle:       "Unggah data Anda",
	UploadLead:        "Satu berkas dengan satu kolom nilai sebelum dan satu kolom sesudah, satu baris per responden, seperti yang disimpan SPSS atau spreadsheet. Kolomnya dipilih di layar berikutnya.",
	UploadFormats:     "CSV (koma, titik koma atau tab; desimal titik atau koma), Excel (.xlsx) atau SPSS (.sav).",
	DataFile:          "Berkas data",
	UploadButton:      "Unggah dan lihat kolomnya",
	UploadLimit:       "Paling besar %d MB.",
	OrSample:          "Belum punya data? Coba contoh:",
	SampleSleep:       "Data tidur",
	SampleSleepNote:   "10 pasien, tambahan jam tidur dengan dua obat (angka; Student 1908)",
	SampleArticle:     "Artikel pijat oksitosin",
	SampleArticleNote: "23 ibu, kelancaran ASI dalam 3 kategori berurutan sebelum dan sesudah pijat (direkonstruksi dari tabel yang dipublikasikan)",
	Recent:            "Data Anda dalam sesi ini",

	ColumnsTitle:   "Pilih kolom",
	FileSummary:    "%s: %s, %d kolom. %d baris pertama:",
	PreviewCaption: "Baris-baris pertama berkas",
	Sheet:          "Sheet",
	SheetApply:     "Tampilkan sheet ini",
	SheetHint:      "Namanya atau nomornya (1 untuk yang pertama).",
	FormatSPSS:     "berkas SPSS",
	FormatExcel:    "workbook Excel",
	Layout:         "Susunan data",
	LayoutWide:     "Satu baris per responden, satu kolom untuk tiap pengukuran",
	LayoutLong:     "Satu baris per responden dan pengukuran (format panjang)",
	BeforeColumn:   "Kolom sebelum (pretest)",
	AfterColumn:    "Kolom sesudah (posttest)",
	IDColumn:       "Kolom id responden",
	IDNone:         "(tidak ada)",
	TimeColumn:     "Kolom pengukuran",
	ValueColumn:    "Kolom nilai",
	BeforeValue:    "Isi kolom pengukuran yang menandai sebelum",
	AfterValue:     "Isi yang menandai sesudah",
	LongHint:       "Format panjang memasangkan dua baris tiap responden menurut id-nya.",
	Outcome:        "Variabel hasil",
	Numeric:        "Angka (skor, berat badan, tekanan darah)",
	Ordered:        "Kategori berurutan (misalnya: belum keluar, keluar namun belum lancar, lancar)",
	LevelsLabel:    "Kategori menurut urutan, dari yang terendah, satu per baris",
	LevelsHint:     "Tulis seperti di data. Bila data berisi kode, tulis kode = label, misalnya 1 = belum keluar.",
	Options:        "Uji",
	ReportLanguage: "Bahasa laporan",
	Alternative:    "Hipotesis",
	AltTwoSided:    "Dua sisi: perubahan ke arah mana pun",
	AltLess:        "Satu sisi: selisih d di bawah 0",
	AltGreater:     "Satu sisi: selisih d di atas 0",
	Alpha:          "Taraf signifikansi (alpha)",
	AlphaHint:      "Biasanya 0,05.",
	Direction:      "Selisih d",
	DirBeforeAfter: "d = sebelum − sesudah (seperti SPSS dan R)",
	DirAfterBefore: "d = sesudah − sebelum (kenaikan bernilai positif)",
	GroupFilter:    "Hanya baris dari satu kelompok",
	GroupAll:       "(semua baris)",
	GroupHint:      "Kolom = nilai, misalnya kelompok intervensi saja. Kolom dengan 2 sampai 20 nilai berbeda ditawarkan.",
	Words:          "Kata-kata dalam laporan (boleh dikosongkan)",
	Title:          "Judul",
	TitleHint:      "Kosong: Hasil.",
	Variable:       "Nama variabel hasil",
	BeforeLabel:    "Nama pengukuran pertama",
	AfterLabel:     "Nama pengukuran kedua",
	LabelHint:      "Kosong: Sebelum dan Sesudah.",
	Missing:        "Isi sel yang berarti data hilang",
	MissingHint:    "Pisahkan dengan koma. Kosong: sel kosong, NA dan titik.",
	Bayes:          "Tambahkan faktor Bayes uji t",
	MakeReport:     "Buat laporan",
	Guessed:        "Diisi dengan tebakan dari nama dan isi kolom: periksalah.",

	ReportTitle:    "Laporan Anda",
	ChangeSettings: "Ubah pengaturan",
	Downloads:      "Unduh",
	DlWord:         "Word (.docx)",
	DlHTML:         "Halaman web (.html)",
	DlMarkdown:     "Markdown (.md)",
	DlLaTeX:        "LaTeX untuk \\input (.tex)",
	DlLaTeXS:       "Dokumen LaTeX (.tex)",
	DlCharts:       "Grafik",
	DlZip:          "Semuanya (.zip)",
	DlManuscript:   "Templat naskah (.md)",
	DlManuNote:     "untuk pairedt knit: teks Anda sendiri dengan angka-angka analisis ini",
	FrameTitle:     "Bagian Hasil",
	OpenReport:     "Buka laporan di halaman tersendiri",
	NewData:        "Data lain",
	Notes:          "Catatan tentang data",

	AuditTitle:    "Periksa angka-angka sebuah artikel",
	AuditLead:     "Tempelkan teks artikel (atau bagian Hasilnya). Setiap hasil yang ditemukan (t, F, χ², r, z, p, persentase) dihitung ulang dari angka yang tercetak di sampingnya dan ditandai di dalam teks.",
	AuditText:     "Teks artikel",
	AuditFile:     "Atau sebuah berkas",
	AuditFileHint: "Teks biasa, Markdown atau HTML.",
	AuditButton:   "Periksa angkanya",
	AuditAlpha:    "Taraf signifikansi (kosong: yang disebut teks, atau 0,05)",
	AuditFound:    "Hasil yang ditemukan: %d.",
	AuditNone:     "Tidak ada hasil statistik yang ditemukan dalam teks ini.",
	AuditLegend:   "Setiap bagian yang ditandai adalah satu hasil; nomornya menuju penjelasan di bawah.",
	AuditList:     "Hasil pemeriksaan",
	AuditAgain:    "Periksa teks lain",
	Claim:         "Klaim",
	Reported:      "Dilaporkan",
	Recomputed:    "Dihitung ulang",
	Where:         "Letak",

	ErrTitle:         "Ada yang belum benar",
	ErrBack:          "Kembali ke awal",
	ErrTooLarge:      "Berkas lebih besar dari %d MB, batas yang diterima program ini. Simpan hanya kolom yang diperlukan, atau jalankan pairedt serve dengan --max-upload yang lebih besar.",
	ErrNoFile:        "Pilih berkas terlebih dahulu.",
	ErrEmptyFile:     "Berkasnya kosong.",
	ErrRead:          "Berkas tidak dapat dibaca: %s",
	ErrNotFound:      "Halaman ini tidak ada.",
	ErrExpired:       "Data ini sudah tidak ada di memori (data dihapus setelah beberapa lama tidak dipakai, atau program dijalankan ulang). Silakan unggah lagi.",
	ErrForbidden:     "Formulir ini berasal dari situs lain atau halaman lama. Muat ulang halaman dan coba lagi.",
	ErrBadHost:       "Alamat ini tidak diizinkan. Buka alamat yang dicetak pairedt serve saat mulai.",
	ErrMethod:        "Halaman ini tidak menerima permintaan seperti itu.",
	ErrTooMany:       "Berkas memiliki lebih banyak kolom daripada yang ditampilkan program ini (%d). Simpan hanya kolom yang diperlukan.",
	ErrTooManyLevels: "Lebih dari %d kategori: itu bukan variabel berurutan. Pilih Angka, atau periksa kolomnya.",
	ErrTextTooLong:   "Teks lebih panjang dari %d karakter. Tempelkan bagian Hasil saja.",
	ErrAnalysis:      "Analisis tidak dapat dibuat: %s",
	ErrNeedColumns:   "Pilih kolom sebelum dan sesudah (atau, untuk format panjang, kolom id, pengukuran dan nilai serta kedua pengukurannya).",
	ErrSameColumn:    "Kolom sebelum dan sesudah adalah kolom yang sama.",
	ErrLevels:        "Tulis setiap kategori pada barisnya sendiri; bila satu baris berisi kode = label, setiap baris harus begitu.",
	ErrAlpha:         "Taraf signifikansi harus berupa angka antara 0 dan 1, misalnya 0,05.",
	ErrNoText:        "Tempelkan teks atau pilih berkas terlebih dahulu.",
	ErrPDF:           "Ini berkas PDF. Buka berkasnya, pilih teksnya (Ctrl-A), salin lalu tempelkan di sini; atau jalankan pairedt check --text BERKAS.pdf, yang membaca PDF melalui pdftotext.",
	ErrNoT:           "Data ini tidak menghasilkan uji t: %s",

	InLine: "baris", InColumn: "kolom", InFound: "berisi",
	InNotNumber: "bukan angka", InMissingColumn: "kolom ini tidak ada", InFieldCount: "jumlah sel tidak sesuai dengan header",
	InUnknownLevel: "bukan salah satu kategori", InNotCategory: "bukan kode kategori", InDuplicateColumn: "dua kolom bernama sama",
	InDuplicateID: "id ini muncul dua kali", InMissingID: "id-nya kosong", InOccasion: "bukan salah satu dari kedua pengukuran", InNoMatch: "tidak ada baris yang cocok",
	InQuote: "tanda kutip salah tempat", InUTF8: "bukan teks UTF-8", InUTF16: "teks UTF-16 (simpan berkas sebagai UTF-8)", InEmpty: "berkasnya kosong", InNoRows: "tidak ada baris data setelah header",
	InDecimal: "tanda desimal berbeda dari bagian lain berkas", InNonFinite: "nilai tak hingga", InOutOfRange: "angka di luar jangkauan", InMixedSep: "header memakai pemisah campuran",
}

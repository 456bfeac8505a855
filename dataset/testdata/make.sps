* Writes the .sav and .zsav test fixtures of package dataset.
* Run by make.sh from this directory with GNU PSPP (Debian pspp 1.6.2):
*   pspp make.sps
* Every value, label and missing value the tests expect is written here.

* 1. Student's sleep data, read from the module's testdata/sleep.csv.
GET DATA /TYPE=TXT /FILE='../../testdata/sleep.csv' /ENCODING='UTF-8'
  /ARRANGEMENT=DELIMITED /DELCASE=LINE /FIRSTCASE=2 /DELIMITERS=","
  /VARIABLES=id F2.0 group1 F4.1 group2 F4.1.
VARIABLE LABELS group1 'Extra sleep, drug 1 (hours)'
  /group2 'Extra sleep, drug 2 (hours)'.
SAVE OUTFILE='sleep.sav' /UNCOMPRESSED.
SAVE OUTFILE='sleep-compressed.sav' /COMPRESSED.
SAVE OUTFILE='sleep.zsav' /ZCOMPRESSED.

* 2. The motivating article's 23 mothers (testdata/oxytocin/reconstructed.csv),
*    category labels recoded to the codes 1-2-3 with value labels.
GET DATA /TYPE=TXT /FILE='../../testdata/oxytocin/reconstructed.csv' /ENCODING='UTF-8'
  /ARRANGEMENT=DELIMITED /DELCASE=LINE /FIRSTCASE=2 /DELIMITERS=","
  /VARIABLES=id A3 before_s A40 after_s A40.
RECODE before_s ('ASI belum keluar'=1) ('ASI keluar namun belum lancar'=2)
  ('ASI keluar lancar'=3) INTO sebelum.
RECODE after_s ('ASI belum keluar'=1) ('ASI keluar namun belum lancar'=2)
  ('ASI keluar lancar'=3) INTO sesudah.
FORMATS sebelum sesudah (F1.0).
VARIABLE LEVEL sebelum sesudah (ORDINAL).
VARIABLE LABELS id 'Responden'
  /sebelum 'Pengeluaran ASI sebelum pijat oksitosin'
  /sesudah 'Pengeluaran ASI sesudah pijat oksitosin'.
VALUE LABELS sebelum sesudah
  3 'ASI keluar lancar'
  1 'ASI belum keluar'
  2 'ASI keluar namun belum lancar'.
DELETE VARIABLES before_s after_s.
EXECUTE.
SAVE OUTFILE='oxytocin.sav' /COMPRESSED.

* 3. Every dictionary feature the reader handles, in UTF-8: long names,
*    a long string (A40), a very long string (A300), string value labels
*    (short and long), discrete missing values, a range with a discrete
*    value, LO THRU and THRU HI ranges, string missing values and
*    system-missing values.
DATA LIST LIST /kode_responden_panjang (A8) skor (F3.0) berat (F6.2) umur (F3.0)
  nilai (F3.0) jenis (A1) catatan (A40).
BEGIN DATA.
R01 1 3.25 25 1 L "Ibu pertama kali menyusui"
R02 2 . 31 2 P "Bayi lahir cukup bulan, ASI lancar"
R03 9 2.80 99 3 X "Menolak menjawab"
R04 8 4.10 17 -5 P ""
R05 3 3.00 45 150 L "Catatan ini diisi oleh bidan desa setempat"
R06 6 3.50 30 4 L "Menolak"
END DATA.
STRING panjang (A300).
COMPUTE panjang = ''.
LOOP #i = 1 TO 29.
COMPUTE panjang = CONCAT(RTRIM(panjang), 'abcdefghij').
END LOOP.
COMPUTE panjang = CONCAT(RTRIM(panjang), 'ujung ', catatan).
VARIABLE LABELS kode_responden_panjang 'Kode responden'
  /skor 'Skor kecemasan (1-3; 8 = tidak tahu, 9 = menolak)'
  /berat 'Berat badan bayi (kg)'
  /umur 'Umur ibu (tahun)'
  /nilai 'Nilai dengan rentang hilang'
  /jenis 'Jenis kelamin bayi'
  /catatan 'Catatan bidan'
  /panjang 'Teks sangat panjang'.
VALUE LABELS skor 1 'Rendah' 2 'Sedang' 3 'Tinggi' 8 'Tidak tahu' 9 'Menolak'
  /jenis 'L' 'Laki-laki' 'P' 'Perempuan' 'X' 'Tidak diisi'
  /catatan 'Menolak menjawab' 'Responden menolak'.
MISSING VALUES skor (8, 9) /umur (LO THRU 17, 99) /nilai (100 THRU HI)
  /jenis ('X') /catatan ('Menolak').
SAVE OUTFILE='features.sav' /UNCOMPRESSED.
SAVE OUTFILE='features-compressed.sav' /COMPRESSED.
SAVE OUTFILE='features.zsav' /ZCOMPRESSED.

* Writes cp1252.sav: a system file whose strings are in the Windows code
* page 1252 (character encoding record "windows-1252"), as SPSS writes
* files in its legacy "locale" mode. Run by make.sh: pspp make-cp1252.sps
* This file itself is UTF-8; PSPP converts the strings on SAVE.
SET LOCALE='windows-1252'.
DATA LIST LIST /kota (A12) suhu (F4.1).
BEGIN DATA.
"Bandung" 36.5
"Café Señor" 37.2
"Medan – Aceh" 38.0
END DATA.
VARIABLE LABELS kota 'Kota asal (naïve “kutipan”)' /suhu 'Suhu tubuh (°C)'.
VALUE LABELS suhu 36.5 'Normal ±0,5 °C'.
SAVE OUTFILE='cp1252.sav' /UNCOMPRESSED.

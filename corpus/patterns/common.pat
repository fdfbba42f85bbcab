# common.pat - patterns for every language: UN document symbols.
# Read before each <lang>.pat; see README.md for the format and group names.
#
# A symbol is an organ prefix and /-separated components; a component may
# hold dots and hyphens between letters or digits (CN.4, Sub.2, L.10,
# Add.17, CONF.157, PV.4213, S-9), so a sentence-final "." or a closing
# bracket, comma, 。 or ； ends it.
# ---- the number of a resolution or decision, for every language's num atom
# 6/3, 60/251, 2005/55, S-9/1, ES-10/1, "16 / 9" (spaced by PDF text),
# 47/20 A | 1325 (2000) | 217 A (III), 1514 (XV), 1474 (ES-IV), 2248 (S-V). OCR damage of printed volumes, read
# and flagged (group nocr): "I11 (1956)", "!86 (1964)", "S71 (1985)" and
# "$46 (1984)" for 111, 186, 571 and 546, "512.(1982)" and "841 1993 of 16
# June 1993" (the brackets lost),
# "387 1976)" with its opening bracket lost.
define	NUM	(?<![A-Za-z\d/.\-])(?:(?<sn>(?:E?S-)?\d{1,4} ?/ ?\d{1,4})(?![\d/])(?: (?<part>[A-Z])(?![A-Za-z\d/]))?|(?<n>\d{1,4}|(?<nocr>(?=[IlSO!\[$]{0,2}\d)[\dIlSO!\[$]{3}(?= ?\((?:19|20)\d\d\)))) ?(?:(?<part>[A-H]) ?)?\((?:(?<y2>(?:19|20)\d\d)|(?<roman>(?:E?S-)?[IVXL]{1,7}))\)|(?<n>\d{1,4}) (?<nocr>)(?<y2>(?:19|20)\d\d)\)(?=[ ,;.])|(?<n>\d{1,4})[.,](?<nocr>) ?\((?<y2>(?:19|20)\d\d)\)|(?<n>\d{3,4}) (?<nocr>)(?<y2>(?:19|20)\d\d)(?= of | du | de | от ))

define	SYMCOMP	[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*
define	ORGAN	(?:A|S|E|ST|CCPR|CERD|CEDAW|CRC|CAT|CRPD|CED|CMW|HRI|SPT|DP|TD|UNEP|ICEF|UNW|ECE|ECA|ESCAP|ECLAC|ESCWA|JIU|APLC|CCW|BWC|NPT|FCCC|CBD|ISBA)
# The SC resolution year may follow in brackets: S/RES/1454 (2002).
# "S/ 13672" (a space after the slash) is OCR damage of printed volumes.
# A symbol may follow a Chinese character directly ("2014年12月18日S/PRST/2014/28号"),
# not a Latin letter or digit ("GE.A/HRC/…", "MINUSCA/…").
# A symbol holds a digit somewhere (A/B is no symbol): checked after the
# organ and its slash, not before, so that PCRE2 only tries where an organ
# starts (a leading look-ahead would be tried at every position).
rule	symbol	symbol	(?<![\p{Latin}\p{N}/.\-$])(?<sym>{ORGAN}/ ?(?=[A-Za-z0-9./\-]*\d){SYMCOMP}(?:/{SYMCOMP})*)(?: ?\((?<y2>(?:19|20)\d\d)\))?
# "$/24810" and "S$/24870": OCR damage of S/24810 and S/24870.
rule	symbol-ocr	symbol	(?<![\p{L}\p{N}/.\-$])(?<ocr>S?\$)(?<sym>/\d{3,5}(?:/{SYMCOMP})*)
# Prefilters: no slash, no symbol; no dollar sign, no OCR-damaged one.
# The organ before the slash is at most 5 bytes (ESCWA), the "$" of an
# OCR'd S/ at most one byte in.
need	symbol	/	8
need	symbol-ocr	$	2

# What looks like the number of a resolution or decision, citation or not:
# check --unmatched lists those no citation claims (not a citation rule).
# 6/3, S-7/1, ES-10/24 | 1325 (2000) | 217 (III), 1514 (XV).
rule	unmatched	resnum	(?<![A-Za-z\d/.\-])(?:(?<sn>(?:E?S-)?\d{1,4} ?/ ?\d{1,4})(?![\d/])|(?<n>\d{1,4}) ?(?:[A-H] ?)?\((?:(?<y2>(?:19|20)\d\d)|(?<roman>[IVXL]{1,7}))\))

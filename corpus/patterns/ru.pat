# ru.pat - Russian. TAB-separated; see README.md for the format and the
# meaning of each named group. Same rules and structure lines as en.pat.
# Russian declines: the trigger words are written with every case ending,
# and the body names, months and instrument titles come from the tables
# with one row per case form. Capitalisation varies (Резолюция in a
# heading, резолюция in a sentence), so words are matched without case;
# generic instrument nouns keep their capital (Пакта, Устава), which is
# what tells them from the common noun.

# ---- dates: "20 апреля 2005 года"
# ---- lists of resolutions and decisions: atoms of the list grammar
# (extract/grammar.h) and the lead. Dates: "20 апреля 2005 года", and day
# and month alone in a list that gives the year once.
define	DATE	(?<d>\d{1,2}) (?<m>{MONTH})(?: (?<y>(?:19|20)\d\d)(?! ?\())?(?: года| г\.)?
# Security Council resolutions cited without their year, the date after
# them ("резолюции 1493 от 28 июля 2003 года и 1533 от 12 марта 2004 года"):
# the year is the date's (group n alone: grammar.h).
atom	num	(?:{NUM}|(?<![\d/])(?<n>\d{3,4})(?= от \d{1,2} \p{L}+ (?:19|20)\d\d))
atom	numpfx	№ ?
atom	date	(?i){DATE}
atom	link	,? от 
# The body after the number, declined: "резолюцию 60/251 Генеральной
# Ассамблеи", "резолюции 6/3 и 7/5 Совета".
atom	ibody	,? (?<body>(?i:{BODY}))(?![\p{L}])
atom	sep	(?:,? и(?<conj>),? |, | а также |,? а также |; |,? или )(?:(?:в частности|особенно|включая|в том числе|среди прочего|и),? )?
atom	trig	(?i)(?:(?<dec>решени\p{L}*)|резолюци\p{L}*) (?:№ ?)?
atom	appos	,? (?:озаглавленн\p{L}+ )?[«“"][^»”"]{1,300}[»”"]|,? по (?:этому|данному|этим|данным|тому же) вопрос\p{L}*|,? (?<open>по вопросу об?|по вопросам|о|об|относительно|касающ\p{L}+|озаглавленн\p{L}+) 
define	TRIG	(?:(?<dec>решени(?:е|я|и|ем|ях|ям|ями|й))|резолюци(?:я|и|ю|ей|ях|ям|ями|й))
define	OWN	(?<its>сво(?:й|я|ё|е|ю|ей|его|ему|ем|и|их|им|ими))
define	OWNQ	(?:(?:предыдущ|последн|соответствующ|прежн|вс)\p{L}* )*
# "принятую Генеральной Ассамблеей в ее резолюции 41/128": the body named,
# then "in its resolution" (ее, его, их: the body's own).
# "от 18 декабря 2014 года (S/PRST/2014/28)": the date the citation gives the symbol (a date with its year).
rule	symbol-dated	symbol	(?<![\p{L}\d]){DATE}(?<=\d{4}|года|г\.) ?\((?<sym>{ORGAN}/ ?(?=[A-Za-z0-9./\-]*\d){SYMCOMP}(?:/{SYMCOMP})*)\)
rule	res	list	(?i)(?:(?<![\p{L}])(?<body>{BODY}) (?:в|во) (?:ее|её|его|их) {OWNQ}|(?<![\p{L}]){OWN} {OWNQ})?(?<![\p{L}]){OWNQ}{TRIG}(?: (?<body>{BODY})(?![\p{L}]))?(?: |(?=, ))

# ---- instruments and their articles: "статью 2 Международного пакта об
# экономических, социальных и культурных правах", "статьи 4 Пакта"
define	ART	(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?
define	STAT	(?i:стать(?:я|и|ю|ей|е|ям|ях|ями))
define	GENAFTER	(?: (?:о|об|против|по|относительно|для|между|тысячелетия|Организации|ООН|прав|и)(?![\p{L}]))
rule	article	article	(?<![\p{L}]){STAT} {ART} (?<inst>(?i:{INSTRUMENT}))(?![\p{L}])
rule	article-backref	backref	(?<![\p{L}]){STAT} {ART} (?:(?i:этого|этой|данного|данной|настоящего|настоящей|указанного|указанной) )?(?<generic>{GENERIC})(?![\p{L}])(?!{GENAFTER})
# "статьи 25 и 48 Устава": one citation per article, as en.pat (the k-th number
# by a rule that skips the k-1 before it with \K; lists of up to 8). Only with
# the instrument's noun (Устава, Пакта): the declined full titles make a
# pattern too large to repeat in 16 rules.
define	ARTN	(?:\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?
define	ARTSEP	(?:,? и |, |,? или )
define	ARTOFG	 (?:(?i:этого|этой|данного|данной|настоящего|настоящей|указанного|указанной) )?(?<generic>{GENERIC})(?![\p{L}])(?!{GENAFTER})
define	ARTMOREG	(?:(?=(?:{ARTSEP}{ARTN})+{ARTOFG})|{ARTOFG})
rule	article-blist	backref	(?<![\p{L}])(?i:стать(?:и|ям|ях|ями|ей)) (?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?(?=(?:{ARTSEP}{ARTN})+{ARTOFG})
rule	article-blist2	backref	(?<![\p{L}])(?i:стать(?:и|ям|ях|ями|ей)) {ARTN}{ARTSEP}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?{ARTMOREG}
rule	article-blist3	backref	(?<![\p{L}])(?i:стать(?:и|ям|ях|ями|ей)) (?:{ARTN}{ARTSEP}){2}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?{ARTMOREG}
rule	article-blist4	backref	(?<![\p{L}])(?i:стать(?:и|ям|ях|ями|ей)) (?:{ARTN}{ARTSEP}){3}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?{ARTMOREG}
rule	article-blist5	backref	(?<![\p{L}])(?i:стать(?:и|ям|ях|ями|ей)) (?:{ARTN}{ARTSEP}){4}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?{ARTMOREG}
rule	article-blist6	backref	(?<![\p{L}])(?i:стать(?:и|ям|ях|ями|ей)) (?:{ARTN}{ARTSEP}){5}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?{ARTMOREG}
rule	article-blist7	backref	(?<![\p{L}])(?i:стать(?:и|ям|ях|ями|ей)) (?:{ARTN}{ARTSEP}){6}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?{ARTMOREG}
rule	article-blist8	backref	(?<![\p{L}])(?i:стать(?:и|ям|ях|ями|ей)) (?:{ARTN}{ARTSEP}){7}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?{ARTMOREG}
define	GLAVA	(?i:глав(?:а|ы|е|у|ой|ам|ах|ами))
rule	chapter	article	(?<![\p{L}]){GLAVA} (?<chap>[IVX]{1,5})\b (?<inst>(?i:{INSTRUMENT}))(?![\p{L}])
rule	chapter-backref	backref	(?<![\p{L}]){GLAVA} (?<chap>[IVX]{1,5})\b (?:(?i:этого|этой|данного|данной|настоящего|настоящей|указанного|указанной) )?(?<generic>{GENERIC})(?![\p{L}])(?!{GENAFTER})
rule	instrument	instrument	(?<![\p{L}])(?<inst>(?i:{INSTRUMENT}))(?![\p{L}])
# "Пакта", "Уставом": Russian has no article, the capital marks the title.
rule	backref	backref	(?<![\p{L}])(?<generic>{GENERIC})(?![\p{L}])(?!{GENAFTER})

# ---- document structure (matched line by line)
struct	council	(?i)^(?:{BODY}),$
struct	operative	^(?<n>\d{1,3})\. ?(?=\S)(?!\d)
struct	subpara	^\(?(?<n>[а-я]{1,2}|[a-z]{1,2}|[ivx]{1,5})\) ?
struct	footnote	^(?<n>\d{1,3}|\*{1,3})(?![\d./]) (?!(?i:{MONTH})(?![\p{L}]))(?=\S)
struct	verb	(?i)^(?:(?<verb>{VERB})(?![\p{L}])|(?:(?:{MODIFIER}),? )+(?<verb>{VERB})(?![\p{L}]))
struct	annex	(?i)^Приложение(?: [A-Z0-9]{1,4})?$
struct	end	(?i)^(?:\[?Принят[аоы]? |\d{1,4}-(?:е|м|я) (?:пленарное )?заседани[еия](?![\p{L}]))
# Where a file holding several documents is split (en.pat says how).
struct	heading	^(?:(?:Резолюция|РЕЗОЛЮЦИЯ) (?<n>\d{1,4}) ?\((?:19|20)\d\d\) ?$|Организация Объединенных Наций$|Организация Объединенных Наций (?<n>[ASE]/(?:HRC/)?RES/\S+(?: \((?:19|20)\d\d\))?)$|(?<n>Резолюция,? принятая (?i:{BODY}))|(?:S-)?\d{1,3}/\d{1,3}\. \S)
need	article-blist	стат|Стат|СТАТ
need	article-blist2	стат|Стат|СТАТ
need	article-blist3	стат|Стат|СТАТ
need	article-blist4	стат|Стат|СТАТ
need	article-blist5	стат|Стат|СТАТ
need	article-blist6	стат|Стат|СТАТ
need	article-blist7	стат|Стат|СТАТ
need	article-blist8	стат|Стат|СТАТ
# The longest date (its month 38 bytes) and organ before "/".
need	symbol-dated	/	96
need	chapter	лав
need	chapter-backref	лав

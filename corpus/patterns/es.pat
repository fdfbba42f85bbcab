# es.pat - Spanish. TAB-separated; see README.md for the format and the
# meaning of each named group. Same rules and structure lines as en.pat.

# ---- dates: "20 de abril de 2005", "1º de octubre de 2009"
# ---- lists of resolutions and decisions: atoms of the list grammar
# (extract/grammar.h) and the lead. Dates: "20 de abril de 2005", "1º de
# octubre de 2009", and day and month alone in a list that gives the year.
define	DATE	(?:(?<d>\d{1,2})(?:º|°|o)? de )?(?<m>{MONTH})(?: de (?<y>(?:19|20)\d\d)(?! ?\())?
define	DE	(?:del |de la |de los |de las )
atom	num	{NUM}
atom	numpfx	(?:núm\.|N[°º]|No\.) ?
atom	date	{DATE}
atom	link	,? (?:de fecha|aprobadas? el|adoptadas? el|del|de) 
atom	ibody	,? {DE}(?<body>(?i:{BODY}))(?![\p{L}])
atom	sep	(?:,? y(?<conj>) |, | así como |,? así como |; |,? o |,? e )(?:(?:en particular|en especial|especialmente|incluida|incluidas|entre otras|entre ellas|y),? )?
atom	trig	(?:(?:la|las|su|sus) )?(?:(?<dec>[Dd]ecisi(?:ón|ones))|[Rr]esoluci(?:ón|ones)) (?:(?:núm\.|N[°º]) ?)?
atom	appos	,? (?:titulada |tituladas |intitulada )?[«“"][^»”"]{1,300}[»”"]|,? (?<open>sobre|relativas? a|relativos? a|relativas? al|relativos? al|titulada|tituladas|referentes? a) 
define	TRIG	(?:(?<dec>[Dd]ecisi(?:ón|ones))|[Rr]esoluci(?:ón|ones))
define	OWNQ	(?:(?:propias?|anteriores|pertinentes|últimas?|recientes) )*
define	OWNA	(?:anteriores|pertinentes|previas|posteriores)
# "aprobada por la Asamblea General en su resolución 41/128": the body
# named before "in its resolution".
# "de 18 de diciembre de 2014 (S/PRST/2014/28)": the date the citation gives the symbol (a date with its year).
rule	symbol-dated	symbol	\b(?<d>\d{1,2})(?:º|°|o)? de (?<m>{MONTH}) de (?<y>(?:19|20)\d\d),? ?\((?<sym>{ORGAN}/ ?(?=[A-Za-z0-9./\-]*\d){SYMCOMP}(?:/{SYMCOMP})*)\)
rule	res	list	(?:\b(?<body>(?i:{BODY})),? (?:en|por|mediante) (?:sus?) {OWNQ}|\b(?<its>[Ss]us?) {OWNQ})?\b{TRIG}(?: {OWNA})?(?: {DE}(?<body>(?i:{BODY}))(?![\p{L}])| aprobadas? (?:al respecto )?por (?:el |la )(?<body>(?i:{BODY}))(?![\p{L}]))?(?: |(?=, ))

# ---- instruments and their articles
define	ART	(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?(?:,? párrafos? \d{1,2}(?: ?\([a-z]\))?,?)?
# What may follow a generic noun that opens another title: "la Declaración
# sobre ...", "la Convención de Viena" (but not "el Pacto a que ...").
define	GENAFTER	(?: (?:sobre|contra|relativo|relativa|relativos|relativas|para|Internacional|Universal|Marco|Facultativo|entre)\b| (?:de |del |de la |de los |de las )\p{Lu})
rule	article	article	\b[Aa]rtículos? {ART} {DE}(?<inst>{INSTRUMENT})(?![\p{L}])
rule	article-backref	backref	\b[Aa]rtículos? {ART} (?:del |de la |de este |de esta |de dicho |de dicha )(?<generic>{GENERIC})\b(?!{GENAFTER})
# "los Artículos 55 y 56 de la Carta": one citation per article, as en.pat (the k-th number by a rule
# that skips the k-1 before it with \K; lists of up to 8).
define	ARTN	(?:\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?
define	ARTSEP	(?:,? y |, |,? o )
define	ARTOF	 {DE}(?<inst>{INSTRUMENT})(?![\p{L}])
define	ARTOFG	 (?:del |de la |de este |de esta |de dicho |de dicha )(?<generic>{GENERIC})\b(?!{GENAFTER})
define	ARTMORE	(?:(?=(?:{ARTSEP}{ARTN})+{ARTOF})|{ARTOF})
define	ARTMOREG	(?:(?=(?:{ARTSEP}{ARTN})+{ARTOFG})|{ARTOFG})
rule	article-list	article	\b[Aa]rtículos (?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?(?=(?:{ARTSEP}{ARTN})+{ARTOF})
rule	article-list2	article	\b[Aa]rtículos {ARTN}{ARTSEP}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?{ARTMORE}
rule	article-list3	article	\b[Aa]rtículos (?:{ARTN}{ARTSEP}){2}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?{ARTMORE}
rule	article-list4	article	\b[Aa]rtículos (?:{ARTN}{ARTSEP}){3}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?{ARTMORE}
rule	article-list5	article	\b[Aa]rtículos (?:{ARTN}{ARTSEP}){4}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?{ARTMORE}
rule	article-list6	article	\b[Aa]rtículos (?:{ARTN}{ARTSEP}){5}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?{ARTMORE}
rule	article-list7	article	\b[Aa]rtículos (?:{ARTN}{ARTSEP}){6}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?{ARTMORE}
rule	article-list8	article	\b[Aa]rtículos (?:{ARTN}{ARTSEP}){7}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?{ARTMORE}
rule	article-blist	backref	\b[Aa]rtículos (?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?(?=(?:{ARTSEP}{ARTN})+{ARTOFG})
rule	article-blist2	backref	\b[Aa]rtículos {ARTN}{ARTSEP}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?{ARTMOREG}
rule	article-blist3	backref	\b[Aa]rtículos (?:{ARTN}{ARTSEP}){2}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?{ARTMOREG}
rule	article-blist4	backref	\b[Aa]rtículos (?:{ARTN}{ARTSEP}){3}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?{ARTMOREG}
rule	article-blist5	backref	\b[Aa]rtículos (?:{ARTN}{ARTSEP}){4}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?{ARTMOREG}
rule	article-blist6	backref	\b[Aa]rtículos (?:{ARTN}{ARTSEP}){5}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?{ARTMOREG}
rule	article-blist7	backref	\b[Aa]rtículos (?:{ARTN}{ARTSEP}){6}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?{ARTMOREG}
rule	article-blist8	backref	\b[Aa]rtículos (?:{ARTN}{ARTSEP}){7}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?{ARTMOREG}
# "en su artículo 19": the instrument named last.
rule	article-thereof	backref	\b(?<generic>su) artículo {ART}\b(?! de)
rule	chapter	article	\b(?:[Cc]ap[íi]tulos?|CAP[ÍI]TULO) (?<chap>[IVX]{1,5})\b {DE}(?<inst>{INSTRUMENT})(?![\p{L}])
rule	chapter-backref	backref	\b(?:[Cc]ap[íi]tulos?|CAP[ÍI]TULO) (?<chap>[IVX]{1,5})\b (?:del |de la |de este |de esta |de dicho |de dicha )(?<generic>{GENERIC})\b(?!{GENAFTER})
rule	instrument	instrument	(?<![\p{L}])(?<inst>{INSTRUMENT})(?![\p{L}])
# "el Pacto", "la Carta", "del Pacto".
rule	backref	backref	(?<![\p{L}])(?:[Ee]l |[Ll]a |[Dd]el |[Aa]l |[Ee]ste |[Ee]sta |[Dd]icho |[Dd]icha )(?<generic>{GENERIC})\b(?!{GENAFTER}| y\b)

# ---- document structure (matched line by line)
struct	council	^(?:(?:(?:El|La|Los) )?(?i:{BODY})(?: de las Naciones Unidas)?,|(?:El|La) (?i:{BODY}))$
struct	operative	^(?<n>\d{1,3})\. ?(?=\S)(?!\d)
struct	subpara	^\(?(?<n>[a-z]{1,2}|[ivx]{1,5})\) ?
struct	footnote	^(?<n>\d{1,3}|\*{1,3})(?![\d./]) (?!(?i:{MONTH})\b|de (?i:{MONTH})\b)(?=\S)
struct	verb	(?i)^(?:(?<verb>{VERB})(?![\p{L}])|(?:(?:{MODIFIER}),? )+(?<verb>{VERB})(?![\p{L}]))
struct	annex	^(?:ANEXO|Anexo)(?: [A-Z0-9]{1,4})?$
struct	end	^(?:\[?Aprobad[ao]s? (?:en|por|sin)|\d{1,4}(?:ª|a|º|°|\.ª)? sesión(?: plenaria)?\b)
# Where a file holding several documents is split (en.pat says how).
struct	heading	^(?:(?:Resolución|RESOLUCIÓN) (?<n>\d{1,4}) ?\((?:19|20)\d\d\) ?$|(?<n>NACIONES UNIDAS)$|Naciones Unidas$|Naciones Unidas (?<n>[ASE]/(?:HRC/)?RES/\S+(?: \((?:19|20)\d\d\))?)$|(?<n>Resolución aprobada por (?:el |la )(?i:{BODY}))\b|(?:S-)?\d{1,3}/\d{1,3}\. \S)
need	article-list	rtículo
need	article-list2	rtículo
need	article-list3	rtículo
need	article-list4	rtículo
need	article-list5	rtículo
need	article-list6	rtículo
need	article-list7	rtículo
need	article-list8	rtículo
need	article-blist	rtículo
need	article-blist2	rtículo
need	article-blist3	rtículo
need	article-blist4	rtículo
need	article-blist5	rtículo
need	article-blist6	rtículo
need	article-blist7	rtículo
need	article-blist8	rtículo
need	symbol-dated	/	64
# The trigger's forms: [Rr]esoluci(?:ón|ones), [Dd]ecisi(?:ón|ones);
# before them the longest body name (77 bytes), ", mediante sus " and
# OWNQ words.
need	res	esoluci|ecisi	200
need	chapter	apítulo|apitulo|APÍTULO
need	chapter-backref	apítulo|apitulo|APÍTULO

# es.pat - Spanish. TAB-separated; see README.md for the format and the
# meaning of each named group. Same rules and structure lines as en.pat.

# ---- dates: "20 de abril de 2005", "1º de octubre de 2009"
define	DATE	(?<d>\d{1,2})(?:º|°)? de (?<m>{MONTH}) de (?<y>(?:19|20)\d\d)

# ---- resolution and decision numbers (as en.pat)
define	NUM	(?:(?<sn>(?:E?S-)?\d{1,4}/\d{1,4})(?![\d/])|(?<n>\d{1,4}) ?(?:(?<part>[A-H]) ?)?\((?:(?<y2>(?:19|20)\d\d)|(?<roman>[IVXL]{1,7}))\))
define	DE	(?:del |de la |de los |de las )
# Spanish names the body after the number and the date after the body:
# "la resolución 2005/55 de la Comisión, de 20 de abril de 2005"; the item
# carries its own body.
define	ITEM	{NUM}(?: {DE}(?<body>(?i:{BODY}))(?![\p{L}]))?(?:,? (?:de|del|aprobada el|aprobadas el|adoptada el) {DATE})?
define	SEP	(?:,? y |, | así como |,? así como |; |,? o |,? e )(?:(?:en particular|en especial|especialmente|incluida|incluidas|entre otras|y),? )?(?:(?:núm\.|N[°º]) ?)?
define	TRIG	(?:(?<dec>[Dd]ecisi(?:ón|ones))|[Rr]esoluci(?:ón|ones))
define	OWNQ	(?:(?:propias?|anteriores|pertinentes|últimas?|recientes) )*
define	OWNA	(?:anteriores|pertinentes|previas|posteriores)
# "su resolución 19/33", "las resoluciones del Consejo 6/3, de 27 de
# septiembre de 2007, y 7/5", "la resolución 60/251 de la Asamblea General".
rule	res	resolution	(?:\b(?<its>[Ss]us?) {OWNQ})?\b{TRIG}(?: {OWNA})?(?: {DE}(?<body>(?i:{BODY}))(?![\p{L}]))?(?: (?:núm\.|N[°º]))? {ITEM!}(?:{SEP}{ITEM!})*
item	res	{ITEM}

# ---- instruments and their articles
define	ART	(?<art>\d{1,3})(?: ?\(\d{1,2}\))?(?:,? párrafos? \d{1,2}(?: ?\([a-z]\))?,?)?
# What may follow a generic noun that opens another title: "la Declaración
# sobre ...", "la Convención de Viena" (but not "el Pacto a que ...").
define	GENAFTER	(?: (?:sobre|contra|relativo|relativa|relativos|relativas|para|Internacional|Universal|Marco|Facultativo|entre)\b| (?:de |del |de la |de los |de las )\p{Lu})
rule	article	article	\b[Aa]rtículos? {ART} {DE}(?<inst>{INSTRUMENT})(?![\p{L}])
rule	article-backref	backref	\b[Aa]rtículos? {ART} (?:del |de la |de este |de esta |de dicho |de dicha )(?<generic>{GENERIC})\b(?!{GENAFTER})
rule	instrument	instrument	(?<![\p{L}])(?<inst>{INSTRUMENT})(?![\p{L}])
# "el Pacto", "la Carta", "del Pacto".
rule	backref	backref	(?<![\p{L}])(?:[Ee]l |[Ll]a |[Dd]el |[Aa]l |[Ee]ste |[Ee]sta |[Dd]icho |[Dd]icha )(?<generic>{GENERIC})\b(?!{GENAFTER}| y\b)

# ---- document structure (matched line by line)
struct	council	^(?:(?:El|La|Los) )?(?i:{BODY})(?: de las Naciones Unidas)?,$
struct	operative	^(?<n>\d{1,3})\. ?(?=\S)(?!\d)
struct	subpara	^\(?(?<n>[a-z]{1,2}|[ivx]{1,5})\) ?
struct	footnote	^(?<n>\d{1,3}|\*{1,3})(?![\d./]) (?!(?i:{MONTH})\b|de (?i:{MONTH})\b)(?=\S)
struct	verb	(?i)^(?:(?<verb>{VERB})(?![\p{L}])|(?:(?:{MODIFIER}),? )+(?<verb>{VERB})(?![\p{L}]))
struct	annex	^(?:ANEXO|Anexo)(?: [A-Z0-9]{1,4})?$
struct	end	^(?:\[?Aprobad[ao]s? (?:en|por|sin)|\d{1,4}(?:ª|a|º|°|\.ª)? sesión(?: plenaria)?\b)

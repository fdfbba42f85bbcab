# fr.pat - French. TAB-separated; see README.md for the format and the
# meaning of each named group. Same rules and structure lines as en.pat.
# Apostrophes: the normaliser keeps ' and ’ apart, so every elision is
# written ['’]; table entries with ' already match both.

# ---- lists of resolutions and decisions: atoms of the list grammar
# (extract/grammar.h) and the lead. Dates: "20 avril 2005", "1er octobre
# 2009", day and month alone in a list that gives the year once, and a month
# without its day ("661 (1990) d'août 1990": read past, no date given).
define	DATE	(?:(?<d>\d{1,2})(?: ?er)? )?(?<m>{MONTH})(?:,? (?<y>(?:19|20)\d\d)(?! ?\())?
# "du", "de la", "de l'", "des" before a body or an instrument.
define	DE	(?:du |de la |de l['’]|des )
atom	num	{NUM}
atom	numpfx	n[°o] ?
atom	date	{DATE}
atom	link	,? (?:en date du|du|adoptée le|adoptées le|datée du|datées du|de|d['’]) ?
# French names the body after the number, and the date after the body
# ("la résolution 2005/55 de la Commission, en date du 20 avril 2005"), or
# after the whole list ("les résolutions 59/191 du 20 décembre 2004, … et
# 60/251 du 15 mars 2006 de l'Assemblée générale").
atom	ibody	,? {DE}(?<body>(?i:{BODY}))(?![\p{L}])
atom	sep	(?:,? et(?<conj>) |, | ainsi que |,? ainsi que |; |,? ou )(?:(?:en particulier|notamment|y compris|plus récemment|dont|et),? )?
atom	trig	(?:(?:la|les|sa|ses) )?(?:(?<dec>[Dd][ée]cisions?)|[Rr][ée]solutions?) (?:n[°o] ?)?
atom	appos	,? (?:intitulées? )?[«“"][^»”"]{1,300}[»”"]|,? (?<open>traitant d(?:e|es|u)|consacrées? à|sur|relatives? à|relatifs? à|relatives? aux|relatifs? aux|concernant|intitulées?|portant sur) 
define	TRIG	(?:(?<dec>[Dd][ée]cisions?)|[Rr][ée]solutions?)
define	OWNQ	(?:(?:propres?|précédentes?|récentes?|dernières?|autres) )*
define	OWNA	(?:antérieures?|précédentes?|pertinentes?|ultérieures?)
# "sa résolution 19/33", "les résolutions du Conseil 6/3 du 27 septembre
# 2007, 7/5 du 27 mars 2008 et 9/2", "décision 2/102".
# "adoptée par l'Assemblée générale dans sa résolution 41/128": the body
# named before "in its resolution".
# "du 18 décembre 2014 (S/PRST/2014/28)": the date the citation gives the symbol (a date with its year).
rule	symbol-dated	symbol	\b(?<d>\d{1,2})(?: ?er)? (?<m>{MONTH}) (?<y>(?:19|20)\d\d) ?\((?<sym>{ORGAN}/ ?(?=[A-Za-z0-9./\-]*\d){SYMCOMP}(?:/{SYMCOMP})*)\)
rule	res	list	(?:\b(?<body>(?i:{BODY})),? (?:dans|par) (?:sa|ses|leurs?) {OWNQ}|\b(?<its>[Ss]a|[Ss]es|[Ll]eurs?) {OWNQ})?\b{TRIG}(?: {OWNA})?(?: {DE}(?<body>(?i:{BODY}))(?![\p{L}])| adoptées? (?:\p{L}+ )?par (?:le |la |l['’])(?<body>(?i:{BODY}))(?![\p{L}]))?(?: |(?=, ))

# ---- instruments and their articles
define	ART	(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?:er)?(?: ?\(\d{1,2}\))?(?:,? paragraphes? \d{1,2}(?: ?\([a-z]\))?,?)?
# What may follow a generic noun that is the start of another title:
# "la Déclaration sur ...", "le Pacte international relatif ...", "la
# Convention de Vienne" (but not "au Pacte de donner").
define	GENAFTER	(?: (?:sur|relatif|relative|relatifs|relatives|contre|concernant|pour|international|internationale|universelle|facultatif|entre|d['’]action)\b| (?:de |d['’]|du |des |de la |de l['’])\p{Lu}|-cadre)
rule	article	article	\b[Aa]rticles? {ART} {DE}(?<inst>{INSTRUMENT})(?![\p{L}])
rule	article-backref	backref	\b[Aa]rticles? {ART} (?:du |de la |de l['’]|de ce |de cet |de cette |dudit |de ladite )(?<generic>{GENERIC})\b(?!{GENAFTER})
# "les Articles 55 et 56 de la Charte": one citation per article, as en.pat (the k-th number by a rule
# that skips the k-1 before it with \K; lists of up to 8).
define	ARTN	(?:\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?:er)?(?: ?\(\d{1,2}\))?
define	ARTSEP	(?:,? et |, |,? ou )
define	ARTOF	 {DE}(?<inst>{INSTRUMENT})(?![\p{L}])
define	ARTOFG	 (?:du |de la |de l[\'’]|de ce |de cet |de cette |dudit |de ladite )(?<generic>{GENERIC})\b(?!{GENAFTER})
define	ARTMORE	(?:(?=(?:{ARTSEP}{ARTN})+{ARTOF})|{ARTOF})
define	ARTMOREG	(?:(?=(?:{ARTSEP}{ARTN})+{ARTOFG})|{ARTOFG})
rule	article-list	article	\b[Aa]rticles (?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?:er)?(?: ?\(\d{1,2}\))?(?=(?:{ARTSEP}{ARTN})+{ARTOF})
rule	article-list2	article	\b[Aa]rticles {ARTN}{ARTSEP}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?:er)?(?: ?\(\d{1,2}\))?{ARTMORE}
rule	article-list3	article	\b[Aa]rticles (?:{ARTN}{ARTSEP}){2}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?:er)?(?: ?\(\d{1,2}\))?{ARTMORE}
rule	article-list4	article	\b[Aa]rticles (?:{ARTN}{ARTSEP}){3}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?:er)?(?: ?\(\d{1,2}\))?{ARTMORE}
rule	article-list5	article	\b[Aa]rticles (?:{ARTN}{ARTSEP}){4}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?:er)?(?: ?\(\d{1,2}\))?{ARTMORE}
rule	article-list6	article	\b[Aa]rticles (?:{ARTN}{ARTSEP}){5}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?:er)?(?: ?\(\d{1,2}\))?{ARTMORE}
rule	article-list7	article	\b[Aa]rticles (?:{ARTN}{ARTSEP}){6}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?:er)?(?: ?\(\d{1,2}\))?{ARTMORE}
rule	article-list8	article	\b[Aa]rticles (?:{ARTN}{ARTSEP}){7}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?:er)?(?: ?\(\d{1,2}\))?{ARTMORE}
rule	article-blist	backref	\b[Aa]rticles (?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?:er)?(?: ?\(\d{1,2}\))?(?=(?:{ARTSEP}{ARTN})+{ARTOFG})
rule	article-blist2	backref	\b[Aa]rticles {ARTN}{ARTSEP}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?:er)?(?: ?\(\d{1,2}\))?{ARTMOREG}
rule	article-blist3	backref	\b[Aa]rticles (?:{ARTN}{ARTSEP}){2}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?:er)?(?: ?\(\d{1,2}\))?{ARTMOREG}
rule	article-blist4	backref	\b[Aa]rticles (?:{ARTN}{ARTSEP}){3}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?:er)?(?: ?\(\d{1,2}\))?{ARTMOREG}
rule	article-blist5	backref	\b[Aa]rticles (?:{ARTN}{ARTSEP}){4}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?:er)?(?: ?\(\d{1,2}\))?{ARTMOREG}
rule	article-blist6	backref	\b[Aa]rticles (?:{ARTN}{ARTSEP}){5}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?:er)?(?: ?\(\d{1,2}\))?{ARTMOREG}
rule	article-blist7	backref	\b[Aa]rticles (?:{ARTN}{ARTSEP}){6}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?:er)?(?: ?\(\d{1,2}\))?{ARTMOREG}
rule	article-blist8	backref	\b[Aa]rticles (?:{ARTN}{ARTSEP}){7}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?:er)?(?: ?\(\d{1,2}\))?{ARTMOREG}
# "en son article 19": the instrument named last.
rule	article-thereof	backref	\b(?<generic>son) article {ART}\b(?! d)
rule	chapter	article	\b(?:[Cc]hapitres?|CHAPITRE) (?<chap>[IVX]{1,5})\b {DE}(?<inst>{INSTRUMENT})(?![\p{L}])
rule	chapter-backref	backref	\b(?:[Cc]hapitres?|CHAPITRE) (?<chap>[IVX]{1,5})\b (?:du |de la |de l['’]|de ce |de cet |de cette |dudit |de ladite )(?<generic>{GENERIC})\b(?!{GENAFTER})
rule	instrument	instrument	(?<![\p{L}])(?<inst>{INSTRUMENT})(?![\p{L}])
# "le Pacte", "la Charte", "au Pacte": the instrument named last that
# answers to the noun.
rule	backref	backref	(?<![\p{L}])(?:[Ll]e |[Ll]a |[Ll]['’]|[Cc]e |[Cc]et |[Cc]ette |[Dd]u |[Aa]u |[Dd]udit |[Aa]udit |[Ll]edit |[Ll]adite )(?<generic>{GENERIC})\b(?!{GENAFTER}| et\b)

# ---- document structure (matched line by line)
struct	council	^(?:(?:(?:Le|La|Les) |L['’])?(?i:{BODY})(?: des Nations Unies)?,|(?:Le |La |L['’])(?i:{BODY}))$
struct	operative	^(?<n>\d{1,3})\. ?(?=\S)(?!\d)
struct	subpara	^\(?(?<n>[a-z]{1,2}|[ivx]{1,5})\) ?
struct	footnote	^(?<n>\d{1,3}|\*{1,3})(?![\d./]) (?!(?i:{MONTH})\b)(?=\S)
struct	verb	(?i)^(?:(?<verb>{VERB})(?![\p{L}])|(?:(?:{MODIFIER}),? )+(?<verb>{VERB})(?![\p{L}]))
struct	annex	^(?:ANNEXE|Annexe)(?: [A-Z0-9]{1,4})?$
struct	end	^(?:\[?Adoptée?s? (?:à|par|sans)|\d{1,4}(?:e|re|ème) séance(?: plénière)?\b)
# Where a file holding several documents is split (en.pat says how).
struct	heading	^(?:(?:Résolution|RÉSOLUTION) (?<n>\d{1,4}) ?\((?:19|20)\d\d\) ?$|(?<n>NATIONS UNIES)$|Nations Unies$|Nations Unies (?<n>[ASE]/(?:HRC/)?RES/\S+(?: \((?:19|20)\d\d\))?)$|(?<n>Résolution adoptée par (?:le |la |l['’])(?i:{BODY}))\b|(?:S-)?\d{1,3}/\d{1,3}\. \S)
need	article-list	rticle
need	article-list2	rticle
need	article-list3	rticle
need	article-list4	rticle
need	article-list5	rticle
need	article-list6	rticle
need	article-list7	rticle
need	article-list8	rticle
need	article-blist	rticle
need	article-blist2	rticle
need	article-blist3	rticle
need	article-blist4	rticle
need	article-blist5	rticle
need	article-blist6	rticle
need	article-blist7	rticle
need	article-blist8	rticle
need	symbol-dated	/	64
# The trigger's forms: [Rr][ée]solutions?, [Dd][ée]cisions?; before them
# the longest body name (98 bytes), ", dans leurs " and OWNQ words.
need	res	ésolution|esolution|écision|ecision	220
need	chapter	hapitre|HAPITRE
need	chapter-backref	hapitre|HAPITRE

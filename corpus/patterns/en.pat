# en.pat - English. TAB-separated; see README.md for the format and the
# meaning of each named group.

# ---- lists of resolutions and decisions: the atoms of the list grammar
# (extract/grammar.h) and the lead that opens a list.
# Dates: "20 April 2005", "1st October 2009", "20 April, 2005", "4 and 14 July
# 1967" (of two items: the day of the last), and the day
# and month alone of a list that gives the year once ("186 (1964) of
# 4 March, … and 198 (1964) of 18 December 1964"); a year followed by a
# bracket is the next item's number, not this date's year.
define	DATE	(?:(?<d0>\d{1,2}) and )?(?<d>\d{1,2})(?:st|nd|rd|th)?,? ?(?<m>{MONTH})(?:,? (?<y>(?:19|20)\d\d)(?! ?\())?
atom	num	{NUM}
atom	numpfx	(?:No\. ?|numbers? )
atom	date	{DATE}
atom	link	,? (?:of|dated|adopted on|adopted) 
atom	ibody	,? of the (?<body>{BODY})\b
# Between the items of a list: "6/3 of ..., 7/5 of ... and 9/2", "and, in
# particular, 1447 (2002)"; in printed volumes OCR also turns the comma
# before "1325 (2000)" into a full stop or loses it.
atom	sep	(?:[,.]? and(?<conj>) |, | as well as |; |,? or |\.? (?=\d{1,4} ?\((?:19|20)\d\d\)))(?:(?:in particular|particularly|notably|inter alia|especially|most recently|including|and|also),? )?
# The trigger again inside a list: "…, including resolution 64/292", "and
# decision 2/102".
atom	trig	(?:(?<dec>[Dd]ecisions?)|[Rr]esolutions?) (?:No\. ?)?
# Skipped: a quoted title, or ", on the code of conduct …" up to the next item
# or date.
atom	appos	,? (?:(?:entitled|titled) )?[“"«][^”"»]{1,300}[”"»]|,? (?<open>on|entitled|titled|concerning|relating to|regarding|by which|in which|which|whereby|containing|establishing|endorsing|approving) 
define	TRIG	(?:(?<dec>[Dd]ecisions?|DECISIONS?)|[Rr]eso[l1i]utions?|RESOLUTIONS?)
define	OWNQ	(?:(?:own|previous|relevant|earlier|prior|most recent|subsequent|later|related|pertinent|above-mentioned|aforementioned|other) )*
# A list with its body in front ("Council resolutions", "its resolutions",
# "General Assembly resolution", "adopted by the General Assembly in its
# resolution": there "its" is the Assembly's) or behind ("resolution 60/251
# of the General Assembly", read by ibody).
# "of 18 December 2014 (S/PRST/2014/28)": the date the citation gives the symbol (a date with its year).
rule	symbol-dated	symbol	\b(?<d>\d{1,2}) (?<m>{MONTH}),? (?<y>(?:19|20)\d\d) ?\((?<sym>{ORGAN}/ ?(?=[A-Za-z0-9./\-]*\d){SYMCOMP}(?:/{SYMCOMP})*)\)
rule	res	list	(?:\b(?<body>{BODY}),? (?:in|by|through|under) (?:its|their) {OWNQ}|\b(?<its>[Ii]ts|[Tt]heir) {OWNQ}|\b(?<body>{BODY})(?:'s)? {OWNQ})?\b{TRIG}(?: of the (?<body>{BODY})\b| adopted (?:\p{L}+ )?by the (?<body>{BODY})\b)?(?: |(?=, ))

# ---- instruments and their articles
define	ART	(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?(?:,? paragraphs? \d{1,2}(?: ?\([a-z]\))?,?)?
rule	article	article	\b[Aa]rticles? {ART} of (?:the )?(?<inst>{INSTRUMENT})(?![\p{L}])
rule	article-backref	backref	\b[Aa]rticles? {ART} of (?:the|that|this) (?<generic>{GENERIC})\b(?! (?:on|of|for|against|to|relating|concerning|between)\b)
# "article 19 thereof", "in its article 19": the instrument named last.
rule	article-thereof	backref	\b[Aa]rticles? {ART},? (?<generic>thereof)\b|\b(?<generic>its) [Aa]rticle {ART}\b(?! of\b)
# "Articles 39, 41 and 42 of the Charter": one citation per article. The
# first number is read with the name ahead of it; the k-th by a rule that
# skips the k-1 numbers before it (\K; PCRE2 10.42 has no variable-length
# lookbehind), the last one taking the name. Lists of up to 8 (S/RES/144
# (1960): "Articles 24, 33, 34, 35, 36, 52 and 103 of the Charter").
define	ARTN	(?:\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?
define	ARTSEP	(?:,? and |, |,? or )
define	ARTOF	 of (?:the )?(?<inst>{INSTRUMENT})(?![\p{L}])
define	ARTMORE	(?:(?=(?:{ARTSEP}{ARTN})+{ARTOF})|{ARTOF})
rule	article-list	article	\b[Aa]rticles (?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?(?=(?:{ARTSEP}{ARTN})+{ARTOF})
rule	article-list2	article	\b[Aa]rticles {ARTN}{ARTSEP}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?{ARTMORE}
rule	article-list3	article	\b[Aa]rticles (?:{ARTN}{ARTSEP}){2}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?{ARTMORE}
rule	article-list4	article	\b[Aa]rticles (?:{ARTN}{ARTSEP}){3}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?{ARTMORE}
rule	article-list5	article	\b[Aa]rticles (?:{ARTN}{ARTSEP}){4}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?{ARTMORE}
rule	article-list6	article	\b[Aa]rticles (?:{ARTN}{ARTSEP}){5}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?{ARTMORE}
rule	article-list7	article	\b[Aa]rticles (?:{ARTN}{ARTSEP}){6}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?{ARTMORE}
rule	article-list8	article	\b[Aa]rticles (?:{ARTN}{ARTSEP}){7}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?{ARTMORE}
# The same with "of the Charter", "of that Treaty": the noun names the instrument.
define	ARTOFG	 of (?:the|that|this) (?<generic>{GENERIC})\b(?! (?:on|of|for|against|to|relating|concerning|between)\b)
define	ARTMOREG	(?:(?=(?:{ARTSEP}{ARTN})+{ARTOFG})|{ARTOFG})
rule	article-blist	backref	\b[Aa]rticles (?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?(?=(?:{ARTSEP}{ARTN})+{ARTOFG})
rule	article-blist2	backref	\b[Aa]rticles {ARTN}{ARTSEP}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?{ARTMOREG}
rule	article-blist3	backref	\b[Aa]rticles (?:{ARTN}{ARTSEP}){2}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?{ARTMOREG}
rule	article-blist4	backref	\b[Aa]rticles (?:{ARTN}{ARTSEP}){3}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?{ARTMOREG}
rule	article-blist5	backref	\b[Aa]rticles (?:{ARTN}{ARTSEP}){4}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?{ARTMOREG}
rule	article-blist6	backref	\b[Aa]rticles (?:{ARTN}{ARTSEP}){5}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?{ARTMOREG}
rule	article-blist7	backref	\b[Aa]rticles (?:{ARTN}{ARTSEP}){6}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?{ARTMOREG}
rule	article-blist8	backref	\b[Aa]rticles (?:{ARTN}{ARTSEP}){7}\K(?<art>\d{1,3}|[IVXL]{1,7}(?![\p{L}\d]))(?: ?\(\d{1,2}\))?{ARTMOREG}
# "Acting under Chapter VII of the Charter of the United Nations": UN-CHARTER ch. VII.
rule	chapter	article	\b(?:[Cc]hapters?|CHAPTER) (?<chap>[IVX]{1,5})\b,? of (?:the )?(?<inst>{INSTRUMENT})(?![\p{L}])
rule	chapter-backref	backref	\b(?:[Cc]hapters?|CHAPTER) (?<chap>[IVX]{1,5})\b,? of (?:the|that|this) (?<generic>{GENERIC})\b(?! (?:on|of|for|against|to|relating|concerning|between)\b)
rule	instrument	instrument	(?<![\p{L}])(?<inst>{INSTRUMENT})(?![\p{L}])
# "the Covenant": the instrument named last that answers to the noun.
rule	backref	backref	\b(?:[Tt]he|[Tt]hat|[Tt]his|[Ii]ts) (?<generic>{GENERIC})\b(?! (?:on|of|for|against|to|relating|concerning|between|and)\b)

# ---- document structure (matched line by line)
# The body's line opens the text; a page that lost its comma keeps "The".
struct	council	^(?:(?:The )?(?:{BODY})(?: of the United Nations)?,|The (?:{BODY}))$
struct	operative	^(?<n>\d{1,3})\. ?(?=\S)(?!\d)
struct	subpara	^\((?<n>[a-z]{1,2}|[ivx]{1,5})\) ?
# Footnotes: "1 A/HRC/23/45.", "* ...", and the "1/ S/26111." of the 1990s.
struct	footnote	^(?:(?<n>\d{1,3}/)|(?<n>\d{1,3}|\*{1,3})(?![\d./])) ?(?!(?:{MONTH})\b)(?=\S)
struct	verb	(?i)^(?:(?<verb>{VERB})\b|(?:(?:{MODIFIER}),? )+(?<verb>{VERB})\b)
struct	annex	^(?:ANNEX|Annex)(?: [A-Z0-9]{1,4})?$
struct	end	^(?:Adopted (?:at|by|unanimously|without)|\d{1,4}(?:st|nd|rd|th) (?:plenary )?meeting\b)
# Printed volumes run on: after the adoption line may come the heading of the
# next resolution or a "Decisions" section; none of it is this document's.
struct	trailer	^(?:(?:Resolution|RESOLUTION) \d{1,4} ?\((?:19|20)\d\d\)$|Decisions?$|DECISIONS?$)
# A file holding several documents is split where one opens: after the
# adoption lines, a Security Council heading, a masthead or symbol line, the
# adoption statement over a General Assembly or Council resolution, or a
# numbered title, once the body line or a paragraph follows it. A heading
# with a number (group n; also the capitals of a masthead and the adoption
# statement, which stand only in a document's head) also opens one
# after a document that ends without an adoption line; "Resolution 70/1."
# and "1514 (XV). ..." are no such heading (footnotes read so). ("197-4":
# OCR.)
struct	heading	^(?:(?:Resolution|RESOLUTION) (?<n>\d{1,4})(?: ?\((?:19|20)\d-?\d\))? ?$|(?:Resolution|RESOLUTION) (?<n>\d{1,4}) ?\((?:19|20)\d\d\) of \d{1,2} (?:{MONTH}) (?:19|20)\d\d$|(?<n>\d{1,4}) \((?:19|20)\d\d\)\.? Resolution of |(?<n>UNITED NATIONS)$|United Nations$|United Nations (?<n>[ASE]/(?:HRC/)?RES/\S+(?: \((?:19|20)\d\d\))?)$|(?<n>Resolution adopted by the (?:{BODY}))\b|(?:S-)?\d{1,3}/\d{1,3}\. \S|Resolution (?:S-)?\d{1,2}/\d{1,3}\.(?: |$)|\d{1,4} \((?:ES-|S-)?[IVXL]{1,7}\)\. \S)

# ---- prefilters: a rule runs only on texts holding one of its literals.
# A number after them is how many bytes before the literal a match can
# start (the longest date before "(S/", "(A/"...; the longest body name,
# 75 bytes, ", through their " and seven OWNQ words of 16 bytes before
# "esolution", 204 bytes):
# the rule then runs only there (catalogue.h). Every form the rule's
# trigger takes must hold a literal: the OCR "Reso1ution" too.
need	symbol-dated	/	64
need	res	esolution|eso1ution|esoiution|ecision|ESOLUTION|ECISION	240
need	article	rticle|RTICLE
need	article-backref	rticle|RTICLE
need	article-thereof	rticle
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
need	chapter	hapter|HAPTER
need	chapter-backref	hapter|HAPTER

# ar.pat - Arabic. TAB-separated; see README.md for the format and the
# meaning of each named group. Same rules and structure lines as en.pat.
# The normaliser has folded Arabic-Indic digits (٢٠٠٥) to ASCII and removed
# bidi marks. Arabic attaches clitics to the word: و (and), ف, ب (by), ك,
# ل (for; ل + ال is written لل), and possessive suffixes (قراره "its
# resolution", masculine for a Council; قرارها, feminine for the Assembly
# or a Commission). Months are pairs joined by '/' (نيسان/أبريل): they come
# whole from {MONTH}, so their '/' never reaches a number pattern.

# ---- lists of resolutions and decisions: atoms of the list grammar
# (extract/grammar.h) and the lead.
define	DATE	(?<d>\d{1,2}) (?<m>{MONTH})(?: (?<y>(?:19|20)\d\d)(?! ?\())?
define	DATED	(?:المؤرخ|المؤرخة|المؤرخين|المؤرختين|المؤرخان|المؤرختان|المؤرخات|الصادر في|الصادرة في|المعتمد في|المعتمدة في)
# Special sessions: "دإ-7/1", "د إ-7/1" (group ss: S-7/1); part letters
# spelled out after the number: "41 / 86 فاء" is 41/86 Q (the letter names
# are data: subpara-letters.tsv).
define	PARTAR	(?:ألف|باء|جيم|دال|هاء|واو|زاي|حاء|طاء|ياء|كاف|لام|ميم|نون|سين|عين|فاء|صاد|قاف|راء|شين|تاء|ثاء|خاء|ذال|ضاد)
atom	num	(?:(?<ss>د ?إ ?- ?)(?<sn>\d{1,3} ?/ ?\d{1,3})(?![\d/])|{NUM}(?: (?<part>{PARTAR})(?![\p{L}]))?)
atom	numpfx	رقم 
atom	date	{DATE}
atom	link	 ?[،,]? {DATED} 
atom	ibody	[،,]? (?:(?:الصادر|الصادرة|الذي اتخذه|الذي اتخذته|التي اتخذها|التي اتخذتها) (?:عن )?)?(?<body>{BODY})(?![\p{L}])
atom	sep	 ?(?:[،,]? ?و(?<conj>) ?|[،,] ?|؛ ?|[،,]? وكذلك |[،,]? أو )(?:(?:لا سيما|ولا سيما|بما في ذلك|بما فيها|وبخاصة|خاصة|ومنها|منها|من جملتها|ومن جملتها|من بينها) )?
atom	trig	(?:[وف]?(?:ال)?)(?:(?<dec>مقرر(?:ات|ين|ي)?)|قرار(?:ات|ين|ي)?) (?:رقم )?
atom	appos	 ?[،,]? [«“"][^»”"]{1,300}[»”"]| ?[،,]? (?<open>بشأن |المتعل\p{Mn}*ق\p{Mn}*(?:ة\p{Mn}*)? ?ب ?|المعنونة? )
# Clitics before the trigger: و ف, then ب ك ل with or without ال (لل).
define	PFX	(?:[وف]?(?:لل|[بكل]?(?:ال)?))
# قرار/قرارات/قراري/قرارين, مقرر (decision); a possessive suffix is "its";
# PDF text splits the suffix off ("قرار ي").
define	TRIG	{PFX}(?:(?<dec>مقرر ?(?:ات|ين|ي)?)|قرار ?(?:ات|ين|ي)?)(?<its>ه|ها|هما|هم)?(?![\p{L}])
define	ADJ	(?:السابق|السابقة|ذو الصلة|ذي الصلة|ذات الصلة|الأخير|الأخيرة)
# "قرار الجمعية العامة 60/251", "قرارات المجلس 6/3 المؤرخ 27 أيلول/سبتمبر
# 2007 و 7/5", "قراره 19/33", "مقرر المجلس 2/102", "قرارات مجلس حقوق الإنسان
# السابقة ذات الصلة، ومن جملتها القرارات 7/22", "الذي اعتمدته الجمعية العامة في
# قرارها 41 / 128" (the body that adopted it, then its resolution).
# "المؤرخ 18 كانون الأول/ديسمبر 2014 (S/PRST/2014/28)": the date the citation gives the symbol (a date with its year).
rule	symbol-dated	symbol	(?<![\p{L}\d])(?<d>\d{1,2}) (?<m>{MONTH}) (?<y>(?:19|20)\d\d) ?\((?<sym>{ORGAN}/ ?(?=[A-Za-z0-9./\-]*\d){SYMCOMP}(?:/{SYMCOMP})*)\)
rule	res	list	(?<![\p{L}])(?:(?<body>{BODY}) (?:في|بموجب) )?{TRIG}(?: {ADJ})?(?: (?<body>{BODY})(?![\p{L}]))?(?: {ADJ}){0,2}(?: | ?(?=[،,]))

# ---- instruments and their articles: "المادة 2 من العهد الدولي الخاص
# بالحقوق الاقتصادية والاجتماعية والثقافية", "المادة 4 من إعلان الحق في التنمية"
define	ART	(?<art>\d{1,3})(?: ?\(\d{1,2}\))?
define	MADDA	{PFX}(?:مادة|مادتين|مادتان|مواد)
# What may follow a generic noun that opens another title.
define	GENAFTER	(?: (?:الدولي|الدولية|الخاص|الخاصة|العالمي|بشأن|المتعلق|المتعلقة|لحقوق|الإطارية|الاختياري|الأمم|المتحدة|بالحقوق|لمناهضة|للقضاء|المتعلقين)(?![\p{L}]))
rule	article	article	(?<![\p{L}]){MADDA} {ART} (?:من )?(?:[وبل])?(?<inst>{INSTRUMENT})(?![\p{L}])
rule	article-backref	backref	(?<![\p{L}]){MADDA} {ART} (?:من )?(?<generic>{GENERIC})(?![\p{L}])(?!{GENAFTER})
# "في المادة 19 منه" (article 19 thereof): the instrument named last.
rule	article-thereof	backref	(?<![\p{L}]){MADDA} {ART} ?(?<generic>{PRONOUN})(?![\p{L}])
define	FASL	{PFX}(?:فصل|فصلين|فصول)
rule	chapter	article	(?<![\p{L}]){FASL} (?<chap>{ORDINAL}) (?:من )?(?:[وبل])?(?<inst>{INSTRUMENT})(?![\p{L}])
rule	chapter-backref	backref	(?<![\p{L}]){FASL} (?<chap>{ORDINAL}) (?:من )?(?<generic>{GENERIC})(?![\p{L}])(?!{GENAFTER})
rule	instrument	instrument	(?<![\p{L}])(?:[وف]?[بكل]?)(?<inst>{INSTRUMENT})(?![\p{L}])
# "العهد", "الميثاق", "بالعهد", "للميثاق" (a row of its own).
rule	backref	backref	(?<![\p{L}])(?:[وف]?[بك]?)(?<generic>{GENERIC})(?![\p{L}])(?!{GENAFTER})

# ---- document structure (matched line by line)
struct	council	^(?:إن )?(?:{BODY})[،,]$
# UN Arabic numbers operative paragraphs "1 - يعيد تأكيد".
struct	operative	^(?<n>\d{1,3}) ?[-.] ?(?=\S)(?!\d)
struct	subpara	^\((?<n>[أابجدهوزحطيكلمنسعفصقرشتثخذضظغ]ـ?|[a-z]{1,2})\) ?
struct	footnote	^(?:\((?<n>\d{1,3})\)|(?<n>\d{1,3}|\*{1,3})(?![\d./])) (?!-)(?!(?:{MONTH})(?![\p{L}]))(?=\S)
struct	verb	^(?:(?<verb>{VERB})(?![\p{L}])|(?:(?:{MODIFIER})[،,]? )+(?<verb>{VERB})(?![\p{L}]))
struct	annex	^(?:ال)?مرفق(?: [A-Z0-9]{1,4}| (?:الأول|الثاني|الثالث|الرابع))?$
struct	end	^(?:\[?اعت[ُ]?مد|الجلسة (?:العامة )?\d{1,4}$)
# The longest date (its month 38 bytes) and organ before "/".
need	symbol-dated	/	96
need	chapter	فصل
need	chapter-backref	فصل

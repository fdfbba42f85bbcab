# zh.pat - Chinese. TAB-separated; see README.md for the format and the
# meaning of each named group. The normaliser has removed the spaces and
# line breaks a PDF leaves between Chinese characters and digits, and
# folded full-width digits and punctuation (，；：（） become , ; : ( )).

# ---- lists of resolutions and decisions: atoms of the list grammar
# (extract/grammar.h) and the lead. 第6/3号决议, 第1325(2000)号决议,
# 第217 A(III)号决议, 第S-9/1号决议, 第2/102号决定. 第 and 号 may be shared by
# the whole list (理事会第6/3、7/5和9/2号决议; 第1325(2000)号、第1612(2005)号和
# 第1888(2009)号决议) or repeated (第6/3号决议、2008年3月27日第7/5号决议); a body
# named once carries along the list, which ends where another is named.
define	DATE	(?<y>(?:1 ?9|2 ?0) ?\d ?\d) ?年(?<m>\d(?: ?\d)?)月(?<d>\d(?: ?\d)?)日
# PDF text may space the digits themselves ("2 00 9 年 1 0 月 1 日第 12 / 1 0 号决议"):
# digits joined by single spaces are read as one number.
define	D4	\d(?: ?\d){0,3}
atom	num	(?<![A-Za-z\d/.\-])(?:(?<sn>(?:E?S ?- ?)?{D4} ?/ ?{D4})(?![\d/])(?: ?(?<part>[A-Z])(?![A-Za-z\d/]))?|{NUM})
atom	numpfx	第
# A date before the number, and what the resolution did before 的: 其1975年
# 12月15日設立…特別委員會的第3499(XXX)號決議, 1992年12月11日關於…問題的第47/62號決議.
atom	datepre	(?:于|在)?{DATE}(?:通过的|通過的)?(?:[^,。;、\d]{1,60}?的(?=第))?
atom	ipost	[号號]
atom	postfix	[号號]?(?:(?<dec>决定|決定)|决议|決議)
atom	sep	(?:、|和(?<conj>)|及(?<conj>)|以及(?<conj>)|,)(?:关于[^,。;]{1,40}的)?
# The lead: 其 or a body, or nothing, before a number, its 第 or its date.
# A body named before the words that lead to the number: 人权委员会关于…的各项
# 有关决议,包括最近关于该事项的1996年4月19日第1996/55号决议 (GA 51/102);
# 人权委员会所有关于这一问题的决议,特别是…第2004/19号决议. No other body may
# stand between (every body's name ends in 会). Before `res`, so that it wins when both read the number.
# "2014年12月18日S/PRST/2014/28号", "2009年4月13日(S/PRST/2009/7)": the date the
# citation gives the symbol.
rule	symbol-dated	symbol	{DATE}\(?(?<sym>{ORGAN}/ ?(?=[A-Za-z0-9./\-]*\d){SYMCOMP}(?:/{SYMCOMP})*)\)?
rule	res-after	list	(?<body>{BODY})[^,。;\d会會]{0,60}?(?:决议|決議)(?:,|,)?(?:包括|特别是|尤其是|特別是|其中包括)[^,。;\d会會]{0,40}?(?=(?:于|在)?(?:1 ?9|2 ?0) ?\d ?\d ?年|第|\d)
rule	res	list	(?:(?<its>其)|(?<body>{BODY}))?(?=(?:于|在)?(?:1 ?9|2 ?0) ?\d ?\d ?年|第|\d)

# ---- instruments and their articles: 《发展权利宣言》第4条, 《公约》第二条
define	ART	第(?<art>\d{1,3}|[零〇一二三四五六七八九十百两]{1,6})[条條]
rule	article	article	《(?<inst>{INSTRUMENT})》{ART}
rule	article-backref	backref	《(?<generic>{GENERIC})》{ART}
# 《联合国宪章》第五十三、第七十七和第一百零七条, 第55条和第56条: one citation
# per article; later items are read by rules that skip those before them (\K).
define	ZN	(?:\d{1,3}|[零〇一二三四五六七八九十百两]{1,6})
define	ZSEP	(?:、|和|及|以及|,)
define	ZEND	(?=[条條]|(?:[条條]?{ZSEP}第{ZN})+[条條])
define	ZITEM	第{ZN}[条條]?{ZSEP}
rule	article-list	article	《(?<inst>{INSTRUMENT})》第(?<art>{ZN})(?=(?:[条條]?{ZSEP}第{ZN})+[条條])
rule	article-list2	article	《(?<inst>{INSTRUMENT})》{ZITEM}\K第(?<art>{ZN})[条條]?{ZEND}
rule	article-list3	article	《(?<inst>{INSTRUMENT})》{ZITEM}{ZITEM}\K第(?<art>{ZN})[条條]?{ZEND}
rule	article-list4	article	《(?<inst>{INSTRUMENT})》{ZITEM}{ZITEM}{ZITEM}\K第(?<art>{ZN})[条條]?{ZEND}
define	ZHANG	第(?<chap>\d{1,2}|[一二三四五六七八九十]{1,3})章
rule	chapter	article	《(?<inst>{INSTRUMENT})》{ZHANG}|(?<!《)(?<inst>{INSTRUMENT}){ZHANG}
rule	chapter-backref	backref	《(?<generic>{GENERIC})》{ZHANG}|(?<![《\p{Han}])(?<generic>{GENERIC}){ZHANG}
rule	instrument	instrument	《(?<inst>{INSTRUMENT})》|(?<!《)(?<inst>{INSTRUMENT})(?!》)
rule	backref	backref	《(?<generic>{GENERIC})》

# ---- document structure (matched line by line)
struct	council	^(?:{BODY})[,，]$
struct	operative	^(?<n>\d{1,3})\.(?!\d)
struct	subpara	^\((?<n>[a-z]{1,2})\)
struct	footnote	^(?<n>\d{1,3}|\*{1,3})(?![\d./%年月日号,、])
struct	verb	^(?:(?<verb>{VERB})|(?:{MODIFIER})+(?<verb>{VERB}))
struct	annex	^附件
struct	end	^(?:第\d+次(?:全体)?会议$|(?:19|20)\d\d年\d{1,2}月\d{1,2}日$|\[?经记录表决|\[?未经表决)

# ---- prefilters: a rule runs only on texts holding one of its literals
# The longest date (its month 38 bytes) and organ before "/".
need	symbol-dated	/	96
need	res	决议|决定|決議|決定
need	res-after	决议|決議
need	article	条|條
need	article-backref	条|條
need	article-list	条|條
need	article-list2	条|條
need	article-list3	条|條
need	article-list4	条|條
need	backref	《
need	chapter	章
need	chapter-backref	章

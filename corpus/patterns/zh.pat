# zh.pat - Chinese. TAB-separated; see README.md for the format and the
# meaning of each named group. The normaliser has removed the spaces and
# line breaks a PDF leaves between Chinese characters and digits, and
# folded full-width digits and punctuation (，；：（） become , ; : ( )).

# ---- dates: 2005年4月20日
define	DATE	(?<y>(?:19|20)\d\d)年(?<m>\d{1,2})月(?<d>\d{1,2})日

# ---- resolution and decision numbers: 第6/3号决议, 第1325(2000)号决议,
# 第217 A(III)号决议, 第S-9/1号决议, 第2/102号决定
define	NUM	(?:(?<sn>(?:E?S-)?\d{1,4}/\d{1,4})(?![\d/])|(?<n>\d{1,4}) ?(?:(?<part>[A-H]) ?)?\((?:(?<y2>(?:19|20)\d\d)|(?<roman>[IVXL]{1,7}))\))
# One number with its date; 第 and 号 may be shared by the whole list
# (理事会第6/3、7/5和9/2号决议; 第1325(2000)号、第1612(2005)号和第1888(2009)号决议)
# or repeated (第6/3号决议、2008年3月27日第7/5号决议). 决定 makes a decision of the
# number it follows.
define	ITEM	(?:(?:于|在)?{DATE}(?:通过的)?)?第?{NUM}
define	ITEMEND	号?(?:(?<dec>决定)|决议)
define	ITEMSEP	(?:、|和|及|以及|,)(?:关于[^,。;]{1,40}的)?
# A body named once carries along the list: 理事会2007年9月27日第6/3号决议、
# 2008年3月27日第7/5号决议……和2012年9月27日第21/10号决议. A list ends where
# another body is named, and its last number is followed by 号决议 / 号决定.
rule	res	resolution	(?:(?<its>其)|(?<body>{BODY}))?(?:{ITEM!}(?:{ITEMEND!}|号)?{ITEMSEP})*{ITEM!}{ITEMEND!}
item	res	{ITEM}(?:{ITEMEND})?

# ---- instruments and their articles: 《发展权利宣言》第4条, 《公约》第二条
define	ART	第(?<art>\d{1,3}|[零〇一二三四五六七八九十百两]{1,6})条
rule	article	article	《(?<inst>{INSTRUMENT})》{ART}
rule	article-backref	backref	《(?<generic>{GENERIC})》{ART}
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
need	res	号决议|号决定|决议|决定
need	article	条
need	article-backref	条
need	backref	《

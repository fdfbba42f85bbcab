/*
 * test_votes.c - recorded votes and adoption without a vote, on the forms
 * UN texts use (zh, en, fr, es, ru, ar, Security Council), with the lists
 * broken across lines as PDF extraction leaves them. Run from the
 * repository root.
 */
#include <errno.h>

#include "extract/docmeta.h"
#include "extract/votes.h"
#include "check.h"

static cg_states *st;
static cg_docwords *words;

static void parse(const char *text, cg_vote *v)
{
    cg_error e = {0};
    int rc = cg_votes_parse(text, strlen(text), st, words, v, &e);
    if (rc) {
        printf("FAIL cg_votes_parse: %d %s\n", rc, e.msg);
        exit(1);
    }
}

static void check_lists(const char *what, const cg_vote *v, const char *yes, const char *no,
                        const char *abstain)
{
    char buf[512], name[96];
    snprintf(name, sizeof name, "%s yes codes", what);
    CHECK_STR(name, join_codes(v->yes_iso, v->n_yes, buf, sizeof buf), yes);
    snprintf(name, sizeof name, "%s no codes", what);
    CHECK_STR(name, join_codes(v->no_iso, v->n_no, buf, sizeof buf), no);
    snprintf(name, sizeof name, "%s abstain codes", what);
    CHECK_STR(name, join_codes(v->abstain_iso, v->n_abstain, buf, sizeof buf), abstain);
}

static void test_zh(void)
{
    cg_vote v;
    /* Names broken by line breaks and blank lines, as in the seed. */
    parse("20.  决定……\n\n2013年 6月 13日 \n第 38次会议 \n\n"
          "[经记录表决，以 3票对 2票、1票弃权获得通过。表决情况如下： \n"
          " 赞成： \n安哥拉、塞拉利\n\n昂、委内瑞拉玻利瓦尔共和国 \n\n"
          "反对： \n黑\n\n山、美\n\n利坚合众国\n\n弃权：\n瑞士]\n",
          &v);
    CHECK_INT("zh recorded", v.recorded, 1);
    CHECK_INT("zh yes", v.yes, 3);
    CHECK_INT("zh no", v.no, 2);
    CHECK_INT("zh abstain", v.abstain, 1);
    check_lists("zh", &v, "AGO SLE VEN", "MNE USA", "CHE");
    CHECK_INT("zh unknown", v.n_unknown, 0);
    CHECK_INT("zh mismatch", v.mismatch, 0);
    cg_vote_clear(&v);

    /* Count says 3 against, list has 2 names: mismatch. */
    parse("[经记录表决，以 1票对 3票、0票弃权获得通过。表决情况如下：\n赞成：\n安哥拉\n"
          "反对：\n黑山、日本]\n",
          &v);
    CHECK_INT("zh short list: mismatch", v.mismatch, 1);
    CHECK_INT("zh short list: n_no", v.n_no, 2);
    cg_vote_clear(&v);

    /* A name the table does not know is reported, not a mismatch. */
    parse("[经记录表决，以 2票对 0票、0票弃权获得通过。表决情况如下：\n赞成：\n安哥拉、乌托邦国]\n",
          &v);
    CHECK_INT("zh unknown name: n_yes", v.n_yes, 1);
    CHECK_INT("zh unknown name: n_unknown", v.n_unknown, 1);
    CHECK_STR("zh unknown name", v.unknown[0], "乌托邦国");
    CHECK_INT("zh unknown name: mismatch", v.mismatch, 0);
    cg_vote_clear(&v);

    parse("第 37次会议\n2013年 6月 13日\n\n[未经表决获得通过。]\n", &v);
    CHECK_INT("zh without vote", v.without_vote, 1);
    CHECK_INT("zh without vote: recorded", v.recorded, 0);
    CHECK_INT("zh without vote: yes", v.yes, -1);
    cg_vote_clear(&v);
}

static void test_en(void)
{
    cg_vote v;
    parse(
        "38th meeting\n13 June 2013\n\n"
        "[Adopted by a recorded vote of 4 to 2, with 1 abstention. The voting was as\nfollows:\n\n"
        "In favour:\nAngola, Côte d’Ivoire, Venezuela (Bolivarian\nRepublic of), United "
        "Arab\nEmirates\n\n"
        "Against:\nRepublic of Korea, United States of\nAmerica\n\n"
        "Abstaining:\nSwitzerland]\n",
        &v);
    CHECK_INT("en recorded", v.recorded, 1);
    CHECK_INT("en yes", v.yes, 4);
    CHECK_INT("en no", v.no, 2);
    CHECK_INT("en abstain", v.abstain, 1);
    check_lists("en", &v, "AGO CIV VEN ARE", "KOR USA", "CHE");
    CHECK_INT("en mismatch", v.mismatch, 0);
    cg_vote_clear(&v);

    parse("[Adopted by a recorded vote of 2 to none, with no abstentions. The voting was as "
          "follows:\n"
          "In favour:\nAngola, Benin, Chile\n\nAgainst:\nNone]\n",
          &v);
    CHECK_INT("en 'to none': no", v.no, 0);
    CHECK_INT("en 'no abstentions'", v.abstain, 0);
    CHECK_INT("en three names for 2: mismatch", v.mismatch, 1);
    cg_vote_clear(&v);

    parse("37th meeting\n13 June 2013\n\n[Adopted without a vote.]\n", &v);
    CHECK_INT("en without vote", v.without_vote, 1);
    CHECK_INT("en without vote: recorded", v.recorded, 0);
    cg_vote_clear(&v);

    parse("The Council recalls resolution 1/1, adopted without a vote.\n", &v);
    CHECK_INT("'adopted without a vote' inside a sentence is not the adoption", v.without_vote, 0);
    cg_vote_clear(&v);
}

static void test_sc(void)
{
    cg_vote v;
    parse("Adopted unanimously at the 2244th meeting.\n", &v);
    CHECK_INT("SC unanimously: without_vote", v.without_vote, 1);
    CHECK_INT("SC unanimously: yes", v.yes, -1);
    cg_vote_clear(&v);

    /* corpus/unsc-en/S_RES_0004_1946_EN_GOLD.txt */
    parse("Adopted at the 39th meeting by 10 votes to none, with 1 abstention "
          "(Union of Soviet Socialist Republics).\n",
          &v);
    CHECK_INT("SC 4: yes", v.yes, 10);
    CHECK_INT("SC 4: no ('none')", v.no, 0);
    CHECK_INT("SC 4: abstain", v.abstain, 1);
    check_lists("SC 4", &v, "", "", "SUN");
    CHECK_INT("SC 4: mismatch (no yes list is fine)", v.mismatch, 0);
    cg_vote_clear(&v);

    /* corpus/unsc-en/S_RES_0252_1968_EN_GOLD.txt: "and" across a line break */
    parse("Adopted at the 1426th meeting by 13 votes to none, with\n2 abstentions (Canada and\n"
          "United States of America).\n",
          &v);
    CHECK_INT("SC 252: abstain", v.abstain, 2);
    check_lists("SC 252", &v, "", "", "CAN USA");
    CHECK_INT("SC 252: mismatch", v.mismatch, 0);
    cg_vote_clear(&v);

    /* corpus/unsc-en/S_RES_0423_1978_EN_GOLD.txt style: a name with a comma. */
    parse("Adopted at the 2067th meeting by 13 votes to none, with 3 abstentions (Canada,\n"
          "Germany, Federal Republic of, United States of America).\n",
          &v);
    check_lists("SC comma inside a name", &v, "", "", "CAN DEU USA");
    CHECK_INT("SC comma inside a name: mismatch", v.mismatch, 0);
    cg_vote_clear(&v);

    /* Names with parentheses inside the parenthesised list. */
    parse("Adopted at the 2000th meeting by 13 votes to 1 (Venezuela (Bolivarian Republic of)),\n"
          "with 1 abstention (China).\n",
          &v);
    check_lists("SC nested parentheses", &v, "", "VEN", "CHN");
    CHECK_INT("SC nested parentheses: mismatch", v.mismatch, 0);
    cg_vote_clear(&v);
}

static void test_other_languages(void)
{
    cg_vote v;
    /* The mini table is zh/en only: these names come from the real one. */
    cg_error e = {0};
    cg_states *mini = st;
    st = cg_states_load("corpus/data/states.tsv", &e);
    if (!st) {
        printf("FAIL states: %s\n", e.msg);
        exit(1);
    }
    parse("[Adoptée à l'issue d'un vote enregistré par 2 voix contre 1, sans abstention. Les voix\n"
          "se sont réparties comme suit:\n\nOnt voté pour:\nAngola, Venezuela (République\n"
          "bolivarienne du)\n\nOnt voté contre:\nÉtats-Unis d’Amérique]\n",
          &v);
    CHECK_INT("fr yes", v.yes, 2);
    CHECK_INT("fr no", v.no, 1);
    CHECK_INT("fr 'sans abstention'", v.abstain, 0);
    check_lists("fr", &v, "AGO VEN", "USA", "");
    CHECK_INT("fr mismatch", v.mismatch, 0);
    cg_vote_clear(&v);

    parse("[Aprobada en votación registrada por 1 voto contra 1 y 1 abstención. El resultado\n"
          "de la votación fue el siguiente:\nVotos a favor:\nAngola\nVotos en contra:\n"
          "Estados Unidos de América\nAbstenciones:\nSuiza]\n",
          &v);
    check_lists("es", &v, "AGO", "USA", "CHE");
    CHECK_INT("es abstain", v.abstain, 1);
    cg_vote_clear(&v);

    /* Arabic comma, Arabic-Indic digits. */
    parse("[اعتُمد بتصويت مسجل بأغلبية ٢ صوتاً مقابل ١ وامتناع ٠ عن التصويت. وكانت نتيجة التصويت كما "
          "يلي:\n"
          "المؤيدون:\nأنغولا، فنزويلا (جمهورية - البوليفارية)\nالمعارضون:\nسويسرا]\n",
          &v);
    CHECK_INT("ar yes (Arabic-Indic digits)", v.yes, 2);
    CHECK_INT("ar no", v.no, 1);
    CHECK_INT("ar abstain", v.abstain, 0);
    check_lists("ar", &v, "AGO VEN", "CHE", "");
    CHECK_INT("ar mismatch", v.mismatch, 0);
    cg_vote_clear(&v);

    parse("[Принята путем заносимого в отчет о заседании голосования 1 голосами против 2 при\n"
          "0 воздержавшихся. Результаты голосования были следующими:\nГолосовали за:\nАнгола\n"
          "Голосовали против:\nШвейцария; Соединенные Штаты Америки]\n",
          &v);
    check_lists("ru (';' between names)", &v, "AGO", "CHE USA", "");
    CHECK_INT("ru mismatch", v.mismatch, 0);
    cg_vote_clear(&v);

    parse("38-е заседание\n13 июня 2013 года\n\n[Принята без голосования.]\n", &v);
    CHECK_INT("ru without vote", v.without_vote, 1);
    cg_vote_clear(&v);
    parse("[Adoptée sans vote.]\n", &v);
    CHECK_INT("fr without vote", v.without_vote, 1);
    cg_vote_clear(&v);
    parse("Rappelant sa résolution 1/1, adoptée sans vote,\n", &v);
    CHECK_INT("fr 'adoptée sans vote' inside a sentence is not the adoption", v.without_vote, 0);
    cg_vote_clear(&v);

    cg_docwords *keep = words;
    words = NULL;
    parse("[Adopted without a vote.]\n", &v);
    CHECK_INT("no words table: nothing read", v.without_vote, 0);
    cg_vote_clear(&v);
    words = keep;
    cg_states_free(st);
    st = mini;
}

static void test_no_table(void)
{
    cg_vote v;
    cg_states *keep = st;
    st = NULL;
    parse("[经记录表决，以 2票对 0票、0票弃权获得通过。表决情况如下：\n赞成：\n安哥拉、阿根廷]\n",
          &v);
    CHECK_INT("no table: n_yes", v.n_yes, 0);
    CHECK_INT("no table: n_unknown", v.n_unknown, 2);
    CHECK_INT("no table: mismatch", v.mismatch, 0);
    cg_vote_clear(&v);
    parse("no vote here", &v);
    CHECK_INT("no statement: recorded", v.recorded, 0);
    CHECK_INT("no statement: without_vote", v.without_vote, 0);
    CHECK_INT("no statement: abstain", v.abstain, -1);
    cg_vote_clear(&v);
    st = keep;
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0); /* keep output order with ASan's */
    cg_error e = {0};
    /* The mini table fixes the expected codes whatever states.tsv says. */
    st = cg_states_load("tests/fixtures/states-mini.tsv", &e);
    if (!st) {
        printf("FAIL states: %s\n", e.msg);
        return 1;
    }
    cg_refdata *ref = cg_refdata_load("corpus/data", &e);
    words = ref ? cg_docwords_load("corpus/data", ref, &e) : NULL;
    cg_refdata_free(ref);
    if (!words) {
        printf("FAIL words: %s\n", e.msg);
        return 1;
    }
    test_zh();
    test_en();
    test_sc();
    test_other_languages();
    test_no_table();
    cg_states_free(st);
    cg_docwords_free(words);
    printf("PASS test_votes\n");
    return 0;
}

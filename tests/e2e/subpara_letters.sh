# A citation in subparagraph (b) has the location operative:1(b) whether the
# letter is printed b, ب or б.
. "$(dirname "$0")/lib.bash"
printf 'The Human Rights Council,\n\n1. Requests the Secretary-General:\n\n(b) To report on General Assembly resolution 60/251;\n' > "$TMP/en.txt"
printf 'إن مجلس حقوق الإنسان،\n\n1 - يطلب إلى الأمين العام ما يلي:\n\n(ب) أن يقدم تقريرا عن قرار الجمعية العامة 60/251؛\n' > "$TMP/ar.txt"
printf 'Совет по правам человека,\n\n1. просит Генерального секретаря:\n\nб) представить доклад о резолюции 60/251 Генеральной Ассамблеи;\n' > "$TMP/ru.txt"
for l in en ar ru; do
    got=$("$CG" extract --no-cache --lang $l -f tsv "$TMP/$l.txt" | tail -n +2 | cut -f 10,18,19)
    expect_eq "$l subparagraph" "$(printf 'A/RES/60/251\trequest\toperative:1(b)')" "$got"
done
finish

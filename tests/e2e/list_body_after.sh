# A body named after a whole list belongs to every number of the list
# (Russian and French put it there), but never to a number it cannot have
# given.
. "$(dirname "$0")/lib.bash"
printf 'Совет по правам человека,\n\nссылаясь на резолюции 6/3 и 7/5 Совета и резолюции 1325 (2000) и 60/251 Генеральной Ассамблеи,\n' > "$TMP/ru.txt"
expect_eq "ru" "A/HRC/RES/6/3 true A/HRC/RES/7/5 true S/RES/1325(2000) true A/RES/60/251 true" \
    "$("$CG" extract --no-cache --lang ru -f tsv "$TMP/ru.txt" | tail -n +2 | cut -f 10,22 | tr '\t\n' '  ' | sed 's/ $//')"
printf "Le Conseil des droits de l'homme,\n\nRappelant les résolutions 6/3 et 7/5 du Conseil, et la résolution 2005/55 de la Commission et 9/2,\n" > "$TMP/fr.txt"
expect_eq "fr" "A/HRC/RES/6/3 A/HRC/RES/7/5 E/CN.4/RES/2005/55 A/HRC/RES/9/2" \
    "$("$CG" extract --no-cache --lang fr -f tsv "$TMP/fr.txt" | tail -n +2 | cut -f 10 | tr '\n' ' ' | sed 's/ $//')"
finish

-- params: 4
SELECT '$1' AS s, $$ $1 $$ AS d, $1::int AS p /* $1 */; -- $2

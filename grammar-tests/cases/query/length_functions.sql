SELECT length('héllo') AS a, char_length('héllo') AS b, upper('abc') AS c, lower('ABC') AS d, replace('aXbX', 'X', '-') AS e, abs(-3) AS f;

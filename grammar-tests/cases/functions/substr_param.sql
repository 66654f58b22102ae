-- params: 0, 3
SELECT substr('hello', $1, $2), substr('hello', $1 + 2, $2);

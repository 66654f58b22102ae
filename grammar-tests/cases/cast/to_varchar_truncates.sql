SELECT 'abcdef'::varchar(3) AS a;

SELECT 'false'::boolean AS a, 'f'::boolean AS b, 'no'::boolean AS c, 'off'::boolean AS d, '0'::boolean AS e, 'N'::boolean AS f;

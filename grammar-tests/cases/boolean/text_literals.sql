SELECT 'true'::boolean AS a, 't'::boolean AS b, 'yes'::boolean AS c, 'on'::boolean AS d, '1'::boolean AS e, ' TRUE '::boolean AS f;

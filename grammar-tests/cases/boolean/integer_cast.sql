SELECT 1::boolean AS a, 0::boolean AS b, 5::boolean AS c;

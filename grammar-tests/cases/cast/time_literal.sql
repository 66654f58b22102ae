SELECT '10:20:30'::time AS t;

SELECT to_char('2024-03-05 07:08:09'::timestamp, 'YYYY"-W"IW "Q"Q D DDD') AS a;

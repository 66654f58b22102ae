CREATE TABLE ev (id INT, at TIMESTAMP DEFAULT now(), tm TIME DEFAULT CURRENT_TIME);
INSERT INTO ev (id) VALUES (1);
INSERT INTO ev (id, at) VALUES (2, now() - INTERVAL '0.25 seconds');
SELECT id, at <= now() AS not_later, at > now() - INTERVAL '1 minute' AS recent, at::date = CURRENT_DATE AS today, tm <= CURRENT_TIME OR tm > '23:59' AS timed FROM ev ORDER BY id;
SELECT now() = CURRENT_TIMESTAMP AS same, date_trunc('second', now()) <= now() AS truncated, now() + INTERVAL '1 millisecond' > now() AS later, now()::time = CURRENT_TIME::time AS same_time;

-- PostgreSQL keeps the first 63 bytes of a longer name: the 69-byte name and its
-- 63-byte prefix are one table, on every target (note PGS0134).
CREATE TABLE order_line_items_with_a_rather_long_descriptive_name_for_archive_2024 (id INT);
INSERT INTO order_line_items_with_a_rather_long_descriptive_name_for_archiv VALUES (1), (2);
SELECT count(*) AS n FROM order_line_items_with_a_rather_long_descriptive_name_for_archive_2024;

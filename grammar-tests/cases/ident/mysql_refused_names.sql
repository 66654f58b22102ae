-- MySQL refuses a table or column name that ends with white space, and any name
-- with a character outside the Basic Multilingual Plane: PGS0135 there. SQLite
-- takes both, as PostgreSQL does.
CREATE TABLE "orders " ("📦" INT, "note	" TEXT);
INSERT INTO "orders " VALUES (1, 'a');
SELECT "📦", "note	" FROM "orders ";

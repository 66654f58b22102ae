CREATE TABLE "user" (id INT, "group" TEXT);
INSERT INTO "user" VALUES (1, 'admins');
SELECT id, "group" FROM "user";

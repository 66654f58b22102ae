CREATE TABLE "my table" ("odd ""col""" INT);
INSERT INTO "my table" VALUES (1);
SELECT "odd ""col""" FROM "my table";

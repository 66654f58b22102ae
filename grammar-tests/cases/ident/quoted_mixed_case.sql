CREATE TABLE "Album" ("AlbumId" INT, "Title" TEXT);
INSERT INTO "Album" VALUES (1, 'For Those About To Rock');
SELECT "AlbumId", "Title" FROM "Album";

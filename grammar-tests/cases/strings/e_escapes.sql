SELECT E'a\tb' AS tab, E'line\nbreak' AS nl, E'back\\slash' AS bs, E'quote\'s' AS q;

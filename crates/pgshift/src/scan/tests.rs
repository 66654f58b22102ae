//! Data-driven tests of the scanner: each case renders the pieces of an input
//! compactly, one per line, and compares them with the expected rendering.

use super::{split, Piece};

/// Renders the pieces of `input`, one line each, with depth and error when set.
pub(super) fn render(input: &str) -> String {
    let mut out = String::new();
    for piece in split(input) {
        out.push_str(&format!("{:?} {:?}", piece.kind, piece.text(input)));
        if piece.depth > 0 {
            out.push_str(&format!(" depth={}", piece.depth));
        }
        if let Some(error) = piece.error {
            out.push_str(&format!(
                " error={:?}@{}..{}",
                error.kind, error.span.start, error.span.end
            ));
        }
        out.push('\n');
    }
    out
}

/// Asserts that the pieces tile `input` exactly, in order and without empty pieces.
pub(super) fn assert_tiles(input: &str, pieces: &[Piece]) {
    let mut at = 0;
    for piece in pieces {
        assert_eq!(piece.span.start as usize, at, "gap or overlap in {input:?}");
        assert!(
            piece.span.end > piece.span.start,
            "empty piece in {input:?}"
        );
        at = piece.span.end as usize;
    }
    assert_eq!(at, input.len(), "pieces do not reach the end of {input:?}");
    let joined: String = pieces.iter().map(|p| p.text(input)).collect();
    assert_eq!(joined, input);
}

fn check(input: &str, expected: &str) {
    let pieces: Vec<Piece> = split(input).collect();
    assert_tiles(input, &pieces);
    let expected = expected
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| format!("{l}\n"))
        .collect::<String>();
    assert_eq!(render(input), expected, "input: {input:?}");
}

#[test]
fn empty_and_trivia_only() {
    check("", "");
    check("  \n", r#"Trivia "  \n""#);
    check(
        "-- only\n/* a /* b */ c */\n",
        r#"Trivia "-- only\n/* a /* b */ c */\n""#,
    );
    check("-- no newline", r#"Trivia "-- no newline""#);
}

#[test]
fn statements_and_trailing_text() {
    check(
        "select 1;\nselect 2;",
        r#"
        Statement "select 1;"
        Trivia "\n"
        Statement "select 2;"
        "#,
    );
    check(
        "select 1 -- done\n  ",
        r#"
        Statement "select 1"
        Trivia " -- done\n  "
        "#,
    );
    check(
        "select /* in */ 1 /* after */",
        r#"
        Statement "select /* in */ 1"
        Trivia " /* after */"
        "#,
    );
    check(";;", "Statement \";\"\nStatement \";\"");
}

#[test]
fn semicolons_inside_lexical_forms() {
    check(r"select 'a;''b';", r#"Statement "select 'a;''b';""#);
    check(r#"select "a;""b";"#, r#"Statement "select \"a;\"\"b\";""#);
    check(r"select E'\';' ;", r#"Statement "select E'\\';' ;""#);
    check(r"select e'\'', 2;", r#"Statement "select e'\\'', 2;""#);
    check(r"select 'a\';", r#"Statement "select 'a\\';""#);
    check(
        r"select B'1;', X'f;', N'n;', U&'u;';",
        r#"Statement "select B'1;', X'f;', N'n;', U&'u;';" depth=1"#,
    );
    check("select 1 -- ;\n;", r#"Statement "select 1 -- ;\n;""#);
    check(
        "select /* a /* ; */ ; */ 1;",
        r#"Statement "select /* a /* ; */ ; */ 1;""#,
    );
    check("select '(', \"(\";", r#"Statement "select '(', \"(\";""#);
}

#[test]
fn dollar_quotes_parameters_and_identifiers() {
    check("select $$a;b$$;", r#"Statement "select $$a;b$$;""#);
    check(
        "select $fn$ a; $$ ; $x$ $fn$;",
        r#"Statement "select $fn$ a; $$ ; $x$ $fn$;""#,
    );
    check(
        "select $1, $2;select 3;",
        r#"
        Statement "select $1, $2;"
        Statement "select 3;"
        "#,
    );
    check(
        "select a$b, c$$ from t;",
        r#"Statement "select a$b, c$$ from t;""#,
    );
    check(
        "create function f() returns int as $body$ select 1; $body$ language sql;",
        r#"Statement "create function f() returns int as $body$ select 1; $body$ language sql;" depth=1"#,
    );
}

#[test]
fn meta_commands() {
    check(
        "\\restrict abc\nselect 1;\n  \\connect db\n\\c db\n\\set x 1\n\\.",
        r#"
        MetaCommand "\\restrict abc\n"
        Statement "select 1;"
        Trivia "\n  "
        MetaCommand "\\connect db\n"
        MetaCommand "\\c db\n"
        MetaCommand "\\set x 1\n"
        MetaCommand "\\."
        "#,
    );
    check(
        "-- c\n\\c chinook;\n",
        r#"
        Trivia "-- c\n"
        MetaCommand "\\c chinook;\n"
        "#,
    );
    check(
        "select 'x\n\\c db\n';",
        r#"Statement "select 'x\n\\c db\n';""#,
    );
}

#[test]
fn pg_dump_copy_block() {
    let input = "COPY public.artist (artist_id, name) FROM stdin;\n\
                 1\tAC/DC\n\
                 2\tAccept -- 'it;s' /* (\n\
                 \\.\n\
                 \n\
                 SELECT pg_catalog.setval('public.artist_artist_id_seq', 275, true);\n";
    check(
        input,
        r#"
        Statement "COPY public.artist (artist_id, name) FROM stdin;" depth=1
        Trivia "\n"
        CopyData "1\tAC/DC\n2\tAccept -- 'it;s' /* (\n\\.\n"
        Trivia "\n"
        Statement "SELECT pg_catalog.setval('public.artist_artist_id_seq', 275, true);" depth=1
        Trivia "\n"
        "#,
    );
}

#[test]
fn copy_variants() {
    check(
        "copy t from STDIN with (format csv); -- x\n\\.\n",
        r#"
        Statement "copy t from STDIN with (format csv);" depth=1
        Trivia " -- x\n"
        CopyData "\\.\n"
        "#,
    );
    check(
        "COPY t FROM stdin;\n1\n\\.x\n2",
        r#"
        Statement "COPY t FROM stdin;"
        Trivia "\n"
        CopyData "1\n\\.x\n2"
        "#,
    );
    check(
        "COPY t FROM stdin;\r\na\r\n\\.\r\nselect 1;",
        r#"
        Statement "COPY t FROM stdin;"
        Trivia "\r\n"
        CopyData "a\r\n\\.\r\n"
        Statement "select 1;"
        "#,
    );
    check(
        "COPY t TO stdout;\nselect 1;",
        r#"
        Statement "COPY t TO stdout;"
        Trivia "\n"
        Statement "select 1;"
        "#,
    );
    check(
        "COPY (select * from stdin) TO stdout;\nselect 1;",
        r#"
        Statement "COPY (select * from stdin) TO stdout;" depth=2
        Trivia "\n"
        Statement "select 1;"
        "#,
    );
    check(
        "COPY t FROM 'stdin';\nselect 1;",
        r#"
        Statement "COPY t FROM 'stdin';"
        Trivia "\n"
        Statement "select 1;"
        "#,
    );
    check("COPY t FROM stdin", r#"Statement "COPY t FROM stdin""#);
    check("COPY t FROM stdin;", r#"Statement "COPY t FROM stdin;""#);
}

#[test]
fn unterminated_forms() {
    check(
        "select 1; select 'abc;\n",
        r#"
        Statement "select 1;"
        Trivia " "
        Statement "select 'abc;\n" error=UnterminatedString@17..23
        "#,
    );
    check(
        "select \"ab;",
        r#"Statement "select \"ab;" error=UnterminatedQuotedIdent@7..11"#,
    );
    check(
        "select E'a\\';",
        r#"Statement "select E'a\\';" error=UnterminatedString@8..13"#,
    );
    check(
        "select $x$ a; $y$;",
        r#"Statement "select $x$ a; $y$;" error=UnterminatedDollarQuote@7..18"#,
    );
    check(
        "select 1 /* a /* b */ ;",
        r#"Statement "select 1 /* a /* b */ ;" error=UnterminatedComment@9..23"#,
    );
    check(
        "select 1;\n/* open /* */ select 2;",
        r#"
        Statement "select 1;"
        Trivia "\n"
        Statement "/* open /* */ select 2;" error=UnterminatedComment@10..33
        "#,
    );
}

#[test]
fn depth_examples() {
    check("select 1+1+1;", r#"Statement "select 1+1+1;" depth=2"#);
    check(
        "select ((((x))));",
        r#"Statement "select ((((x))));" depth=4"#,
    );
    check(
        "select f(a+b, c+d+e);",
        r#"Statement "select f(a+b, c+d+e);" depth=3"#,
    );
    check(
        "select a and not b or c::int;",
        r#"Statement "select a and not b or c::int;" depth=4"#,
    );
    check(
        "select a <= b, c <> d, e || f;",
        r#"Statement "select a <= b, c <> d, e || f;" depth=1"#,
    );
    check("select a+-b;", r#"Statement "select a+-b;" depth=2"#);
    check(
        "select '((((', \"+\", $$ ( $$ -- (((\n;",
        r#"Statement "select '((((', \"+\", $$ ( $$ -- (((\n;""#,
    );
    check(
        "select android, orange, nothing;",
        r#"Statement "select android, orange, nothing;""#,
    );
    check("select )))1+1;", r#"Statement "select )))1+1;" depth=1"#);
}

#[test]
fn odd_bytes_never_panic() {
    check(
        "select 'é;ü', \u{0}, ✓;\u{0}",
        "Statement \"select 'é;ü', \\0, ✓;\"\nStatement \"\\0\"",
    );
    check("é$$ü", r#"Statement "é$$ü""#);
    check("E'\\é'", r#"Statement "E'\\é'""#);
    check("E'\\", r#"Statement "E'\\" error=UnterminatedString@1..3"#);
    check("$", r#"Statement "$""#);
    check("$a", r#"Statement "$a""#);
    check("/", r#"Statement "/" depth=1"#);
    check("\\", r#"MetaCommand "\\""#);
}

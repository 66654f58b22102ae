//! Tests over generated inputs, the real corpora and very large inputs.

use super::tests::assert_tiles;
use super::{split, Piece, PieceKind};
use std::time::Instant;

/// A small deterministic xorshift generator, so failures reproduce.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// Fragments that must stay whole: no piece boundary may fall strictly inside.
/// The COPY fragment starts with `;` so it always begins a new statement; its
/// protected part is the data block.
const PROTECTED: &[&str] = &[
    "'a;b'",
    "'it''s; (('",
    "E'\\';('",
    "e'\\\\'",
    "\"q;\"\"x(\"",
    "$$ ; ( $$",
    "$t$ ; $$ $u$ $t$",
    "-- c ; (\n",
    "/* a /* ; */ b; ( */",
    "U&'u;'",
    "X'0;'",
];

const COPY: &str = ";\nCOPY t (a) FROM stdin;\n";
const COPY_DATA: &str = "1\t'x;\n2\t/* $$ (\n\\.\n";

const FREE: &[&str] = &[
    "select 1", ";", "(", ")", "+", "a$b", "$1", "é", "\u{0}", ",", "and", "::", "\\c db\n", "\n",
    "x", "c$$",
];

/// Builds an input of well-formed fragments separated by white space, recording
/// the byte ranges of the protected ones.
fn generate(rng: &mut Rng) -> (String, Vec<(usize, usize)>) {
    let mut input = String::new();
    let mut protected = Vec::new();
    for _ in 0..rng.below(40) {
        let start = input.len();
        match rng.below(10) {
            0..=3 => {
                input.push_str(PROTECTED[rng.below(PROTECTED.len())]);
                protected.push((start, input.len()));
            }
            4 => {
                input.push_str(COPY);
                let data = input.len();
                input.push_str(COPY_DATA);
                protected.push((data, input.len()));
            }
            _ => input.push_str(FREE[rng.below(FREE.len())]),
        }
        input.push_str([" ", "\n", "  ", "\t"][rng.below(4)]);
    }
    (input, protected)
}

#[test]
fn generated_inputs_tile_and_keep_lexical_forms_whole() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..5000 {
        let (input, protected) = generate(&mut rng);
        let pieces: Vec<Piece> = split(&input).collect();
        assert_tiles(&input, &pieces);
        for piece in &pieces {
            assert!(piece.error.is_none(), "{input:?}: {piece:?}");
            let boundary = piece.span.end as usize;
            for &(start, end) in &protected {
                assert!(
                    !(start < boundary && boundary < end),
                    "boundary {boundary} inside {start}..{end} of {input:?}"
                );
            }
        }
        let copies = pieces
            .iter()
            .filter(|p| p.kind == PieceKind::CopyData)
            .count();
        assert_eq!(copies, input.matches(COPY_DATA).count(), "{input:?}");
    }
}

#[test]
fn chaotic_inputs_tile() {
    let atoms = [
        "'",
        "\"",
        "$",
        "$$",
        "$a$",
        "--",
        "/*",
        "*/",
        ";",
        "(",
        ")",
        "\n",
        "\\",
        "\\.",
        "E",
        "e",
        "'",
        " ",
        "é",
        "\u{0}",
        "COPY t FROM stdin",
        "x",
        "+",
        "-",
        "/",
        "*",
        "U&",
        ":",
    ];
    let mut rng = Rng(42);
    for _ in 0..20_000 {
        let input: String = (0..rng.below(24))
            .map(|_| atoms[rng.below(atoms.len())])
            .collect();
        let pieces: Vec<Piece> = split(&input).collect();
        assert_tiles(&input, &pieces);
        for piece in &pieces {
            if let Some(error) = piece.error {
                assert_eq!(piece.kind, PieceKind::Statement);
                assert_eq!(error.span.end as usize, input.len());
                assert_eq!(piece.span.end as usize, input.len());
            }
        }
    }
}

#[test]
fn real_corpora_tile_without_errors() {
    let Ok(dirs) = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpora")) else {
        eprintln!("no corpora here; skipping");
        return;
    };
    let mut files = 0;
    for dir in dirs.flatten() {
        let Ok(entries) = std::fs::read_dir(dir.path()) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_none_or(|e| e != "sql") {
                continue;
            }
            let Ok(input) = std::fs::read_to_string(&path) else {
                continue;
            };
            files += 1;
            let pieces: Vec<Piece> = split(&input).collect();
            assert_tiles(&input, &pieces);
            assert!(pieces.iter().all(|p| p.error.is_none()), "{path:?}");
            let copies: Vec<&Piece> = pieces
                .iter()
                .filter(|p| p.kind == PieceKind::CopyData)
                .collect();
            for copy in &copies {
                let text = copy.text(&input);
                assert!(text == "\\.\n" || text.ends_with("\n\\.\n"), "{text:?}");
            }
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            // The counts of `FROM stdin;` lines, from grep.
            let expected = match name {
                "chinook.pg_dump.sql" => 11,
                "northwind.pg_dump.sql" => 14,
                _ => 0,
            };
            assert_eq!(copies.len(), expected, "{path:?}");
            let metas = pieces
                .iter()
                .filter(|p| p.kind == PieceKind::MetaCommand)
                .count();
            assert!(metas <= 2, "{path:?}");
        }
    }
    assert!(files >= 4, "found {files} corpus files");
}

#[test]
fn deep_nesting_and_long_chains_do_not_overflow() {
    let nested = format!("select {}1{};", "(".repeat(10_000), ")".repeat(10_000));
    let pieces: Vec<Piece> = split(&nested).collect();
    assert_eq!(pieces.len(), 1);
    assert_eq!(pieces[0].depth, 10_000);

    let chain = format!("select a{};", "+a".repeat(999_999));
    let pieces: Vec<Piece> = split(&chain).collect();
    assert_eq!(pieces.len(), 1);
    assert_eq!(pieces[0].depth, 999_999);

    let deeper = "(".repeat(200_000);
    let pieces: Vec<Piece> = split(&deeper).collect();
    assert_eq!(pieces[0].depth, 200_000);
}

/// Builds a synthetic script of about `size` bytes mixing statements and COPY data.
fn synthetic_script(size: usize) -> String {
    let chunk = "-- a comment\nINSERT INTO t (a, b) VALUES (1, 'it''s; here'), (2, E'x\\'y');\n\
                 SELECT f(a + b * c, $1) FROM t WHERE a = $$ ; $$ AND b <> 3; /* c */\n\
                 COPY t (a, b) FROM stdin;\n1\tone\n2\ttwo; (\n\\.\n";
    chunk.repeat(size / chunk.len() + 1)
}

#[test]
#[ignore = "timing: run with --release -- --ignored --nocapture"]
fn time_100_mb() {
    let input = synthetic_script(100 << 20);
    let copy = format!(
        "COPY t FROM stdin;\n{}\\.\n",
        "1\tsome data; 'x' /* y\n".repeat((100 << 20) / 22)
    );
    let real = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../corpora/chinook/Chinook_PostgreSql_SerialPKs.sql"
    ))
    .map(|s| s.repeat((100 << 20) / s.len().max(1)))
    .unwrap_or_default();
    for (name, text) in [("mixed", &input), ("copy", &copy), ("inserts", &real)] {
        let started = Instant::now();
        let (count, bytes) =
            split(text).fold((0usize, 0usize), |(c, b), p| (c + 1, b + p.span.len()));
        let took = started.elapsed();
        assert_eq!(bytes, text.len());
        eprintln!(
            "{name}: {} MB, {count} pieces in {took:?}",
            text.len() >> 20
        );
    }
}

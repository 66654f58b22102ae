//! Runs the built `pgshift` binary and checks its output and exit codes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn pgshift(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pgshift"))
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    // A usage error exits before reading its input, so the pipe may be closed already.
    if let Err(e) = input.write_all(stdin.unwrap_or("").as_bytes()) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    drop(input);
    child.wait_with_output().unwrap()
}

fn example() -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples/app.sql")
        .display()
        .to_string()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn help_shows_examples() {
    let out = pgshift(&["convert", "--help"], None);
    assert_eq!(out.status.code(), Some(0));
    let help = text(&out.stdout);
    assert!(
        help.contains("pgshift convert --to mysql migrations/ --out-dir out/"),
        "{help}"
    );
    assert!(help.contains("--profile"), "{help}");
}

#[test]
fn converts_a_file_with_warnings_on_stderr() {
    let out = pgshift(&["convert", "--to", "sqlite", &example()], None);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stdout.contains("CREATE TABLE users"), "{stdout}");
    assert!(stdout.contains("?1"), "{stdout}");
    assert!(stderr.contains("PGS0112"), "{stderr}");
    assert!(stderr.contains("app.sql:9:5"), "{stderr}");
}

#[test]
fn strict_turns_warnings_into_exit_1() {
    let out = pgshift(&["convert", "--to", "sqlite", "--strict", &example()], None);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty());
}

#[test]
fn invalid_sql_on_stdin_exits_1_with_a_rendered_diagnostic() {
    let out = pgshift(&["convert", "--to", "mysql"], Some("SELEC 1;\n"));
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(out.stdout.is_empty());
    assert!(stderr.contains("PGS0001"), "{stderr}");
    assert!(stderr.contains("<stdin>:1:1"), "{stderr}");
    assert!(stderr.contains("help"), "{stderr}");
}

#[test]
fn dash_reads_stdin() {
    let out = pgshift(&["convert", "--to", "sqlite", "-"], Some("SELEC 1;\n"));
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("<stdin>"),
        "{}",
        text(&out.stderr)
    );
}

/// The JSON lines of a stream, each parsed.
fn json_lines(bytes: &[u8]) -> Vec<serde_json::Value> {
    text(bytes)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

#[test]
fn json_mode_prints_one_object_per_diagnostic() {
    let out = pgshift(
        &["convert", "--to", "mysql", "--format", "json"],
        Some("SELEC 1;\nSELECT 2;\nSELEC 3;\n"),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty(), "{}", text(&out.stdout));
    let diagnostics = json_lines(&out.stderr);
    assert_eq!(diagnostics.len(), 2, "{diagnostics:?}");
    for (d, line) in diagnostics.iter().zip([1, 3]) {
        assert_eq!(d["code"], "PGS0001");
        assert_eq!(d["severity"], "error");
        assert_eq!(d["file"], "<stdin>");
        assert_eq!(d["start"]["line"], line, "{d}");
        for key in ["message", "label", "help", "span", "start", "end"] {
            assert!(!d[key].is_null(), "{key} missing in {d}");
        }
    }
}

#[test]
fn json_mode_on_a_file() {
    let out = pgshift(
        &["convert", "--to", "sqlite", "--format", "json", &example()],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("CREATE TABLE users"));
    let codes: Vec<String> = json_lines(&out.stderr)
        .iter()
        .map(|d| d["code"].as_str().unwrap_or("").to_string())
        .collect();
    assert!(codes.iter().any(|c| c == "PGS0112"), "{codes:?}");
}

#[test]
fn check_reports_without_writing() {
    let out = pgshift(
        &["check", "--to", "sqlite", "--format", "json", &example()],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let diagnostics = json_lines(&out.stdout);
    assert!(
        diagnostics.iter().any(|d| d["code"] == "PGS0112"),
        "{diagnostics:?}"
    );
    assert!(!text(&out.stdout).contains("CREATE TABLE"));
    let out = pgshift(&["check", "--to", "sqlite", "-"], Some("SELEC 1;"));
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert!(
        text(&out.stderr).contains("<stdin>:1:1"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn notes_show_with_verbose_only() {
    let sql = "SET client_encoding = 'UTF8';\nSELECT 1;\n";
    let out = pgshift(&["convert", "--to", "sqlite", "-"], Some(sql));
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("PGS0131"), "{stderr}");
    assert!(
        stderr.contains("1 note (1 hidden; -v shows them)"),
        "{stderr}"
    );
    let out = pgshift(&["convert", "--to", "sqlite", "-v", "-"], Some(sql));
    assert!(
        text(&out.stderr).contains("PGS0131"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(
        text(&out.stdout),
        "-- skipped SET client_encoding = UTF8: a PostgreSQL session setting\nSELECT 1;\n"
    );
}

#[test]
fn completions_are_printed() {
    for shell in ["bash", "zsh", "fish"] {
        let out = pgshift(&["completions", shell], None);
        assert_eq!(out.status.code(), Some(0));
        let script = text(&out.stdout);
        assert!(
            script.contains("convert") && script.contains("out-dir"),
            "{shell}"
        );
    }
}

/// A fresh scratch folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pgshift-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &std::path::Path, name: &str, text: &str) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// Every file below `dir`, relative, sorted.
fn files(dir: &std::path::Path) -> Vec<String> {
    fn walk(root: &std::path::Path, dir: &std::path::Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                out.push(path.strip_prefix(root).unwrap().display().to_string());
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

#[test]
fn a_migration_folder_becomes_a_mirror_folder_that_applies_in_order() {
    let dir = scratch("folder");
    let migrations = dir.join("migrations");
    write(
        &migrations,
        "0001_users.sql",
        "CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL UNIQUE);\n",
    );
    write(
        &migrations,
        "0002/0001_posts.sql",
        "CREATE TABLE posts (id serial PRIMARY KEY, user_id int REFERENCES users, title text);\n",
    );
    write(
        &migrations,
        "0003_flag.sql",
        "ALTER TABLE users ADD COLUMN active boolean NOT NULL DEFAULT true;\nALTER TABLE users ALTER COLUMN email TYPE varchar(200);\nINSERT INTO users (email) VALUES ('a@x');\nINSERT INTO posts (user_id, title) VALUES (1, 'hi');\n",
    );
    write(&migrations, "README.md", "not SQL");
    let out_dir = dir.join("out");
    let out = pgshift(
        &[
            "convert",
            "--to",
            "sqlite",
            migrations.to_str().unwrap(),
            "--out-dir",
            out_dir.to_str().unwrap(),
        ],
        None,
    );
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("README.md is not a .sql file"), "{stderr}");
    assert_eq!(
        files(&out_dir),
        ["0001_users.sql", "0002/0001_posts.sql", "0003_flag.sql"]
    );
    // The ALTER TYPE of 0003 rebuilds `users` on SQLite, which needs the schema
    // that 0001 and 0002 built: one catalog is carried across the folder.
    let db = rusqlite::Connection::open_in_memory().unwrap();
    for f in files(&out_dir) {
        let sql = std::fs::read_to_string(out_dir.join(&f)).unwrap();
        db.execute_batch(&sql)
            .unwrap_or_else(|e| panic!("{f}: {e}\n{sql}"));
    }
    let row: (i64, String, i64, String) = db
        .query_row(
            "SELECT u.id, u.email, u.active, p.title FROM users u JOIN posts p ON p.user_id = u.id",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!(row, (1, "a@x".to_string(), 1, "hi".to_string()));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_bad_input_leaves_no_output_and_points_at_the_line() {
    let dir = scratch("bad");
    let migrations = dir.join("migrations");
    write(
        &migrations,
        "0001_ok.sql",
        "CREATE TABLE t (id int PRIMARY KEY);\n",
    );
    write(
        &migrations,
        "0002_bad.sql",
        "INSERT INTO t VALUES (1);\n\nSELEC id FROM t;\n",
    );
    write(&migrations, "0003_later.sql", "INSERT INTO t VALUES (2);\n");
    let out_dir = dir.join("out");
    let out = pgshift(
        &[
            "convert",
            "--to",
            "mysql",
            migrations.to_str().unwrap(),
            "--out-dir",
            out_dir.to_str().unwrap(),
        ],
        None,
    );
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("0002_bad.sql:3:1"), "{stderr}");
    assert!(stderr.contains("SELEC id FROM t;"), "{stderr}");
    assert!(stderr.contains("stopped after"), "{stderr}");
    assert_eq!(
        files(&out_dir),
        Vec::<String>::new(),
        "no output, not even temporary files"
    );
    // -o FILE: an existing file is left as it was.
    let target = dir.join("out.sql");
    std::fs::write(&target, "old").unwrap();
    let bad = migrations.join("0002_bad.sql");
    let out = pgshift(
        &[
            "convert",
            "--to",
            "sqlite",
            bad.to_str().unwrap(),
            "-o",
            target.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "old");
    assert_eq!(files(&dir).iter().filter(|f| f.contains("tmp")).count(), 0);
    // A folder needs somewhere to go.
    let out = pgshift(
        &["convert", "--to", "sqlite", migrations.to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn output_file_and_dev_null() {
    let dir = scratch("dash-o");
    let target = dir.join("nested/out.sql");
    let out = pgshift(
        &[
            "convert",
            "--to",
            "sqlite",
            &example(),
            "-o",
            target.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty());
    assert!(std::fs::read_to_string(&target)
        .unwrap()
        .contains("CREATE TABLE users"));
    let out = pgshift(
        &["convert", "--to", "sqlite", &example(), "-o", "/dev/null"],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn missing_file_exits_2() {
    let out = pgshift(
        &["convert", "--to", "sqlite", "/nonexistent/input.sql"],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("/nonexistent/input.sql"));
}

#[test]
fn bad_flags_exit_2() {
    assert_eq!(
        pgshift(&["convert", "--to", "oracle"], None).status.code(),
        Some(2)
    );
    assert_eq!(pgshift(&["convert"], None).status.code(), Some(2));
    assert_eq!(
        pgshift(&["convert", "--to", "sqlite", "--frobnicate"], None)
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn profiles_are_checked() {
    let out = pgshift(&["convert", "--profile", "nosuch"], Some("SELECT 1;"));
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("d1"), "{}", text(&out.stderr));
    let out = pgshift(
        &["convert", "--profile", "d1", "--to", "mysql"],
        Some("SELECT 1;"),
    );
    assert_eq!(out.status.code(), Some(2));
    let out = pgshift(
        &["convert", "--profile", "d1", "--format", "json"],
        Some("SELECT 1;"),
    );
    assert!(matches!(out.status.code(), Some(0 | 1)));
}

#[test]
fn schema_file_gives_the_catalog() {
    let dir = std::env::temp_dir().join(format!("pgshift-cli-schema-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let schema = dir.join("schema.sql");
    std::fs::write(&schema, "CREATE TABLE t (a int NOT NULL DEFAULT 1);").unwrap();
    let schema = schema.to_str().unwrap();
    let sql = "ALTER TABLE t ALTER COLUMN a TYPE bigint;";
    // Without the schema, MySQL cannot restate the column: exit 1 with PGS0500.
    let out = pgshift(&["convert", "--to", "mysql", "-"], Some(sql));
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("PGS0500"),
        "{}",
        text(&out.stderr)
    );
    let out = pgshift(
        &["convert", "--to", "mysql", "--schema", schema, "-"],
        Some(sql),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "ALTER TABLE t MODIFY COLUMN a BIGINT NOT NULL DEFAULT 1;\n"
    );
    let out = pgshift(
        &[
            "convert",
            "--to",
            "mysql",
            "--schema",
            "/nonexistent.sql",
            "-",
        ],
        Some(sql),
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn lenient_skips_plpgsql_with_a_comment() {
    let sql =
        "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;\nSELECT 1;";
    let out = pgshift(&["convert", "--to", "sqlite", "-"], Some(sql));
    assert_eq!(out.status.code(), Some(1));
    let out = pgshift(&["convert", "--to", "sqlite", "--lenient", "-"], Some(sql));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.starts_with("-- skipped CREATE FUNCTION f"),
        "{stdout}"
    );
    assert!(stdout.ends_with("SELECT 1;\n"), "{stdout}");
}

#[test]
fn planetscale_drops_foreign_keys_unless_kept() {
    let sql = "CREATE TABLE p (id int PRIMARY KEY);\nCREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p);\n";
    let out = pgshift(&["convert", "--profile", "planetscale", "-"], Some(sql));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        !text(&out.stdout).contains("FOREIGN KEY"),
        "{}",
        text(&out.stdout)
    );
    assert!(
        text(&out.stderr).contains("PGS0585"),
        "{}",
        text(&out.stderr)
    );
    let out = pgshift(
        &[
            "convert",
            "--profile",
            "planetscale",
            "--keep-foreign-keys",
            "-",
        ],
        Some(sql),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("FOREIGN KEY (p_id) REFERENCES p (id)"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn copy_batch_size_is_a_flag() {
    let sql = "CREATE TABLE t (a int);\nCOPY t (a) FROM stdin;\n1\n2\n3\n\\.\n";
    let out = pgshift(
        &["convert", "--to", "mysql", "--batch-rows", "2", "-"],
        Some(sql),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.ends_with("INSERT INTO t (a) VALUES (1), (2);\nINSERT INTO t (a) VALUES (3);\n"),
        "{stdout}"
    );
}

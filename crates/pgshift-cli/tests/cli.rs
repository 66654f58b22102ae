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
        help.contains("pgshift convert --to sqlite examples/app.sql"),
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

#[test]
fn json_mode_prints_one_object() {
    let out = pgshift(
        &["convert", "--to", "mysql", "--format", "json"],
        Some("SELEC 1;\n"),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(value["sql"].is_null(), "{value}");
    assert!(value["params"].as_array().unwrap().is_empty(), "{value}");
    let diagnostics = value["diagnostics"].as_array().unwrap();
    assert!(!diagnostics.is_empty(), "{value}");
    let first = &diagnostics[0];
    assert!(
        first["code"].as_str().unwrap().starts_with("PGS"),
        "{value}"
    );
    assert_eq!(first["severity"], "error");
    for key in ["message", "help", "span", "start", "end"] {
        assert!(!first[key].is_null(), "{key} missing in {value}");
    }
    assert!(first["start"]["line"].is_u64(), "{value}");
}

#[test]
fn json_mode_on_a_file() {
    let out = pgshift(
        &["convert", "--to", "sqlite", "--format", "json", &example()],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        value["sql"]
            .as_str()
            .unwrap()
            .contains("CREATE TABLE users"),
        "{value}"
    );
    assert_eq!(value["params"], serde_json::json!([1, 2]));
    let codes: Vec<&str> = value["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"PGS0112"), "{value}");
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

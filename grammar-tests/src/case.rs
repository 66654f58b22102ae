//! Loading cases: one PostgreSQL script per `.sql` file, with optional headers.
//!
//! The headers are comment lines before the first statement: `-- targets:`,
//! `-- params:` and `-- run:`. Further on, a `-- error` comment line right before
//! a statement marks it as one that must fail on every engine (see
//! [`crate::expect`]).

use crate::params::{self, Param};
use pgshift::Dialect;
use std::fs;
use std::path::{Path, PathBuf};

/// One grammar case.
#[derive(Clone, Debug)]
pub struct Case {
    /// The path under `cases/`, with `/` separators and without `.sql`.
    pub name: String,
    /// The file the case was read from.
    pub path: PathBuf,
    /// The whole script, headers included.
    pub source: String,
    /// The targets the case runs for (`-- targets:`), both by default.
    pub targets: Vec<Dialect>,
    /// The values of `$1..$n` (`-- params:`).
    pub params: Vec<Param>,
    /// False when the case is only translated and snapshotted (`-- run: no`).
    pub run: bool,
    /// Why the final schemas are not compared (`-- schema: skip (reason)`): only for
    /// a difference the translation itself reports, such as an index it skips.
    pub schema_skip: Option<String>,
}

impl Case {
    /// The snapshot name of the case for one target, such as `params__reused.mysql`.
    pub fn snapshot_name(&self, target: Dialect) -> String {
        format!("{}.{}", self.name.replace('/', "__"), target.name())
    }

    /// The name of the case made safe for a database or schema name.
    pub fn sanitized_name(&self) -> String {
        let mut out: String = self
            .name
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                }
            })
            .collect();
        out.truncate(32);
        out
    }
}

/// Parses a case from its name and text.
pub fn parse(name: &str, path: &Path, source: &str) -> Result<Case, String> {
    let mut case = Case {
        name: name.to_string(),
        path: path.to_path_buf(),
        source: source.to_string(),
        targets: vec![Dialect::Sqlite, Dialect::Mysql],
        params: Vec::new(),
        run: true,
        schema_skip: None,
    };
    for line in source.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let Some(comment) = line.strip_prefix("--") else {
            break;
        };
        let Some((key, value)) = comment.split_once(':') else {
            continue;
        };
        let value = value.trim();
        match key.trim() {
            "targets" => case.targets = parse_targets(value)?,
            "params" => case.params = params::parse_list(value)?,
            "run" => {
                case.run = match value {
                    "yes" => true,
                    "no" => false,
                    _ => return Err(format!("`-- run:` takes yes or no, not `{value}`")),
                }
            }
            "schema" => match value.strip_prefix("skip") {
                Some(reason) if !reason.trim().is_empty() => {
                    case.schema_skip = Some(reason.trim().to_string())
                }
                _ => {
                    return Err(format!(
                        "`-- schema:` takes `skip (the reason)`, not `{value}`"
                    ))
                }
            },
            key @ ("target" | "param" | "unordered" | "order") => {
                return Err(format!(
                    "unknown header `-- {key}:` (known: targets, params, run, schema)"
                ))
            }
            _ => {}
        }
    }
    Ok(case)
}

fn parse_targets(value: &str) -> Result<Vec<Dialect>, String> {
    let mut targets = Vec::new();
    for word in value.split([' ', ',']).filter(|w| !w.is_empty()) {
        let target = match word {
            "sqlite" => Dialect::Sqlite,
            "mysql" => Dialect::Mysql,
            _ => return Err(format!("unknown target `{word}` (known: sqlite, mysql)")),
        };
        if !targets.contains(&target) {
            targets.push(target);
        }
    }
    if targets.is_empty() {
        return Err("`-- targets:` names no target".to_string());
    }
    Ok(targets)
}

/// Loads every `.sql` file under `root`, sorted by name.
pub fn load_all(root: &Path) -> Result<Vec<Case>, String> {
    let mut files = Vec::new();
    collect(root, &mut files)?;
    files.sort();
    files
        .iter()
        .map(|path| {
            let rel = path
                .strip_prefix(root)
                .map_err(|e| format!("{}: {e}", path.display()))?;
            let name = rel
                .with_extension("")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            let source = fs::read_to_string(path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            parse(&name, path, &source).map_err(|e| format!("{}: {e}", path.display()))
        })
        .collect()
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry
            .map_err(|e| format!("cannot list {}: {e}", dir.display()))?
            .path();
        if path.is_dir() {
            collect(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "sql") {
            out.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;

    fn case(source: &str) -> Result<Case, String> {
        parse("dir/name", Path::new("dir/name.sql"), source)
    }

    #[test]
    fn headers_are_read_until_the_first_statement() {
        let c = case(
            "-- A description: with a colon.\n-- targets: mysql\n-- params: 1, 'a'\n-- run: no\n\nSELECT 1;\n-- targets: sqlite\n",
        )
        .unwrap();
        assert_eq!(c.targets, vec![Dialect::Mysql]);
        assert_eq!(c.params, vec![Param::Int(1), Param::Text("a".into())]);
        assert!(!c.run);
    }

    #[test]
    fn defaults_are_both_targets_no_params_and_run() {
        let c = case("SELECT 1;").unwrap();
        assert_eq!(c.targets, vec![Dialect::Sqlite, Dialect::Mysql]);
        assert!(c.params.is_empty());
        assert!(c.run);
    }

    #[test]
    fn bad_headers_are_errors() {
        assert!(case("-- targets: oracle\nSELECT 1;").is_err());
        assert!(case("-- target: sqlite\nSELECT 1;").is_err());
        assert!(case("-- run: maybe\nSELECT 1;").is_err());
        assert!(case("-- params: x\nSELECT 1;").is_err());
    }

    #[test]
    fn snapshot_and_database_names() {
        let c = case("SELECT 1;").unwrap();
        assert_eq!(c.snapshot_name(Dialect::Mysql), "dir__name.mysql");
        assert_eq!(c.sanitized_name(), "dir_name");
    }
}

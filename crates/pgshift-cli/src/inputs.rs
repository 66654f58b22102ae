//! The inputs named on the command line, expanded: a folder becomes its `.sql`
//! files in name order, each with the path its output takes in a mirror tree.

use std::path::{Path, PathBuf};

/// One script to translate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Input {
    /// `None` reads stdin.
    pub path: Option<PathBuf>,
    /// The name diagnostics show.
    pub name: String,
    /// Where its output goes below `--out-dir`.
    pub relative: PathBuf,
}

/// What expanding the inputs found: the scripts, and the files left out.
#[derive(Debug, Default)]
pub struct Expanded {
    pub inputs: Vec<Input>,
    /// Files inside folders that are not `.sql`, which are not translated.
    pub ignored: Vec<PathBuf>,
    /// Whether a folder was among the inputs.
    pub folders: bool,
}

/// Expands `paths` (nothing or `-` is stdin).
pub fn expand(paths: &[PathBuf]) -> Result<Expanded, String> {
    let mut out = Expanded::default();
    if paths.is_empty() {
        out.inputs.push(stdin());
        return Ok(out);
    }
    for path in paths {
        if path == Path::new("-") {
            out.inputs.push(stdin());
        } else if path.is_dir() {
            out.folders = true;
            let mut files = Vec::new();
            walk(path, path, &mut files, &mut out.ignored)?;
            files.sort_by(|a, b| a.1.cmp(&b.1));
            out.inputs
                .extend(files.into_iter().map(|(path, relative)| Input {
                    name: path.display().to_string(),
                    path: Some(path),
                    relative,
                }));
        } else if path.is_file() {
            let relative = PathBuf::from(path.file_name().unwrap_or(path.as_os_str()));
            out.inputs.push(Input {
                name: path.display().to_string(),
                path: Some(path.clone()),
                relative,
            });
        } else {
            return Err(format!(
                "cannot read {}: no such file or folder",
                path.display()
            ));
        }
    }
    Ok(out)
}

fn stdin() -> Input {
    Input {
        path: None,
        name: "<stdin>".to_string(),
        relative: PathBuf::from("stdin.sql"),
    }
}

/// The `.sql` files below `dir`, with their paths relative to `root`.
fn walk(
    root: &Path,
    dir: &Path,
    files: &mut Vec<(PathBuf, PathBuf)>,
    ignored: &mut Vec<PathBuf>,
) -> Result<(), String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry
            .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
            .path();
        if path.is_dir() {
            walk(root, &path, files, ignored)?;
        } else if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("sql"))
        {
            let relative = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
            files.push((path, relative));
        } else {
            ignored.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn folders_expand_to_sql_files_in_name_order() {
        let dir = std::env::temp_dir().join(format!("pgshift-inputs-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for f in ["0002_b.sql", "0001_a.sql", "sub/0003_c.SQL", "README.md"] {
            let path = dir.join(f);
            std::fs::create_dir_all(path.parent().unwrap_or(&dir)).ok();
            std::fs::write(&path, "SELECT 1;").ok();
        }
        let expanded = expand(std::slice::from_ref(&dir)).unwrap_or_default();
        let relative: Vec<String> = expanded
            .inputs
            .iter()
            .map(|i| i.relative.display().to_string())
            .collect();
        assert_eq!(relative, ["0001_a.sql", "0002_b.sql", "sub/0003_c.SQL"]);
        assert_eq!(expanded.ignored, [dir.join("README.md")]);
        assert!(expanded.folders);
        let _ = std::fs::remove_dir_all(&dir);
    }
}

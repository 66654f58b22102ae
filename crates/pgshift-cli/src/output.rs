//! Where translated SQL goes: stdout or files, written atomically. A file is
//! written under a temporary name beside its destination and renamed into
//! place only when the whole run succeeded, so a failed run leaves no output.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// One output being written.
pub enum Sink {
    /// A temporary file, renamed to `dest` on commit.
    Temp {
        writer: BufWriter<File>,
        temp: PathBuf,
        dest: PathBuf,
    },
    /// A destination that is not a regular file (`/dev/null`, a FIFO): written as is.
    Direct(BufWriter<File>),
    /// `check`: nothing is written.
    Discard,
}

/// Where the output of a run goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Destination {
    /// `check`: nowhere.
    Nowhere,
    /// stdout, once the whole run has succeeded.
    Stdout,
    /// `-o FILE`: every input's output, in order.
    File(PathBuf),
    /// `--out-dir DIR`: one file per input, mirroring folders.
    Folder(PathBuf),
}

impl Sink {
    /// stdout, spooled to a temporary file that is copied out on commit, so
    /// that a failed run prints no SQL.
    pub fn stdout() -> io::Result<Sink> {
        let temp = std::env::temp_dir().join(format!("pgshift-stdout-{}.sql", std::process::id()));
        let file = File::create(&temp)?;
        Ok(Sink::Temp {
            writer: BufWriter::with_capacity(1 << 16, file),
            temp,
            dest: PathBuf::from("-"),
        })
    }

    /// A sink for `dest`, creating its folder.
    pub fn file(dest: &Path) -> io::Result<Sink> {
        if dest.exists() && !dest.is_file() {
            let file = std::fs::OpenOptions::new().write(true).open(dest)?;
            return Ok(Sink::Direct(BufWriter::with_capacity(1 << 16, file)));
        }
        let dir = dest.parent().filter(|d| !d.as_os_str().is_empty());
        if let Some(dir) = dir {
            std::fs::create_dir_all(dir)?;
        }
        let name = dest
            .file_name()
            .map_or_else(|| "out".into(), |n| n.to_string_lossy().into_owned());
        let temp_name = format!(".{name}.pgshift-{}.tmp", std::process::id());
        let temp = dir.map_or_else(|| PathBuf::from(&temp_name), |d| d.join(&temp_name));
        let file = File::create(&temp)?;
        Ok(Sink::Temp {
            writer: BufWriter::with_capacity(1 << 16, file),
            temp,
            dest: dest.to_path_buf(),
        })
    }

    pub fn write(&mut self, text: &str) -> io::Result<()> {
        match self {
            Sink::Temp { writer, .. } => writer.write_all(text.as_bytes()),
            Sink::Direct(w) => w.write_all(text.as_bytes()),
            Sink::Discard => Ok(()),
        }
    }

    /// Flushes the sink; a temporary file joins `pending` for the commit.
    pub fn finish(self, pending: &mut Pending) -> io::Result<()> {
        match self {
            Sink::Direct(mut w) => w.flush(),
            Sink::Temp {
                writer, temp, dest, ..
            } => {
                pending.files.push((temp.clone(), dest));
                let file = writer
                    .into_inner()
                    .map_err(io::IntoInnerError::into_error)?;
                file.sync_all()
            }
            Sink::Discard => Ok(()),
        }
    }

    /// Forgets a sink whose run failed, removing its temporary file.
    pub fn abandon(self) {
        if let Sink::Temp { writer, temp, .. } = self {
            drop(writer);
            let _ = std::fs::remove_file(temp);
        }
    }
}

/// Temporary files waiting for the run's outcome. Dropped without `commit`,
/// it removes them.
#[derive(Default)]
pub struct Pending {
    files: Vec<(PathBuf, PathBuf)>,
}

impl Pending {
    /// Renames every temporary file into place.
    pub fn commit(mut self) -> io::Result<()> {
        for (temp, dest) in std::mem::take(&mut self.files) {
            if dest == Path::new("-") {
                let mut stdout = io::stdout().lock();
                io::copy(&mut File::open(&temp)?, &mut stdout)?;
                stdout.flush()?;
                std::fs::remove_file(&temp)?;
            } else {
                std::fs::rename(&temp, &dest)?;
            }
        }
        Ok(())
    }
}

impl Drop for Pending {
    fn drop(&mut self) {
        for (temp, _) in &self.files {
            let _ = std::fs::remove_file(temp);
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("pgshift-out-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn a_committed_file_appears_only_on_commit() -> io::Result<()> {
        let dir = scratch("commit");
        let dest = dir.join("sub/out.sql");
        let mut sink = Sink::file(&dest)?;
        sink.write("SELECT 1;\n")?;
        let mut pending = Pending::default();
        sink.finish(&mut pending)?;
        assert!(!dest.exists());
        pending.commit()?;
        assert_eq!(std::fs::read_to_string(&dest)?, "SELECT 1;\n");
        assert_eq!(std::fs::read_dir(dest.parent().unwrap_or(&dir))?.count(), 1);
        let _ = std::fs::remove_dir_all(&dir);
        Ok(())
    }

    #[test]
    fn an_uncommitted_run_leaves_nothing() -> io::Result<()> {
        let dir = scratch("abort");
        let dest = dir.join("out.sql");
        let mut pending = Pending::default();
        let mut sink = Sink::file(&dest)?;
        sink.write("half")?;
        sink.finish(&mut pending)?;
        let other = Sink::file(&dir.join("other.sql"))?;
        other.abandon();
        drop(pending);
        assert_eq!(std::fs::read_dir(&dir)?.count(), 0);
        let _ = std::fs::remove_dir_all(&dir);
        Ok(())
    }
}

//! Errors of the build, each naming the file (and line) at fault.

use std::path::PathBuf;

/// Why a build failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file could not be read or written.
    #[error("{path}: {source}", path = path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A line of a file is not what the build expects.
    #[error("{path}:{line}: {message}", path = path.display())]
    Line {
        /// The file.
        path: PathBuf,
        /// The 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A whole file is not what the build expects (invalid JSON, a missing key).
    #[error("{path}: {message}", path = path.display())]
    File {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
}

impl Error {
    /// Reads a file to a string, with the path in the error.
    pub(crate) fn read(path: PathBuf) -> Result<String, Error> {
        std::fs::read_to_string(&path).map_err(|source| Error::Io { path, source })
    }
}

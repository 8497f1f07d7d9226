//! Locating the shared data folder.
//!
//! The folder lives at `../shared` relative to the workspace root on every
//! developer machine and CI runner, and is absent on users' machines. Tools
//! take it from, in order: an explicit path (a `--shared DIR` option), the
//! `TOKOH_SHARED` environment variable, the default `../shared` beside the workspace.

use std::path::{Path, PathBuf};

/// The environment variable that overrides the shared folder's location
/// (used by the criterion bench, which takes no options of its own).
pub const ENV_VAR: &str = "TOKOH_SHARED";

/// The default location, `<workspace root>/../shared`.
#[must_use]
pub fn default_dir() -> PathBuf {
    // CARGO_MANIFEST_DIR is `<workspace>/benches`.
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("..")
        .join("shared")
}

/// The shared folder to use: `explicit` if given, else `$TOKOH_SHARED`, else
/// [`default_dir`]. This is where tools look; whether the folder exists is
/// checked by [`find`].
#[must_use]
pub fn candidate(explicit: Option<&Path>) -> PathBuf {
    if let Some(dir) = explicit {
        return dir.to_path_buf();
    }
    match std::env::var_os(ENV_VAR) {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => default_dir(),
    }
}

/// The shared folder if it exists (see [`candidate`]).
#[must_use]
pub fn find(explicit: Option<&Path>) -> Option<PathBuf> {
    let dir = candidate(explicit);
    dir.is_dir().then_some(dir)
}

/// `dir/data/<rest>`: a data file inside the shared folder.
#[must_use]
pub fn data_file(dir: &Path, rest: &str) -> PathBuf {
    dir.join("data").join(rest)
}

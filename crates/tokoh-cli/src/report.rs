//! Reporting problems on stderr, one line each, and the exit status they
//! lead to.

use std::collections::HashSet;
use std::fmt;
use std::io::{self, Write};
use std::process::ExitCode;

/// Where a problem is: a file (or `<stdin>`), and a line when there is one.
#[derive(Debug, Clone, Copy)]
pub struct Location<'a> {
    pub source: &'a str,
    pub line: Option<usize>,
}

impl<'a> Location<'a> {
    /// A whole file.
    pub fn file(source: &'a str) -> Location<'a> {
        Location { source, line: None }
    }

    /// A line of a file, counted from 1.
    pub fn line(source: &'a str, line: usize) -> Location<'a> {
        Location {
            source,
            line: Some(line),
        }
    }
}

impl fmt::Display for Location<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}", self.source),
            None => f.write_str(self.source),
        }
    }
}

/// Writes `tokoh: error: FILE:LINE: message` lines to stderr and counts the
/// errors, so that the exit status can say whether any input was bad.
#[derive(Debug, Default)]
pub struct Reporter {
    errors: usize,
    warned: HashSet<String>,
}

impl Reporter {
    pub fn new() -> Reporter {
        Reporter::default()
    }

    /// Reports bad input. Processing goes on; the exit status becomes 1.
    pub fn error(&mut self, at: Location<'_>, message: impl fmt::Display) {
        self.errors += 1;
        emit(format_args!("tokoh: error: {at}: {message}"));
    }

    /// Reports a problem that is not tied to an input file (writing the
    /// output failed, ...). The exit status becomes 1.
    pub fn error_general(&mut self, message: impl fmt::Display) {
        self.errors += 1;
        emit(format_args!("tokoh: error: {message}"));
    }

    /// Reports something worth knowing that does not make the input bad.
    /// The same `key` is reported only once, so that a problem repeated on
    /// every line of a large file prints one line, not millions.
    pub fn warning_once(&mut self, key: &str, at: Location<'_>, message: impl fmt::Display) {
        if self.warned.contains(key) {
            return;
        }
        self.warned.insert(key.to_owned());
        emit(format_args!("tokoh: warning: {at}: {message}"));
    }

    /// Reports something worth knowing that does not make the input bad;
    /// `message` says where (`FILE:LINE: ...`) itself.
    pub fn warning(&self, message: impl fmt::Display) {
        emit(format_args!("tokoh: warning: {message}"));
    }

    /// Tells the user something that is neither an error nor a warning.
    pub fn note(&self, message: impl fmt::Display) {
        emit(format_args!("tokoh: {message}"));
    }

    /// 0 when nothing went wrong, 1 otherwise.
    pub fn exit_code(&self) -> ExitCode {
        if self.errors == 0 {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        }
    }
}

/// Writes one line to stderr. A closed stderr is ignored: there is nowhere
/// left to report it, and `eprintln!` would panic.
fn emit(line: fmt::Arguments<'_>) {
    let mut stderr = io::stderr().lock();
    // A progress line on the terminal is cleared first; it is drawn again
    // at its next update.
    if crate::progress::take_shown() {
        let _ = stderr.write_all(crate::progress::CLEAR_LINE);
    }
    let _ = writeln!(stderr, "{line}");
}

/// An I/O error as a short message: `No such file or directory`, without
/// std's ` (os error 2)` suffix.
pub fn describe_io(error: &io::Error) -> String {
    let mut message = error.to_string();
    if let Some(at) = message.find(" (os error ") {
        message.truncate(at);
    }
    message
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations() {
        assert_eq!(Location::line("a.jsonl", 3).to_string(), "a.jsonl:3");
        assert_eq!(Location::file("a.txt").to_string(), "a.txt");
    }

    #[test]
    fn io_errors_lose_the_os_code() {
        let e = io::Error::from_raw_os_error(2);
        assert!(!describe_io(&e).contains("os error"));
        assert!(!describe_io(&e).is_empty());
    }
}

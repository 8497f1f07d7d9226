//! Helpers shared by the command-line tests: run the `tokoh` binary as a
//! user would, and read what it printed.
#![allow(dead_code)] // each test binary uses its own subset

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// Runs `tokoh ARGS` in `dir` with `stdin` as standard input.
pub fn tokoh_in(dir: Option<&Path>, args: &[&str], stdin: &[u8]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_tokoh"));
    command
        .args(args)
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(dir) = dir {
        command.current_dir(dir);
    }
    let mut child = command.spawn().expect("tokoh starts");
    let mut input = child.stdin.take().expect("stdin is piped");
    // tokoh may exit before reading its input (a usage error).
    let _ = input.write_all(stdin);
    drop(input);
    child.wait_with_output().expect("tokoh runs")
}

/// Runs `tokoh ARGS` with `stdin` as standard input.
pub fn tokoh(args: &[&str], stdin: &[u8]) -> Output {
    tokoh_in(None, args, stdin)
}

/// Writes a file for one test; `name` must be unique among the tests of
/// one test binary (each binary has a folder of its own).
pub fn file(name: &str, content: &[u8]) -> String {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("tokoh-cli-tests")
        .join(env!("CARGO_CRATE_NAME"));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, content).expect("writing a test file");
    path.to_str().expect("UTF-8 path").to_owned()
}

pub fn stdout(output: &Output) -> &str {
    std::str::from_utf8(&output.stdout).expect("stdout is UTF-8")
}

pub fn stderr(output: &Output) -> &str {
    std::str::from_utf8(&output.stderr).expect("stderr is UTF-8")
}

/// Each line of stdout as JSON.
pub fn documents(output: &Output) -> Vec<Value> {
    stdout(output)
        .lines()
        .map(|line| serde_json::from_str(line).expect("each output line is JSON"))
        .collect()
}

/// Asserts the exit status, and that nothing panicked.
pub fn assert_status(output: &Output, code: i32) {
    assert_eq!(
        output.status.code(),
        Some(code),
        "stdout: {}\nstderr: {}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(!stderr(output).contains("panicked"), "{}", stderr(output));
}

/// Runs `tokoh args`, reads the first line of its output and then closes
/// the pipe, as `| head -1` does; the first line and how tokoh ended.
#[allow(dead_code)]
pub fn first_line_then_close(args: &[&str]) -> (String, Output) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tokoh"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("tokoh starts");
    let mut out = BufReader::new(child.stdout.take().expect("stdout is piped"));
    let mut first = String::new();
    out.read_line(&mut first).expect("reading the first line");
    drop(out);
    (first, child.wait_with_output().expect("tokoh ends"))
}

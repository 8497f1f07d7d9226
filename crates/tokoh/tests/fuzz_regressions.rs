//! Replays every committed fuzz input through the checks the fuzz targets
//! run (`fuzz_support`, shared with the `fuzz/` crate): the seed corpus in
//! `fuzz/corpus/<target>/` and the inputs that once failed, kept in
//! `fuzz/regressions/<target>/`. A failing input fails this test with the
//! file's name and the invariant that broke; a panic inside tokoh is caught
//! and reported the same way.
//!
//! Inputs that still fail (a known bug, not fixed yet) are listed in
//! `KNOWN_FAILURES` with the reason, skipped by the other tests, and
//! replayed by the ignored test `known_failures_pass_once_fixed`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod fuzz_support;

use std::fs;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

/// A fuzz target's name and its check.
type Target = (&'static str, fn(&[u8]) -> Result<(), String>);

const TARGETS: &[Target] = &[
    ("tokenize", fuzz_support::check_tokenize),
    ("gazetteer_load", fuzz_support::check_gazetteer_load),
    ("tag", fuzz_support::check_tag),
];

/// Regression inputs (`fuzz/regressions/<target>/<file>`) that fail today,
/// with the reason; replayed by `known_failures_pass_once_fixed` only.
const KNOWN_FAILURES: &[(&str, &str, &str)] = &[];

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz")
}

/// The files of `dir`, sorted by name (none if it does not exist).
fn inputs(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .map(|e| e.expect("a readable directory entry").path())
        .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n != ".gitkeep"))
        .collect();
    files.sort();
    files
}

fn is_known_failure(target: &str, file: &Path) -> bool {
    let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
    KNOWN_FAILURES
        .iter()
        .any(|&(t, n, _)| t == target && n == name)
}

/// Runs `check` on the bytes of `file`; the failure (a broken invariant or
/// a panic) as a message.
fn replay(check: fn(&[u8]) -> Result<(), String>, file: &Path) -> Result<(), String> {
    let data = fs::read(file).map_err(|e| format!("cannot read: {e}"))?;
    match catch_unwind(AssertUnwindSafe(|| check(&data))) {
        Ok(result) => result,
        Err(panic) => Err(format!(
            "panicked: {}",
            panic
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| panic.downcast_ref::<&str>().copied())
                .unwrap_or("(no message)")
        )),
    }
}

/// Replays the files of `fuzz/<kind>/<target>/` for every target, skipping
/// the known failures; returns how many ran and the failures.
fn replay_all(kind: &str) -> (usize, Vec<String>) {
    let mut ran = 0;
    let mut failures = Vec::new();
    for &(target, check) in TARGETS {
        for file in inputs(&fuzz_dir().join(kind).join(target)) {
            if is_known_failure(target, &file) {
                continue;
            }
            ran += 1;
            if let Err(message) = replay(check, &file) {
                failures.push(format!("{}: {message}", file.display()));
            }
        }
    }
    (ran, failures)
}

#[test]
fn the_seed_corpus_keeps_every_invariant() {
    let (ran, failures) = replay_all("corpus");
    assert!(
        ran >= 3 * TARGETS.len(),
        "only {ran} seed inputs under {}; the corpus is missing",
        fuzz_dir().join("corpus").display()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_former_crash_input_passes() {
    let (_, failures) = replay_all("regressions");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
#[ignore = "replays the inputs of KNOWN_FAILURES, which fail until their bugs are fixed"]
fn known_failures_pass_once_fixed() {
    for &(target, name, reason) in KNOWN_FAILURES {
        let check = TARGETS
            .iter()
            .find(|(t, _)| *t == target)
            .map(|(_, c)| *c)
            .expect("a known target");
        let file = fuzz_dir().join("regressions").join(target).join(name);
        if let Err(message) = replay(check, &file) {
            panic!("{} ({reason}): {message}", file.display());
        }
    }
}

/// The checks themselves can fail: a tokenization with a token removed, a
/// mention moved onto half a word, and a decoded case are caught.
#[test]
fn the_checks_catch_broken_output() {
    let tokenizer = tokoh::Tokenizer::new();
    let text = "KPK-nya memeriksa saksi.";
    let mut tokens = tokenizer.tokenize(text);
    assert!(fuzz_support::common::check_tokens(text, &tokens).is_ok());
    tokens.remove(1);
    let message = fuzz_support::common::check_tokens(text, &tokens).unwrap_err();
    assert!(message.contains("lies in no token"), "{message}");

    let case = fuzz_support::TagCase::decode(
        b"\x00o\tKomisi Pemberantasan Korupsi\t\tKPK\n\x00KPK-nya memeriksa saksi.",
    );
    assert_eq!(case.entities.len(), 1);
    assert_eq!(case.entities[0].acronyms, ["KPK"]);
    assert_eq!(case.text, text);
    let matcher = case.matcher().expect("a small gazetteer");
    let mut mentions = matcher.find(text);
    assert_eq!(mentions.len(), 1);
    assert!(fuzz_support::check_mentions(&matcher, text, &mentions).is_ok());
    mentions[0].span = tokoh::Span { start: 1, end: 3 };
    let message = fuzz_support::check_mentions(&matcher, text, &mentions).unwrap_err();
    assert!(message.contains("cuts a word"), "{message}");
}

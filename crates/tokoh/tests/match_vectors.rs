//! Runs the shared matcher vectors in `tests/vectors/match/*.jsonl`: each
//! gives a small gazetteer, a text and the mentions expected in it (offsets
//! in code points, as Python counts them, and the title in front of a
//! person, when there is one). All failures are reported at once.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs;
use std::path::PathBuf;

use serde_json::Value;
use tokoh::text::CharOffsets;
use tokoh::{Gazetteer, Matcher};

fn vector_files() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/vectors/match");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("tests/vectors/match exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no vector files in {}", dir.display());
    files
}

fn describe(matcher: &Matcher, text: &str, mentions: &[tokoh::Mention]) -> Vec<String> {
    let mut offsets = CharOffsets::new(text);
    mentions
        .iter()
        .map(|m| {
            let start = offsets.char_offset(m.span.start);
            let end = offsets.char_offset(m.span.end);
            let mut candidates: Vec<&str> = m
                .candidates
                .iter()
                .map(|&c| matcher.gazetteer().entities()[c].id.as_str())
                .collect();
            candidates.sort_unstable();
            let title = m.title.map_or("-", |t| &text[t]);
            format!(
                "{:?} {start}..{end} {} via {} candidates {:?} title {title:?}",
                &text[m.span],
                matcher.entity(m).id,
                m.via,
                candidates
            )
        })
        .collect()
}

fn expected(v: &Value) -> Vec<String> {
    v["mentions"]
        .as_array()
        .expect("mentions is a list")
        .iter()
        .map(|m| {
            let mut candidates: Vec<&str> = m["candidates"]
                .as_array()
                .map(|c| c.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            candidates.sort_unstable();
            let title = m["title"].as_str().unwrap_or("-");
            format!(
                "{:?} {}..{} {} via {} candidates {:?} title {title:?}",
                m["text"].as_str().expect("text"),
                m["start"],
                m["end"],
                m["id"].as_str().expect("id"),
                m["via"].as_str().expect("via"),
                candidates
            )
        })
        .collect()
}

#[test]
fn matcher_matches_vectors() {
    let mut failures = Vec::new();
    let mut count = 0;
    for file in vector_files() {
        let content = fs::read_to_string(&file).expect("readable vector file");
        for (n, line) in content.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let v: Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{}:{}: {e}", file.display(), n + 1));
            let name = v["name"].as_str().expect("name").to_owned();
            let gazetteer_lines: String = v["gazetteer"]
                .as_array()
                .expect("gazetteer is a list")
                .iter()
                .map(|e| format!("{e}\n"))
                .collect();
            let mut builder = Gazetteer::builder();
            if let Err(e) = builder.load_jsonl_str(&gazetteer_lines, &name) {
                failures.push(format!("{name}: gazetteer does not load: {e}"));
                continue;
            }
            let matcher = Matcher::new(builder.build());
            let text = v["text"].as_str().expect("text");
            let actual = describe(&matcher, text, &matcher.find(text));
            let wanted = expected(&v);
            count += 1;
            if actual != wanted {
                failures.push(format!(
                    "{name}: text {text:?}\n  expected {wanted:#?}\n  actual   {actual:#?}"
                ));
            }
        }
    }
    assert!(count > 0, "no vectors ran");
    assert!(
        failures.is_empty(),
        "{} of {count} vectors fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

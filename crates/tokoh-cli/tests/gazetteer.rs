//! `tokoh gazetteer check|stats|export`, run as a user would.

mod common;

use common::*;

use std::path::PathBuf;
use std::process::Output;

use serde_json::Value;

const BLINKEN: &str = r#"{"id": "Q1", "kind": "person", "name": "Antony Blinken", "short": ["Blinken"], "roles": [{"title": "Menteri Luar Negeri", "country": "US", "start": "2021-01-26", "end": "2025-01-20"}], "country": "US"}"#;
const KEMLU: &str = r#"{"id": "Q2", "kind": "organization", "name": "Kementerian Luar Negeri Republik Indonesia", "aliases": ["Kementerian Luar Negeri", "KEMENTERIAN LUAR NEGERI"], "acronyms": ["Kemlu", "Kemenlu"], "country": "ID"}"#;
const BALI: &str = r#"{"id": "Q3", "kind": "place", "name": "Bali"}"#;

fn good_file(name: &str) -> String {
    file(
        name,
        format!("# test\n{BLINKEN}\n\n{KEMLU}\n{BALI}\n").as_bytes(),
    )
}

#[test]
fn check_a_valid_file() {
    let path = good_file("check_valid.jsonl");
    let output = tokoh(&["gazetteer", "check", &path], b"");
    assert_status(&output, 0);
    assert_eq!(stdout(&output), "");
    assert_eq!(
        stderr(&output),
        format!("tokoh: ok: 3 entities in {path}\n")
    );
}

#[test]
fn check_prints_every_error_with_file_line_and_field() {
    let path = file(
        "check_errors.jsonl",
        concat!(
            "{\"id\": \"Q1\", \"kind\": \"person\", \"name\": \"A\"}\n",
            "{\"id\": \"Q2\", \"kind\": \"persons\", \"name\": \"\"}\n",
            "\n",
            "{\"id\": \"Q1\", \"kind\": \"person\", \"name\": \"B\"}\n",
            "{\"id\": \"Q3\", \"kind\": \"person\", \"name\": \"C\", \"aliases\": 5}\n",
            "{\"id\": \"Q4\"\n",
        )
        .as_bytes(),
    );
    let output = tokoh(&["gazetteer", "check", &path], b"");
    assert_status(&output, 1);
    assert_eq!(stdout(&output), "");
    let expected = [
        format!("tokoh: error: {path}:2: field `kind`: unknown kind \"persons\"; use person, organization or place"),
        format!("tokoh: error: {path}:2: field `name`: is empty or only white space; write the name"),
        format!("tokoh: error: {path}:4: field `id`: duplicate id \"Q1\", first used on line 1; ids must be unique within a file (a later file may override an id)"),
        format!("tokoh: error: {path}:5: field `aliases`: expected a list of strings, found a number"),
        format!("tokoh: error: {path}:6: invalid JSON: EOF while parsing an object (column 11)"),
    ];
    let lines: Vec<&str> = stderr(&output).lines().collect();
    assert_eq!(lines, expected);
}

#[test]
fn check_goes_on_after_a_bad_or_missing_file() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("tokoh-cli-gazetteer-tests");
    let missing = dir.join("no-such-gazetteer.jsonl");
    let missing = missing.to_str().expect("UTF-8 path");
    let bad = file("check_bad.jsonl", b"{\"id\": \"Q1\"}\n");
    let good = good_file("check_good.jsonl");
    let output = tokoh(&["gazetteer", "check", missing, &bad, &good], b"");
    assert_status(&output, 1);
    let err = stderr(&output);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 4, "{err}");
    assert!(
        lines[0].starts_with(&format!("tokoh: error: {missing}: cannot read: ")),
        "{err}"
    );
    assert!(!lines[0].contains("os error"), "{err}");
    assert!(lines[1].starts_with(&format!("tokoh: error: {bad}:1: field `kind`: ")));
    assert!(lines[2].starts_with(&format!("tokoh: error: {bad}:1: field `name`: ")));
    assert_eq!(lines[3], format!("tokoh: ok: 3 entities in {good}"));
}

#[test]
fn check_warns_when_a_later_file_overrides_an_id() {
    let first = good_file("override_a.jsonl");
    let second = file(
        "override_b.jsonl",
        format!("{}\n", BALI.replace("Bali", "Pulau Bali")).as_bytes(),
    );
    let output = tokoh(&["gazetteer", "check", &first, &second], b"");
    assert_status(&output, 0);
    let lines: Vec<&str> = stderr(&output).lines().collect();
    assert_eq!(
        lines,
        [
            format!("tokoh: ok: 3 entities in {first}"),
            format!("tokoh: warning: {second}:1: entity \"Q3\" replaces the one of the same id from {first}:5 (a later source wins)"),
            format!("tokoh: ok: 1 entity in {second}"),
        ]
    );
}

#[test]
fn check_reads_standard_input() {
    let output = tokoh(&["gazetteer", "check", "-"], format!("{BALI}\n").as_bytes());
    assert_status(&output, 0);
    assert_eq!(stderr(&output), "tokoh: ok: 1 entity in <stdin>\n");
    let output = tokoh(&["gazetteer", "check", "-"], b"{\"id\": 1}\n");
    assert_status(&output, 1);
    assert!(
        stderr(&output).starts_with(
            "tokoh: error: <stdin>:1: field `id`: expected a string, found a number\n"
        ),
        "{}",
        stderr(&output)
    );
}

#[test]
fn check_accepts_a_bom_and_crlf_and_rejects_invalid_utf8() {
    let path = file(
        "check_bom.jsonl",
        format!("\u{feff}# x\r\n{BALI}\r\n\r\n{KEMLU}\r\n").as_bytes(),
    );
    let output = tokoh(&["gazetteer", "check", &path], b"");
    assert_status(&output, 0);
    assert_eq!(
        stderr(&output),
        format!("tokoh: ok: 2 entities in {path}\n")
    );

    let path = file(
        "check_utf8.jsonl",
        b"# ok\n{\"id\": \"Q1\", \"kind\": \"place\", \"name\": \"B\xFFli\"}\n",
    );
    let output = tokoh(&["gazetteer", "check", &path], b"");
    assert_status(&output, 1);
    assert_eq!(
        stderr(&output),
        format!("tokoh: error: {path}:2: invalid UTF-8 at byte 45; save the file as UTF-8\n")
    );
}

#[test]
fn check_accepts_a_1_mb_alias() {
    let alias = "a".repeat(1 << 20);
    let line = format!(r#"{{"id": "Q1", "kind": "place", "name": "A", "aliases": ["{alias}"]}}"#);
    let path = file("check_big.jsonl", line.as_bytes());
    let output = tokoh(&["gazetteer", "check", &path], b"");
    assert_status(&output, 0);
}

fn json(output: &Output) -> Value {
    let text = stdout(output);
    assert_eq!(text.lines().count(), 1, "{text}");
    serde_json::from_str(text).expect("stdout is JSON")
}

#[test]
fn stats_of_the_builtin_gazetteer() {
    let output = tokoh(&["gazetteer", "stats", "--format", "json"], b"");
    assert_status(&output, 0);
    assert_eq!(stderr(&output), "");
    let stats = json(&output);
    let keys: Vec<&str> = stats
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    let mut sorted = keys.clone();
    sorted.sort_unstable();
    assert_eq!(
        sorted,
        [
            "by_country",
            "by_kind",
            "data_as_of",
            "entities",
            "forms",
            "sources"
        ]
    );
    let by_kind = stats["by_kind"].as_object().expect("by_kind is an object");
    let mut kinds: Vec<&str> = by_kind.keys().map(String::as_str).collect();
    kinds.sort_unstable();
    assert_eq!(kinds, ["organization", "person", "place"]);
    let entities = stats["entities"].as_u64().expect("a number");
    let sum: u64 = by_kind
        .values()
        .map(|n| n.as_u64().expect("a number"))
        .sum();
    assert_eq!(sum, entities);
    assert!(entities > 0);
    assert!(stats["forms"].as_u64().expect("a number") >= entities);
    let date = stats["data_as_of"].as_str().expect("a date");
    assert!(
        date.len() == 10 && date.as_bytes()[4] == b'-' && date.as_bytes()[7] == b'-',
        "{date}"
    );

    // Indonesia first: its 38 provinces and 514 regencies and cities at least.
    let by_country = stats["by_country"]
        .as_object()
        .expect("by_country is an object");
    assert!(by_country["ID"].as_u64().expect("a number") >= 552);
    let counted: u64 = by_country
        .values()
        .map(|n| n.as_u64().expect("a number"))
        .sum();
    assert!(counted <= entities);
    let sources = stats["sources"].as_array().expect("sources is an array");
    assert!(sources
        .iter()
        .any(|s| s.as_str().is_some_and(|s| s.contains("CLDR"))));

    // The export holds exactly these entities.
    let export = tokoh(&["gazetteer", "export"], b"");
    assert_eq!(stdout(&export).lines().count() as u64, entities);
}

#[test]
fn version_names_the_builtin_data_and_its_sources() {
    let output = tokoh(&["--version"], b"");
    assert_status(&output, 0);
    let text = stdout(&output);
    assert!(
        text.starts_with(&format!("tokoh {}\n", env!("CARGO_PKG_VERSION"))),
        "{text}"
    );
    assert!(text.contains("built-in gazetteer: data as of 20"), "{text}");
    assert!(text.contains("CIA World Factbook"), "{text}");
}

#[test]
fn stats_of_files() {
    let a = good_file("stats_a.jsonl");
    // Q3 again (an override) and one more place; `Bali` already counted.
    let b = file(
        "stats_b.jsonl",
        format!("{BALI}\n{{\"id\": \"Q4\", \"kind\": \"place\", \"name\": \"Pulau Bali\", \"aliases\": [\"BALI\"]}}\n").as_bytes(),
    );
    let output = tokoh(&["gazetteer", "stats", &a, &b, "--format", "json"], b"");
    assert_status(&output, 0);
    assert_eq!(
        stdout(&output),
        "{\"entities\":4,\"forms\":8,\"by_kind\":{\"person\":1,\"organization\":1,\"place\":2},\"data_as_of\":null,\"by_country\":{\"ID\":1,\"US\":1},\"sources\":null}\n"
    );
    // The override is reported, as by check.
    assert!(
        stderr(&output).starts_with("tokoh: warning: "),
        "{}",
        stderr(&output)
    );

    let output = tokoh(&["gazetteer", "stats", &a], b"");
    assert_status(&output, 0);
    assert_eq!(
        stdout(&output),
        concat!(
            "entities                 3\n",
            "  person                 1\n",
            "  organization           1\n",
            "  place                  1\n",
            "forms                    7\n",
            "  aliases                2\n",
            "  acronyms               2\n",
            "  short forms            1\n",
            "roles                    1\n",
            "by country               2\n",
            "  ID                     1\n",
            "  US                     1\n",
            "data as of               -\n",
        )
    );
}

#[test]
fn stats_of_a_bad_file_counts_nothing() {
    let bad = file(
        "stats_bad.jsonl",
        b"{\"id\": \"Q1\", \"kind\": \"person\"}\n",
    );
    let output = tokoh(&["gazetteer", "stats", &bad, "--format", "json"], b"");
    assert_status(&output, 1);
    assert_eq!(stdout(&output), "");
    assert_eq!(
        stderr(&output),
        format!("tokoh: error: {bad}:1: field `name`: is missing; every entity needs an id, a kind and a name\n")
    );
}

#[test]
fn export_is_a_valid_gazetteer_with_the_same_counts() {
    let output = tokoh(&["gazetteer", "export"], b"");
    assert_status(&output, 0);
    assert_eq!(stderr(&output), "");
    let text = stdout(&output);
    assert!(text.ends_with('\n'));
    for line in text.lines() {
        let entity: Value = serde_json::from_str(line).expect("each line is JSON");
        assert!(entity["id"].is_string(), "{line}");
        assert!(
            ["person", "organization", "place"].contains(&entity["kind"].as_str().unwrap_or("")),
            "{line}"
        );
        assert!(entity["name"].is_string(), "{line}");
    }
    let path = file("export.jsonl", text.as_bytes());
    let check = tokoh(&["gazetteer", "check", &path], b"");
    assert_status(&check, 0);
    let count = text.lines().count();
    assert_eq!(
        stderr(&check),
        format!("tokoh: ok: {count} entities in {path}\n")
    );

    let builtin = json(&tokoh(&["gazetteer", "stats", "--format", "json"], b""));
    let mut exported = json(&tokoh(
        &["gazetteer", "stats", &path, "--format", "json"],
        b"",
    ));
    // A file has no date and no list of sources; the counts are the same.
    assert_eq!(exported["data_as_of"], Value::Null);
    assert_eq!(exported["sources"], Value::Null);
    exported["data_as_of"] = builtin["data_as_of"].clone();
    exported["sources"] = builtin["sources"].clone();
    assert_eq!(exported, builtin);

    // Exporting again from the export changes nothing: the check reads it
    // back whole, and a second export is byte for byte the first.
    let again = tokoh(&["gazetteer", "export"], b"");
    assert_eq!(stdout(&again), text);
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["gazetteer"][..],
        &["gazetteer", "frobnicate"],
        &["gazetteer", "check"],
        &["gazetteer", "stats", "--format", "xml"],
        &["gazetteer", "export", "extra.jsonl"],
    ] {
        let output = tokoh(args, b"");
        assert_status(&output, 2);
        assert_eq!(stdout(&output), "", "{args:?}");
        assert!(!stderr(&output).is_empty(), "{args:?}");
    }
}

#[test]
fn help_explains_the_file_format() {
    let output = tokoh(&["gazetteer", "--help"], b"");
    assert_status(&output, 0);
    let help = stdout(&output);
    for word in [
        "check",
        "stats",
        "export",
        "JSON Lines",
        "person, organization or place",
    ] {
        assert!(help.contains(word), "{word}: {help}");
    }
}

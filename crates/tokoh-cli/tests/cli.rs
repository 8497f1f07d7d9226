//! Runs the built `tokoh` binary as a user would.

mod common;

use common::*;

use std::path::PathBuf;

use serde_json::Value;

fn texts(doc: &Value) -> Vec<&str> {
    doc["tokens"]
        .as_array()
        .expect("tokens is an array")
        .iter()
        .map(|t| t["text"].as_str().expect("token text is a string"))
        .collect()
}

/// Checks every token (and word) of `doc` against the text it came from:
/// `text == text[start..end]`, and code-point offsets as Python counts them.
fn assert_offsets(doc: &Value, text: &str) {
    let check = |span: &Value| {
        let start = span["start"].as_u64().expect("start") as usize;
        let end = span["end"].as_u64().expect("end") as usize;
        assert_eq!(span["text"], text[start..end], "{span}");
        assert_eq!(span["char_start"], text[..start].chars().count(), "{span}");
        assert_eq!(span["char_end"], text[..end].chars().count(), "{span}");
    };
    for token in doc["tokens"].as_array().expect("tokens") {
        check(token);
        for word in token["words"].as_array().into_iter().flatten() {
            check(word);
        }
    }
}

#[test]
fn stdin_text_is_one_document_with_id_1() {
    let output = tokoh(&["tokenize"], "Halo dunia.".as_bytes());
    assert_status(&output, 0);
    let docs = documents(&output);
    assert_eq!(docs.len(), 1);
    let doc = &docs[0];
    assert_eq!(doc["id"], "1");
    assert_eq!(texts(doc), ["Halo", "dunia", "."]);
    assert_eq!(
        doc["tokens"][0],
        serde_json::json!({"text": "Halo", "start": 0, "end": 4, "char_start": 0,
                           "char_end": 4, "kind": "word", "norm": "halo"})
    );
    assert_eq!(doc["tokens"][2]["kind"], "punct");
    assert_eq!(doc["sentences"], serde_json::json!([[0, 3]]));
    // The keys in the order of the specification.
    assert!(stdout(&output).starts_with(r#"{"id":"1","tokens":[{"text":"Halo","start":0,"end":4,"char_start":0,"char_end":4,"kind":"word","norm":"halo"}"#));
    assert!(stdout(&output).ends_with("]}\n"));
}

#[test]
fn dash_reads_stdin() {
    let output = tokoh(&["tokenize", "-"], b"Halo dunia.");
    assert_status(&output, 0);
    assert_eq!(texts(&documents(&output)[0]), ["Halo", "dunia", "."]);
}

#[test]
fn text_file_is_one_document_named_after_it() {
    let path = file("text_file.txt", "Halo dunia.\n\nHalo lagi.\n".as_bytes());
    let output = tokoh(&["tokenize", &path], b"");
    assert_status(&output, 0);
    let docs = documents(&output);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["id"], path.as_str());
    assert_eq!(texts(&docs[0]), ["Halo", "dunia", ".", "Halo", "lagi", "."]);
}

#[test]
fn files_are_read_in_order() {
    let a = file("order_a.txt", b"satu");
    let b = file(
        "order_b.jsonl",
        b"{\"text\": \"dua\"}\n{\"text\": \"tiga\"}\n",
    );
    let output = tokoh(&["tokenize", &a, "-", &b], b"empat");
    assert_status(&output, 0);
    let docs = documents(&output);
    let ids: Vec<&Value> = docs.iter().map(|d| &d["id"]).collect();
    assert_eq!(ids, [a.as_str(), "1", "1", "2"]);
    let first: Vec<&str> = docs.iter().map(|d| texts(d)[0]).collect();
    assert_eq!(first, ["satu", "empat", "dua", "tiga"]);
}

#[test]
fn jsonl_ids_are_kept_or_replaced_by_line_numbers() {
    let path = file(
        "ids.jsonl",
        concat!(
            "{\"id\": 7, \"text\": \"Halo dunia.\"}\n",
            "\n",
            "{\"text\": \"Tanpa id.\"}\n",
            "   \n",
            "{\"text\": \"Id kosong.\", \"id\": null}\n",
            "{\"text\": \"Id teks.\", \"id\": \"berita-42\"}\n",
        )
        .as_bytes(),
    );
    let output = tokoh(&["tokenize", &path], b"");
    assert_status(&output, 0);
    let docs = documents(&output);
    let ids: Vec<&Value> = docs.iter().map(|d| &d["id"]).collect();
    assert_eq!(
        ids,
        [
            &Value::from(7),
            &"3".into(),
            &"5".into(),
            &"berita-42".into()
        ]
    );
    assert_eq!(texts(&docs[0]), ["Halo", "dunia", "."]);
    // The text field itself is not copied.
    assert!(docs.iter().all(|d| d.get("text").is_none()));
}

#[test]
fn jsonl_other_fields_pass_through_byte_for_byte() {
    let line = r#"{"url": "https://a.id/x?\u0041", "id": 1.50, "meta": {"b" : [1, 2.0, "é"]}, "text": "Halo.", "z": null}"#;
    let path = file("pass_through.jsonl", format!("{line}\n").as_bytes());
    let output = tokoh(&["tokenize", &path], b"");
    assert_status(&output, 0);
    let out = stdout(&output);
    // The id first, then the other fields in input order, then the output.
    assert!(
        out.starts_with(
            r#"{"id":1.50,"url":"https://a.id/x?\u0041","meta":{"b" : [1, 2.0, "é"]},"z":null,"tokens":["#
        ),
        "{out}"
    );
    let docs = documents(&output);
    assert_eq!(texts(&docs[0]), ["Halo", "."]);
}

#[test]
fn jsonl_with_crlf_and_a_bom() {
    let path = file(
        "crlf.jsonl",
        b"\xEF\xBB\xBF{\"text\": \"Satu.\"}\r\n{\"text\": \"Dua.\"}\r\n",
    );
    let output = tokoh(&["tokenize", &path], b"");
    assert_status(&output, 0);
    let docs = documents(&output);
    assert_eq!(docs.len(), 2);
    assert_eq!(texts(&docs[1]), ["Dua", "."]);
}

#[test]
fn input_flag_overrides_the_extension() {
    let output = tokoh(
        &["tokenize", "--input", "jsonl"],
        b"{\"text\": \"Halo.\"}\n",
    );
    assert_status(&output, 0);
    assert_eq!(texts(&documents(&output)[0]), ["Halo", "."]);

    let path = file("really_text.jsonl", b"{\"text\": \"Halo.\"}");
    let output = tokoh(&["tokenize", "--input", "text", &path], b"");
    assert_status(&output, 0);
    let docs = documents(&output);
    assert_eq!(docs.len(), 1);
    assert_eq!(texts(&docs[0])[0], "{");
}

#[test]
fn bad_jsonl_lines_are_reported_and_skipped() {
    let path = file(
        "broken.jsonl",
        concat!(
            "{\"id\": \"a\", \"text\": \"Satu.\"}\n",
            "{\"id\": \"b\", \"text\": \"Dua.\"\n",
            "{\"id\": \"c\", \"text\": 3}\n",
            "{\"id\": \"d\"}\n",
            "[\"e\"]\n",
            "{\"id\": \"f\", \"text\": \"Enam.\"}\n",
        )
        .as_bytes(),
    );
    let output = tokoh(&["tokenize", &path], b"");
    assert_status(&output, 1);
    let docs = documents(&output);
    let ids: Vec<&Value> = docs.iter().map(|d| &d["id"]).collect();
    assert_eq!(ids, ["a", "f"]);
    let lines: Vec<&str> = stderr(&output).lines().collect();
    assert_eq!(lines.len(), 4, "{lines:?}");
    for (line, number) in lines.iter().zip(2..) {
        let prefix = format!("tokoh: error: {path}:{number}: ");
        assert!(line.starts_with(&prefix), "{line}");
    }
    assert!(lines[0].contains("invalid JSON"), "{}", lines[0]);
    assert!(lines[1].contains("\"text\""), "{}", lines[1]);
    assert!(lines[2].contains("\"text\""), "{}", lines[2]);
    assert!(lines[3].contains("object"), "{}", lines[3]);
}

#[test]
fn invalid_utf8_in_a_text_file() {
    let path = file("invalid.txt", b"Baris satu.\nBaris \xFF dua.");
    let output = tokoh(&["tokenize", &path], b"");
    assert_status(&output, 1);
    assert_eq!(stdout(&output), "");
    assert_eq!(
        stderr(&output),
        format!("tokoh: error: {path}:2: invalid UTF-8 at byte 18\n")
    );
}

#[test]
fn invalid_utf8_on_stdin() {
    let output = tokoh(&["tokenize"], b"ab\xC3");
    assert_status(&output, 1);
    assert_eq!(
        stderr(&output),
        "tokoh: error: <stdin>:1: invalid UTF-8 at byte 2\n"
    );
}

#[test]
fn invalid_utf8_in_a_jsonl_line() {
    let path = file(
        "invalid.jsonl",
        b"{\"text\": \"Satu.\"}\n{\"text\": \"D\xFFua.\"}\n{\"text\": \"Tiga.\"}\n",
    );
    let output = tokoh(&["tokenize", &path], b"");
    assert_status(&output, 1);
    let ids: Vec<Value> = documents(&output)
        .into_iter()
        .map(|d| d["id"].clone())
        .collect();
    assert_eq!(ids, ["1", "3"]);
    // The offset counts from the start of the file.
    assert_eq!(
        stderr(&output),
        format!("tokoh: error: {path}:2: invalid UTF-8 at byte 29; line skipped\n")
    );
}

#[test]
fn missing_file_is_reported_and_others_still_run() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("tokoh-cli-tests");
    let missing = dir.join("no-such-file.txt");
    let missing = missing.to_str().expect("UTF-8 path");
    let present = file("present.txt", b"Ada.");
    let output = tokoh(&["tokenize", missing, &present], b"");
    assert_status(&output, 1);
    assert_eq!(documents(&output).len(), 1);
    let err = stderr(&output);
    assert!(
        err.starts_with(&format!("tokoh: error: {missing}: ")),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1);
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["tokenize", "--bogus"][..],
        &["tokenize", "--format", "xml"],
        &["tokenize", "--input", "csv"],
        &["frobnicate"],
        &[],
    ] {
        let output = tokoh(args, b"");
        assert_status(&output, 2);
        assert_eq!(stdout(&output), "", "{args:?}");
        assert!(!stderr(&output).is_empty(), "{args:?}");
    }
}

#[test]
fn help_explains_and_exits_0() {
    let output = tokoh(&["tokenize", "--help"], b"");
    assert_status(&output, 0);
    let help = stdout(&output);
    for needle in ["--format", "--input", "char_start", "Examples", "sentences"] {
        assert!(help.contains(needle), "{needle} not in help");
    }
    let output = tokoh(&["--version"], b"");
    assert_status(&output, 0);
    assert!(stdout(&output).starts_with("tokoh "));
}

#[test]
fn format_text_prints_one_line_per_document() {
    let output = tokoh(&["tokenize", "--format", "text"], b"Halo dunia.");
    assert_status(&output, 0);
    assert_eq!(stdout(&output), "Halo dunia .\n");

    let output = tokoh(
        &["tokenize", "--format", "text", "--input", "jsonl"],
        b"{\"text\": \"Halo dunia.\"}\n{\"text\": \"\"}\n{\"text\": \"Apa?\"}\n",
    );
    assert_status(&output, 0);
    assert_eq!(stdout(&output), "Halo dunia .\n\nApa ?\n");
}

#[test]
fn char_offsets_count_code_points() {
    let text = "Ma’ruf Amin ke Mérida 🇮🇩 İstanbul, “ya” — ﬁn. KPK-nya.";
    let output = tokoh(&["tokenize"], text.as_bytes());
    assert_status(&output, 0);
    let doc = &documents(&output)[0];
    assert_offsets(doc, text);
    // Byte and code-point offsets do differ here.
    let last = doc["tokens"]
        .as_array()
        .and_then(|t| t.last())
        .expect("tokens");
    assert_ne!(last["start"], last["char_start"]);

    // The same through JSON Lines, with escapes in the JSON text.
    let line = serde_json::json!({ "text": format!("{text}\n\t\"baris\" dua") }).to_string();
    let output = tokoh(&["tokenize", "--input", "jsonl"], line.as_bytes());
    assert_status(&output, 0);
    assert_offsets(&documents(&output)[0], &format!("{text}\n\t\"baris\" dua"));
}

#[test]
fn empty_input() {
    let output = tokoh(&["tokenize"], b"");
    assert_status(&output, 0);
    assert_eq!(
        stdout(&output),
        "{\"id\":\"1\",\"tokens\":[],\"sentences\":[]}\n"
    );

    let output = tokoh(&["tokenize", "--input", "jsonl"], b"");
    assert_status(&output, 0);
    assert_eq!(stdout(&output), "");

    let path = file("empty.txt", b"");
    let output = tokoh(&["tokenize", "--format", "text", &path], b"");
    assert_status(&output, 0);
    assert_eq!(stdout(&output), "\n");
}

#[test]
fn split_token_has_words() {
    let text = "Kata KPK-nya.";
    let output = tokoh(&["tokenize"], text.as_bytes());
    assert_status(&output, 0);
    let doc = &documents(&output)[0];
    assert_offsets(doc, text);
    assert!(doc["tokens"][0].get("words").is_none());
    let token = &doc["tokens"][1];
    assert_eq!(token["text"], "KPK-nya");
    let words: Vec<&Value> = token["words"]
        .as_array()
        .expect("KPK-nya has words")
        .iter()
        .map(|w| &w["text"])
        .collect();
    assert_eq!(words, ["KPK", "-nya"]);
    assert_eq!(token["words"][1]["start"], 8);
    assert_eq!(token["words"][1]["end"], 12);
}

#[test]
fn closed_stdout_ends_quietly() {
    let mut lines = String::new();
    for i in 0..20_000 {
        lines.push_str(&format!(
            "{{\"id\": {i}, \"text\": \"Presiden Joko Widodo tiba di Bali pada 29/7/2022.\"}}\n"
        ));
    }
    let path = file("many.jsonl", lines.as_bytes());
    let (first, output) = first_line_then_close(&["tokenize", &path]);
    assert!(first.starts_with("{\"id\":0,"), "{first}");
    assert_status(&output, 0);
    assert_eq!(stderr(&output), "");
}

#[test]
fn clashing_input_fields_are_dropped_with_one_warning() {
    let path = file(
        "clash.jsonl",
        b"{\"text\": \"Satu.\", \"tokens\": 1}\n{\"text\": \"Dua.\", \"tokens\": 2}\n",
    );
    let output = tokoh(&["tokenize", &path], b"");
    assert_status(&output, 0);
    let docs = documents(&output);
    assert_eq!(docs.len(), 2);
    assert!(docs.iter().all(|d| d["tokens"].is_array()));
    assert_eq!(stderr(&output).lines().count(), 1, "{}", stderr(&output));
    assert!(stderr(&output).starts_with(&format!("tokoh: warning: {path}:1: ")));
}

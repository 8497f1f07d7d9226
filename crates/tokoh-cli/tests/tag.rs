//! `tokoh tag`, run as a user would.

mod common;

use common::*;

use std::path::Path;

use serde_json::Value;

fn mentions(doc: &Value) -> &[Value] {
    doc["mentions"].as_array().expect("mentions is an array")
}

fn ids(doc: &Value) -> Vec<&str> {
    mentions(doc)
        .iter()
        .map(|m| m["id"].as_str().expect("id is a string"))
        .collect()
}

fn offset(value: &Value, field: &str) -> usize {
    value[field]
        .as_u64()
        .unwrap_or_else(|| panic!("{field} is a number"))
        .try_into()
        .expect("fits usize")
}

/// Every mention and title has the text its byte offsets cover, and char
/// offsets that count code points; mentions are sorted and disjoint.
fn assert_offsets(doc: &Value, text: &str) {
    let mut previous_end = 0;
    for mention in mentions(doc) {
        let mut spans = vec![mention];
        if !mention["title"].is_null() {
            spans.push(&mention["title"]);
        }
        for span in spans {
            let (start, end) = (offset(span, "start"), offset(span, "end"));
            assert_eq!(span["text"], text[start..end], "{span}");
            assert_eq!(offset(span, "char_start"), text[..start].chars().count());
            assert_eq!(offset(span, "char_end"), text[..end].chars().count());
        }
        assert!(offset(mention, "start") >= previous_end, "{doc}");
        previous_end = offset(mention, "end");
    }
}

/// The mention of entity `id`, the first one.
fn mention<'a>(doc: &'a Value, id: &str) -> &'a Value {
    mentions(doc)
        .iter()
        .find(|m| m["id"] == id)
        .unwrap_or_else(|| panic!("no mention of {id} in {doc}"))
}

const PRABOWO: &str = "tokoh:person/prabowo-subianto";
const JOKOWI: &str = "tokoh:person/joko-widodo";
const KPK: &str = "tokoh:id/org/kpk";
const DPR: &str = "tokoh:id/org/dpr";

const NEWS: &str = "Mérida – Presiden Prabowo Subianto bertemu Presiden Jokowi; \
                    penyidik KPK dan anggota DPR hadir.";

#[test]
fn builtin_gazetteer_finds_titled_persons_with_byte_and_char_offsets() {
    let output = tokoh(&["tag"], NEWS.as_bytes());
    assert_status(&output, 0);
    // No progress line, no warning: stderr is not a terminal.
    assert_eq!(stderr(&output), "");
    let docs = documents(&output);
    assert_eq!(docs.len(), 1);
    let doc = &docs[0];
    assert_eq!(doc["id"], "1");
    assert_offsets(doc, NEWS);
    for id in [PRABOWO, JOKOWI, KPK, DPR] {
        assert!(ids(doc).contains(&id), "{id} not in {doc}");
    }

    let prabowo = mention(doc, PRABOWO);
    let start = NEWS.find("Prabowo").expect("in the text");
    assert_eq!(offset(prabowo, "start"), start);
    assert_eq!(offset(prabowo, "end"), start + "Prabowo Subianto".len());
    // `é` is two bytes and `–` three: char offsets are 3 less.
    assert_eq!(offset(prabowo, "char_start"), start - 3);
    assert_eq!(offset(prabowo, "char_end"), start - 3 + 16);
    assert_eq!(prabowo["text"], "Prabowo Subianto");
    assert_eq!(prabowo["kind"], "person");
    assert_eq!(prabowo["name"], "Prabowo Subianto");
    assert_eq!(prabowo["via"], "name");
    assert_eq!(prabowo["candidates"], serde_json::json!([]));
    let title = &prabowo["title"];
    assert_eq!(title["text"], "Presiden");
    assert_eq!(offset(title, "start"), "Mérida – ".len());
    assert_eq!(offset(title, "char_start"), "Mérida – ".chars().count());

    let jokowi = mention(doc, JOKOWI);
    assert_eq!(jokowi["text"], "Jokowi");
    assert_eq!(jokowi["matched"], "Jokowi");
    assert_eq!(jokowi["via"], "alias");
    assert_eq!(jokowi["title"]["text"], "Presiden");

    let kpk = mention(doc, KPK);
    assert_eq!(kpk["via"], "acronym");
    assert_eq!(kpk["kind"], "organization");
    assert!(kpk["title"].is_null());
}

#[test]
fn mention_fields_are_in_the_order_of_the_specification() {
    let output = tokoh(&["tag"], "Presiden Jokowi.".as_bytes());
    assert_status(&output, 0);
    let line = stdout(&output);
    let order = [
        "{\"id\":",
        "\"mentions\":[{\"start\":",
        "\"end\":",
        "\"char_start\":",
        "\"char_end\":",
        "\"text\":",
        "\"id\":",
        "\"kind\":",
        "\"name\":",
        "\"matched\":",
        "\"via\":",
        "\"title\":{\"start\":",
        "\"end\":",
        "\"char_start\":",
        "\"char_end\":",
        "\"text\":",
        "\"candidates\":",
    ];
    let mut at = 0;
    for needle in order {
        let found = line[at..]
            .find(needle)
            .unwrap_or_else(|| panic!("{needle} not after byte {at} of {line}"));
        at += found + needle.len();
    }
    assert!(line.ends_with("]}\n"), "{line}");
    assert_eq!(line.lines().count(), 1);
}

#[test]
fn gazetteer_files_add_entities_and_override_builtin_ids_with_a_warning() {
    let path = file(
        "extra.jsonl",
        concat!(
            "# my entities\n",
            r#"{"id": "tokoh:id/org/kpk", "kind": "organization", "name": "Komisi Antirasuah", "acronyms": ["KPK"]}"#,
            "\n",
            r#"{"id": "x:dewata", "kind": "place", "name": "Pulau Dewata"}"#,
            "\n"
        )
        .as_bytes(),
    );
    let text = "Penyidik KPK terbang ke Pulau Dewata bersama Presiden Jokowi.";
    let output = tokoh(&["tag", "--gazetteer", &path], text.as_bytes());
    assert_status(&output, 0);
    let err = stderr(&output);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with(&format!("tokoh: warning: {path}:2: ")),
        "{err}"
    );
    assert!(err.contains("tokoh:id/org/kpk"), "{err}");
    let doc = &documents(&output)[0];
    assert_offsets(doc, text);
    assert_eq!(ids(doc), [KPK, "x:dewata", JOKOWI]);
    assert_eq!(mention(doc, KPK)["name"], "Komisi Antirasuah");
    assert_eq!(mention(doc, "x:dewata")["kind"], "place");

    // A later file wins over an earlier one.
    let later = file(
        "later.jsonl",
        br#"{"id": "x:dewata", "kind": "place", "name": "Bali", "aliases": ["Pulau Dewata"]}"#,
    );
    let output = tokoh(
        &["tag", "--gazetteer", &path, "--gazetteer", &later],
        text.as_bytes(),
    );
    assert_status(&output, 0);
    assert_eq!(stderr(&output).lines().count(), 2, "{}", stderr(&output));
    let doc = &documents(&output)[0];
    assert_eq!(mention(doc, "x:dewata")["name"], "Bali");
    assert_eq!(mention(doc, "x:dewata")["via"], "alias");
}

#[test]
fn no_builtin_uses_only_the_files() {
    let path = file(
        "only.jsonl",
        br#"{"id": "x:dewata", "kind": "place", "name": "Pulau Dewata"}"#,
    );
    let text = "Penyidik KPK terbang ke Pulau Dewata bersama Presiden Jokowi.";
    let output = tokoh(
        &["tag", "--no-builtin", "--gazetteer", &path],
        text.as_bytes(),
    );
    assert_status(&output, 0);
    assert_eq!(stderr(&output), "");
    assert_eq!(ids(&documents(&output)[0]), ["x:dewata"]);

    // Without any gazetteer at all: nothing can be found, and tokoh says so.
    let output = tokoh(&["tag", "--no-builtin"], text.as_bytes());
    assert_status(&output, 0);
    assert_eq!(stdout(&output), "{\"id\":\"1\",\"mentions\":[]}\n");
    assert!(
        stderr(&output).starts_with("tokoh: warning: "),
        "{}",
        stderr(&output)
    );
}

#[test]
fn kinds_filters_mentions() {
    let output = tokoh(&["tag", "--kinds", "person"], NEWS.as_bytes());
    assert_status(&output, 0);
    let doc = &documents(&output)[0];
    assert!(!mentions(doc).is_empty());
    assert!(mentions(doc).iter().all(|m| m["kind"] == "person"), "{doc}");
    assert!(ids(doc).contains(&PRABOWO));

    let output = tokoh(&["tag", "--kinds", "organization,person"], NEWS.as_bytes());
    assert_status(&output, 0);
    let doc = &documents(&output)[0];
    assert!(
        ids(doc).contains(&KPK) && ids(doc).contains(&JOKOWI),
        "{doc}"
    );

    for kinds in ["persons", "person,city", ""] {
        let output = tokoh(&["tag", "--kinds", kinds], NEWS.as_bytes());
        assert_status(&output, 2);
        assert_eq!(stdout(&output), "");
    }
}

#[test]
fn an_invalid_gazetteer_stops_everything_with_file_and_line() {
    let bad = file(
        "bad.jsonl",
        concat!(
            r#"{"id": "a", "kind": "place", "name": "Bali"}"#,
            "\n",
            r#"{"id": "b", "kind": "city", "name": "Kota"}"#,
            "\n",
            "{not json\n",
        )
        .as_bytes(),
    );
    let output = tokoh(&["tag", "--gazetteer", &bad], NEWS.as_bytes());
    assert_status(&output, 1);
    assert_eq!(stdout(&output), "");
    let err = stderr(&output);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines[0].starts_with(&format!("tokoh: error: {bad}:2: ")),
        "{err}"
    );
    assert!(lines[0].contains("kind"), "{err}");
    assert!(
        lines[1].starts_with(&format!("tokoh: error: {bad}:3: ")),
        "{err}"
    );

    let output = tokoh(&["tag", "--gazetteer", "no/such/gazetteer.jsonl"], b"KPK");
    assert_status(&output, 1);
    assert_eq!(stdout(&output), "");
    assert!(
        stderr(&output).starts_with("tokoh: error: no/such/gazetteer.jsonl: cannot read: "),
        "{}",
        stderr(&output)
    );
}

#[test]
fn gazetteer_from_stdin_needs_document_files() {
    let output = tokoh(&["tag", "--gazetteer", "-"], b"KPK");
    assert_status(&output, 2);
    assert_eq!(stdout(&output), "");

    let doc = file("for_stdin_gazetteer.txt", "Ke Pulau Dewata.".as_bytes());
    let output = tokoh(
        &["tag", "--no-builtin", "--gazetteer", "-", &doc],
        br#"{"id": "x:dewata", "kind": "place", "name": "Pulau Dewata"}"#,
    );
    assert_status(&output, 0);
    assert_eq!(ids(&documents(&output)[0]), ["x:dewata"]);
}

#[test]
fn jsonl_input_keeps_ids_and_passes_fields_through() {
    let input = concat!(
        r#"{"id": 7, "source" : {"a" : [1, 2.50]}, "text": "Presiden Jokowi tiba."}"#,
        "\n",
        r#"{"text": "Penyidik KPK.", "lang": "id"}"#,
        "\n",
        r#"{"id": "x", "text": "Tidak ada apa-apa.", "mentions": 3}"#,
        "\n",
    );
    let output = tokoh(&["tag", "--input", "jsonl"], input.as_bytes());
    assert_status(&output, 0);
    let lines: Vec<&str> = stdout(&output).lines().collect();
    assert_eq!(lines.len(), 3);
    assert!(
        lines[0].starts_with(r#"{"id":7,"source":{"a" : [1, 2.50]},"mentions":[{"#),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].starts_with(r#"{"id":"2","lang":"id","mentions":[{"#),
        "{}",
        lines[1]
    );
    // An input field named like the output's own is dropped, with a warning.
    assert_eq!(lines[2], r#"{"id":"x","mentions":[]}"#);
    assert!(
        stderr(&output).contains("\"mentions\""),
        "{}",
        stderr(&output)
    );
    let docs = documents(&output);
    assert_eq!(ids(&docs[0]), [JOKOWI]);
    assert_eq!(ids(&docs[1]), [KPK]);
}

#[test]
fn a_broken_jsonl_line_is_reported_and_the_others_tagged() {
    let input = concat!(
        r#"{"id": "a", "text": "Presiden Jokowi tiba."}"#,
        "\n",
        r#"{"id": "b", "text": "Penyidik KPK"#,
        "\n",
        r#"{"id": "c", "text": "Penyidik KPK."}"#,
        "\n",
    );
    let path = file("broken.jsonl", input.as_bytes());
    let output = tokoh(&["tag", &path], b"");
    assert_status(&output, 1);
    let docs = documents(&output);
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["id"], "a");
    assert_eq!(docs[1]["id"], "c");
    assert_eq!(ids(&docs[1]), [KPK]);
    let err = stderr(&output);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with(&format!("tokoh: error: {path}:2: invalid JSON")),
        "{err}"
    );
}

#[test]
fn threads_change_nothing_in_the_output_or_the_errors() {
    // Thousands of documents, some broken, over several text and JSON
    // Lines files: every run gives the same bytes on stdout and stderr.
    let texts = [
        NEWS,
        "Menteri Luar Negeri AS Antony Blinken bertemu Menlu Retno. Kata Blinken, KPK-nya bekerja.",
        "Tidak ada apa-apa.",
        "",
        "JAKARTA – Wakil Presiden Ma’ruf Amin membuka sidang MPR-RI; Prabowo hadir.",
    ];
    let mut stream = Vec::new();
    for i in 0..6000 {
        match i % 1000 {
            7 => stream.extend_from_slice(b"{\"text\": 5}\n"),
            8 => stream.extend_from_slice(b"\n"),
            9 => stream.extend_from_slice(b"{\"text\": \"caf\xe9\"}\n"),
            _ => {
                let line = serde_json::json!({"id": i, "text": texts[i % texts.len()], "n": [i]});
                stream.extend_from_slice(line.to_string().as_bytes());
                stream.push(b'\n');
            }
        }
    }
    let jsonl = file("threads.jsonl", &stream);
    let text = file("threads.txt", NEWS.as_bytes());
    let bad = file("threads-bad.txt", b"caf\xe9");
    let args = |threads: &'static str| {
        vec![
            "tag",
            &text,
            &jsonl,
            &bad,
            "/no/such/file",
            &text,
            "--threads",
            threads,
        ]
    };
    let one = tokoh(&args("1"), b"");
    assert_status(&one, 1);
    assert_eq!(documents(&one).len(), 2 + 6000 - 6 * 3);
    assert_eq!(stderr(&one).lines().count(), 6 * 2 + 2, "{}", stderr(&one));
    for threads in ["2", "3", "8"] {
        let many = tokoh(&args(threads), b"");
        assert_status(&many, 1);
        assert!(stdout(&many) == stdout(&one), "--threads {threads}");
        assert_eq!(stderr(&many), stderr(&one), "--threads {threads}");
    }
}

#[test]
fn invalid_utf8_in_a_text_file_is_an_error_with_its_byte() {
    let path = file("latin1.txt", b"Presiden Jokowi\ncaf\xe9");
    let output = tokoh(&["tag", &path], b"");
    assert_status(&output, 1);
    assert_eq!(stdout(&output), "");
    assert_eq!(
        stderr(&output),
        format!("tokoh: error: {path}:2: invalid UTF-8 at byte 19\n")
    );
}

#[test]
fn tsv_has_a_header_and_escapes_tabs_and_line_breaks() {
    let input = concat!(
        r#"{"id": "a\tb", "text": "Presiden Joko\nWidodo dan KPK."}"#,
        "\n",
        r#"{"id": 2, "text": "Tidak ada."}"#,
        "\n",
        r#"{"text": "Mérida – Menlu Blinken, kata DPR."}"#,
        "\n",
    );
    let output = tokoh(
        &["tag", "--input", "jsonl", "--format", "tsv"],
        input.as_bytes(),
    );
    assert_status(&output, 0);
    let out = stdout(&output);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        "doc_id\tstart\tend\tchar_start\tchar_end\ttext\tentity_id\tkind\tname\tvia\ttitle\tcandidates"
    );
    assert!(lines.iter().all(|l| l.split('\t').count() == 12), "{out}");
    assert_eq!(
        lines[1],
        "a\\tb\t9\t20\t9\t20\tJoko\\nWidodo\ttokoh:person/joko-widodo\tperson\tJoko Widodo\tname\tPresiden\t"
    );
    assert_eq!(
        lines[2],
        "a\\tb\t25\t28\t25\t28\tKPK\ttokoh:id/org/kpk\torganization\tKomisi Pemberantasan Korupsi\tacronym\t\t"
    );
    // The document without mentions has no line; the third one's char
    // offsets differ from its byte offsets.
    let dpr: Vec<&str> = lines
        .iter()
        .find(|l| l.contains("tokoh:id/org/dpr"))
        .expect("DPR line")
        .split('\t')
        .collect();
    let text = "Mérida – Menlu Blinken, kata DPR.";
    let start = text.find("DPR").expect("in the text");
    assert_eq!(dpr[0], "3");
    assert_eq!(dpr[1], start.to_string());
    assert_eq!(dpr[3], (start - 3).to_string());

    // Header only, when nothing is found.
    let output = tokoh(&["tag", "--format", "tsv"], b"Tidak ada.");
    assert_status(&output, 0);
    assert_eq!(stdout(&output).lines().count(), 1);
}

#[test]
fn pretty_marks_mentions_with_brackets_when_not_a_terminal() {
    let output = tokoh(
        &["tag", "--format", "pretty"],
        "Presiden Jokowi bertemu penyidik KPK.\n".as_bytes(),
    );
    assert_status(&output, 0);
    let out = stdout(&output);
    assert!(!out.contains('\x1b'), "{out}");
    assert!(out.starts_with("── 1 ──\n"), "{out}");
    assert!(
        out.contains(
            "Presiden [Jokowi]{person: Joko Widodo} bertemu penyidik \
             [KPK]{organization: Komisi Pemberantasan Korupsi}.\n"
        ),
        "{out}"
    );
    assert!(
        out.contains("  9..15   Jokowi  →  Joko Widodo (person, alias) [title: Presiden]\n"),
        "{out}"
    );
    assert!(
        out.contains("  33..36  KPK  →  Komisi Pemberantasan Korupsi (organization, acronym)\n"),
        "{out}"
    );

    let output = tokoh(&["tag", "--format", "pretty"], b"Tidak ada.");
    assert_status(&output, 0);
    assert!(
        stdout(&output).contains("(no mentions)"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn a_document_alone_is_tagged_as_inside_a_stream() {
    let texts = [
        NEWS,
        "Menteri Luar Negeri AS Antony Blinken bertemu Menlu Retno. Kata Blinken, KPK-nya bekerja.",
        "Tidak ada apa-apa.",
        "JAKARTA – Wakil Presiden Ma’ruf Amin membuka sidang MPR-RI; Prabowo hadir.",
    ];
    let mut stream = String::new();
    for (i, text) in texts.iter().enumerate() {
        let line = serde_json::json!({"id": i, "text": text});
        stream.push_str(&line.to_string());
        stream.push('\n');
    }
    let output = tokoh(&["tag", "--input", "jsonl"], stream.as_bytes());
    assert_status(&output, 0);
    let docs = documents(&output);
    assert_eq!(docs.len(), texts.len());
    for (text, in_stream) in texts.iter().zip(&docs) {
        let output = tokoh(&["tag"], text.as_bytes());
        assert_status(&output, 0);
        let alone = &documents(&output)[0];
        assert_eq!(alone["mentions"], in_stream["mentions"], "{text}");
        assert_offsets(alone, text);
    }
}

#[test]
fn the_example_article() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let text = std::fs::read_to_string(root.join("examples/berita.txt")).expect("the example");
    let output = tokoh_in(Some(&root), &["tag", "examples/berita.txt"], b"");
    assert_status(&output, 0);
    let docs = documents(&output);
    assert_eq!(docs.len(), 1);
    let doc = &docs[0];
    assert_eq!(doc["id"], "examples/berita.txt");
    assert_offsets(doc, &text);
    assert_eq!(mention(doc, JOKOWI)["text"], "Joko Widodo");
    assert_eq!(mention(doc, PRABOWO)["text"], "Prabowo Subianto");
    let maruf = mention(doc, "tokoh:person/maruf-amin");
    assert_eq!(maruf["text"], "Ma’ruf Amin");
    assert_eq!(maruf["matched"], "Ma'ruf Amin");
    let gibran = mention(doc, "tokoh:person/gibran-rakabuming-raka");
    assert_eq!(gibran["title"]["text"], "Wakil Presiden");
    // Titles are written before names only; here both presidents' come after.
    assert!(
        mentions(doc)
            .iter()
            .filter(|m| !m["title"].is_null())
            .count()
            >= 1,
        "{doc}"
    );

    for format in ["pretty", "tsv"] {
        let output = tokoh_in(
            Some(&root),
            &["tag", "examples/berita.txt", "--format", format],
            b"",
        );
        assert_status(&output, 0);
        assert!(stdout(&output).contains("Ma’ruf Amin"));
    }
}

#[test]
fn help_explains_with_examples() {
    let output = tokoh(&["tag", "--help"], b"");
    assert_status(&output, 0);
    let help = stdout(&output);
    for needle in [
        "--gazetteer",
        "--no-builtin",
        "--kinds",
        "char_start",
        "candidates",
        "Examples",
        "tokoh tag examples/berita.txt",
        "\\t",
        "NO_COLOR",
    ] {
        assert!(help.contains(needle), "{needle} not in help");
    }
    let output = tokoh(&["--help"], b"");
    assert_status(&output, 0);
    assert!(stdout(&output).contains("tag"));
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["tag", "--format", "xml"][..],
        &["tag", "--input", "csv"],
        &["tag", "--gazetteer"],
        &["tag", "--bogus"],
    ] {
        let output = tokoh(args, b"");
        assert_status(&output, 2);
        assert_eq!(stdout(&output), "", "{args:?}");
    }
}

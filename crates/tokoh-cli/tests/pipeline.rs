//! `tokoh` in pipelines: a reader that stops early (`| head`), a producer
//! that sends one document at a time, an interrupt (SIGINT), and a long
//! stream with bad lines in it. Every good input document yields exactly
//! one output line, in input order, with its pass-through fields byte for
//! byte; every bad line is named on stderr and skipped.

mod common;

use common::*;

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use serde_json::Value;

/// How long a test waits for an answer that should come at once.
const PATIENCE: Duration = Duration::from_secs(60);

fn spawn(args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_tokoh"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("tokoh starts")
}

/// Reads the lines of `child`'s stdout on a thread, so that a test can wait
/// for one with a time limit instead of hanging.
fn lines_of(child: &mut Child) -> mpsc::Receiver<String> {
    let out = child.stdout.take().expect("stdout is piped");
    let (send, receive) = mpsc::channel();
    thread::spawn(move || {
        for line in BufReader::new(out).lines() {
            let Ok(line) = line else { break };
            if send.send(line).is_err() {
                break;
            }
        }
    });
    receive
}

fn stderr_of(child: &mut Child) -> String {
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr is piped")
        .read_to_string(&mut err)
        .expect("stderr is UTF-8");
    err
}

const NEWS: &str =
    "Presiden Joko Widodo bertemu Menlu AS Antony Blinken; KPK-nya hadir di Jakarta.";

#[test]
fn tag_into_a_closed_pipe_ends_quietly() {
    let mut lines = String::new();
    for i in 0..20_000 {
        lines.push_str(&format!("{{\"id\": {i}, \"text\": \"{NEWS}\"}}\n"));
    }
    let path = file("closed-pipe.jsonl", lines.as_bytes());
    for threads in ["1", "2"] {
        for format in ["jsonl", "tsv", "pretty"] {
            let (first, output) =
                first_line_then_close(&["tag", "--threads", threads, "--format", format, &path]);
            assert!(!first.is_empty());
            assert_status(&output, 0);
            assert_eq!(stderr(&output), "", "--threads {threads} --format {format}");
        }
    }
}

#[test]
fn each_document_is_answered_before_the_next_is_sent() {
    // A producer that waits for each answer before sending the next
    // document would deadlock if the output were held back in a buffer.
    for args in [
        &["tag", "--input", "jsonl", "--threads", "1"][..],
        &["tag", "--input", "jsonl", "--threads", "4"],
        &["tag", "--input", "jsonl", "--format", "tsv"],
        &["tokenize", "--input", "jsonl"],
    ] {
        // In TSV, a document is one line a mention.
        let alone = tokoh(&["tag", "--format", "tsv"], NEWS.as_bytes());
        let mentions = stdout(&alone).lines().count() - 1;
        assert!(mentions >= 2, "{}", stdout(&alone));
        let mut child = spawn(args);
        let answers = lines_of(&mut child);
        let mut input = child.stdin.take().expect("stdin is piped");
        if args.contains(&"tsv") {
            let header = answers
                .recv_timeout(PATIENCE)
                .expect("the TSV header at once");
            assert!(header.starts_with("doc_id\t"), "{header}");
        }
        for i in 0..5 {
            writeln!(input, "{{\"id\": \"d{i}\", \"text\": \"{NEWS}\"}}").expect("writing");
            input.flush().expect("flushing");
            let answer = answers
                .recv_timeout(PATIENCE)
                .unwrap_or_else(|_| panic!("{args:?}: no answer to document {i}"));
            assert!(answer.contains(&format!("d{i}")), "{args:?}: {answer}");
            if args.contains(&"tsv") {
                // One line a mention: read the rest of this document's lines.
                for _ in 1..mentions {
                    let more = answers.recv_timeout(PATIENCE).expect("all of its mentions");
                    assert!(more.starts_with(&format!("d{i}\t")), "{more}");
                }
            }
        }
        drop(input);
        let status = child.wait().expect("tokoh ends");
        assert!(status.success(), "{args:?}: {status}");
        assert_eq!(stderr_of(&mut child), "");
    }
}

#[cfg(unix)]
#[test]
fn sigint_stops_at_once_with_whole_lines_written() {
    use std::os::unix::process::ExitStatusExt;

    let mut child = spawn(&["tag", "--input", "jsonl"]);
    let answers = lines_of(&mut child);
    let mut input = child.stdin.take().expect("stdin is piped");
    for i in 0..3 {
        writeln!(input, "{{\"id\": {i}, \"text\": \"{NEWS}\"}}").expect("writing");
    }
    input.flush().expect("flushing");
    let mut written = Vec::new();
    for _ in 0..3 {
        written.push(answers.recv_timeout(PATIENCE).expect("an answer"));
    }
    // tokoh now waits for more input; interrupt it as Ctrl-C would.
    let kill = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(kill.success());
    let (send, receive) = mpsc::channel();
    let waiter = thread::spawn(move || {
        let status = child.wait().expect("tokoh ends");
        let err = stderr_of(&mut child);
        let _ = send.send((status, err));
    });
    let (status, err) = receive
        .recv_timeout(PATIENCE)
        .expect("tokoh stops on SIGINT");
    waiter.join().expect("the waiting thread");
    drop(input);
    // Ended by the signal, as the shell expects (status 130), no panic, and
    // every line written before is a whole document.
    assert_eq!(status.signal(), Some(2), "{status}");
    assert!(!err.contains("panicked"), "{err}");
    while let Ok(line) = answers.recv_timeout(Duration::from_millis(200)) {
        written.push(line);
    }
    assert_eq!(written.len(), 3);
    for (i, line) in written.iter().enumerate() {
        let doc: Value = serde_json::from_str(line).expect("a whole JSON line");
        assert_eq!(doc["id"], i);
    }
}

/// A stream of `n` lines, every 7th one bad in one of five ways, with
/// pass-through fields of every JSON shape; and the good lines' ids.
fn mixed_stream(n: usize) -> (Vec<u8>, Vec<usize>, Vec<(usize, &'static str)>) {
    let mut stream = Vec::new();
    let mut good = Vec::new();
    let mut bad = Vec::new();
    let fields = [
        r#""src" : "kompas""#,
        r#""n":12345678901234567890123"#,
        r#""f":1.50e+03"#,
        r#""nested":{"a" : [1, {"b":null}], "é":"\u00e9\ud83d\ude00"}"#,
        r#""empty":[]"#,
        r#""t":true"#,
    ];
    for i in 0..n {
        let field = fields[i % fields.len()];
        let line: Vec<u8> = match i % 7 {
            3 => match (i / 7) % 5 {
                0 => {
                    bad.push((i + 1, "invalid JSON"));
                    format!("{{\"id\": {i}, \"text\": \"rusak\"").into_bytes()
                }
                1 => {
                    bad.push((i + 1, "invalid UTF-8"));
                    let mut l = format!("{{\"id\": {i}, \"text\": \"").into_bytes();
                    l.extend_from_slice(b"r\xFFsak\"}");
                    l
                }
                2 => {
                    bad.push((i + 1, "\"text\""));
                    format!("{{\"id\": {i}}}").into_bytes()
                }
                3 => {
                    bad.push((i + 1, "\"text\""));
                    format!("{{\"id\": {i}, \"text\": 5}}").into_bytes()
                }
                _ => {
                    bad.push((i + 1, "object"));
                    format!("[{i}]").into_bytes()
                }
            },
            5 => Vec::new(), // a blank line: no document, no error
            _ => {
                good.push(i);
                format!("{{\"id\": {i}, {field}, \"text\": \"{NEWS} {i}\"}}").into_bytes()
            }
        };
        stream.extend_from_slice(&line);
        stream.push(b'\n');
    }
    (stream, good, bad)
}

#[test]
fn every_document_yields_one_line_in_order_with_fields_byte_for_byte() {
    let (stream, good, bad) = mixed_stream(3_000);
    let path = file("mixed.jsonl", &stream);
    for args in [
        &["tag", "--threads", "1"][..],
        &["tag", "--threads", "3"],
        &["tokenize"],
    ] {
        let command = args.join(" ");
        {
            let output = tokoh(&[args, &[path.as_str()]].concat(), b"");
            assert_status(&output, 1);
            let lines: Vec<&str> = stdout(&output).lines().collect();
            assert_eq!(lines.len(), good.len(), "{command}");
            let source: Vec<&[u8]> = stream.split(|&b| b == b'\n').collect();
            for (line, &i) in lines.iter().zip(&good) {
                assert!(line.starts_with(&format!("{{\"id\":{i},")), "{line}");
                // Each pass-through field is in the output as written.
                let input = std::str::from_utf8(source[i]).expect("a good line is UTF-8");
                let field = input
                    .split_once(", ")
                    .and_then(|(_, rest)| rest.rsplit_once(", \"text\""))
                    .map(|(field, _)| field)
                    .expect("the field");
                let (name, value) = field.split_once(':').expect("name: value");
                let expected = format!("{}:{}", name.trim_end(), value.trim_start());
                assert!(line.contains(&expected), "{expected} not in {line}");
            }
            let errors: Vec<&str> = stderr(&output).lines().collect();
            assert_eq!(errors.len(), bad.len(), "{command}");
            for (error, &(number, what)) in errors.iter().zip(&bad) {
                assert!(
                    error.starts_with(&format!("tokoh: error: {path}:{number}: ")),
                    "{error}"
                );
                assert!(error.contains(what), "{error} should say {what}");
                assert!(error.ends_with("; line skipped"), "{error}");
            }
        }
    }
}

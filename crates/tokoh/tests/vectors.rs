//! The shared, language-neutral tokenizer test vectors.
//!
//! Every `*.jsonl` file under `tests/vectors/tokenize/` at the workspace root
//! holds one vector per line (the format is described in
//! `tests/vectors/README.md`; a Python suite reads the same files). Two tests
//! run them:
//!
//! - `vector_files_are_well_formed` checks the vectors themselves: every line
//!   parses, names are unique, the expected tokens spell out the text's
//!   non-separator characters in order, `words` spell out their token,
//!   `sentences` tile the tokens. A typo in a vector is reported here, as a
//!   vector error, not as a tokenizer failure.
//! - `tokenizer_matches_vectors` runs [`Tokenizer::tokenize`] and
//!   [`Tokenizer::sentences`] on every well-formed vector and collects every
//!   difference (tokens and kinds, words, norms, sentences) into one report
//!   before failing once, so that one run shows everything.
//!
//! Set `TOKOH_VECTORS=<substring>` to run only the vectors whose name
//! contains it, e.g. `TOKOH_VECTORS=dateline cargo test -p tokoh --test vectors`,
//! and `TOKOH_VECTOR_DIR=<folder>` to read the vector files from another folder.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::fs;
use std::ops::Range;
use std::panic;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};
use tokoh::{Span, Token, Tokenizer};

/// The token kinds of SPEC 1.2.
const KINDS: [&str; 13] = [
    "word",
    "number",
    "date",
    "time",
    "currency",
    "url",
    "email",
    "hashtag",
    "mention",
    "abbreviation",
    "punct",
    "symbol",
    "emoji",
];

/// The fields a vector may have.
const FIELDS: [&str; 8] = [
    "name",
    "text",
    "tokens",
    "words",
    "check_words",
    "norms",
    "sentences",
    "note",
];

/// Characters that separate tokens and never belong to one: Unicode
/// `White_Space` plus the invisible separators ZERO WIDTH SPACE, WORD JOINER,
/// ZERO WIDTH NO-BREAK SPACE (BOM) and MONGOLIAN VOWEL SEPARATOR. Written out
/// here (not taken from the crate) so that the vectors are checked
/// independently of the implementation; the README states the same set.
fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200b}' | '\u{2060}' | '\u{feff}' | '\u{180e}')
}

/// The folder of `*.jsonl` vector files: `tests/vectors/tokenize/` at the
/// workspace root, or `TOKOH_VECTOR_DIR` when set (to try out new vectors).
fn vectors_dir() -> PathBuf {
    match std::env::var_os("TOKOH_VECTOR_DIR") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/vectors/tokenize"),
    }
}

/// One expected surface token, located in the vector's text.
#[derive(Debug)]
struct ExpectedToken {
    text: String,
    kind: String,
    span: Span,
}

/// One well-formed vector.
#[derive(Debug)]
struct Vector {
    /// `file.jsonl:line`.
    origin: String,
    name: String,
    text: String,
    tokens: Vec<ExpectedToken>,
    /// Token index → the words it splits into.
    words: BTreeMap<usize, Vec<String>>,
    /// Whether tokens not listed in `words` must not split.
    check_words: bool,
    /// Token index → its expected `norm`.
    norms: BTreeMap<usize, String>,
    sentences: Option<Vec<String>>,
    note: Option<String>,
}

/// Everything read from the vector files.
#[derive(Debug, Default)]
struct Loaded {
    vectors: Vec<Vector>,
    /// Problems with the vector files themselves, one line each.
    errors: Vec<String>,
    files: usize,
    /// Non-blank lines read.
    lines: usize,
    /// Lines that could not be used (invalid JSON, invalid vector, duplicate name).
    skipped: usize,
}

fn load() -> Loaded {
    let dir = vectors_dir();
    let mut loaded = Loaded::default();
    let entries = match fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) => {
            loaded.errors.push(format!(
                "cannot read the vector folder {}: {e}",
                dir.display()
            ));
            return loaded;
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "jsonl"))
        .collect();
    paths.sort();

    let mut first_seen: HashMap<String, String> = HashMap::new();
    for path in paths {
        loaded.files += 1;
        let file = path.file_name().map_or_else(
            || path.display().to_string(),
            |f| f.to_string_lossy().into_owned(),
        );
        let content = match fs::read_to_string(&path) {
            Ok(content) => content,
            Err(e) => {
                loaded.errors.push(format!("{file}: cannot read: {e}"));
                continue;
            }
        };
        for (index, line) in content.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            loaded.lines += 1;
            let origin = format!("{file}:{}", index + 1);
            let value: Value = match serde_json::from_str(line) {
                Ok(value) => value,
                Err(e) => {
                    loaded.errors.push(format!("{origin}: not valid JSON: {e}"));
                    loaded.skipped += 1;
                    continue;
                }
            };
            let label = value
                .get("name")
                .and_then(Value::as_str)
                .map_or_else(|| origin.clone(), |name| format!("{origin} {name}"));
            match parse_vector(&origin, &value) {
                Ok(vector) => {
                    if let Some(earlier) = first_seen.get(&vector.name) {
                        loaded
                            .errors
                            .push(format!("{label}: duplicate name (first used at {earlier})"));
                        loaded.skipped += 1;
                    } else {
                        first_seen.insert(vector.name.clone(), origin.clone());
                        loaded.vectors.push(vector);
                    }
                }
                Err(problems) => {
                    loaded.skipped += 1;
                    for problem in problems {
                        loaded.errors.push(format!("{label}: {problem}"));
                    }
                }
            }
        }
    }
    loaded
}

fn is_valid_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Checks one vector and turns it into a [`Vector`], or says everything that
/// is wrong with it.
fn parse_vector(origin: &str, value: &Value) -> Result<Vector, Vec<String>> {
    let Some(object) = value.as_object() else {
        return Err(vec!["a vector must be a JSON object".to_owned()]);
    };
    let mut errors = Vec::new();
    for key in object.keys() {
        if !FIELDS.contains(&key.as_str()) {
            errors.push(format!(
                "unknown field {key:?} (known: {})",
                FIELDS.join(", ")
            ));
        }
    }
    let name = match object.get("name") {
        Some(Value::String(name)) if is_valid_name(name) => name.clone(),
        Some(Value::String(name)) => {
            errors.push(format!(
                "name {name:?} must be lower-case ASCII letters, digits and '-'"
            ));
            name.clone()
        }
        _ => {
            errors.push("\"name\" is required and must be a string".to_owned());
            String::new()
        }
    };
    let Some(text) = object.get("text").and_then(Value::as_str) else {
        errors.push("\"text\" is required and must be a string".to_owned());
        return Err(errors);
    };
    let Some(tokens) = parse_tokens(object.get("tokens"), text, &mut errors) else {
        return Err(errors);
    };
    let words = parse_index_map(object, "words", &tokens, &mut errors, |value, token| {
        let parts: Option<Vec<String>> = value.as_array().and_then(|parts| {
            parts
                .iter()
                .map(|part| part.as_str().filter(|s| !s.is_empty()).map(str::to_owned))
                .collect()
        });
        match parts {
            Some(parts) if parts.len() >= 2 && parts.concat() == token.text => Ok(parts),
            Some(parts) if parts.len() >= 2 => Err(format!(
                "words {parts:?} do not spell the token {:?}",
                token.text
            )),
            _ => Err("must be an array of at least two non-empty strings".to_owned()),
        }
    });
    let check_words = match object.get("check_words") {
        None => false,
        Some(Value::Bool(yes)) => *yes,
        Some(_) => {
            errors.push("\"check_words\" must be true or false".to_owned());
            false
        }
    };
    let norms = parse_index_map(object, "norms", &tokens, &mut errors, |value, _| {
        value
            .as_str()
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .ok_or_else(|| "must be a non-empty string".to_owned())
    });
    let sentences = match object.get("sentences") {
        None => None,
        Some(value) => {
            let list: Option<Vec<String>> = value.as_array().and_then(|items| {
                items
                    .iter()
                    .map(|item| item.as_str().map(str::to_owned))
                    .collect()
            });
            match list {
                Some(list) => {
                    if let Err(problem) = check_sentences_tile(text, &tokens, &list) {
                        errors.push(problem);
                    }
                    Some(list)
                }
                None => {
                    errors.push("\"sentences\" must be an array of strings".to_owned());
                    None
                }
            }
        }
    };
    let note = match object.get("note") {
        None => None,
        Some(Value::String(note)) => Some(note.clone()),
        Some(_) => {
            errors.push("\"note\" must be a string".to_owned());
            None
        }
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Vector {
        origin: origin.to_owned(),
        name,
        text: text.to_owned(),
        tokens,
        words,
        check_words,
        norms,
        sentences,
        note,
    })
}

/// Reads `tokens` and locates each token in `text`, left to right, with only
/// separators between them. `None` when the list is unusable.
fn parse_tokens(
    value: Option<&Value>,
    text: &str,
    errors: &mut Vec<String>,
) -> Option<Vec<ExpectedToken>> {
    let Some(items) = value.and_then(Value::as_array) else {
        errors.push("\"tokens\" is required and must be an array".to_owned());
        return None;
    };
    let mut tokens = Vec::with_capacity(items.len());
    let mut pos = 0;
    for (i, item) in items.iter().enumerate() {
        let pair = item.as_array().filter(|pair| pair.len() == 2);
        let (Some(surface), Some(kind)) = (
            pair.and_then(|p| p[0].as_str()),
            pair.and_then(|p| p[1].as_str()),
        ) else {
            errors.push(format!(
                "token #{i} must be a pair [\"surface\", \"kind\"], found {item}"
            ));
            return None;
        };
        if !KINDS.contains(&kind) {
            errors.push(format!(
                "token #{i} {surface:?} has unknown kind {kind:?} (known: {})",
                KINDS.join(", ")
            ));
        }
        if surface.is_empty() || surface.chars().any(is_separator) {
            errors.push(format!(
                "token #{i} {surface:?} is empty or contains a separator"
            ));
            return None;
        }
        pos = skip_separators(text, pos);
        if !text[pos..].starts_with(surface) {
            let found: String = text[pos..]
                .chars()
                .take(surface.chars().count() + 8)
                .collect();
            errors.push(format!(
                "token #{i} {surface:?} is not the next text: found {found:?} at byte {pos}"
            ));
            return None;
        }
        let span = Span::new(pos, pos + surface.len());
        pos = span.end;
        tokens.push(ExpectedToken {
            text: surface.to_owned(),
            kind: kind.to_owned(),
            span,
        });
    }
    pos = skip_separators(text, pos);
    if pos != text.len() {
        errors.push(format!(
            "the tokens do not cover the text: {:?} is left after the last token",
            &text[pos..]
        ));
        return None;
    }
    Some(tokens)
}

fn skip_separators(text: &str, mut pos: usize) -> usize {
    for c in text[pos..].chars() {
        if !is_separator(c) {
            break;
        }
        pos += c.len_utf8();
    }
    pos
}

/// Reads an optional object whose keys are token indices (`"words"`,
/// `"norms"`), checking each value with `check`.
fn parse_index_map<T>(
    object: &Map<String, Value>,
    field: &str,
    tokens: &[ExpectedToken],
    errors: &mut Vec<String>,
    check: impl Fn(&Value, &ExpectedToken) -> Result<T, String>,
) -> BTreeMap<usize, T> {
    let mut map = BTreeMap::new();
    let Some(value) = object.get(field) else {
        return map;
    };
    let Some(entries) = value.as_object() else {
        errors.push(format!(
            "\"{field}\" must be an object of token index -> value"
        ));
        return map;
    };
    for (key, value) in entries {
        let token = key
            .parse::<usize>()
            .ok()
            .and_then(|i| tokens.get(i).map(|t| (i, t)));
        let Some((i, token)) = token else {
            errors.push(format!(
                "\"{field}\": key {key:?} is not a token index below {}",
                tokens.len()
            ));
            continue;
        };
        match check(value, token) {
            Ok(checked) => {
                map.insert(i, checked);
            }
            Err(problem) => errors.push(format!("\"{field}\" of token #{i}: {problem}")),
        }
    }
    map
}

/// Checks that `sentences` cut the expected tokens into consecutive runs:
/// each sentence is the text from one token's start to a later token's end.
fn check_sentences_tile(
    text: &str,
    tokens: &[ExpectedToken],
    sentences: &[String],
) -> Result<(), String> {
    let mut next = 0;
    for (s, sentence) in sentences.iter().enumerate() {
        let Some(first) = tokens.get(next) else {
            return Err(format!(
                "sentence #{s} {sentence:?} is left over after the last token"
            ));
        };
        let start = first.span.start;
        let last = tokens[next..]
            .iter()
            .position(|t| t.span.end >= start + sentence.len())
            .map(|offset| next + offset);
        match last {
            Some(last) if text[start..tokens[last].span.end] == **sentence => next = last + 1,
            _ => {
                return Err(format!(
                    "sentence #{s} {sentence:?} is not the text of consecutive tokens from token #{next} {:?}",
                    first.text
                ))
            }
        }
    }
    if next != tokens.len() {
        return Err(format!(
            "the sentences stop before token #{next} {:?}; they must cover every token",
            tokens[next].text
        ));
    }
    Ok(())
}

fn vector_filter() -> Option<String> {
    std::env::var("TOKOH_VECTORS")
        .ok()
        .filter(|filter| !filter.is_empty())
}

#[test]
fn vector_files_are_well_formed() {
    let loaded = load();
    let mut report = String::new();
    for error in &loaded.errors {
        let _ = writeln!(report, "  {error}");
    }
    assert!(
        loaded.errors.is_empty(),
        "{} problem(s) in the test vectors under {}:\n{report}",
        loaded.errors.len(),
        vectors_dir().display()
    );
    assert!(
        !loaded.vectors.is_empty(),
        "no vectors found under {}",
        vectors_dir().display()
    );
    assert_eq!(loaded.vectors.len(), loaded.lines);
    assert!(loaded.files > 0);
}

#[test]
fn tokenizer_matches_vectors() {
    let loaded = load();
    let filter = vector_filter();
    let tokenizer = Tokenizer::new();
    let mut report = String::new();
    let mut run = 0;
    let mut failed = 0;
    // file -> (vectors run, vectors failed)
    let mut per_file: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for vector in &loaded.vectors {
        if filter
            .as_ref()
            .is_some_and(|f| !vector.name.contains(f.as_str()))
        {
            continue;
        }
        run += 1;
        let file = vector.origin.split(':').next().unwrap_or_default();
        let counts = per_file.entry(file).or_default();
        counts.0 += 1;
        let problems = check_vector(&tokenizer, vector);
        if problems.is_empty() {
            continue;
        }
        failed += 1;
        counts.1 += 1;
        let _ = writeln!(report, "FAIL {} {}", vector.origin, vector.name);
        let _ = writeln!(report, "  text: {:?}", vector.text);
        for problem in problems {
            let _ = writeln!(report, "  {problem}");
        }
        if let Some(note) = &vector.note {
            let _ = writeln!(report, "  note: {note}");
        }
        report.push('\n');
    }
    if loaded.skipped > 0 {
        let _ = writeln!(
            report,
            "{} vector line(s) could not be used and were skipped; see the test vector_files_are_well_formed",
            loaded.skipped
        );
    }
    if let Some(filter) = &filter {
        let _ = writeln!(report, "TOKOH_VECTORS={filter:?}: {run} vector(s) selected");
    }
    for (file, (total, bad)) in &per_file {
        let _ = writeln!(report, "  {file}: {} of {total} pass", total - bad);
    }
    assert!(
        failed == 0,
        "{failed} of {run} tokenizer vector(s) failed:\n\n{report}"
    );
}

/// Runs one vector; returns a description of every difference.
fn check_vector(tokenizer: &Tokenizer, vector: &Vector) -> Vec<String> {
    let text = vector.text.as_str();
    let tokens = match panic::catch_unwind(|| tokenizer.tokenize(text)) {
        Ok(tokens) => tokens,
        Err(payload) => return vec![format!("tokenize panicked: {}", panic_message(&*payload))],
    };
    let mut problems = Vec::new();

    // Surface tokens and kinds.
    let mut spans_ok = true;
    let actual: Vec<(&str, &str)> = tokens
        .iter()
        .map(|token| match token.span.get(text) {
            Some(surface) => (surface, token.kind.as_str()),
            None => {
                spans_ok = false;
                (
                    "<span outside the text or not on a char boundary>",
                    token.kind.as_str(),
                )
            }
        })
        .collect();
    let expected: Vec<(&str, &str)> = vector
        .tokens
        .iter()
        .map(|t| (t.text.as_str(), t.kind.as_str()))
        .collect();
    if actual != expected {
        let first = actual
            .iter()
            .zip(&expected)
            .position(|(a, e)| a != e)
            .unwrap_or(actual.len().min(expected.len()));
        problems.push(format!(
            "tokens differ from #{first}:\n    expected: {}\n    actual:   {}",
            show_tokens(&expected),
            show_tokens(&actual)
        ));
    }

    // Words and norms, for the actual token with the expected token's span.
    let by_span: HashMap<Span, &Token<'_>> = tokens.iter().map(|t| (t.span, t)).collect();
    for (i, expected_token) in vector.tokens.iter().enumerate() {
        let listed = vector.words.get(&i);
        let expected_words: Option<Vec<&str>> = match listed {
            Some(words) => Some(words.iter().map(String::as_str).collect()),
            None if vector.check_words => Some(vec![expected_token.text.as_str()]),
            None => None,
        };
        if let Some(expected_words) = expected_words {
            match by_span.get(&expected_token.span) {
                Some(token) => {
                    let actual_words = show_words(text, token);
                    if actual_words != expected_words {
                        problems.push(format!(
                            "words of token #{i} {:?}: expected {expected_words:?}, actual {actual_words:?}",
                            expected_token.text
                        ));
                    }
                }
                None if listed.is_some() => problems.push(format!(
                    "words of token #{i} {:?} not checked: no actual token has its span",
                    expected_token.text
                )),
                None => {}
            }
        }
        if let Some(expected_norm) = vector.norms.get(&i) {
            match by_span.get(&expected_token.span) {
                Some(token) if token.norm == expected_norm.as_str() => {}
                Some(token) => problems.push(format!(
                    "norm of token #{i} {:?}: expected {expected_norm:?}, actual {:?}",
                    expected_token.text, token.norm
                )),
                None => problems.push(format!(
                    "norm of token #{i} {:?} not checked: no actual token has its span",
                    expected_token.text
                )),
            }
        }
    }
    for (j, token) in tokens.iter().enumerate() {
        if let Err(problem) = words_tile(token) {
            problems.push(format!("words of actual token #{j}: {problem}"));
        }
    }

    // Sentences.
    if let Some(expected_sentences) = &vector.sentences {
        if spans_ok {
            match panic::catch_unwind(|| tokenizer.sentences(text, &tokens)) {
                Err(payload) => {
                    problems.push(format!("sentences panicked: {}", panic_message(&*payload)));
                }
                Ok(ranges) => match sentence_texts(text, &tokens, &ranges) {
                    Err(problem) => problems.push(format!("sentences: {problem}")),
                    Ok(actual_sentences) if actual_sentences != *expected_sentences => {
                        problems.push(format!(
                            "sentences differ:\n    expected: {expected_sentences:?}\n    actual:   {actual_sentences:?}"
                        ));
                    }
                    Ok(_) => {}
                },
            }
        } else {
            problems.push("sentences not checked: some token spans are invalid".to_owned());
        }
    }
    problems
}

fn show_tokens(tokens: &[(&str, &str)]) -> String {
    let shown: Vec<String> = tokens
        .iter()
        .map(|(surface, kind)| format!("{surface:?}:{kind}"))
        .collect();
    if shown.is_empty() {
        "(none)".to_owned()
    } else {
        shown.join(" ")
    }
}

fn show_words<'t>(text: &'t str, token: &Token<'_>) -> Vec<&'t str> {
    token
        .words()
        .iter()
        .map(|word| word.get(text).unwrap_or("<invalid span>"))
        .collect()
}

/// The words of a token must cover it exactly, in order, without gaps.
fn words_tile(token: &Token<'_>) -> Result<(), String> {
    let words = token.words();
    let mut at = token.span.start;
    for word in words {
        if word.start != at || word.end <= word.start {
            return Err(format!(
                "words {words:?} do not tile the token span {:?}",
                token.span
            ));
        }
        at = word.end;
    }
    if at != token.span.end {
        return Err(format!(
            "words {words:?} do not tile the token span {:?}",
            token.span
        ));
    }
    Ok(())
}

/// Each sentence's text, from its first token's start to its last token's
/// end, after checking that the ranges cover the tokens in order.
fn sentence_texts(
    text: &str,
    tokens: &[Token<'_>],
    ranges: &[Range<usize>],
) -> Result<Vec<String>, String> {
    let mut next = 0;
    let mut out = Vec::with_capacity(ranges.len());
    for range in ranges {
        if range.start != next || range.end <= range.start || range.end > tokens.len() {
            return Err(format!(
                "ranges {ranges:?} do not cover the {} tokens in order without gaps or empty sentences",
                tokens.len()
            ));
        }
        let span = Span::new(
            tokens[range.start].span.start,
            tokens[range.end - 1].span.end,
        );
        let sentence = span
            .get(text)
            .ok_or_else(|| format!("sentence span {span:?} is not in the text"))?;
        out.push(sentence.to_owned());
        next = range.end;
    }
    if next != tokens.len() {
        return Err(format!(
            "ranges {ranges:?} leave tokens from #{next} out of every sentence"
        ));
    }
    Ok(out)
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(message) = payload.downcast_ref::<&str>() {
        (*message).to_owned()
    } else if let Some(message) = payload.downcast_ref::<String>() {
        message.clone()
    } else {
        "(no message)".to_owned()
    }
}

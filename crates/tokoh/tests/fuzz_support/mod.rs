//! The checks of the fuzz targets, shared by the fuzz crate (`fuzz/`, which
//! includes this file by path) and by `fuzz_regressions.rs` (which replays
//! the committed corpus and every crash input through the same code under
//! `cargo test`).
//!
//! Each `check_*` function takes the raw bytes a fuzzer produces, decodes
//! them into an input, runs tokoh on it and returns a readable description
//! of the first invariant that does not hold. A panic inside tokoh is a
//! failure too: the fuzzer reports it, and the replay test catches it.
//!
//! The structured input of the `tag` target ([`TagCase`]) is decoded here by
//! hand rather than by the `arbitrary` crate, so that the replay needs no
//! dependency the core crate does not already have; the fuzz crate wraps
//! the decoder in an `Arbitrary` implementation.

#[path = "../common/mod.rs"]
pub mod common;

use std::collections::HashSet;
use std::sync::OnceLock;

use tokoh::{Entity, EntityKind, Gazetteer, GazetteerBuilder, Matcher, Mention, Role, Tokenizer};

/// The name every fuzzed gazetteer source is loaded under.
pub const SOURCE_NAME: &str = "fuzz.jsonl";

/// Upper bounds of the small gazetteers the `tag` target builds, so that one
/// fuzz input stays fast to run.
pub const MAX_ENTITIES: usize = 32;
/// At most this many forms of each field of one entity.
pub const MAX_FORMS: usize = 8;

/// Tokenizer options, from the low bits of a flags byte: bit 0 turns the
/// splitting of solid clitics off, bit 1 stops single line breaks from
/// ending sentences.
fn tokenizer_for(flags: u8) -> &'static Tokenizer {
    static TOKENIZERS: OnceLock<[Tokenizer; 4]> = OnceLock::new();
    let all = TOKENIZERS.get_or_init(|| {
        [0u8, 1, 2, 3].map(|bits| {
            Tokenizer::builder()
                .split_clitics(bits & 1 == 0)
                .line_breaks_end_sentences(bits & 2 == 0)
                .build()
        })
    });
    &all[usize::from(flags & 3)]
}

/// The matcher of the built-in gazetteer, compiled once per process.
fn builtin_matcher() -> &'static Matcher {
    static MATCHER: OnceLock<Matcher> = OnceLock::new();
    MATCHER.get_or_init(|| Matcher::new(Gazetteer::builtin().clone()))
}

/// `bytes` as text: as they are when they are UTF-8, else with every invalid
/// sequence replaced by U+FFFD (the input then still exercises the rest).
fn text_of(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

// ---------------------------------------------------------------------------
// The tokenizer target.

/// Tokenizes the input (a flags byte for the options, then the text) and
/// checks every invariant of the tokens and sentences, that tokenizing is
/// deterministic, and that `tokenize_into` over a reused vector agrees.
pub fn check_tokenize(data: &[u8]) -> Result<(), String> {
    let Some((&flags, rest)) = data.split_first() else {
        return Ok(());
    };
    let text = text_of(rest);
    let tokenizer = tokenizer_for(flags);
    let tokens = tokenizer.tokenize(&text);
    common::check_invariants(tokenizer, &text, &tokens)?;
    let mut reused = tokenizer.tokenize("Satu dua, tiga. Empat-nya!");
    tokenizer.tokenize_into(&text, &mut reused);
    if reused != tokens {
        return Err("tokenize_into over a reused vector differs from tokenize".into());
    }
    if tokenizer.tokenize(&text) != tokens {
        return Err("tokenizing twice gives different tokens".into());
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// The gazetteer loader target.

/// Loads the input as a gazetteer file and checks the outcome: on failure,
/// that every error names the file and a line of it; on success, that ids
/// are unique and found by `get`, that each entity survives a write and a
/// re-read unchanged, that loading the same file again replaces every
/// entity with one warning each, and that the matcher compiled from it finds
/// well-formed mentions in the entities' own names.
pub fn check_gazetteer_load(data: &[u8]) -> Result<(), String> {
    let lines = data.split(|&b| b == b'\n').count();
    let mut builder = GazetteerBuilder::new();
    if let Err(errors) = builder.load_jsonl_bytes(data, SOURCE_NAME) {
        for error in errors.iter() {
            let message = error.to_string();
            if !message.starts_with(SOURCE_NAME) {
                return Err(format!("the error {message:?} does not name the file"));
            }
            match error.line() {
                Some(line) if (1..=lines).contains(&line) => {}
                other => {
                    return Err(format!(
                        "the error {message:?} names line {other:?} of a file of {lines} lines"
                    ))
                }
            }
        }
        return Ok(());
    }
    let count = builder.len();
    let gazetteer = builder.build();
    if gazetteer.len() != count {
        return Err(format!(
            "the builder held {count} entities, the gazetteer {}",
            gazetteer.len()
        ));
    }
    let mut ids = HashSet::new();
    for (i, entity) in gazetteer.iter().enumerate() {
        if entity.id.trim().is_empty() || entity.name.trim().is_empty() {
            return Err(format!("entity {i} has a blank id or name: {entity:?}"));
        }
        if !ids.insert(entity.id.as_str()) {
            return Err(format!("the id {:?} is there twice", entity.id));
        }
        if gazetteer.position(&entity.id) != Some(i) {
            return Err(format!("position({:?}) is not {i}", entity.id));
        }
        let line = entity.to_json();
        match Entity::from_json(&line) {
            Ok(back) if &back == entity => {}
            Ok(back) => {
                return Err(format!(
                    "entity {i} changes through to_json: {entity:?} became {back:?}"
                ))
            }
            Err(e) => return Err(format!("entity {i} written as {line:?} is refused: {e}")),
        }
    }
    let mut twice = GazetteerBuilder::new();
    twice.add_gazetteer(&gazetteer);
    if let Err(e) = twice.load_jsonl_bytes(data, "again.jsonl") {
        return Err(format!("the same file loaded again is refused: {e}"));
    }
    if twice.len() != count || twice.warnings().len() != count {
        return Err(format!(
            "loading {count} entities again gave {} entities and {} warnings",
            twice.len(),
            twice.warnings().len()
        ));
    }
    let names: Vec<&str> = gazetteer.iter().map(|e| e.name.as_str()).collect();
    let text = names.join(". ");
    let matcher = Matcher::new(gazetteer);
    check_mentions(&matcher, &text, &matcher.find(&text))
}

// ---------------------------------------------------------------------------
// The tag target: tokenize + match on arbitrary text and small gazetteers.

/// One input of the `tag` target: tokenizer options, a small gazetteer (or
/// the built-in one) and a text.
///
/// Decoded from bytes by [`TagCase::decode`]: the first byte is the flags
/// (bits 0 and 1: tokenizer options as in `check_tokenize`; bit 2: use the
/// built-in gazetteer and the default tokenizer instead of the lines below;
/// bit 3: derive ids from names, so that they may clash), then up to the
/// first NUL byte one entity a line with tab-separated fields — the kind
/// (`p` person, `o` organization, anything else a place), the name, then
/// `|`-separated aliases, acronyms, short forms and role titles — or a line
/// `A<TAB>abbreviation` / `W<TAB>known word` for the tokenizer; after the
/// NUL, the text. Invalid UTF-8 becomes U+FFFD.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagCase {
    /// The flags byte.
    pub flags: u8,
    /// The entities of the small gazetteer.
    pub entities: Vec<Entity>,
    /// Extra abbreviations for the tokenizer.
    pub abbreviations: Vec<String>,
    /// Extra known words for the tokenizer.
    pub known_words: Vec<String>,
    /// The document.
    pub text: String,
}

impl TagCase {
    /// Decodes fuzzer bytes into a case (every byte string is a case).
    #[must_use]
    pub fn decode(data: &[u8]) -> TagCase {
        let (flags, rest) = match data.split_first() {
            Some((&flags, rest)) => (flags, rest),
            None => (0, data),
        };
        let (spec, text) = match rest.iter().position(|&b| b == 0) {
            Some(nul) => (&rest[..nul], &rest[nul + 1..]),
            None => (&rest[..0], rest),
        };
        let mut case = TagCase {
            flags,
            entities: Vec::new(),
            abbreviations: Vec::new(),
            known_words: Vec::new(),
            text: text_of(text),
        };
        for line in text_of(spec).lines() {
            let mut fields = line.split('\t');
            let head = fields.next().unwrap_or("");
            match head.chars().next() {
                Some('A') => case.abbreviations.extend(fields.next().map(str::to_owned)),
                Some('W') => case.known_words.extend(fields.next().map(str::to_owned)),
                _ if case.entities.len() < MAX_ENTITIES => {
                    let kind = match head.chars().next() {
                        Some('p') => EntityKind::Person,
                        Some('o') => EntityKind::Organization,
                        _ => EntityKind::Place,
                    };
                    let name = fields.next().unwrap_or("");
                    let id = if flags & 8 == 0 {
                        format!("e{}", case.entities.len())
                    } else {
                        name.to_lowercase()
                    };
                    let mut entity = Entity::new(id, kind, name);
                    let mut forms = || -> Vec<String> {
                        fields
                            .next()
                            .unwrap_or("")
                            .split('|')
                            .filter(|f| !f.is_empty())
                            .take(MAX_FORMS)
                            .map(str::to_owned)
                            .collect()
                    };
                    entity.aliases = forms();
                    entity.acronyms = forms();
                    entity.short = forms();
                    entity.roles = forms()
                        .into_iter()
                        .map(|title| {
                            let mut role = Role::new();
                            role.title = Some(title);
                            role
                        })
                        .collect();
                    case.entities.push(entity);
                }
                _ => {}
            }
        }
        case
    }

    /// The matcher of this case: the built-in one (bit 2 of the flags), or
    /// one compiled from the case's entities (those the builder refuses are
    /// left out) with a tokenizer of the case's options.
    #[must_use]
    pub fn matcher(&self) -> Option<Matcher> {
        if self.flags & 4 != 0 {
            return None;
        }
        let mut builder = Tokenizer::builder()
            .split_clitics(self.flags & 1 == 0)
            .line_breaks_end_sentences(self.flags & 2 == 0);
        for a in &self.abbreviations {
            builder = builder.abbreviation(a);
        }
        for w in &self.known_words {
            builder = builder.known_word(w);
        }
        let mut gazetteer = GazetteerBuilder::new();
        for entity in &self.entities {
            // Refused entities (blank names, clashing ids) are the loader
            // target's business; the rest is matched.
            let _ = gazetteer.add(entity.clone());
        }
        Some(Matcher::with_tokenizer(gazetteer.build(), builder.build()))
    }
}

/// Decodes a `tag` input and checks it with [`check_tag_case`].
pub fn check_tag(data: &[u8]) -> Result<(), String> {
    check_tag_case(&TagCase::decode(data))
}

/// Tags the case's text and checks the tokens (as in `check_tokenize`) and
/// the mentions (see [`check_mentions`]), and that `find` and
/// `find_in_tokens` agree and are deterministic.
pub fn check_tag_case(case: &TagCase) -> Result<(), String> {
    let own = case.matcher();
    let matcher = own.as_ref().unwrap_or_else(|| builtin_matcher());
    let text = &case.text;
    let tokens = matcher.tokenizer().tokenize(text);
    common::check_invariants(matcher.tokenizer(), text, &tokens)?;
    let mentions = matcher.find(text);
    check_mentions(matcher, text, &mentions)?;
    if matcher.find_in_tokens(text, &tokens) != mentions {
        return Err("find and find_in_tokens disagree".into());
    }
    if matcher.find(text) != mentions {
        return Err("matching twice gives different mentions".into());
    }
    Ok(())
}

/// Checks the mentions `matcher` found in `text`:
///
/// - each span is non-empty, inside the text, on char boundaries, and the
///   mentions are in order and never overlap;
/// - each starts at the start of a word of the tokenizer and ends at the
///   end of one (a mention never cuts a word);
/// - the entity and the candidates are entities of the gazetteer, the
///   candidates distinct and without the entity;
/// - `matched` is a form of the entity or of a candidate, of the kind `via`;
/// - a title is non-empty, on char boundaries and ends before its mention.
pub fn check_mentions(matcher: &Matcher, text: &str, mentions: &[Mention]) -> Result<(), String> {
    let gazetteer = matcher.gazetteer();
    let mut starts = HashSet::new();
    let mut ends = HashSet::new();
    for token in matcher.tokenizer().tokenize(text) {
        for word in token.words() {
            starts.insert(word.start);
            ends.insert(word.end);
        }
    }
    let mut previous_end = 0;
    for (i, m) in mentions.iter().enumerate() {
        let span = m.span;
        let at = || common::excerpt(text, span.start);
        if span.start >= span.end || text.get(span.range()).is_none() {
            return Err(format!(
                "mention {i} {span:?} is empty or off char boundaries"
            ));
        }
        if span.start < previous_end {
            return Err(format!(
                "mention {i} {span:?} starts before the previous one ends ({previous_end}), {}",
                at()
            ));
        }
        previous_end = span.end;
        if !starts.contains(&span.start) || !ends.contains(&span.end) {
            return Err(format!("mention {i} {span:?} cuts a word, {}", at()));
        }
        if m.entity >= gazetteer.len() {
            return Err(format!(
                "mention {i} names entity {} of {}",
                m.entity,
                gazetteer.len()
            ));
        }
        let mut seen = HashSet::new();
        for &c in &m.candidates {
            if c >= gazetteer.len() || c == m.entity || !seen.insert(c) {
                return Err(format!(
                    "mention {i}: bad candidates {:?} for entity {}",
                    m.candidates, m.entity
                ));
            }
        }
        if gazetteer.entities()[m.entity].form(m.via, m.form).is_none() {
            return Err(format!(
                "mention {i} {span:?}: {:?} form {} is no form of its entity, {}",
                m.via,
                m.form,
                at()
            ));
        }
        if let Some(title) = m.title {
            if title.start >= title.end
                || text.get(title.range()).is_none()
                || title.end > span.start
            {
                return Err(format!("mention {i} {span:?} has a bad title {title:?}"));
            }
        }
    }
    Ok(())
}

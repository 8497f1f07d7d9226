//! From automaton matches to mentions: boundary and case checks, longest
//! wins, short forms, ambiguity.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};

use aho_corasick::AhoCorasick;

use super::compile::{Compiled, Search, Written};
use super::hash::{IntMap, IntSet};
use super::mention::Mention;
use super::stream::{Stream, Word};
use super::titles;
use super::trie::Symbols;
use crate::gazetteer::{EntityKind, FormKind, Gazetteer};
use crate::text::Span;
use crate::tokenize::Token;

thread_local! {
    /// Each thread's buffers for a document's symbols, kept from one
    /// document to the next.
    static SYMBOLS: RefCell<Symbols> = RefCell::new(Symbols::default());

    /// Whether a pattern occurred in the last document this thread
    /// searched with a trie. The next one is then likely to have one too
    /// (a gazetteer with common words), and its key stream, which the
    /// mentions will need, is laid out first, its words looked up from it.
    static LAST_FOUND: Cell<bool> = const { Cell::new(false) };
}

/// Makes this thread's next search with a trie lay out the key stream
/// first (`true`) or look the words up first: the same mentions either way.
#[cfg(test)]
pub(crate) fn set_stream_first(yes: bool) {
    LAST_FOUND.with(|last| last.set(yes));
}

/// A pattern found at a run of words, with the targets whose case fits.
struct Candidate {
    first: usize,
    last: usize,
    pattern: usize,
    full: Vec<usize>,
    short: Vec<usize>,
}

/// Whether the document words `first..` are written as an acronym's words
/// (as written in the gazetteer, or in capitals).
fn case_fits(text: &str, words: &[Word], first: usize, case: &[Written]) -> bool {
    case.iter().enumerate().all(|(k, (written, upper))| {
        words
            .get(first + k)
            .and_then(|w| text.get(w.start..w.end))
            .is_some_and(|surface| surface == &**written || surface == &**upper)
    })
}

/// Every occurrence of a pattern of `automaton` in `stream` that starts at
/// a word, as (first word, pattern).
fn occurrences<'a>(
    automaton: &'a AhoCorasick,
    stream: &'a Stream,
) -> impl Iterator<Item = (usize, usize)> + 'a {
    automaton
        .find_overlapping_iter(&stream.bytes)
        .filter_map(|m| {
            // Patterns start with a separator, so a match starts at a word
            // or at a paragraph mark, which no pattern starts with.
            let first = stream.starts.binary_search(&m.start()).ok()?;
            Some((first, m.pattern().as_usize()))
        })
}

/// The candidates among `occurrences` (first word, pattern) of a
/// document's `words`, in the order given.
fn candidates(
    compiled: &Compiled,
    text: &str,
    words: &[Word],
    occurrences: impl IntoIterator<Item = (usize, usize)>,
) -> Vec<Candidate> {
    let mut found = Vec::new();
    for (first, pattern) in occurrences {
        let last = first + compiled.patterns[pattern].words as usize;
        if last > words.len() {
            continue;
        }
        let mut full = Vec::new();
        let mut short = Vec::new();
        for (t, target) in compiled.targets(pattern).iter().enumerate() {
            if let Some(case) = &target.case {
                if !case_fits(text, words, first, case) {
                    continue;
                }
            }
            if target.via == FormKind::Short {
                short.push(t);
            } else {
                full.push(t);
            }
        }
        if !full.is_empty() || !short.is_empty() {
            found.push(Candidate {
                first,
                last,
                pattern,
                full,
                short,
            });
        }
    }
    found
}

/// Picks non-overlapping candidates among `order` (indices into `cands`),
/// longest first and, among equals, leftmost first.
fn select(
    cands: &[Candidate],
    mut order: Vec<usize>,
    taken: &mut [bool],
    accept: impl Fn(&Candidate) -> bool,
) -> Vec<usize> {
    order.sort_by_key(|&i| {
        (
            std::cmp::Reverse(cands[i].last - cands[i].first),
            cands[i].first,
        )
    });
    let mut chosen = Vec::new();
    for i in order {
        let c = &cands[i];
        if taken[c.first..c.last].iter().any(|&t| t) || !accept(c) {
            continue;
        }
        taken[c.first..c.last].iter_mut().for_each(|t| *t = true);
        chosen.push(i);
    }
    chosen
}

pub(crate) fn find(
    gazetteer: &Gazetteer,
    compiled: &Compiled,
    text: &str,
    tokens: &[Token<'_>],
) -> Vec<Mention> {
    // With the trie, the words are usually looked up first, and the key
    // stream that the rest needs is laid out only when a pattern occurs:
    // in most documents, none does (see `LAST_FOUND` for the others).
    let Some(search) = &compiled.search else {
        return Vec::new();
    };
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut laid_out = None;
    if let Search::Words(trie) = search {
        if LAST_FOUND.with(Cell::get) {
            laid_out = Some(Stream::new(text, tokens));
        }
        SYMBOLS.with(|symbols| {
            let mut symbols = symbols.borrow_mut();
            match &laid_out {
                Some(stream) => trie.symbols_of_stream(stream, &mut symbols),
                None => trie.symbols(text, tokens, &mut symbols),
            }
            trie.for_each_match(&symbols, |first, pattern| {
                found.push((first, pattern as usize));
            });
            symbols.release_if_large();
        });
        LAST_FOUND.with(|last| last.set(!found.is_empty()));
        if found.is_empty() {
            return Vec::new();
        }
    }
    let stream = laid_out.unwrap_or_else(|| Stream::new(text, tokens));
    let cands = match search {
        Search::Words(_) => candidates(compiled, text, &stream.words, found),
        Search::Bytes(automaton) => candidates(
            compiled,
            text,
            &stream.words,
            occurrences(automaton, &stream),
        ),
    };
    if cands.is_empty() {
        return Vec::new();
    }
    let words = &stream.words[..];
    let mut taken = vec![false; words.len()];
    let full_order = (0..cands.len())
        .filter(|&i| !cands[i].full.is_empty())
        .collect();
    let mut chosen: Vec<(usize, bool)> = select(&cands, full_order, &mut taken, |_| true)
        .into_iter()
        .map(|i| (i, false))
        .collect();
    chosen.sort_by_key(|&(i, _)| cands[i].first);

    // Titles in front of names, seen through the full mentions found so far.
    let full_ranges: Vec<(usize, usize, u32)> = chosen
        .iter()
        .map(|&(i, _)| {
            let c = &cands[i];
            (
                c.first,
                c.last,
                compiled.targets(c.pattern)[c.full[0]].entity,
            )
        })
        .collect();
    let view = TitleView::new(gazetteer, text, words, &stream, &full_ranges);
    let fits = |entity: u32, at: usize| {
        titles::before(&view, at)
            .is_some_and(|(start, end)| view.role_fits(gazetteer, entity, start, end))
    };

    // Short forms: only after a full mention of the same entity, or right
    // after a title that fits one of its roles (`Menlu Blinken`).
    // Where each entity is first mentioned in full (`chosen` is in document
    // order). A map, not a list: a form may name thousands of entities.
    let mut first_full: IntMap<u32, usize> = IntMap::default();
    for &(i, _) in &chosen {
        let c = &cands[i];
        for &t in &c.full {
            first_full
                .entry(compiled.targets(c.pattern)[t].entity)
                .or_insert(c.first);
        }
    }
    let mentioned_before =
        |entity: u32, at: usize| first_full.get(&entity).is_some_and(|&start| start < at);
    let licensed = |entity: u32, at: usize| mentioned_before(entity, at) || fits(entity, at);
    let short_order = (0..cands.len())
        .filter(|&i| !cands[i].short.is_empty() && cands[i].full.is_empty())
        .collect();
    let shorts = select(&cands, short_order, &mut taken, |c| {
        c.short
            .iter()
            .any(|&t| licensed(compiled.targets(c.pattern)[t].entity, c.first))
    });
    chosen.extend(shorts.into_iter().map(|i| (i, true)));
    chosen.sort_by_key(|&(i, _)| cands[i].first);

    // Entities, in document order: an ambiguous form prefers the entity
    // mentioned already, else one whose role fits the title in front, else
    // the first in gazetteer order.
    let mut seen: IntSet<u32> = IntSet::default();
    let mut mentions = Vec::with_capacity(chosen.len());
    let mut ranges = Vec::with_capacity(chosen.len());
    for (i, is_short) in chosen {
        let c = &cands[i];
        let targets = compiled.targets(c.pattern);
        let pool: Cow<'_, [usize]> = if is_short {
            Cow::Owned(
                c.short
                    .iter()
                    .copied()
                    .filter(|&t| licensed(targets[t].entity, c.first))
                    .collect(),
            )
        } else {
            Cow::Borrowed(&c.full)
        };
        let Some(&pick) = pool
            .iter()
            .find(|&&t| seen.contains(&targets[t].entity))
            .or_else(|| {
                // The title in front is the same for every entity of the
                // pool: found once, then checked against each one's roles.
                let title = (pool.len() > 1)
                    .then(|| titles::before(&view, c.first))
                    .flatten()?;
                pool.iter()
                    .find(|&&t| view.role_fits(gazetteer, targets[t].entity, title.0, title.1))
            })
            .or_else(|| pool.first())
        else {
            continue;
        };
        let target = &targets[pick];
        seen.insert(target.entity);
        let candidates: Vec<usize> = if pool.len() > 1 {
            let mut listed: IntSet<u32> = IntSet::default();
            listed.insert(target.entity);
            pool.iter()
                .map(|&t| targets[t].entity)
                .filter(|&e| listed.insert(e))
                .map(|e| e as usize)
                .collect()
        } else {
            Vec::new()
        };
        ranges.push((c.first, c.last));
        mentions.push(Mention {
            span: Span::new(words[c.first].start, words[c.last - 1].end),
            entity: target.entity as usize,
            matched: target.matched(gazetteer).into(),
            via: target.via,
            title: None,
            candidates,
        });
    }
    attach_titles(gazetteer, text, words, &stream, &ranges, &mut mentions);
    mentions
}

/// The document's words as the title finder sees them.
struct TitleView<'a> {
    text: &'a str,
    words: &'a [Word],
    stream: &'a Stream,
    /// For each word index `end`, the first word of the mention of an
    /// organisation or place that ends right before it.
    institution_ending: Vec<Option<usize>>,
    /// For each word, the entity of the organisation or place mention it
    /// is in.
    institution: Vec<Option<u32>>,
    /// For each word, whether it is in the mention of a person.
    person: Vec<bool>,
}

impl titles::Words for TitleView<'_> {
    fn key(&self, i: usize) -> &str {
        self.stream.key(i)
    }

    fn capitalised(&self, i: usize) -> bool {
        let w = &self.words[i];
        self.text
            .get(w.start..w.end)
            .and_then(|s| s.chars().next())
            .is_some_and(char::is_uppercase)
    }

    fn in_person(&self, i: usize) -> bool {
        self.person.get(i).copied().unwrap_or(false)
    }

    fn mention_ending_at(&self, end: usize) -> Option<usize> {
        self.institution_ending.get(end).copied().flatten()
    }

    fn starts_paragraph(&self, i: usize) -> bool {
        self.stream.starts_paragraph(i)
    }
}

impl<'a> TitleView<'a> {
    /// The view of `words` with the mentions `(first word, end word, entity)`.
    fn new(
        gazetteer: &Gazetteer,
        text: &'a str,
        words: &'a [Word],
        stream: &'a Stream,
        mentions: &[(usize, usize, u32)],
    ) -> TitleView<'a> {
        let mut institution_ending = vec![None; words.len() + 1];
        let mut institution = vec![None; words.len()];
        let mut person = vec![false; words.len()];
        for &(first, end, entity) in mentions {
            if gazetteer.entities()[entity as usize].kind == EntityKind::Person {
                person[first..end].iter_mut().for_each(|p| *p = true);
            } else {
                institution_ending[end] = Some(first);
                institution[first..end]
                    .iter_mut()
                    .for_each(|e| *e = Some(entity));
            }
        }
        TitleView {
            text,
            words,
            stream,
            institution_ending,
            institution,
            person,
        }
    }

    /// Whether the title in words `start..end` fits a role of `entity`: the
    /// role's title is written in it (short forms such as `Menlu` read in
    /// full), and where both say a country or an organisation, they agree.
    fn role_fits(&self, gazetteer: &Gazetteer, entity: u32, start: usize, end: usize) -> bool {
        let entities = gazetteer.entities();
        let Some(person) = entities.get(entity as usize) else {
            return false;
        };
        let phrase = titles::phrase(
            (start..end)
                .filter(|&i| self.institution[i].is_none())
                .map(|i| self.stream.key(i)),
        );
        let inside: Vec<u32> = (start..end).filter_map(|i| self.institution[i]).collect();
        person.roles.iter().any(|role| {
            let Some(title) = &role.title else {
                return false;
            };
            let wanted = titles::phrase(
                crate::text::normalize(title)
                    .split_whitespace()
                    .map(|w| super::keys::key(w, false).into_owned())
                    .collect::<Vec<_>>()
                    .iter()
                    .map(String::as_str),
            );
            let says = format!(" {phrase} ");
            if wanted.is_empty() || !says.contains(&format!(" {wanted} ")) {
                return false;
            }
            if inside.is_empty() {
                return true;
            }
            inside.iter().any(|&e| {
                let institution = &entities[e as usize];
                role.org.as_deref() == Some(institution.id.as_str())
                    || (role.country.is_some() && role.country == institution.country)
            })
        })
    }
}

/// Sets the title of every person mention that has one in front.
fn attach_titles(
    gazetteer: &Gazetteer,
    text: &str,
    words: &[Word],
    stream: &Stream,
    ranges: &[(usize, usize)],
    mentions: &mut [Mention],
) {
    let all: Vec<(usize, usize, u32)> = mentions
        .iter()
        .zip(ranges)
        .map(|(m, &(first, end))| (first, end, u32::try_from(m.entity).unwrap_or(u32::MAX)))
        .collect();
    let view = TitleView::new(gazetteer, text, words, stream, &all);
    for (mention, &(first, _)) in mentions.iter_mut().zip(ranges) {
        if gazetteer.entities()[mention.entity].kind != EntityKind::Person {
            continue;
        }
        if let Some((start, end)) = titles::before(&view, first) {
            mention.title = Some(Span::new(words[start].start, words[end - 1].end));
        }
    }
}

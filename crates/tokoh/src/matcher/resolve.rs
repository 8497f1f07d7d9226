//! From automaton matches to mentions: boundary and case checks, longest
//! wins, short forms, ambiguity.

use std::borrow::Cow;
use std::cell::RefCell;

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
    /// Each thread's buffers for a document's symbols and words, kept from
    /// one document to the next.
    static SYMBOLS: RefCell<Symbols> = RefCell::new(Symbols::default());
}

/// A pattern found at a run of words, with the targets whose case fits:
/// those reached by a full form, then those reached by a short form, as
/// ranges of [`Candidates::targets`].
struct Candidate {
    first: usize,
    last: usize,
    pattern: usize,
    full: (u32, u32),
    short: (u32, u32),
}

/// A document's candidates, and the targets they keep (indices into their
/// pattern's targets), end to end: no allocation per candidate.
#[derive(Default)]
struct Candidates {
    list: Vec<Candidate>,
    targets: Vec<usize>,
}

impl Candidates {
    /// The targets of candidate `c` reached by a full form.
    fn full(&self, c: &Candidate) -> &[usize] {
        &self.targets[c.full.0 as usize..c.full.1 as usize]
    }

    /// The targets of candidate `c` reached by a short form.
    fn short(&self, c: &Candidate) -> &[usize] {
        &self.targets[c.short.0 as usize..c.short.1 as usize]
    }
}

/// Whether the document words `first..` are written as an acronym's words:
/// as written in the gazetteer, or in capitals.
fn case_fits(text: &str, words: &[Word], first: usize, case: &[Written]) -> bool {
    case.iter().enumerate().all(|(k, written)| {
        words
            .get(first + k)
            .and_then(|w| text.get(w.start..w.end))
            .is_some_and(|surface| {
                surface == &**written
                    || surface
                        .chars()
                        .eq(written.chars().flat_map(char::to_uppercase))
            })
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
) -> Candidates {
    let mut found = Candidates::default();
    let at = |targets: &Vec<usize>| u32::try_from(targets.len()).unwrap_or(u32::MAX);
    for (first, pattern) in occurrences {
        let last = first + compiled.patterns[pattern].words as usize;
        if last > words.len() {
            continue;
        }
        let targets = compiled.targets(pattern);
        let fits = |target: &super::compile::Target| {
            compiled
                .case(target)
                .is_none_or(|case| case_fits(text, words, first, case))
        };
        let start = at(&found.targets);
        for (t, target) in targets.iter().enumerate() {
            if target.via != FormKind::Short && fits(target) {
                found.targets.push(t);
            }
        }
        let middle = at(&found.targets);
        for (t, target) in targets.iter().enumerate() {
            if target.via == FormKind::Short && fits(target) {
                found.targets.push(t);
            }
        }
        let end = at(&found.targets);
        if end > start {
            found.list.push(Candidate {
                first,
                last,
                pattern,
                full: (start, middle),
                short: (middle, end),
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
    match &compiled.search {
        None => Vec::new(),
        Some(Search::Words(trie)) => {
            // The thread's buffers, taken for the document and put back.
            let mut symbols = SYMBOLS.with(|s| std::mem::take(&mut *s.borrow_mut()));
            trie.symbols(text, tokens, &mut symbols);
            let mut found: Vec<(usize, usize)> = Vec::new();
            trie.for_each_match(&symbols, |first, pattern| {
                found.push((first, pattern as usize));
            });
            let mentions = if found.is_empty() {
                Vec::new()
            } else {
                let cands = candidates(compiled, text, &symbols.words, found);
                resolve(gazetteer, compiled, text, tokens, &symbols.words, &cands)
            };
            symbols.release_if_large();
            SYMBOLS.with(|s| *s.borrow_mut() = symbols);
            mentions
        }
        Some(Search::Bytes(automaton)) => {
            let stream = Stream::new(text, tokens);
            let cands = candidates(
                compiled,
                text,
                &stream.words,
                occurrences(automaton, &stream),
            );
            resolve(gazetteer, compiled, text, tokens, &stream.words, &cands)
        }
    }
}

/// The mentions among the candidates `found` in the `words` of `text`
/// (tokenized as `tokens`).
fn resolve(
    gazetteer: &Gazetteer,
    compiled: &Compiled,
    text: &str,
    tokens: &[Token<'_>],
    words: &[Word],
    found: &Candidates,
) -> Vec<Mention> {
    let cands = &found.list[..];
    if cands.is_empty() {
        return Vec::new();
    }
    let mut taken = vec![false; words.len()];
    let full_order = (0..cands.len())
        .filter(|&i| !found.full(&cands[i]).is_empty())
        .collect();
    let mut chosen: Vec<(usize, bool)> = select(cands, full_order, &mut taken, |_| true)
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
                compiled.targets(c.pattern)[found.full(c)[0]].entity,
            )
        })
        .collect();
    let view = TitleView::new(gazetteer, text, tokens, words, &full_ranges);
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
        for &t in found.full(c) {
            first_full
                .entry(compiled.targets(c.pattern)[t].entity)
                .or_insert(c.first);
        }
    }
    let mentioned_before =
        |entity: u32, at: usize| first_full.get(&entity).is_some_and(|&start| start < at);
    let licensed = |entity: u32, at: usize| mentioned_before(entity, at) || fits(entity, at);
    let short_order = (0..cands.len())
        .filter(|&i| !found.short(&cands[i]).is_empty() && found.full(&cands[i]).is_empty())
        .collect();
    let shorts = select(cands, short_order, &mut taken, |c| {
        found
            .short(c)
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
                found
                    .short(c)
                    .iter()
                    .copied()
                    .filter(|&t| licensed(targets[t].entity, c.first))
                    .collect(),
            )
        } else {
            Cow::Borrowed(found.full(c))
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
            via: target.via,
            form: target.form as usize,
            title: None,
            candidates,
        });
    }
    attach_titles(gazetteer, text, tokens, words, &ranges, &mut mentions);
    mentions
}

/// The document's words as the title finder sees them.
struct TitleView<'a> {
    text: &'a str,
    tokens: &'a [Token<'a>],
    words: &'a [Word],
    /// The mentions so far as (first word, end word, entity, whether a
    /// person), in document order and never overlapping.
    mentions: Vec<(usize, usize, u32, bool)>,
}

impl titles::Words for TitleView<'_> {
    fn key(&self, i: usize) -> Cow<'_, str> {
        self.words
            .get(i)
            .map_or(Cow::Borrowed(""), |w| w.key(self.text, self.tokens))
    }

    fn capitalised(&self, i: usize) -> bool {
        let w = &self.words[i];
        self.text
            .get(w.start..w.end)
            .and_then(|s| s.chars().next())
            .is_some_and(char::is_uppercase)
    }

    fn in_person(&self, i: usize) -> bool {
        self.mention_at(i).is_some_and(|m| m.3)
    }

    fn mention_ending_at(&self, end: usize) -> Option<usize> {
        let k = self.mentions.partition_point(|m| m.1 < end);
        self.mentions
            .get(k)
            .filter(|m| m.1 == end && !m.3)
            .map(|m| m.0)
    }

    fn starts_paragraph(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| w.paragraph)
    }
}

impl<'a> TitleView<'a> {
    /// The view of `words` with the mentions `(first word, end word,
    /// entity)`, in document order.
    fn new(
        gazetteer: &Gazetteer,
        text: &'a str,
        tokens: &'a [Token<'a>],
        words: &'a [Word],
        mentions: &[(usize, usize, u32)],
    ) -> TitleView<'a> {
        let entities = gazetteer.entities();
        TitleView {
            text,
            tokens,
            words,
            mentions: mentions
                .iter()
                .map(|&(first, end, entity)| {
                    let person = entities
                        .get(entity as usize)
                        .is_some_and(|e| e.kind == EntityKind::Person);
                    (first, end, entity, person)
                })
                .collect(),
        }
    }

    /// The mention word `i` is in, if any.
    fn mention_at(&self, i: usize) -> Option<&(usize, usize, u32, bool)> {
        let k = self.mentions.partition_point(|m| m.0 <= i);
        k.checked_sub(1)
            .map(|k| &self.mentions[k])
            .filter(|m| i < m.1)
    }

    /// The entity of the organisation or place mention word `i` is in.
    fn institution(&self, i: usize) -> Option<u32> {
        self.mention_at(i).filter(|m| !m.3).map(|m| m.2)
    }

    /// Whether the title in words `start..end` fits a role of `entity`: the
    /// role's title is written in it (short forms such as `Menlu` read in
    /// full), and where both say a country or an organisation, they agree.
    fn role_fits(&self, gazetteer: &Gazetteer, entity: u32, start: usize, end: usize) -> bool {
        let entities = gazetteer.entities();
        let Some(person) = entities.get(entity as usize) else {
            return false;
        };
        let keys: Vec<Cow<'_, str>> = (start..end)
            .filter(|&i| self.institution(i).is_none())
            .map(|i| titles::Words::key(self, i))
            .collect();
        let phrase = titles::phrase(keys.iter().map(AsRef::as_ref));
        let inside: Vec<u32> = (start..end).filter_map(|i| self.institution(i)).collect();
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
    tokens: &[Token<'_>],
    words: &[Word],
    ranges: &[(usize, usize)],
    mentions: &mut [Mention],
) {
    let entities = gazetteer.entities();
    if !mentions
        .iter()
        .any(|m| entities[m.entity].kind == EntityKind::Person)
    {
        return;
    }
    let all: Vec<(usize, usize, u32)> = mentions
        .iter()
        .zip(ranges)
        .map(|(m, &(first, end))| (first, end, u32::try_from(m.entity).unwrap_or(u32::MAX)))
        .collect();
    let view = TitleView::new(gazetteer, text, tokens, words, &all);
    for (mention, &(first, _)) in mentions.iter_mut().zip(ranges) {
        if entities[mention.entity].kind != EntityKind::Person {
            continue;
        }
        if let Some((start, end)) = titles::before(&view, first) {
            mention.title = Some(Span::new(words[start].start, words[end - 1].end));
        }
    }
}

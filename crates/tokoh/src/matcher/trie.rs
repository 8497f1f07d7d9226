//! A trie over words: the automaton the matcher searches a document's key
//! stream with.
//!
//! A key stream (see `stream`) is a run of symbols, each the bytes between
//! two separators: the key of a word, or the paragraph mark. Every distinct
//! symbol of a gazetteer form gets an id (the vocabulary), each form is the
//! path of its ids from the root, and the state a form ends at names its
//! pattern. A document's symbols are looked up once each, one hash of the
//! key's bytes (a symbol no form has cannot take part in a match), and the
//! trie is walked from every word: a walk stops at the first word no
//! pattern continues with, so it is as long as the longest form that
//! starts there, and usually one step. This finds exactly the occurrences
//! an Aho-Corasick search for the byte strings `␟k1␟…␟kn␟` finds, from a
//! trie with one state per distinct word prefix of the forms instead of
//! one per byte.

use super::hash::IntMap;
use super::keys;
#[cfg(test)]
use super::stream::Stream;
use super::stream::{each_word, Word, PARAGRAPH, SEP};
use super::vocabulary::Vocabulary;
use crate::tokenize::Token;

/// No state, no pattern, no word: the value of an empty slot.
const NONE: u32 = u32::MAX;

/// The root state.
const ROOT: u32 = 0;

/// The key of the edge from `state` by the symbol `word`.
#[inline]
fn edge(state: u32, word: u32) -> u64 {
    (u64::from(state) << 32) | u64::from(word)
}

/// The symbols of a key stream, in order: the bytes between each separator
/// and the next.
fn symbols(bytes: &[u8]) -> impl Iterator<Item = (usize, &[u8])> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        // `at` is a separator; the symbol runs to the next one, and the
        // last separator of the stream starts no symbol.
        let start = at + 1;
        if start >= bytes.len() {
            return None;
        }
        let len = bytes[start..]
            .iter()
            .position(|&b| b == SEP)
            .unwrap_or(bytes.len() - start);
        let separator = at;
        at = start + len;
        Some((separator, &bytes[start..start + len]))
    })
}

/// A trie over the symbols of a key stream. Build it with
/// [`WordTrie::intern`] and [`WordTrie::insert`]; search with
/// [`WordTrie::for_each_match`].
#[derive(Debug, Clone)]
pub(crate) struct WordTrie {
    /// The id of every symbol of a form.
    vocabulary: Vocabulary,
    /// For each symbol id, the state the root goes to by it, or [`NONE`].
    roots: Vec<u32>,
    /// The other edges while the trie is built, by [`edge`]; empty once
    /// [`WordTrie::shrink_to_fit`] has laid them out in `out`, `labels`
    /// and `targets`.
    edges: IntMap<u64, u32>,
    /// The edges of the finished trie, state by state: those leaving state
    /// `s` are `out[s]..out[s + 1]` of `labels` (their words, in order) and
    /// `targets` (the states they go to). Empty while the trie is built.
    out: Vec<u32>,
    labels: Vec<u32>,
    targets: Vec<u32>,
    /// For each state, the pattern that ends there, or [`NONE`].
    patterns: Vec<u32>,
    /// For each state, whether any edge leaves it.
    branches: Vec<bool>,
}

impl Default for WordTrie {
    fn default() -> WordTrie {
        WordTrie {
            vocabulary: Vocabulary::default(),
            roots: Vec::new(),
            edges: IntMap::default(),
            out: Vec::new(),
            labels: Vec::new(),
            targets: Vec::new(),
            patterns: vec![NONE],
            branches: vec![false],
        }
    }
}

impl WordTrie {
    /// The id of the symbol `bytes`, given a new one if it has none.
    pub(crate) fn intern(&mut self, bytes: &[u8]) -> u32 {
        let id = self.vocabulary.intern(bytes);
        if id as usize == self.roots.len() {
            self.roots.push(NONE);
        }
        id
    }

    /// The ids of the symbols of the key stream `bytes`, each interned.
    pub(crate) fn intern_stream(&mut self, bytes: &[u8], out: &mut Vec<u32>) {
        out.clear();
        for (_, symbol) in symbols(bytes) {
            out.push(self.intern(symbol));
        }
    }

    /// The key stream of the symbols `ids`: each preceded by the
    /// separator, and one more at the end.
    pub(crate) fn stream_of(&self, ids: &[u32]) -> Vec<u8> {
        let mut out = vec![SEP];
        for &id in ids {
            out.extend_from_slice(self.vocabulary.symbol(id));
            out.push(SEP);
        }
        out
    }

    /// A new state, with no edge and no pattern.
    fn new_state(&mut self) -> u32 {
        let state = u32::try_from(self.patterns.len()).unwrap_or(NONE);
        self.patterns.push(NONE);
        self.branches.push(false);
        state
    }

    /// The state the path `words` (interned ids, at least one) ends at,
    /// made where missing.
    pub(crate) fn insert(&mut self, words: &[u32]) -> u32 {
        let Some((&first, rest)) = words.split_first() else {
            return ROOT;
        };
        self.unfreeze();
        let mut state = match self.roots[first as usize] {
            NONE => {
                let next = self.new_state();
                self.roots[first as usize] = next;
                self.branches[ROOT as usize] = true;
                next
            }
            next => next,
        };
        for &word in rest {
            state = match self.edges.get(&edge(state, word)) {
                Some(&next) => next,
                None => {
                    let next = self.new_state();
                    self.edges.insert(edge(state, word), next);
                    self.branches[state as usize] = true;
                    next
                }
            };
        }
        state
    }

    /// The pattern that ends at `state`, if any.
    pub(crate) fn pattern(&self, state: u32) -> Option<u32> {
        let pattern = self.patterns[state as usize];
        (pattern != NONE).then_some(pattern)
    }

    /// Makes `pattern` the one that ends at `state`.
    pub(crate) fn set_pattern(&mut self, state: u32, pattern: u32) {
        self.patterns[state as usize] = pattern;
    }

    /// Gives back the room the tables grew into while being built, and
    /// lays the edges out state by state: 8 bytes an edge instead of a hash
    /// table's 20 to 40, and the one edge most states have is found without
    /// hashing.
    pub(crate) fn shrink_to_fit(&mut self) {
        self.vocabulary.shrink_to_fit();
        self.roots.shrink_to_fit();
        self.patterns.shrink_to_fit();
        self.branches.shrink_to_fit();
        self.unfreeze();
        let mut edges: Vec<(u64, u32)> = self.edges.drain().collect();
        edges.sort_unstable_by_key(|&(key, _)| key);
        self.edges = IntMap::default();
        let states = self.patterns.len();
        let mut out = Vec::with_capacity(states + 1);
        let mut labels = Vec::with_capacity(edges.len());
        let mut targets = Vec::with_capacity(edges.len());
        let mut k = 0;
        for state in 0..states {
            out.push(u32::try_from(labels.len()).unwrap_or(NONE));
            while let Some(&(key, next)) = edges.get(k) {
                if (key >> 32) as usize != state {
                    break;
                }
                #[allow(clippy::cast_possible_truncation)]
                labels.push(key as u32);
                targets.push(next);
                k += 1;
            }
        }
        out.push(u32::try_from(labels.len()).unwrap_or(NONE));
        self.out = out;
        self.labels = labels;
        self.targets = targets;
    }

    /// Puts the laid-out edges back into the table, so that more forms can
    /// be inserted.
    fn unfreeze(&mut self) {
        if self.out.is_empty() {
            return;
        }
        for state in 0..self.out.len() - 1 {
            let (a, b) = (self.out[state] as usize, self.out[state + 1] as usize);
            for k in a..b {
                #[allow(clippy::cast_possible_truncation)]
                self.edges
                    .insert(edge(state as u32, self.labels[k]), self.targets[k]);
            }
        }
        self.out = Vec::new();
        self.labels = Vec::new();
        self.targets = Vec::new();
    }

    /// The state `state` goes to by the word `word`, or [`NONE`].
    #[inline]
    fn next(&self, state: u32, word: u32) -> u32 {
        if self.out.is_empty() {
            return self.edges.get(&edge(state, word)).copied().unwrap_or(NONE);
        }
        let s = state as usize;
        let (a, b) = (self.out[s] as usize, self.out[s + 1] as usize);
        let labels = &self.labels[a..b];
        let found = if labels.len() <= 8 {
            labels.iter().position(|&l| l == word)
        } else {
            labels.binary_search(&word).ok()
        };
        found.map_or(NONE, |k| self.targets[a + k])
    }

    /// The symbols of the document `text` (tokenized as `tokens`) as ids,
    /// and its words, into `out`: each word's key looked up once (most
    /// keys are the word's normal form itself and are looked up without a
    /// copy), and the paragraph marks between them. The same symbols as
    /// those of the key stream `Stream::new` lays out, without laying it
    /// out.
    pub(crate) fn symbols(&self, text: &str, tokens: &[Token<'_>], out: &mut Symbols) {
        out.ids.clear();
        out.word_of.clear();
        out.words.clear();
        let mark = self.vocabulary.get(&[PARAGRAPH]).unwrap_or(NONE);
        let mut key: Vec<u8> = Vec::new();
        each_word(text, tokens, |word, norm| {
            if word.paragraph {
                out.ids.push(mark);
                out.word_of.push(NONE);
            }
            let id = if keys::is_own_key(norm, word.abbreviation) {
                self.vocabulary.get(norm.as_bytes())
            } else {
                key.clear();
                keys::push_key(norm, word.abbreviation, &mut key);
                self.vocabulary.get(&key)
            };
            out.ids.push(id.unwrap_or(NONE));
            out.word_of
                .push(u32::try_from(out.words.len()).unwrap_or(NONE));
            out.words.push(word);
        });
    }

    /// Calls `found(first word, pattern)` for every occurrence of every
    /// pattern in `symbols` (see [`WordTrie::symbols`]) that starts at a
    /// word (not at a paragraph mark), overlapping ones included, by start.
    pub(crate) fn for_each_match(&self, symbols: &Symbols, mut found: impl FnMut(usize, u32)) {
        let ids = &symbols.ids;
        for (s, (&id, &word)) in ids.iter().zip(&symbols.word_of).enumerate() {
            if id == NONE || word == NONE {
                continue;
            }
            let mut state = self.roots[id as usize];
            let mut next = s + 1;
            while state != NONE {
                let pattern = self.patterns[state as usize];
                if pattern != NONE {
                    found(word as usize, pattern);
                }
                if !self.branches[state as usize] {
                    break;
                }
                let Some(&id) = ids.get(next).filter(|&&id| id != NONE) else {
                    break;
                };
                state = self.next(state, id);
                next += 1;
            }
        }
    }
}

/// A document's symbols as a [`WordTrie`] sees them: for each, its id
/// ([`NONE`] when no form has it) and its word ([`NONE`] for a paragraph
/// mark). Reusable from document to document.
#[derive(Debug, Default)]
pub(crate) struct Symbols {
    ids: Vec<u32>,
    word_of: Vec<u32>,
    /// The document's words, in order.
    pub(crate) words: Vec<Word>,
}

impl Symbols {
    /// The most symbols whose room is kept for the next document (a
    /// long news article has a few thousand).
    const KEEP: usize = 1 << 16;

    /// Gives back the room of an unusually long document, so that a
    /// thread that met one does not hold it.
    pub(crate) fn release_if_large(&mut self) {
        if self.ids.capacity() > Symbols::KEEP {
            *self = Symbols::default();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::Tokenizer;

    /// A trie of `forms` (their key streams), each form its own pattern in
    /// order, and the matches in `text` as (first word, pattern).
    fn matches(forms: &[&str], text: &str) -> Vec<(usize, u32)> {
        let tokenizer = Tokenizer::new();
        let mut trie = WordTrie::default();
        let mut ids = Vec::new();
        for (p, form) in forms.iter().enumerate() {
            let tokens = tokenizer.tokenize(form);
            trie.intern_stream(&Stream::new(form, &tokens).bytes, &mut ids);
            let state = trie.insert(&ids);
            trie.set_pattern(state, u32::try_from(p).expect("few forms"));
        }
        let tokens = tokenizer.tokenize(text);
        let search = |trie: &WordTrie| {
            let mut symbols = Symbols::default();
            trie.symbols(text, &tokens, &mut symbols);
            let mut found = Vec::new();
            trie.for_each_match(&symbols, |w, p| found.push((w, p)));
            found
        };
        // The edges in the table while the trie is built, laid out once
        // it is finished, and back in the table for one more form.
        let building = search(&trie);
        trie.shrink_to_fit();
        assert_eq!(search(&trie), building, "{forms:?} in {text:?}");
        let tokens_of_extra = tokenizer.tokenize("zz yy");
        trie.intern_stream(&Stream::new("zz yy", &tokens_of_extra).bytes, &mut ids);
        let state = trie.insert(&ids);
        trie.set_pattern(state, u32::MAX - 1);
        let with_extra = search(&trie);
        trie.shrink_to_fit();
        assert_eq!(search(&trie), with_extra, "{forms:?} in {text:?}");
        assert_eq!(with_extra, building, "{forms:?} in {text:?}");
        building
    }

    /// Forms, a text, and the matches expected in it.
    type Case<'a> = (&'a [&'a str], &'a str, &'a [(usize, u32)]);

    #[test]
    fn matches_table() {
        let cases: &[Case<'_>] = &[
            (&["Bali"], "ke Bali, bukan Balikpapan", &[(1, 0)]),
            (
                &["Gedung Putih", "Dewan Keamanan Nasional Gedung Putih"],
                "Dewan Keamanan Nasional Gedung Putih",
                &[(0, 1), (3, 0)],
            ),
            (&["a b", "b c", "a b c"], "a b c", &[(0, 0), (0, 2), (1, 1)]),
            (&["Satu Dua"], "Satu\n\nDua Satu Dua", &[(2, 0)]),
            (&["KPK"], "KPK-nya", &[(0, 0)]),
            (&["Soeharto"], "Suharto", &[(0, 0)]),
            (
                // A state with more edges than are searched one by one.
                &[
                    "a satu",
                    "a dua",
                    "a tiga",
                    "a empat",
                    "a lima",
                    "a enam",
                    "a tujuh",
                    "a delapan",
                    "a sembilan",
                    "a sepuluh",
                    "a sebelas",
                    "a duabelas",
                ],
                "a sebelas a tiga a nol",
                &[(0, 10), (2, 2)],
            ),
            (&["x"], "", &[]),
            (&[], "x", &[]),
        ];
        for (forms, text, expected) in cases {
            assert_eq!(matches(forms, text), *expected, "{forms:?} in {text:?}");
        }
    }

    #[test]
    fn symbols_from_the_tokens_and_from_the_stream_agree() {
        let tokenizer = Tokenizer::new();
        let mut trie = WordTrie::default();
        let mut ids = Vec::new();
        for (p, form) in ["Satu\n\nDua", "Tbk.", "KPK", "rumah", "Soeharto", "é"]
            .iter()
            .enumerate()
        {
            let tokens = tokenizer.tokenize(form);
            trie.intern_stream(&Stream::new(form, &tokens).bytes, &mut ids);
            let state = trie.insert(&ids);
            trie.set_pattern(state, u32::try_from(p).expect("few forms"));
        }
        let texts = [
            "",
            "Satu\n\nDua satu dua",
            "KPK-nya rumahnya, Tbk. Mérida DPR-RI\n\n\nSuharto",
            "\u{301} x \u{301}\n\n\u{301}",
            "a\n\nb\n\nc",
        ];
        for text in texts {
            let tokens = tokenizer.tokenize(text);
            let mut from_tokens = Symbols::default();
            trie.symbols(text, &tokens, &mut from_tokens);
            // The stream's symbols, each looked up.
            let stream = Stream::new(text, &tokens);
            let from_stream: Vec<u32> = symbols(&stream.bytes)
                .map(|(_, symbol)| trie.vocabulary.get(symbol).unwrap_or(NONE))
                .collect();
            assert_eq!(from_tokens.ids, from_stream, "{text:?}");
            let spans = |words: &[Word]| -> Vec<(usize, usize, bool)> {
                words
                    .iter()
                    .map(|w| (w.start, w.end, w.paragraph))
                    .collect()
            };
            assert_eq!(spans(&from_tokens.words), spans(&stream.words), "{text:?}");
            let marks = from_tokens.word_of.iter().filter(|&&w| w == NONE).count();
            assert_eq!(marks, stream.words.iter().filter(|w| w.paragraph).count());
        }
    }

    #[test]
    fn symbols_split_on_separators() {
        let bytes = [SEP, b'a', SEP, b'\n', SEP, SEP, b'b', b'c', SEP];
        let found: Vec<(usize, &[u8])> = symbols(&bytes).collect();
        assert_eq!(found, [(0, &b"a"[..]), (2, b"\n"), (4, b""), (5, b"bc")]);
        assert_eq!(symbols(&[SEP]).count(), 0);
    }
}

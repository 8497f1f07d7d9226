//! The audit of ambiguous forms: every form of the built-in gazetteer that
//! two entities share, or that is also an ordinary word, a common given name
//! or a very short abbreviation, and how the matcher treats it.
//!
//! "The same form" is what the matcher cannot tell apart: two forms are the
//! same when tokoh's own [`Matcher`] finds one as the whole of the other (its
//! match keys fold case, accents, the old spelling and `Kementrian`), so the
//! audit never reimplements the normalisation. A form is flagged when
//!
//! - two or more entities carry it (`shared`);
//! - it is one word of the tokenizer's lexicon of ordinary words
//!   (`stems.txt`);
//! - it is one or two letters: many abbreviations and words read the same;
//! - it is a bare region name that a rule of [`crate::regions::bare`]
//!   matches only capitalised or only in context (`Malang`, `Batu Bara`);
//! - it is in [`KNOWN`], a table of ordinary words and common given names
//!   the lexicon lacks, each with its other meaning.
//!
//! Each flagged form is listed once per entity with its handling: `alias`
//! (a name or alias, matched in any letter case), `acronym` (only as written
//! or in capitals), `short` (only after a full mention of the entity or a
//! title that fits one of its roles); a bare region name says which rule of
//! [`crate::regions::bare`] made it so, and a short form that another
//! entity has as a full form is marked as never matched (the full form
//! always wins). An `alias` that is a common word (any of the word flags
//! above) or that another entity also has as a full form needs a reason
//! recorded in the data: the entity's `description` quotes the form
//! (`'MA'`), [`ALLOWED`] lists it with a one-line reason, or the entities
//! are regions of one name ([`REGION_NAMESAKES`]). The listing is committed
//! as `AMBIGUOUS.tsv` beside the gazetteer files; a test fails when it
//! differs from a fresh audit, and when an alias lacks its reason.
//!
//! ```text
//! cargo run -p tokoh-data -- audit    # rewrite AMBIGUOUS.tsv, list the aliases without a reason
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use tokoh::{Entity, EntityKind, FormKind, Gazetteer, Matcher};

use crate::lexicon::Lexicon;
use crate::regions::bare::{self, Reason};
use crate::{Error, Layout};

/// The listing's file name, in the gazetteer directory.
pub const FILE_NAME: &str = "AMBIGUOUS.tsv";

/// The command that writes the listing, for its header.
pub const COMMAND: &str = "cargo run -p tokoh-data -- audit";

/// Ordinary words and common given names that the lexicon does not hold
/// (it keeps words of three letters or more that the corpus tags as proper
/// nouns less than half of the time), with their other meaning. Compared
/// with the form in lower case.
pub const KNOWN: &[(&str, &str)] = &[
    (
        "agung",
        "ordinary word 'great' (Masjid Agung, Jaksa Agung); common given name",
    ),
    ("ali", "common given name"),
    ("amin", "ordinary word 'amen'; common given name"),
    ("anwar", "common given name (Anwar Ibrahim, Anwar Usman)"),
    ("arif", "ordinary word 'wise'; common given name"),
    ("bambang", "common given name"),
    ("bin", "'son of' in names (Ahmad bin Ali)"),
    (
        "budi",
        "ordinary word 'virtue' (budi pekerti); common given name",
    ),
    ("dewi", "ordinary word 'goddess'; common given name"),
    ("eka", "ordinary prefix 'one' (eka-); common given name"),
    ("hadi", "common given name"),
    ("hasan", "common given name"),
    ("indah", "ordinary word 'beautiful'; common given name"),
    ("joko", "common given name"),
    ("kim", "the most common Korean family name"),
    ("lee", "a very common Korean and Chinese family name"),
    ("mega", "ordinary prefix 'mega-' (megaproyek); given name"),
    ("mohamed", "common given name"),
    ("muhammad", "the most common given name"),
    ("pierre", "common French given name"),
    ("putra", "ordinary word 'son'; common given name"),
    (
        "putri",
        "ordinary word 'daughter, princess'; common given name",
    ),
    ("rahman", "common given name"),
    ("sari", "ordinary word 'essence'; common given name"),
    ("sri", "honorific and common given name"),
    ("wahyu", "ordinary word 'revelation'; common given name"),
    (
        "widodo",
        "common given or family name (not only Joko Widodo)",
    ),
];

/// Flagged forms matched in any case that may stay so, with the reason;
/// compared with the form as written.
pub const ALLOWED: &[(&str, &str)] = &[(
    "Aceh",
    "the province; in the lexicon only from the dish 'mi aceh', which news writes in lower case",
)];

/// How the matcher treats a form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Handling {
    /// A name or alias: matched in any letter case.
    Alias,
    /// An acronym: matched only as written or in capitals.
    Acronym,
    /// A short form: matched only after a full mention of the entity in the
    /// same document, or right after a title that fits one of its roles.
    Short,
}

impl Handling {
    /// The handling of a form of this kind.
    #[must_use]
    pub const fn of(kind: FormKind) -> Handling {
        match kind {
            FormKind::Name | FormKind::Alias => Handling::Alias,
            FormKind::Acronym => Handling::Acronym,
            FormKind::Short => Handling::Short,
        }
    }

    /// The word in the listing.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Handling::Alias => "alias",
            Handling::Acronym => "acronym",
            Handling::Short => "short",
        }
    }
}

/// Why a form is flagged.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Flag {
    /// Carried by this many entities.
    Shared(usize),
    /// An ordinary word (or a short phrase of them) of the lexicon.
    Lexicon,
    /// One or two letters.
    Letters,
    /// Listed in [`KNOWN`], with this note.
    Known(&'static str),
    /// A bare region name that a rule of [`crate::regions::bare`] matches
    /// with care: the rule.
    Region(String),
    /// A short form that another entity has as a full form: the matcher
    /// always takes the full form there, so this short form never matches.
    Shadowed,
}

impl Flag {
    /// The flag in words, as the listing writes it.
    #[must_use]
    pub fn describe(&self) -> String {
        match self {
            Flag::Shared(n) => format!("shared by {n} entities"),
            Flag::Lexicon => "ordinary word (lexicon)".into(),
            Flag::Letters => "one or two letters".into(),
            Flag::Known(note) => (*note).into(),
            Flag::Region(rule) => rule.clone(),
            Flag::Shadowed => "never matched: another entity's full form wins".into(),
        }
    }
}

/// One entity's form, as read from a gazetteer file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    /// The entity's id.
    pub entity: String,
    /// The entity's kind.
    pub kind: EntityKind,
    /// Which field the form is in.
    pub via: FormKind,
    /// The form as written.
    pub text: String,
    /// The entity's description, if any.
    pub description: Option<String>,
    /// The file the entity is in.
    pub file: String,
}

/// One line of the listing: a flagged form of one entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The form as the entity writes it.
    pub form: String,
    /// How the matcher treats it.
    pub handling: Handling,
    /// The entity's id.
    pub entity: String,
    /// Why the form is flagged.
    pub flags: Vec<Flag>,
    /// Whether the row is an `alias` that needs a recorded reason: an
    /// ordinary word, a given name, one or two letters, or a form another
    /// entity also has as a full form.
    pub needs_reason: bool,
    /// The reason recorded for keeping it: where it is recorded and what it
    /// says.
    pub reason: Option<String>,
}

impl Row {
    /// Whether the row is an `alias` with no recorded reason: what the
    /// data must fix (or [`ALLOWED`] explain).
    #[must_use]
    pub fn unexplained(&self) -> bool {
        self.needs_reason && self.reason.is_none()
    }

    /// The `why` column.
    #[must_use]
    pub fn why(&self) -> String {
        let mut parts: Vec<String> = self.flags.iter().map(Flag::describe).collect();
        match (&self.reason, self.needs_reason) {
            (Some(reason), _) => parts.push(format!("kept: {reason}")),
            (None, true) => parts.push("NO REASON RECORDED".into()),
            (None, false) => {}
        }
        parts.join("; ")
    }
}

/// Reads every entity of the `*.jsonl` files of `dir`, in file-name order,
/// with the file's name.
///
/// # Errors
///
/// A file that cannot be read, or a line that is not a valid entity (with
/// file and line).
pub fn read_entities(dir: &Path) -> Result<Vec<(String, Entity)>, Error> {
    let entries = std::fs::read_dir(dir).map_err(|source| Error::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    paths.sort();
    let mut entities = Vec::new();
    for path in paths {
        let file = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        for entity in crate::curated::read_entities(&path)? {
            entities.push((file.clone(), entity));
        }
    }
    Ok(entities)
}

/// Every form of `entities`, in order.
#[must_use]
pub fn forms(entities: &[(String, Entity)]) -> Vec<Form> {
    entities
        .iter()
        .flat_map(|(file, entity)| {
            entity.forms().map(move |(via, text)| Form {
                entity: entity.id.clone(),
                kind: entity.kind,
                via,
                text: text.to_owned(),
                description: entity.description.clone(),
                file: file.clone(),
            })
        })
        .collect()
}

/// Groups `forms` into what the matcher cannot tell apart: for each form,
/// the index of its group's first form.
///
/// Each form becomes an entity of a throwaway gazetteer (its text as the
/// name, so matched in any case); the matcher run on a form's text finds
/// every form with the same match keys as one mention with candidates.
#[must_use]
pub fn same_forms(forms: &[Form]) -> Vec<usize> {
    let mut builder = Gazetteer::builder();
    for (i, form) in forms.iter().enumerate() {
        // A form the builder refuses (blank) stays a group of its own.
        let _ = builder.add(Entity::new(
            i.to_string(),
            EntityKind::Organization,
            form.text.clone(),
        ));
    }
    let matcher = Matcher::new(builder.build());
    let index_of = |position: usize| -> usize {
        matcher.gazetteer().entities()[position]
            .id
            .parse()
            .expect("ids are form indices")
    };
    let mut parent: Vec<usize> = (0..forms.len()).collect();
    for (i, form) in forms.iter().enumerate() {
        let core = form.text.trim_matches(|c: char| !c.is_alphanumeric());
        let whole = matcher
            .find(&form.text)
            .into_iter()
            .filter(|m| m.span.len() >= core.len())
            .max_by_key(|m| m.span.len());
        let Some(mention) = whole else { continue };
        for position in std::iter::once(mention.entity).chain(mention.candidates) {
            union(&mut parent, i, index_of(position));
        }
    }
    (0..forms.len())
        .map(|i| find_root(&mut parent, i))
        .collect()
}

fn find_root(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find_root(parent, a), find_root(parent, b));
    // The smaller index is the root, so a group's root is its first form.
    let (low, high) = if ra < rb { (ra, rb) } else { (rb, ra) };
    parent[high] = low;
}

/// The word-level flags of `text`: lexicon, letters, [`KNOWN`].
#[must_use]
pub fn word_flags(text: &str, lexicon: &Lexicon) -> Vec<Flag> {
    let mut flags = Vec::new();
    let one_word = !text.contains([' ', '-']);
    if one_word && lexicon.contains(text) {
        flags.push(Flag::Lexicon);
    }
    if text.chars().all(char::is_alphabetic) && text.chars().count() <= 2 {
        flags.push(Flag::Letters);
    }
    let lower = text.to_lowercase();
    if let Some((_, note)) = KNOWN.iter().find(|(w, _)| *w == lower) {
        flags.push(Flag::Known(note));
    }
    flags
}

/// The rule of [`crate::regions::bare`] behind a bare region name's
/// handling, when `form` is one.
fn region_rule(form: &Form, lexicon: &Lexicon) -> Option<String> {
    if form.file != crate::regions::FILE_NAME
        || form.kind != EntityKind::Place
        || !matches!(form.via, FormKind::Acronym | FormKind::Short)
    {
        return None;
    }
    let (handling, reason) = bare::classify(&form.text, lexicon);
    if handling == bare::Handling::Alias {
        return None;
    }
    Some(match reason {
        Reason::Listed(note) => format!("bare region name, {}: {note}", handling.as_str()),
        Reason::Lexicon => format!(
            "bare region name, {}: every word is in the lexicon",
            handling.as_str()
        ),
        Reason::Plain => format!("bare region name, {}", handling.as_str()),
    })
}

/// The reason recorded for keeping `form` as an alias: its entity's
/// description quotes it, [`ALLOWED`] lists it, or every entity that has it
/// as a full form is a region of [`crate::regions::FILE_NAME`]
/// ([`REGION_NAMESAKES`]).
fn recorded_reason(form: &Form, competing: &[&Form]) -> Option<String> {
    if let Some((_, why)) = ALLOWED.iter().find(|(f, _)| *f == form.text) {
        return Some(format!("allowed: {why}"));
    }
    let quoted = format!("'{}'", form.text);
    if let Some(description) = form.description.as_deref().filter(|d| d.contains(&quoted)) {
        return Some(format!("description: {description}"));
    }
    let regions_only = competing.len() > 1
        && competing
            .iter()
            .all(|f| f.file == crate::regions::FILE_NAME && f.kind == EntityKind::Place);
    regions_only.then(|| REGION_NAMESAKES.to_owned())
}

/// Why a province, regency and city may share a bare name as an alias.
pub const REGION_NAMESAKES: &str = "regions of one name: the first in gazetteer order wins, \
     the others are candidates; the full names (Kota, Kabupaten, Provinsi) tell them apart";

/// Audits `forms`: every flagged form, one row per entity, handling and
/// form, sorted by form (lower case), entity and handling.
#[must_use]
pub fn audit_forms(forms: &[Form], lexicon: &Lexicon) -> Vec<Row> {
    let groups = same_forms(forms);
    let mut members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, &g) in groups.iter().enumerate() {
        members.entry(g).or_default().push(i);
    }
    let mut rows = Vec::new();
    for indices in members.values() {
        let group: Vec<&Form> = indices.iter().map(|&i| &forms[i]).collect();
        let entities: BTreeSet<&str> = group.iter().map(|f| f.entity.as_str()).collect();
        // The entities that have the form as a full form (name, alias,
        // acronym): one of them is taken wherever it occurs.
        let mut competing: Vec<&Form> = Vec::new();
        for form in &group {
            if form.via != FormKind::Short && !competing.iter().any(|f| f.entity == form.entity) {
                competing.push(form);
            }
        }
        let mut seen = BTreeSet::new();
        for form in &group {
            let handling = Handling::of(form.via);
            if !seen.insert((form.entity.as_str(), handling, form.text.as_str())) {
                continue;
            }
            let mut flags = Vec::new();
            if entities.len() > 1 {
                flags.push(Flag::Shared(entities.len()));
            }
            let words = word_flags(&form.text, lexicon);
            let common = !words.is_empty();
            flags.extend(words);
            if let Some(rule) = region_rule(form, lexicon) {
                flags.push(Flag::Region(rule));
            }
            if handling == Handling::Short && competing.iter().any(|f| f.entity != form.entity) {
                flags.push(Flag::Shadowed);
            }
            if flags.is_empty() {
                continue;
            }
            let needs_reason = handling == Handling::Alias && (common || competing.len() > 1);
            let reason = needs_reason
                .then(|| recorded_reason(form, &competing))
                .flatten();
            rows.push(Row {
                form: form.text.clone(),
                handling,
                entity: form.entity.clone(),
                flags,
                needs_reason,
                reason,
            });
        }
    }
    rows.sort_by(|a, b| {
        (a.form.to_lowercase(), &a.form, &a.entity, a.handling).cmp(&(
            b.form.to_lowercase(),
            &b.form,
            &b.entity,
            b.handling,
        ))
    });
    rows
}

/// Audits the gazetteer files of `layout`.
///
/// # Errors
///
/// A gazetteer file or the lexicon cannot be read or parsed.
pub fn audit(layout: &Layout) -> Result<Vec<Row>, Error> {
    let entities = read_entities(&layout.gazetteer)?;
    let lexicon = Lexicon::load(&layout.stems)?;
    Ok(audit_forms(&forms(&entities), &lexicon))
}

/// The listing: `#` header lines, a column header, one row a line.
#[must_use]
pub fn render(rows: &[Row]) -> String {
    let mut text = format!(
        "# GENERATED by `{COMMAND}` (crates/tokoh-data); do not edit by hand.\n\
         # Every form of the built-in gazetteer that two entities share, or that is an ordinary\n\
         # word, a common given name or one or two letters, once per entity. handling: alias =\n\
         # matched in any case; acronym = only as written or in capitals; short = only after a full\n\
         # mention or a title that fits a role. An alias flagged here needs a reason (`kept:`).\n\
         form\thandling\tentity\twhy\n"
    );
    for row in rows {
        text.push_str(&format!(
            "{}\t{}\t{}\t{}\n",
            clean(&row.form),
            row.handling.as_str(),
            row.entity,
            clean(&row.why())
        ));
    }
    text
}

/// A cell without tabs or line breaks.
fn clean(cell: &str) -> String {
    cell.replace(['\t', '\n', '\r'], " ")
}

/// The listing's path in `layout`.
#[must_use]
pub fn path(layout: &Layout) -> PathBuf {
    layout.gazetteer.join(FILE_NAME)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(entity: &str, via: FormKind, text: &str, description: Option<&str>) -> Form {
        Form {
            entity: entity.into(),
            kind: EntityKind::Organization,
            via,
            text: text.into(),
            description: description.map(Into::into),
            file: "test.jsonl".into(),
        }
    }

    #[test]
    fn the_matcher_decides_what_is_the_same_form() {
        let forms = [
            form("a", FormKind::Name, "Soeharto", None),
            form("b", FormKind::Alias, "SUHARTO", None),
            form("c", FormKind::Name, "Suharto Center", None),
            form("d", FormKind::Name, "Kementrian Agama", None),
            form("e", FormKind::Alias, "Kementerian Agama", None),
            form("f", FormKind::Name, "Mérida", None),
            form("g", FormKind::Name, "Merida", None),
        ];
        let groups = same_forms(&forms);
        assert_eq!(groups, [0, 0, 2, 3, 3, 5, 5]);
    }

    #[test]
    fn words_are_flagged_from_the_lexicon_letters_and_the_table() {
        let lexicon = Lexicon::from_words(["batu", "bara", "gedung", "putih", "dewan"]);
        let cases: &[(&str, &[&str])] = &[
            ("Batu", &["ordinary word (lexicon)"]),
            ("batu", &["ordinary word (lexicon)"]),
            ("Gedung Putih", &[]),
            ("Batu-Bara", &[]),
            ("AS", &["one or two letters"]),
            (
                "Budi",
                &["ordinary word 'virtue' (budi pekerti); common given name"],
            ),
            ("Surabaya", &[]),
        ];
        for (text, expected) in cases {
            let got: Vec<String> = word_flags(text, &lexicon)
                .iter()
                .map(Flag::describe)
                .collect();
            assert_eq!(&got, expected, "{text}");
        }
    }

    #[test]
    fn rows_say_how_each_flagged_form_is_handled_and_why() {
        let lexicon = Lexicon::from_words(["batu"]);
        let forms = [
            form("x:ma", FormKind::Acronym, "MA", None),
            form("x:court", FormKind::Name, "Mahkamah", None),
            form("x:madrasah", FormKind::Alias, "ma", Some("also 'ma'")),
            form("x:stone", FormKind::Alias, "Batu", None),
            form("x:plain", FormKind::Name, "Surabaya", None),
        ];
        let rows = audit_forms(&forms, &lexicon);
        let got: Vec<(&str, &str, &str, bool)> = rows
            .iter()
            .map(|r| {
                (
                    r.form.as_str(),
                    r.handling.as_str(),
                    r.entity.as_str(),
                    r.unexplained(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("Batu", "alias", "x:stone", true),
                ("MA", "acronym", "x:ma", false),
                ("ma", "alias", "x:madrasah", false),
            ]
        );
        assert_eq!(
            rows[2].why(),
            "shared by 2 entities; one or two letters; kept: description: also 'ma'"
        );
        assert_eq!(rows[0].why(), "ordinary word (lexicon); NO REASON RECORDED");
        let text = render(&rows);
        assert!(text.contains("\nMA\tacronym\tx:ma\tshared by 2 entities; one or two letters\n"));
    }

    #[test]
    fn known_words_are_sorted_lower_case_and_explained() {
        for pair in KNOWN.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{:?} before {:?}", pair[0], pair[1]);
        }
        for (word, note) in KNOWN.iter().chain(ALLOWED) {
            assert!(!note.is_empty(), "{word}");
        }
        for (word, _) in KNOWN {
            assert_eq!(*word, word.to_lowercase());
        }
    }
}

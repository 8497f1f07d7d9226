//! `eval-builtin`: measures tokoh's built-in gazetteer alone on real news
//! with gold NER labels: the precision of its person and organization
//! mentions, what its false positives are, and how many gold PER/ORG
//! mentions it finds.
//!
//! ```text
//! cargo run --release -p tokoh-benches --bin eval-builtin
//! cargo run --release -p tokoh-benches --bin eval-builtin -- --examples 10 --worst 40
//! ```
//!
//! The documents are every sentence of idner-news-2k `train.txt` and
//! `dev.txt` (detokenised, as `eval-match` does) and every line of the NER UI
//! training file (`nerui-raw/training_data.txt`), each tagged with
//! `Matcher::new(Gazetteer::builtin())`. Only mentions of persons and
//! organizations are scored (places are not PER/ORG). See
//! `benches/README.md` for what each number means.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;

use tokoh::{Entity, FormKind, Gazetteer, Matcher, Span};
use tokoh_benches::gold::tagged;
use tokoh_benches::match_eval::detok::detokenize;
use tokoh_benches::match_eval::idner;
use tokoh_benches::match_eval::score::{ratio, score_doc, Score};
use tokoh_benches::match_eval::trim::trim_mention;
use tokoh_benches::match_eval::{Doc, Mention, MentionType};
use tokoh_benches::{shared, Error};

/// The precision the built-in gazetteer aims at, on PER/ORG mentions.
const PRECISION_TARGET: f64 = 0.90;

/// Score the built-in gazetteer alone (PER/ORG mentions) on the NER data in ../shared.
#[derive(Debug, Parser)]
#[command(name = "eval-builtin", version)]
struct Args {
    /// The shared data folder [default: $TOKOH_SHARED, else ../shared beside the workspace].
    #[arg(long, value_name = "DIR")]
    shared: Option<PathBuf>,

    /// Examples shown for each kind of false positive.
    #[arg(long, value_name = "N", default_value_t = 8)]
    examples: usize,

    /// How many of the forms with the most false positives to list.
    #[arg(long, value_name = "N", default_value_t = 25)]
    worst: usize,
}

/// A document with all its gold labels: the PER/ORG ones in `doc.gold`,
/// the others (LOC) beside.
#[derive(Debug, Clone)]
struct Labelled {
    doc: Doc,
    /// Gold mentions of other types, with their label.
    other: Vec<(Span, String)>,
}

/// One corpus: its documents and how they were read.
#[derive(Debug, Clone)]
struct Corpus {
    key: &'static str,
    docs: Vec<Labelled>,
    notes: Vec<String>,
}

/// Adds the gold mention `label` at `span` of `text` to `doc_gold` or
/// `other`, trimmed of glued punctuation.
fn push_gold(
    text: &str,
    span: Span,
    label: &str,
    gold: &mut Vec<Mention>,
    other: &mut Vec<(Span, String)>,
) {
    let Some(span) = trim_mention(text, span) else {
        return;
    };
    match MentionType::from_label(label) {
        Some(ty) => gold.push(Mention { span, ty }),
        None => other.push((span, label.to_owned())),
    }
}

fn read(path: &Path) -> Result<String, Error> {
    std::fs::read_to_string(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })
}

/// idner-news-2k train and dev, every sentence a document.
fn load_idner(dir: &Path) -> Result<Option<Corpus>, Error> {
    let mut docs = Vec::new();
    let mut notes = Vec::new();
    for part in ["train", "dev"] {
        let path = shared::data_file(dir, &format!("idner-news-2k/{part}.txt"));
        if !path.is_file() {
            eprintln!("skipping idner-news-2k: {} not found", path.display());
            return Ok(None);
        }
        let sentences = idner::read(&read(&path)?);
        notes.push(format!("{part}.txt: {} sentences", sentences.len()));
        for (i, sentence) in sentences.iter().enumerate() {
            let (text, spans) = detokenize(&sentence.tokens);
            let (mut gold, mut other) = (Vec::new(), Vec::new());
            for (label, tokens) in idner::chunks(&sentence.labels) {
                let span = Span::new(spans[tokens.start].start, spans[tokens.end - 1].end);
                push_gold(&text, span, &label, &mut gold, &mut other);
            }
            docs.push(Labelled {
                doc: Doc::new(format!("{part}-{}", i + 1), text, gold),
                other,
            });
        }
    }
    Ok(Some(Corpus {
        key: "idner-news-2k train+dev",
        docs,
        notes,
    }))
}

/// The NER UI training file, every line a document.
fn load_nerui(dir: &Path) -> Result<Option<Corpus>, Error> {
    let path = shared::data_file(dir, "nerui-raw/training_data.txt");
    if !path.is_file() {
        eprintln!("skipping nerui-raw: {} not found", path.display());
        return Ok(None);
    }
    let content = read(&path)?;
    let mut docs = Vec::new();
    for (index, line) in content.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let (sentence, id) = match line.rsplit_once('\t') {
            Some((sentence, id)) if !id.trim().is_empty() => (sentence, id.trim().to_owned()),
            _ => (line, format!("line-{}", index + 1)),
        };
        let tagged = tagged::parse_line(sentence);
        let (mut gold, mut other) = (Vec::new(), Vec::new());
        for entity in &tagged.entities {
            push_gold(
                &tagged.text,
                entity.span,
                &entity.label,
                &mut gold,
                &mut other,
            );
        }
        docs.push(Labelled {
            doc: Doc::new(id, tagged.text, gold),
            other,
        });
    }
    let notes = vec![format!("training_data.txt: {} lines", docs.len())];
    Ok(Some(Corpus {
        key: "nerui-raw training",
        docs,
        notes,
    }))
}

/// Whether a string is written as one of the built-in gazetteer's person or
/// organization forms (any form, short forms included), as the matcher
/// compares them: a matcher over every form as a name of its own (acronyms
/// kept as acronyms, so compared as written or in capitals).
struct FormIndex {
    matcher: Matcher,
    /// For each entity of the matcher's gazetteer, whether its form is a
    /// short form.
    short: Vec<bool>,
}

impl FormIndex {
    fn new(gazetteer: &Gazetteer) -> FormIndex {
        let mut builder = Gazetteer::builder();
        let mut short = Vec::new();
        for entity in gazetteer.iter() {
            if MentionType::from_kind(entity.kind).is_none() {
                continue;
            }
            for (via, form) in entity.forms() {
                let id = short.len().to_string();
                let e = if via == FormKind::Acronym {
                    // The acronym as written is the only form, and stays one.
                    let mut e = Entity::new(id, entity.kind, format!("{form} (acronym)"));
                    e.acronyms.push(form.to_owned());
                    e
                } else {
                    Entity::new(id, entity.kind, form)
                };
                // A form the builder refuses cannot be matched either.
                if builder.add(e).is_ok() {
                    short.push(via == FormKind::Short);
                }
            }
        }
        FormIndex {
            matcher: Matcher::new(builder.build()),
            short,
        }
    }

    /// Whether `text` as a whole is a form of an entity of type `ty`:
    /// `None` if not, `Some(true)` if only as a short form.
    fn find(&self, text: &str, ty: MentionType) -> Option<bool> {
        let entities = self.matcher.gazetteer().entities();
        let mut only_short = None;
        for m in self.matcher.find(text) {
            if m.span.start != 0 || m.span.end != text.len() {
                continue;
            }
            for e in std::iter::once(m.entity).chain(m.candidates.iter().copied()) {
                if MentionType::from_kind(entities[e].kind) == Some(ty) {
                    only_short = Some(only_short.unwrap_or(true) && self.short[e]);
                }
            }
        }
        only_short
    }

    /// Whether `text` as a whole is a form of an entity of type `ty`.
    fn contains(&self, text: &str, ty: MentionType) -> bool {
        self.find(text, ty).is_some()
    }
}

/// What a predicted PER/ORG mention is, against the gold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Verdict {
    /// A gold mention of the same type has the same span.
    Exact,
    /// A gold mention of the same type overlaps it (the spans differ).
    Overlap,
    /// Gold labels the words as a person where tokoh says organization, or
    /// the other way round.
    TypeConflict,
    /// Gold labels the words, or words around them, as a place (`Gedung
    /// DPR`).
    OtherType,
    /// Gold labels nothing there, and the mention is written as a name
    /// (capitalised, not a single word opening the sentence): the gold may
    /// have forgotten it.
    UnlabelledName,
    /// Gold labels nothing there, and the mention is in lower case or a
    /// single capitalised word opening the sentence: most likely an error.
    UnlabelledWord,
}

impl Verdict {
    const FALSE: [Verdict; 4] = [
        Verdict::TypeConflict,
        Verdict::OtherType,
        Verdict::UnlabelledName,
        Verdict::UnlabelledWord,
    ];

    fn describe(self) -> &'static str {
        match self {
            Verdict::Exact => "exact",
            Verdict::Overlap => "overlaps a gold mention of its type",
            Verdict::TypeConflict => "gold labels it PER for ORG or ORG for PER",
            Verdict::OtherType => "gold labels it (or words around it) as a place",
            Verdict::UnlabelledName => "gold labels nothing; written as a name",
            Verdict::UnlabelledWord => "gold labels nothing; lower case or sentence-initial word",
        }
    }
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// Judges a predicted mention `m` of `doc`.
fn judge(labelled: &Labelled, m: &Mention) -> Verdict {
    let doc = &labelled.doc;
    if doc.gold.binary_search(m).is_ok() {
        return Verdict::Exact;
    }
    if doc
        .gold
        .iter()
        .any(|g| g.ty == m.ty && overlaps(g.span, m.span))
    {
        return Verdict::Overlap;
    }
    if doc.gold.iter().any(|g| overlaps(g.span, m.span)) {
        return Verdict::TypeConflict;
    }
    if labelled.other.iter().any(|(s, _)| overlaps(*s, m.span)) {
        return Verdict::OtherType;
    }
    let surface = doc.slice(m.span);
    let capitalised = surface.chars().next().is_some_and(char::is_uppercase);
    let opens_sentence = doc.text[..m.span.start]
        .chars()
        .all(|c| !c.is_alphanumeric());
    let one_word = !surface.contains(' ');
    if capitalised && !(opens_sentence && one_word) {
        Verdict::UnlabelledName
    } else {
        Verdict::UnlabelledWord
    }
}

/// The tallies of one corpus.
#[derive(Debug, Default)]
struct Tally {
    score: Score,
    verdicts: BTreeMap<Verdict, usize>,
    /// Per type: (predicted, exact).
    by_type: BTreeMap<MentionType, (usize, usize)>,
    /// Gold mentions written as a built-in form that tokoh did not find
    /// with their exact span.
    misses: Vec<Miss>,
    /// Gold mentions written only as a built-in short form: (all, found
    /// with their exact span).
    short_only: (usize, usize),
}

/// A gold mention written as a built-in form that tokoh missed.
#[derive(Debug, Clone)]
struct Miss {
    text: String,
    ty: MentionType,
    /// The text is a built-in form only as a short form, which needs an
    /// earlier full mention or a fitting title in the same document.
    short_only: bool,
    context: String,
    /// What tokoh found over it instead.
    found: String,
}

impl Tally {
    fn predicted(&self) -> usize {
        self.verdicts.values().sum()
    }

    fn count(&self, v: Verdict) -> usize {
        self.verdicts.get(&v).copied().unwrap_or(0)
    }
}

/// A mention that is not exactly a gold one, for the examples and the
/// worst forms.
#[derive(Debug, Clone)]
struct FalsePositive {
    corpus: &'static str,
    doc: String,
    verdict: Verdict,
    entity: String,
    via: FormKind,
    surface: String,
    context: String,
    gold_there: String,
}

/// The text around `span`, the mention in brackets.
fn context(text: &str, span: Span) -> String {
    const WIDTH: usize = 60;
    let mut start = span.start.saturating_sub(WIDTH);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (span.end + WIDTH).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    format!(
        "{}[{}]{}",
        &text[start..span.start],
        &text[span],
        &text[span.end..end]
    )
    .replace(['\n', '\t'], " ")
}

/// What the gold says where `span` is.
fn gold_there(labelled: &Labelled, span: Span) -> String {
    let doc = &labelled.doc;
    let mut parts: Vec<String> = doc
        .gold
        .iter()
        .filter(|g| overlaps(g.span, span))
        .map(|g| format!("{} {:?}", g.ty, doc.slice(g.span)))
        .collect();
    parts.extend(
        labelled
            .other
            .iter()
            .filter(|(s, _)| overlaps(*s, span))
            .map(|(s, label)| format!("{label} {:?}", doc.slice(*s))),
    );
    if parts.is_empty() {
        "nothing".into()
    } else {
        parts.join(", ")
    }
}

fn evaluate(
    corpus: &Corpus,
    matcher: &Matcher,
    forms: &FormIndex,
    false_positives: &mut Vec<FalsePositive>,
) -> Tally {
    let mut tally = Tally::default();
    for labelled in &corpus.docs {
        let doc = &labelled.doc;
        let found = matcher.find(&doc.text);
        let mut predicted = Vec::new();
        for m in &found {
            let entity = matcher.entity(m);
            let Some(ty) = MentionType::from_kind(entity.kind) else {
                continue;
            };
            let mention = Mention { span: m.span, ty };
            predicted.push(mention);
            let verdict = judge(labelled, &mention);
            *tally.verdicts.entry(verdict).or_default() += 1;
            let by_type = tally.by_type.entry(ty).or_default();
            by_type.0 += 1;
            by_type.1 += usize::from(verdict == Verdict::Exact);
            if verdict != Verdict::Exact {
                false_positives.push(FalsePositive {
                    corpus: corpus.key,
                    doc: doc.id.clone(),
                    verdict,
                    entity: entity.id.clone(),
                    via: m.via,
                    surface: doc.slice(m.span).to_owned(),
                    context: context(&doc.text, m.span),
                    gold_there: gold_there(labelled, m.span),
                });
            }
        }
        let (score, missed) = score_doc(&doc.gold, &predicted, |g| {
            forms.contains(doc.slice(g.span), g.ty)
        });
        tally.score.add(&score);
        for g in &doc.gold {
            if forms.find(doc.slice(g.span), g.ty) == Some(true) {
                tally.short_only.0 += 1;
                tally.short_only.1 += usize::from(predicted.iter().any(|p| p.span == g.span));
            }
        }
        for g in missed.into_iter().map(|i| doc.gold[i]) {
            let found: Vec<String> = found
                .iter()
                .filter(|m| overlaps(m.span, g.span))
                .map(|m| format!("`{}` {}", doc.slice(m.span), matcher.entity(m).id))
                .collect();
            tally.misses.push(Miss {
                text: doc.slice(g.span).to_owned(),
                ty: g.ty,
                short_only: forms.find(doc.slice(g.span), g.ty) == Some(true),
                context: context(&doc.text, g.span),
                found: if found.is_empty() {
                    "nothing".into()
                } else {
                    found.join(", ")
                },
            });
        }
    }
    tally
}

fn pct(n: usize, d: usize) -> String {
    if d == 0 {
        "-".into()
    } else {
        format!("{:.1}%", 100.0 * ratio(n, d))
    }
}

fn report(tallies: &[(&Corpus, Tally)], fps: &[FalsePositive], args: &Args) -> String {
    let mut out = String::new();
    out.push_str("# The built-in gazetteer alone on gold NER data (PER/ORG)\n\n");
    for (corpus, _) in tallies {
        out.push_str(&format!("- {}: {}\n", corpus.key, corpus.notes.join("; ")));
    }
    out.push_str(
        "\n## Precision of tokoh's person/organization mentions\n\n\
         | corpus | predicted | exact | overlap | PER/ORG swapped | gold: place | unlabelled, name | unlabelled, word | precision exact | precision overlap | precision, gold omissions right |\n\
         |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n",
    );
    let mut total = Tally::default();
    for (corpus, tally) in tallies {
        out.push_str(&precision_row(corpus.key, tally));
        for (v, n) in &tally.verdicts {
            *total.verdicts.entry(*v).or_default() += n;
        }
        for (ty, (p, e)) in &tally.by_type {
            let t = total.by_type.entry(*ty).or_default();
            t.0 += p;
            t.1 += e;
        }
        total.score.add(&tally.score);
        total.short_only.0 += tally.short_only.0;
        total.short_only.1 += tally.short_only.1;
    }
    out.push_str(&precision_row("all", &total));
    out.push_str("\nBy type (all corpora), exact precision: ");
    let types: Vec<String> = total
        .by_type
        .iter()
        .map(|(ty, (p, e))| format!("{ty} {e}/{p} = {}", pct(*e, *p)))
        .collect();
    out.push_str(&types.join(", "));
    out.push_str(
        ".\n\n\"precision overlap\" also counts mentions that overlap a gold mention of their type \
         (`Presiden Joko Widodo` in the gold, `Joko Widodo` found); \"precision, gold omissions \
         right\" also counts the mentions inside what the gold labels a place (`Gedung DPR`) and the \
         unlabelled ones written as a name, not those whose type the gold swaps; it is a heuristic: \
         read the examples below before trusting it.\n",
    );

    out.push_str(
        "\n## Recall of gold PER/ORG mentions\n\n\
         | corpus | gold PER/ORG | a built-in form | found (exact span) | matcher recall | only a short form | found | matcher recall, full forms | found with type | coverage (found / all gold) |\n\
         |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n",
    );
    for (corpus, tally) in tallies {
        out.push_str(&recall_row(corpus.key, tally));
    }
    out.push_str(&recall_row("all", &total));
    out.push_str(&format!(
        "\n- coverage counts gold mentions whose exact span tokoh finds with the right type: {} of {} ({}).\n",
        total.score.all.correct,
        total.score.all.gold,
        pct(total.score.all.correct, total.score.all.gold)
    ));

    let misses: Vec<&Miss> = tallies.iter().flat_map(|(_, t)| &t.misses).collect();
    out.push_str(&missed_forms(&misses, args.worst));
    out.push_str(&worst_forms(fps, args.worst));
    for verdict in std::iter::once(Verdict::Overlap).chain(Verdict::FALSE) {
        let examples: Vec<&FalsePositive> = fps
            .iter()
            .filter(|f| f.verdict == verdict)
            .take(args.examples)
            .collect();
        out.push_str(&format!(
            "\n## Examples: {} ({} in all)\n\n",
            verdict.describe(),
            fps.iter().filter(|f| f.verdict == verdict).count()
        ));
        for f in examples {
            out.push_str(&format!(
                "- {} {}: `{}` -> {} ({}); gold: {}\n  {}\n",
                f.corpus, f.doc, f.surface, f.entity, f.via, f.gold_there, f.context
            ));
        }
    }
    let precision = ratio(total.count(Verdict::Exact), total.predicted());
    out.push_str(&format!(
        "\nExact precision {:.1}% against the target of {:.0}%.\n",
        100.0 * precision,
        100.0 * PRECISION_TARGET
    ));
    out
}

fn precision_row(key: &str, t: &Tally) -> String {
    let p = t.predicted();
    let exact = t.count(Verdict::Exact);
    let overlap = exact + t.count(Verdict::Overlap);
    let lenient = overlap + t.count(Verdict::OtherType) + t.count(Verdict::UnlabelledName);
    format!(
        "| {key} | {p} | {exact} | {} | {} | {} | {} | {} | {} | {} | {} |\n",
        t.count(Verdict::Overlap),
        t.count(Verdict::TypeConflict),
        t.count(Verdict::OtherType),
        t.count(Verdict::UnlabelledName),
        t.count(Verdict::UnlabelledWord),
        pct(exact, p),
        pct(overlap, p),
        pct(lenient, p)
    )
}

fn recall_row(key: &str, t: &Tally) -> String {
    let s = &t.score;
    let (short, short_found) = t.short_only;
    format!(
        "| {key} | {} | {} | {} | {} | {short} | {short_found} | {} | {} | {} |\n",
        s.all.gold,
        s.in_gazetteer,
        s.found,
        pct(s.found, s.in_gazetteer),
        pct(s.found - short_found, s.in_gazetteer - short),
        s.found_typed,
        pct(s.all.correct, s.all.gold)
    )
}

/// The gold strings written as a built-in form that tokoh missed most
/// often, with what it found there instead.
fn missed_forms(misses: &[&Miss], n: usize) -> String {
    let mut by_text: BTreeMap<(String, MentionType), Vec<&Miss>> = BTreeMap::new();
    for m in misses {
        by_text.entry((m.text.clone(), m.ty)).or_default().push(m);
    }
    let mut texts: Vec<_> = by_text.into_iter().collect();
    texts.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then_with(|| a.0.cmp(&b.0)));
    let short = misses.iter().filter(|m| m.short_only).count();
    let mut out = format!(
        "\n## The {n} gold strings written as a built-in form that tokoh missed most often\n\n\
         {} misses; {short} of them are only a short form of an entity, which needs a full mention \
         earlier in the sentence or a title that fits in front of it.\n\n\
         | gold | type | short form | misses | tokoh found there | example |\n|---|---|---|---:|---|---|\n",
        misses.len()
    );
    for ((text, ty), list) in texts.into_iter().take(n) {
        out.push_str(&format!(
            "| `{text}` | {ty} | {} | {} | {} | {} |\n",
            if list[0].short_only { "yes" } else { "no" },
            list.len(),
            list[0].found.replace('|', "\\|"),
            list[0].context.replace('|', "\\|")
        ));
    }
    out
}

/// The forms with the most false positives, worst first.
fn worst_forms(fps: &[FalsePositive], n: usize) -> String {
    type Key<'a> = (&'a str, String);
    let mut by_form: HashMap<Key<'_>, Vec<&FalsePositive>> = HashMap::new();
    for f in fps.iter().filter(|f| Verdict::FALSE.contains(&f.verdict)) {
        by_form
            .entry((f.entity.as_str(), f.surface.to_lowercase()))
            .or_default()
            .push(f);
    }
    let mut forms: Vec<(Key<'_>, Vec<&FalsePositive>)> = by_form.into_iter().collect();
    forms.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then_with(|| a.0.cmp(&b.0)));
    let mut out = format!(
        "\n## The {n} forms with the most false positives\n\n\
         | form | entity | via | false positives | PER/ORG swapped | gold: place | unlabelled, name | unlabelled, word | example |\n\
         |---|---|---|---:|---:|---:|---:|---:|---|\n"
    );
    for ((entity, _), list) in forms.into_iter().take(n) {
        let count = |v: Verdict| list.iter().filter(|f| f.verdict == v).count();
        let first = list[0];
        out.push_str(&format!(
            "| `{}` | {entity} | {} | {} | {} | {} | {} | {} | {} |\n",
            first.surface,
            first.via,
            list.len(),
            count(Verdict::TypeConflict),
            count(Verdict::OtherType),
            count(Verdict::UnlabelledName),
            count(Verdict::UnlabelledWord),
            first.context.replace('|', "\\|")
        ));
    }
    out
}

fn run(args: &Args) -> Result<(), Error> {
    let Some(dir) = shared::find(args.shared.as_deref()) else {
        println!(
            "skipping: ../shared not found (looked in {}); pass --shared DIR or set {}",
            shared::candidate(args.shared.as_deref()).display(),
            shared::ENV_VAR
        );
        return Ok(());
    };
    let corpora: Vec<Corpus> = [load_idner(&dir)?, load_nerui(&dir)?]
        .into_iter()
        .flatten()
        .collect();
    if corpora.is_empty() {
        println!("skipping: no evaluation data found in {}", dir.display());
        return Ok(());
    }
    let gazetteer = Gazetteer::builtin().clone();
    let forms = FormIndex::new(&gazetteer);
    let matcher = Matcher::new(gazetteer);
    let mut fps = Vec::new();
    let tallies: Vec<(&Corpus, Tally)> = corpora
        .iter()
        .map(|c| (c, evaluate(c, &matcher, &forms, &mut fps)))
        .collect();
    print!("{}", report(&tallies, &fps, args));
    Ok(())
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("eval-builtin: error: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokoh::EntityKind;

    fn labelled(text: &str, gold: &[(&str, MentionType)], other: &[(&str, &str)]) -> Labelled {
        let span = |s: &str| {
            let start = text.find(s).expect("in text");
            Span::new(start, start + s.len())
        };
        Labelled {
            doc: Doc::new(
                "d",
                text,
                gold.iter()
                    .map(|(s, ty)| Mention {
                        span: span(s),
                        ty: *ty,
                    })
                    .collect(),
            ),
            other: other
                .iter()
                .map(|(s, label)| (span(s), (*label).to_owned()))
                .collect(),
        }
    }

    #[test]
    fn predictions_are_judged_against_all_gold_labels() {
        use MentionType::{Org, Per};
        let text = "Gedung Putih menyebut KPK dan Menteri Luar Negeri bernama Joko Widodo.";
        let doc = labelled(
            text,
            &[("KPK", Org), ("Joko Widodo", Per)],
            &[("Gedung Putih", "LOC")],
        );
        let at = |s: &str, ty| {
            let start = text.find(s).expect("in text");
            Mention::new(start, start + s.len(), ty)
        };
        let cases = [
            (at("KPK", Org), Verdict::Exact),
            (at("Widodo", Per), Verdict::Overlap),
            (at("Gedung Putih", Org), Verdict::OtherType),
            (at("KPK", Per), Verdict::TypeConflict),
            (at("Menteri Luar Negeri", Org), Verdict::UnlabelledName),
            (at("bernama", Org), Verdict::UnlabelledWord),
        ];
        for (mention, expected) in cases {
            assert_eq!(
                judge(&doc, &mention),
                expected,
                "{}",
                doc.doc.slice(mention.span)
            );
        }
        let opening = labelled("Bernama melaporkan.", &[], &[]);
        assert_eq!(
            judge(&opening, &Mention::new(0, 7, Org)),
            Verdict::UnlabelledWord
        );
    }

    #[test]
    fn the_form_index_compares_as_the_matcher_does() {
        let mut kpk = Entity::new(
            "kpk",
            EntityKind::Organization,
            "Komisi Pemberantasan Korupsi",
        );
        kpk.acronyms.push("KPK".into());
        let mut harto = Entity::new("harto", EntityKind::Person, "Soeharto");
        harto.short.push("Pak Harto".into());
        let place = Entity::new("bali", EntityKind::Place, "Bali");
        let mut builder = Gazetteer::builder();
        builder.extend([kpk, harto, place]).expect("valid");
        let index = FormIndex::new(&builder.build());
        let cases = [
            ("KPK", MentionType::Org, true),
            ("kpk", MentionType::Org, false),
            ("KPK", MentionType::Per, false),
            ("komisi pemberantasan korupsi", MentionType::Org, true),
            ("Suharto", MentionType::Per, true),
            ("Pak Harto", MentionType::Per, true),
            ("Bali", MentionType::Org, false),
            ("KPK Jakarta", MentionType::Org, false),
        ];
        for (text, ty, expected) in cases {
            assert_eq!(index.contains(text, ty), expected, "{text} {ty}");
        }
        assert_eq!(index.find("Pak Harto", MentionType::Per), Some(true));
        assert_eq!(index.find("Soeharto", MentionType::Per), Some(false));
        assert_eq!(index.find("Bali", MentionType::Per), None);
    }

    #[test]
    fn a_corpus_is_tallied_with_its_misses() {
        use MentionType::{Org, Per};
        let mut kpk = Entity::new(
            "kpk",
            EntityKind::Organization,
            "Komisi Pemberantasan Korupsi",
        );
        kpk.acronyms.push("KPK".into());
        let mut jokowi = Entity::new("jokowi", EntityKind::Person, "Joko Widodo");
        jokowi.short.push("Widodo".into());
        let mut builder = Gazetteer::builder();
        builder.extend([kpk, jokowi]).expect("valid");
        let gazetteer = builder.build();
        let forms = FormIndex::new(&gazetteer);
        let matcher = Matcher::new(gazetteer);
        let corpus = Corpus {
            key: "test",
            docs: vec![
                labelled("KPK memanggil Joko Widodo.", &[("KPK", Org)], &[]),
                labelled(
                    "Widodo dan Budi di Gedung KPK.",
                    &[("Widodo", Per), ("Budi", Per)],
                    &[("Gedung KPK", "LOC")],
                ),
            ],
            notes: Vec::new(),
        };
        let mut fps = Vec::new();
        let tally = evaluate(&corpus, &matcher, &forms, &mut fps);
        let verdicts: Vec<(Verdict, usize)> =
            tally.verdicts.iter().map(|(v, n)| (*v, *n)).collect();
        assert_eq!(
            verdicts,
            [
                (Verdict::Exact, 1),
                (Verdict::OtherType, 1),
                (Verdict::UnlabelledName, 1)
            ]
        );
        // Gold: KPK, Widodo, Budi; a built-in form: KPK and Widodo (a short
        // form, not licensed in its sentence, so missed).
        let s = tally.score;
        assert_eq!((s.all.gold, s.in_gazetteer, s.found), (3, 2, 1));
        assert_eq!(tally.short_only, (1, 0));
        let missed: Vec<(&str, bool)> = tally
            .misses
            .iter()
            .map(|m| (m.text.as_str(), m.short_only))
            .collect();
        assert_eq!(missed, [("Widodo", true)]);
        let surfaces: Vec<&str> = fps.iter().map(|f| f.surface.as_str()).collect();
        assert_eq!(surfaces, ["Joko Widodo", "KPK"]);
    }

    #[test]
    fn context_marks_the_mention() {
        let text = "Kata Jokowi kemarin.";
        assert_eq!(context(text, Span::new(5, 11)), "Kata [Jokowi] kemarin.");
    }
}

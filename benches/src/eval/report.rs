//! The Markdown report and the disagreement dump.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{self, Write};

use tokoh::Span;

use super::score::Side;
use super::{Class, Score, SetResult, SpecResult};
use crate::gold::conventions::SpecGold;
use crate::gold::Gold;

/// How much the report shows.
#[derive(Debug, Clone, Copy)]
pub struct ReportOptions {
    /// Classes listed per set, most frequent first.
    pub classes: usize,
    /// Examples per class.
    pub examples: usize,
}

impl Default for ReportOptions {
    fn default() -> Self {
        ReportOptions {
            classes: 8,
            examples: 3,
        }
    }
}

/// What the numbers mean, printed under the tables.
const TOKEN_LEGEND: &str = "\
P = share of the tokenizer's tokens whose exact byte span is a gold token's span; \
R = share of gold tokens whose span the tokenizer reproduces exactly; F1 = their harmonic mean. \
Micro-averaged over all tokens of all sentences of the set, in percent. Each sentence is \
tokenized on its own.";

const EDGE_LEGEND: &str = "\
These sets have no gold tokenisation, only gold entities. Edge recall = share of gold entity \
edges (tags removed, white space inside tags trimmed) on which the tokenizer has a token edge: \
a token starts at every entity start, a token ends at every entity end. A mention can only be \
matched if both its edges are edges, so this is what matters for gazetteer matching. \
*Surface* uses surface tokens; *words* uses the words layer the matcher sees (`KPK-nya` → \
`KPK` + `-nya`); for a tokenizer without a words layer the two are equal. Edges between two \
letters (markup errors such as `K<LOCATION>antor`) are not scored. There is no precision: \
the rest of the text has no gold, so a tokenizer that splits more scores higher here; read \
these numbers together with the precision on the token sets.";

/// What the score against the gold with the spec's abbreviation convention
/// means, printed under its table.
const SPEC_LEGEND: &str = "\
The same score against the UD gold rewritten to the abbreviation convention of tokoh's spec \
(§1.3: the dot of `Dr.`, `Prof.`, `H.`, `No.` stays in the token, where UD always splits it \
off): a gold token `W` directly followed by a gold `.` is merged into `W.` when tokoh's \
tokenizer reads `W.` alone as one abbreviation token, and nothing else in the gold changes.";

/// Merged forms listed per set in the notes.
const SPEC_FORMS_SHOWN: usize = 10;

/// The Markdown report of `results` for the tokenizer `label`, with `spec`,
/// the scores of the UD sets against their gold with the spec's
/// abbreviation convention applied, in a second table after the raw one.
#[must_use]
pub fn markdown(
    label: &str,
    results: &[SetResult<'_>],
    spec: &[SpecResult<'_>],
    options: ReportOptions,
) -> String {
    let mut md = String::new();
    let _ = writeln!(md, "# Token-boundary evaluation: {label}\n");

    let token_rows: Vec<String> = results
        .iter()
        .filter_map(|r| match &r.score {
            Score::Tokens { counts, .. } => Some(format!(
                "| {} (`{}`) | {} | {} | {:.2} | {:.2} | {:.2} |",
                r.set.id.title(),
                r.set.id.key(),
                thousands(r.predictions.len()),
                thousands(counts.gold),
                100.0 * counts.precision(),
                100.0 * counts.recall(),
                100.0 * counts.f1(),
            )),
            Score::Edges { .. } => None,
        })
        .collect();
    if !token_rows.is_empty() {
        md.push_str("## Token sets: exact span match\n\n");
        md.push_str("| set | sentences | gold tokens | P | R | F1 |\n");
        md.push_str("|---|---:|---:|---:|---:|---:|\n");
        for row in token_rows {
            md.push_str(&row);
            md.push('\n');
        }
        let _ = writeln!(md, "\n{TOKEN_LEGEND}\n");
    }

    let spec_rows: Vec<String> = spec
        .iter()
        .filter_map(|s| match &s.result.score {
            Score::Tokens { counts, .. } => Some(format!(
                "| {} (`{}`) | {} | {} | {} | {:.2} | {:.2} | {:.2} |",
                s.result.set.id.title(),
                s.result.set.id.key(),
                thousands(s.result.predictions.len()),
                thousands(counts.gold),
                thousands(s.gold.merged),
                100.0 * counts.precision(),
                100.0 * counts.recall(),
                100.0 * counts.f1(),
            )),
            Score::Edges { .. } => None,
        })
        .collect();
    if !spec_rows.is_empty() {
        md.push_str(
            "## Token sets: exact span match, gold with the spec's abbreviation convention applied\n\n",
        );
        md.push_str("| set | sentences | gold tokens | abbreviation dots merged | P | R | F1 |\n");
        md.push_str("|---|---:|---:|---:|---:|---:|---:|\n");
        for row in spec_rows {
            md.push_str(&row);
            md.push('\n');
        }
        let _ = writeln!(md, "\n{SPEC_LEGEND}\n");
    }

    let edge_rows: Vec<String> = results
        .iter()
        .filter_map(|r| match &r.score {
            Score::Edges { surface, words, .. } => Some(format!(
                "| {} (`{}`) | {} | {} | {} | {:.2} | {:.2} |",
                r.set.id.title(),
                r.set.id.key(),
                thousands(r.predictions.len()),
                thousands(surface.entities),
                thousands(surface.edges),
                100.0 * surface.recall(),
                100.0 * words.recall(),
            )),
            Score::Tokens { .. } => None,
        })
        .collect();
    if !edge_rows.is_empty() {
        md.push_str("## Entity sets: entity-edge recall\n\n");
        md.push_str(
            "| set | sentences | entities | scored edges | edge recall, surface | edge recall, words |\n",
        );
        md.push_str("|---|---:|---:|---:|---:|---:|\n");
        for row in edge_rows {
            md.push_str(&row);
            md.push('\n');
        }
        let _ = writeln!(md, "\n{EDGE_LEGEND}\n");
    }

    md.push_str("## How the gold was built\n\n");
    for r in results {
        let mut notes = r.set.notes.clone();
        if let Score::Edges { surface, .. } = &r.score {
            notes.push(format!(
                "{} edges between two letters not scored",
                thousands(surface.unscorable)
            ));
        }
        if let Some(s) = spec.iter().find(|s| s.result.set.id == r.set.id) {
            notes.push(spec_note(s.gold));
        }
        if !notes.is_empty() {
            let _ = writeln!(md, "- `{}`: {}", r.set.id.key(), notes.join("; "));
        }
    }
    md.push('\n');

    md.push_str("## Disagreements by class\n\n");
    md.push_str(
        "Classes (first rule that applies to a disputed edge): url/domain, quote/apostrophe, \
         hyphen, abbreviation-dot (full stop after a letter), number/date (digit, `%`, currency \
         sign), clitic (split between two letters), bracket/punct, other.\n\n",
    );
    for r in results {
        let examples = examples(r);
        let total: usize = examples.iter().map(|(_, n, _)| n).sum();
        let what = match r.score {
            Score::Tokens { .. } => "disagreements (gold → ours)",
            Score::Edges { .. } => "entity edges missed by the words layer",
        };
        let _ = writeln!(
            md,
            "### {} — {} {what}\n",
            r.set.id.title(),
            thousands(total)
        );
        if total == 0 {
            continue;
        }
        md.push_str("| class | count | examples |\n|---|---:|---|\n");
        for (class, count, shown) in examples.iter().take(options.classes) {
            let shown: Vec<&String> = shown.iter().take(options.examples).collect();
            let shown: Vec<&str> = shown.iter().map(|s| s.as_str()).collect();
            let _ = writeln!(
                md,
                "| {class} | {} | {} |",
                thousands(*count),
                shown.join(" ; ")
            );
        }
        md.push('\n');
    }
    md
}

/// The note on the gold with the spec's abbreviation convention: how many
/// dots were merged, and the most frequent merged forms.
fn spec_note(gold: &SpecGold) -> String {
    let mut forms: Vec<String> = gold
        .forms
        .iter()
        .take(SPEC_FORMS_SHOWN)
        .map(|(form, n)| format!("{} ×{n}", code(form)))
        .collect();
    if gold.forms.len() > SPEC_FORMS_SHOWN {
        forms.push(format!(
            "{} more forms",
            thousands(gold.forms.len() - SPEC_FORMS_SHOWN)
        ));
    }
    let mut note = format!(
        "{} abbreviation dots merged for the score with the spec's abbreviation convention",
        thousands(gold.merged)
    );
    if !forms.is_empty() {
        let _ = write!(note, " ({})", forms.join(", "));
    }
    note
}

/// The numbers of `results` as JSON, for scripts (`--json FILE`): per set,
/// the counts and the scores (fractions, not percent); for the sets in
/// `spec`, also the score against the gold with the spec's abbreviation
/// convention applied, under `spec_abbreviations`.
#[must_use]
pub fn summary_json(
    label: &str,
    results: &[SetResult<'_>],
    spec: &[SpecResult<'_>],
) -> serde_json::Value {
    let sets: Vec<serde_json::Value> = results
        .iter()
        .map(|r| {
            let mut classes: Vec<(Class, usize, Vec<String>)> = examples(r);
            classes.truncate(8);
            let classes: serde_json::Map<String, serde_json::Value> = classes
                .into_iter()
                .map(|(class, count, _)| (class.as_str().to_owned(), count.into()))
                .collect();
            let mut v = match &r.score {
                Score::Tokens { counts, .. } => serde_json::json!({
                    "kind": "tokens",
                    "sentences": r.predictions.len(),
                    "gold": counts.gold,
                    "predicted": counts.predicted,
                    "correct": counts.correct,
                    "precision": counts.precision(),
                    "recall": counts.recall(),
                    "f1": counts.f1(),
                }),
                Score::Edges { surface, words, .. } => serde_json::json!({
                    "kind": "entity-edges",
                    "sentences": r.predictions.len(),
                    "entities": surface.entities,
                    "edges": surface.edges,
                    "unscorable": surface.unscorable,
                    "hit_surface": surface.hit,
                    "hit_words": words.hit,
                    "recall_surface": surface.recall(),
                    "recall_words": words.recall(),
                }),
            };
            v["key"] = r.set.id.key().into();
            v["title"] = r.set.id.title().into();
            v["disagreement_classes"] = classes.into();
            let spec = spec.iter().find(|s| s.result.set.id == r.set.id);
            if let Some(s) = spec {
                if let Score::Tokens { counts, .. } = &s.result.score {
                    let forms: serde_json::Map<String, serde_json::Value> = s
                        .gold
                        .forms
                        .iter()
                        .map(|(form, n)| (form.clone(), (*n).into()))
                        .collect();
                    v["spec_abbreviations"] = serde_json::json!({
                        "dots_merged": s.gold.merged,
                        "merged_forms": forms,
                        "gold": counts.gold,
                        "predicted": counts.predicted,
                        "correct": counts.correct,
                        "precision": counts.precision(),
                        "recall": counts.recall(),
                        "f1": counts.f1(),
                    });
                }
            }
            v
        })
        .collect();
    serde_json::json!({ "label": label, "sets": sets })
}

/// Per class: count and distinct example renderings, most frequent first.
fn examples(result: &SetResult<'_>) -> Vec<(Class, usize, Vec<String>)> {
    let mut by_class: HashMap<Class, (usize, Vec<String>)> = HashMap::new();
    let mut add = |class: Class, example: String| {
        let entry = by_class.entry(class).or_default();
        entry.0 += 1;
        if entry.1.len() < 10 && !entry.1.contains(&example) {
            entry.1.push(example);
        }
    };
    match (&result.score, &result.set.gold) {
        (Score::Tokens { disagreements, .. }, Gold::Tokens(sentences)) => {
            for d in disagreements {
                let s = &sentences[d.sentence];
                let ours = &result.predictions[d.sentence].tokens[d.ours.clone()];
                let example = format!(
                    "{} → {}",
                    code_list(&s.text, &s.tokens[d.gold.clone()]),
                    code_list(&s.text, ours)
                );
                add(d.class, example);
            }
        }
        (Score::Edges { misses, .. }, Gold::Entities(sentences)) => {
            for m in misses {
                let s = &sentences[m.sentence];
                let entity = &s.entities[m.edge.entity];
                let side = match m.edge.side {
                    Side::Start => "start",
                    Side::End => "end",
                };
                let inside = m
                    .word
                    .map(|w| format!(" inside {}", code(&s.text[w])))
                    .unwrap_or_default();
                let example = format!(
                    "{side} of {} {}{inside}",
                    entity.label,
                    code(&s.text[entity.span])
                );
                add(m.class, example);
            }
        }
        _ => {}
    }
    let mut out: Vec<(Class, usize, Vec<String>)> = by_class
        .into_iter()
        .map(|(class, (count, examples))| (class, count, examples))
        .collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    out
}

/// Tokens as Markdown code spans, or `∅`.
fn code_list(text: &str, spans: &[Span]) -> String {
    if spans.is_empty() {
        return "∅".to_owned();
    }
    spans
        .iter()
        .map(|s| code(&text[*s]))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `s` as a Markdown code span that is safe inside a table cell.
fn code(s: &str) -> String {
    let s = s.replace('|', "\\|");
    if s.contains('`') {
        format!("`` {s} ``")
    } else {
        format!("`{s}`")
    }
}

/// `1234567` → `1,234,567`.
#[must_use]
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Tokens of `spans` around `range`, with the ones in `range` marked ⟦ ⟧,
/// `context` tokens on either side.
fn window(text: &str, spans: &[Span], range: std::ops::Range<usize>, context: usize) -> String {
    let from = range.start.saturating_sub(context);
    let to = (range.end + context).min(spans.len());
    let mut parts = Vec::new();
    if from > 0 {
        parts.push("…".to_owned());
    }
    for (i, span) in spans.iter().enumerate().take(to).skip(from) {
        if range.contains(&i) {
            parts.push(format!("⟦{}⟧", &text[*span]));
        } else {
            parts.push(text[*span].to_owned());
        }
    }
    if range.is_empty() {
        parts.push("⟦∅⟧".to_owned());
    }
    if to < spans.len() {
        parts.push("…".to_owned());
    }
    parts.join(" ")
}

/// Writes every disagreement of `results` in a plain-text form for
/// debugging: the sentence, then the gold and our tokens around it.
///
/// # Errors
///
/// When writing fails.
pub fn write_dump(out: &mut dyn Write, label: &str, results: &[SetResult<'_>]) -> io::Result<()> {
    const CONTEXT: usize = 4;
    writeln!(out, "# eval-tokenize disagreements of {label}")?;
    writeln!(
        out,
        "# one record per disagreement; ⟦ ⟧ marks the tokens involved, {CONTEXT} tokens of context either side\n"
    )?;
    for r in results {
        match (&r.score, &r.set.gold) {
            (Score::Tokens { disagreements, .. }, Gold::Tokens(sentences)) => {
                for d in disagreements {
                    let s = &sentences[d.sentence];
                    let ours = &r.predictions[d.sentence].tokens;
                    writeln!(
                        out,
                        "## {} {} [{}] bytes {}..{}",
                        r.set.id.key(),
                        s.id,
                        d.class,
                        d.span.start,
                        d.span.end
                    )?;
                    writeln!(out, "text: {}", s.text)?;
                    writeln!(
                        out,
                        "gold: {}",
                        window(&s.text, &s.tokens, d.gold.clone(), CONTEXT)
                    )?;
                    writeln!(
                        out,
                        "ours: {}\n",
                        window(&s.text, ours, d.ours.clone(), CONTEXT)
                    )?;
                }
            }
            (Score::Edges { misses, .. }, Gold::Entities(sentences)) => {
                for m in misses {
                    let s = &sentences[m.sentence];
                    let entity = &s.entities[m.edge.entity];
                    let side = match m.edge.side {
                        Side::Start => "start",
                        Side::End => "end",
                    };
                    writeln!(
                        out,
                        "## {} {} [{}] {side} of {} \"{}\" at byte {}",
                        r.set.id.key(),
                        s.id,
                        m.class,
                        entity.label,
                        &s.text[entity.span],
                        m.edge.pos
                    )?;
                    writeln!(out, "text: {}", s.text)?;
                    let words = &r.predictions[m.sentence].words;
                    let at = words
                        .iter()
                        .position(|w| w.end > m.edge.pos)
                        .unwrap_or(words.len());
                    let range = match m.word {
                        Some(_) => at..at + 1,
                        None => at..at,
                    };
                    writeln!(
                        out,
                        "ours (words): {}\n",
                        window(&s.text, words, range, CONTEXT)
                    )?;
                }
            }
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formatting() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(12_423), "12,423");
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(code("a|b"), "`a\\|b`");
        let text = "a b c d e";
        let spans: Vec<Span> = (0..5).map(|i| Span::new(2 * i, 2 * i + 1)).collect();
        assert_eq!(window(text, &spans, 2..3, 1), "… b ⟦c⟧ d …");
    }
}

//! The Markdown report, the JSON summary and the dump of misses.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, Write};

use serde_json::{json, Value};
use tokoh::{Span, Tokenizer};

use super::gazetteer::{key, Phrases};
use super::misses::{Miss, MissClass};
use super::score::{Counts, Score};
use super::sets::EvalSet;
use super::MentionType;

/// The matcher recall the issue asks for; lower means a matching bug.
pub const MATCHER_RECALL_TARGET: f64 = 0.99;

/// Bytes of context on each side of a miss in the dump.
const CONTEXT: usize = 70;

/// One set as loaded, with its gazetteer.
#[derive(Debug, Clone, Copy)]
pub struct SetView<'a> {
    /// The set.
    pub set: &'a EvalSet,
    /// Its gazetteer's phrases.
    pub phrases: &'a Phrases,
}

impl SetView<'_> {
    /// Gold mentions of the evaluation part, and how many of them have
    /// their string in the gazetteer.
    #[must_use]
    pub fn coverage(&self) -> (usize, usize) {
        let mut gold = 0;
        let mut covered = 0;
        for doc in &self.set.eval {
            for m in &doc.gold {
                gold += 1;
                covered += usize::from(self.phrases.contains(doc.slice(m.span)));
            }
        }
        (gold, covered)
    }

    /// Phrases per type, acronyms, and phrases given both types.
    fn gazetteer_counts(&self) -> (usize, usize, usize, usize) {
        let p = self.phrases.as_slice();
        let per = p.iter().filter(|p| p.ty == MentionType::Per).count();
        let acronyms = p.iter().filter(|p| p.acronym).count();
        let both = p.iter().filter(|p| p.both_types).count();
        (per, p.len() - per, acronyms, both)
    }
}

/// One tool's result on one set.
#[derive(Debug, Clone)]
pub struct ToolResult {
    /// The tool's name.
    pub tool: String,
    /// Whether the tool is tokoh (its misses can be explained with tokoh's
    /// tokenizer in the dump).
    pub is_tokoh: bool,
    /// Index of the set in the list of loaded sets.
    pub set: usize,
    /// The scores.
    pub score: Score,
    /// Gold mentions in the gazetteer that were not found, classified.
    pub misses: Vec<Miss>,
}

impl ToolResult {
    /// Misses per class, in class order, only classes that occur.
    #[must_use]
    pub fn miss_counts(&self) -> Vec<(MissClass, usize)> {
        MissClass::ALL
            .into_iter()
            .map(|c| (c, self.misses.iter().filter(|m| m.class == c).count()))
            .filter(|&(_, n)| n > 0)
            .collect()
    }
}

fn pct(x: f64) -> String {
    format!("{:.2}", 100.0 * x)
}

fn prf(c: Counts) -> String {
    format!(
        "{} / {} / {}",
        pct(c.precision()),
        pct(c.recall()),
        pct(c.f1())
    )
}

const LEGEND: &str = "\
P, R, F1: exact-span precision, recall and F1 in percent, micro-averaged over all mentions of the \
set; a predicted mention is right when a gold mention has the same byte span and the same type \
(PER for a person entity, ORG for an organization). PER and ORG: the same per type. Matcher \
recall: recall on the gold mentions whose string (case-folded, tokoh's normal form) is in the \
gazetteer, counting a mention found when a prediction has its exact span whatever its type \
(found / in gazetteer); the issue's target is ≥ 99. Every tool gets the same documents and the \
same gazetteer strings, built from the training part's gold.";

/// The report: one table with every tool on every set, then per set how
/// it was built and what the misses are.
#[must_use]
pub fn markdown(sets: &[SetView<'_>], results: &[ToolResult]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Matcher evaluation: PER and ORG mentions, exact spans\n"
    );
    let _ = writeln!(
        out,
        "| set | tool | P | R | F1 | PER P / R / F1 | ORG P / R / F1 | matcher recall |"
    );
    let _ = writeln!(out, "|---|---|---:|---:|---:|---:|---:|---:|");
    for (i, view) in sets.iter().enumerate() {
        for r in results.iter().filter(|r| r.set == i) {
            let s = &r.score;
            let flag = if s.in_gazetteer > 0 && s.matcher_recall() < MATCHER_RECALL_TARGET {
                " ⚠"
            } else {
                ""
            };
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | **{}** | {} | {} | {} ({}/{}){flag} |",
                view.set.set.key(),
                r.tool,
                pct(s.all.precision()),
                pct(s.all.recall()),
                pct(s.all.f1()),
                prf(s.per),
                prf(s.org),
                pct(s.matcher_recall()),
                s.found,
                s.in_gazetteer,
            );
        }
    }
    let _ = writeln!(out, "\n{LEGEND}");
    for (i, view) in sets.iter().enumerate() {
        let set = view.set;
        let _ = writeln!(out, "\n## {} — {}\n", set.set.key(), set.set.title());
        for note in &set.notes {
            let _ = writeln!(out, "- {note}");
        }
        let (per, org, acronyms, both) = view.gazetteer_counts();
        let _ = writeln!(
            out,
            "- gazetteer: {} distinct strings ({per} PER, {org} ORG); {acronyms} acronyms \
             (matched by tokoh only as written or in capitals); {both} strings the gold gives \
             both types (the more frequent kept)",
            view.phrases.len()
        );
        let (gold, covered) = view.coverage();
        let _ = writeln!(
            out,
            "- evaluated gold mentions: {gold}, of which {covered} ({}%) have their string in \
             the gazetteer — the ceiling of recall",
            pct(super::score::ratio(covered, gold))
        );
        for r in results.iter().filter(|r| r.set == i) {
            let counts = r.miss_counts();
            if counts.is_empty() {
                let _ = writeln!(out, "- {}: no miss of a gazetteer string", r.tool);
                continue;
            }
            let list: Vec<String> = counts
                .iter()
                .map(|(c, n)| format!("{} {n}", c.key()))
                .collect();
            let _ = writeln!(
                out,
                "- {} misses of gazetteer strings: {}",
                r.tool,
                list.join(", ")
            );
        }
    }
    let classes: Vec<String> = MissClass::ALL
        .iter()
        .map(|c| format!("`{}`: {}", c.key(), c.description()))
        .collect();
    let _ = writeln!(out, "\nMiss classes — {}.", classes.join("; "));
    out
}

fn counts_json(c: Counts) -> Value {
    json!({
        "gold": c.gold,
        "predicted": c.predicted,
        "correct": c.correct,
        "precision": c.precision(),
        "recall": c.recall(),
        "f1": c.f1(),
    })
}

/// The numbers as JSON, for scripts: one object per set with its
/// gazetteer and one entry per tool.
#[must_use]
pub fn summary_json(sets: &[SetView<'_>], results: &[ToolResult]) -> Value {
    let sets: Vec<Value> = sets
        .iter()
        .enumerate()
        .map(|(i, view)| {
            let (per, org, acronyms, both) = view.gazetteer_counts();
            let (gold, covered) = view.coverage();
            let tools: Vec<Value> = results
                .iter()
                .filter(|r| r.set == i)
                .map(|r| {
                    let s = &r.score;
                    let misses: BTreeMap<&str, usize> = r
                        .miss_counts()
                        .into_iter()
                        .map(|(c, n)| (c.key(), n))
                        .collect();
                    let mut all = counts_json(s.all);
                    if let Value::Object(map) = &mut all {
                        map.insert("tool".into(), Value::from(r.tool.clone()));
                        map.insert("per".into(), counts_json(s.per));
                        map.insert("org".into(), counts_json(s.org));
                        map.insert(
                            "matcher_recall".into(),
                            json!({
                                "in_gazetteer": s.in_gazetteer,
                                "found": s.found,
                                "recall": s.matcher_recall(),
                                "found_typed": s.found_typed,
                                "recall_typed": s.matcher_recall_typed(),
                            }),
                        );
                        map.insert("misses".into(), json!(misses));
                    }
                    all
                })
                .collect();
            json!({
                "set": view.set.set.key(),
                "title": view.set.set.title(),
                "docs": view.set.eval.len(),
                "gold": gold,
                "gold_in_gazetteer": covered,
                "gazetteer": {
                    "strings": view.phrases.len(),
                    "per": per,
                    "org": org,
                    "acronyms": acronyms,
                    "both_types": both,
                },
                "notes": view.set.notes,
                "tools": tools,
            })
        })
        .collect();
    json!({ "sets": sets })
}

/// `span` of `text` with `CONTEXT` bytes around it (cut at character
/// boundaries, line breaks shown as spaces), the span marked `⟦…⟧`.
fn in_context(text: &str, span: Span) -> String {
    let mut start = span.start.saturating_sub(CONTEXT);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (span.end + CONTEXT).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    let line = format!(
        "{}{}⟦{}⟧{}{}",
        if start > 0 { "…" } else { "" },
        &text[start..span.start],
        &text[span],
        &text[span.end..end],
        if end < text.len() { "…" } else { "" },
    );
    line.replace(['\n', '\r', '\t'], " ")
}

/// tokoh's words around `span` of `text`, separated by `|`.
fn words_around(tokenizer: &Tokenizer, text: &str, span: Span) -> String {
    let tokens = tokenizer.tokenize(text);
    let words: Vec<Span> = tokens
        .iter()
        .flat_map(|t| t.words().iter().copied())
        .collect();
    let first = words
        .iter()
        .position(|w| w.end > span.start)
        .unwrap_or(words.len());
    let last = words
        .iter()
        .rposition(|w| w.start < span.end)
        .map_or(first, |i| i + 1);
    let from = first.saturating_sub(2);
    let to = (last + 2).min(words.len());
    let shown: Vec<&str> = words[from..to].iter().map(|w| &text[*w]).collect();
    format!("| {} |", shown.join(" | "))
}

/// Writes every miss of every tool: the document, the gold mention in its
/// context, the gazetteer entry of its string, the overlapping predictions
/// and, for tokoh, its words around the mention.
///
/// # Errors
///
/// When writing fails.
pub fn write_dump(
    out: &mut impl Write,
    sets: &[SetView<'_>],
    results: &[ToolResult],
    tokenizer: &Tokenizer,
) -> io::Result<()> {
    writeln!(
        out,
        "# eval-match: gold mentions whose string is in the gazetteer but that were not found"
    )?;
    for r in results {
        let view = &sets[r.set];
        writeln!(
            out,
            "\n## {} on {}: {} misses of {} (matcher recall {}%)",
            r.tool,
            view.set.set.key(),
            r.misses.len(),
            r.score.in_gazetteer,
            pct(r.score.matcher_recall())
        )?;
        for class in MissClass::ALL {
            let misses: Vec<&Miss> = r.misses.iter().filter(|m| m.class == class).collect();
            if misses.is_empty() {
                continue;
            }
            writeln!(
                out,
                "\n### {} ({}): {}\n",
                class.key(),
                misses.len(),
                class.description()
            )?;
            for miss in misses {
                let doc = &view.set.eval[miss.doc];
                let surface = doc.slice(miss.gold.span);
                let entry = view.phrases.get(&key(surface)).map_or_else(
                    || "?".to_owned(),
                    |p| {
                        format!(
                            "{:?} {}{}",
                            p.text,
                            p.ty,
                            if p.acronym { ", acronym" } else { "" }
                        )
                    },
                );
                writeln!(
                    out,
                    "{} {} {:?} [{}..{}] (gazetteer: {entry})",
                    doc.id, miss.gold.ty, surface, miss.gold.span.start, miss.gold.span.end
                )?;
                writeln!(out, "    {}", in_context(&doc.text, miss.gold.span))?;
                for p in &miss.overlapping {
                    writeln!(out, "    predicted: {} {:?}", p.ty, doc.slice(p.span))?;
                }
                if r.is_tokoh {
                    writeln!(
                        out,
                        "    tokoh words: {}",
                        words_around(tokenizer, &doc.text, miss.gold.span)
                    )?;
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_marks_the_span_and_cuts_on_char_boundaries() {
        let text = "Kata Budi.";
        assert_eq!(in_context(text, Span::new(5, 9)), "Kata ⟦Budi⟧.");
        let long = format!("{}Budi{}", "é".repeat(60), "x\n".repeat(60));
        let line = in_context(&long, Span::new(120, 124));
        assert!(line.starts_with('…') && line.ends_with('…'));
        assert!(line.contains("⟦Budi⟧x x"));
    }

    #[test]
    fn words_around_shows_the_words_layer() {
        let tokenizer = Tokenizer::new();
        let text = "Kata juru bicara KPK-nya kemarin di sana.";
        let start = text.find("KPK").expect("in text");
        let got = words_around(&tokenizer, text, Span::new(start, start + 3));
        assert_eq!(got, "| juru | bicara | KPK | -nya | kemarin |");
    }
}

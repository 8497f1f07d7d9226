//! Tokenizer throughput on Indonesian news text.
//!
//! The text is the kumparan news corpus of `nlp-id` from `../shared`,
//! detokenised into paragraphs (see `tokoh_benches::corpus`); without
//! `../shared` a synthetic stand-in is used. `TOKOH_SHARED=DIR` overrides
//! the folder.
//!
//! - `tokenize/paragraphs`: each paragraph tokenized on its own, reusing one
//!   token vector (`Tokenizer::tokenize_into`) — the figure compared with
//!   spaCy, which is also fed paragraph by paragraph;
//! - `tokenize/whole-text`: the whole corpus in one `Tokenizer::tokenize`
//!   call.
//!
//! With the synthetic text the group is `tokenize-synthetic` instead.
//!
//! ```text
//! cargo bench -p tokoh-benches --bench tokenize
//! cargo bench -p tokoh-benches --bench tokenize -- --warm-up-time 1 --measurement-time 3
//! ```

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use tokoh::Tokenizer;
use tokoh_benches::corpus::Corpus;

fn bench_tokenize(c: &mut Criterion) {
    let corpus = match Corpus::load(None) {
        Ok(corpus) => corpus,
        Err(e) => {
            eprintln!("tokenize bench: {e}; using the synthetic corpus");
            Corpus::synthetic(e.to_string())
        }
    };
    eprintln!("corpus: {corpus}");
    let paragraphs: Vec<&str> = corpus.paragraphs().collect();
    let tokenizer = Tokenizer::new();

    // A separate group for the synthetic text, so that criterion never
    // compares its timings with a baseline of the real corpus.
    let group_name = if corpus.is_real() {
        "tokenize"
    } else {
        "tokenize-synthetic"
    };
    let mut group = c.benchmark_group(group_name);
    group.throughput(Throughput::Bytes(corpus.text.len() as u64));
    // One iteration is the whole corpus (~3.5 MB): few samples suffice.
    group.sample_size(10);
    group.bench_function("paragraphs", |b| {
        let mut tokens = Vec::new();
        b.iter(|| {
            let mut n = 0;
            for paragraph in &paragraphs {
                tokenizer.tokenize_into(black_box(paragraph), &mut tokens);
                n += tokens.len();
            }
            n
        });
    });
    group.bench_function("whole-text", |b| {
        b.iter(|| tokenizer.tokenize(black_box(&corpus.text)).len());
    });
    group.finish();
}

criterion_group!(benches, bench_tokenize);
criterion_main!(benches);

//! Matching throughput (tokenize + match + resolve, one call per paragraph)
//! and compile time, on gazetteers of 1,000, 10,000 and 100,000 generated
//! entities over the same news text as the tokenizer bench; and the
//! throughput with the built-in gazetteer, whose forms occur in most
//! paragraphs of news (the generated ones in few).
//!
//!     cargo bench -p tokoh-benches --bench matcher

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use tokoh::{Gazetteer, Matcher};
use tokoh_benches::corpus::Corpus;
use tokoh_benches::gazetteer_gen;

const SIZES: [usize; 3] = [1_000, 10_000, 100_000];

fn gazetteer(n: usize) -> Gazetteer {
    let mut builder = Gazetteer::builder();
    if let Err(e) = builder.load_jsonl_str(&gazetteer_gen::generate(n), "generated") {
        panic!("the generated gazetteer does not load: {e}");
    }
    builder.build()
}

fn bench_matcher(c: &mut Criterion) {
    let corpus = match Corpus::load(None) {
        Ok(corpus) => corpus,
        Err(e) => Corpus::synthetic(e.to_string()),
    };
    let paragraphs: Vec<&str> = corpus.paragraphs().collect();

    let mut find = c.benchmark_group(if corpus.is_real() {
        "match"
    } else {
        "match-synthetic"
    });
    find.throughput(Throughput::Bytes(corpus.text.len() as u64));
    find.sample_size(10);
    let matchers = SIZES
        .iter()
        .map(|&n| (n.to_string(), Matcher::new(gazetteer(n))))
        .chain(std::iter::once((
            "builtin".to_owned(),
            Matcher::new(Gazetteer::builtin().clone()),
        )));
    for (name, matcher) in matchers {
        find.bench_with_input(BenchmarkId::new("find", name), &matcher, |b, matcher| {
            b.iter(|| {
                paragraphs
                    .iter()
                    .map(|p| matcher.find(black_box(p)).len())
                    .sum::<usize>()
            });
        });
    }
    find.finish();

    let mut build = c.benchmark_group("match-build");
    build.sample_size(10);
    for n in SIZES {
        let gazetteer = gazetteer(n);
        build.bench_with_input(BenchmarkId::new("compile", n), &gazetteer, |b, g| {
            b.iter(|| Matcher::new(g.clone()));
        });
    }
    build.finish();
}

criterion_group!(benches, bench_matcher);
criterion_main!(benches);

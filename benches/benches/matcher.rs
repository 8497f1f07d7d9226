//! Matching throughput (tokenize + match + resolve, one call per paragraph)
//! and compile time, on gazetteers of 1,000, 10,000 and 100,000 generated
//! entities over the same news text as the tokenizer bench; and the
//! throughput with the built-in gazetteer, whose forms occur in most
//! paragraphs of news (the generated ones in few). `match-linear` finds the
//! built-in gazetteer's mentions in one document of 1, 10 and 100 MB, the
//! news text repeated with its line breaks made spaces: throughput that
//! stays level across the three sizes is time linear in the text.
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

    let mut linear = c.benchmark_group("match-linear");
    linear.sample_size(10);
    let builtin = Matcher::new(Gazetteer::builtin().clone());
    let line = corpus.text.replace('\n', " ");
    for megabytes in [1usize, 10, 100] {
        let bytes = megabytes << 20;
        let mut text = line.repeat(bytes / line.len().max(1) + 1);
        let end = (0..=bytes.min(text.len()))
            .rev()
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(0);
        text.truncate(end);
        linear.throughput(Throughput::Bytes(text.len() as u64));
        linear.bench_with_input(
            BenchmarkId::new("find-one-document-mb", megabytes),
            &text,
            |b, text| b.iter(|| builtin.find(black_box(text)).len()),
        );
    }
    linear.finish();

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

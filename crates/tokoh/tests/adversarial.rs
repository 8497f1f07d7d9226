//! Adversarial inputs: very long runs of one character, texts without white
//! space, deep hyphen chains, long URLs, invisible and invalid text, every
//! Unicode scalar value. Each test must not panic, must keep the tokenizer's
//! invariants (see `common::check_invariants`), and must finish in time
//! linear in the input.
//!
//! Sizes: the "10 MB" inputs are 10 MiB in release builds and 1 MiB in debug
//! builds, where the tokenizer is many times slower; `cargo test --release
//! -p tokoh --test adversarial` runs the full sizes. Every test prints its
//! timings to stderr (`-- --nocapture` shows them); no test asserts on time.
//!
//! Inputs on which the current tokenizer takes time quadratic in the length
//! of a run without white space are tested at a small size (so that their
//! invariants are checked on every run) and at the full size in an ignored
//! test, to be run with `-- --ignored` once the quadratic behaviour is fixed.

#![allow(clippy::unwrap_used)]

mod common;

use std::time::Instant;

use tokoh::{TokenKind, Tokenizer};

use common::check_invariants;

/// The size of the "10 MB" inputs: 10 MiB in release builds (`cargo test
/// --release` runs the full size), 1 MiB in debug builds.
fn big() -> usize {
    if cfg!(debug_assertions) {
        1 << 20
    } else {
        10 << 20
    }
}

/// One MiB, for the few inputs that are 1 MB in every build.
const ONE_MB: usize = 1 << 20;

/// The size of the "1 MB" inputs: 1 MiB in release builds, 256 KiB in
/// debug builds.
fn medium() -> usize {
    if cfg!(debug_assertions) {
        256 << 10
    } else {
        1 << 20
    }
}

/// The size at which inputs that are quadratic in the current tokenizer are
/// checked on every run.
fn small() -> usize {
    if cfg!(debug_assertions) {
        8 << 10
    } else {
        32 << 10
    }
}

/// `unit` repeated until the text has at least `size` bytes.
fn repeat_to(unit: &str, size: usize) -> String {
    unit.repeat(size.div_ceil(unit.len()))
}

/// A deterministic pseudo-random generator (xorshift64*), so that the
/// "random" inputs are the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

/// Tokenizes `text`, checks every invariant (panicking with a readable
/// message if one fails), prints the timings, and returns the tokens' kinds.
fn run(name: &str, text: &str) -> Vec<TokenKind> {
    let tokenizer = &Tokenizer::new();
    let start = Instant::now();
    let tokens = tokenizer.tokenize(text);
    let tokenized = start.elapsed();
    let sentences = tokenizer.sentences(text, &tokens);
    let split = start.elapsed() - tokenized;
    if let Err(message) = check_invariants(tokenizer, text, &tokens) {
        panic!(
            "{name}: invariant violated: {message}\ninput: {} bytes, {}",
            text.len(),
            common::excerpt(text, 0)
        );
    }
    eprintln!(
        "{name}: {} bytes, {} tokens, {} sentences; tokenize {:.3} s, sentences {:.3} s",
        text.len(),
        tokens.len(),
        sentences.len(),
        tokenized.as_secs_f64(),
        split.as_secs_f64()
    );
    tokens.iter().map(|t| t.kind).collect()
}

// ---------------------------------------------------------------------------
// 10 MB of one character.

#[test]
fn ten_megabytes_of_a() {
    let kinds = run("a", &repeat_to("a", big()));
    assert_eq!(kinds, [TokenKind::Word]);
}

#[test]
fn ten_megabytes_of_full_stops() {
    run(".", &repeat_to(".", big()));
}

#[test]
fn ten_megabytes_of_hyphens() {
    run("-", &repeat_to("-", big()));
}

#[test]
fn ten_megabytes_of_emoji() {
    let text = repeat_to("😀", big());
    let kinds = run("😀", &text);
    // One token per emoji.
    assert_eq!(kinds.len(), text.chars().count());
    assert!(kinds.iter().all(|&k| k == TokenKind::Emoji));
}

#[test]
fn ten_megabytes_of_a_combining_acute_accent() {
    run("U+0301", &repeat_to("\u{301}", big()));
}

#[test]
fn ten_megabytes_of_dotted_capital_i() {
    run("İ", &repeat_to("İ", big()));
}

#[test]
fn ten_megabytes_of_flags_and_skin_tones() {
    run("🇮🇩", &repeat_to("🇮🇩", big()));
    run("🇮", &repeat_to("🇮", big()));
    run("🏽", &repeat_to("🏽", big()));
    run("👍🏽👨‍👩‍👧", &repeat_to("👍🏽👨\u{200d}👩\u{200d}👧", big()));
    run(
        "ZWJ after emoji",
        &format!("😀{}", repeat_to("\u{200d}", big())),
    );
}

// ---------------------------------------------------------------------------
// Long runs without white space.

/// `KPK-nya` joined by `-`, without white space.
#[test]
fn ten_megabytes_of_kpk_nya_chain() {
    let text = repeat_to("KPK-nya-", big());
    run("KPK-nya-", text.trim_end_matches('-'));
}

/// Hyphen chains of every shape the hyphenation rules know: reduplication,
/// clitics, bound forms, letter–digit codes, single letters, names,
/// non-ASCII words, hyphens that are not `-`, dashes.
#[test]
fn deep_hyphen_chains() {
    for unit in [
        "diam-",
        "a-",
        "Jokowi-Ahok-",
        "se-",
        "di-PHK-",
        "COVID-19-",
        "1-",
        "1-a-",
        "-nya",
        "anak-anaknya-",
        "é-",
        "İ-",
        "\u{2010}a",
        "a\u{2011}",
        "a–",
        "1990-an-",
        "ке-",
        "a--",
        "--a",
    ] {
        run(unit, &repeat_to(unit, medium()));
    }
}

/// Linearity: 1 MB of `-` and of `a-`, in every build.
#[test]
fn one_megabyte_of_hyphens_and_of_a_hyphen() {
    run("-", &repeat_to("-", ONE_MB));
    run("a-", &repeat_to("a-", ONE_MB));
}

/// Words glued by `.`, `_`, `%`, `+`, `@` (which start the e-mail and domain
/// rules).
#[test]
fn words_glued_by_web_punctuation() {
    for unit in [
        "KPK.", "a.", "a_", "a%", "a+", "Rp.", "a.b@", "x@y.", "www.", "a@", "a:",
    ] {
        run(unit, &repeat_to(unit, medium()));
    }
}

/// Patterns on which the current tokenizer takes quadratic time (see the
/// ignored test below), checked at a small size so that their invariants are
/// checked on every run:
///
/// - `ab.cd.`: the dotted-abbreviation rule scans every following segment;
/// - `http-`, `www-`, `http.`: the URL rule finds the end of the chunk before
///   it checks for `http://` or `www.`;
/// - `a.com/`: a bare domain's path looks for the end of the chunk, then is
///   cut 254 bytes after the domain's start, and the next domain looks again.
#[test]
fn quadratic_patterns_at_a_small_size() {
    for unit in ["ab.cd.", "http-", "www-", "http.", "a.com/"] {
        run(&format!("{unit} (small)"), &repeat_to(unit, small()));
    }
}

#[test]
fn quadratic_patterns_at_one_megabyte() {
    for unit in ["ab.cd.", "http-", "www-", "http.", "a.com/"] {
        run(unit, &repeat_to(unit, medium()));
    }
}

/// Two long capitalised parts of a hyphenated word that almost repeat each
/// other: the reduplication test compares every common stem length, which
/// is quadratic; checked at a small size.
#[test]
fn long_almost_reduplication() {
    let half = small() / 2;
    let text = format!("{}x-{}y", "A".repeat(half), "A".repeat(half));
    run("AAAx-AAAy (small)", &text);
}

#[test]
fn one_megabyte_almost_reduplication() {
    let half = medium() / 2;
    let text = format!("{}x-{}y", "A".repeat(half), "A".repeat(half));
    run("AAAx-AAAy", &text);
}

/// The domain rule looks at most 253 bytes ahead; a dotted run longer than
/// that must not end a domain inside a word (`.community` is not `.co`).
#[test]
fn bounded_domain_does_not_end_inside_a_word() {
    let text = format!("a.{}.community", "x".repeat(249));
    run("a.xxx.community", &text);
    let tokens = Tokenizer::new().tokenize(&text);
    let community = text.len() - "community".len();
    assert!(
        tokens.iter().all(|t| t.span.start <= community),
        "a token starts inside `community`: {:?}",
        tokens.iter().map(|t| t.text(&text)).collect::<Vec<_>>()
    );
}

/// A bare domain with a long path (news slugs are long) is one URL token,
/// as it is with a scheme.
#[test]
fn bare_domain_with_a_long_path_is_one_token() {
    let slug = ["presiden"; 40].join("-");
    for url in [
        format!("https://kompas.com/read/2022/07/29/10300061/{slug}"),
        format!("kompas.com/read/2022/07/29/10300061/{slug}"),
    ] {
        let text = format!("Baca {url} hari ini");
        run("long path", &text);
        let tokens = Tokenizer::new().tokenize(&text);
        let surface: Vec<&str> = tokens.iter().map(|t| t.text(&text)).collect();
        assert_eq!(surface, ["Baca", url.as_str(), "hari", "ini"]);
        assert_eq!(tokens[1].kind, TokenKind::Url);
    }
}

#[test]
fn one_megabyte_of_dotted_digits() {
    run("1.1.1.1", &repeat_to("1.", ONE_MB));
    run("1.1.1.1 (odd)", &format!("{}1", repeat_to("1.", medium())));
    run("1,1,1", &repeat_to("1,", medium()));
    run("1/1/1", &repeat_to("1/", medium()));
    run("1:1:1", &repeat_to("1:", medium()));
    run("1-1-1", &repeat_to("1-", medium()));
    run("12.30.", &repeat_to("12.30.", medium()));
    run("1.000,5", &repeat_to("1.000,5", medium()));
    run("34/PMK.011/", &repeat_to("34/PMK.011/", medium()));
    run("9", &repeat_to("9", medium()));
}

#[test]
fn one_megabyte_of_slashes() {
    run("/", &repeat_to("/", medium()));
    run("a/", &repeat_to("a/", medium()));
    run("A/1", &repeat_to("A/1", medium()));
}

#[test]
fn very_long_urls() {
    let n = medium();
    run(
        "https://kompas.id/...",
        &format!("https://kompas.id/{}?q=1&r=2", repeat_to("baca/", n)),
    );
    run("www....", &format!("www.{}.com/a", repeat_to("sub.", n)));
    run(
        "domain with a path",
        &format!("kompas.com/{}", repeat_to("a/", n)),
    );
    run("url with dots", &format!("http://x{}", repeat_to(".", n)));
    run("long e-mail", &format!("{}@gmail.com", repeat_to("a.", n)));
    run("long mention", &format!("@{}", repeat_to("a_", n)));
    run("long hashtag", &format!("#{}", repeat_to("a_", n)));
    run("many urls", &repeat_to("https://a.id/b ", n));
    run("http://x)))", &format!("http://x{}", ")".repeat(n)));
    run("kompas.com/x)))", &format!("kompas.com/x{}", ")".repeat(n)));
    run("http://x(((", &format!("http://x{}", "(".repeat(n)));
    run(
        "http://x)]}.",
        &format!("http://x{}", ")]}.,;!?'\"”’»…“‘".repeat(n / 32)),
    );
}

#[test]
fn at_and_hash_signs() {
    run("@", &repeat_to("@", medium()));
    run("#", &repeat_to("#", medium()));
    run("@a", &repeat_to("@a", medium()));
    run("#a", &repeat_to("#a", medium()));
    run("a@", &repeat_to("a@", medium()));
    run("#️⃣", &repeat_to("#\u{fe0f}\u{20e3}", medium()));
    run("##a", &repeat_to("##a", medium()));
}

// ---------------------------------------------------------------------------
// Invisible, unusual and invalid text.

#[test]
fn only_zero_width_characters() {
    let all = "\u{200b}\u{200c}\u{200d}\u{2060}\u{feff}\u{180e}\u{ad}\u{fe0f}";
    run("zero width", all);
    run("zero width, long", &repeat_to(all, medium()));
    // Separators only: no token at all.
    let kinds = run(
        "zero width separators",
        &repeat_to("\u{200b}\u{2060}\u{feff}", medium()),
    );
    assert!(kinds.is_empty());
    // Joiners only: tokens whose norm falls back to the text.
    for c in ['\u{200c}', '\u{200d}', '\u{ad}', '\u{fe0f}', '\u{e0100}'] {
        run(&format!("U+{:04X}", c as u32), &c.to_string());
        run(
            &format!("U+{:04X} x 1000", c as u32),
            &c.to_string().repeat(1000),
        );
    }
}

#[test]
fn only_nbsp() {
    let kinds = run("NBSP", &repeat_to("\u{a0}", medium()));
    assert!(kinds.is_empty());
    let kinds = run(
        "every separator",
        &repeat_to(
            " \t\n\r\u{b}\u{c}\u{85}\u{a0}\u{1680}\u{2000}\u{2001}\u{2002}\u{2003}\u{2004}\u{2005}\
             \u{2006}\u{2007}\u{2008}\u{2009}\u{200a}\u{2028}\u{2029}\u{202f}\u{205f}\u{3000}\
             \u{200b}\u{2060}\u{feff}\u{180e}",
            medium(),
        ),
    );
    assert!(kinds.is_empty());
}

#[test]
fn rtl_paragraphs_with_numbers_and_latin() {
    let paragraphs = [
        "قال الرئيس جوكو ويدودو في جاكرتا يوم 29/7/2022 إن ميزانية KPK-nya بلغت Rp1,5 تريليون.",
        "ذكرت وكالة أنتارا (Antara) أن ٣٤ شخصًا أصيبوا، وفق https://antaranews.com/berita/1.",
        "שלום עולם! הנשיא ביקר ב-Jakarta ב-10:30, ראו www.kompas.id ו-@jokowi #Pemilu2024.",
        "\u{202b}مرحبا KPK\u{202c} \u{200f}١٢٣\u{200e} \u{2067}שלום 2024\u{2069} \u{61c}٣,٥",
        "كلمة\u{200d}كلمة ك\u{64e}ت\u{64e}ب\u{64e} \u{600}١٢ ﷺ ﷽ ٪ ؟ ، ؛",
    ];
    let text = paragraphs.join("\n\n");
    run("RTL", &text);
    run("RTL, long", &repeat_to(&format!("{text}\n"), medium()));
}

#[test]
fn mixed_scripts_inside_one_word() {
    let words = [
        "Jakartaجاكرتا東京Москва",
        "KPK中文-nya",
        "ЈокоWidodo",
        "diam-дiam",
        "se-Индонезия",
        "Ma'ルフ",
        "ＫＰＫ-nya",
        "İstanbulİİ-nya",
        "क्षत्रिय-nya",
        "ไทย123abc",
        "abc\u{301}\u{316}\u{20e3}def",
        "a\u{200d}b\u{200c}c\u{ad}d\u{fe0f}e",
        "𝐀𝐁𝐂-𝟏𝟐",
        "ǅemal-ǈ",
        "①②③-an",
        "1½-an",
        "٣٤/PMK.011/٢٠٠٧",
        "Rp١٢٣",
        "x\u{1f3fd}y",
        "a😀b-nya",
    ];
    for w in words {
        run(w, w);
    }
    let text = words.join(" ");
    run("all mixed words", &text);
    run("all mixed words, glued", &words.concat());
    run(
        "all mixed words, long",
        &repeat_to(&format!("{text} "), medium()),
    );
}

#[test]
fn lossy_decoded_invalid_utf8() {
    let samples: [&[u8]; 8] = [
        b"\xff",
        b"\xffJakarta\xfe",
        b"KPK-\xc3nya",
        b"\xe2\x80 kata \xe2\x80",
        b"\xf0\x9f\x98 emoji \xf0\x9f",
        b"Rp\xc0\x801,5 \xed\xa0\x80 surrogate \xed\xbf\xbf",
        b"\xf4\x90\x80\x80 too large, overlong \xc1\xbf \xe0\x80\xaf",
        b"diam\xc2-diam \x80\x80\x80 1.000\xa0,5",
    ];
    for bytes in samples {
        let text = String::from_utf8_lossy(bytes);
        run(&format!("{text:?}"), &text);
    }
    // A megabyte of random bytes, and of random bytes mixed with text.
    let mut rng = Rng(0x746f_6b6f_6821);
    let bytes: Vec<u8> = (0..medium()).map(|_| rng.next() as u8).collect();
    run("random bytes", &String::from_utf8_lossy(&bytes));
    let pieces: [&[u8]; 10] = [
        b"KPK-nya ",
        b"\xff",
        b"\xe2\x80",
        b"Rp1,5 ",
        b"\xf0\x9f\x98",
        b"diam-diam",
        b"\xc3",
        b" ",
        b"https://a.id/",
        b"1.000",
    ];
    let mut mixed = Vec::with_capacity(medium() + 16);
    while mixed.len() < medium() {
        mixed.extend_from_slice(pieces[rng.below(pieces.len())]);
    }
    run(
        "random text and invalid bytes",
        &String::from_utf8_lossy(&mixed),
    );
}

#[test]
fn bom_at_start() {
    let text = "\u{feff}JAKARTA, KOMPAS.com - Presiden Jokowi.";
    let tokenizer = Tokenizer::new();
    run("BOM", text);
    let tokens = tokenizer.tokenize(text);
    assert_eq!(tokens[0].span.start, 3);
    assert_eq!(tokens[0].text(text), "JAKARTA");
    // A BOM in the middle of a text separates too.
    run(
        "BOM inside",
        "KPK\u{feff}-nya \u{feff}\u{feff} Rp\u{feff}1,5",
    );
    run("only BOMs", &repeat_to("\u{feff}", medium()));
}

#[test]
fn crlf_text_splits_like_lf_text() {
    let lf = "Judul Berita\nJAKARTA - Isi berita.\n\nparagraf kedua tanpa kapital\nlanjut\n";
    let crlf = lf.replace('\n', "\r\n");
    let tokenizer = Tokenizer::new();
    run("CRLF", &crlf);
    let surfaces = |text: &str| -> Vec<String> {
        tokenizer
            .tokenize(text)
            .iter()
            .map(|t| t.text(text).to_owned())
            .collect()
    };
    assert_eq!(surfaces(lf), surfaces(&crlf));
    let sentences_lf = tokenizer.sentences(lf, &tokenizer.tokenize(lf));
    let sentences_crlf = tokenizer.sentences(&crlf, &tokenizer.tokenize(&crlf));
    assert_eq!(sentences_lf, sentences_crlf);
    // A blank line always ends a sentence, even before a lower-case word.
    assert_eq!(sentences_crlf.len(), 3, "{sentences_crlf:?}");
    run("CRLF, long", &repeat_to(&crlf, medium()));
    run("lone CRs", &repeat_to("kata\r\r", medium()));
    run("CR LF mix", &repeat_to("a.\r\n\rB\n\r", medium()));
}

// ---------------------------------------------------------------------------
// Every Unicode scalar value.

/// Every scalar value from U+0000 to U+FFFF (the surrogates are not scalar
/// values), in order and without spaces.
#[test]
fn every_bmp_scalar_in_order() {
    let text: String = (0..=0xffffu32).filter_map(char::from_u32).collect();
    assert_eq!(text.chars().count(), 0x10000 - 0x800);
    run("U+0000..U+FFFF", &text);
}

/// The same, in random order, each followed by a space.
#[test]
fn every_bmp_scalar_shuffled_with_spaces() {
    let mut chars: Vec<char> = (0..=0xffffu32).filter_map(char::from_u32).collect();
    Rng(0x5eed).shuffle(&mut chars);
    let mut text = String::with_capacity(chars.len() * 4);
    for c in chars {
        text.push(c);
        text.push(' ');
    }
    run("U+0000..U+FFFF shuffled", &text);
    // Each character alone, so that an odd one out is named.
    let tokenizer = Tokenizer::new();
    for c in (0..=0xffffu32).filter_map(char::from_u32) {
        let s = c.to_string();
        let tokens = tokenizer.tokenize(&s);
        if let Err(message) = check_invariants(&tokenizer, &s, &tokens) {
            panic!("U+{:04X} alone: {message}", c as u32);
        }
    }
}

/// The same in random order, without spaces: every pair of neighbours is a
/// collision of two rules.
#[test]
fn every_bmp_scalar_shuffled_without_spaces() {
    let mut chars: Vec<char> = (0..=0xffffu32).filter_map(char::from_u32).collect();
    Rng(0xc0ffee).shuffle(&mut chars);
    let text: String = chars.into_iter().collect();
    run("U+0000..U+FFFF shuffled, no spaces", &text);
}

/// The supplementary planes, U+10000 to U+10FFFF: in order, and shuffled
/// with spaces. Every code point in release builds, every 16th in debug
/// builds (where the whole takes about a minute).
#[test]
fn every_supplementary_scalar() {
    let step = if cfg!(debug_assertions) { 16 } else { 1 };
    let mut chars: Vec<char> = (0x1_0000..=0x10_ffffu32)
        .step_by(step)
        .filter_map(char::from_u32)
        .collect();
    let text: String = chars.iter().collect();
    run("U+10000..U+10FFFF", &text);
    Rng(0xabcdef).shuffle(&mut chars);
    let mut text = String::with_capacity(chars.len() * 5);
    for c in chars {
        text.push(c);
        text.push(' ');
    }
    run("U+10000..U+10FFFF shuffled", &text);
}

// ---------------------------------------------------------------------------
// Diagnostics.

/// Prints, for runs of patterns without white space, the time to tokenize
/// sizes doubling from 64 KiB: a ratio near 2 between successive sizes is
/// linear, near 4 quadratic. Asserts nothing; run it with
/// `cargo test --release -p tokoh --test adversarial -- --ignored --nocapture linearity_report`.
#[test]
#[ignore = "diagnostic: prints timings, asserts nothing"]
fn linearity_report() {
    type Make = fn(usize) -> String;
    let patterns: [(&str, Make); 28] = [
        ("-", |n| repeat_to("-", n)),
        ("a-", |n| repeat_to("a-", n)),
        ("diam-", |n| repeat_to("diam-", n)),
        ("KPK-nya-", |n| repeat_to("KPK-nya-", n)),
        ("Jokowi-Ahok-", |n| repeat_to("Jokowi-Ahok-", n)),
        ("a.", |n| repeat_to("a.", n)),
        ("KPK.", |n| repeat_to("KPK.", n)),
        ("ab.cd.", |n| repeat_to("ab.cd.", n)),
        ("a_", |n| repeat_to("a_", n)),
        ("a%", |n| repeat_to("a%", n)),
        ("Rp.", |n| repeat_to("Rp.", n)),
        ("http-", |n| repeat_to("http-", n)),
        ("www-", |n| repeat_to("www-", n)),
        ("http.", |n| repeat_to("http.", n)),
        ("a.com/", |n| repeat_to("a.com/", n)),
        ("x@y.", |n| repeat_to("x@y.", n)),
        ("a.b@", |n| repeat_to("a.b@", n)),
        ("1/", |n| repeat_to("1/", n)),
        ("1.", |n| repeat_to("1.", n)),
        ("34/PMK.011/", |n| repeat_to("34/PMK.011/", n)),
        ("http://x)))", |n| format!("http://x{}", ")".repeat(n))),
        ("a.com/x)))", |n| format!("a.com/x{}", ")".repeat(n))),
        ("AAAx-AAAy", |n| {
            format!("{}x-{}y", "A".repeat(n / 2), "A".repeat(n / 2))
        }),
        ("😀", |n| repeat_to("😀", n)),
        ("é-", |n| repeat_to("é-", n)),
        ("U+0301", |n| repeat_to("\u{301}", n)),
        ("@", |n| repeat_to("@", n)),
        ("#a", |n| repeat_to("#a", n)),
    ];
    let tokenizer = Tokenizer::new();
    for (name, make) in patterns {
        let mut previous = None;
        let mut line = format!("{name:>14}:");
        for size in [64 << 10, 128 << 10, 256 << 10, 512 << 10, 1 << 20] {
            let text = make(size);
            let start = Instant::now();
            let tokens = tokenizer.tokenize(&text);
            let seconds = start.elapsed().as_secs_f64();
            std::hint::black_box(tokens);
            line.push_str(&format!(" {}K {seconds:.4}s", size >> 10));
            if let Some(p) = previous {
                line.push_str(&format!(" (x{:.1})", seconds / p));
            }
            previous = Some(seconds.max(1e-6));
            if seconds > 2.0 {
                break;
            }
        }
        eprintln!("{line}");
    }
}

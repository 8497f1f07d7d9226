//! URLs, bare domains (as in datelines: `TRIBUNNEWS.COM, WASHINGTON -`,
//! `Jakarta,Kompas.com-Presiden`), e-mail addresses, `@user` mentions and
//! `#hashtags`.

use super::scanner::char_at;

/// Top-level domains recognised at the end of a bare domain. Words that are
/// common in running text (`me`, `my`, `us`, `de`, `media`, `news`) are left
/// out, so that a glued `kata.Media` is not taken for a domain.
const TLDS: &[&str] = &[
    "com", "co", "id", "net", "org", "info", "biz", "io", "tv", "edu", "gov", "mil", "int", "xyz",
    "asia", "uk", "sg", "au", "jp", "cn", "ru", "online",
];

fn is_tld(label: &[u8]) -> bool {
    label.len() <= 6
        && TLDS
            .iter()
            .any(|t| t.as_bytes().eq_ignore_ascii_case(label))
}

/// Trailing characters that end a sentence rather than a URL.
fn trim_url_end(text: &str, p: usize, mut q: usize) -> usize {
    let bytes = text.as_bytes();
    // Bracket balance of the URL, kept up to date while trimming, so that a
    // closing bracket is trimmed only when it has no partner inside.
    let mut open = [0usize; 3];
    let mut close = [0usize; 3];
    for &b in &bytes[p..q] {
        match b {
            b'(' => open[0] += 1,
            b'[' => open[1] += 1,
            b'{' => open[2] += 1,
            b')' => close[0] += 1,
            b']' => close[1] += 1,
            b'}' => close[2] += 1,
            _ => {}
        }
    }
    loop {
        let Some(c) = text[p..q].chars().next_back() else {
            return q;
        };
        let trim = match c {
            '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '"' | '”' | '’' | '»' | '…' | '“' | '‘' => {
                true
            }
            ')' => open[0] < close[0],
            ']' => open[1] < close[1],
            '}' => open[2] < close[2],
            _ => false,
        };
        if !trim {
            return q;
        }
        match c {
            ')' => close[0] -= 1,
            ']' => close[1] -= 1,
            '}' => close[2] -= 1,
            _ => {}
        }
        q -= c.len_utf8();
    }
}

/// The longest e-mail local part (RFC 5321) and the longest domain name
/// (RFC 1035) looked at: bounds that keep scanning linear in the text.
const MAX_LOCAL: usize = 64;
const MAX_DOMAIN: usize = 253;
/// The most labels a bare domain is looked at for (`a.b.c.d.co.id` has six).
const MAX_LABELS: usize = 10;

/// A URL with a scheme (`https://`, `http://`, `ftp://`) or starting with
/// `www.`, at `p`, up to the end of the chunk less trailing punctuation.
pub(crate) fn url(text: &str, p: usize, end: usize) -> Option<usize> {
    let rest = &text.as_bytes()[p..end];
    // The scheme first: only a real URL pays for finding the chunk's end.
    let scheme = [&b"https://"[..], b"http://", b"ftp://", b"www."]
        .into_iter()
        .find(|s| rest.len() >= s.len() && rest[..s.len()].eq_ignore_ascii_case(s))?;
    let end = super::scanner::chunk_end(text, p).min(end);
    // Something must follow the scheme in the same chunk.
    if end <= p + scheme.len() {
        return None;
    }
    let q = trim_url_end(text, p, end);
    (q > p + scheme.len()).then_some(q)
}

/// A bare domain at `p` (`Liputan6.com`, `TRIBUNNEWS.COM`, `kompas.id`,
/// `detik-news.co.id`), with a path if one follows (`kompas.id/baca/1`).
pub(crate) fn domain(text: &str, p: usize, end: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    // Labels are looked for within a domain name's longest length and label
    // count, which keeps this look-ahead short at every word of a long chunk.
    let scan_end = end.min(p + MAX_DOMAIN + 1);
    let mut q = p;
    let mut labels = 0usize;
    let mut best = None;
    while labels < MAX_LABELS {
        let label_start = q;
        if !(q < scan_end && bytes[q].is_ascii_alphanumeric()) {
            break;
        }
        loop {
            while q < scan_end && bytes[q].is_ascii_alphanumeric() {
                q += 1;
            }
            if labels >= 1 && is_tld(&bytes[label_start..q]) {
                best = Some(q);
            }
            if q + 1 < scan_end && bytes[q] == b'-' && bytes[q + 1].is_ascii_alphanumeric() {
                q += 1;
            } else {
                break;
            }
        }
        labels += 1;
        if q + 1 < scan_end && bytes[q] == b'.' && bytes[q + 1].is_ascii_alphanumeric() {
            q += 1;
        } else {
            break;
        }
    }
    let mut q = best?;
    // The TLD must not run on into letters (`kompas.community`).
    if q < end && char_at(text, q).is_some_and(char::is_alphanumeric) {
        return None;
    }
    // A path runs to the end of the chunk, as a URL's does.
    if q + 1 < end && bytes[q] == b'/' {
        let e = trim_url_end(text, p, super::scanner::chunk_end(text, q).min(end));
        if e > q + 1 {
            q = e;
        }
    }
    Some(q)
}

fn is_local_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

/// An e-mail address at `p` (`andy.librian@gmail.com`).
pub(crate) fn email(text: &str, p: usize, end: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut q = p;
    let local_end = end.min(p + MAX_LOCAL + 1);
    while q < local_end && is_local_char(bytes[q]) {
        q += 1;
    }
    if !(q < end && bytes[q] == b'@' && q > p) {
        return None;
    }
    let host = q + 1;
    let mut e = host;
    let end = end.min(host + MAX_DOMAIN + 1);
    while e < end && (bytes[e].is_ascii_alphanumeric() || bytes[e] == b'-' || bytes[e] == b'.') {
        e += 1;
    }
    // Trailing dots and hyphens end the sentence, not the address.
    while e > host && matches!(bytes[e - 1], b'.' | b'-') {
        e -= 1;
    }
    let dot = host + bytes[host..e].iter().rposition(|&b| b == b'.')?;
    let tld = &bytes[dot + 1..e];
    (tld.len() >= 2 && tld.iter().all(u8::is_ascii_alphabetic) && dot > host).then_some(e)
}

/// An `@user` mention at `p` (which holds `@`).
pub(crate) fn mention(text: &str, p: usize, end: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut q = p + 1;
    while q < end
        && (bytes[q].is_ascii_alphanumeric()
            || bytes[q] == b'_'
            || (bytes[q] == b'.' && q + 1 < end && bytes[q + 1].is_ascii_alphanumeric()))
    {
        q += 1;
    }
    (q > p + 1).then_some(q)
}

/// A `#hashtag` at `p` (which holds `#`): word characters and `_`, with at
/// least one letter.
pub(crate) fn hashtag(text: &str, p: usize, end: usize) -> Option<usize> {
    let mut q = p + 1;
    let mut letter = false;
    while q < end {
        let Some(c) = char_at(text, q) else { break };
        if c.is_alphanumeric() || c == '_' {
            letter |= c.is_alphabetic();
            q += c.len_utf8();
        } else {
            break;
        }
    }
    (letter && q > p + 1).then_some(q)
}

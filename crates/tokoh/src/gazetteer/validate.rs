//! The checks every entity passes, whether read from a file or added in
//! code: no blank forms or ids, country codes of two capital letters, roles
//! that do not end before they start, no metadata that shadows a field.

use super::entity::{Entity, Role};
use super::load::{Problem, FIELDS};
use crate::error::GazetteerErrorKind;
use crate::text::chars::{is_ignorable, is_separator};

/// Whether `s` has nothing to match: empty, or only white space, invisible
/// separators and ignorable characters.
pub(crate) fn is_blank(s: &str) -> bool {
    s.chars().all(|c| is_separator(c) || is_ignorable(c))
}

/// A problem with `value` of `field` when it is blank; `what` names what
/// should be there.
pub(crate) fn check_not_blank(
    field: impl FnOnce() -> String,
    value: &str,
    what: &'static str,
) -> Option<Problem> {
    is_blank(value).then(|| Problem::new(Some(field()), GazetteerErrorKind::Blank { what }))
}

/// A problem with `value`, a form that is matched in text (a name, alias,
/// acronym, short form or role title) of `field`: blank (see
/// [`check_not_blank`]), or without a single letter or digit. A form of
/// only punctuation, symbols or combining marks (`...`, `-`, `«»`, a lone
/// accent) would match every such sign in every document, so it is refused.
pub(crate) fn check_form(
    field: impl FnOnce() -> String,
    value: &str,
    what: &'static str,
) -> Option<Problem> {
    if is_blank(value) {
        return Some(Problem::new(
            Some(field()),
            GazetteerErrorKind::Blank { what },
        ));
    }
    (!value.chars().any(char::is_alphanumeric)).then(|| {
        Problem::new(
            Some(field()),
            GazetteerErrorKind::WrongType {
                expected: "a form with a letter or digit",
                found: "only punctuation, symbols or marks",
            },
        )
    })
}

/// A problem with `value` of `field` when it is not an ISO 3166-1 alpha-2
/// code (two ASCII capital letters).
pub(crate) fn check_country(field: impl FnOnce() -> String, value: &str) -> Option<Problem> {
    let valid = value.len() == 2 && value.bytes().all(|b| b.is_ascii_uppercase());
    (!valid).then(|| {
        Problem::new(
            Some(field()),
            GazetteerErrorKind::InvalidCountry {
                found: value.to_owned(),
            },
        )
    })
}

/// Checks the fields of a role (`prefix` is `roles[i]`) that need more than
/// their type to be right.
pub(crate) fn check_role(prefix: &str, role: &Role, problems: &mut Vec<Problem>) {
    if let Some(title) = &role.title {
        problems.extend(check_form(|| format!("{prefix}.title"), title, "title"));
    }
    if let Some(country) = &role.country {
        problems.extend(check_country(|| format!("{prefix}.country"), country));
    }
    if let Some(org) = &role.org {
        problems.extend(check_not_blank(
            || format!("{prefix}.org"),
            org,
            "organization's id",
        ));
    }
    if let (Some(start), Some(end)) = (role.start, role.end) {
        if end < start {
            problems.push(Problem::new(
                Some(format!("{prefix}.end")),
                GazetteerErrorKind::EndBeforeStart {
                    start: start.to_string(),
                    end: end.to_string(),
                },
            ));
        }
    }
    for key in role.metadata.keys() {
        if ROLE_FIELDS.contains(&key.as_str()) {
            problems.push(Problem::new(
                Some(format!("{prefix}.metadata.{key}")),
                GazetteerErrorKind::ReservedMetadata,
            ));
        }
    }
}

/// The fields of a role in a file.
pub(crate) const ROLE_FIELDS: [&str; 5] = ["title", "country", "org", "start", "end"];

/// Every problem with an entity built in code, in field order.
pub(crate) fn check_entity(entity: &Entity) -> Vec<Problem> {
    let mut problems = Vec::new();
    problems.extend(check_not_blank(|| "id".into(), &entity.id, "id"));
    problems.extend(check_form(|| "name".into(), &entity.name, "name"));
    for (field, what, forms) in [
        ("aliases", "alias", &entity.aliases),
        ("acronyms", "acronym", &entity.acronyms),
        ("short", "short form", &entity.short),
    ] {
        for (i, form) in forms.iter().enumerate() {
            problems.extend(check_form(|| format!("{field}[{i}]"), form, what));
        }
    }
    for (i, role) in entity.roles.iter().enumerate() {
        check_role(&format!("roles[{i}]"), role, &mut problems);
    }
    if let Some(country) = &entity.country {
        problems.extend(check_country(|| "country".into(), country));
    }
    if let Some(parent) = &entity.parent {
        problems.extend(check_not_blank(|| "parent".into(), parent, "parent's id"));
    }
    for key in entity.metadata.keys() {
        if FIELDS.contains(&key.as_str()) {
            problems.push(Problem::new(
                Some(format!("metadata.{key}")),
                GazetteerErrorKind::ReservedMetadata,
            ));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::EntityKind;

    #[test]
    fn blank_means_nothing_visible() {
        for blank in ["", " ", "\t\r\n", "\u{a0}", "\u{200b}", "\u{feff}\u{ad}"] {
            assert!(is_blank(blank), "{blank:?}");
        }
        for not_blank in ["a", " . ", "-"] {
            assert!(!is_blank(not_blank), "{not_blank:?}");
        }
    }

    #[test]
    fn forms_need_a_letter_or_digit() {
        let table: [(&str, Option<&str>); 12] = [
            ("Bali", None),
            ("G20", None),
            ("7", None),
            ("Ma'ruf", None),
            ("\u{0905}", None),
            ("北京", None),
            ("", Some("is empty or only white space; write the alias")),
            ("\u{200b}", Some("is empty or only white space; write the alias")),
            ("...", Some("expected a form with a letter or digit, found only punctuation, symbols or marks")),
            ("-", Some("expected a form with a letter or digit, found only punctuation, symbols or marks")),
            ("\u{0301}", Some("expected a form with a letter or digit, found only punctuation, symbols or marks")),
            ("«» 😀", Some("expected a form with a letter or digit, found only punctuation, symbols or marks")),
        ];
        for (form, expected) in table {
            let problem = check_form(|| "aliases[0]".into(), form, "alias");
            assert_eq!(
                problem
                    .map(|p| p.into_error().kind().to_string())
                    .as_deref(),
                expected,
                "{form:?}"
            );
        }
    }

    #[test]
    fn countries_are_two_capital_letters() {
        for ok in ["ID", "US", "XK"] {
            assert!(check_country(String::new, ok).is_none(), "{ok}");
        }
        for bad in ["", "id", "USA", "I", "Id", "ＩＤ", "I1"] {
            assert!(check_country(String::new, bad).is_some(), "{bad}");
        }
    }

    #[test]
    fn entities_in_code_are_checked_like_lines() {
        let mut e = Entity::new("Q1", EntityKind::Person, "Ani");
        assert!(check_entity(&e).is_empty());
        e.aliases = vec!["Ani Y.".into(), " ".into()];
        e.country = Some("Indonesia".into());
        e.metadata.insert("name".into(), "x".into());
        let mut role = Role::new();
        role.start = "2024-01-01".parse().ok();
        role.end = "2023-01-01".parse().ok();
        e.roles.push(role);
        let fields: Vec<_> = check_entity(&e)
            .into_iter()
            .map(|p| p.field().unwrap_or_default().to_owned())
            .collect();
        assert_eq!(
            fields,
            ["aliases[1]", "roles[0].end", "country", "metadata.name"]
        );
    }
}

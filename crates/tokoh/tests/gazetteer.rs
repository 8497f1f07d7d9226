//! Reading gazetteer files (SPEC §2): every kind of bad line gives an error
//! naming the line and the field; good lines of every accepted shape load;
//! later sources override earlier ones with a warning; export round-trips.

use tokoh::{
    Entity, EntityKind, Gazetteer, GazetteerBuilder, GazetteerErrorKind as K, GazetteerErrors,
    WarningKind,
};

/// A valid line with `extra` fields appended (`extra` starts with `, `).
fn line(extra: &str) -> String {
    format!(r#"{{"id": "Q1", "kind": "person", "name": "Antony Blinken"{extra}}}"#)
}

fn load(bytes: &[u8]) -> Result<Gazetteer, GazetteerErrors> {
    let mut builder = GazetteerBuilder::new();
    builder.load_jsonl_bytes(bytes, "test.jsonl")?;
    Ok(builder.build())
}

fn errors(bytes: &[u8]) -> GazetteerErrors {
    match load(bytes) {
        Ok(g) => panic!(
            "{:?} loaded as {:?}",
            String::from_utf8_lossy(bytes),
            g.entities()
        ),
        Err(errors) => errors,
    }
}

/// What an error must be: its line, its field, and a test of its kind.
type Expected = (usize, Option<&'static str>, fn(&K) -> bool);

macro_rules! bad {
    ($($name:ident: $input:expr => [$(($line:expr, $field:expr, $kind:pat $(if $guard:expr)?)),+ $(,)?];)+) => {
        $(
            #[test]
            fn $name() {
                let input: Vec<u8> = $input.into();
                let expected: Vec<Expected> = vec![$(($line, $field, |k: &K| matches!(k, $kind $(if $guard)?))),+];
                let errors = errors(&input);
                let got: Vec<String> = errors.iter().map(ToString::to_string).collect();
                assert_eq!(errors.as_slice().len(), expected.len(), "{got:#?}");
                for (error, (line, field, kind)) in errors.iter().zip(&expected) {
                    assert_eq!(error.line(), Some(*line), "{error}");
                    assert_eq!(error.field(), *field, "{error}");
                    assert!(kind(error.kind()), "unexpected kind: {error}");
                    assert_eq!(error.path(), Some(std::path::Path::new("test.jsonl")));
                    // The CLI prints exactly this after `tokoh: error: `.
                    let prefix = format!("test.jsonl:{line}: ");
                    assert!(error.to_string().starts_with(&prefix), "{error}");
                    if let Some(field) = field {
                        let named = format!("{prefix}field `{field}`: ");
                        assert!(error.to_string().starts_with(&named), "{error}");
                    }
                }
            }
        )+
    };
}

bad! {
    missing_id: r#"{"kind": "person", "name": "A"}"# => [(1, Some("id"), K::MissingField)];
    missing_kind: r#"{"id": "Q1", "name": "A"}"# => [(1, Some("kind"), K::MissingField)];
    missing_name: r#"{"id": "Q1", "kind": "place"}"# => [(1, Some("name"), K::MissingField)];
    missing_everything: "{}" => [
        (1, Some("id"), K::MissingField),
        (1, Some("kind"), K::MissingField),
        (1, Some("name"), K::MissingField),
    ];
    id_number: r#"{"id": 5, "kind": "place", "name": "A"}"# =>
        [(1, Some("id"), K::WrongType { expected: "a string", found: "a number" })];
    id_null: r#"{"id": null, "kind": "place", "name": "A"}"# =>
        [(1, Some("id"), K::WrongType { found: "null", .. })];
    id_empty: r#"{"id": "", "kind": "place", "name": "A"}"# => [(1, Some("id"), K::Blank { what: "id" })];
    id_white_space: r#"{"id": " \t", "kind": "place", "name": "A"}"# => [(1, Some("id"), K::Blank { .. })];
    kind_unknown: r#"{"id": "Q1", "kind": "persons", "name": "A"}"# =>
        [(1, Some("kind"), K::UnknownKind { found } if found == "persons")];
    kind_capitalised: r#"{"id": "Q1", "kind": "Person", "name": "A"}"# => [(1, Some("kind"), K::UnknownKind { .. })];
    kind_list: r#"{"id": "Q1", "kind": ["person"], "name": "A"}"# =>
        [(1, Some("kind"), K::WrongType { found: "a list", .. })];
    name_null: r#"{"id": "Q1", "kind": "place", "name": null}"# => [(1, Some("name"), K::WrongType { .. })];
    name_empty: r#"{"id": "Q1", "kind": "place", "name": ""}"# => [(1, Some("name"), K::Blank { what: "name" })];
    name_white_space: r#"{"id": "Q1", "kind": "place", "name": " \u00a0\n"}"# => [(1, Some("name"), K::Blank { .. })];
    name_zero_width: r#"{"id": "Q1", "kind": "place", "name": "\u200b"}"# => [(1, Some("name"), K::Blank { .. })];
    name_object: r#"{"id": "Q1", "kind": "place", "name": {"id": "A"}}"# =>
        [(1, Some("name"), K::WrongType { found: "an object", .. })];
    name_lone_surrogate: r#"{"id": "Q1", "kind": "place", "name": "\ud800"}"# => [(1, Some("name"), K::InvalidJson { .. })];
    aliases_number: line(r#", "aliases": 3"#) =>
        [(1, Some("aliases"), K::WrongType { expected: "a list of strings", found: "a number" })];
    aliases_string: line(r#", "aliases": "Tony Blinken""#) =>
        [(1, Some("aliases"), K::WrongType { found: "a string", .. })];
    alias_number: line(r#", "aliases": ["Tony", 2]"#) =>
        [(1, Some("aliases[1]"), K::WrongType { expected: "a string", found: "a number" })];
    alias_empty: line(r#", "aliases": ["Tony Blinken", ""]"#) => [(1, Some("aliases[1]"), K::Blank { what: "alias" })];
    acronym_white_space: line(r#", "acronyms": [" "]"#) => [(1, Some("acronyms[0]"), K::Blank { what: "acronym" })];
    short_null: line(r#", "short": [null]"#) => [(1, Some("short[0]"), K::WrongType { found: "null", .. })];
    short_empty: line(r#", "short": ["Blinken", "\t"]"#) => [(1, Some("short[1]"), K::Blank { what: "short form" })];
    roles_object: line(r#", "roles": {"title": "Menlu"}"#) =>
        [(1, Some("roles"), K::WrongType { found: "an object", .. })];
    role_string: line(r#", "roles": ["Menlu"]"#) => [(1, Some("roles[0]"), K::WrongType { found: "a string", .. })];
    role_year_only: line(r#", "roles": [{"title": "Menlu", "start": "2021"}]"#) =>
        [(1, Some("roles[0].start"), K::InvalidDate { found } if found == "2021")];
    role_impossible_date: line(r#", "roles": [{}, {"end": "2021-02-30"}]"#) =>
        [(1, Some("roles[1].end"), K::InvalidDate { .. })];
    role_date_number: line(r#", "roles": [{"start": 20210126}]"#) =>
        [(1, Some("roles[0].start"), K::WrongType { found: "a number", .. })];
    role_slashed_date: line(r#", "roles": [{"start": "26/01/2021"}]"#) => [(1, Some("roles[0].start"), K::InvalidDate { .. })];
    role_ends_before_it_starts: line(r#", "roles": [{"start": "2025-01-20", "end": "2021-01-26"}]"#) =>
        [(1, Some("roles[0].end"), K::EndBeforeStart { .. })];
    role_country_lower_case: line(r#", "roles": [{"country": "us"}]"#) =>
        [(1, Some("roles[0].country"), K::InvalidCountry { found } if found == "us")];
    role_country_three_letters: line(r#", "roles": [{"country": "USA"}]"#) => [(1, Some("roles[0].country"), K::InvalidCountry { .. })];
    role_title_empty: line(r#", "roles": [{"title": ""}]"#) => [(1, Some("roles[0].title"), K::Blank { what: "title" })];
    role_title_twice: line(r#", "roles": [{"title": "a", "title": "b"}]"#) => [(1, Some("roles[0].title"), K::DuplicateField)];
    role_org_number: line(r#", "roles": [{"org": 1}]"#) => [(1, Some("roles[0].org"), K::WrongType { .. })];
    country_name: line(r#", "country": "Amerika Serikat""#) => [(1, Some("country"), K::InvalidCountry { .. })];
    country_number: line(r#", "country": 1"#) => [(1, Some("country"), K::WrongType { .. })];
    parent_empty: line(r#", "parent": """#) => [(1, Some("parent"), K::Blank { .. })];
    description_list: line(r#", "description": ["a"]"#) => [(1, Some("description"), K::WrongType { .. })];
    source_boolean: line(r#", "source": true"#) => [(1, Some("source"), K::WrongType { found: "a boolean", .. })];
    field_twice: r#"{"id": "Q1", "kind": "place", "name": "A", "name": "B"}"# => [(1, Some("name"), K::DuplicateField)];
    metadata_twice: line(r#", "x": 1, "x": 2"#) => [(1, Some("x"), K::DuplicateField)];
    metadata_number_too_large: line(r#", "population": 1e999"#) => [(1, Some("population"), K::InvalidJson { .. })];
    invalid_json: r#"{"id": "Q1", "kind": "place", "name": "A""# => [(1, None, K::InvalidJson { .. })];
    invalid_json_unquoted: r#"{id: "Q1"}"# => [(1, None, K::InvalidJson { column: Some(2), .. })];
    trailing_characters: format!("{} x", line("")) => [(1, None, K::InvalidJson { .. })];
    two_objects_on_a_line: format!("{} {}", line(""), line("")) => [(1, None, K::InvalidJson { .. })];
    a_list: r#"[{"id": "Q1", "kind": "place", "name": "A"}]"# => [(1, None, K::NotAnObject { found: "a list" })];
    a_string: r#""Q1""# => [(1, None, K::NotAnObject { found: "a string" })];
    a_number: "42" => [(1, None, K::NotAnObject { found: "a number" })];
    duplicate_id: format!("{}\n\n{}\n", line(""), line(r#", "aliases": ["Tony"]"#)) =>
        [(3, Some("id"), K::DuplicateId { id, first_line: Some(1) } if id == "Q1")];
    invalid_utf8: b"{\"id\": \"Q1\", \"kind\": \"place\", \"name\": \"A\"}\n{\"id\": \"Q2\", \"kind\": \"place\", \"name\": \"\xC3\x28\"}\n".to_vec() =>
        [(2, None, K::InvalidUtf8 { byte: 82 })];
    invalid_utf8_after_a_bom_and_crlf: b"\xEF\xBB\xBF# x\r\n\xFF\r\n".to_vec() => [(2, None, K::InvalidUtf8 { byte: 8 })];
    a_bom_not_at_the_start: format!("{}\n\u{feff}{}", line(""), line("").replace("Q1", "Q2")) =>
        [(2, None, K::InvalidJson { .. })];
    every_problem_of_a_line: r#"{"id": "", "kind": "x", "name": " ", "aliases": [1], "roles": [{"country": "id"}]}"# => [
        (1, Some("id"), K::Blank { .. }),
        (1, Some("kind"), K::UnknownKind { .. }),
        (1, Some("name"), K::Blank { .. }),
        (1, Some("aliases[0]"), K::WrongType { .. }),
        (1, Some("roles[0].country"), K::InvalidCountry { .. }),
    ];
    problems_in_specification_order: r#"{"aliases": 1, "name": "", "x": 1e999, "kind": "person", "id": "Q1"}"# => [
        (1, Some("name"), K::Blank { .. }),
        (1, Some("aliases"), K::WrongType { .. }),
        (1, Some("x"), K::InvalidJson { .. }),
    ];
    every_bad_line_of_a_file: concat!(
        "# people\n",
        "{\"id\": \"Q1\", \"kind\": \"person\", \"name\": \"A\"}\n",
        "{\"id\": \"Q2\", \"kind\": \"person\"}\n",
        "\n",
        "{\"id\": \"Q3\", \"kind\": \"person\", \"name\": \"C\"\n",
        "{\"id\": \"Q1\", \"kind\": \"person\", \"name\": \"D\"}\n",
        "{\"id\": \"Q4\", \"kind\": \"person\", \"name\": \"E\"}\n",
        "{\"id\": \"Q5\", \"kind\": \"person\", \"name\": \"F\", \"roles\": [{\"start\": \"2024-13-01\"}]}\n",
    ) => [
        (3, Some("name"), K::MissingField),
        (5, None, K::InvalidJson { .. }),
        (6, Some("id"), K::DuplicateId { .. }),
        (8, Some("roles[0].start"), K::InvalidDate { .. }),
    ];
}

#[test]
fn messages_say_what_to_do() {
    let cases = [
        (
            line(r#", "aliases": 3"#),
            "test.jsonl:1: field `aliases`: expected a list of strings, found a number",
        ),
        (
            r#"{"id": "Q1", "kind": "org", "name": "A"}"#.into(),
            "test.jsonl:1: field `kind`: unknown kind \"org\"; use person, organization or place",
        ),
        (
            line(r#", "roles": [{"start": "2021"}]"#),
            "test.jsonl:1: field `roles[0].start`: invalid date \"2021\"; write a date as YYYY-MM-DD, like 2024-10-20",
        ),
        (
            line(r#", "country": "usa""#),
            "test.jsonl:1: field `country`: \"usa\" is not a country code; write two capital letters (ISO 3166-1 alpha-2), like ID or US",
        ),
        (
            format!("{}\n{}", line(""), line("")),
            "test.jsonl:2: field `id`: duplicate id \"Q1\", first used on line 1; ids must be unique within a file (a later file may override an id)",
        ),
        (
            r#"{"id": "Q1", "kind": "place"}"#.into(),
            "test.jsonl:1: field `name`: is missing; every entity needs an id, a kind and a name",
        ),
        (
            "[1]".into(),
            "test.jsonl:1: expected a JSON object (one entity per line), found a list",
        ),
        (
            "{\"id\": \"Q1\",".into(),
            "test.jsonl:1: invalid JSON: EOF while parsing a value (column 12)",
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(errors(input.as_bytes()).first().to_string(), expected);
    }
}

#[test]
fn accepted_shapes() {
    let big = "x".repeat(1 << 20);
    let cases: Vec<(&str, Vec<u8>, usize)> = vec![
        ("empty file", b"".to_vec(), 0),
        ("only comments and blank lines", b"# a\n\n   \n\t# b\r\n".to_vec(), 0),
        (
            "BOM, CRLF, comments",
            format!("\u{feff}# people\r\n{}\r\n\r\n", line("")).into_bytes(),
            1,
        ),
        ("BOM right before JSON", format!("\u{feff}{}", line("")).into_bytes(), 1),
        ("no final line break", line("").into_bytes(), 1),
        (
            "nulls for optional fields",
            line(r#", "aliases": null, "roles": null, "country": null, "parent": null, "description": null, "source": null"#)
                .into_bytes(),
            1,
        ),
        (
            "empty lists",
            line(r#", "aliases": [], "acronyms": [], "short": [], "roles": []"#).into_bytes(),
            1,
        ),
        ("a 1 MB alias", line(&format!(r#", "aliases": ["{big}"]"#)).into_bytes(), 1),
        (
            "escapes",
            br#"{"id": "Q\u0031", "kind": "person", "name": "Ma\u2019ruf \"Amin\""}"#.to_vec(),
            1,
        ),
        (
            "every field",
            line(concat!(
                r#", "aliases": ["Tony Blinken"], "acronyms": ["AB"], "short": ["Blinken"], "#,
                r#""roles": [{"title": "Menteri Luar Negeri", "country": "US", "org": "Q2", "start": "2021-01-26", "end": "2025-01-20", "note": [1]}], "#,
                r#""country": "US", "parent": "Q9", "description": "x", "source": "wikidata", "other": {"b": 1, "a": 2}"#
            ))
            .into_bytes(),
            1,
        ),
        (
            "a role on one day",
            line(r#", "roles": [{"start": "2021-01-26", "end": "2021-01-26"}]"#).into_bytes(),
            1,
        ),
    ];
    for (what, input, count) in cases {
        match load(&input) {
            Ok(g) => assert_eq!(g.len(), count, "{what}"),
            Err(e) => panic!("{what}: {e}"),
        }
    }
    let g = load(line(&format!(r#", "aliases": ["{big}"]"#)).as_bytes()).expect("valid");
    assert_eq!(g.get("Q1").map(|e| e.aliases[0].len()), Some(1 << 20));
    let g = load(br#"{"id": "Q\u0031", "kind": "person", "name": "Ma\u2019ruf"}"#).expect("valid");
    assert_eq!(g.get("Q1").map(|e| e.name.as_str()), Some("Ma’ruf"));
}

#[test]
fn metadata_is_kept_in_input_order() {
    let g = load(
        line(r#", "zeta": 1, "source": "x", "alpha": {"z": [1, {"y": 2, "b": 3}], "a": null}"#)
            .as_bytes(),
    )
    .expect("valid");
    let e = g.get("Q1").expect("Q1");
    let keys: Vec<&str> = e.metadata.keys().map(String::as_str).collect();
    assert_eq!(keys, ["zeta", "alpha"]);
    assert_eq!(e.source.as_deref(), Some("x"));
    assert_eq!(
        serde_json::to_string(&e.metadata["alpha"]).expect("serializes"),
        r#"{"z":[1,{"y":2,"b":3}],"a":null}"#
    );
}

#[test]
fn later_sources_override_with_a_warning() {
    let mut builder = GazetteerBuilder::new();
    builder
        .load_jsonl_str(
            concat!(
                "{\"id\": \"Q1\", \"kind\": \"person\", \"name\": \"Antony Blinken\"}\n",
                "{\"id\": \"Q2\", \"kind\": \"place\", \"name\": \"Amerika Serikat\"}\n",
            ),
            "a.jsonl",
        )
        .expect("valid");
    builder
        .load_jsonl_str(
            concat!(
                "{\"id\": \"Q3\", \"kind\": \"place\", \"name\": \"Rusia\"}\n",
                "# override\n",
                "{\"id\": \"Q1\", \"kind\": \"person\", \"name\": \"Antony J. Blinken\"}\n",
            ),
            "b.jsonl",
        )
        .expect("valid");
    let warnings = builder.warnings().to_vec();
    assert_eq!(warnings.len(), 1);
    let warning = &warnings[0];
    assert_eq!(warning.path(), Some(std::path::Path::new("b.jsonl")));
    assert_eq!(warning.line(), Some(3));
    assert_eq!(
        warning.kind(),
        &WarningKind::Override {
            id: "Q1".into(),
            previous_path: Some("a.jsonl".into()),
            previous_line: Some(1),
        }
    );
    assert_eq!(
        warning.to_string(),
        "b.jsonl:3: entity \"Q1\" replaces the one of the same id from a.jsonl:1 (a later source wins)"
    );
    let g = builder.build();
    // The later definition wins, in the place of the first.
    let order: Vec<(&str, &str)> = g.iter().map(|e| (e.id.as_str(), e.name.as_str())).collect();
    assert_eq!(
        order,
        [
            ("Q1", "Antony J. Blinken"),
            ("Q2", "Amerika Serikat"),
            ("Q3", "Rusia")
        ]
    );
}

#[test]
fn overriding_the_builtin_gazetteer() {
    let builtin = Gazetteer::builtin();
    let first = builtin
        .iter()
        .next()
        .expect("the built-in gazetteer has entities");
    let mut builder = GazetteerBuilder::new();
    builder.add_gazetteer(builtin);
    let replacement = Entity::new(first.id.clone(), first.kind, "Nama Lain");
    builder
        .load_jsonl_str(&replacement.to_json(), "mine.jsonl")
        .expect("valid");
    assert_eq!(builder.warnings().len(), 1);
    let message = builder.warnings()[0].to_string();
    assert!(message.starts_with("mine.jsonl:1: entity "), "{message}");
    assert!(message.contains(" from builtin:"), "{message}");
    let g = builder.build();
    assert_eq!(g.len(), builtin.len());
    assert_eq!(g.entities()[0], replacement);
    assert_eq!(g.data_as_of(), builtin.data_as_of());
}

#[test]
fn a_failed_source_changes_nothing() {
    let mut builder = GazetteerBuilder::new();
    builder.load_jsonl_str(&line(""), "a.jsonl").expect("valid");
    let bad = format!("{}\n{{", line("").replace("Antony", "Tony"));
    assert!(builder.load_jsonl_str(&bad, "b.jsonl").is_err());
    assert!(builder.warnings().is_empty());
    let g = builder.build();
    assert_eq!(g.get("Q1").map(|e| e.name.as_str()), Some("Antony Blinken"));
}

#[test]
fn missing_files_are_not_found_errors() {
    let errors = GazetteerBuilder::new()
        .load_jsonl_file("tests/no-such-gazetteer.jsonl")
        .expect_err("no such file");
    let error = errors.first();
    assert_eq!(error.io_error_kind(), Some(std::io::ErrorKind::NotFound));
    assert_eq!(error.line(), None);
    assert_eq!(error.field(), None);
    assert!(
        error
            .to_string()
            .starts_with("tests/no-such-gazetteer.jsonl: cannot read: "),
        "{error}"
    );
}

#[test]
fn export_round_trips() {
    for gazetteer in [
        Gazetteer::builtin().clone(),
        load(
            line(concat!(
                r#", "aliases": ["Tony Blinken"], "short": ["Blinken"], "#,
                r#""roles": [{"title": "Menteri Luar Negeri", "country": "US", "start": "2021-01-26", "x": {"b": 1, "a": 2}}], "#,
                r#""wikidata": "Q1", "population": 1.5e3, "tags": ["a", null]"#
            ))
            .as_bytes(),
        )
        .expect("valid"),
    ] {
        let mut out = Vec::new();
        gazetteer.write_jsonl(&mut out).expect("writing to a Vec");
        let again = load(&out).expect("the export loads");
        assert_eq!(again.entities(), gazetteer.entities());
        assert_eq!(again.len(), gazetteer.len());
        let mut out_again = Vec::new();
        again.write_jsonl(&mut out_again).expect("writing to a Vec");
        assert_eq!(out_again, out, "the export is stable");
    }
}

#[test]
fn entities_added_in_code_are_checked() {
    let mut builder = GazetteerBuilder::new();
    let mut e = Entity::new("Q1", EntityKind::Person, "Antony Blinken");
    e.roles.push(tokoh::Role::new());
    e.roles[0].country = Some("usa".into());
    let error = builder.add(e).expect_err("invalid country");
    assert_eq!(error.field(), Some("roles[0].country"));
    assert_eq!(error.path(), None);
    assert_eq!(error.line(), None);
    assert!(
        error
            .to_string()
            .starts_with("entity \"Q1\": field `roles[0].country`: "),
        "{error}"
    );
    let mut e = Entity::new("Q1", EntityKind::Person, "Antony Blinken");
    e.metadata
        .insert("aliases".into(), serde_json::json!(["x"]));
    let error = builder.add(e).expect_err("metadata named like a field");
    assert_eq!(error.field(), Some("metadata.aliases"));
    assert!(builder.is_empty());
}

#[test]
fn gazetteers_are_shared_between_threads() {
    let g = Gazetteer::builtin().clone();
    let counts: Vec<usize> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..4).map(|_| s.spawn(|| g.stats().entities)).collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("no panic"))
            .collect()
    });
    assert!(counts.iter().all(|&n| n == g.len()));
}

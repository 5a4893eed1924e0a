//! The command-line contract: formats, exit codes, errors on stderr, one output per input.
#![cfg(feature = "cli")]

use std::path::PathBuf;
use std::process::{Command, Stdio};

fn eventline() -> Command {
    Command::new(env!("CARGO_BIN_EXE_eventline"))
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("eventline-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run_with_stdin(args: &[&str], input: &str) -> std::process::Output {
    use std::io::Write;
    let mut child = eventline()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The program may exit before reading (a usage error): a broken pipe is no failure here.
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(input.as_bytes());
    }
    child.wait_with_output().unwrap()
}

#[test]
fn plain_text_on_stdin_becomes_timeml_with_a_dct() {
    let out = run_with_stdin(
        &["annotate", "--dateline", "2024-08-01"],
        "Iran vowed revenge yesterday & more.",
    );
    assert!(out.status.success());
    let xml = String::from_utf8(out.stdout).unwrap();
    assert!(
        xml.contains(r#"<DCT><TIMEX3 tid="t0" type="DATE" value="2024-08-01""#),
        "{xml}"
    );
    assert!(xml.contains(r#"value="2024-07-31" temporalFunction="true" functionInDocument="NONE" anchorTimeID="t0">yesterday</TIMEX3>"#), "{xml}");
    assert!(xml.contains("&amp; more."));
}

#[test]
fn json_output_follows_the_record_schema() {
    let out = run_with_stdin(
        &[
            "annotate",
            "--format",
            "json",
            "--dateline",
            "2024-08-01",
            "-",
        ],
        "It ended in mid-April.",
    );
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["dateline"], "2024-08-01");
    let t = &v["timexes"][0];
    assert_eq!(
        (t["text"].as_str(), t["value"].as_str(), t["mod"].as_str()),
        (Some("mid-April"), Some("2024-04"), Some("MID"))
    );
    assert_eq!(
        (t["start"].as_u64(), t["end"].as_u64()),
        (Some(12), Some(21))
    );
}

#[test]
fn an_unparsable_dateline_is_a_usage_error() {
    let out = run_with_stdin(&["annotate", "--dateline", "2024-13-01"], "x");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("2024-13-01"));
}

#[test]
fn a_broken_file_is_reported_and_the_others_are_still_written() {
    let dir = scratch("broken");
    let bad = dir.join("bad.txt");
    let good = dir.join("good.txt");
    std::fs::write(&bad, b"caf\xe9 yesterday").unwrap();
    std::fs::write(&good, "They met on Tuesday.").unwrap();
    let out_dir = dir.join("out");
    let out = eventline()
        .args(["annotate", "--dateline", "2024-08-01", "--out-dir"])
        .arg(&out_dir)
        .arg(&bad)
        .arg(&good)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("bad.txt")
            && stderr.contains("not valid UTF-8")
            && stderr.contains("offset 3"),
        "{stderr}"
    );
    let written = std::fs::read_to_string(out_dir.join("good.txt")).unwrap();
    assert!(written.contains(r#"value="2024-07-30""#), "{written}");
    assert!(!out_dir.join("bad.txt").exists());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn timeml_is_annotated_in_place_and_scores_against_itself() {
    let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/timeml");
    let dir = scratch("inplace");
    let out = eventline()
        .args(["annotate", "--out-dir"])
        .arg(&dir)
        .arg(fixtures.join("earnings.xml"))
        .arg(fixtures.join("jns_strike.xml"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let scored = eventline()
        .args(["eval", "timex", "--json", "--gold"])
        .arg(&fixtures)
        .arg("--system")
        .arg(&dir)
        .output()
        .unwrap();
    assert!(
        scored.status.success(),
        "{}",
        String::from_utf8_lossy(&scored.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&scored.stdout).unwrap();
    assert_eq!(v["counts"]["gold"], 26);
    assert_eq!(v["value_f1"], 1.0);
    std::fs::remove_dir_all(&dir).ok();
}

const STORY: &str = "Israel killed the commander in Beirut on July 30. Hours after the strike, \
Iran held an emergency meeting. Iran vowed revenge in response to the killing. \
His funeral will take place on Aug. 2.";

#[test]
fn timeline_json_follows_the_documented_schema() {
    let out = run_with_stdin(
        &["timeline", "--format", "json", "--dateline", "2024-08-01"],
        STORY,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["dateline"], "2024-08-01");
    for t in v["timexes"].as_array().unwrap() {
        for key in ["id", "text", "start", "end", "type", "value", "mod"] {
            assert!(t.get(key).is_some(), "timex lacks {key}: {t}");
        }
    }
    let events = v["events"].as_array().unwrap();
    assert!(events.len() >= 5, "{events:?}");
    for e in events {
        for key in [
            "id",
            "text",
            "start",
            "end",
            "sentence",
            "class",
            "tense",
            "aspect",
            "polarity",
            "factuality",
            "summary",
            "time",
        ] {
            assert!(e.get(key).is_some(), "event lacks {key}: {e}");
        }
    }
    let killed = events.iter().find(|e| e["text"] == "killed").unwrap();
    assert_eq!(killed["time"]["value"], "2024-07-30");
    assert_eq!(killed["time"]["timex"], "t1");
    for r in v["relations"].as_array().unwrap() {
        for key in ["source", "target", "kind", "evidence", "confidence"] {
            assert!(r.get(key).is_some(), "relation lacks {key}: {r}");
        }
    }
    let order: Vec<&str> = v["order"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect();
    assert_eq!(order.len(), events.len());
    let id_of = |w: &str| {
        events.iter().find(|e| e["text"] == w).unwrap()["id"]
            .as_str()
            .unwrap()
    };
    let pos = |w: &str| order.iter().position(|x| *x == id_of(w)).unwrap();
    assert!(pos("killed") < pos("held"));
    assert!(pos("held") < pos("funeral"));
}

#[test]
fn timeline_text_dot_and_timeml() {
    let text = run_with_stdin(&["timeline", "--dateline", "2024-08-01"], STORY);
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.contains("What happened") && text.contains("Expected"),
        "{text}"
    );
    assert!(text.contains("← because of:"), "{text}");
    let dot = run_with_stdin(
        &["timeline", "--format", "dot", "--dateline", "2024-08-01"],
        STORY,
    );
    assert!(String::from_utf8(dot.stdout)
        .unwrap()
        .starts_with("digraph timeline {"));
    let xml = run_with_stdin(
        &["timeline", "--format", "timeml", "--dateline", "2024-08-01"],
        STORY,
    );
    let xml = String::from_utf8(xml.stdout).unwrap();
    assert!(
        xml.contains("<EVENT ") && xml.contains("<TLINK ") && xml.contains("<MAKEINSTANCE "),
        "{xml}"
    );
    // annotate writes events too.
    let ann = run_with_stdin(&["annotate", "--dateline", "2024-08-01"], STORY);
    assert!(String::from_utf8(ann.stdout).unwrap().contains("<EVENT "));
}

#[test]
fn corpus_keeps_order_reports_failures_and_goes_on() {
    let mut input = String::new();
    for i in 0..40 {
        match i {
            7 => input.push_str("this line is not JSON\n"),
            13 => input.push_str("{\"id\": \"d13\", \"text\": \"x\", \"dateline\": \"someday\"}\n"),
            _ => input.push_str(&format!(
                "{{\"id\": \"d{i}\", \"text\": \"Iran held a meeting on Aug. {}. It said it would respond.\", \"dateline\": \"2024-08-20\", \"source\": \"wire\"}}\n",
                i % 9 + 1
            )),
        }
    }
    let out = run_with_stdin(&["corpus", "--threads", "2", "-"], &input);
    assert_eq!(out.status.code(), Some(1), "failures give exit status 1");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("-:8:"), "{stderr}");
    assert!(stderr.contains("-:14 (d13)"), "{stderr}");
    assert!(stderr.contains("40 documents, 2 failed"), "{stderr}");
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 40);
    for (i, v) in lines.iter().enumerate() {
        match i {
            7 => assert_eq!(v["line"], 8),
            13 => assert_eq!(v["id"], "d13"),
            _ => {
                assert_eq!(v["id"], format!("d{i}"));
                assert_eq!(v["source"], "wire", "other fields pass through");
                assert!(v["events"].as_array().is_some_and(|e| !e.is_empty()));
            }
        }
        assert_eq!(v.get("error").is_some(), i == 7 || i == 13);
    }
}

#[test]
fn corpus_reads_directories_of_text_and_timeml() {
    let dir = scratch("corpus-dir");
    std::fs::write(dir.join("a.txt"), "Iran held a meeting on Aug. 1, 2024.").unwrap();
    std::fs::write(dir.join("b.txt"), [0x66, 0x6f, 0xff, 0x6f]).unwrap();
    let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/timeml");
    std::fs::copy(fixtures.join("earnings.xml"), dir.join("c.tml")).unwrap();
    let out = eventline().args(["corpus"]).arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], "a");
    assert!(lines[1]["error"].as_str().unwrap().contains("UTF-8"));
    assert!(
        lines[2]["dateline"].is_string(),
        "TimeML input keeps its DCT"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn merge_reads_corpus_output_and_skips_error_records() {
    let input = "{\"id\": \"a\", \"text\": \"Hezbollah fired rockets at Haifa on July 31.\", \"dateline\": \"2024-08-01\"}\n\
                 {\"id\": \"b\", \"text\": \"Hezbollah fired rockets at Haifa on July 31, the army said.\", \"dateline\": \"2024-08-02\"}\n\
                 not json\n";
    let corpus = run_with_stdin(&["corpus", "-"], input);
    let timelines = String::from_utf8(corpus.stdout).unwrap();
    let merged = run_with_stdin(&["merge", "-"], &timelines);
    assert_eq!(
        merged.status.code(),
        Some(1),
        "the error record is reported"
    );
    let v: serde_json::Value = serde_json::from_slice(&merged.stdout).unwrap();
    let fired = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["lemma"] == "fire")
        .unwrap();
    assert_eq!(fired["mentions"].as_array().unwrap().len(), 2);
    let entity = run_with_stdin(&["merge", "--entity", "Hezbollah", "-"], &timelines);
    let text = String::from_utf8(entity.stdout).unwrap();
    assert!(text.starts_with("1\t2024-07-31\ta-e1 b-e1"), "{text}");
}

#[test]
fn merge_names_a_record_of_the_earlier_schema() {
    // eventline 0.1 wrote each event's sentence as text, with no `sentences` list.
    let old = "{\"id\":\"x\",\"dateline\":\"2024-08-01\",\"timexes\":[],\"events\":[{\"id\":\"e1\",\
               \"text\":\"killed\",\"start\":7,\"end\":13,\"sentence\":\"He was killed.\",\
               \"lemma\":\"kill\",\"pos\":\"VERB\",\"class\":\"OCCURRENCE\",\"tense\":\"PAST\",\
               \"aspect\":\"NONE\",\"polarity\":\"POS\",\"modality\":null,\"factuality\":\"actual\",\
               \"summary\":\"killed\",\"participants\":{\"agent\":null,\"theme\":null,\"place\":null},\
               \"time\":null,\"dateline_relation\":null,\"same_as\":null,\"causes\":[],\
               \"effects\":[]}],\"relations\":[],\"dropped\":[],\"order\":[\"e1\"]}\n";
    let merged = run_with_stdin(&["merge", "-"], old);
    assert_eq!(merged.status.code(), Some(1));
    let err = String::from_utf8_lossy(&merged.stderr);
    assert!(err.contains("a record of eventline 0.1"), "{err}");
}

//! Corpora: many documents read one at a time from JSON lines, plain-text files and directories
//! of `.txt` and `.tml` files, each with where it came from, so that a broken one is reported
//! with its file and line and the rest go on.
//!
//! The reader streams: a JSON-lines file of any size is read line by line, never whole. The
//! command-line program runs the pipeline over it in parallel (`eventline corpus`); a library
//! user can do the same with any thread pool, or simply iterate.
//!
//! ```
//! use eventline::corpus::{Reader, Source};
//! let jsonl = "{\"id\": \"a\", \"text\": \"Talks resumed yesterday.\", \"dateline\": \"2024-08-01\", \"lang\": \"en\"}\n\
//!              not json\n\
//!              {\"id\": \"c\", \"text\": \"It rained.\"}\n";
//! let items: Vec<_> = Reader::new(vec![Source::json_lines_from("inline", jsonl.as_bytes())]).collect();
//! assert_eq!(items.len(), 3);
//! let a = items[0].result.as_ref().unwrap();
//! assert_eq!(a.document.id(), Some("a"));
//! assert_eq!(a.extra["lang"], "en");
//! assert!(items[1].result.is_err());
//! assert_eq!(items[1].line, Some(2));
//! assert_eq!(items[2].result.as_ref().unwrap().document.text(), "It rained.");
//! ```

use crate::document::{Dateline, Document};
use crate::error::{Error, Result};
use crate::timeml::TimeMlDocument;
use serde_json::{Map, Value};
use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// Where documents come from.
pub enum Source {
    /// JSON lines: one object per line with `text`, optional `id` and `dateline`; other fields
    /// are passed through.
    JsonLines {
        /// Its name in reports (a path, or `-`).
        name: String,
        /// The lines.
        reader: Box<dyn BufRead + Send>,
    },
    /// One plain-text document (its id is the file stem).
    Text(PathBuf),
    /// One TimeML document (its DCT is the dateline).
    TimeMl(PathBuf),
}

impl Source {
    /// JSON lines read from `reader`, named `name` in reports.
    pub fn json_lines_from(name: &str, reader: impl Read + Send + 'static) -> Source {
        Source::JsonLines {
            name: name.to_string(),
            reader: Box::new(BufReader::new(reader)),
        }
    }

    /// The sources a command-line argument names: `-` is JSON lines on standard input; a
    /// directory gives its `.txt`, `.tml` and `.xml` files (recursively, sorted); a `.jsonl`
    /// or `.json` file is JSON lines; a `.tml` or `.xml` file is TimeML; anything else is
    /// plain text.
    pub fn from_path(path: &Path) -> Result<Vec<Source>> {
        if path == Path::new("-") {
            return Ok(vec![Source::json_lines_from("-", std::io::stdin())]);
        }
        if path.is_dir() {
            let mut files = Vec::new();
            for ext in [".txt", ".tml", ".xml"] {
                files.extend(crate::eval::files_with_extension(path, ext)?);
            }
            files.sort();
            return Ok(files
                .into_iter()
                .map(|f| Source::of_file(&path.join(f)))
                .collect());
        }
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if ext.eq_ignore_ascii_case("jsonl") || ext.eq_ignore_ascii_case("json") {
            let file = std::fs::File::open(path)
                .map_err(|e| Error::io(format!("opening {}", path.display()), e))?;
            return Ok(vec![Source::json_lines_from(
                &path.display().to_string(),
                file,
            )]);
        }
        Ok(vec![Source::of_file(path)])
    }

    fn of_file(path: &Path) -> Source {
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if ext.eq_ignore_ascii_case("tml") || ext.eq_ignore_ascii_case("xml") {
            Source::TimeMl(path.to_path_buf())
        } else {
            Source::Text(path.to_path_buf())
        }
    }
}

/// A document read, with what came with it.
#[derive(Debug)]
pub struct Input {
    /// The document.
    pub document: Document,
    /// The other fields of its JSON line, passed through to the output.
    pub extra: Map<String, Value>,
}

/// One item of a corpus: a document, or why it could not be read, and where it came from.
#[derive(Debug)]
pub struct Item {
    /// Its position in the corpus (0-based, over all sources).
    pub seq: usize,
    /// The file it came from (`-` for standard input).
    pub source: String,
    /// Its line, for JSON lines (1-based).
    pub line: Option<usize>,
    /// Its id, when known (even for a document that failed, if its line said).
    pub id: Option<String>,
    /// The document, or the error.
    pub result: Result<Input>,
}

/// Reads the documents of several sources, in order, one at a time.
pub struct Reader {
    sources: VecDeque<Source>,
    current: Option<(String, Box<dyn BufRead + Send>, usize)>,
    seq: usize,
}

impl Reader {
    /// A reader over `sources`, in order.
    pub fn new(sources: Vec<Source>) -> Reader {
        Reader {
            sources: sources.into(),
            current: None,
            seq: 0,
        }
    }

    fn item(
        &mut self,
        source: String,
        line: Option<usize>,
        id: Option<String>,
        result: Result<Input>,
    ) -> Item {
        let seq = self.seq;
        self.seq += 1;
        Item {
            seq,
            source,
            line,
            id,
            result,
        }
    }
}

fn utf8(bytes: Vec<u8>, path: &Path) -> Result<String> {
    String::from_utf8(bytes).map_err(|e| Error::Utf8 {
        path: path.to_path_buf(),
        offset: e.utf8_error().valid_up_to(),
    })
}

/// Read one file into a document with `make`; its id is the file stem unless the document has
/// one of its own.
fn read_file(
    path: &Path,
    make: impl FnOnce(String) -> Result<Document>,
) -> (String, Option<String>, Result<Input>) {
    let name = path.display().to_string();
    let id = path
        .file_stem()
        .and_then(|s| s.to_str())
        .map(str::to_string);
    let result = std::fs::read(path)
        .map_err(|e| Error::io(format!("reading {name}"), e))
        .and_then(|b| utf8(b, path))
        .and_then(make)
        .map(|mut document| {
            if document.id().is_none() {
                if let Some(i) = &id {
                    document = document.with_id(i.clone());
                }
            }
            Input {
                document,
                extra: Map::new(),
            }
        });
    (name, id, result)
}

/// Parse one JSON line into a document.
pub fn parse_line(line: &str) -> (Option<String>, Result<Input>) {
    let value: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => {
            return (
                None,
                Err(Error::Json {
                    context: "a corpus line".into(),
                    source: e,
                }),
            )
        }
    };
    let Value::Object(mut map) = value else {
        return (
            None,
            Err(Error::Eval {
                context: "a corpus line".into(),
                reason: "not a JSON object".into(),
            }),
        );
    };
    let id = match map.remove("id") {
        Some(Value::String(s)) => Some(s),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let text = match map.remove("text") {
        Some(Value::String(s)) => s,
        _ => {
            return (
                id,
                Err(Error::Eval {
                    context: "a corpus line".into(),
                    reason: "no \"text\" string".into(),
                }),
            )
        }
    };
    let mut doc = Document::new(text);
    if let Some(i) = &id {
        doc = doc.with_id(i.clone());
    }
    match map.remove("dateline") {
        Some(Value::String(s)) => match s.parse::<Dateline>() {
            Ok(d) => doc = doc.with_dateline(d),
            Err(e) => return (id, Err(e)),
        },
        None | Some(Value::Null) => {}
        Some(other) => {
            return (
                id,
                Err(Error::Dateline {
                    input: other.to_string(),
                    reason: "not a string".into(),
                }),
            )
        }
    }
    (
        id,
        Ok(Input {
            document: doc,
            extra: map,
        }),
    )
}

impl Iterator for Reader {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some((name, reader, line_no)) = &mut self.current {
                let mut buf = Vec::new();
                match reader.read_until(b'\n', &mut buf) {
                    Ok(0) => {
                        self.current = None;
                        continue;
                    }
                    Ok(_) => {
                        *line_no += 1;
                        let (name, n) = (name.clone(), *line_no);
                        let text = match String::from_utf8(buf) {
                            Ok(t) => t,
                            Err(e) => {
                                let err = Error::Utf8 {
                                    path: PathBuf::from(&name),
                                    offset: e.utf8_error().valid_up_to(),
                                };
                                return Some(self.item(name, Some(n), None, Err(err)));
                            }
                        };
                        if text.trim().is_empty() {
                            continue;
                        }
                        let (id, result) = parse_line(&text);
                        return Some(self.item(name, Some(n), id, result));
                    }
                    Err(e) => {
                        let name = name.clone();
                        let n = *line_no + 1;
                        self.current = None;
                        let err = Error::io(format!("reading {name}"), e);
                        return Some(self.item(name, Some(n), None, Err(err)));
                    }
                }
            }
            match self.sources.pop_front()? {
                Source::JsonLines { name, reader } => self.current = Some((name, reader, 0)),
                Source::Text(path) => {
                    let (name, id, result) = read_file(&path, |text| Ok(Document::new(text)));
                    return Some(self.item(name, None, id, result));
                }
                Source::TimeMl(path) => {
                    let (name, id, result) =
                        read_file(
                            &path,
                            |text| Ok(TimeMlDocument::parse(&text)?.to_document()),
                        );
                    return Some(self.item(name, None, id, result));
                }
            }
        }
    }
}

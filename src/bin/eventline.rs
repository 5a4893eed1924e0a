//! The `eventline` command-line program.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

#[path = "eventline/corpus.rs"]
mod corpus;
use eventline::eval::{duckling, timex};
use eventline::export::TimesRecord;
use eventline::export::{to_dot, to_text, TextOptions, TimelineRecord};
use eventline::time::{tag, TimeConfig};
use eventline::timeline::Timeline;
use eventline::timeml::{write_timeline, TimeMlDocument};
use eventline::{Dateline, Document, Error};

const EXAMPLES: &str = "\
Examples:
  eventline timeline --dateline 2024-08-01 article.txt
  eventline timeline --format json --dateline 2024-08-01 - < article.txt
  eventline timeline --format dot article.txt | dot -Tsvg > timeline.svg
  eventline corpus --threads 4 articles.jsonl > timelines.jsonl
  eventline merge --entity Hezbollah timelines.jsonl
  eventline annotate --dateline 2024-08-01 article.txt
  eventline annotate --format json --dateline 2024-08-01 - < article.txt
  eventline annotate --out-dir system/ gold/*.tml
  eventline eval timex --gold tbaq/TimeBank
  eventline eval timex --gold gold/ --system system/ --errors
  eventline eval duckling duckling_en_time.jsonl

Exit status: 0 on success; 1 when an input could not be read or annotated (the others are
still processed and each failure is reported on stderr); 2 on a usage error.";

/// Find temporal expressions in news text and normalize them to TIMEX3.
#[derive(Parser)]
#[command(name = "eventline", version, about, after_help = EXAMPLES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Tag temporal expressions in plain-text or TimeML files (or standard input).
    Annotate {
        /// The document creation time (ISO 8601) for plain-text input; TimeML input uses its DCT.
        /// Without either, a dateline is looked for in the article head.
        #[arg(long)]
        dateline: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Timeml)]
        format: Format,
        /// Write one output per input into this directory, under the input's file name.
        #[arg(long)]
        out_dir: Option<PathBuf>,
        /// Input files; `-` or none reads standard input.
        files: Vec<PathBuf>,
    },
    /// Build the timeline of each input: events in chronological order with their dates,
    /// relations and causes.
    Timeline {
        /// The document creation time (ISO 8601) for plain-text input; TimeML input uses its DCT.
        /// Without either, a dateline is looked for in the article head.
        #[arg(long)]
        dateline: Option<String>,
        /// Output format: text for reading; json (one object per input, on one line; schema in
        /// the README); dot for Graphviz; timeml with EVENT, TLINK and CLINK.
        #[arg(long, value_enum, default_value_t = TimelineFormat::Text)]
        format: TimelineFormat,
        /// In text output, show every event (reports, states of mind, undated events too).
        #[arg(long)]
        all: bool,
        /// Write one output per input into this directory, under the input's file name.
        #[arg(long)]
        out_dir: Option<PathBuf>,
        /// Input files; `-` or none reads standard input.
        files: Vec<PathBuf>,
    },
    /// Run a corpus: one timeline JSON object per document, one per line, in input order,
    /// documents processed in parallel with memory that stays flat.
    Corpus {
        /// Output format (one JSON object per line).
        #[arg(long, value_enum, default_value_t = CorpusFormat::Jsonl)]
        format: CorpusFormat,
        /// Worker threads (default: one per core).
        #[arg(long)]
        threads: Option<usize>,
        /// The dateline of documents that give none.
        #[arg(long)]
        dateline: Option<String>,
        /// JSON-lines files (`id`, `text`, optional `dateline`; other fields are passed
        /// through), plain-text or TimeML files, directories of `.txt`/`.tml` files; `-` reads
        /// JSON lines from standard input.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
    },
    /// Merge the timelines of many documents (JSON lines from `timeline --format json` or
    /// `corpus`) into one: the same event reported by several articles becomes one node.
    Merge {
        /// Output format: json (the merged timeline) or text.
        #[arg(long, value_enum, default_value_t = MergeFormat::Json)]
        format: MergeFormat,
        /// Print the timeline of one entity instead (SemEval-2015 Task 4 style: ordinal, date,
        /// mentions).
        #[arg(long)]
        entity: Option<String>,
        /// Files of timeline JSON lines; `-` reads standard input.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
    },
    /// Score against annotated data.
    Eval {
        #[command(subcommand)]
        what: EvalCommand,
    },
    /// Regenerate the lexicons and models shipped in `data/` and `models/`.
    Train {
        #[command(subcommand)]
        what: TrainCommand,
    },
}

#[derive(Subcommand)]
enum TrainCommand {
    /// The WordNet tables (`data/wordnet/`) from a WordNet 3.0 database directory.
    Wordnet {
        /// WordNet's `dict` directory (Debian: /usr/share/wordnet).
        #[arg(long)]
        dir: PathBuf,
        /// Where to write `senses.txt` and `exceptions.txt`.
        #[arg(long, default_value = "data/wordnet")]
        out: PathBuf,
    },
    /// The part-of-speech model from Causal-TimeBank's tags aligned to the TimeML texts.
    Pos {
        /// Causal-TimeBank's directory of `.col` files.
        #[arg(long)]
        col: PathBuf,
        /// The TimeML files of the same documents (TBAQ's TimeBank).
        #[arg(long)]
        timeml: PathBuf,
        /// Passes over the data.
        #[arg(long, default_value_t = 6)]
        iterations: usize,
        /// Keep the documents whose names contain this string for testing (the rest train).
        #[arg(long)]
        hold_out: Option<String>,
        /// Where to write the model.
        #[arg(long, default_value = "models/pos.bin")]
        out: PathBuf,
    },
    /// The event-pair order model from MATRES (repeat --tbaq and --matres together).
    Pairs {
        /// TBAQ directories.
        #[arg(long, required = true)]
        tbaq: Vec<PathBuf>,
        /// MATRES files, one per --tbaq.
        #[arg(long, required = true)]
        matres: Vec<PathBuf>,
        /// Passes over the pairs, each in a new shuffled order (few: more overfits across
        /// corpora).
        #[arg(long, default_value_t = 2)]
        iterations: usize,
        /// Where to write the model.
        #[arg(long, default_value = "models/pairs.bin")]
        out: PathBuf,
    },
    /// The event detection model from gold TimeML EVENT tags (TBAQ).
    Events {
        /// Directories of gold TimeML files (repeatable).
        #[arg(long, required = true)]
        gold: Vec<PathBuf>,
        /// Passes over the data.
        #[arg(long, default_value_t = 8)]
        iterations: usize,
        /// Where to write the model.
        #[arg(long, default_value = "models/events.bin")]
        out: PathBuf,
    },
}

#[derive(Subcommand)]
enum EvalCommand {
    /// TempEval-3 TIMEX3 scores: strict and relaxed P/R/F1, type and value accuracy and F1.
    Timex {
        /// Directory of gold TimeML files (`.tml` or `.xml`, searched recursively).
        #[arg(long)]
        gold: PathBuf,
        /// Directory of system TimeML files with the same names; without it, the gold texts are
        /// tagged in memory.
        #[arg(long)]
        system: Option<PathBuf>,
        /// List misses, false positives and wrong values.
        #[arg(long)]
        errors: bool,
        /// Print the counts as JSON.
        #[arg(long)]
        json: bool,
    },
    /// TempEval-3 EVENT scores: span P/R/F1, class, tense, aspect and polarity.
    Events {
        /// Directories of gold TimeML files (repeatable).
        #[arg(long, required = true)]
        gold: Vec<PathBuf>,
        /// Cross-validate instead: split the gold documents into this many folds and score each
        /// with a model trained on the others.
        #[arg(long)]
        folds: Option<usize>,
        /// Train a model on these directories first and score it instead of the shipped one
        /// (for scores on documents the model never saw).
        #[arg(long)]
        train: Vec<PathBuf>,
        /// Passes over the training data.
        #[arg(long, default_value_t = 8)]
        iterations: usize,
        /// Print the counts as JSON.
        #[arg(long)]
        json: bool,
    },
    /// MATRES: start-point order of gold event pairs (accuracy, confusion matrix).
    Matres {
        /// TBAQ directory with the documents of the pairs file.
        #[arg(long)]
        tbaq: PathBuf,
        /// The MATRES pairs file (docid, verb1, verb2, eiid1, eiid2, relation).
        #[arg(long)]
        pairs: PathBuf,
        /// Train a pair model on these TBAQ directory and pairs file (repeat --train-tbaq and
        /// --train-pairs together) and score it instead of the shipped one.
        #[arg(long)]
        train_tbaq: Vec<PathBuf>,
        /// Pairs files for --train-tbaq, in the same order.
        #[arg(long)]
        train_pairs: Vec<PathBuf>,
        /// Passes over the training pairs, each in a new shuffled order (few: more overfits
        /// across corpora).
        #[arg(long, default_value_t = 2)]
        iterations: usize,
    },
    /// Causal-TimeBank: causal links (cause → effect) P/R/F1.
    Clink {
        /// Causal-TimeBank's directory of `.col` files.
        #[arg(long)]
        col: PathBuf,
        /// Its CLINK list.
        #[arg(long)]
        clinks: PathBuf,
        /// The TimeML files of the same documents (TBAQ's TimeBank).
        #[arg(long)]
        timeml: PathBuf,
        /// Give the gold events to the event stage (as relation tasks are usually scored).
        #[arg(long)]
        gold_events: bool,
    },
    /// Pass rate per tier on the Duckling phrase corpus (JSON lines).
    Duckling {
        /// The corpus file.
        corpus: PathBuf,
        /// List the phrases that fail (optionally of one tier).
        #[arg(long, num_args = 0..=1, default_missing_value = "")]
        failures: Option<String>,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum MergeFormat {
    Json,
    Text,
}

#[derive(Clone, Copy, ValueEnum)]
enum CorpusFormat {
    Jsonl,
}

#[derive(Clone, Copy, ValueEnum)]
enum TimelineFormat {
    Text,
    Json,
    Dot,
    Timeml,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Timeml,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Annotate {
            dateline,
            format,
            out_dir,
            files,
        } => {
            let output = match format {
                Format::Timeml => Output::Timeml,
                Format::Json => Output::TimesJson,
            };
            annotate(dateline, output, out_dir, files)
        }
        Command::Timeline {
            dateline,
            format,
            all,
            out_dir,
            files,
        } => {
            let output = match format {
                TimelineFormat::Text => Output::Text { all },
                TimelineFormat::Json => Output::TimelineJson,
                TimelineFormat::Dot => Output::Dot,
                TimelineFormat::Timeml => Output::Timeml,
            };
            annotate(dateline, output, out_dir, files)
        }
        Command::Corpus {
            format: CorpusFormat::Jsonl,
            threads,
            dateline,
            inputs,
        } => corpus::run(&inputs, threads, dateline),
        Command::Merge {
            format,
            entity,
            inputs,
        } => merge(format, entity, &inputs),
        Command::Train { what } => match train(what) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("eventline: {e}");
                ExitCode::from(1)
            }
        },
        Command::Eval { what } => match eval(what) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("eventline: {e}");
                ExitCode::from(1)
            }
        },
    }
}

fn merge(format: MergeFormat, entity: Option<String>, inputs: &[PathBuf]) -> ExitCode {
    use eventline::export::TimelineRecord;
    use std::io::BufRead;
    let mut records = Vec::new();
    let mut failed = 0;
    for path in inputs {
        let reader: Box<dyn BufRead> = if path == Path::new("-") {
            Box::new(std::io::BufReader::new(std::io::stdin()))
        } else {
            match std::fs::File::open(path) {
                Ok(f) => Box::new(std::io::BufReader::new(f)),
                Err(e) => {
                    eprintln!("eventline: opening {}: {e}", path.display());
                    failed += 1;
                    continue;
                }
            }
        };
        for (n, line) in reader.lines().enumerate() {
            let line = match line {
                Ok(l) => l,
                Err(e) => {
                    eprintln!("eventline: {}:{}: {e}", path.display(), n + 1);
                    failed += 1;
                    break;
                }
            };
            if line.trim().is_empty() {
                continue;
            }
            match serde_json::from_str::<TimelineRecord>(&line) {
                Ok(r) => records.push(r),
                Err(e) => {
                    // Error records of a corpus run, or anything else: reported, skipped.
                    // Records of eventline 0.1 wrote each event's sentence as text, with no
                    // `sentences` list.
                    let hint = if line.contains("\"events\"") && !line.contains("\"sentences\"") {
                        " (a record of eventline 0.1, which wrote each event's sentence as \
                         text: run `eventline corpus` or `eventline timeline` again)"
                    } else {
                        ""
                    };
                    eprintln!(
                        "eventline: {}:{}: not a timeline: {e}{hint}",
                        path.display(),
                        n + 1
                    );
                    failed += 1;
                }
            }
        }
    }
    let merged = eventline::merge::merge(&records);
    let out = match (entity, format) {
        (Some(name), _) => eventline::merge::entity_timeline(&merged, &name),
        (None, MergeFormat::Json) => match serde_json::to_string(&merged) {
            Ok(s) => s + "\n",
            Err(e) => {
                eprintln!("eventline: {e}");
                return ExitCode::from(1);
            }
        },
        (None, MergeFormat::Text) => {
            let mut s = String::new();
            for e in &merged.events {
                let sources: Vec<&str> = e.mentions.iter().map(|m| m.document.as_str()).collect();
                s.push_str(&format!(
                    "{:<12} {:<12} {}  [{}]\n",
                    e.date.as_deref().unwrap_or("undated"),
                    e.factuality.as_str(),
                    e.summary,
                    sources.join(", ")
                ));
            }
            s.push_str(&format!("{} conflicts\n", merged.conflicts.len()));
            s
        }
    };
    let _ = std::io::stdout().lock().write_all(out.as_bytes());
    eprintln!(
        "eventline: merged {} documents into {} events ({} conflicts, {} inputs skipped)",
        records.len(),
        merged.events.len(),
        merged.conflicts.len(),
        failed
    );
    if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    std::fs::write(path, bytes).map_err(|e| Error::io(format!("writing {}", path.display()), e))
}

fn train(what: TrainCommand) -> Result<(), Error> {
    match what {
        TrainCommand::Wordnet { dir, out } => {
            let (senses, exceptions) = eventline::wordnet::build(&dir)?;
            write_file(&out.join("senses.txt"), senses.as_bytes())?;
            write_file(&out.join("exceptions.txt"), exceptions.as_bytes())?;
            eprintln!(
                "wrote {} words and {} irregular forms to {}",
                senses.lines().count(),
                exceptions.lines().count(),
                out.display()
            );
        }
        TrainCommand::Pos {
            col,
            timeml,
            iterations,
            hold_out,
            out,
        } => train_pos(&col, &timeml, iterations, hold_out.as_deref(), &out)?,
        TrainCommand::Pairs {
            tbaq,
            matres,
            iterations,
            out,
        } => {
            let docs = matres_documents(&tbaq, &matres)?;
            let model = eventline::eval::relations::train_pairs(&docs, iterations);
            eprintln!("trained on {} documents", docs.len());
            save_model(&model, &out)?;
        }
        TrainCommand::Events {
            gold,
            iterations,
            out,
        } => {
            let mut docs = Vec::new();
            for d in &gold {
                docs.extend(
                    eventline::eval::events::read_dir(d)?
                        .iter()
                        .map(eventline::eval::events::training_doc),
                );
            }
            let model = eventline::event::detect::train(&docs, iterations);
            eprintln!("trained on {} documents", docs.len());
            save_model(&model, &out)?;
        }
    }
    Ok(())
}

fn matres_documents(
    tbaq: &[PathBuf],
    matres: &[PathBuf],
) -> Result<Vec<eventline::eval::relations::PairDocument>, Error> {
    use eventline::eval::relations;
    if tbaq.len() != matres.len() {
        return Err(Error::Eval {
            context: "arguments".into(),
            reason: "give one MATRES file per TBAQ directory".into(),
        });
    }
    let mut docs = Vec::new();
    for (dir, file) in tbaq.iter().zip(matres) {
        let pairs = relations::read_matres(file)?;
        docs.extend(relations::pair_documents(dir, &pairs)?);
    }
    Ok(docs)
}

fn read_input(path: &Path) -> Result<String, Error> {
    let mut bytes = Vec::new();
    if path == Path::new("-") {
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| Error::io("reading standard input", e))?;
    } else {
        bytes =
            std::fs::read(path).map_err(|e| Error::io(format!("reading {}", path.display()), e))?;
    }
    String::from_utf8(bytes).map_err(|e| Error::Utf8 {
        path: path.to_path_buf(),
        offset: e.utf8_error().valid_up_to(),
    })
}

fn looks_like_timeml(path: &Path, text: &str) -> bool {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    let head = text.trim_start();
    ext.eq_ignore_ascii_case("tml") || head.starts_with("<?xml") || head.starts_with("<TimeML")
}

/// What to write for each input.
#[derive(Clone, Copy)]
enum Output {
    /// The temporal expressions as JSON (`annotate --format json`).
    TimesJson,
    /// TimeML with TIMEX3, EVENT, MAKEINSTANCE, TLINK and CLINK.
    Timeml,
    /// The timeline as one JSON object.
    TimelineJson,
    /// The timeline as Graphviz DOT.
    Dot,
    /// The timeline as text.
    Text { all: bool },
}

fn annotate_one(path: &Path, dateline: Option<Dateline>, output: Output) -> Result<String, Error> {
    let text = read_input(path)?;
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .filter(|s| *s != "-");
    let (doc, source) = if looks_like_timeml(path, &text) {
        let src = TimeMlDocument::parse(&text)?;
        let mut doc = src.to_document();
        if doc.dateline().is_none() {
            if let Some(d) = dateline {
                doc = doc.with_dateline(d);
            }
        }
        (doc, Some(src))
    } else {
        let mut doc = Document::new(text);
        if let Some(id) = stem {
            doc = doc.with_id(id);
        }
        if let Some(d) = dateline {
            doc = doc.with_dateline(d);
        }
        (doc, None)
    };
    let json_err = |e| Error::Json {
        context: path.display().to_string(),
        source: e,
    };
    if let Output::TimesJson = output {
        let times = tag(&doc, &TimeConfig::default());
        let record = TimesRecord::new(&doc, &times);
        return Ok(serde_json::to_string(&record).map_err(json_err)? + "\n");
    }
    let timeline = Timeline::build(&doc);
    Ok(match output {
        Output::Timeml => write_timeline(&timeline, source.as_ref()),
        Output::TimelineJson => {
            serde_json::to_string(&TimelineRecord::new(&timeline)).map_err(json_err)? + "\n"
        }
        Output::Dot => to_dot(&timeline),
        Output::Text { all } => to_text(&timeline, TextOptions { all }),
        Output::TimesJson => unreachable!("handled above"),
    })
}

fn annotate(
    dateline: Option<String>,
    output: Output,
    out_dir: Option<PathBuf>,
    mut files: Vec<PathBuf>,
) -> ExitCode {
    let dateline = match dateline.map(|d| d.parse::<Dateline>()).transpose() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("eventline: --dateline: {e}");
            return ExitCode::from(2);
        }
    };
    if files.is_empty() {
        files.push(PathBuf::from("-"));
    }
    if let Some(dir) = &out_dir {
        if let Err(e) = std::fs::create_dir_all(dir) {
            eprintln!("eventline: creating {}: {e}", dir.display());
            return ExitCode::from(1);
        }
    }
    let mut failed = 0;
    let stdout = std::io::stdout();
    for path in &files {
        let result = annotate_one(path, dateline, output).and_then(|out| match &out_dir {
            Some(dir) => {
                let name = path
                    .file_name()
                    .map(PathBuf::from)
                    .unwrap_or_else(|| PathBuf::from("stdin"));
                let target = dir.join(name);
                std::fs::write(&target, out)
                    .map_err(|e| Error::io(format!("writing {}", target.display()), e))
            }
            None => stdout
                .lock()
                .write_all(out.as_bytes())
                .map_err(|e| Error::io("writing standard output", e)),
        });
        if let Err(Error::Io { source, .. }) = &result {
            if source.kind() == std::io::ErrorKind::BrokenPipe {
                // The reader went away (`| head`): nothing left to do.
                return ExitCode::SUCCESS;
            }
        }
        if let Err(e) = result {
            // Read and write errors already name the file.
            match e {
                Error::Utf8 { .. } | Error::Io { .. } => eprintln!("eventline: {e}"),
                _ => eprintln!("eventline: {}: {e}", path.display()),
            }
            failed += 1;
        }
    }
    if failed > 0 {
        eprintln!("eventline: {failed} of {} inputs failed", files.len());
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn eval(what: EvalCommand) -> Result<(), Error> {
    match what {
        EvalCommand::Timex {
            gold,
            system,
            errors,
            json,
        } => {
            let (counts, errs) = match system {
                Some(sys) => timex::score_dirs(&gold, &sys)?,
                None => timex::score_tagger(&gold, &TimeConfig::default())?,
            };
            if errors {
                for e in &errs {
                    println!("{e}");
                }
            }
            if json {
                let v = serde_json::json!({
                    "counts": counts,
                    "strict_f1": counts.strict_prf().2,
                    "relaxed_f1": counts.relaxed_prf().2,
                    "type_f1": counts.type_f1(),
                    "value_f1": counts.value_f1(),
                });
                println!("{v}");
            } else {
                println!("{counts}");
            }
        }
        EvalCommand::Events {
            gold,
            folds,
            train,
            iterations,
            json,
        } => {
            use eventline::eval::events;
            let mut counts = events::EventCounts::default();
            if let Some(k) = folds {
                let mut docs = Vec::new();
                for g in &gold {
                    docs.extend(events::read_dir(g)?);
                }
                counts = events::k_fold(&docs, k, iterations);
            } else {
                for g in &gold {
                    counts.add(&if train.is_empty() {
                        events::score_model(eventline::event::detect::model(), g)?
                    } else {
                        let dirs: Vec<&Path> = train.iter().map(PathBuf::as_path).collect();
                        events::cross_score(&dirs, g, iterations)?
                    });
                }
            }
            if json {
                let v = serde_json::json!({
                    "counts": counts,
                    "strict_f1": counts.strict_prf().2,
                    "relaxed_f1": counts.relaxed_prf().2,
                    "class_accuracy": counts.class_accuracy(),
                    "class_f1": counts.class_f1(),
                });
                println!("{v}");
            } else {
                println!("{counts}");
            }
        }
        EvalCommand::Matres {
            tbaq,
            pairs,
            train_tbaq,
            train_pairs,
            iterations,
        } => {
            use eventline::eval::relations;
            let docs = matres_documents(&[tbaq], &[pairs])?;
            let counts = if train_tbaq.is_empty() {
                let model = eventline::timeline::pair::model().ok_or_else(|| Error::Eval {
                    context: "models/pairs.bin".into(),
                    reason: "no pair model shipped; train one with eventline train pairs".into(),
                })?;
                relations::score_pairs(model, &docs)
            } else {
                let train = matres_documents(&train_tbaq, &train_pairs)?;
                let model = relations::train_pairs(&train, iterations);
                relations::score_pairs(&model, &docs)
            };
            print!("{counts}");
        }
        EvalCommand::Clink {
            col,
            clinks,
            timeml,
            gold_events,
        } => {
            use eventline::eval::relations;
            let counts = if gold_events {
                let docs = relations::causal_documents(&col, &clinks, &timeml, true)?;
                relations::score_causes(&docs)
            } else {
                relations::score_clinks(&col, &clinks, &timeml)?
            };
            println!("{counts}");
        }
        EvalCommand::Duckling {
            corpus,
            failures,
            json,
        } => {
            let report = duckling::run(&corpus)?;
            if let Some(tier) = failures {
                for o in report
                    .outcomes
                    .iter()
                    .filter(|o| !o.passed && (tier.is_empty() || o.tier == tier))
                {
                    let found = o
                        .found
                        .as_ref()
                        .map(|(t, v, _)| format!("[{t}] {v}"))
                        .unwrap_or_else(|| "-".into());
                    println!(
                        "{:10} {:40} expected {:?}  found {found}",
                        o.tier, o.text, o.expected
                    );
                }
            }
            if json {
                println!(
                    "{}",
                    serde_json::to_string(&report.tiers).map_err(|e| Error::Json {
                        context: "report".into(),
                        source: e
                    })?
                );
            } else {
                print!("{report}");
            }
        }
    }
    Ok(())
}

fn train_pos(
    col: &Path,
    timeml: &Path,
    iterations: usize,
    hold_out: Option<&str>,
    out: &Path,
) -> Result<(), Error> {
    use eventline::eval::causal_timebank::{parse_col, pos_training_text};
    use eventline::segment::{pos, Segments};
    let mut train = Vec::new();
    let mut test = Vec::new();
    for rel in eventline::eval::files_with_extension(col, ".col")? {
        let stem = rel.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let tml = timeml.join(format!("{stem}.tml"));
        if !tml.exists() {
            eprintln!("skipping {stem}: no {}", tml.display());
            continue;
        }
        let doc = TimeMlDocument::parse(&read_input(&tml)?)?;
        let name = col.join(&rel);
        let toks = parse_col(&read_input(&name)?, &name.display().to_string())?;
        let t = pos_training_text(&doc.text, &toks);
        if hold_out.is_some_and(|h| stem.contains(h)) {
            test.push(t);
        } else {
            train.push(t);
        }
    }
    let aligned: usize = train.iter().map(|t| t.tags.iter().flatten().count()).sum();
    let total: usize = train.iter().map(|t| t.tags.len()).sum();
    eprintln!(
        "training on {} documents, {aligned} of {total} tokens aligned",
        train.len()
    );
    let model = pos::train(&train, iterations);
    if !test.is_empty() {
        let (mut right, mut n) = (0, 0);
        for t in &test {
            let seg = Segments::new(&t.text);
            for (got, gold) in pos::tag_with(&model, &t.text, &seg).iter().zip(&t.tags) {
                if let Some(g) = gold {
                    n += 1;
                    right += usize::from(model.label(*got as usize) == g);
                }
            }
        }
        eprintln!(
            "held-out accuracy: {right}/{n} = {:.2}%",
            100.0 * right as f64 / n.max(1) as f64
        );
    }
    save_model(&model, out)
}

fn save_model(model: &eventline::learn::Model, out: &Path) -> Result<(), Error> {
    let bytes = model.to_bytes();
    write_file(out, &bytes)?;
    eprintln!(
        "wrote {} ({} features, {} KB)",
        out.display(),
        model.feature_count(),
        bytes.len() / 1024
    );
    Ok(())
}

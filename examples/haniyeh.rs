//! The reference article: "Khamenei orders direct attack on Israel" (JNS, dateline 2024-08-01).
//!
//! Prints its timeline: one line per event, date first ("~" marks a date inferred rather than
//! read), what happened apart from what is expected or only possible, with the causes. With
//! `--times`, also every temporal expression with its TIMEX3 value and what it was resolved
//! against; with `--all`, every event (reports and states of mind too).
//!
//! ```text
//! cargo run --release --example haniyeh
//! cargo run --release --example haniyeh -- --times
//! ```

use eventline::export::{to_text, TextOptions};
use eventline::time::Anchor;
use eventline::timeline::Timeline;
use eventline::Document;

const ARTICLE: &str = include_str!("data/haniyeh.txt");

fn main() -> Result<(), eventline::Error> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let doc = Document::new(ARTICLE)
        .with_id("haniyeh")
        .with_dateline("2024-08-01".parse()?);
    let timeline = Timeline::build(&doc);
    let all = args.iter().any(|a| a == "--all");
    let mut out = to_text(&timeline, TextOptions { all });
    out.push_str(&format!(
        "\n{} events, {} relations kept, {} temporal expressions\n",
        timeline.events().len(),
        timeline.relations().len(),
        timeline.timexes().len()
    ));
    if args.iter().any(|a| a == "--times") {
        let text = doc.text();
        out.push_str("\nTemporal expressions\n");
        for t in timeline.timexes() {
            let anchor = match &t.anchor {
                Anchor::None => String::new(),
                Anchor::Dateline => "← dateline".into(),
                Anchor::Time { span } => format!("← \"{}\"", span.of(text)),
                Anchor::Event { signal, phrase, .. } => {
                    format!("← {} \"{}\"", signal.of(text), phrase.of(text))
                }
                Anchor::Within { phrase } => format!("← within \"{}\"", phrase.of(text)),
            };
            let modifier = t
                .modifier
                .map(|m| format!(" {}", m.as_str()))
                .unwrap_or_default();
            out.push_str(&format!(
                "  {:<28} {:<9} {:<18} {}\n",
                format!("\"{}\"", t.text(text)),
                t.kind.as_str(),
                format!("{}{modifier}", t.value),
                anchor
            ));
        }
    }
    // A closed pipe (`| head`) is no error.
    let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), out.as_bytes());
    Ok(())
}

//! The reference article: "Khamenei orders direct attack on Israel" (JNS, dateline 2024-08-01).
//!
//! Prints every temporal expression with its normalized TIMEX3 value, its modifier, what it was
//! resolved against and the calendar interval it denotes.
//!
//! ```text
//! cargo run --release --example haniyeh
//! ```

use eventline::time::{tag, Anchor, TimeConfig};
use eventline::Document;

const ARTICLE: &str = include_str!("data/haniyeh.txt");

fn main() -> Result<(), eventline::Error> {
    let doc = Document::new(ARTICLE)
        .with_id("haniyeh")
        .with_dateline("2024-08-01".parse()?);
    let times = tag(&doc, &TimeConfig::default());
    let text = doc.text();
    println!(
        "dateline {}  ({} temporal expressions)\n",
        doc.dateline().map(|d| d.to_string()).unwrap_or_default(),
        times.timexes.len()
    );
    for t in &times.timexes {
        let anchor = match &t.anchor {
            Anchor::None => String::new(),
            Anchor::Dateline => "← dateline".into(),
            Anchor::Time { span } => format!("← \"{}\"", span.of(text)),
            Anchor::Event { signal, phrase, .. } => {
                format!("← {} \"{}\"", signal.of(text), phrase.of(text))
            }
        };
        let interval = t
            .interval()
            .or(t.bounds)
            .map(|i| {
                format!(
                    "[{} .. {})",
                    i.start.format("%Y-%m-%d %H:%M"),
                    i.end.format("%Y-%m-%d %H:%M")
                )
            })
            .unwrap_or_default();
        let modifier = t
            .modifier
            .map(|m| format!(" {}", m.as_str()))
            .unwrap_or_default();
        println!(
            "{:<28} {:<9} {:<18} {:<34} {}",
            format!("\"{}\"", t.text(text)),
            t.kind.as_str(),
            format!("{}{modifier}", t.value),
            interval,
            anchor
        );
    }
    Ok(())
}

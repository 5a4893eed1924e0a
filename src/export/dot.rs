//! The timeline as a Graphviz DOT graph: events as nodes (ranked in chronological order,
//! shaped by factuality), kept relations as edges, dropped ones dashed.

use crate::event::Factuality;
use crate::timeline::Timeline;
use std::fmt::Write as _;

fn escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', " ")
}

/// The timeline as DOT.
///
/// ```
/// use eventline::{Document, export::to_dot, timeline::Timeline};
/// let doc = Document::new("Iran vowed revenge in response to the assassination on July 31.")
///     .with_dateline("2024-08-01".parse()?);
/// let dot = to_dot(&Timeline::build(&doc));
/// assert!(dot.starts_with("digraph timeline {"));
/// assert!(dot.contains("CAUSES"));
/// # Ok::<(), eventline::Error>(())
/// ```
pub fn to_dot(t: &Timeline) -> String {
    let mut out = String::from(
        "digraph timeline {\n  rankdir=LR;\n  node [shape=box, fontname=\"Helvetica\"];\n",
    );
    let mut previous = None;
    for e in t.iter() {
        // An invisible chain keeps the chronological order left to right.
        if let Some(p) = previous.replace(e.event + 1) {
            let _ = writeln!(out, "  e{p} -> e{} [style=invis];", e.event + 1);
        }
        let ev = t.event(e.event);
        let date = e.time.as_ref().map_or("undated", |x| x.value.as_str());
        let style = match ev.factuality {
            Factuality::Actual => "solid",
            Factuality::Future => "dashed",
            Factuality::Hypothetical => "dotted",
            Factuality::Negated => "bold",
        };
        let _ = writeln!(
            out,
            "  e{} [label=\"{}\\n{}\", style={style}, tooltip=\"{} ({})\"];",
            e.event + 1,
            escape(date),
            escape(&ev.summary),
            escape(ev.factuality.as_str()),
            ev.class.as_str()
        );
    }
    let entry_node = |i: usize| t.entry_of(i).map_or(i, |e| e.event) + 1;
    for r in t.relations() {
        let (a, b) = (entry_node(r.source), entry_node(r.target));
        if a == b {
            continue;
        }
        let color = if r.kind.is_causal() { "red" } else { "black" };
        let _ = writeln!(
            out,
            "  e{a} -> e{b} [label=\"{}\", color={color}, penwidth={:.1}];",
            r.kind.as_str(),
            0.5 + 2.0 * r.confidence
        );
    }
    for d in t.dropped() {
        let (a, b) = (entry_node(d.relation.source), entry_node(d.relation.target));
        let _ = writeln!(
            out,
            "  e{a} -> e{b} [label=\"dropped {}: {:?}\", style=dashed, color=gray];",
            d.relation.kind.as_str(),
            d.reason
        );
    }
    out.push_str("}\n");
    out
}

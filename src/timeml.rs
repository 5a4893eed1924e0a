//! TimeML in and out.
//!
//! [`TimeMlDocument::parse`] reads a TempEval-3 style document (`DOCID`, `DCT`, `TEXT` with
//! inline `TIMEX3`, `EVENT` and `SIGNAL` tags) with a real XML parser, recovering the exact text
//! and the spans of its tags. [`write_annotated`] writes a document back with eventline's own
//! TIMEX3 tags: the text between the tags is the same, character for character.
//!
//! ```
//! use eventline::timeml::TimeMlDocument;
//!
//! let xml = r#"<TimeML><DOCID>d1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
//! <TEXT>Stocks <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> &amp; rose.</TEXT></TimeML>"#;
//! let doc = TimeMlDocument::parse(xml)?;
//! assert_eq!(doc.docid.as_deref(), Some("d1"));
//! assert_eq!(doc.text, "Stocks fell yesterday & rose.");
//! assert_eq!(doc.timexes[0].span.of(&doc.text), "yesterday");
//! assert_eq!(doc.timexes[0].value, "1998-01-07");
//! assert_eq!(doc.dateline.unwrap().to_string(), "1998-01-08");
//! # Ok::<(), eventline::Error>(())
//! ```

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use serde::{Deserialize, Serialize};

use crate::document::{Document, Span};
use crate::error::{Error, Result};
use crate::time::{Anchor, TimeAnnotation, Timex};
use crate::Dateline;

/// A TIMEX3 tag read from a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimexTag {
    /// Its span in [`TimeMlDocument::text`].
    pub span: Span,
    /// `tid`.
    pub tid: String,
    /// `type`.
    #[serde(rename = "type")]
    pub kind: String,
    /// `value`.
    pub value: String,
    /// `mod`, if any.
    #[serde(rename = "mod")]
    pub modifier: Option<String>,
}

/// An EVENT tag read from a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventTag {
    /// Its span in [`TimeMlDocument::text`].
    pub span: Span,
    /// `eid`.
    pub eid: String,
    /// `class`.
    pub class: String,
}

/// Any inline tag inside `TEXT`, kept so that it can be written back.
#[derive(Debug, Clone, PartialEq, Eq)]
struct InlineTag {
    name: String,
    /// The start tag's content between `<` and `>`.
    raw: String,
    span: Span,
}

/// A TimeML document: its id, creation time, text and inline annotations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeMlDocument {
    /// `DOCID`, if present.
    pub docid: Option<String>,
    /// The creation time from `DCT`, if present and readable.
    pub dateline: Option<Dateline>,
    /// The text of `TEXT`, with the tags removed and entities decoded.
    pub text: String,
    /// The TIMEX3 tags inside `TEXT`.
    pub timexes: Vec<TimexTag>,
    /// The EVENT tags inside `TEXT`.
    pub events: Vec<EventTag>,
    inline: Vec<InlineTag>,
    /// Everything before the content of `TEXT` (XML declaration, DOCID, DCT, …), as written.
    head: String,
    /// The `MAKEINSTANCE` elements after `TEXT`.
    pub makeinstances: Vec<Instance>,
    /// `MAKEINSTANCE` elements after `TEXT`, as written.
    instances: Vec<String>,
}

/// A MAKEINSTANCE element: an event instance's id and its tense, aspect and polarity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Instance {
    /// `eiid`.
    pub eiid: String,
    /// `eventID`: the `eid` of its EVENT.
    pub event: String,
    /// `tense`.
    pub tense: String,
    /// `aspect`.
    pub aspect: String,
    /// `polarity`.
    pub polarity: String,
    /// `pos`.
    pub pos: String,
}

fn attr(e: &BytesStart, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name.as_bytes())
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

fn xml_err(offset: u64, reason: impl Into<String>) -> Error {
    Error::TimeMl {
        offset: Some(offset),
        reason: reason.into(),
    }
}

impl TimeMlDocument {
    /// Read a TimeML document. A document that is not well-formed XML, or that has no `TEXT`
    /// element, is an [`Error::TimeMl`] saying where.
    ///
    /// ```
    /// use eventline::timeml::TimeMlDocument;
    /// assert!(TimeMlDocument::parse("<TimeML><TEXT>cut off").is_err());
    /// assert!(TimeMlDocument::parse("<TimeML><DOCID>x</DOCID></TimeML>").is_err());
    /// ```
    pub fn parse(xml: &str) -> Result<Self> {
        let mut reader = Reader::from_str(xml);
        reader.config_mut().trim_text(false);
        reader.config_mut().check_end_names = true;
        let mut doc = TimeMlDocument {
            docid: None,
            dateline: None,
            text: String::new(),
            timexes: Vec::new(),
            events: Vec::new(),
            inline: Vec::new(),
            head: String::new(),
            instances: Vec::new(),
            makeinstances: Vec::new(),
        };
        let mut in_text = false;
        let mut seen_text = false;
        let mut in_docid = false;
        let mut in_dct = false;
        // Open inline elements inside TEXT: (index into `inline`).
        let mut stack: Vec<usize> = Vec::new();
        let mut pending_timex: Vec<(usize, TimexTag)> = Vec::new();
        let mut pending_event: Vec<(usize, EventTag)> = Vec::new();
        loop {
            let pos = reader.buffer_position();
            let ev = reader
                .read_event()
                .map_err(|e| xml_err(reader.error_position(), e.to_string()))?;
            match ev {
                Event::Eof => break,
                Event::Start(e) => {
                    let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                    if in_text {
                        let idx = doc.inline.len();
                        doc.inline.push(InlineTag {
                            raw: String::from_utf8_lossy(&e).into_owned(),
                            name: name.clone(),
                            span: Span::new(doc.text.len(), doc.text.len()),
                        });
                        stack.push(idx);
                        if name == "TIMEX3" {
                            pending_timex.push((
                                idx,
                                TimexTag {
                                    span: Span::new(doc.text.len(), doc.text.len()),
                                    tid: attr(&e, "tid").unwrap_or_default(),
                                    kind: attr(&e, "type").unwrap_or_default(),
                                    value: attr(&e, "value").unwrap_or_default(),
                                    modifier: attr(&e, "mod").filter(|m| !m.is_empty()),
                                },
                            ));
                        } else if name == "EVENT" {
                            pending_event.push((
                                idx,
                                EventTag {
                                    span: Span::new(doc.text.len(), doc.text.len()),
                                    eid: attr(&e, "eid").unwrap_or_default(),
                                    class: attr(&e, "class").unwrap_or_default(),
                                },
                            ));
                        }
                        continue;
                    }
                    match name.as_str() {
                        "TEXT" => {
                            if seen_text {
                                return Err(xml_err(pos, "more than one TEXT element"));
                            }
                            in_text = true;
                            seen_text = true;
                            doc.head = xml[..reader.buffer_position() as usize].to_string();
                        }
                        "DOCID" => in_docid = true,
                        "DCT" => in_dct = true,
                        "TIMEX3" if in_dct => {
                            if let Some(v) = attr(&e, "value") {
                                doc.dateline = v.parse().ok();
                            }
                        }
                        _ => {}
                    }
                }
                Event::End(e) => {
                    let name = e.name();
                    if in_text {
                        if name.as_ref() == b"TEXT" {
                            in_text = false;
                            continue;
                        }
                        let Some(idx) = stack.pop() else {
                            return Err(xml_err(
                                pos,
                                "closing tag without an opening one inside TEXT",
                            ));
                        };
                        doc.inline[idx].span.end = doc.text.len();
                        if let Some(p) = pending_timex.iter().position(|(i, _)| *i == idx) {
                            let (_, mut t) = pending_timex.remove(p);
                            t.span = doc.inline[idx].span;
                            doc.timexes.push(t);
                        }
                        if let Some(p) = pending_event.iter().position(|(i, _)| *i == idx) {
                            let (_, mut t) = pending_event.remove(p);
                            t.span = doc.inline[idx].span;
                            doc.events.push(t);
                        }
                        continue;
                    }
                    match name.as_ref() {
                        b"DOCID" => in_docid = false,
                        b"DCT" => in_dct = false,
                        _ => {}
                    }
                }
                Event::Empty(e)
                    if !in_text && seen_text && e.name().as_ref() == b"MAKEINSTANCE" =>
                {
                    doc.instances
                        .push(format!("<{}/>", String::from_utf8_lossy(&e)));
                    doc.makeinstances.push(Instance {
                        eiid: attr(&e, "eiid").unwrap_or_default(),
                        event: attr(&e, "eventID").unwrap_or_default(),
                        tense: attr(&e, "tense").unwrap_or_default(),
                        aspect: attr(&e, "aspect").unwrap_or_default(),
                        polarity: attr(&e, "polarity").unwrap_or_default(),
                        pos: attr(&e, "pos").unwrap_or_default(),
                    });
                }
                Event::Text(t) => {
                    let s = t.unescape().map_err(|e| xml_err(pos, e.to_string()))?;
                    if in_text {
                        doc.text.push_str(&s);
                    } else if in_docid {
                        doc.docid = Some(s.trim().to_string());
                    }
                }
                Event::CData(t) if in_text => {
                    doc.text.push_str(&String::from_utf8_lossy(&t));
                }
                _ => {}
            }
        }
        if !seen_text {
            return Err(Error::TimeMl {
                offset: None,
                reason: "no TEXT element".into(),
            });
        }
        if in_text || !stack.is_empty() {
            return Err(Error::TimeMl {
                offset: Some(xml.len() as u64),
                reason: "document ends inside TEXT".into(),
            });
        }
        doc.timexes.sort_by_key(|t| t.span);
        doc.events.sort_by_key(|t| t.span);
        Ok(doc)
    }

    /// The document as a [`Document`], with its `DOCID` and `DCT`.
    ///
    /// ```
    /// use eventline::timeml::TimeMlDocument;
    /// let doc = TimeMlDocument::parse("<TimeML><DOCID>a</DOCID><TEXT>Hi.</TEXT></TimeML>")?.to_document();
    /// assert_eq!((doc.id(), doc.text()), (Some("a"), "Hi."));
    /// # Ok::<(), eventline::Error>(())
    /// ```
    pub fn to_document(&self) -> Document {
        let mut d = Document::new(self.text.clone());
        if let Some(id) = &self.docid {
            d = d.with_id(id.clone());
        }
        if let Some(dl) = self.dateline {
            d = d.with_dateline(dl);
        }
        d
    }
}

fn escape_text(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
}

fn escape_attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// The TIMEX3 start tag of a timex (without `<`/`>`), with `tid` = `t{n}`.
fn timex_tag(t: &Timex, n: usize, tids: &[(Span, usize)]) -> String {
    let mut s = format!(
        "TIMEX3 tid=\"t{n}\" type=\"{}\" value=\"{}\"",
        t.kind.as_str(),
        escape_attr(&t.value.timex3())
    );
    if let Some(m) = t.modifier {
        s.push_str(&format!(" mod=\"{}\"", m.as_str()));
    }
    let anchored = !matches!(t.anchor, Anchor::None);
    s.push_str(&format!(
        " temporalFunction=\"{anchored}\" functionInDocument=\"NONE\""
    ));
    match &t.anchor {
        Anchor::Dateline => s.push_str(" anchorTimeID=\"t0\""),
        Anchor::Time { span } => {
            // `tids` is in text order.
            if let Ok(k) = tids.binary_search_by(|(sp, _)| sp.cmp(span)) {
                s.push_str(&format!(" anchorTimeID=\"t{}\"", tids[k].1));
            }
        }
        _ => {}
    }
    if let Some(q) = &t.quant {
        s.push_str(&format!(" quant=\"{q}\""));
    }
    if let Some(f) = &t.freq {
        s.push_str(&format!(" freq=\"{f}\""));
    }
    s
}

/// Write `text` with tags: `tags` are (span, start-tag content, element name), properly nested
/// or disjoint; a tag that would cross another is left out.
fn write_tagged(text: &str, mut tags: Vec<(Span, String, String)>, out: &mut String) {
    // Outer tags first: by start, then longest.
    tags.sort_by(|a, b| a.0.start.cmp(&b.0.start).then(b.0.end.cmp(&a.0.end)));
    let mut kept: Vec<(Span, String, String)> = Vec::with_capacity(tags.len());
    let mut open: Vec<Span> = Vec::new();
    for t in tags {
        while open.last().is_some_and(|o| o.end <= t.0.start) {
            open.pop();
        }
        if open.last().is_some_and(|o| t.0.end > o.end)
            || !text.is_char_boundary(t.0.start)
            || !text.is_char_boundary(t.0.end)
        {
            continue; // crosses an enclosing tag
        }
        open.push(t.0);
        kept.push(t);
    }
    // Emit: a stack of open ends.
    let mut pos = 0;
    let mut ends: Vec<(usize, String)> = Vec::new();
    for (span, raw, name) in kept {
        while let Some((end, _)) = ends.last().filter(|(e, _)| *e <= span.start) {
            let end = *end;
            escape_text(&text[pos..end], out);
            pos = end;
            if let Some((_, n)) = ends.pop() {
                out.push_str(&format!("</{n}>"));
            }
        }
        escape_text(&text[pos..span.start], out);
        pos = span.start;
        out.push('<');
        out.push_str(&raw);
        out.push('>');
        ends.push((span.end, name));
    }
    while let Some((end, n)) = ends.pop() {
        escape_text(&text[pos..end], out);
        pos = end;
        out.push_str(&format!("</{n}>"));
    }
    escape_text(&text[pos..], out);
}

fn timex_tags(times: &TimeAnnotation) -> Vec<(Span, String, String)> {
    timex_tags_of(&times.timexes)
}

fn timex_tags_of(timexes: &[Timex]) -> Vec<(Span, String, String)> {
    let tids: Vec<(Span, usize)> = timexes
        .iter()
        .enumerate()
        .map(|(i, t)| (t.span, i + 1))
        .collect();
    timexes
        .iter()
        .enumerate()
        .map(|(i, t)| (t.span, timex_tag(t, i + 1, &tids), "TIMEX3".to_string()))
        .collect()
}

/// Write a TimeML document holding the text of `doc` with the TIMEX3 tags of `times`.
///
/// When `source` is the TimeML document the text came from, its head (declaration, `DOCID`,
/// `DCT`), its EVENT and SIGNAL tags and its MAKEINSTANCE elements are kept and its TIMEX3 tags
/// are replaced; otherwise a new document is made with a `DCT` from the dateline.
///
/// ```
/// use eventline::{Document, time::{tag, TimeConfig}, timeml::{write_annotated, TimeMlDocument}};
///
/// let doc = Document::new("Talks & votes resumed yesterday.").with_id("a1").with_dateline("2024-08-01".parse()?);
/// let times = tag(&doc, &TimeConfig::default());
/// let xml = write_annotated(&doc, &times, None);
/// assert!(xml.contains(r#"<TIMEX3 tid="t1" type="DATE" value="2024-07-31""#));
/// // Reading it back gives the same text, character for character.
/// assert_eq!(TimeMlDocument::parse(&xml)?.text, doc.text());
/// # Ok::<(), eventline::Error>(())
/// ```
pub fn write_annotated(
    doc: &Document,
    times: &TimeAnnotation,
    source: Option<&TimeMlDocument>,
) -> String {
    let mut out = String::with_capacity(doc.text().len() * 2 + 512);
    let mut tags = timex_tags(times);
    match source {
        Some(src) => {
            out.push_str(&src.head);
            tags.extend(
                src.inline
                    .iter()
                    .filter(|t| t.name != "TIMEX3")
                    .map(|t| (t.span, t.raw.clone(), t.name.clone())),
            );
            write_tagged(doc.text(), tags, &mut out);
            out.push_str("</TEXT>\n");
            for i in &src.instances {
                out.push_str(i);
                out.push('\n');
            }
            out.push_str("</TimeML>\n");
        }
        None => {
            out.push_str("<?xml version=\"1.0\" ?>\n<TimeML>\n");
            if let Some(id) = doc.id() {
                out.push_str("<DOCID>");
                escape_text(id, &mut out);
                out.push_str("</DOCID>\n");
            }
            if let Some(d) = times.dateline {
                let v = d.to_string();
                out.push_str(&format!(
                    "<DCT><TIMEX3 tid=\"t0\" type=\"{}\" value=\"{v}\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">{v}</TIMEX3></DCT>\n",
                    if d.time().is_some() { "TIME" } else { "DATE" }
                ));
            }
            out.push_str("<TEXT>");
            write_tagged(doc.text(), tags, &mut out);
            out.push_str("</TEXT>\n</TimeML>\n");
        }
    }
    out
}

/// Write a timeline as TimeML: TIMEX3 and EVENT tags in the untouched text, then a
/// MAKEINSTANCE per event, a TLINK per event–time anchoring and per temporal relation, and a
/// CLINK per causal relation (as in Causal-TimeBank: `eventInstanceID` is the cause,
/// `relatedToEventInstance` the effect).
///
/// When `source` is the TimeML document the text came from, its head (declaration, `DOCID`,
/// `DCT`) is kept; its own annotations are replaced.
///
/// ```
/// use eventline::{Document, timeline::Timeline, timeml::{write_timeline, TimeMlDocument}};
/// let doc = Document::new("Iran vowed revenge in response to the killing on July 31.")
///     .with_dateline("2024-08-01".parse()?);
/// let xml = write_timeline(&Timeline::build(&doc), None);
/// assert!(xml.contains(r#"<EVENT eid="e1" class="#));
/// assert!(xml.contains("<MAKEINSTANCE eventID=\"e1\" eiid=\"ei1\""));
/// assert!(xml.contains("<TLINK "));
/// assert!(xml.contains("<CLINK "));
/// let back = TimeMlDocument::parse(&xml)?;
/// assert_eq!(back.text, doc.text());
/// assert!(!back.events.is_empty());
/// # Ok::<(), eventline::Error>(())
/// ```
pub fn write_timeline(t: &crate::timeline::Timeline, source: Option<&TimeMlDocument>) -> String {
    use crate::event::{Aspect, EventPos, Polarity, Tense};
    use crate::relation::RelationKind;
    let doc = t.document();
    let text = doc.text();
    let mut out = String::with_capacity(text.len() * 3 + 1024);
    let mut tags = timex_tags_of(t.timexes());
    for (i, e) in t.events().iter().enumerate() {
        tags.push((
            e.span,
            format!("EVENT eid=\"e{}\" class=\"{}\"", i + 1, e.class.as_str()),
            "EVENT".to_string(),
        ));
    }
    match source {
        Some(src) => out.push_str(&src.head),
        None => {
            out.push_str("<?xml version=\"1.0\" ?>\n<TimeML>\n");
            if let Some(id) = doc.id() {
                out.push_str("<DOCID>");
                escape_text(id, &mut out);
                out.push_str("</DOCID>\n");
            }
            if let Some(d) = t.dateline() {
                let v = d.to_string();
                out.push_str(&format!(
                    "<DCT><TIMEX3 tid=\"t0\" type=\"{}\" value=\"{v}\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">{v}</TIMEX3></DCT>\n",
                    if d.time().is_some() { "TIME" } else { "DATE" }
                ));
            }
            out.push_str("<TEXT>");
        }
    }
    write_tagged(text, tags, &mut out);
    out.push_str("</TEXT>\n");
    for (i, e) in t.events().iter().enumerate() {
        let tense = match e.tense {
            Tense::Past => "PAST",
            Tense::Present => "PRESENT",
            Tense::Future => "FUTURE",
            Tense::Infinitive => "INFINITIVE",
            Tense::Pastpart => "PASTPART",
            Tense::Prespart => "PRESPART",
            Tense::None => "NONE",
        };
        let aspect = match e.aspect {
            Aspect::None => "NONE",
            Aspect::Progressive => "PROGRESSIVE",
            Aspect::Perfective => "PERFECTIVE",
            Aspect::PerfectiveProgressive => "PERFECTIVE_PROGRESSIVE",
        };
        let polarity = match e.polarity {
            Polarity::Pos => "POS",
            Polarity::Neg => "NEG",
        };
        let pos = match e.pos {
            EventPos::Verb => "VERB",
            EventPos::Noun => "NOUN",
            EventPos::Adjective => "ADJECTIVE",
            EventPos::Other => "OTHER",
        };
        let modality = e
            .modality
            .as_deref()
            .map(|m| format!(" modality=\"{}\"", escape_attr(m)))
            .unwrap_or_default();
        out.push_str(&format!(
            "<MAKEINSTANCE eventID=\"e{n}\" eiid=\"ei{n}\" tense=\"{tense}\" aspect=\"{aspect}\" polarity=\"{polarity}\" pos=\"{pos}\"{modality}/>\n",
            n = i + 1
        ));
    }
    let mut lid = 0;
    for entry in t.iter() {
        let Some(time) = &entry.time else { continue };
        let related = match (time.timex, time.source) {
            (Some(k), _) => format!("t{}", k + 1),
            (None, crate::relation::TimeSource::Dateline) => "t0".to_string(),
            _ => continue,
        };
        for &m in std::iter::once(&entry.event).chain(&entry.mentions) {
            lid += 1;
            out.push_str(&format!(
                "<TLINK lid=\"l{lid}\" relType=\"{}\" eventInstanceID=\"ei{}\" relatedToTime=\"{related}\"/>\n",
                time.relation.as_str(),
                m + 1
            ));
        }
    }
    // Events with no time of their own, against the dateline by tense and factuality.
    for (i, kind) in t.data().dateline_relations.iter().enumerate() {
        let timed = t.entry_of(i).is_some_and(|e| e.time.is_some());
        if let (Some(kind), false, Some(_)) = (kind, timed, t.dateline()) {
            lid += 1;
            out.push_str(&format!(
                "<TLINK lid=\"l{lid}\" relType=\"{}\" eventInstanceID=\"ei{}\" relatedToTime=\"t0\"/>\n",
                kind.as_str(),
                i + 1
            ));
        }
    }
    for r in t.relations() {
        lid += 1;
        if r.kind.is_causal() {
            out.push_str(&format!(
                "<CLINK lid=\"l{lid}\" eventInstanceID=\"ei{}\" relatedToEventInstance=\"ei{}\"{}/>\n",
                r.source + 1,
                r.target + 1,
                if r.kind == RelationKind::Enables { " relType=\"ENABLES\"" } else { "" }
            ));
        } else {
            out.push_str(&format!(
                "<TLINK lid=\"l{lid}\" relType=\"{}\" eventInstanceID=\"ei{}\" relatedToEventInstance=\"ei{}\"/>\n",
                r.kind.as_str(),
                r.source + 1,
                r.target + 1
            ));
        }
    }
    out.push_str("</TimeML>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::{tag, TimeConfig};

    const SAMPLE: &str = r#"<?xml version="1.0" ?>
<TimeML>
<DOCID>wsj_0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1989-10-26" temporalFunction="false" functionInDocument="CREATION_TIME">10/26/89</TIMEX3></DCT>
<TEXT>
Profits <EVENT eid="e1" class="OCCURRENCE">rose</EVENT> in <TIMEX3 tid="t1" type="DATE" value="1989-Q3">the third quarter</TIMEX3>, the company <EVENT eid="e2" class="REPORTING">said</EVENT> <TIMEX3 tid="t2" type="DATE" value="1989-10-25">yesterday</TIMEX3>. AT&amp;T &lt;fell&gt;.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
</TimeML>
"#;

    #[test]
    fn reads_gold() {
        let d = TimeMlDocument::parse(SAMPLE).unwrap();
        assert_eq!(d.docid.as_deref(), Some("wsj_0001"));
        assert_eq!(d.dateline.unwrap().to_string(), "1989-10-26");
        assert_eq!(d.timexes.len(), 2);
        assert_eq!(d.timexes[0].span.of(&d.text), "the third quarter");
        assert_eq!(d.events[1].span.of(&d.text), "said");
        assert!(d.text.contains("AT&T <fell>."));
    }

    #[test]
    fn annotates_in_place_without_changing_the_text() {
        let src = TimeMlDocument::parse(SAMPLE).unwrap();
        let doc = src.to_document();
        let times = tag(&doc, &TimeConfig::default());
        let xml = write_annotated(&doc, &times, Some(&src));
        let back = TimeMlDocument::parse(&xml).unwrap();
        assert_eq!(back.text, src.text);
        assert_eq!(back.events, src.events);
        assert_eq!(back.dateline, src.dateline);
        let values: Vec<&str> = back.timexes.iter().map(|t| t.value.as_str()).collect();
        assert_eq!(values, ["1989-Q3", "1989-10-25"]);
        assert!(xml.contains("<MAKEINSTANCE eventID=\"e1\""));
        assert!(
            !xml.contains("TLINK"),
            "relations to the replaced TIMEX3s are dropped"
        );
    }

    #[test]
    fn malformed_documents_are_typed_errors() {
        for bad in [
            "",
            "<TimeML><TEXT>a <TIMEX3 tid=\"t1\">b</TEXT></TimeML>",
            "<TimeML><TEXT>a</TEXT><TEXT>b</TEXT></TimeML>",
            "<TimeML><TEXT>a &bogus; b</TEXT></TimeML>",
            "<TimeML><TEXT>truncated",
        ] {
            let err = TimeMlDocument::parse(bad).unwrap_err();
            assert!(matches!(err, Error::TimeMl { .. }), "{bad}: {err}");
        }
    }
}

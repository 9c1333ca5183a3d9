//! Renders docs/MODEL.md to HTML at build time, so the page's "About the model" panel shows the
//! same document as the repository without shipping a Markdown parser to the browser.

use pulldown_cmark::{html, Options, Parser};
use std::{env, fs, path::Path};

/// The model's driver files without their comments and sources: the numbers the model reads, so
/// that the browser build does not carry the documentation of each row.
fn strip_driver(name: &str, columns: usize) {
    let path = format!("data/drivers/{name}");
    println!("cargo:rerun-if-changed={path}");
    let text = fs::read_to_string(&path).expect("the driver file is readable");
    let mut reader = csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut writer = csv::Writer::from_writer(Vec::new());
    for record in reader.records() {
        let record = record.expect("the driver file is valid CSV");
        let kept: Vec<&str> = record.iter().take(columns).collect();
        writer.write_record(&kept).expect("writes to memory");
    }
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join(name);
    fs::write(out, writer.into_inner().expect("flushes to memory")).expect("OUT_DIR is writable");
}

fn main() {
    strip_driver("korea_production_index.csv", 2);
    strip_driver("korean_capacity.csv", 3);
    println!("cargo:rerun-if-changed=docs/MODEL.md");
    let markdown = fs::read_to_string("docs/MODEL.md").expect("docs/MODEL.md is readable");
    let mut rendered = String::new();
    html::push_html(
        &mut rendered,
        Parser::new_ext(&markdown, Options::ENABLE_TABLES),
    );
    // The page has its own title: the document's headings go one level down.
    for level in (1..=5).rev() {
        rendered = rendered
            .replace(&format!("<h{level}"), &format!("<h{}", level + 1))
            .replace(&format!("</h{level}>"), &format!("</h{}>", level + 1));
    }
    // Wide tables and code scroll sideways on a phone; a scrolling region must take the keyboard
    // focus, so that it can be scrolled without a mouse.
    let mut numbered = String::with_capacity(rendered.len());
    for (index, piece) in rendered.split("<table>").enumerate() {
        if index > 0 {
            numbered.push_str(&format!(
                r#"<div class="table-scroll" tabindex="0" role="region" aria-label="Table {index}"><table>"#
            ));
        }
        numbered.push_str(piece);
    }
    let rendered = numbered
        .replace("</table>", "</table></div>")
        .replace("<pre>", r#"<pre tabindex="0">"#);
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("model.html");
    fs::write(out, rendered).expect("OUT_DIR is writable");
}

//! Charts: pure draw functions over any plotters backend. Each takes the model's outputs (already
//! computed) and a spec of what to show; none runs the model. The page renders them to SVG, and the
//! native tests render the same functions to SVG strings.

pub mod attribution;
pub mod qr;
pub mod supply;
pub mod time_series;

use crate::i18n::{compact_number, Lang};
use crate::model::time::{FIRST_YEAR, MONTHS};

/// Colour-blind-safe palette (Okabe–Ito).
pub mod palette {
    use plotters::style::RGBColor;
    pub const SCENARIO: RGBColor = RGBColor(0, 114, 178);
    pub const BASELINE: RGBColor = RGBColor(86, 86, 86);
    pub const BAND: RGBColor = RGBColor(86, 180, 233);
    pub const OBSERVED: RGBColor = RGBColor(213, 94, 0);
    pub const EVENT: RGBColor = RGBColor(204, 121, 167);
    pub const GRID: RGBColor = RGBColor(220, 220, 220);
    pub const THIRD: RGBColor = RGBColor(230, 159, 0);
    pub const DOMESTIC: RGBColor = RGBColor(0, 158, 115);
    pub const SHORTFALL: RGBColor = RGBColor(213, 94, 0);
    pub const TEXT: RGBColor = RGBColor(33, 37, 41);
    /// The compared scenario: black, dotted, so it differs from the scenario by line and colour.
    pub const COMPARE: RGBColor = RGBColor(0, 0, 0);
    /// The run before the last change: grey, drawn faint, so that it stands apart from the blue
    /// band and the scenario.
    pub const PREVIOUS: RGBColor = RGBColor(60, 60, 60);
}

/// The coordinates of every chart over time: months on x, values on y.
pub type TimeCoordinates = plotters::prelude::Cartesian2d<
    plotters::coord::types::RangedCoordf64,
    plotters::coord::types::RangedCoordf64,
>;

/// A chart context over the shared month axis.
pub type TimeChart<'a, DB> = plotters::prelude::ChartContext<'a, DB, TimeCoordinates>;

/// The smallest size of any chart text, in CSS pixels (the SVG is drawn at the width it is shown).
pub const TEXT_PX: u32 = 12;
/// The size of a chart's title, in CSS pixels: the page's body text is 16 px.
pub const TITLE_PX: u32 = 16;
/// Height of a line of title text, in pixels.
const TITLE_LINE: i32 = 20;

/// Font of every label and legend entry, `px` CSS pixels high. Plotters' SVG backend writes a
/// font's size divided by 1.24 (its idea of a line's height), so the size asked of it is scaled up
/// to come out as `px` in the SVG.
pub(crate) fn font(px: u32) -> plotters::style::TextStyle<'static> {
    use plotters::prelude::*;
    ("sans-serif", f64::from(px) * 1.24)
        .into_font()
        .color(&palette::TEXT)
}

/// The bold font of titles and event numbers, `px` CSS pixels high.
pub(crate) fn bold(px: u32) -> plotters::style::TextStyle<'static> {
    use plotters::prelude::*;
    ("sans-serif", f64::from(px) * 1.24, FontStyle::Bold)
        .into_font()
        .color(&palette::TEXT)
}

pub(crate) fn anchored(
    style: plotters::style::TextStyle<'static>,
    h: plotters::style::text_anchor::HPos,
    v: plotters::style::text_anchor::VPos,
) -> plotters::style::TextStyle<'static> {
    style.pos(plotters::style::text_anchor::Pos::new(h, v))
}

/// Round values for a value axis from 0 to `max`: steps of 1, 2 or 5 times a power of ten, about
/// five of them.
pub fn nice_ticks(max: f64) -> Vec<f64> {
    if max <= 0.0 || !max.is_finite() {
        return vec![0.0];
    }
    let rough = max / 5.0;
    let power = 10f64.powi(rough.log10().floor() as i32);
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|step| *step >= rough)
        .unwrap_or(10.0 * power);
    (0..)
        .map(|i| f64::from(i) * step)
        .take_while(|v| *v <= max * (1.0 + 1e-9))
        .collect()
}

/// A tick's label, with as many decimals as the step between ticks needs: 0, 2.5, 5 or 0, 1k, 2k
/// (0, 1,000, 2,000 in Japanese and Korean, which count large numbers in ten thousands).
pub fn tick_label(lang: Lang, value: f64, step: f64) -> String {
    if value.abs() >= 1e3 {
        compact_number(lang, value)
    } else if step >= 1.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.1}")
    }
}

/// Where a time chart's plot sits in the SVG, in pixels: `left` and `right` are the x of the first
/// and last month's points as drawn (each month's point is at its middle), `top` and `bottom` the y
/// of the value axis's ends. A host uses it to read the month under the pointer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlotArea {
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
}

impl PlotArea {
    /// The geometry of a chart over the shared month axis, from its context's own coordinate map.
    pub fn of<DB: plotters::prelude::DrawingBackend>(ctx: &TimeChart<'_, DB>) -> PlotArea {
        let y_range = ctx.y_range();
        let (left, top) = ctx.backend_coord(&(0.5, y_range.end));
        let (right, bottom) = ctx.backend_coord(&(MONTHS as f64 - 0.5, y_range.start));
        PlotArea {
            left: f64::from(left),
            right: f64::from(right),
            top: f64::from(top),
            bottom: f64::from(bottom),
        }
    }

    /// The month index nearest to an x in the SVG's pixels, clamped to 0..MONTHS-1.
    pub fn month_at(&self, x: f64) -> usize {
        let span = self.right - self.left;
        if span.is_nan() || span <= 0.0 || !x.is_finite() {
            return 0;
        }
        let month = ((x - self.left) / span * (MONTHS - 1) as f64).round();
        month.clamp(0.0, (MONTHS - 1) as f64) as usize
    }

    /// The x of a month's point, in the SVG's pixels.
    pub fn x_of(&self, month: usize) -> f64 {
        self.left + (self.right - self.left) * month as f64 / (MONTHS - 1) as f64
    }
}

/// A chart over the shared month axis (0 = January 2018 to 72) with values from 0 to `y_max`:
/// title, legend, value axis with its grid, and year axis drawn.
///
/// Every label is placed with the SVG's own text anchoring rather than measured: in the browser
/// plotters measures text by laying out the whole page, which would cost more than the chart.
/// Widths are estimated instead (`text_px`), so that titles and legends wrap rather than overflow.
pub fn time_chart<'a, DB: plotters::prelude::DrawingBackend>(
    area: &'a plotters::prelude::DrawingArea<DB, plotters::coord::Shift>,
    lang: Lang,
    title: &str,
    y_label: &str,
    y_max: f64,
    legend: &[(&str, LegendMark)],
) -> Result<TimeChart<'a, DB>, plotters::drawing::DrawingAreaErrorKind<DB::ErrorType>> {
    use plotters::prelude::*;
    use plotters::style::text_anchor::{HPos, VPos};
    let title_bottom = draw_title(area, title)?;
    let legend_height = draw_legend(area, legend, title_bottom + 4)?;
    let (margin, x_labels) = (10, 24);
    let mut plot_top = title_bottom + 10 + legend_height;
    // The unit runs up the value axis when it fits the plot's height; otherwise (a phone, a long
    // unit) it is written across, above the axis.
    let plot_height = area.dim_in_pixel().1 as i32 - plot_top - margin - x_labels;
    let unit_across = text_px(y_label, TEXT_PX) > plot_height - 4;
    if unit_across {
        plot_top += LEGEND_ROW;
    }
    let mut ctx = ChartBuilder::on(area)
        .margin(margin)
        .margin_top(plot_top)
        .x_label_area_size(x_labels)
        .y_label_area_size(62)
        .build_cartesian_2d(0.0..MONTHS as f64, 0.0..y_max)?;
    let ticks = nice_ticks(y_max);
    let step = ticks.get(1).copied().unwrap_or(1.0);
    for tick in ticks {
        ctx.draw_series(LineSeries::new(
            [(0.0, tick), (MONTHS as f64, tick)],
            palette::GRID.stroke_width(1),
        ))?;
        let (x, y) = ctx.backend_coord(&(0.0, tick));
        area.draw(&Text::new(
            tick_label(lang, tick, step),
            (x - 5, y),
            anchored(font(TEXT_PX), HPos::Right, VPos::Center),
        ))?;
    }
    let (left, top) = ctx.backend_coord(&(0.0, y_max));
    let (_, bottom) = ctx.backend_coord(&(0.0, 0.0));
    if unit_across {
        let available = area.dim_in_pixel().0 as i32 - 2 * margin;
        area.draw(&Text::new(
            ellipsize(y_label, available, |l| text_px(l, TEXT_PX)),
            (margin, top - 8),
            anchored(font(TEXT_PX), HPos::Left, VPos::Bottom),
        ))?;
    } else {
        area.draw(&Text::new(
            y_label.to_string(),
            (left - 54, (top + bottom) / 2),
            anchored(font(TEXT_PX), HPos::Center, VPos::Center).transform(FontTransform::Rotate270),
        ))?;
    }
    ctx.draw_series(LineSeries::new(
        [(0.0, 0.0), (MONTHS as f64, 0.0)],
        palette::TEXT.stroke_width(1),
    ))?;
    ctx.draw_series(LineSeries::new(
        [(0.0, 0.0), (0.0, y_max)],
        palette::TEXT.stroke_width(1),
    ))?;
    draw_year_axis(area, &mut ctx)?;
    Ok(ctx)
}

/// Draws a chart's title, bold at 16 px, wrapped to the chart's width, and returns the y of its
/// bottom.
pub(crate) fn draw_title<DB: plotters::prelude::DrawingBackend>(
    area: &plotters::prelude::DrawingArea<DB, plotters::coord::Shift>,
    title: &str,
) -> Result<i32, plotters::drawing::DrawingAreaErrorKind<DB::ErrorType>> {
    use plotters::prelude::*;
    use plotters::style::text_anchor::{HPos, VPos};
    let available = area.dim_in_pixel().0 as i32 - 20;
    let lines = wrap(title, available, |line| bold_px(line, TITLE_PX));
    for (index, line) in lines.iter().enumerate() {
        area.draw(&Text::new(
            line.clone(),
            (10, 8 + index as i32 * TITLE_LINE),
            anchored(bold(TITLE_PX), HPos::Left, VPos::Top),
        ))?;
    }
    Ok(8 + lines.len().max(1) as i32 * TITLE_LINE)
}

/// Draws the shared time axis: a grid line at each January and the year's label centred under it.
pub fn draw_year_axis<DB: plotters::prelude::DrawingBackend>(
    area: &plotters::prelude::DrawingArea<DB, plotters::coord::Shift>,
    ctx: &mut TimeChart<'_, DB>,
) -> Result<(), plotters::drawing::DrawingAreaErrorKind<DB::ErrorType>> {
    use plotters::prelude::*;
    let (_, y_range) = (ctx.x_range(), ctx.y_range());
    for year in 0..=MONTHS / 12 {
        let x = (year * 12) as f64;
        ctx.draw_series(LineSeries::new(
            [(x, y_range.start), (x, y_range.end)],
            palette::GRID.stroke_width(1),
        ))?;
        if year < MONTHS / 12 {
            let (px, py) = ctx.backend_coord(&(x + 6.0, y_range.start));
            area.draw(&Text::new(
                format!("{}", usize::from(FIRST_YEAR) + year),
                (px, py + 5),
                anchored(
                    font(TEXT_PX),
                    plotters::style::text_anchor::HPos::Center,
                    plotters::style::text_anchor::VPos::Top,
                ),
            ))?;
        }
    }
    Ok(())
}

/// Draws a vertical line at each event (month positions, fractional within a month) across the
/// plot.
pub(crate) fn draw_event_lines<DB: plotters::prelude::DrawingBackend>(
    ctx: &mut TimeChart<'_, DB>,
    events: &[f64],
) -> Result<(), plotters::drawing::DrawingAreaErrorKind<DB::ErrorType>> {
    use plotters::prelude::*;
    let y_range = ctx.y_range();
    for event in events.iter().filter(|e| e.is_finite()) {
        ctx.draw_series(LineSeries::new(
            [(*event, y_range.start), (*event, y_range.end)],
            palette::EVENT.mix(0.55).stroke_width(1),
        ))?;
    }
    Ok(())
}

/// Diameter of an event's numbered marker, in pixels.
const MARKER: i32 = 18;

/// Rows (0 = the top) of the numbered markers of events at these x positions in pixels: a marker
/// goes to the highest row where it keeps a marker's width (and a little air) from every marker
/// already placed, so that markers of nearby events are staggered instead of overlapping. Rows
/// never exceed `max_rows - 1`; past that, markers overlap rather than leave the plot.
pub fn marker_rows(xs: &[i32], max_rows: usize) -> Vec<usize> {
    let max_rows = max_rows.max(1);
    let mut order: Vec<usize> = (0..xs.len()).collect();
    order.sort_by_key(|&i| (xs[i], i));
    let mut placed: Vec<Vec<i32>> = vec![Vec::new(); max_rows];
    let mut rows = vec![0; xs.len()];
    for i in order {
        let free = (0..max_rows).find(|&row| {
            placed[row]
                .iter()
                .all(|other| (xs[i] - other).abs() >= MARKER + 2)
        });
        let row = free.unwrap_or_else(|| {
            // Every row is taken here: the row whose nearest marker is furthest away.
            (0..max_rows)
                .max_by_key(|&row| {
                    placed[row]
                        .iter()
                        .map(|other| (xs[i] - other).abs())
                        .min()
                        .unwrap_or(i32::MAX)
                })
                .unwrap_or(0)
        });
        placed[row].push(xs[i]);
        rows[i] = row;
    }
    rows
}

/// Numbers the events: a small circle with 1, 2, 3… (in the order of the slice, as the page's key
/// under the chart numbers them) at the top of each event's line, inside the plot.
pub(crate) fn draw_event_markers<DB: plotters::prelude::DrawingBackend>(
    area: &plotters::prelude::DrawingArea<DB, plotters::coord::Shift>,
    ctx: &TimeChart<'_, DB>,
    events: &[f64],
) -> Result<(), plotters::drawing::DrawingAreaErrorKind<DB::ErrorType>> {
    use plotters::prelude::*;
    use plotters::style::text_anchor::{HPos, VPos};
    let y_range = ctx.y_range();
    let (_, top) = ctx.backend_coord(&(0.0, y_range.end));
    let (_, bottom) = ctx.backend_coord(&(0.0, y_range.start));
    let xs: Vec<i32> = events
        .iter()
        .map(|e| ctx.backend_coord(&(*e, y_range.end)).0)
        .collect();
    let max_rows = ((bottom - top - 4) / (MARKER + 2)).max(1) as usize;
    let rows = marker_rows(&xs, max_rows);
    for (index, (event, (x, row))) in events.iter().zip(xs.iter().zip(rows)).enumerate() {
        if !event.is_finite() {
            continue;
        }
        let y = top + MARKER / 2 + 2 + row as i32 * (MARKER + 2);
        area.draw(&Circle::new((*x, y), MARKER / 2, WHITE.mix(0.95).filled()))?;
        area.draw(&Circle::new(
            (*x, y),
            MARKER / 2,
            palette::EVENT.stroke_width(2),
        ))?;
        area.draw(&Text::new(
            (index + 1).to_string(),
            (*x, y),
            anchored(bold(TEXT_PX), HPos::Center, VPos::Center),
        ))?;
    }
    Ok(())
}

/// How a legend entry is marked.
#[derive(Clone, Copy, Debug)]
pub enum LegendMark {
    Line(plotters::style::RGBColor, u32),
    /// A line in a colour at 35% opacity: the previous run.
    Faint(plotters::style::RGBColor, u32),
    Dashed(plotters::style::RGBColor, u32),
    Dotted(plotters::style::RGBColor, u32),
    Area(plotters::style::RGBAColor),
    Triangle(plotters::style::RGBColor),
}

/// Height of a legend row, in pixels.
const LEGEND_ROW: i32 = 18;

/// Draws a legend in rows under the title, wrapping at the chart's width, and returns its height
/// in pixels. Widths are estimated from the labels' lengths, since measuring text is what is
/// avoided; a label too long for a row of its own is wrapped onto several lines.
fn draw_legend<DB: plotters::prelude::DrawingBackend>(
    area: &plotters::prelude::DrawingArea<DB, plotters::coord::Shift>,
    entries: &[(&str, LegendMark)],
    top: i32,
) -> Result<i32, plotters::drawing::DrawingAreaErrorKind<DB::ErrorType>> {
    use plotters::prelude::*;
    use plotters::style::text_anchor::{HPos, VPos};
    if entries.is_empty() {
        return Ok(0);
    }
    let (width, _) = area.dim_in_pixel();
    let (left, right) = (10, width as i32 - 8);
    let (mark, gap, spacing) = (22, 6, 14);
    let (mut x, mut y) = (left, top + LEGEND_ROW / 2);
    for (label, legend_mark) in entries {
        let lines = wrap(label, right - left - mark - gap, |l| text_px(l, TEXT_PX));
        let label_width = lines.iter().map(|l| text_px(l, TEXT_PX)).max().unwrap_or(0);
        let entry_width = mark + gap + label_width;
        if x > left && (x + entry_width > right || lines.len() > 1) {
            x = left;
            y += LEGEND_ROW;
        }
        let (a, b) = ((x, y), (x + mark, y));
        match *legend_mark {
            LegendMark::Line(colour, stroke) => {
                area.draw(&PathElement::new([a, b], colour.stroke_width(stroke)))?
            }
            LegendMark::Faint(colour, stroke) => area.draw(&PathElement::new(
                [a, b],
                colour
                    .mix(time_series::PREVIOUS_OPACITY)
                    .stroke_width(stroke),
            ))?,
            LegendMark::Dashed(colour, stroke) => {
                area.draw(&PathElement::new(
                    [a, (a.0 + 8, y)],
                    colour.stroke_width(stroke),
                ))?;
                area.draw(&PathElement::new(
                    [(a.0 + 14, y), b],
                    colour.stroke_width(stroke),
                ))?;
            }
            LegendMark::Dotted(colour, stroke) => {
                for start in [0, 8, 16] {
                    area.draw(&PathElement::new(
                        [(a.0 + start, y), (a.0 + start + 3, y)],
                        colour.stroke_width(stroke),
                    ))?;
                }
            }
            LegendMark::Area(colour) => area.draw(&Rectangle::new(
                [(a.0, y - 5), (b.0, y + 5)],
                colour.filled(),
            ))?,
            LegendMark::Triangle(colour) => {
                area.draw(&TriangleMarker::new((a.0 + 11, y), 5, colour.filled()))?
            }
        }
        for (index, line) in lines.iter().enumerate() {
            area.draw(&Text::new(
                line.clone(),
                (b.0 + gap, y + index as i32 * LEGEND_ROW),
                anchored(font(TEXT_PX), HPos::Left, VPos::Center),
            ))?;
        }
        y += (lines.len() as i32 - 1) * LEGEND_ROW;
        x += entry_width + spacing;
    }
    Ok(y + LEGEND_ROW / 2 - top + 4)
}

/// Estimated width in pixels of a text at a font size: about 0.55 em per Latin letter, a whole
/// em per Japanese or Korean character.
pub fn text_px(text: &str, size: u32) -> i32 {
    let size = f64::from(size);
    let width: f64 = text
        .chars()
        .map(|c| if is_wide(c) { size } else { 0.55 * size })
        .sum();
    width.ceil() as i32
}

/// Estimated width of a bold text: a tenth wider than a regular one.
pub(crate) fn bold_px(text: &str, size: u32) -> i32 {
    text_px(text, size) * 11 / 10
}

fn is_wide(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x11FF | 0x2E80..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF00..=0xFF60)
}

/// Breaks a text into lines no wider than `max_px` by `width_of`: between words, and between any
/// two Japanese or Korean characters (which are not separated by spaces). A word wider than a line
/// on its own is broken between letters.
pub fn wrap(text: &str, max_px: i32, width_of: impl Fn(&str) -> i32) -> Vec<String> {
    // Pieces a line may break after: a word with the spaces after it, or one wide character.
    let mut pieces: Vec<String> = Vec::new();
    for c in text.chars() {
        let starts_piece = match pieces.last() {
            None => true,
            Some(last) => {
                let previous = last.chars().next_back().unwrap_or(' ');
                is_wide(c) || is_wide(previous) || (previous.is_whitespace() && !c.is_whitespace())
            }
        };
        if starts_piece {
            pieces.push(c.to_string());
        } else if let Some(last) = pieces.last_mut() {
            last.push(c);
        }
    }
    let mut lines = Vec::new();
    let mut line = String::new();
    for piece in pieces {
        let candidate = format!("{line}{piece}");
        if line.is_empty() || width_of(candidate.trim_end()) <= max_px {
            line = candidate;
        } else {
            lines.push(line.trim_end().to_string());
            line = piece.trim_start().to_string();
        }
        // A piece too wide on its own line is broken between letters.
        while width_of(line.trim_end()) > max_px && line.trim_end().chars().count() > 1 {
            let mut head = String::new();
            for c in line.chars() {
                let next = format!("{head}{c}");
                if !head.is_empty() && width_of(&next) > max_px {
                    break;
                }
                head = next;
            }
            line = line[head.len()..].trim_start().to_string();
            lines.push(head);
        }
    }
    if !line.trim().is_empty() || lines.is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

/// Cuts a text to at most `max_px` by `width_of`, ending it with "…" when it was cut.
pub fn ellipsize(text: &str, max_px: i32, width_of: impl Fn(&str) -> i32) -> String {
    if width_of(text) <= max_px {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        let next = format!("{out}{c}…");
        if width_of(&next) > max_px {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// A point of a chart, in pixels, that carries a note (an observed figure and its source).
#[derive(Clone, Debug, PartialEq)]
pub struct Hotspot {
    pub x: i32,
    pub y: i32,
    pub note: String,
}

/// Text escaped for XML, in content and in double-quoted attributes; control characters XML
/// cannot hold are dropped.
pub fn escape(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r'))
        .collect::<String>()
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Renders a draw function to an SVG string of the given size, returning what it returns too.
pub fn to_svg<F, T>(size: (u32, u32), draw: F) -> Result<(String, T), String>
where
    F: FnOnce(
        &plotters::drawing::DrawingArea<plotters::backend::SVGBackend<'_>, plotters::coord::Shift>,
    ) -> Result<T, String>,
{
    use plotters::prelude::*;
    let mut svg = String::new();
    let value;
    {
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        value = draw(&root)?;
        root.present().map_err(|e| e.to_string())?;
    }
    Ok((svg, value))
}

/// Adds notes to an SVG chart: over each hotspot a transparent circle with the note as its
/// `<title>` (shown on hover) and its `data-note` (which the page shows on a tap). The circles take
/// no focus: the chart is one image to assistive technology, and keyboard readers reach the notes
/// through the page's readout of the month under the crosshair.
pub fn with_hotspots(svg: &str, hotspots: &[Hotspot]) -> String {
    let Some(end) = svg.rfind("</svg>") else {
        return svg.to_string();
    };
    let mut out = String::with_capacity(svg.len() + hotspots.len() * 240);
    out.push_str(&svg[..end]);
    for spot in hotspots {
        let note = escape(&spot.note);
        out.push_str(&format!(
            r#"<circle class="hotspot" data-note="{note}" cx="{}" cy="{}" r="9" fill="transparent"><title>{note}</title></circle>"#,
            spot.x, spot.y,
        ));
    }
    out.push_str(&svg[end..]);
    out
}

/// Height of a line of the export frame's title, in pixels.
const FRAME_TITLE_LINE: i32 = 24;
/// Height of a line under an exported chart, in pixels.
const FRAME_LINE: i32 = 18;

/// A standalone SVG for download: the chart with its title above and `lines` (the scenario link,
/// the source credit) below, as Our World in Data's exports carry them.
///
/// An empty `title` adds no title (for a chart that was drawn with its own).
/// The chart is nested as an inner `<svg>` of its own size; the title (bold, 18 px) wraps to the
/// width, and each line (12 px, grey) is cut with "…" where it would not fit.
pub fn framed(svg: &str, size: (u32, u32), title: &str, lines: &[&str]) -> String {
    let (width, height) = (size.0 as i32, size.1 as i32);
    let inner = svg
        .find("<svg")
        .and_then(|start| svg[start..].find('>').map(|end| start + end + 1))
        .zip(svg.rfind("</svg>"))
        .filter(|(start, end)| start <= end)
        .map_or("", |(start, end)| &svg[start..end]);
    let available = (width - 20).max(1);
    let title_lines = if title.trim().is_empty() {
        Vec::new()
    } else {
        wrap(title, available, |t| bold_px(t, 18))
    };
    let chart_top = 12 + title_lines.len() as i32 * FRAME_TITLE_LINE + 4;
    let total = chart_top + height + 8 + lines.len() as i32 * FRAME_LINE + 6;
    let mut out = String::with_capacity(inner.len() + 1024);
    out.push_str(&format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{total}" viewBox="0 0 {width} {total}">"#
    ));
    out.push_str(&format!(
        r##"<rect x="0" y="0" width="{width}" height="{total}" fill="#ffffff"/>"##
    ));
    for (index, line) in title_lines.iter().enumerate() {
        out.push_str(&format!(
            r##"<text x="10" y="{}" font-family="sans-serif" font-size="18" font-weight="bold" fill="#212529">{}</text>"##,
            12 + 18 + index as i32 * FRAME_TITLE_LINE,
            escape(line)
        ));
    }
    out.push_str(&format!(
        r#"<svg x="0" y="{chart_top}" width="{width}" height="{height}" viewBox="0 0 {width} {height}">"#
    ));
    out.push_str(inner);
    out.push_str("</svg>");
    for (index, line) in lines.iter().enumerate() {
        let cut = ellipsize(line, available, |t| {
            (t.chars().count() as f64 * 0.6 * 12.0).ceil() as i32
        });
        out.push_str(&format!(
            r##"<text x="10" y="{}" font-family="sans-serif" font-size="12" fill="#555555">{}</text>"##,
            chart_top + height + 8 + 12 + index as i32 * FRAME_LINE,
            escape(&cut)
        ));
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_cover_the_range() {
        assert_eq!(nice_ticks(100.0), vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
        assert_eq!(nice_ticks(7.3), vec![0.0, 2.0, 4.0, 6.0]);
        assert_eq!(nice_ticks(3400.0), vec![0.0, 1000.0, 2000.0, 3000.0]);
        assert_eq!(nice_ticks(0.0), vec![0.0]);
    }

    #[test]
    fn tick_labels_follow_their_step() {
        assert_eq!(tick_label(Lang::En, 5.0, 5.0), "5");
        assert_eq!(tick_label(Lang::En, 10.0, 5.0), "10");
        assert_eq!(tick_label(Lang::En, 0.5, 0.5), "0.5");
        assert_eq!(tick_label(Lang::En, 2000.0, 1000.0), "2.0k");
        assert_eq!(tick_label(Lang::Ja, 2000.0, 1000.0), "2,000");
    }

    #[test]
    fn long_titles_wrap_at_the_width_instead_of_shrinking() {
        let long = "リードタイムの最大値を押し上げた要因：フッ化水素";
        let lines = wrap(long, 280, |l| bold_px(l, TITLE_PX));
        assert!(lines.len() > 1, "{lines:?}");
        assert!(
            lines.iter().all(|l| bold_px(l, TITLE_PX) <= 280),
            "{lines:?}"
        );
        assert_eq!(lines.concat(), long);
        let latin = "Contribution to the peak lead time of hydrogen fluoride";
        let lines = wrap(latin, 200, |l| text_px(l, 16));
        assert!(lines.len() > 1 && lines.iter().all(|l| text_px(l, 16) <= 200));
        assert_eq!(lines.join(" "), latin);
        // A word wider than a line is broken between letters.
        let lines = wrap("Supercalifragilistic", 50, |l| text_px(l, 12));
        assert!(lines.iter().all(|l| text_px(l, 12) <= 50), "{lines:?}");
        assert_eq!(lines.concat(), "Supercalifragilistic");
        assert_eq!(wrap("", 50, |l| text_px(l, 12)), vec![String::new()]);
    }

    #[test]
    fn long_texts_are_cut_with_an_ellipsis() {
        let width = |t: &str| t.chars().count() as i32 * 7;
        assert_eq!(ellipsize("short", 100, width), "short");
        let cut = ellipsize(&"x".repeat(5000), 100, width);
        assert!(cut.ends_with('…') && width(&cut) <= 100, "{cut}");
    }

    #[test]
    fn wide_characters_count_a_whole_em() {
        assert_eq!(text_px("Japan", 12), 33);
        assert_eq!(text_px("日本", 12), 24);
        assert_eq!(text_px("한국 A", 12), 38);
    }

    #[test]
    fn fonts_come_out_at_their_css_size() {
        let (svg, ()) = to_svg((200, 100), |area| {
            use plotters::prelude::*;
            for (index, style) in [font(TEXT_PX), font(14), bold(TITLE_PX)]
                .into_iter()
                .enumerate()
            {
                area.draw(&Text::new("a", (10, 10 + 20 * index as i32), style))
                    .map_err(|e| e.to_string())?;
            }
            Ok(())
        })
        .expect("drawn");
        let sizes: Vec<f64> = check::texts(&svg).iter().map(|t| t.size).collect();
        assert_eq!(sizes, vec![12.0, 14.0, 16.0]);
    }

    #[test]
    fn markers_of_nearby_events_are_staggered() {
        assert_eq!(marker_rows(&[100, 300], 4), vec![0, 0]);
        assert_eq!(marker_rows(&[100, 105, 110, 300], 4), vec![0, 1, 2, 0]);
        // Order of the slice does not matter, only positions.
        assert_eq!(marker_rows(&[110, 100, 130], 4), vec![1, 0, 0]);
        // Past the last row markers overlap rather than leave the plot.
        assert!(marker_rows(&[100, 101, 102], 2).iter().all(|r| *r < 2));
    }

    #[test]
    fn month_positions_round_trip() {
        let plot = PlotArea {
            left: 73.0,
            right: 310.0,
            top: 60.0,
            bottom: 200.0,
        };
        for month in 0..MONTHS {
            assert_eq!(plot.month_at(plot.x_of(month)), month);
        }
        assert_eq!(plot.month_at(-50.0), 0);
        assert_eq!(plot.month_at(5000.0), MONTHS - 1);
        assert_eq!(plot.month_at(f64::NAN), 0);
    }

    #[test]
    fn hotspots_carry_escaped_notes() {
        let svg = with_hotspots(
            "<svg></svg>",
            &[Hotspot {
                x: 1,
                y: 2,
                note: "a < b & \"c\"".into(),
            }],
        );
        let note = "a &lt; b &amp; &quot;c&quot;";
        assert!(svg.contains(&format!("<title>{note}</title>")), "{svg}");
        for attribute in [r#"class="hotspot""#, &format!(r#"data-note="{note}""#)] {
            assert!(svg.contains(attribute), "{attribute} missing: {svg}");
        }
        assert!(
            !svg.contains("tabindex"),
            "not focusable inside the chart's image: {svg}"
        );
        assert!(!svg.contains("\"c\"") && !svg.contains("a < b"), "{svg}");
        assert!(svg.ends_with("</svg>"));
    }

    #[test]
    fn the_export_frame_carries_title_and_lines() {
        let (chart, ()) = to_svg((320, 200), |area| {
            use plotters::prelude::*;
            area.fill(&WHITE).map_err(|e| e.to_string())
        })
        .expect("drawn");
        let link = format!("https://example.org/?s={}", "a".repeat(4000));
        let framed = framed(
            &chart,
            (320, 200),
            "Lead time <HF> & \"more\"",
            &[&link, "Source: Chokepoint"],
        );
        assert!(framed.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(framed.ends_with("</svg>"));
        assert_eq!(framed.matches("<svg").count(), 2, "the frame and the chart");
        assert_eq!(framed.matches("</svg>").count(), 2);
        assert!(!framed.contains("<?xml"));
        assert!(framed.contains("Lead time &lt;HF&gt; &amp; &quot;more&quot;"));
        assert!(framed.contains("Source: Chokepoint"));
        assert!(framed.contains("…") && !framed.contains(&"a".repeat(100)));
        assert!(framed.contains(r#"font-size="18" font-weight="bold""#));
        let root = &framed[..framed.find('>').unwrap()];
        let height: i32 = check::attr(root, "height").unwrap().parse().unwrap();
        assert!(height > 200 + 40, "{root}");
        assert_eq!(check::attr(root, "width").as_deref(), Some("320"));
        assert_eq!(
            check::attr(root, "viewBox"),
            Some(format!("0 0 320 {height}"))
        );
        // Every line fits the width.
        for text in check::texts(&framed) {
            assert!(text.x + (text.content.chars().count() as f64 * 0.6 * text.size) <= 330.0);
        }
        // Every tag that opens is closed: the output is balanced.
        let opened = framed.matches("<text").count() + framed.matches("<svg").count();
        let closed = framed.matches("</text>").count() + framed.matches("</svg>").count();
        assert_eq!(opened, closed);
    }
}

/// Checks of rendered charts shared by the charts' tests: the SVG's text elements, read back.
#[cfg(test)]
pub(crate) mod check {
    /// A `<text>` element of an SVG.
    #[derive(Debug)]
    pub struct SvgText {
        pub x: f64,
        pub size: f64,
        pub anchor: String,
        pub bold: bool,
        pub rotated: bool,
        pub content: String,
    }

    /// The value of an attribute in a tag.
    pub fn attr(tag: &str, name: &str) -> Option<String> {
        let key = format!(" {name}=\"");
        let start = tag.find(&key)? + key.len();
        let end = tag[start..].find('"')? + start;
        Some(tag[start..end].to_string())
    }

    pub fn texts(svg: &str) -> Vec<SvgText> {
        svg.match_indices("<text")
            .map(|(start, _)| {
                let open_end = start + svg[start..].find('>').unwrap();
                let tag = &svg[start..open_end];
                let close = open_end + svg[open_end..].find("</text>").unwrap();
                SvgText {
                    x: attr(tag, "x").unwrap().parse().unwrap(),
                    size: attr(tag, "font-size").unwrap().parse().unwrap(),
                    anchor: attr(tag, "text-anchor").unwrap_or_else(|| "start".into()),
                    bold: attr(tag, "font-weight").as_deref() == Some("bold"),
                    rotated: attr(tag, "transform").is_some(),
                    content: svg[open_end + 1..close]
                        .trim()
                        .replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&quot;", "\"")
                        .replace("&apos;", "'")
                        .replace("&amp;", "&"),
                }
            })
            .collect()
    }

    /// Every text at least 12 px, the title (the bold texts of 16 px or more, in order) as given,
    /// and every text inside the width, by its anchor and estimated width.
    pub fn assert_readable(svg: &str, width: u32, title: &str) {
        let texts = texts(svg);
        assert!(!texts.is_empty());
        for text in &texts {
            assert!(text.size >= 12.0, "{text:?} is smaller than 12 px");
            let estimate = if text.bold {
                super::bold_px(&text.content, text.size as u32)
            } else {
                super::text_px(&text.content, text.size as u32)
            } as f64;
            let (from, to) = match (text.rotated, text.anchor.as_str()) {
                (true, _) => (text.x, text.x),
                (false, "end") => (text.x - estimate, text.x),
                (false, "middle") => (text.x - estimate / 2.0, text.x + estimate / 2.0),
                _ => (text.x, text.x + estimate),
            };
            assert!(
                from >= -1.0 && to <= f64::from(width) + 1.0,
                "{text:?} reaches {from}..{to} outside 0..{width}"
            );
        }
        let title_lines: Vec<&str> = texts
            .iter()
            .filter(|t| t.bold && t.size >= 16.0)
            .map(|t| t.content.as_str())
            .collect();
        let joined = if title.is_ascii() {
            title_lines.join(" ")
        } else {
            title_lines.concat()
        };
        assert_eq!(joined, title, "the title at 16 px or more, bold");
    }
}

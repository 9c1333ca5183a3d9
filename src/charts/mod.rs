//! Charts: pure draw functions over any plotters backend. Each takes the model's outputs (already
//! computed) and a spec of what to show; none runs the model. The page renders them to SVG, and the
//! native tests render the same functions to SVG strings.

pub mod attribution;
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
}

/// The coordinates of every chart over time: months on x, values on y.
pub type TimeCoordinates = plotters::prelude::Cartesian2d<
    plotters::coord::types::RangedCoordf64,
    plotters::coord::types::RangedCoordf64,
>;

/// A chart context over the shared month axis.
pub type TimeChart<'a, DB> = plotters::prelude::ChartContext<'a, DB, TimeCoordinates>;

/// Font of every label, title and legend entry.
pub(crate) fn font(size: u32) -> plotters::style::TextStyle<'static> {
    use plotters::prelude::*;
    ("sans-serif", size).into_font().color(&palette::TEXT)
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

/// A chart over the shared month axis (0 = January 2018 to 72) with values from 0 to `y_max`:
/// title, value axis with its grid, and year axis drawn.
///
/// Every label is placed with the SVG's own text anchoring rather than measured: in the browser
/// plotters measures text by laying out the whole page, which would cost more than the chart.
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
    area.draw(&Text::new(
        title.to_string(),
        (12, 8),
        anchored(font(title_size(title, area)), HPos::Left, VPos::Top),
    ))?;
    let legend_height = draw_legend(area, legend, 32)?;
    let mut ctx = ChartBuilder::on(area)
        .margin(10)
        .margin_top(34 + legend_height)
        .x_label_area_size(26)
        .y_label_area_size(58)
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
            (x - 6, y),
            anchored(font(13), HPos::Right, VPos::Center),
        ))?;
    }
    let (left, top) = ctx.backend_coord(&(0.0, y_max));
    let (_, bottom) = ctx.backend_coord(&(0.0, 0.0));
    area.draw(&Text::new(
        y_label.to_string(),
        (left - 48, (top + bottom) / 2),
        anchored(font(13), HPos::Center, VPos::Center).transform(FontTransform::Rotate270),
    ))?;
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
                (px, py + 6),
                anchored(
                    font(13),
                    plotters::style::text_anchor::HPos::Center,
                    plotters::style::text_anchor::VPos::Top,
                ),
            ))?;
        }
    }
    Ok(())
}

/// How a legend entry is marked.
#[derive(Clone, Copy, Debug)]
pub enum LegendMark {
    Line(plotters::style::RGBColor, u32),
    Dashed(plotters::style::RGBColor, u32),
    Dotted(plotters::style::RGBColor, u32),
    Area(plotters::style::RGBAColor),
    Triangle(plotters::style::RGBColor),
}

/// Draws a legend in rows under the title, wrapping at the chart's width, and returns its height
/// in pixels. Widths are estimated from the labels' lengths, since measuring text is what is avoided.
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
    let row = 18;
    let (mut x, mut y) = (12, top + row / 2);
    for (label, mark) in entries {
        let entry_width = 30 + text_width(label, 7) + 14;
        if x > 12 && x + entry_width > width as i32 - 8 {
            x = 12;
            y += row;
        }
        let (a, b) = ((x, y), (x + 22, y));
        match *mark {
            LegendMark::Line(colour, stroke) => {
                area.draw(&PathElement::new([a, b], colour.stroke_width(stroke)))?
            }
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
        area.draw(&Text::new(
            label.to_string(),
            (b.0 + 6, y),
            anchored(font(12), HPos::Left, VPos::Center),
        ))?;
        x += entry_width;
    }
    Ok(y + row / 2 - top + 4)
}

/// Font size of a chart's title: 16 px, smaller when the title would not fit the chart's width.
pub(crate) fn title_size<DB: plotters::prelude::DrawingBackend>(
    title: &str,
    area: &plotters::prelude::DrawingArea<DB, plotters::coord::Shift>,
) -> u32 {
    let available = area.dim_in_pixel().0 as i32 - 24;
    // About half an em per Latin letter, a whole em per Japanese or Korean character.
    let at_16 = text_width(title, 8).max(1);
    if at_16 <= available {
        16
    } else {
        ((16 * available) / at_16).clamp(10, 16) as u32
    }
}

/// Estimated width in pixels of a label at a font whose Latin letters average `per_char` pixels:
/// Japanese and Korean characters are about twice as wide.
pub(crate) fn text_width(text: &str, per_char: i32) -> i32 {
    text.chars()
        .map(|c| if is_wide(c) { 2 * per_char } else { per_char })
        .sum()
}

fn is_wide(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x11FF | 0x2E80..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF00..=0xFF60)
}

/// A point of a chart, in pixels, that carries a note (an observed figure and its source).
#[derive(Clone, Debug, PartialEq)]
pub struct Hotspot {
    pub x: i32,
    pub y: i32,
    pub note: String,
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
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

/// Adds hover notes to an SVG chart: a transparent circle with a `<title>` over each hotspot.
pub fn with_hotspots(svg: &str, hotspots: &[Hotspot]) -> String {
    let Some(end) = svg.rfind("</svg>") else {
        return svg.to_string();
    };
    let mut out = String::with_capacity(svg.len() + hotspots.len() * 120);
    out.push_str(&svg[..end]);
    for spot in hotspots {
        out.push_str(&format!(
            r#"<circle class="hotspot" cx="{}" cy="{}" r="9" fill="transparent"><title>{}</title></circle>"#,
            spot.x,
            spot.y,
            escape(&spot.note)
        ));
    }
    out.push_str(&svg[end..]);
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
    fn long_titles_get_a_smaller_font() {
        use plotters::prelude::*;
        let mut svg = String::new();
        let area = SVGBackend::with_string(&mut svg, (280, 100)).into_drawing_area();
        assert_eq!(title_size("Lead time: hf", &area), 16);
        let long = "リードタイムの最大値を押し上げた要因：フッ化水素";
        let size = title_size(long, &area);
        assert!(
            size < 16 && text_width(long, 8) * size as i32 / 16 <= 256,
            "{size}"
        );
    }

    #[test]
    fn wide_characters_count_double() {
        assert_eq!(text_width("Japan", 7), 35);
        assert_eq!(text_width("日本", 7), 28);
        assert_eq!(text_width("한국 A", 7), 42);
    }

    #[test]
    fn hotspots_carry_escaped_notes() {
        let svg = with_hotspots(
            "<svg></svg>",
            &[Hotspot {
                x: 1,
                y: 2,
                note: "a < b & c".into(),
            }],
        );
        assert!(svg.contains("<title>a &lt; b &amp; c</title>"), "{svg}");
        assert!(svg.ends_with("</svg>"));
    }
}

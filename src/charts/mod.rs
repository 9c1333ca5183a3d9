//! Charts: pure draw functions over any plotters backend. Each takes the model's outputs (already
//! computed) and a spec of what to show; none runs the model. The page renders them to SVG, and the
//! native tests render the same functions to SVG strings.

pub mod attribution;
pub mod supply;
pub mod time_series;

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
}

/// The coordinates of every chart over time: months on x, values on y.
pub type TimeCoordinates = plotters::prelude::Cartesian2d<
    plotters::coord::types::RangedCoordf64,
    plotters::coord::types::RangedCoordf64,
>;

/// A chart context over the shared month axis.
pub type TimeChart<'a, DB> = plotters::prelude::ChartContext<'a, DB, TimeCoordinates>;

/// A chart over the shared month axis (0 = January 2018 to 72) with values from 0 to `y_max`:
/// caption, value axis and grid drawn, the year axis left to [`draw_year_axis`].
pub fn time_chart<'a, DB: plotters::prelude::DrawingBackend>(
    area: &'a plotters::prelude::DrawingArea<DB, plotters::coord::Shift>,
    title: &str,
    y_label: &str,
    y_max: f64,
) -> Result<TimeChart<'a, DB>, plotters::drawing::DrawingAreaErrorKind<DB::ErrorType>> {
    use plotters::prelude::*;
    let mut ctx = ChartBuilder::on(area)
        .caption(title, ("sans-serif", 17).into_font().color(&palette::TEXT))
        .margin(10)
        .x_label_area_size(26)
        .y_label_area_size(54)
        .build_cartesian_2d(0.0..MONTHS as f64, 0.0..y_max)?;
    ctx.configure_mesh()
        .disable_x_mesh()
        .x_labels(0)
        .y_desc(y_label)
        .y_labels(6)
        .y_label_formatter(&|v| compact_number(*v))
        .light_line_style(TRANSPARENT)
        .bold_line_style(palette::GRID)
        .label_style(("sans-serif", 13).into_font().color(&palette::TEXT))
        .draw()?;
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
                ("sans-serif", 13).into_font().color(&palette::TEXT).pos(
                    plotters::style::text_anchor::Pos::new(
                        plotters::style::text_anchor::HPos::Center,
                        plotters::style::text_anchor::VPos::Top,
                    ),
                ),
            ))?;
        }
    }
    Ok(())
}

/// A point of a chart, in pixels, that carries a note (an observed figure and its source).
#[derive(Clone, Debug, PartialEq)]
pub struct Hotspot {
    pub x: i32,
    pub y: i32,
    pub note: String,
}

/// A number for an axis: 1,200 as "1.2k", 3,400,000 as "3.4M".
pub fn compact_number(value: f64) -> String {
    let magnitude = value.abs();
    if magnitude >= 1e6 {
        format!("{:.1}M", value / 1e6)
    } else if magnitude >= 1e4 {
        format!("{:.0}k", value / 1e3)
    } else if magnitude >= 1e3 {
        format!("{:.1}k", value / 1e3)
    } else if magnitude >= 10.0 || magnitude == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.1}")
    }
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
            r#"<circle class="hotspot" cx="{}" cy="{}" r="9" fill="transparent" tabindex="0"><title>{}</title></circle>"#,
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
    fn numbers_are_compact() {
        assert_eq!(compact_number(0.0), "0");
        assert_eq!(compact_number(2.5), "2.5");
        assert_eq!(compact_number(86.0), "86");
        assert_eq!(compact_number(3148.0), "3.1k");
        assert_eq!(compact_number(38305.0), "38k");
        assert_eq!(compact_number(2.5e7), "25.0M");
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

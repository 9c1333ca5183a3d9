//! A QR code of a page address, as SVG: students open a link or a lesson step from the projector
//! or a printed handout with their phone's camera. The `qrcode` crate encodes and draws it.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// Why an address has no QR code: it holds more bytes than a code that a phone can still read
/// from a projector carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TooLong {
    pub bytes: usize,
}

/// Largest version (size) of code drawn: 177 modules at version 40 are too fine for a phone to
/// read from across a classroom; version 25 (117 modules) still is. At the medium error
/// correction that carries 997 bytes.
pub const MAX_VERSION: i16 = 25;

/// The QR code of `text` as an SVG document without an XML declaration (so that it can be put
/// into a page), one unit per module with a four-module quiet zone; it is sized by the page.
pub fn qr_svg(text: &str) -> Result<String, TooLong> {
    let too_long = TooLong { bytes: text.len() };
    let code =
        QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).map_err(|_| too_long)?;
    match code.version() {
        qrcode::Version::Normal(version) if version <= MAX_VERSION => {}
        _ => return Err(too_long),
    }
    let image = code
        .render::<svg::Color>()
        .module_dimensions(1, 1)
        .quiet_zone(true)
        .dark_color(svg::Color("#000"))
        .light_color(svg::Color("#fff"))
        .build();
    let start = image.find("<svg").unwrap_or(0);
    Ok(image[start..].to_string())
}

// Native only: the tests read the result with crates the wasm build does not have.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// Reads a code back from the SVG drawn: its dark modules are the path's unit squares.
    fn decode(svg: &str) -> String {
        let size: usize = svg
            .split("width=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .and_then(|w| w.parse().ok())
            .expect("a width");
        let path = svg.split(" d=\"").nth(1).expect("a path");
        let path = &path[..path.find('"').expect("the path ends")];
        let mut dark = vec![false; size * size];
        // Each square is "M{x} {y}h{w}v1H{x}V{y}".
        for square in path.split('M').filter(|s| !s.is_empty()) {
            let numbers: Vec<usize> = square
                .split(|c: char| !c.is_ascii_digit())
                .filter(|n| !n.is_empty())
                .map(|n| n.parse().unwrap())
                .collect();
            let (x, y, width) = (numbers[0], numbers[1], numbers[2]);
            for dx in 0..width {
                dark[y * size + x + dx] = true;
            }
        }
        let grid = rqrr::SimpleGrid::from_func(size - 8, |x, y| dark[(y + 4) * size + x + 4]);
        let (_, content) = rqrr::Grid::new(grid).decode().expect("a readable code");
        content
    }

    #[test]
    fn a_code_reads_back_as_the_address() {
        let address = "https://chokepoint.example/?v=4&preset=history&lesson=story&step=5";
        let svg = qr_svg(address).expect("short enough");
        assert!(svg.starts_with("<svg") && svg.contains("viewBox"));
        assert_eq!(decode(&svg), address);
    }

    #[test]
    fn an_address_too_long_to_read_from_a_projector_has_no_code() {
        assert!(qr_svg(&"a".repeat(997)).is_ok());
        assert_eq!(qr_svg(&"a".repeat(998)), Err(TooLong { bytes: 998 }));
        assert_eq!(qr_svg(&"a".repeat(5000)), Err(TooLong { bytes: 5000 }));
    }
}

/// The outside of an SVG file: the XML declaration, the root element with its size, the
/// style sheet and the page behind everything; and its end.
enum SVGDocument {
  /// The opening of a document `width` × `height` user units, shown at `displayWidth` ×
  /// `displayHeight` (with a unit, such as `210mm`; nil shows one unit as one pixel).
  static func header(
    width: Double, height: Double, display: (width: String, height: String)? = nil,
    styles: [StyleID], theme: SVGTheme, metrics: SVGMetrics
  ) -> [UInt8] {
    let w = SVGMarkup.number(width)
    let h = SVGMarkup.number(height)
    let shown = display ?? (w, h)
    var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    // xml:space keeps the runs of spaces inside a grid's cells.
    text +=
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(shown.width)\""
      + " height=\"\(shown.height)\" viewBox=\"0 0 \(w) \(h)\" xml:space=\"preserve\">\n"
    text += SVGCanvas.styleSheet(styles, theme: theme, metrics: metrics)
    text += "<rect width=\"\(w)\" height=\"\(h)\" fill=\"\(theme.background)\"/>\n"
    return Array(text.utf8)
  }

  static let footer = Array("</svg>\n".utf8)
}

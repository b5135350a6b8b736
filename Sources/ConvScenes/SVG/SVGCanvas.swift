/// A canvas drawn as SVG: per row, one `<rect>` per run of one background colour, then one
/// `<text>` per run of one style, placed by column so that the grid stays a grid.
///
/// Each style's look is read from ``StyleTable`` at the theme's depth and written once, as a
/// CSS class (`.t12`), by ``SVGCanvas/styleSheet(_:theme:metrics:)``; the text stays text,
/// selectable and sharp at any size.
enum SVGCanvas {
  /// How one style id draws: its text colour and, when it paints one, its background.
  struct Look: Equatable {
    var text: String
    var background: String?
    var bold: Bool
    var dim: Bool
    var underline: Bool
  }

  /// The look of `id` in `theme`: the table's appearance, reverse video turned into swapped colours.
  static func look(_ id: StyleID, theme: SVGTheme) -> Look {
    let appearance = StyleTable.appearance(id, depth: theme.depth)
    let foreground =
      appearance.foreground >= 0 ? XtermColour.hex(appearance.foreground) : theme.foreground
    let background =
      appearance.background >= 0 ? XtermColour.hex(appearance.background) : nil
    let reverse = appearance.attributes.contains(.reverse)
    return Look(
      text: reverse ? (background ?? theme.background) : foreground,
      background: reverse ? foreground : background,
      bold: appearance.attributes.contains(.bold),
      dim: appearance.attributes.contains(.dim),
      underline: appearance.attributes.contains(.underline))
  }

  /// Every style id's look in `theme`, made once per drawing rather than per run.
  static func looks(_ theme: SVGTheme) -> [Look] {
    StyleID.all.map { look($0, theme: theme) }
  }

  /// The `<style>` element: the font for all text and one class per style id in `used`.
  static func styleSheet(_ used: [StyleID], theme: SVGTheme, metrics: SVGMetrics) -> String {
    var css =
      "text{font-family:\(SVGFonts.family);font-size:\(SVGMarkup.number(metrics.fontSize))px;"
      + "fill:\(theme.foreground);white-space:pre}"
    for id in used.sorted() {
      let look = look(id, theme: theme)
      css += ".t\(id.rawValue){fill:\(look.text)"
      if look.bold { css += ";font-weight:bold" }
      if look.dim { css += ";fill-opacity:0.6" }
      if look.underline { css += ";text-decoration:underline" }
      css += "}"
    }
    // Font names are plain words and quotes: nothing here needs escaping but the quotes,
    // which character data may hold as they are.
    return "<style>\(css)</style>\n"
  }

  /// The style ids `canvas` draws text in, added to `used`.
  static func collectStyles(_ canvas: Canvas, into used: inout Set<StyleID>) {
    for index in canvas.glyphs.indices where canvas.glyphs[index] != Canvas.spaceGlyph {
      used.insert(canvas.styles[index])
    }
  }

  /// Appends every row of `canvas`, its top-left corner at (`left`, `top`).
  static func append(
    _ canvas: Canvas, left: Double, top: Double, metrics: SVGMetrics, looks: [Look],
    to out: inout [UInt8]
  ) {
    for y in 0..<canvas.height {
      appendRow(
        canvas, y, left: left, top: top + Double(y) * metrics.rowHeight, metrics: metrics,
        looks: looks, to: &out)
    }
  }

  /// One row: backgrounds first, so that text is drawn over them.
  static func appendRow(
    _ canvas: Canvas, _ y: Int, left: Double, top: Double, metrics: SVGMetrics, looks: [Look],
    to out: inout [UInt8]
  ) {
    let row = y * canvas.width
    let styles = canvas.styles
    let glyphs = canvas.glyphs
    func x(_ column: Int) -> String { SVGMarkup.number(left + Double(column) * metrics.cellWidth) }
    let rowTop = SVGMarkup.number(top)
    let rowHeight = SVGMarkup.number(metrics.rowHeight)

    // Backgrounds: one rectangle per run of one colour, whatever the styles inside it.
    var start = 0
    while start < canvas.width {
      let colour = looks[Int(styles[row + start].rawValue)].background
      var stop = start + 1
      while stop < canvas.width && looks[Int(styles[row + stop].rawValue)].background == colour {
        stop += 1
      }
      if let colour {
        let width = SVGMarkup.number(Double(stop - start) * metrics.cellWidth)
        SVGMarkup.append(
          "<rect x=\"\(x(start))\" y=\"\(rowTop)\" width=\"\(width)\" height=\"\(rowHeight)\""
            + " fill=\"\(colour)\"/>\n", to: &out)
      }
      start = stop
    }

    // Text: one element per run of one style, spaces at either end left out.
    let baseline = SVGMarkup.number(top + metrics.baseline)
    start = 0
    while start < canvas.width {
      let id = styles[row + start]
      var stop = start + 1
      while stop < canvas.width && styles[row + stop] == id { stop += 1 }
      defer { start = stop }
      var from = start
      var to = stop
      while from < to && glyphs[row + from] == Canvas.spaceGlyph { from += 1 }
      while to > from && glyphs[row + to - 1] == Canvas.spaceGlyph { to -= 1 }
      guard from < to else { continue }
      var wide = false
      var clusters = false
      for column in from..<to {
        let glyph = glyphs[row + column]
        if glyph == 0 { wide = true }
        if glyph & Canvas.clusterFlag != 0 { clusters = true }
      }
      var position = ""
      if wide && !clusters {
        // Every character at its own column: a wide one takes two cell widths whatever
        // width the font that draws it gives it.
        var xs: [String] = []
        for column in from..<to where glyphs[row + column] != 0 { xs.append(x(column)) }
        position = "x=\"\(xs.joined(separator: " "))\""
      } else {
        position = "x=\"\(x(from))\""
        if to - from > 1 {
          // The font's own advance may differ a little from the cell: the run is stretched
          // or squeezed to its columns, so that the next run starts where it should.
          let length = SVGMarkup.number(Double(to - from) * metrics.cellWidth)
          position += " textLength=\"\(length)\""
        }
      }
      SVGMarkup.append("<text \(position) y=\"\(baseline)\" class=\"t\(id.rawValue)\">", to: &out)
      var text: [UInt8] = []
      canvas.appendUTF8(row: y, from: from, to: to, to: &text)
      SVGMarkup.appendEscaped(text, to: &out)
      SVGMarkup.append("</text>\n", to: &out)
    }
  }
}

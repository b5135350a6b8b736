import ConvMessages

/// The worksheet as printable SVG: A4 pages, the questions first, the answer key on a page
/// of its own.
///
///     let sheet = try Worksheet(seed: 7, count: 10)
///     let pages = sheet.svg(width: 80)
///     pages.questions   // one SVG: the heading, the name line and every question
///     pages.answers     // one SVG: the answer key
///     pages.both        // one SVG: the questions' pages, then the key's, stacked
///
/// A page holds as many whole questions as fit; one that does not fit starts the next page,
/// which is stacked below in the same SVG (a browser prints a tall SVG page after page when
/// each is exactly A4). The words are the catalogue's, as in the text sheet; the lines are
/// the text sheet's lines, wrapped at `width` columns, on a monospace grid.
extension Worksheet {
  /// The SVG documents of a sheet.
  public struct SVGPages: Sendable {
    public var questions: String
    public var answers: String
    public var both: String
  }

  /// The heading and each question (with its answer line) as blocks that stay on one page.
  public func questionBlocks(width: Int = 80) -> [[String]] {
    var blocks = [[say(.heading(seed: seed, count: exercises.count)), say(.nameLine), ""]]
    for (n, exercise) in exercises.enumerated() {
      blocks.append(
        numbered(n, say(exercise.question), width: width) + ["   " + say(.answerLine), ""])
    }
    return blocks
  }

  /// The answer key's heading and each answer, as blocks that stay on one page.
  public func answerBlocks(width: Int = 80) -> [[String]] {
    var blocks = [[say(.keyHeading(seed: seed)), ""]]
    for (n, exercise) in exercises.enumerated() {
      blocks.append(numbered(n, say(exercise.answer), width: width))
    }
    return blocks
  }

  /// The sheet as SVG pages for lines of `width` columns.
  public func svg(width: Int = 80) -> SVGPages {
    let page = SVGPaper(columns: width)
    let questions = page.pages(questionBlocks(width: width))
    let answers = page.pages(answerBlocks(width: width))
    return SVGPages(
      questions: page.document(questions), answers: page.document(answers),
      both: page.document(questions + answers))
  }
}

/// A4 paper, in tenths of a millimetre, with lines of monospace text in black.
struct SVGPaper {
  static let width = 2100.0
  static let height = 2970.0
  static let margin = 200.0
  /// The widest a column may be: 2.1 mm, text of 3.5 mm (about 10 points).
  static let widestCell = 21.0

  let metrics: SVGMetrics
  let columns: Int
  let rowsPerPage: Int

  init(columns: Int) {
    self.columns = max(columns, 1)
    let cell = min(Self.widestCell, (Self.width - 2 * Self.margin) / Double(self.columns))
    let font = cell / 0.6
    metrics = SVGMetrics(
      cellWidth: cell, rowHeight: font * 1.4, baseline: font * 1.05, fontSize: font)
    rowsPerPage = max(1, Int((Self.height - 2 * Self.margin) / metrics.rowHeight))
  }

  /// Blocks set on pages: a block that would cross a page's foot starts the next page
  /// (a block taller than a page is split where it must be).
  func pages(_ blocks: [[String]]) -> [[String]] {
    var pages: [[String]] = [[]]
    for block in blocks {
      // A blank line that ends a block is not worth a page of its own.
      let needed = block.last == "" ? block.count - 1 : block.count
      if pages[pages.count - 1].count + needed > rowsPerPage && !pages[pages.count - 1].isEmpty {
        pages.append([])
      }
      for line in block {
        if pages[pages.count - 1].count == rowsPerPage {
          if line.isEmpty { continue }
          pages.append([])
        }
        pages[pages.count - 1].append(line)
      }
    }
    return pages
  }

  /// One SVG with `pages` stacked, each exactly A4, its lines drawn from the top margin.
  func document(_ pages: [[String]]) -> String {
    let theme = SVGTheme.paper
    let canvases = pages.map { lines in
      var canvas = Canvas(width: columns, height: lines.count)
      for (y, line) in lines.enumerated() { canvas.put(line, x: 0, y: y) }
      return canvas
    }
    var used: Set<StyleID> = []
    for canvas in canvases { SVGCanvas.collectStyles(canvas, into: &used) }
    let total = Self.height * Double(max(pages.count, 1))
    var out = SVGDocument.header(
      width: Self.width, height: total,
      display: ("210mm", "\(297 * max(pages.count, 1))mm"), styles: Array(used), theme: theme,
      metrics: metrics)
    let looks = SVGCanvas.looks(theme)
    for (index, canvas) in canvases.enumerated() {
      let top = Double(index) * Self.height
      if index > 0 {
        // A faint line where one page ends and the next begins, for reading on screen.
        SVGMarkup.append(
          "<line x1=\"0\" y1=\"\(SVGMarkup.number(top))\" x2=\"\(SVGMarkup.number(Self.width))\""
            + " y2=\"\(SVGMarkup.number(top))\" stroke=\"#c0c0c0\" stroke-width=\"2\""
            + " stroke-dasharray=\"20 20\"/>\n", to: &out)
      }
      SVGMarkup.append("<g id=\"page-\(index + 1)\">\n", to: &out)
      SVGCanvas.append(
        canvas, left: Self.margin, top: top + Self.margin, metrics: metrics, looks: looks,
        to: &out)
      SVGMarkup.append("</g>\n", to: &out)
    }
    out.append(contentsOf: SVGDocument.footer)
    return String(decoding: out, as: UTF8.self)
  }
}

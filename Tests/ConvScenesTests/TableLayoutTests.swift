import Testing

@testable import ConvScenes

/// Table panels: named rows and columns, per-column widths, headers wrapped at underscores.
@Suite struct TableLayoutTests {
  static let table = Panel(
    name: "sizes", title: "sizes",
    rowLabels: ["i=5", "i=6"],
    columnLabels: ["i", "same_pad_before", "output_padding"],
    cells: [5, 1, 0, 6, 1, nil].map { Cell(value: $0, role: .input) })

  static func frame(_ panel: Panel) -> Frame {
    Frame(scene: "shapes", index: 1, count: 1, panels: [panel], captions: [])
  }

  @Test func headersWrapAtUnderscoresAndColumnsTakeTheirOwnWidth() {
    let text = FrameLayout.lay(Self.frame(Self.table), width: 80, ascii: false).canvas.plainText
    let expected = """
      shapes — step 1 of 1

      sizes
               same_
                pad_  output_
           i  before  padding
      i=5  5       1        0
      i=6  6       1        _
      """
    #expect(text.hasPrefix(expected), "\(text)")
  }

  @Test func piecesBreakAfterEachUnderscore() {
    #expect(TableColumns.pieces("same_pad_before") == ["same_", "pad_", "before"])
    #expect(TableColumns.pieces("i") == ["i"])
    #expect(TableColumns.pack(["same_", "pad_", "before"], width: 9) == ["same_pad_", "before"])
  }

  @Test func jsonCarriesTheLabels() {
    let json = JSONRenderer().render(
      [Self.frame(Self.table)], parameters: .defaults(for: .conv))
    #expect(json.contains(#""row_labels": ["i=5", "i=6"]"#))
    #expect(json.contains(#""column_labels": ["i", "same_pad_before", "output_padding"]"#))
  }

  @Test func aTableKeepsItsNumbersWhereAGridWouldShade() {
    let laid = FrameLayout.lay(Self.frame(Self.table), width: 12, ascii: false)
    #expect(laid.canvas.plainText.contains("i=5  5"))
  }

  @Test func hitsFollowTheColumns() {
    let laid = FrameLayout.lay(Self.frame(Self.table), width: 80, ascii: false)
    let hit = laid.hits.first { $0.row == 1 && $0.col == 2 }
    #expect(hit != nil)
    if let hit { #expect(laid.canvas.line(hit.y).contains("i=6")) }
  }
}

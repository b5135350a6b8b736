import ConvArithmetic
import ConvMessages

/// A pinned output cell of a convolution: its receptive field lit on the grid the window
/// slides over, the cell itself lit, and its products as a caption.
enum PinnedOutput {
  static func mark(
    _ focus: CellFocus, of result: ConvolutionResult, window: inout Panel, output: inout Panel,
    captions: inout [String], language: Language,
    symbols: (([Term]) -> [SymbolicFactor])? = nil
  ) {
    let terms = result.terms(row: focus.row, col: focus.col)
    for term in terms where term.padded.h < window.rows && term.padded.w < window.cols {
      window[term.padded.h, term.padded.w].highlighted = true
    }
    output[focus.row, focus.col].highlighted = true
    let products =
      symbols.map {
        SymbolicProducts.line(
          row: focus.row, col: focus.col, factors: $0(terms), language: language)
      }
      ?? Captions.products(
        "y", row: focus.row, col: focus.col, terms: terms.map { ($0.value, $0.weight) },
        total: result.output[focus.row, focus.col])
    captions.append(Caption.pinned(products).text(in: language))
  }
}

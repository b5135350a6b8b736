import ConvArithmetic
import ConvMessages

/// Convolution as the sparse matrix C: one step per row of C, that is per output cell.
///
/// Each step lights row r of C, the window it stands for on the input, the entries of
/// vec(x) it multiplies, and the output cell it makes. With `--transpose` the same C is
/// used as Cᵀ: each row of Cᵀ gathers the o-sized grid's cells whose windows covered one
/// input cell, and the result is conv_transpose2d's (and the transposed scene's) output.
struct MatrixScene: SceneProgram {
  let transposed: Bool
  /// What the matrix multiplies: x, or with `transposed` the o-sized grid y.
  let grid: Matrix
  let kernel: Matrix
  /// C, or Cᵀ.
  let matrix: Matrix
  /// conv2d's output, or conv_transpose2d's.
  let output: Matrix
  /// `matrix · vec(grid)`, as the engine multiplies it.
  let product: [Double]
  /// Per row of the matrix, the columns its taps occupy (the kernel's taps inside the input).
  let rowColumns: [[Int]]
  /// Per row of C (not Cᵀ), the kernel tap each occupied column holds, for a pinned entry.
  let tapAt: [[Int: Pair]]
  /// The sizes of the convolution's output and input grids, which number C's rows and columns.
  let convOutput: Pair
  let convInput: Pair
  let shared: [String]
  let language: Language
  /// `--flip`: C of the true convolution, built from the kernel turned by 180° (`kernel`).
  let flip: Bool
  /// `--values symbolic`: per entry of the matrix, the weight as given that it holds (nil
  /// for a zero), from the engine's ``ConvMatrix/taps(parameters:)``; nil for numbers.
  let weightAt: Grid<Pair?>?

  init(_ p: SceneParameters) throws(ConvError) {
    language = p.language
    transposed = p.matrix.transpose
    let sizes = p.convParameters
    flip = p.flip
    let given = p.values.kernelGrid(size: sizes.kernel)
    kernel = p.flip ? KernelFlip.flipped(given) : given
    if p.values.isSymbolic {
      var taps = try ConvMatrix.taps(parameters: sizes)
      if p.flip {
        taps = taps.map { $0.map { KernelFlip.source(of: $0, kernel: sizes.kernel) } }
      }
      weightAt = p.matrix.transpose ? taps.transposed : taps
    } else {
      weightAt = nil
    }
    let c = try ConvMatrix.make(parameters: sizes, kernel: kernel)
    let field = ReceptiveField(parameters: sizes)
    let out = sizes.convOutput
    let inputSize = sizes.input
    // The columns of each row of C: the taps of output cell r's window that land on the input.
    var taps: [[Int]] = []
    var tapAt: [[Int: Pair]] = []
    taps.reserveCapacity(out.area)
    for r in 0..<out.h {
      for col in 0..<out.w {
        var columns: [Int] = []
        var kernelTaps: [Int: Pair] = [:]
        for tap in field.taps(outputRow: r, outputCol: col) {
          guard let cell = tap.input else { continue }
          columns.append(cell.h * inputSize.w + cell.w)
          kernelTaps[cell.h * inputSize.w + cell.w] = tap.kernel
        }
        taps.append(columns)
        tapAt.append(kernelTaps)
      }
    }
    self.tapAt = tapAt
    convOutput = out
    convInput = inputSize
    let counts = taps.map(\.count)
    let sparsity = MatrixCaption.sparsity(
      nonZeros: c.storage.filter { $0 != 0 }.count, entries: c.storage.count,
      kernel: sizes.kernel, fewest: counts.min() ?? 0, most: counts.max() ?? 0,
      transposed: transposed)
    var lines: [String] = []
    if transposed {
      let y = p.values.inputGrid(size: out)
      let op = Pair(
        AxisShape.outputPaddingToRestore(
          i: inputSize.h, k: sizes.kernel.h, s: sizes.stride.h, p: sizes.padding.h,
          d: sizes.dilation.h),
        AxisShape.outputPaddingToRestore(
          i: inputSize.w, k: sizes.kernel.w, s: sizes.stride.w, p: sizes.padding.w,
          d: sizes.dilation.w))
      grid = y
      matrix = c.transposed
      output = try TransposedConvolution.convTranspose2d(
        y, kernel, stride: sizes.stride, padding: sizes.padding, dilation: sizes.dilation,
        outputPadding: op)
      product = ConvMatrix.multiply(matrix, y.storage)
      rowColumns = (0..<inputSize.area).map { j in
        field.outputs(feedingInputRow: j / inputSize.w, col: j % inputSize.w).map {
          $0.h * out.w + $0.w
        }
      }
      let transposedParameters = ConvParameters(
        input: out, kernel: sizes.kernel, stride: sizes.stride, padding: sizes.padding,
        dilation: sizes.dilation, outputPadding: op)
      let zeros = try TransposedConvolution.zeroInsertion(
        input: y, kernel: kernel, parameters: transposedParameters)
      let gathered = Matrix(rows: inputSize.h, cols: inputSize.w, storage: product)
      lines.append(
        Caption.matrix(
          .layout(
            rows: matrix.rows, cols: matrix.cols, rowCells: inputSize, colCells: out,
            transposed: true)
        ).text(in: language))
      lines.append(Caption.matrix(.backwardPass).text(in: language))
      lines.append(
        Caption.matrix(
          .equalsZeroInsertion(
            input: out, kernel: sizes.kernel, stride: sizes.stride, padding: sizes.padding,
            dilation: sizes.dilation, outputPadding: op,
            difference: NumberText.format(gathered.maxAbsDifference(zeros.output)))
        ).text(in: language))
    } else {
      let x = p.values.inputGrid(size: inputSize)
      grid = x
      matrix = c
      output = try Convolution.conv2d(
        x, kernel, stride: sizes.stride, padding: sizes.padding, dilation: sizes.dilation)
      product = ConvMatrix.multiply(c, x.storage)
      rowColumns = taps
      lines.append(
        Caption.matrix(
          .layout(
            rows: c.rows, cols: c.cols, rowCells: out, colCells: inputSize, transposed: false)
        ).text(in: language))
    }
    // Cᵀ's captions already fill a classroom screen; its sparsity is C's, said in the direct view.
    if !transposed { lines.append(Caption.matrix(sparsity).text(in: language)) }
    if p.flip { lines.append(Caption.symbolic(.trueConvolution).text(in: language)) }
    shared = lines
  }

  var stepCount: Int { matrix.rows }

  func frame(at step: Int, focus: CellFocus?) -> Frame {
    let columns = Set(rowColumns[step])
    let cell = Pair(step / output.cols, step % output.cols)
    var captions = shared
    let reads: MatrixCaption =
      transposed
      ? .gathers(row: step, cell: cell, columns: rowColumns[step])
      : .rowReads(row: step, cell: cell, columns: rowColumns[step])
    captions.append(Caption.matrix(reads).text(in: language))
    captions.append(sumLine(step))
    // The matrix first, so that its highlighted row is what a short screen keeps in view;
    // vec(x) right under its columns.
    var panels = [
      matrixPanel(step), vectorPanel(columns), gridPanel(columns), kernelPanel(),
      outputPanel(step),
    ]
    if let focus, let index = panels.firstIndex(where: { $0.name == focus.panel }),
      focus.row >= 0 && focus.row < panels[index].rows && focus.col >= 0
        && focus.col < panels[index].cols
    {
      panels[index][focus.row, focus.col].highlighted = true
      if focus.panel == "matrix" { captions.append(pinnedEntry(focus.row, focus.col)) }
    }
    return Frame(
      scene: SceneKind.matrix.rawValue, index: step + 1, count: stepCount, panels: panels,
      captions: captions)
  }

  /// What a pinned entry of C (or Cᵀ) is: a kernel weight where a window lies on an input
  /// cell, or 0 where the input cell is outside that window.
  private func pinnedEntry(_ row: Int, _ col: Int) -> String {
    // Cᵀ[r, j] is C[j, r].
    let (cRow, cCol) = transposed ? (col, row) : (row, col)
    return Caption.matrix(
      .pinnedEntry(
        row: row, col: col, transposed: transposed, value: NumberText.format(matrix[row, col]),
        output: Pair(cRow / convOutput.w, cRow % convOutput.w),
        input: Pair(cCol / convInput.w, cCol % convInput.w), tap: tapAt[cRow][cCol])
    ).text(in: language)
  }

  /// `y_0 = Σ_j C[0,j]·x_j = 1·1 + 2·2 + … = 348`: every product of the row's taps.
  private func sumLine(_ row: Int) -> String {
    let (result, m, v, index) = transposed ? ("x", "Cᵀ", "y", "r") : ("y", "C", "x", "j")
    if let weightAt {
      // `y_0 = Σ_j C[0,j]·x_j = w[0,0]·x[0,0] + …`: which weight meets which cell.
      let parts = rowColumns[row].compactMap { j -> String? in
        guard let tap = weightAt[row, j] else { return nil }
        return CellSymbol("w", [tap.h, tap.w]).bracketed + "·"
          + CellSymbol(v, [j / grid.cols, j % grid.cols]).bracketed
      }
      let head = "\(result)_\(row) = Σ_\(index) \(m)[\(row),\(index)]·\(v)_\(index) = "
      return parts.isEmpty
        ? head + "0" : SymbolicProducts.cut(head: head, parts: parts, language: language)
    }
    let terms = rowColumns[row].map { NumberText.product(matrix[row, $0], grid.storage[$0]) }
    let sum = terms.isEmpty ? "0" : terms.joined(separator: " + ")
    return
      "\(result)_\(row) = Σ_\(index) \(m)[\(row),\(index)]·\(v)_\(index) = \(sum) = "
      + NumberText.format(product[row])
  }

  /// The letter of the grid the matrix multiplies (x, or y for Cᵀ) and of its result.
  private var letters: (grid: String, output: String) { transposed ? ("y", "x") : ("x", "y") }

  private func gridPanel(_ columns: Set<Int>) -> Panel {
    var panel = Panel(
      name: "input",
      title: Caption.matrix(.inputTitle(size: grid.size, transposed: transposed)).text(
        in: language),
      rows: grid.rows, cols: grid.cols,
      cells: grid.storage.enumerated().map { index, value in
        Cell(value: value, role: columns.contains(index) ? .windowTap : .input)
      })
    if weightAt != nil { panel.symbols = SymbolicProducts.grid(letters.grid, size: grid.size) }
    return panel
  }

  private func kernelPanel() -> Panel {
    let title =
      flip
      ? Caption.symbolic(.flippedKernelTitle(size: kernel.size, dilation: nil, spans: kernel.size))
      : Caption.kernelTitle(size: kernel.size, dilation: nil, spans: kernel.size)
    var panel = Panel(
      name: "kernel",
      title: title.text(in: language),
      rows: kernel.rows, cols: kernel.cols,
      cells: kernel.storage.map { Cell(value: $0, role: .kernelTap) })
    if weightAt != nil { panel.symbols = SymbolicProducts.kernel(size: kernel.size, flipped: flip) }
    return panel
  }

  /// The matrix: taps as numbers (the current row's bracketed), the zeros between them dotted.
  private func matrixPanel(_ current: Int) -> Panel {
    var cells: [Cell] = []
    cells.reserveCapacity(matrix.rows * matrix.cols)
    for r in 0..<matrix.rows {
      let taps = Set(rowColumns[r])
      for c in 0..<matrix.cols {
        let role: CellRole =
          taps.contains(c) ? (r == current ? .windowTap : .kernelTap) : .padding
        cells.append(Cell(value: matrix[r, c], role: role))
      }
    }
    var panel = Panel(
      name: "matrix",
      title: Caption.matrix(
        .matrixTitle(rows: matrix.rows, cols: matrix.cols, transposed: transposed)
      ).text(in: language),
      rows: matrix.rows, cols: matrix.cols, cells: cells)
    if let weightAt {
      // A zero entry keeps its dot: the sparsity is the lesson. A tap names its weight.
      panel.symbols = weightAt.storage.map { tap in
        tap.map { CellSymbol("w", row: $0.h, col: $0.w, in: (kernel.rows, kernel.cols)) }
      }
    }
    return panel
  }

  /// vec(x) (or vec(y)) laid on its side, under the matrix's columns.
  private func vectorPanel(_ columns: Set<Int>) -> Panel {
    var panel = Panel(
      name: "vector",
      title: Caption.matrix(.vectorTitle(length: grid.storage.count, transposed: transposed))
        .text(in: language),
      rows: 1, cols: grid.storage.count,
      cells: grid.storage.enumerated().map { index, value in
        Cell(value: value, role: columns.contains(index) ? .windowTap : .input)
      })
    if weightAt != nil { panel.symbols = SymbolicProducts.grid(letters.grid, size: grid.size) }
    return panel
  }

  private func outputPanel(_ step: Int) -> Panel {
    var panel = Panel(
      name: "output",
      title: Caption.matrix(.outputTitle(size: output.size, transposed: transposed)).text(
        in: language),
      rows: output.rows, cols: output.cols,
      cells: output.storage.enumerated().map { index, value in
        index < step
          ? Cell(value: value, role: .outputDone)
          : index == step
            ? Cell(value: value, role: .outputCurrent) : Cell(value: nil, role: .outputPending)
      })
    if weightAt != nil { panel.symbols = SymbolicProducts.grid(letters.output, size: output.size) }
    return panel
  }
}

import ConvArithmetic

/// The words of the `matrix` and `interp` scenes and of the transposed scene beside dilation.
extension EnglishCatalogue {
  func matrix(_ caption: MatrixCaption) -> String {
    switch caption {
    case .inputTitle(let input, let transposed):
      return transposed ? "input y \(size(input)) (o-sized)" : "input x \(size(input))"
    case .matrixTitle(let rows, let cols, let transposed):
      return "\(transposed ? "Cᵀ" : "C") \(rows)×\(cols)"
    case .vectorTitle(let length, let transposed):
      return "vec(\(transposed ? "y" : "x")) 1×\(length)"
    case .outputTitle(let output, let transposed):
      return transposed ? "conv_transpose2d \(size(output))" : "output y \(size(output))"
    case .layout(let rows, let cols, let rowCells, let colCells, let transposed):
      let (m, rowGrid, colGrid) = transposed ? ("Cᵀ", "x", "y") : ("C", "y", "x")
      return
        "\(m) is \(rows)×\(cols): row r is \(rowGrid)[r div \(rowCells.w), r mod \(rowCells.w)], "
        + "column j is \(colGrid)[j div \(colCells.w), j mod \(colCells.w)]."
    case .sparsity(let nonZeros, let entries, let kernel, let fewest, let most, let transposed):
      var text =
        "\(nonZeros) of \(entries) entries are not zero: \(transposed ? "a column of Cᵀ" : "a row")"
        + " holds the taps of one window that land on the input, at most kh·kw = \(kernel.h * kernel.w)"
      if fewest < most {
        text += "; windows over padding hold fewer (here \(fewest) to \(most))"
      } else if most < kernel.h * kernel.w {
        text += "; every window here covers padding, so each row holds \(most)"
      }
      return text + "."
    case .rowReads(let row, let cell, let columns):
      return
        "Row \(row) of C is output cell (\(cell.h),\(cell.w)): its window reads "
        + "\(columns.isEmpty ? "no input cell" : "x at columns " + indices(columns))."
    case .gathers(let row, let cell, let columns):
      return
        "Row \(row) of Cᵀ is output cell (\(cell.h),\(cell.w)): it gathers "
        + (columns.isEmpty
          ? "nothing: no window of the convolution reads x[\(cell.h),\(cell.w)]"
          : "y at columns \(indices(columns)), whose windows read x[\(cell.h),\(cell.w)]")
        + "."
    case .equalsZeroInsertion(
      let input, let kernel, let stride, let padding, let dilation, let op, let difference):
      return
        "Cᵀ·vec(y) is the transposed scene's output (i = \(value(input)), "
        + "k = \(value(kernel)), s = \(value(stride)), p = \(value(padding))"
        + (dilation == Pair(1) ? "" : ", d = \(value(dilation))")
        + ", output_padding \(value(op))): largest difference \(difference)."
    case .backwardPass:
      return
        "The backward pass of a convolution multiplies by Cᵀ; a transposed convolution is that "
        + "backward pass used as a forward layer."
    case .pinnedEntry(let row, let col, let transposed, let value, let output, let input, let tap):
      let name = "\(transposed ? "Cᵀ" : "C")[\(row),\(col)] = \(value)"
      let window = "output cell (\(output.h),\(output.w))'s window"
      guard let tap else {
        return "pinned \(name): x[\(input.h),\(input.w)] lies outside \(window)"
      }
      return
        "pinned \(name): kernel weight (\(tap.h),\(tap.w)), where \(window) lies on "
        + "x[\(input.h),\(input.w)]"
    case .interpKernelTitle(let side): return "FCN kernel \(side)×\(side)"
    case .interpolatedTitle(let output, let alignCorners):
      return "interpolate \(size(output))\(alignCorners ? " (align_corners)" : "")"
    case .transposedTitle(let output): return "conv_transpose2d \(size(output))"
    case .differenceTitle(let output): return "difference \(size(output))"
    case .interpSetting(let f, let kernel, let padding, let op, let output, let input):
      return
        "f = \(f): kernel 2f − f%2 = \(kernel), stride \(f), padding ⌈(f−1)/2⌉ = \(padding); "
        + "(i−1)·\(f) − 2·\(padding) + \(kernel) + \(op) gives \(size(output)) = "
        + "\(f)·\(size(input)), output_padding \(op)."
    case .interpSource(
      let axis, let index, let f, let source, let low, let high, let lowWeight, let highWeight,
      let clamped, let alignCorners):
      let word = axis == nil ? "row and column" : axis == .height ? "row" : "column"
      let formula =
        alignCorners ? "\(index)·(i−1)/(\(f)i−1)" : "(\(index) + 0.5)/\(f) − 0.5"
      var text = "\(word) \(index): src = \(formula) = \(source)"
      if clamped { text += ", clamped" }
      text +=
        low == high
        ? " → \(low) alone, weight 1"
        : " → \(low) and \(high), weights \(lowWeight) and \(highWeight)"
      return text + "."
    case .interpStamps(let count):
      return count == 0
        ? "No stamp reaches this cell of the transposed convolution."
        : "The transposed convolution adds \(plural(count, "stamp")) here, each input value × the kernel weight that lands on it:"
    case .interpRing(let ring, let f, let expected, let differing, let cells):
      if differing == 0 {
        return "Interpolation and the transposed convolution agree in every cell."
      }
      return
        "They agree in the interior and differ on a border ring \(plural(ring, "cell")) wide "
        + "(⌊f/2⌋ = ⌊\(f)/2⌋ = \(expected)), \(differing) of \(cells) cells: interpolation clamps "
        + "to the edge cell, the transposed convolution sees zeros beyond it."
    case .interpAlignCorners(let differing, let cells):
      return
        "With align_corners the samples stretch so that the corner cells line up, "
        + "src = dst·(i−1)/(f·i−1), not the kernel's fixed step 1/f: \(differing) of "
        + "\(cells) cells differ, not just a border ring."
    case .interpCell(let cell, let difference, let onRing):
      return
        "difference[\(cell.h),\(cell.w)] = \(difference)"
        + (onRing ? " (on the border ring)" : "")
    case .stretchedTitle(let stretched, let stride):
      return "input, stride \(value(stride)) \(size(stretched))"
    case .dilatedTitle(let spread, let dilation):
      return "kernel, dilation \(value(dilation)) \(size(spread))"
    case .transposedOutputTitle(let output): return "transposed \(size(output))"
    case .dilatedOutputTitle(let output): return "dilated conv \(size(output))"
    case .strideInserts(let stride, let input, let stretched):
      return
        "Transposed: stride s = \(value(stride)) puts s − 1 zeros between input cells, "
        + "so \(size(input)) spreads to \(size(stretched)); the kernel stays whole."
    case .dilationInserts(let dilation, let kernel, let spread, let fromStride):
      return
        "Dilated: d = \(value(dilation))\(fromStride ? " (the same number as s)" : "") puts "
        + "d − 1 holes between kernel taps, so \(size(kernel)) spreads to \(size(spread)); "
        + "the input stays whole."
    case .strideVersusDilation:
      return
        "Zeros in the input make the output larger; holes in the kernel make it see farther, "
        + "and the output smaller."
    }
  }

  /// `0, 1, 2, 4`: indices as a list.
  private func indices(_ values: [Int]) -> String {
    values.map(String.init).joined(separator: ", ")
  }

  func matrix(_ problem: MatrixProblem) -> String {
    switch problem {
    case .matrixTooLarge(let rows, let cols, let limit):
      return
        "The matrix scene draws matrices of up to \(grouped(limit)) entries, but C would be "
        + "\(rows)x\(cols) (\(grouped(rows * cols)))."
    case .transposeWithValuesFile:
      return
        "With --transpose the scene makes its own o-sized grid; use ramp, ones or random:SEED values."
    case .factorRange(let factor, let allowed):
      return
        "The upsampling factor must be between \(allowed.lowerBound) and \(allowed.upperBound), "
        + "but it is \(factor)."
    case .unknownComparison(let name):
      return "The comparison '\(name)' is not known; use dilated."
    case .compareNeedsTransposed(let scene):
      return "--compare belongs to the transposed scene, not the \(scene) scene."
    case .optionNeedsScene(let option, let scene, let given):
      return "\(option) belongs to the \(scene) scene, not the \(given) scene."
    }
  }

  func matrixStatus(_ status: MatrixStatus) -> String {
    switch status {
    case .transpose(let on):
      return on
        ? "multiplying by Cᵀ: the transposed convolution" : "multiplying by C: the convolution"
    case .factor(let from, let to): return "factor \(from) → \(to)"
    case .factorLimit(let allowed):
      return "the factor stays between \(allowed.lowerBound) and \(allowed.upperBound)"
    case .alignCorners(let on): return "align_corners \(on ? "on" : "off")"
    case .compareDilated(let on):
      return on
        ? "transposed beside dilated (b again to go back)" : "transposed scene, its own view"
    case .keyNeedsScene(let key, let scene):
      return "\(key) works in the \(scene) scene; press Tab to reach it"
    case .matrixTooLarge(let rows, let cols, let limit):
      return
        "the matrix would be \(rows)×\(cols); the explorer draws grids up to \(limit) on a side (try convscope export)"
    }
  }

  func matrixListing(_ topic: SceneTopic) -> String {
    switch topic {
    case .interp:
      return
        "bilinear interpolation against a transposed convolution with a bilinear kernel (--factor, --align-corners)"
    default:
      return
        "convolution as the sparse matrix C, one row per output cell; --transpose multiplies by Cᵀ"
    }
  }
}

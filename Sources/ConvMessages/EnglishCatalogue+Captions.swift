import ConvArithmetic

extension EnglishCatalogue {
  func captionText(_ caption: Caption) -> String {
    switch caption {
    case .inputTitle(let input, let paddedTo):
      return "input \(size(input))" + (paddedTo.map { ", padded to \(size($0))" } ?? "")
    case .kernelTitle(let kernel, let dilation, let spans):
      return "kernel \(size(kernel))"
        + (dilation.map { ", dilation \(value($0)) (spans \(size(spans)))" } ?? "")
    case .outputTitle(let output): return "output \(size(output))"
    case .rotatedTitle: return "rotated 180°"
    case .kernelAsGivenTitle(let kernel): return "kernel \(size(kernel)) (as given)"
    case .insertedTitle(let inserted): return "inserted \(size(inserted))"
    case .insertedInputOnlyTitle: return "inserted (input only)"
    case .insertedStretchedTitle(let stretched): return "inserted (stretched \(size(stretched)))"
    case .runningSumTitle(let output): return "output \(size(output)) (running sum)"
    case .stampsTitle(let full):
      return full.map { "stamps per cell, all \(size($0))" } ?? "stamps per cell"
    case .pooledTitle(let pooled): return "pooled \(size(pooled)) (max)"
    case .unpooledTitle(let unpooled): return "unpooled \(size(unpooled))"
    case .nearestTitle(let unsampled): return "nearest upsampled \(size(unsampled))"
    case .bilinearTitle(let style, let side, let symmetric):
      return "\(style) \(side)×\(side)\(symmetric ? "" : " (asymmetric)")"
    case .pooledSymbol: return "pooled"
    case .defaultUnpooledSymbol: return "default unpooled size"
    case .window, .unreached, .pinned, .pinnedPaddingCell, .pinnedUnread, .pinnedFeeds:
      return slidingWindow(caption)
    case .transposes, .zerosInput, .zerosStretch, .zerosPad, .zerosRotate, .stride1Window, .stamp,
      .stampCounts, .pinnedRunningSum, .pinnedStampsCropped, .pinnedStampsAt, .crop:
      return transposed(caption)
    case .poolPadding, .unpoolAsksInputSize, .poolWindow, .poolTie, .poolTieRule, .unpoolPuts,
      .nearestCopies, .unpoolVersusNearest, .pinnedPooled:
      return unpooling(caption)
    case .bilinearFactor, .bilinearNoFactor, .legacySymmetric, .legacyAsymmetric, .bilinearRow:
      return bilinear(caption)
    case .matrix(let caption): return matrix(caption)
    case .shapes(let caption): return shapes(caption)
    case .channels(let caption): return channels(caption)
    case .stack(let caption): return stackCaption(caption)
    case .legend(let text): return legend(text)
    case .symbolic(let caption): return symbolicCaption(caption)
    }
  }

  /// `rows 2–4` or `row 2`.
  func span(_ word: String, _ values: [Int]) -> String {
    var text: [UInt8] = []
    appendSpan(word, values, to: &text)
    return String(decoding: text, as: UTF8.self)
  }

  /// The UTF-8 of ``span(_:_:)`` appended to `text`, for the lines written as bytes.
  func appendSpan(_ word: String, _ values: [Int], to text: inout [UInt8]) {
    guard let low = values.min(), let high = values.max() else {
      text += "no \(word)s".utf8
      return
    }
    text += word.utf8
    if low == high {
      text.append(UInt8(ascii: " "))
      DecimalBytes.append(low, to: &text)
    } else {
      text += "s ".utf8
      DecimalBytes.append(low, to: &text)
      text += "–".utf8
      DecimalBytes.append(high, to: &text)
    }
  }

  /// `row 7`, `rows 1, 3`, `row and column 7`, `rows and columns 1, 3`.
  func lines(_ word: String, _ values: [Int]) -> String {
    let words =
      values.count == 1
      ? word
      : word.replacing("row", with: "rows").replacing("column", with: "columns")
    return "\(words) " + values.map(String.init).joined(separator: ", ")
  }

  /// `pinned x[1,2]`, or `pinned padded input [1,2]` when the input is padded.
  func pinnedInput(_ cell: Pair, padded: Bool) -> String {
    padded ? "pinned padded input [\(cell.h),\(cell.w)]" : "pinned x[\(cell.h),\(cell.w)]"
  }

  private func slidingWindow(_ caption: Caption) -> String {
    switch caption {
    case .window(let rows, let cols, let padded, let stride):
      // Rows and columns are counted as the input's labels count them: in the padded grid.
      // `window on rows 1–3, cols 7–9 of the padded input; it moves 1 cell per step`,
      // written as bytes: a stream writes this line for every frame, and appending to a
      // `String` piece by piece cost more than the rest of the step.
      var text: [UInt8] = []
      text.reserveCapacity(96)
      text += "window on ".utf8
      appendSpan("row", rows, to: &text)
      text += ", ".utf8
      appendSpan("col", cols, to: &text)
      text += (padded ? " of the padded input; it moves " : " of the input; it moves ").utf8
      text += value(stride).utf8
      text += (stride == Pair(1) ? " cell per step" : " cells per step").utf8
      return String(decoding: text, as: UTF8.self)
    case .unreached(let axis, let indices, let padded, let reason, let inside):
      let word = axis == nil ? "row and column" : axis == .height ? "row" : "column"
      let unit = axis == .width ? "column" : "row"
      let many = indices.count > 1
      var text =
        "No tap reads \(lines(word, indices)) of the \(padded ? "padded input" : "input") (marked <n>): "
      switch reason {
      case .dilationHole(let d, let s):
        text +=
          "every window that spans \(many ? "them" : "it") has a dilation hole there "
          + "(taps \(d) apart, stride \(s))"
      case .betweenWindows(let s, let window):
        text +=
          "\(many ? "they lie" : "it lies") between windows: the stride (\(s)) is longer than "
          + "the window (\(plural(window, unit)))"
      case .pastLastWindow(let end, let s):
        text +=
          "the last window ends at \(end), and one more stride of "
          + "\(s) would run past the edge"
      }
      if !inside.isEmpty && padded {
        text += ", so input \(lines(word, inside)) \(inside.count > 1 ? "are" : "is") never used"
      } else if !inside.isEmpty {
        text += ", so \(inside.count > 1 ? "their" : "its") input values are never used"
      }
      return text + "."
    case .pinned(let mathematics):
      return "pinned " + mathematics
    case .pinnedPaddingCell(let cell, let padded):
      return
        "\(pinnedInput(cell, padded: padded)): a padding cell holds 0, so it adds nothing to any output."
    case .pinnedUnread(let cell, let padded, let value):
      return
        "\(pinnedInput(cell, padded: padded)) = \(value): no tap reads it, so no output depends on it."
    case .pinnedFeeds(let cell, let padded, let value, let outputs):
      let names = outputs.map { "y[\($0.h),\($0.w)]" }.joined(separator: ", ")
      return
        "\(pinnedInput(cell, padded: padded)) = \(value) feeds \(plural(outputs.count, "output cell")): \(names)"
    default:
      preconditionFailure("captionText(_:) sends only this group here: \(caption)")
    }
  }

  private func transposed(_ caption: Caption) -> String {
    switch caption {
    case .transposes(let input, let kernel, let stride, let padding, let dilation, let output):
      return
        "It transposes the convolution i = \(value(input)), k = \(value(kernel)), "
        + "s = \(value(stride)), p = \(value(padding))"
        + (dilation == Pair(1) ? "" : ", d = \(value(dilation))")
        + ", whose output is \(size(output))."
    case .zerosInput(let input):
      return "Step 1: the input, \(size(input)), as the transposed convolution receives it."
    case .zerosStretch(let stride, let input, let stretched):
      return
        "Step 2: put s−1 zeros between neighbouring input cells (s = \(value(stride))): "
        + "\(size(input)) stretches to \(size(stretched))."
    case .zerosPad(let padding, let op, let total):
      var text = "Step 3: "
      if padding.h >= 0 && padding.w >= 0 {
        text += "pad by p′ = \(value(padding)) on each side"
      } else {
        text += "p′ = \(value(padding)) is negative, so crop instead of padding"
      }
      if op != Pair(0) {
        text += ", plus output_padding \(value(op)) at the bottom and right"
      }
      return text + ": \(size(total)) in all."
    case .zerosRotate:
      return "Step 4: turn the kernel by 180°; the stride-1 window uses the rotated kernel."
    case .stride1Window(let rows, let cols):
      return
        "stride-1 window on \(span("row", rows)), "
        + "\(span("col", cols)) of the inserted grid, with the rotated kernel"
    case .stamp(let cell, let value, let rows, let cols, let step, let count, let restCropped):
      let onto =
        rows.isEmpty
        ? "only onto the cropped ring, so no output cell changes"
        : "onto output \(span("row", rows)), \(span("col", cols))"
      let rest = restCropped ? "; the rest of it is cropped" : ""
      return
        "x[\(cell.h),\(cell.w)] = \(value) adds \(value) × kernel \(onto) "
        + "(stamp \(step) of \(count)\(rest))."
    case .stampCounts(let most):
      return
        "The stamps panel counts the stamps that reached each cell so far (most: \(most)); "
        + "uneven counts are where checkerboard artifacts come from."
    case .pinnedRunningSum(let cell, let value, let stamps):
      return "pinned y[\(cell.h),\(cell.w)] = \(value) after \(plural(stamps, "stamp"))"
    case .pinnedStampsCropped(let cell, let stamps):
      return
        "pinned stamps [\(cell.h),\(cell.w)]: \(plural(stamps, "stamp")) so far, but padding crops it: no output cell."
    case .pinnedStampsAt(let cell, let output, let stamps):
      return
        "pinned stamps [\(cell.h),\(cell.w)] is output y[\(output.h),\(output.w)]: \(plural(stamps, "stamp")) so far."
    case .crop(
      let padding, let outputPadding, let cropped, let givenBack, let added, let stamped,
      let output):
      let amounts = (cropped: cropped, givenBack: givenBack, added: added)
      return crop(
        padding: padding, outputPadding: outputPadding, amounts, stamped: stamped, output: output)
    default:
      preconditionFailure("captionText(_:) sends only this group here: \(caption)")
    }
  }

  /// `padding 1 crops the outer ring: 7×7 → 5×5`, with what output_padding gives back.
  private func crop(
    padding: Pair, outputPadding: Pair, _ amounts: (cropped: Pair, givenBack: Pair, added: Pair),
    stamped: Pair, output: Pair
  ) -> String {
    /// `1`, or `1 row and 2 columns` when the axes differ.
    func amount(_ pair: Pair) -> String {
      pair.isSquare ? "\(pair.h)" : "\(plural(pair.h, "row")) and \(plural(pair.w, "column"))"
    }
    let pad = value(padding)
    let op = value(outputPadding)
    var text: String
    if padding == Pair(0) {
      text =
        "output_padding \(op) adds \(amount(amounts.added)) past the stamps at the bottom and right"
    } else if amounts.cropped == padding && amounts.added == Pair(0) {
      text =
        padding == Pair(1)
        ? "padding 1 crops the outer ring"
        : "padding \(pad) crops \(amount(padding)) from each side"
    } else {
      text =
        "padding \(pad) crops \(amount(padding)) at the top and left and "
        + "\(amount(amounts.cropped)) at the bottom and right, where output_padding \(op) "
        + "gives \(amount(amounts.givenBack)) back"
      if amounts.added != Pair(0) {
        text += " and adds \(amount(amounts.added)) past the stamps"
      }
    }
    return text
      + ": \(size(stamped)) → \(size(output))"
      + (padding == Pair(0) ? "." : "; the stamps panel shows the cropped cells as (n).")
  }

  private func unpooling(_ caption: Caption) -> String {
    switch caption {
    case .poolPadding(let pad):
      return
        "Pool padding \(value(pad)) lets windows start \(value(pad)) outside the input, "
        + "so border cells get windows of their own; the outside counts as −∞, never a maximum."
    case .unpoolAsksInputSize(let input):
      return
        "Unpooling asks for the input's size, \(size(input)) (PyTorch's output_size), "
        + "instead of that default, so each switch lands where its maximum was."
    case .poolWindow(let index, let count, let cells, let value, let switchCell, let switchIndex):
      return
        "max pooling window \(index) of \(count): the largest of its \(cells) cells is "
        + "\(value) at x[\(switchCell.h),\(switchCell.w)]; the switch remembers "
        + "index \(switchIndex)."
    case .poolTie(let cells, let value):
      return "Tie: " + cells.map { "x[\($0.h),\($0.w)]" }.joined(separator: ", ")
        + " all hold \(value); the first maximum in row-major window order wins."
    case .poolTieRule:
      return "On a tie, the first maximum in row-major window order wins (as in PyTorch)."
    case .unpoolPuts(let cell, let value, let switchCell):
      return
        "max unpooling puts pooled[\(cell.h),\(cell.w)] = \(value) back at its switch "
        + "unpooled[\(switchCell.h),\(switchCell.w)] and leaves 0 elsewhere in its window."
    case .nearestCopies(let value, let rows, let cols):
      return
        "nearest upsampling (unsampling) copies \(value) over its whole block: "
        + "\(span("row", rows)), \(span("col", cols))."
    case .unpoolVersusNearest:
      return
        "Unpooling keeps where each maximum was (sparse, mostly 0); nearest upsampling forgets it and fills every cell."
    case .pinnedPooled(let cell, let value, let from):
      return "pinned pooled[\(cell.h),\(cell.w)] = \(value) came from x[\(from.h),\(from.w)]."
    default:
      preconditionFailure("captionText(_:) sends only this group here: \(caption)")
    }
  }

  private func bilinear(_ caption: Caption) -> String {
    switch caption {
    case .bilinearFactor(let side, let factor, let kernel, let stride, let padding):
      return
        "K = \(side) serves upsampling by f = \(factor): K = 2f − f%2 = \(kernel), stride f = \(stride), "
        + "padding ⌈(f−1)/2⌉ = \(padding)."
    case .bilinearNoFactor(let side):
      return
        "K = \(side) is not 2f − f%2 for any factor f, so no standard bilinear upsampling uses it."
    case .legacySymmetric(let side):
      return "caffe_legacy is symmetric for K = \(side) and equals fcn here."
    case .legacyAsymmetric(let side, let difference):
      return
        "caffe_legacy is ASYMMETRIC for K = \(side): it differs from fcn by up to "
        + "\(difference) (Caffe fixed the centre in 2017)."
    case .bilinearRow(let style, let profile, let row, let weight, let values):
      return
        "\(style): profile [\(profile.joined(separator: " "))]; row \(row) = \(weight) × profile = [\(values.joined(separator: " "))]"
    default:
      preconditionFailure("captionText(_:) sends only this group here: \(caption)")
    }
  }
}

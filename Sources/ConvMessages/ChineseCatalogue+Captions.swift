import ConvArithmetic

/// The scenes' captions and panel titles in Chinese, in the terms of the seed posts
/// (卷积核, 步长, 填充, 空洞, 转置卷积, 反池化, 上采样, 双线性).
///
/// Numbers, formulas and identifiers (`x[1,2]`, `output_padding`, `K = 2f − f%2`) stay as
/// English has them; an ASCII token is set off by spaces so that the line still wraps well.
extension ChineseCatalogue {
  func captionText(_ caption: Caption) -> String {
    switch caption {
    case .inputTitle(let input, let paddedTo):
      return "输入 \(size(input))" + (paddedTo.map { "，填充后 \(size($0))" } ?? "")
    case .kernelTitle(let kernel, let dilation, let spans):
      return "卷积核 \(size(kernel))"
        + (dilation.map { "，空洞 \(value($0))（跨 \(size(spans))）" } ?? "")
    case .outputTitle(let output): return "输出 \(size(output))"
    case .rotatedTitle: return "旋转 180°"
    case .kernelAsGivenTitle(let kernel): return "卷积核 \(size(kernel))（原样）"
    case .insertedTitle(let inserted): return "插零后 \(size(inserted))"
    case .insertedInputOnlyTitle: return "插零后（仅输入）"
    case .insertedStretchedTitle(let stretched): return "插零后（拉伸为 \(size(stretched))）"
    case .runningSumTitle(let output): return "输出 \(size(output))（累加中）"
    case .stampsTitle(let full):
      return full.map { "每格叠加次数，全图 \(size($0))" } ?? "每格叠加次数"
    case .pooledTitle(let pooled): return "最大池化 \(size(pooled))"
    case .unpooledTitle(let unpooled): return "反池化 \(size(unpooled))"
    case .nearestTitle(let unsampled): return "最近邻上采样 \(size(unsampled))"
    case .bilinearTitle(let style, let side, let symmetric):
      return "\(style) \(side)×\(side)\(symmetric ? "" : "（不对称）")"
    case .pooledSymbol: return "池化输出"
    case .defaultUnpooledSymbol: return "默认反池化尺寸"
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

  /// `第 2–4 行` or `第 2 行`; `word` is 行 or 列.
  private func span(_ word: String, _ values: [Int]) -> String {
    guard let low = values.min(), let high = values.max() else { return "没有\(word)" }
    return low == high ? "第 \(low) \(word)" : "第 \(low)–\(high) \(word)"
  }

  /// `第 7 行`, `第 1、3 列`, or both axes at once: `第 7 行与第 7 列`.
  private func lines(_ axis: Axis?, _ values: [Int]) -> String {
    let list = values.map(String.init).joined(separator: "、")
    switch axis {
    case nil: return "第 \(list) 行与第 \(list) 列"
    case .height: return "第 \(list) 行"
    case .width: return "第 \(list) 列"
    }
  }

  /// `钉住 x[1,2]`, or `钉住填充后输入 [1,2]` when the input is padded.
  private func pinnedInput(_ cell: Pair, padded: Bool) -> String {
    padded ? "钉住填充后输入 [\(cell.h),\(cell.w)]" : "钉住 x[\(cell.h),\(cell.w)]"
  }

  private func slidingWindow(_ caption: Caption) -> String {
    switch caption {
    case .window(let rows, let cols, let padded, let stride):
      return
        "窗口位于\(padded ? "填充后输入" : "输入")的\(span("行", rows))、\(span("列", cols))；"
        + "每步移动 \(value(stride)) 格"
    case .unreached(let axis, let indices, let padded, let reason, let inside):
      let many = indices.count > 1
      var text = "没有核元素读到\(padded ? "填充后输入" : "输入")的\(lines(axis, indices))（标为 <n>）："
      switch reason {
      case .dilationHole(let d, let s):
        text += "每个跨过\(many ? "它们" : "它")的窗口在那里都是空洞（核元素相隔 \(d)，步长 \(s)）"
      case .betweenWindows(let s, let window):
        text +=
          "\(many ? "它们" : "它")落在两个窗口之间：步长（\(s)）比窗口（\(window) "
          + "\(axis == .width ? "列" : "行")）还长"
      case .pastLastWindow(let end, let s):
        text += "最后一个窗口止于 \(end)，再走一个步长 \(s) 就会越过边界"
      }
      if !inside.isEmpty && padded {
        text += "，所以输入的\(lines(axis, inside))从未被用到"
      } else if !inside.isEmpty {
        text += "，所以\(inside.count > 1 ? "它们" : "它")的输入值从未被用到"
      }
      return text + "。"
    case .pinned(let mathematics):
      return "钉住 " + mathematics
    case .pinnedPaddingCell(let cell, let padded):
      return "\(pinnedInput(cell, padded: padded))：填充格的值为 0，对任何输出都没有贡献。"
    case .pinnedUnread(let cell, let padded, let value):
      return "\(pinnedInput(cell, padded: padded)) = \(value)：没有核元素读到它，没有输出依赖它。"
    case .pinnedFeeds(let cell, let padded, let value, let outputs):
      let names = outputs.map { "y[\($0.h),\($0.w)]" }.joined(separator: ", ")
      return "\(pinnedInput(cell, padded: padded)) = \(value) 影响 \(outputs.count) 个输出格：\(names)"
    default:
      preconditionFailure("captionText(_:) sends only this group here: \(caption)")
    }
  }

  private func transposed(_ caption: Caption) -> String {
    switch caption {
    case .transposes(let input, let kernel, let stride, let padding, let dilation, let output):
      return
        "这是卷积 i = \(value(input)), k = \(value(kernel)), "
        + "s = \(value(stride)), p = \(value(padding))"
        + (dilation == Pair(1) ? "" : ", d = \(value(dilation))")
        + " 的转置，该卷积的输出为 \(size(output))。"
    case .zerosInput(let input):
      return "第 1 步：转置卷积收到的输入，\(size(input))。"
    case .zerosStretch(let stride, let input, let stretched):
      return
        "第 2 步：在相邻输入格之间插入 s−1 个零（s = \(value(stride))）："
        + "\(size(input)) 拉伸为 \(size(stretched))。"
    case .zerosPad(let padding, let op, let total):
      var text = "第 3 步："
      if padding.h >= 0 && padding.w >= 0 {
        text += "四周各填充 p′ = \(value(padding))"
      } else {
        text += "p′ = \(value(padding)) 为负，所以裁剪而不是填充"
      }
      if op != Pair(0) {
        text += "，再在下方和右侧加上 output_padding \(value(op))"
      }
      return text + "：共 \(size(total))。"
    case .zerosRotate:
      return "第 4 步：把卷积核旋转 180°；步长为 1 的窗口使用旋转后的卷积核。"
    case .stride1Window(let rows, let cols):
      return
        "步长 1 的窗口位于插零网格的\(span("行", rows))、\(span("列", cols))，使用旋转后的卷积核"
    case .stamp(let cell, let value, let rows, let cols, let step, let count, let restCropped):
      let rest = restCropped ? "；其余部分被裁掉" : ""
      let what =
        rows.isEmpty
        ? "乘以卷积核后只落在被裁掉的外圈上，不改变任何输出格"
        : "把 \(value) × 卷积核叠加到输出的\(span("行", rows))、\(span("列", cols))"
      return "x[\(cell.h),\(cell.w)] = \(value) \(what)（第 \(step)/\(count) 次叠加\(rest)）。"
    case .stampCounts(let most):
      return "叠加次数面板统计每格目前收到几次叠加（最多 \(most) 次）；次数不均匀正是棋盘格伪影的来源。"
    case .pinnedRunningSum(let cell, let value, let stamps):
      return "钉住 y[\(cell.h),\(cell.w)] = \(value)，已叠加 \(stamps) 次"
    case .pinnedStampsCropped(let cell, let stamps):
      return "钉住叠加次数 [\(cell.h),\(cell.w)]：目前 \(stamps) 次，但被填充裁掉：不是输出格。"
    case .pinnedStampsAt(let cell, let output, let stamps):
      return
        "钉住叠加次数 [\(cell.h),\(cell.w)]，即输出 y[\(output.h),\(output.w)]：目前 \(stamps) 次。"
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

  /// `填充 1 裁掉最外一圈：7×7 → 5×5`, with what output_padding gives back.
  private func crop(
    padding: Pair, outputPadding: Pair, _ amounts: (cropped: Pair, givenBack: Pair, added: Pair),
    stamped: Pair, output: Pair
  ) -> String {
    /// `1`, or `1 行和 2 列` when the axes differ.
    func amount(_ pair: Pair) -> String {
      pair.isSquare ? "\(pair.h)" : "\(pair.h) 行和 \(pair.w) 列"
    }
    let pad = value(padding)
    let op = value(outputPadding)
    var text: String
    if padding == Pair(0) {
      text =
        "output_padding \(op) 在叠加结果之外的下方和右侧补上 \(amount(amounts.added))"
    } else if amounts.cropped == padding && amounts.added == Pair(0) {
      text =
        padding == Pair(1)
        ? "填充 1 裁掉最外一圈"
        : "填充 \(pad) 从每边裁掉 \(amount(padding))"
    } else {
      text =
        "填充 \(pad) 在上方和左侧裁掉 \(amount(padding))，在下方和右侧裁掉 "
        + "\(amount(amounts.cropped))，其中 output_padding \(op) 补回 \(amount(amounts.givenBack))"
      if amounts.added != Pair(0) {
        text += "，并在叠加结果之外再补 \(amount(amounts.added))"
      }
    }
    return text
      + "：\(size(stamped)) → \(size(output))"
      + (padding == Pair(0) ? "。" : "；叠加次数面板把被裁掉的格显示为 (n)。")
  }

  private func unpooling(_ caption: Caption) -> String {
    switch caption {
    case .poolPadding(let pad):
      return
        "池化填充 \(value(pad)) 让窗口从输入外 \(value(pad)) 格处开始，边界格因此有自己的窗口；"
        + "外面按 −∞ 计，永远不是最大值。"
    case .unpoolAsksInputSize(let input):
      return
        "反池化改用输入的尺寸 \(size(input))（PyTorch 的 output_size）而不是默认值，"
        + "这样每个开关都落回最大值原来的位置。"
    case .poolWindow(let index, let count, let cells, let value, let switchCell, let switchIndex):
      return
        "最大池化第 \(index)/\(count) 个窗口：\(cells) 格中最大的是 "
        + "x[\(switchCell.h),\(switchCell.w)] 处的 \(value)；开关记下索引 \(switchIndex)。"
    case .poolTie(let cells, let value):
      return "并列：" + cells.map { "x[\($0.h),\($0.w)]" }.joined(separator: ", ")
        + " 都是 \(value)；按窗口内行优先顺序，第一个最大值胜出。"
    case .poolTieRule:
      return "并列时，按窗口内行优先顺序第一个最大值胜出（与 PyTorch 相同）。"
    case .unpoolPuts(let cell, let value, let switchCell):
      return
        "最大反池化把 pooled[\(cell.h),\(cell.w)] = \(value) 放回开关位置 "
        + "unpooled[\(switchCell.h),\(switchCell.w)]，窗口内其余位置填 0。"
    case .nearestCopies(let value, let rows, let cols):
      return
        "最近邻上采样（unsampling）把 \(value) 复制到整个块："
        + "\(span("行", rows))、\(span("列", cols))。"
    case .unpoolVersusNearest:
      return "反池化记住每个最大值的位置（稀疏，大多为 0）；最近邻上采样不记位置，填满每一格。"
    case .pinnedPooled(let cell, let value, let from):
      return "钉住 pooled[\(cell.h),\(cell.w)] = \(value)，它来自 x[\(from.h),\(from.w)]。"
    default:
      preconditionFailure("captionText(_:) sends only this group here: \(caption)")
    }
  }

  private func bilinear(_ caption: Caption) -> String {
    switch caption {
    case .bilinearFactor(let side, let factor, let kernel, let stride, let padding):
      return
        "K = \(side) 用于 f = \(factor) 倍上采样：K = 2f − f%2 = \(kernel)，步长 f = \(stride)，"
        + "填充 ⌈(f−1)/2⌉ = \(padding)。"
    case .bilinearNoFactor(let side):
      return "K = \(side) 不等于任何倍数 f 的 2f − f%2，所以标准的双线性上采样都不用它。"
    case .legacySymmetric(let side):
      return "K = \(side) 时 caffe_legacy 是对称的，这里与 fcn 相同。"
    case .legacyAsymmetric(let side, let difference):
      return
        "K = \(side) 时 caffe_legacy 不对称：与 fcn 最多相差 "
        + "\(difference)（Caffe 在 2017 年修正了中心）。"
    case .bilinearRow(let style, let profile, let row, let weight, let values):
      return
        "\(style)：一维核 [\(profile.joined(separator: " "))]；第 \(row) 行 = \(weight) × 一维核 = [\(values.joined(separator: " "))]"
    default:
      preconditionFailure("captionText(_:) sends only this group here: \(caption)")
    }
  }
}

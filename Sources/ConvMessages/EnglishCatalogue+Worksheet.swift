import ConvArithmetic

extension EnglishCatalogue {
  func worksheet(_ text: WorksheetText) -> String {
    switch text {
    case .heading(let seed, let count):
      return "convscope worksheet — seed \(seed), \(plural(count, "question"))"
    case .nameLine: return "Name: ______________________________"
    case .keyHeading(let seed): return "Answer key — seed \(seed)"
    case .answerLine: return "Answer: ______________________"
    case .outputSizeQuestion(let input, let kernel, let stride, let padding, let dilation):
      return
        "Output size. A \(size(kernel)) kernel slides over a \(size(input)) input with stride"
        + " \(value(stride)), padding \(value(padding)) and dilation \(value(dilation))."
        + " What size is the output?"
    case .outputSizeAnswer(let output, let down, let across):
      guard let across else { return "\(size(output)): o = \(down) = \(output.h)" }
      return "\(size(output)): down \(down) = \(output.h), across \(across) = \(output.w)"
    case .transposedSizeQuestion(let input, let kernel, let stride, let padding, let outputPadding):
      return
        "Transposed size. A transposed convolution takes a \(size(input)) input with a"
        + " \(size(kernel)) kernel, stride \(value(stride)), padding \(value(padding)) and"
        + " output_padding \(value(outputPadding)). What size is its output?"
    case .transposedSizeAnswer(let output, let formula):
      return "\(size(output)): o′ = \(formula) = \(output.h)"
    case .cellsReadQuestion(let input, let kernel, let stride, let padding, let dilation, let cell):
      return
        "Window. A \(size(kernel)) kernel with stride \(value(stride)), padding \(value(padding))"
        + " and dilation \(value(dilation)) slides over a \(size(input)) input. Which rows and"
        + " columns of the padded input does output cell y[\(cell.h),\(cell.w)] read?"
    case .cellsReadAnswer(let rows, let cols, let padded):
      return
        "\(lines("row", rows)) and \(lines("column", cols)) of the padded \(size(padded)) input"
    case .cellValueQuestion(let input, let kernel, let stride, let padding, let cell):
      return
        "Value. Input x =\n\(input)\nkernel w =\n\(kernel)\nWith stride \(value(stride)) and"
        + " padding \(value(padding)), what is y[\(cell.h),\(cell.w)]?"
    case .cellValueAnswer(let cell, let products, let value):
      return "y[\(cell.h),\(cell.w)] = \(products) = \(value)"
    case .collisionsQuestion(let kernel, let stride, let padding, let output):
      return
        "Collisions. With a \(kernel)×\(kernel) kernel, stride \(stride) and padding \(padding),"
        + " which input sizes give an output of size \(output)? Which output_padding makes a"
        + " transposed convolution restore each?"
    case .collisionsAnswer(let inputs, let paddings):
      let restores = zip(inputs, paddings).map { "output_padding \($1) restores \($0)" }
      return "\(list(inputs.map(String.init))): " + restores.joined(separator: ", ")
    case .receptiveFieldQuestion(let layers, let input):
      return
        "Receptive field. The stack `\(layers)` runs on a \(input)×\(input) input. How many input"
        + " cells wide is the receptive field of one output cell?"
    case .receptiveFieldAnswer(let size, let recurrence):
      return "\(size): r = \(recurrence) = \(size)"
    }
  }

  func worksheetProblem(_ problem: WorksheetProblem) -> String {
    switch problem {
    case .count(let count, let allowed):
      return
        "A worksheet holds \(allowed.lowerBound) to \(allowed.upperBound) questions, but"
        + " --count is \(count)."
    }
  }
}
